// The chart forms a news desk makes (stacking, areas, ranges, annotations,
// highlight, dates by month) in every Node target: the static HTML's table
// and lines, the Apple News components, and the pictures (PNG for render,
// WebP for prerender), from the compiled lib/ (run `npx tsc -p tsconfig.json` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, parseFragment } from 'parse5';
import { prerender, render } from '../../lib/server/index.js';
import { chartStrings, fill } from '../../lib/format/index.js';
import { articleProblems } from '../support/apple-news-format.mjs';
import { chartForms } from './chart-forms-payload.mjs';

const words = chartStrings('en');
const payload = chartForms;

/** Every element of a parsed tree, in order. */
function* elements(node) {
  for (const child of node.nodeName === 'template' && node.content ? node.content.childNodes : (node.childNodes ?? [])) {
    if (!child.tagName) continue;
    yield child;
    yield* elements(child);
  }
}
const attr = (element, name) => element.attrs.find((a) => a.name === name)?.value;
/** The text of a node; a line break, a cell or a paragraph is set off by spaces, as a reader sees it. */
const textOf = (node) => {
  if (node.nodeName === '#text') return node.value;
  const inner = (node.childNodes ?? []).map(textOf).join('');
  return ['br', 'td', 'th', 'p'].includes(node.nodeName) ? ` ${inner} ` : inner;
};
const squeeze = (text) => text.replace(/\s+/g, ' ').trim();
/** A table's rows as lists of cell texts, the header row first. */
const cellsOf = (table) =>
  [...elements(table)]
    .filter((e) => e.tagName === 'tr')
    .map((tr) => tr.childNodes.filter((c) => c.tagName).map((c) => squeeze(textOf(c))));

let staticOnce;
const staticFiles = () =>
  (staticOnce ??= render(payload, { target: 'static' }).then((files) => new Map(files.map((f) => [f.name, f.content]))));
let appleOnce;
const appleArticle = () =>
  (appleOnce ??= render(payload, { target: 'apple-news' }).then((files) => ({
    files,
    article: JSON.parse(files.find((f) => f.name === 'article.json').content),
  })));

/** The static page of one chart, parsed: its table, its paragraphs' texts, its whole text. */
async function staticChartPage(id) {
  const html = (await staticFiles()).get(`chart-${id}.html`);
  assert.ok(html, `chart-${id}.html is written`);
  const tree = parse(html);
  const all = [...elements(tree)];
  return {
    html,
    table: cellsOf(all.find((e) => e.tagName === 'table')),
    paragraphs: all.filter((e) => e.tagName === 'p').map((p) => squeeze(textOf(p))),
    text: squeeze(textOf(all.find((e) => e.tagName === 'body'))),
    img: all.find((e) => e.tagName === 'img'),
  };
}

const marked = [
  'Curfew (Mar 2026)',
  'State of emergency (Feb 2026 – Apr 2026)',
  'Capacity (5,000)',
  '1,000 – 2,000',
  'Peak (May 2026)',
];
const markedLine = `${words.marked}: ${marked.join('; ')}`;
const areaTable = [
  [words.category, 'Cases'],
  ['Jan 2026', '1,200 (between 1,000 and 1,500)'],
  ['Feb 2026', '1,800'],
  ['Mar 2026', 'between 2,000 and 3,000'],
  ['Apr 2026', 'about 2,600'],
  ['May 2026', '4,100'],
  ['Jun 2026', '3,900 provisional'],
];

test('static: a stacked chart’s table has each row’s total; a blank source name is left out', async () => {
  const page = await staticChartPage('stacked');
  assert.deepEqual(page.table, [
    [words.category, 'North (people)', 'South (people)', words.total],
    ['2024', '100', '50', '150'],
    ['2025', 'about 150', '70', 'about 220'],
  ]);
  // "Source: Wire", not "Sources: Wire, " with the blank name after it.
  assert.deepEqual(
    page.paragraphs.filter((p) => /^Sources?:/.test(p)),
    ['Source: Wire'],
  );
  // A qualified value: the picture marks it, and the mark is explained once.
  assert.ok(page.img, 'the chart is drawn');
  assert.ok(page.paragraphs.includes(fill(words.qualifiedMark, { mark: '*' })), page.paragraphs.join(' | '));
  assert.ok(!page.paragraphs.some((p) => p.startsWith(`${words.marked}:`)), 'nothing is marked on this chart');
});

test('static: a percent chart gives the values and their totals; a chart whose only source is blank has no source line', async () => {
  const page = await staticChartPage('percent');
  assert.deepEqual(page.table, [
    [words.category, 'North (people)', 'South (people)', words.total],
    ['Town', '30', '70', '100'],
    ['Country', '10', '30', '40'],
  ]);
  assert.ok(!page.paragraphs.some((p) => /^Sources?:/.test(p)), page.paragraphs.join(' | '));
  assert.ok(!page.paragraphs.includes(fill(words.qualifiedMark, { mark: '*' })), 'no qualified value, no key');
});

test('static: an area chart by month reads "Jan 2026", ranges in full, what is marked on it below the table', async () => {
  const page = await staticChartPage('area');
  assert.deepEqual(page.table, areaTable);
  assert.doesNotMatch(page.text, /Jan 1, 2026|January 1/);
  assert.ok(!page.text.includes(words.noValue), 'a point known only by its range has a value');
  assert.ok(page.paragraphs.includes(markedLine), page.paragraphs.join(' | '));
  assert.ok(page.html.indexOf('</table>') < page.html.indexOf(`${words.marked}:</strong>`), 'below the table');
  assert.match(
    attr(page.img, 'alt'),
    new RegExp(`${words.marked}: Curfew \\(Mar 2026\\)`),
    'the picture’s text alternative says it too',
  );
  // E-mail safe: the marked line is a paragraph with inline style, and no display:block anywhere in the table.
  assert.doesNotMatch(/<table[\s\S]*<\/table>/.exec(page.html)[0], /display:\s*block/);
  const plain = await staticChartPage('plain-area');
  assert.deepEqual(plain.table, areaTable);
  assert.ok(!plain.paragraphs.some((p) => p.startsWith(`${words.marked}:`)));
  // A stacked area chart of one panel: the total.
  const stacked = await staticChartPage('stacked-area');
  assert.deepEqual(stacked.table[0], [words.category, 'North (people)', 'South (people)', words.total]);
  assert.deepEqual(stacked.table[1], ['Jan 2026', '10', '5', '15']);
  assert.deepEqual(stacked.table[6], ['Jun 2026', '60', '30', '90']);
});

test('static: in another language than the payload’s, each annotation label keeps the payload’s, its place the widget’s', async () => {
  const files = await render(payload, { target: 'static', lang: 'ru', pictures: false });
  const html = files.find((f) => f.name === 'chart-area.html').content;
  const line = /<p [^>]*><strong>([^<]*):<\/strong> (.*)<\/p>/.exec(html.slice(html.indexOf('</table>')));
  assert.equal(line[1], chartStrings('ru').marked);
  assert.match(line[2], /^<span lang="en">Curfew<\/span> \(март 2026 г\.\); <span lang="en">State of emergency<\/span> \(/);
  assert.match(line[2], /; 1\s000 – 2\s000; <span lang="en">Peak<\/span> \(май 2026 г\.\)$/);
});

test('static: quotes whose source name is blank have no empty source', async () => {
  const files = await staticFiles();
  const direct = squeeze(textOf(parse(files.get('quote-direct.html'))));
  const reported = squeeze(textOf(parse(files.get('quote-reported.html'))));
  assert.doesNotMatch(direct, /Source:/);
  assert.doesNotMatch(reported, /as reported by/);
  // Every source line of the page (the charts', the payload's) names Wire alone.
  const lines = [...elements(parse(files.get('index.html')))]
    .filter((e) => e.tagName === 'p')
    .map((p) => squeeze(textOf(p)))
    .filter((p) => /Sources?:/.test(p));
  assert.deepEqual(lines, ['Source: Wire', 'Source: Wire', 'Source: Wire', 'Source: Wire']);
});

/** The container of a widget in article.json. */
const container = (article, identifier) => article.components.find((c) => c.identifier === identifier);
const texts = (box) => box.components.filter((c) => typeof c.text === 'string').map((c) => c.text);
const records = (box) => {
  const table = box.components.find((c) => c.role === 'datatable');
  const keys = table.data.descriptors.map((d) => d.key);
  return [table.data.descriptors.map((d) => d.label), ...table.data.records.map((r) => keys.map((k) => r[k]))];
};

test('apple-news: tables with totals and ranges, what is marked in the chart’s notes, and the article still meets the rules', async () => {
  const { article, files } = await appleArticle();
  assert.deepEqual(articleProblems(article, { bundle: files.map((f) => f.name) }), []);
  const stacked = container(article, 'chart-stacked');
  assert.deepEqual(records(stacked), [
    [words.category, 'North (people)', 'South (people)', words.total],
    ['2024', '100', '50', '150'],
    ['2025', 'about 150', '70', 'about 220'],
  ]);
  assert.ok(texts(stacked).includes('Source: <a href="https://example.org/wire">Wire</a>'), texts(stacked).join(' | '));
  assert.ok(texts(stacked).includes(fill(words.qualifiedMark, { mark: '*' })), 'the mark’s key beside the picture');
  const percent = container(article, 'chart-percent');
  assert.deepEqual(records(percent)[2], ['Country', '10', '30', '40']);
  assert.ok(!texts(percent).some((t) => /Sources?:/.test(t)), texts(percent).join(' | '));

  const area = container(article, 'chart-area');
  assert.deepEqual(
    records(area),
    areaTable.map((row) => row.map((cell) => cell.replace(' provisional', ' (provisional)'))),
  );
  assert.ok(texts(area).includes(`<p><strong>${words.marked}:</strong> ${marked.join('; ')}</p>`), texts(area).join(' | '));
  const figure = area.components.find((c) => c.role === 'figure');
  assert.match(figure.accessibilityCaption, /Peak \(May 2026\)/);
  const plain = container(article, 'chart-plain-area');
  assert.ok(!texts(plain).some((t) => t.includes(`${words.marked}:`)));
  assert.doesNotMatch(JSON.stringify(article), /Jan 1, 2026|Source: *<\/|Source: *"|as reported by *[,<"]/);
  const direct = container(article, 'quote-direct');
  assert.ok(!texts(direct).some((t) => t.includes('Source')), texts(direct).join(' | '));
});

test('pictures: a PNG of every chart form, the annotated chart unlike the plain one; an area’s legend swatch', async () => {
  const files = await staticFiles();
  for (const chart of payload.charts) {
    const png = files.get(`${chart.id}.png`);
    assert.ok(png && png.length > 1000, `${chart.id}.png is drawn`);
  }
  assert.notDeepEqual(Buffer.from(files.get('area.png')), Buffer.from(files.get('plain-area.png')));
  // The stacked areas' legend (above the chart): each swatch is the area's line on top of its lighter fill.
  const { loadImage, createCanvas } = await import('@napi-rs/canvas');
  const image = await loadImage(Buffer.from(files.get('stacked-area.png')));
  const context = createCanvas(image.width, image.height).getContext('2d');
  context.drawImage(image, 0, 0);
  const pixel = (x, y) => [...context.getImageData(x, y, 1, 1).data.subarray(0, 3)];
  // At 2×: the swatch is 12 CSS pixels from x 8, from y 9 (its line 3 pixels high).
  assert.deepEqual(pixel(2 * 14, 2 * 10), [0x1f, 0x77, 0xb4], 'the line, in the series’ colour');
  const fillColour = pixel(2 * 14, 2 * 17);
  assert.notDeepEqual(fillColour, [0x1f, 0x77, 0xb4], 'the fill is lighter');
  assert.ok(fillColour[0] > 0x1f && fillColour[2] > 0x90, `the fill is the colour, lighter: ${fillColour}`);
});

test('prerender: WebP pictures of a chart of the forms, the annotated unlike the plain one', async () => {
  const inline = `<script type="application/json">${JSON.stringify(payload).replace(/</g, '\\u003c')}</script>`;
  const pictures = async (id) => {
    const out = await prerender(`<nw-chart chart="${id}">${inline}</nw-chart>`);
    const images = [...elements(parseFragment(out))].filter((e) => e.tagName === 'img');
    assert.equal(images.length, 3, `${id}: narrow, wide and full`);
    for (const img of images) assert.match(attr(img, 'src'), /^data:image\/webp;base64,UklGR/, `${id}: a WebP picture`);
    return images.map((img) => attr(img, 'src'));
  };
  for (const id of ['stacked', 'percent', 'stacked-area']) await pictures(id);
  const [annotated, plain] = [await pictures('area'), await pictures('plain-area')];
  annotated.forEach((src, i) => assert.notEqual(src, plain[i], 'the annotations are drawn'));
});

test('static and apple-news: a figure known as a range reads "Between 5,000 and 8,000", capitalised as the card has it', async () => {
  const ranged = {
    version: 1,
    id: 'ranged-figure',
    title: 'A range (illustrative data)',
    sources: { wire: { name: 'Wire' } },
    figures: [{ id: 'estimate', label: 'visitors, an illustrative estimate', value: { low: 5000, high: 8000 }, source: 'wire' }],
  };
  const page = (await render(ranged, { target: 'static' })).find((file) => file.name === 'index.html').content;
  assert.match(squeeze(textOf(parse(page))), /Between 5,000 and 8,000 visitors, an illustrative estimate/);
  const article = JSON.parse((await render(ranged, { target: 'apple-news' })).find((f) => f.name === 'article.json').content);
  assert.match(JSON.stringify(article), /Between 5,000 and 8,000/);
});
