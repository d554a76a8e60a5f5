// Loaded into translation-server (node --require) by run.sh. The server answers /web in the Zotero web API's
// JSON, which leaves out the attachments a translator found: the Zotero client fetches those files itself, from
// the URLs the translator gave. This keeps, on each saved item, the title, type and URL of every attachment, so
// that check.mjs can see what Zotero would fetch with the item (the PDF that citation_pdf_url names).
const wrap = setInterval(() => {
  const items = global.Zotero?.Utilities?.Item;
  if (typeof items?.itemToAPIJSON !== 'function') return;
  clearInterval(wrap);
  const toJson = items.itemToAPIJSON;
  items.itemToAPIJSON = function (item) {
    const json = toJson.call(this, item);
    json[0].attachments = (item.attachments || []).map(({ title, mimeType, url }) => ({ title, mimeType, url }));
    return json;
  };
}, 5);
