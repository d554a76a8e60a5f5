namespace Site.Serve;

/// <summary>The script the preview adds to every page: reload on a successful rebuild, an overlay on a failed one.</summary>
public static class LiveReloadScript
{
    public const string Text = """
        // Live reload for `site serve`. Served as a file so it fits the Content-Security-Policy.
        (() => {
          // The server marks each page with the build generation it was served from; a newer one means reload.
          const served = Number(new URL(document.currentScript.src).searchParams.get("generation") ?? 0);
          // Connected only once the page has loaded: the server waits for the reloaded pages to connect again
          // before it renders the rest of the site, so the reload has the machine to itself.
          addEventListener("load", connect, { once: true });
          function connect() {
            // The page says which it is, so that the server renders it first after an edit.
            const events = new EventSource("/__site/events?page=" + encodeURIComponent(location.pathname));
            const reloadIfNewer = (event) => { if (Number(event.data) > served) location.reload(); };
            events.addEventListener("generation", reloadIfNewer);
            events.addEventListener("reload", reloadIfNewer);
            events.addEventListener("error", (event) => {
              if (!event.data) return;
              let overlay = document.getElementById("site-build-error");
              if (!overlay) {
                overlay = document.createElement("div");
                overlay.id = "site-build-error";
                overlay.setAttribute("role", "alert");
                Object.assign(overlay.style, { position: "fixed", inset: "auto 0 0 0", maxHeight: "50vh", overflow: "auto",
                  background: "#2b0b0b", color: "#ffd7d7", font: "14px/1.4 monospace", padding: "1rem", zIndex: 9999, whiteSpace: "pre-wrap" });
                document.body.append(overlay);
              }
              overlay.textContent = "Build failed: the page shows the last good build.\n\n" + event.data;
            });
          }
        })();
        """;
}
