// The pages of the bench's prerender section, built in memory with the
// library's own `prerender()` (lib/server/), and what pre-rendering adds to a
// page's HTML:
// - /demo/bench-prerendered.html: demo/index.html pre-rendered, as
//   scripts/prerender-demo.mjs does it (the same readSrc), but with the
//   article's text left as it is, so that demo/index.html itself is both "the
//   script-tag article" and "the page before pre-rendering";
// - /demo/bench-static.html (+ /demo/bench-static.css): the same article as
//   static HTML, no custom element, no script (see flattenPage);
// - /bench/chart-prerendered.html: the chart section's nw-chart page
//   (/bench/chart-nw.html) pre-rendered; ?ready=canvas waits for the live
//   chart instead of the picture;
// - /bench/article-prerendered.html?data=inline|src: the layout-shift
//   section's article that reserves no space, pre-rendered.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultTreeAdapter as tree, html, parse, serialize } from 'parse5';
import { compressedSizes } from './sizes.mjs';

const WIDGET_TAGS = ['nw-figure-card', 'nw-figure-grid', 'nw-chart', 'nw-quote', 'nw-embed'];
const isWidget = (node) => WIDGET_TAGS.includes(node.tagName);
const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;
const childrenOf = (node) => (node.tagName === 'template' ? node.content.childNodes : node.childNodes);
const shadowTemplate = (node) => node.childNodes.find((child) => child.tagName === 'template' && attr(child, 'shadowrootmode'));
/** Lit's hydration markers (`<!--lit-part …-->`, `<!--lit-node n-->`, `<?>`): bookkeeping for hydration, not content. */
const isLitMarker = (node) => node.nodeName === '#comment' && /^(\/?lit-|\?$)/.test(node.data);

/** Elements of `root` (templates' content included) in document order. */
function* elements(root) {
  for (const child of childrenOf(root)) {
    if (!child.tagName) continue;
    yield child;
    yield* elements(child);
  }
}

/**
 * A widget's shadow CSS made to style the same elements in the light DOM:
 * `:host` becomes the `@scope` root (a `div[data-nw-css]`), the scope stops at
 * the next flattened widget (as a shadow root stops at a nested one), and it
 * sits in a cascade layer so that the page's own rules on the host still win
 * over `:host` rules, as they do over a shadow root's.
 */
function scopedWidgetCss(css, key) {
  const scoped = css.replace(/:host\(((?:[^()]|\([^()]*\))*)\)/g, ':scope:is($1)').replace(/:host(?![\w-])/g, ':scope');
  return `@layer nw-flat{@scope ([data-nw-css="${key}"]) to ([data-nw]){${scoped}}}`;
}

/**
 * The page's own CSS (demo/demo.css) for the flattened page: the rules it has
 * for the widget tags apply to the divs that stand in for them, and no rule
 * reaches inside a flattened widget (`:not([data-nw] *)`), as no page rule
 * reaches into a shadow root. Handles the plain CSS the demo has: style rules,
 * and @media/@supports blocks of them.
 */
export function isolatePageCss(css) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const selector = (raw) => {
    let sel = raw.trim().replace(/(^|[\s>+~(])(nw-(?:figure-card|figure-grid|chart|quote|embed))(?![\w-])/g, '$1[data-nw="$2"]');
    const pseudo = sel.indexOf('::');
    const [subject, after] = pseudo >= 0 ? [sel.slice(0, pseudo), sel.slice(pseudo)] : [sel, ''];
    return `${subject}:not([data-nw] *)${after}`;
  };
  const block = (source) => {
    let out = '';
    let at = 0;
    while (at < source.length) {
      const open = source.indexOf('{', at);
      if (open < 0) break;
      let depth = 1;
      let close = open + 1;
      for (; close < source.length && depth; close++) depth += source[close] === '{' ? 1 : source[close] === '}' ? -1 : 0;
      const prelude = source.slice(at, open).trim();
      const body = source.slice(open + 1, close - 1);
      if (/^@(media|supports|layer|container)\b/.test(prelude)) out += `${prelude}{${block(body)}}\n`;
      else if (prelude.startsWith('@')) out += `${prelude}{${body}}\n`;
      else out += `${prelude.split(',').map(selector).join(',')}{${body.trim()}}\n`;
      at = close;
    }
    return out;
  };
  return block(text);
}

/**
 * The pre-rendered page as static HTML: every widget's shadow root written
 * into the light DOM (its rendered DOM, flattened). Each widget becomes a
 * `<div data-nw="tag">` with the host's class and lang, holding what its
 * shadow root holds (a `<slot>` takes the host's children, as it shows them);
 * each distinct widget stylesheet appears once, scoped by `scopedWidgetCss`;
 * the host's light children (the fallback, which a shadow root without a slot
 * does not show), Lit's markers, `<noscript>`, every `<script>` (the library,
 * the demo's own, the JSON payloads) and module preloads go. The page's
 * stylesheet `demo.css` is swapped for `cssHref` (isolatePageCss of it).
 */
export function flattenPage(page, { cssHref }) {
  const document = parse(page);
  const keys = new Map();
  const drop = (node) => tree.detachNode(node);
  const walk = (parent) => {
    for (const node of [...childrenOf(parent)]) {
      if (isLitMarker(node)) drop(node);
      if (!node.tagName) continue;
      if (node.tagName === 'script' || node.tagName === 'noscript') drop(node);
      else if (node.tagName === 'link' && attr(node, 'rel') === 'modulepreload') drop(node);
      else if (node.tagName === 'link' && attr(node, 'href') === 'demo.css')
        node.attrs.find((a) => a.name === 'href').value = cssHref;
      else if (isWidget(node) && shadowTemplate(node)) flatten(node);
      else walk(node);
    }
  };
  const flatten = (host) => {
    const template = shadowTemplate(host);
    const content = [...template.content.childNodes];
    const css = content
      .filter((node) => node.tagName === 'style')
      .map((style) => style.childNodes.map((text) => text.value).join(''))
      .join('');
    let key = keys.get(css);
    const parent = host.parentNode;
    if (key === undefined) {
      keys.set(css, (key = String(keys.size + 1)));
      const style = tree.createElement('style', html.NS.HTML, []);
      tree.insertText(style, scopedWidgetCss(css, key));
      tree.insertBefore(parent, style, host);
    }
    const attrs = [
      { name: 'class', value: ['nw-flat', attr(host, 'class')].filter(Boolean).join(' ') },
      { name: 'data-nw', value: host.tagName },
      { name: 'data-nw-css', value: key },
      ...host.attrs.filter((a) => a.name === 'lang' || a.name === 'id' || a.name === 'dir'),
    ];
    const div = tree.createElement('div', html.NS.HTML, attrs);
    const light = host.childNodes.filter((node) => node !== template && node.tagName !== 'script');
    for (const node of content) {
      if (node.tagName === 'style') continue;
      tree.detachNode(node);
      tree.appendChild(div, node);
    }
    for (const slot of [...elements(div)].filter((node) => node.tagName === 'slot')) {
      const shown = attr(slot, 'name') ? [] : light;
      for (const node of shown.length ? shown : [...slot.childNodes]) {
        tree.detachNode(node);
        tree.insertBefore(slot.parentNode, node, slot);
      }
      drop(slot);
    }
    tree.insertBefore(parent, div, host);
    drop(host);
    walk(div);
  };
  walk(document);
  return serialize(document);
}

/** The widgets of a page (outermost), with where their pieces are in the source. */
function widgetsOf(page) {
  const document = parse(page, { sourceCodeLocationInfo: true });
  const found = [];
  const walk = (parent) => {
    for (const node of childrenOf(parent)) {
      if (!node.tagName) continue;
      if (isWidget(node)) found.push(node);
      else walk(node);
    }
  };
  walk(document);
  return { document, widgets: found };
}

const slice = (text, location) => text.slice(location.startOffset, location.endOffset);
const without = (text, spans) =>
  [...spans].sort((a, b) => b.start - a.start).reduce((out, span) => out.slice(0, span.start) + out.slice(span.end), text);

/**
 * What pre-rendering added to a page: each widget's declarative shadow root
 * (and the payload-id attribute it may gain), the payload script it carries
 * once, the chart pictures; raw bytes, gzip of each piece alone, and how much
 * the gzipped page grows by it (the page gzipped with and without that one
 * piece, everything else kept).
 */
export function addedBytes(before, after) {
  const { widgets: old } = widgetsOf(before);
  const { document, widgets } = widgetsOf(after);
  const afterGzip = compressedSizes(after).gzip;
  const cost = (spans, text) => {
    const alone = compressedSizes(text);
    return { raw: alone.raw, gzip: alone.gzip, gzipInPage: afterGzip - compressedSizes(without(after, spans)).gzip };
  };
  const rows = [];
  const spans = [];
  const oldIds = new Set([...elements(parse(before))].map((node) => attr(node, 'id')).filter(Boolean));
  for (const node of elements(document)) {
    const id = attr(node, 'id');
    if (node.tagName !== 'script' || !id || oldIds.has(id)) continue;
    const location = node.sourceCodeLocation;
    // prerender() writes the script and a line break before the first widget that needs it.
    const end = location.endOffset + (after[location.endOffset] === '\n' ? 1 : 0);
    const span = { start: location.startOffset, end };
    spans.push(span);
    rows.push({
      kind: 'payload',
      what: `payload script #${id} (once, for every widget that reads it)`,
      ...cost([span], after.slice(span.start, span.end)),
    });
  }
  widgets.forEach((node, index) => {
    const template = shadowTemplate(node);
    if (!template) return;
    const own = [{ start: template.sourceCodeLocation.startOffset, end: template.sourceCodeLocation.endOffset }];
    // The payload-id attribute prerender() adds to a widget that read its data over src.
    const addedId = old[index] && attr(old[index], 'payload-id') === undefined && attr(node, 'payload-id');
    if (addedId) {
      const tag = slice(after, node.sourceCodeLocation.startTag);
      const at = tag.lastIndexOf(` payload-id="${addedId}"`);
      if (at >= 0)
        own.push({
          start: node.sourceCodeLocation.startOffset + at,
          end: node.sourceCodeLocation.startOffset + at + ` payload-id="${addedId}"`.length,
        });
    }
    spans.push(...own);
    const text = own.map((span) => after.slice(span.start, span.end)).join('');
    const which = attr(node, 'figures') ?? attr(node, 'quote') ?? attr(node, 'chart') ?? attr(node, 'figure') ?? '';
    const row = { kind: node.tagName, what: `${node.tagName}${which ? ` (${which})` : ''}`, ...cost(own, text) };
    // The pictures: the data URLs of the chart's <img>s.
    const pictures = [...elements(template)].filter((img) => img.tagName === 'img' && attr(img, 'src')?.startsWith('data:'));
    if (pictures.length) {
      const picSpans = pictures.map((img) => {
        const tag = slice(after, img.sourceCodeLocation.startTag);
        const src = attr(img, 'src');
        const at = img.sourceCodeLocation.startTag.startOffset + tag.indexOf(src);
        return { start: at, end: at + src.length };
      });
      row.pictures = {
        count: pictures.length,
        sizes: pictures.map((img) => `${attr(img, 'width')}×${attr(img, 'height')}`),
        format: attr(pictures[0], 'src').slice(5, attr(pictures[0], 'src').indexOf(';')),
        decoded: pictures.reduce((sum, img) => sum + Buffer.from(attr(img, 'src').split(',')[1], 'base64').length, 0),
        ...cost(picSpans, picSpans.map((span) => after.slice(span.start, span.end)).join('')),
      };
    }
    rows.push(row);
  });
  const counted = spans.reduce((sum, span) => sum + span.end - span.start, 0);
  return {
    rows,
    /** Bytes added that no row accounts for (0 when prerender() only wrote the pieces above). */
    unaccounted: after.length - before.length - counted,
    before: compressedSizes(before),
    after: compressedSizes(after),
  };
}

/**
 * Builds every page of the section (prerender() runs once per page, here in
 * Node, before the browser starts) and the byte accounting of the demo.
 * @param {object} options
 * @param {string} options.root the repository
 * @param {(pathname: string, search: URLSearchParams) => string | undefined} options.benchPages the bench's own pages
 */
export async function buildPrerenderPages({ root, benchPages }) {
  const { prerender } = await import(pathToFileURL(join(root, 'lib/server/index.js')).href);
  const { sourceReader } = await import(pathToFileURL(join(root, 'lib/server/cli.js')).href);
  const demoDir = join(root, 'demo');
  const notices = new Set();
  const run = (page, readSrc) => prerender(page, { readSrc, onNotice: (message) => notices.add(message) });
  const started = Date.now();

  const article = await readFile(join(demoDir, 'index.html'), 'utf8');
  const prerendered = await run(article, sourceReader(demoDir, demoDir));
  const staticPage = flattenPage(prerendered, { cssHref: 'bench-static.css' });
  const staticCss = isolatePageCss(await readFile(join(demoDir, 'demo.css'), 'utf8'));

  const chartPage = benchPages('/bench/chart-nw.html', new URLSearchParams());
  const chart = await run(chartPage);
  const benchArticle = {};
  for (const data of ['inline', 'src']) {
    benchArticle[data] = await run(benchPages('/bench/article.html', new URLSearchParams({ data })), sourceReader(demoDir, root));
  }
  const pages = {
    '/demo/bench-prerendered.html': () => prerendered,
    '/demo/bench-static.html': () => staticPage,
    '/demo/bench-static.css': () => ({ type: '.css', body: staticCss }),
    // Marked for the probe, which looks for declarative shadow roots on such pages only.
    '/bench/chart-prerendered.html': (search) =>
      chart.replace(
        'data-bench-ready="canvas"',
        `data-bench-ready="${search.get('ready') === 'canvas' ? 'canvas' : 'picture'}" data-bench-prerendered`,
      ),
    '/bench/article-prerendered.html': (search) => benchArticle[search.get('data') === 'src' ? 'src' : 'inline'],
  };
  return {
    /** The server's page handler for these pages. */
    handler: (pathname, search) => pages[pathname]?.(search),
    ms: Date.now() - started,
    notices: [...notices],
    demo: { before: article, after: prerendered, static: staticPage, widgets: widgetsOf(article).widgets.length },
    bytes: addedBytes(article, prerendered),
    chartBytes: addedBytes(chartPage, chart),
  };
}
