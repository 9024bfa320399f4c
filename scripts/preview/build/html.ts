/** The preview's one HTML page (every address of the preview is this page). */
export function indexHtml(): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Vendor Checksheets — local preview</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/slds/styles/salesforce-lightning-design-system.min.css" />
    <link rel="stylesheet" href="/preview.css" />
  </head>
  <body class="slds-scope">
    <div id="root"></div>
    <script type="module" src="/main.js"></script>
  </body>
</html>
`;
}

/** The page's own styles: the app background Lightning Experience has. */
export const PAGE_CSS = `html, body { background: #f3f3f3; margin: 0; min-height: 100vh; }
`;
