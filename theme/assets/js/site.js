// Small enhancements; every page works without them. Copy and download buttons for citations, and a
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

  // The words are the interface's (theme/i18n), which the page carries: its lang is the text's, not the interface's.
  const { copied, copyLink, linkCopied } = document.body.dataset;
  const words = { copied, copyLink, linkCopied };

  // Saves text as a file, made here rather than fetched; the explorer's downloads use it too.
  const save = (name, type, text) => {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  globalThis.SiteFiles = { save };

  // Citation downloads: the file is the text the page shows (textContent, untrimmed), with CR LF line ends where
  // the format asks for them.
  for (const button of document.querySelectorAll("[data-download-from]")) {
    const source = document.getElementById(button.dataset.downloadFrom);
    if (!source) continue;
    button.addEventListener("click", () => {
      const text = source.textContent;
      save(button.dataset.downloadName, button.dataset.downloadType, button.dataset.lineEnding === "crlf" ? text.replace(/\r?\n/g, "\r\n") : text);
    });
    button.closest("[hidden]")?.removeAttribute("hidden");
  }

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
