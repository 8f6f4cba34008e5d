/**
 * The review page's fixed assets: one HTML shell with no data in it, one script, one stylesheet.
 * The server serves exactly these paths; nothing is looked up on disk from a request URL.
 */
import { readFileSync } from 'node:fs';

/** A served asset. */
export interface Asset {
  /** Content-Type header value. */
  type: string;
  /** The body. */
  body: string;
}

// From the project root rather than from this file: the built page (dist/server/page.js) reads the
// same files in lib/server/assets, which are not code and are not copied by the build.
const ASSET_DIR = new URL('../../lib/server/assets/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, ASSET_DIR), 'utf8');

/** Every asset by URL path; the only paths besides `/` and the API that answer. */
export const ASSETS: ReadonlyMap<string, Asset> = new Map([
  ['/assets/review.js', { type: 'text/javascript; charset=utf-8', body: read('review.js') }],
  ['/assets/review.css', { type: 'text/css; charset=utf-8', body: read('review.css') }],
]);

/**
 * The page shell. It holds no report data and no article text: the script fetches findings as
 * JSON and builds the page with DOM text APIs. No inline script or style, so the CSP can forbid both.
 */
export const PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>crosscheck · review</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/review.css">
<script src="/assets/review.js" defer></script>
</head>
<body>
<header class="top">
  <h1>crosscheck <span>review</span></h1>
  <p id="summary" class="summary">Loading findings…</p>
  <div class="controls">
    <label>Reviewer <input id="reviewer" type="text" autocomplete="name" maxlength="200" placeholder="your name"></label>
    <label>Verdict <select id="filter-verdict"><option value="">all</option></select></label>
    <label>Decision <select id="filter-decision"><option value="">all</option><option value="undecided">undecided</option><option value="changed">evidence changed</option></select></label>
    <label>Article <select id="filter-article"><option value="">all</option></select></label>
  </div>
  <p class="keys"><kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>1</kbd>/<kbd>c</kbd> confirmed conflict · <kbd>2</kbd>/<kbd>d</kbd> different events · <kbd>3</kbd>/<kbd>n</kbd> not a conflict · <kbd>4</kbd>/<kbd>f</kbd> needs follow-up · <kbd>e</kbd> note</p>
  <p id="status" class="status" role="status" aria-live="polite"></p>
</header>
<main id="findings"></main>
</body>
</html>
`;
