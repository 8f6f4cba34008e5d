/**
 * HTML articles: the body through @mozilla/readability on a linkedom document, the title, outlet,
 * URL and publication date from the page's metadata.
 */
import type { Article, InputProblem } from '../types.ts';
import { lazyPackage } from '../util/packages.ts';
import { makeArticle } from './article.ts';
import { toIsoDate } from './dates.ts';
import { count, MAX_HTML_DEPTH, READABILITY_MAX_DEPTH } from './limits.ts';
import { problem } from './read.ts';


// Loaded for the first HTML input only: linkedom alone takes about 0.1 s.
const linkedom = lazyPackage<typeof import('linkedom')>('linkedom');
const readability = lazyPackage<typeof import('@mozilla/readability')>('@mozilla/readability');

/** Elements after which text starts a new paragraph. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD',
  'TH', 'TR', 'UL',
]);
/** Elements whose text is never article text. */
// not a word list: HTML element names
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'HEAD']);

/** Metadata found in the page head. */
interface PageMeta {
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  publishedWhy?: string;
}

/**
 * Reads an HTML page into an article whose text is the extracted body, one paragraph a line,
 * headed by the page's title. `id` and `path` name the article (JSON articles pass their own).
 */
export function loadHtml(path: string, page: string, file: string = path, id?: string): Article | InputProblem {
  // "<p>Second <b>one</b>.</p>": a fragment (as JSON articles often hold) gets a document around it,
  // since linkedom gives a bare fragment no body.
  const html = /<(?:html|body)[\s>]/i.test(page) ? page : `<!doctype html><html><body>${page}</body></html>`;
  // The parser keeps its open elements in a list it shifts at the front, so its time grows with
  // the square of the depth: a page nested too deep is refused from its source, before parsing.
  if (sourceDepth(page, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) return tooDeep(path);
  let document: any;
  try {
    ({ document } = linkedom().parseHTML(html) as any);
  } catch {
    return problem(path, 'input/html', 'could not be parsed as HTML');
  }
  const depth = nestingDepth(document, MAX_HTML_DEPTH);
  if (depth > MAX_HTML_DEPTH) return tooDeep(path);
  const meta = pageMetadata(document);
  let body = '';
  let title = meta.title;
  // Very deep pages skip Readability (its time grows with the square of the depth) for their visible text below.
  if (depth <= READABILITY_MAX_DEPTH) {
    try {
      // Readability mutates the document it is given; metadata was read above, before that.
      const { Readability } = readability();
      const parsed = new Readability(document, { charThreshold: 200 }).parse();
      if (parsed?.content) {
        const { document: content } = linkedom().parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`) as any;
        body = blockText(content.body);
        title = title ?? parsed.title ?? null;
        if (!meta.published && parsed.publishedTime) {
          meta.published = toIsoDate(parsed.publishedTime);
          meta.publishedWhy = 'page metadata (published time)';
        }
      }
    } catch {
      body = '';
    }
  }
  if (body.trim() === '') {
    // Short pages are not "readerable"; their visible text is still the article.
    const { document: again } = linkedom().parseHTML(html) as any;
    body = blockText(again.body ?? again.documentElement);
  }
  if (body.trim() === '') return problem(path, 'input/no-text', 'is an HTML page with no article text');
  const text = title && !body.trimStart().startsWith(title) ? `${title}\n\n${body}` : body;
  return makeArticle(path, file, 'html', text, { ...meta, title, id });
}

/** Title, outlet, canonical URL and publication date from `<meta>`, `<time>` and JSON-LD. */
function pageMetadata(document: any): PageMeta {
  const metaContent = (...names: string[]): string | null => {
    for (const name of names) {
      const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
      const v = el?.getAttribute('content');
      if (v && v.trim()) return v.trim();
    }
    return null;
  };
  const ld = jsonLd(document);
  let published: string | null = null;
  let publishedWhy: string | undefined;
  const candidates: [string | null | undefined, string][] = [
    [metaContent('article:published_time'), "meta 'article:published_time'"],
    [ld.datePublished, "JSON-LD 'datePublished'"],
    [metaContent('datePublished', 'date', 'pubdate', 'publishdate', 'DC.date.issued', 'dc.date', 'sailthru.date', 'parsely-pub-date'), 'meta date'],
    [document.querySelector('time[itemprop="datePublished"][datetime], time[pubdate][datetime]')?.getAttribute('datetime'), '<time> marked as the publication date'],
    [storyTime(document)?.getAttribute('datetime'), "first <time datetime> of the story"],
  ];
  for (const [raw, why] of candidates) {
    const iso = raw ? toIsoDate(raw) : null;
    if (iso) {
      published = iso;
      publishedWhy = `page metadata (${why})`;
      break;
    }
  }
  const titleEl = document.querySelector('title')?.textContent?.trim() || null;
  return {
    title: metaContent('og:title', 'twitter:title') ?? ld.headline ?? titleEl,
    outlet: metaContent('og:site_name', 'application-name') ?? ld.publisher ?? null,
    url: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent('og:url') ?? null,
    published,
    publishedWhy,
  };
}

/**
 * The first `<time datetime>` that dates the story, not the page around it: a site's date banner
 * in its navigation or page header ("| 14 June 2024, Friday |"), a photo's caption, a sidebar of
 * other stories and the footer are skipped. A header inside the `<article>` is the story's own.
 */
function storyTime(document: any): any {
  for (const el of document.querySelectorAll('time[datetime]')) {
    // not a word list: HTML elements that hold chrome, captions and other stories' dates
    if (el.closest('nav, figure, figcaption, aside, footer')) continue;
    const header = el.closest('header');
    if (header && !header.closest('article')) continue;
    return el;
  }
  return null;
}

/** The first JSON-LD object of an article type, if any; malformed JSON-LD is ignored. */
function jsonLd(document: any): { datePublished?: string; headline?: string; publisher?: string } {
  for (const el of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(el.textContent ?? '');
      const items: any[] = Array.isArray(data) ? data : Array.isArray(data?.['@graph']) ? data['@graph'] : [data];
      for (const it of items) {
        if (it && typeof it === 'object' && (it.datePublished || it.headline)) {
          return {
            datePublished: typeof it.datePublished === 'string' ? it.datePublished : undefined,
            headline: typeof it.headline === 'string' ? it.headline : undefined,
            publisher: typeof it.publisher?.name === 'string' ? it.publisher.name : undefined,
          };
        }
      }
    } catch {
      // A page's broken JSON-LD says nothing about the article; skip it.
    }
  }
  return {};
}

function tooDeep(path: string): InputProblem {
  return problem(path, 'input/too-deep', `nests HTML elements more than ${count(MAX_HTML_DEPTH)} deep (a page nests a few dozen), so it cannot be an article`);
}

/** Elements that hold no others (void) or whose end tag may be left out: they add no depth. */
// not a word list: HTML element names
const FLAT = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rtc', 'rp', 'html', 'head', 'body']);
/** Elements whose content is text, not markup: "<script>if (a<b)</script>" opens nothing. */
// not a word list: HTML element names
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes', 'plaintext']);

/**
 * How deep elements nest in an HTML source, by a count of start and end tags in one pass, up to
 * `stop + 1`: comments and the text of scripts and styles are skipped, elements that hold nothing
 * or whose end tag is optional ("<p>", "<li>") add no depth. An estimate for refusing a page
 * before it is parsed, not the tree the parser will build.
 */
export function sourceDepth(html: string, stop: number): number {
  // "<div", "</div", "<!--": each match is followed by a jump past it, so the pass is linear.
  const TAG = /<(!--|\/?)([A-Za-z][A-Za-z0-9:-]*)?/g;
  let depth = 0;
  let deepest = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[1] === '!--') {
      const end = html.indexOf('-->', TAG.lastIndex);
      if (end < 0) break;
      TAG.lastIndex = end + 3;
      continue;
    }
    if (m[2] === undefined) continue;
    const name = m[2].toLowerCase();
    const close = html.indexOf('>', TAG.lastIndex);
    if (close < 0) break;
    TAG.lastIndex = close + 1;
    if (m[1] === '/') {
      if (!FLAT.has(name) && depth > 0) depth--;
      continue;
    }
    if (RAW.has(name)) {
      // Past "</script>" in any case: a search for a fixed string, from here.
      const end = new RegExp(`</${name}`, 'gi');
      end.lastIndex = TAG.lastIndex;
      if (!end.exec(html)) break;
      const after = html.indexOf('>', end.lastIndex);
      if (after < 0) break;
      TAG.lastIndex = after + 1;
      continue;
    }
    // "<br/>", "<svg/>": a start tag that closes itself.
    if (FLAT.has(name) || html.charCodeAt(close - 1) === 47) continue;
    if (++depth > deepest) deepest = depth;
    if (deepest > stop) break;
  }
  return deepest;
}

/**
 * How deep elements nest in the document, counted up to `stop + 1` (then the walk ends: the caller
 * only asks whether a limit is passed). A loop over the tree, as deep a page costs no stack.
 */
function nestingDepth(document: any, stop: number): number {
  let deepest = 0;
  let depth = 0;
  let node = document.documentElement;
  while (node) {
    if (depth > deepest) deepest = depth;
    if (deepest > stop) return deepest;
    // First child, else next sibling, else the next sibling of the nearest ancestor that has one.
    if (node.firstChild) {
      node = node.firstChild;
      depth++;
      continue;
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      depth--;
      if (depth < 0) return deepest;
    }
    node = node?.nextSibling;
  }
  return deepest;
}

/** Visible text with one line per block element and white space inside a block collapsed. */
export function blockText(root: any): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    if (t) lines.push(t);
    current = '';
  };
  // The elements still open, each with the next child to visit and whether leaving it ends a
  // block: a list rather than a call per level, so 10,000 nested "<div>"s are no deeper a call.
  const open: { next: any; block: boolean }[] = [{ next: root?.firstChild, block: false }];
  while (open.length > 0) {
    const top = open[open.length - 1];
    const child = top.next;
    if (!child) {
      open.pop();
      if (top.block) flush();
      continue;
    }
    top.next = child.nextSibling;
    if (child.nodeType === 3) current += child.textContent ?? '';
    else if (child.nodeType === 1) {
      const tag = String(child.tagName).toUpperCase();
      if (SKIP.has(tag)) continue;
      const block = BLOCKS.has(tag);
      if (block) flush();
      open.push({ next: child.firstChild, block });
    }
  }
  flush();
  return lines.join('\n\n');
}
