// Small enhancements; every page works without them. Copy buttons for citations, and a
// "copy link" control on every section heading, so teachers can paste a link to a section.
(() => {
  "use strict";

  const announce = (() => {
    let region;
    return (text) => {
      if (!region) {
        region = document.createElement("p");
        region.className = "visually-hidden";
        region.setAttribute("role", "status");
        region.setAttribute("aria-live", "polite");
        document.body.append(region);
      }
      region.textContent = "";
      setTimeout(() => { region.textContent = text; }, 50);
    };
  })();

  const copy = async (text, button, done) => {
    try {
      await navigator.clipboard.writeText(text);
      const label = button.textContent;
      button.textContent = done;
      announce(done);
      setTimeout(() => { button.textContent = label; }, 1500);
    } catch {
      announce(text);
    }
  };

  const lang = document.documentElement.lang;
  const words = lang === "en"
    ? { copied: "Copied", copyLink: "Copy link", linkCopied: "Link copied" }
    : { copied: "Kopiert", copyLink: "Kopier lenke", linkCopied: "Lenken er kopiert" };

  for (const button of document.querySelectorAll("[data-copy-target]")) {
    const target = document.getElementById(button.dataset.copyTarget);
    if (!target || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener("click", () => copy(target.textContent.trim(), button, words.copied));
  }

  if (navigator.clipboard) {
    for (const heading of document.querySelectorAll(".section-heading[id]")) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "copy-link";
      button.textContent = words.copyLink;
      const label = heading.querySelector(".permalink")?.getAttribute("aria-label") ?? heading.textContent;
      button.setAttribute("aria-label", `${words.copyLink}: ${label.replace(/^[^ ]+ [^ ]+ /, "")}`);
      button.addEventListener("click", () => {
        const url = new URL(location.href);
        url.hash = heading.id;
        copy(url.href, button, words.linkCopied);
      });
      heading.append(button);
    }
  }
})();
