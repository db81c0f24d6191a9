// newsroom-widgets/server's render and the CLI's render, from the compiled
// lib/ (run `npm run build` first): the story and the XSS fixtures as static
// HTML and as Apple News Format, in every language; bad input. How the static
// HTML looks in Chromium is test/node/static-page.test.mjs.
import { withoutControlCharacters } from '../../lib/server/control-characters.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseFragment } from 'parse5';
import { RenderError, render, writeRendered } from '../../lib/server/index.js';
import { strings } from '../../lib/format/index.js';
import { parsePayload } from '../../lib/payload/index.js';
import { HTML_TAGS, formatProblems } from '../support/apple-news-format.mjs';
import { storyWithVector } from '../support/hostile-payloads.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const storyText = readFileSync(join(root, 'demo/data/kazakhstan-unrest-2022.json'), 'utf8');
const story = JSON.parse(storyText);
const { vectors } = JSON.parse(readFileSync(join(root, 'test/fixtures/xss-vectors.json'), 'utf8'));
const cli = (args, options = {}) =>
  spawnSync(process.execPath, [...(options.node ?? []), 'lib/cli.js', ...args], { cwd: root, encoding: 'utf8' });
const byName = (files) => new Map(files.map((file) => [file.name, file.content]));

/** Every element of a parsed tree, in order. */
function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (!child.tagName) continue;
    yield child;
    yield* elements(child.tagName === 'template' ? child.content : child);
  }
}
const attr = (element, name) => element.attrs.find((a) => a.name === name)?.value;
/** The text of a node; a line break, a cell, an item or a paragraph is set off by spaces, as a reader sees it. */
const textOf = (node) => {
  if (node.nodeName === '#text') return node.value;
  const inner = (node.childNodes ?? []).map(textOf).join('');
  return ['br', 'td', 'th', 'li', 'p'].includes(node.nodeName) ? ` ${inner} ` : inner;
};
/** The text a page shows, with runs of white space as one space. */
const shownText = (html) =>
  textOf(
    parse(html)
      .childNodes.find((n) => n.tagName === 'html')
      .childNodes.find((n) => n.tagName === 'body'),
  ).replace(/\s+/g, ' ');

/** The story with the XSS fixtures' attack strings in every free text, and the script-end fixture. */
function hostilePayloads() {
  return vectors.map(({ name, vector }) => ({ name, payload: storyWithVector(story, vector) }));
}

/**
 * Problems of one static HTML page: a script, a custom element, an on*
 * attribute, a style sheet, a link other than http(s), a picture that is not
 * one of the output's PNG files.
 */
function staticProblems(html, files) {
  const problems = [];
  for (const element of elements(parse(html))) {
    const where = `<${element.tagName}>`;
    if (
      ['script', 'style', 'link', 'iframe', 'object', 'embed', 'form', 'svg', 'math', 'base', 'template', 'noscript'].includes(
        element.tagName,
      )
    )
      problems.push(`${where} is not allowed`);
    if (element.tagName.includes('-')) problems.push(`${where} is a custom element`);
    for (const a of element.attrs) if (/^on/i.test(a.name)) problems.push(`${where} has ${a.name}`);
    const href = attr(element, 'href');
    if (href !== undefined && !/^https?:\/\//.test(href)) problems.push(`${where} href=${href}`);
    if (element.tagName === 'blockquote' && attr(element, 'cite') !== undefined && !/^https?:\/\//.test(attr(element, 'cite')))
      problems.push(`${where} cite=${attr(element, 'cite')}`);
    if (element.tagName === 'img' && !(/^[\w-]+\.png$/.test(attr(element, 'src')) && files.has(attr(element, 'src'))))
      problems.push(`${where} src=${attr(element, 'src')}`);
    if (element.tagName === 'meta' && !['charset', 'name'].includes(element.attrs[0]?.name))
      problems.push(`${where} ${element.attrs[0]?.name}`);
  }
  return problems;
}

/** Problems of the HTML of an Apple News text: tags the format does not take, attributes but href, links not http(s). */
function anfTextProblems(text) {
  const problems = [];
  for (const element of elements(parseFragment(text))) {
    if (!HTML_TAGS.includes(element.tagName)) problems.push(`<${element.tagName}> is not a tag of the format`);
    for (const a of element.attrs) if (a.name !== 'href') problems.push(`<${element.tagName}> has ${a.name}`);
    const href = attr(element, 'href');
    if (href !== undefined && !/^https?:\/\//.test(href)) problems.push(`href=${href}`);
  }
  return problems;
}

/** Every component of a list, containers' children included. */
function* components(list) {
  for (const component of list ?? []) {
    yield component;
    yield* components(component.components);
  }
}

/** Width and height of a PNG, from its IHDR chunk; fails when the bytes are not a PNG. */
function pngSize(bytes) {
  const data = Buffer.from(bytes);
  assert.deepEqual([...data.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(data.toString('latin1', 12, 16), 'IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

test('static: a page per widget and index.html, with no script, no custom element, no on*, no style sheet, http(s) links only', async () => {
  const files = byName(await render(storyText, { target: 'static' }));
  assert.deepEqual(
    [...files.keys()],
    [
      'index.html',
      ...story.figures.map((f) => `figure-${f.id}.html`),
      'chart-detentions-damage.html',
      ...story.quotes.map((q) => `quote-${q.id}.html`),
      'detentions-damage.png',
    ],
  );
  for (const [name, content] of files) {
    if (!name.endsWith('.html')) continue;
    assert.deepEqual(staticProblems(content, files), [], name);
    assert.match(content, /^<!doctype html>\n<html lang="en">/, name);
  }
  // Each widget's page holds what the index shows of it.
  const index = files.get('index.html');
  for (const [name, content] of files) {
    if (!name.endsWith('.html') || name === 'index.html') continue;
    const body = /<article[^>]*>\n([\s\S]*)\n<\/article>/.exec(content)[1];
    assert.ok(index.includes(body), `${name} is in index.html`);
  }
});

test('static: every qualifier, value, label, note, source and date of the story survives; paraphrases have no quotation marks', async () => {
  const files = byName(await render(storyText, { target: 'static' }));
  const text = shownText(files.get('index.html'));
  for (const expected of [
    'Kazakhstan unrest, January 2022',
    story.description,
    'More than 5,000 people detained in the unrest Source: Sputnik · As of January 9, 2022',
    'More than $200M in estimated damage The report does not say who made the estimate. Source: Sputnik · As of January 9, 2022',
    "20,000 militants in the clashes in Almaty, according to President Tokayev The president's own figure, as reported by TASS. Source: TASS",
    'January 19, 2022 state of emergency in force until Source: Sputnik',
    'At least 1 police officer beheaded (confirmed) Source: Sputnik',
    'Detentions and damage',
    story.charts[0].description,
    'more than 5,000',
    'more than $200,000,000',
    `Notes: ${story.charts[0].notes}`,
    ...story.notes,
    'Sources: Sputnik, TASS',
    'Updated January 9, 2022',
    'Kassym-Jomart Tokayev, President of Kazakhstan January 7, 2022',
    ...story.quotes.flatMap((q) => [q.text, ...(q.context ? [q.context] : [])]),
  ])
    assert.ok(text.includes(expected), `index.html shows "${expected}"\n${text}`);
  for (const quote of story.quotes) {
    assert.ok(
      !/[“”"«»]/.test(text.slice(text.indexOf(quote.text) - 2, text.indexOf(quote.text) + quote.text.length + 2)),
      quote.id,
    );
    if (quote.source)
      assert.ok(text.includes(`${quote.text} Kassym-Jomart Tokayev, President of Kazakhstan, as reported by TASS`), quote.id);
  }
  // A direct quote: a blockquote in the language's quotation marks, its source cited.
  const direct = structuredClone(story);
  direct.quotes[0].kind = 'direct';
  direct.sources.tass.url = 'https://tass.com/';
  const page = byName(await render(direct, { target: 'static' })).get(`quote-${direct.quotes[0].id}.html`);
  const blockquote = [...elements(parse(page))].find((e) => e.tagName === 'blockquote');
  assert.equal(attr(blockquote, 'cite'), 'https://tass.com/');
  assert.equal(textOf(blockquote).trim(), `“${direct.quotes[0].text}”`);
  assert.match(shownText(page), /— Kassym-Jomart Tokayev, President of Kazakhstan Source: TASS/);
  assert.match(page, /<cite><a href="https:\/\/tass.com\/"[^>]*>TASS<\/a><\/cite>/);
});

test('static: the chart is a PNG at twice the size its <img> states, with the text alternative, then its data table', async () => {
  const files = byName(await render(storyText, { target: 'static', width: 600 }));
  const chartPage = files.get('chart-detentions-damage.html');
  const img = [...elements(parse(chartPage))].find((e) => e.tagName === 'img');
  assert.equal(attr(img, 'src'), 'detentions-damage.png');
  assert.equal(attr(img, 'alt'), story.charts[0].description);
  const size = pngSize(files.get('detentions-damage.png'));
  assert.equal(size.width, 2 * Number(attr(img, 'width')));
  assert.equal(size.height, 2 * Number(attr(img, 'height')));
  assert.equal(Number(attr(img, 'width')), 600 - 2 * 48, 'narrow enough for a page with no CSS');
  assert.ok(chartPage.indexOf('<img') < chartPage.indexOf('<table'));
  // A line chart of two series in one panel: the legend is drawn into the picture, above the chart.
  const line = structuredClone(story);
  line.charts = [
    {
      id: 'two-lines',
      title: 'Two lines',
      type: 'line',
      x: { type: 'date' },
      series: ['a', 'b'].map((id, s) => ({
        id,
        label: `Series ${id}`,
        data: ['2022-01-05', '2022-01-06', '2022-01-07'].map((x, i) => ({ x, y: (i + 1) * (s + 2) })),
      })),
    },
  ];
  const lineFiles = byName(await render(line, { target: 'static', width: 800 }));
  const lineImg = [...elements(parse(lineFiles.get('chart-two-lines.html')))].find((e) => e.tagName === 'img');
  const lineSize = pngSize(lineFiles.get('two-lines.png'));
  assert.equal(lineSize.width, 2 * Number(attr(lineImg, 'width')));
  assert.equal(lineSize.height, 2 * Number(attr(lineImg, 'height')));
  // 16/9 of the chart, plus one line of legend (22 px) and its gap (8 px).
  assert.equal(Number(attr(lineImg, 'height')), Math.round((800 - 96) / (16 / 9)) + 30);
  assert.equal(shownText(lineFiles.get('chart-two-lines.html')).match(/Jan \d, 2022/g).length, 3, 'a row per date');
});

test('apple-news: article.json and a file per widget, every component and field one the format defines', async () => {
  const files = byName(await render(storyText, { target: 'apple-news' }));
  assert.deepEqual(
    [...files.keys()],
    [
      'article.json',
      ...story.figures.map((f) => `figure-${f.id}.json`),
      'chart-detentions-damage.json',
      ...story.quotes.map((q) => `quote-${q.id}.json`),
      'detentions-damage.png',
    ],
  );
  const article = JSON.parse(files.get('article.json'));
  assert.deepEqual(formatProblems(article), []);
  assert.equal(article.identifier, story.id);
  assert.equal(article.title, story.title);
  assert.equal(article.language, 'en');
  for (const [name, content] of files) {
    if (!name.endsWith('.json') || name === 'article.json') continue;
    const part = JSON.parse(content);
    assert.deepEqual(formatProblems(part, false), [], name);
    assert.deepEqual(part.components, [article.components.find((c) => c.identifier === name.replace(/\.json$/, ''))], name);
  }
  const all = [...components(article.components)];
  for (const component of all) if (component.text) assert.deepEqual(anfTextProblems(component.text), [], component.text);
  const ids = all.flatMap((c) => (c.identifier ? [c.identifier] : []));
  assert.equal(new Set(ids).size, ids.length, 'identifiers are unique');
  // The chart: its picture from the bundle, with the text alternative, and its data table.
  const figure = all.find((c) => c.role === 'figure');
  assert.equal(figure.URL, 'bundle://detentions-damage.png');
  assert.equal(figure.accessibilityCaption, story.charts[0].description);
  assert.equal(pngSize(files.get('detentions-damage.png')).width, 1200);
  const table = all.find((c) => c.role === 'datatable');
  assert.deepEqual(table.data.records, [
    { x: 'January 2022 unrest', 'series-0': 'more than 5,000', 'series-1': 'more than $200,000,000' },
  ]);
  // A label that names its unit already ("People detained", in people) is not followed by it again.
  assert.deepEqual(
    table.data.descriptors.map((d) => d.label),
    ['Category', 'People detained', 'Estimated damage (US dollars)'],
  );
});

test('apple-news: qualifiers, notes and sources survive; paraphrases are body text without quotation marks, direct quotes pull quotes', async () => {
  const direct = structuredClone(story);
  direct.quotes[0].kind = 'direct';
  const article = JSON.parse(byName(await render(direct, { target: 'apple-news' })).get('article.json'));
  const text = [...components(article.components)]
    .flatMap((c) => [c.text ?? '', c.caption ?? '', ...(c.data?.records.flatMap(Object.values) ?? [])])
    .map((t) => textOf(parseFragment(t)).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' | ');
  for (const expected of [
    'More than 5,000 | people detained in the unrest | Source: Sputnik · As of January 9, 2022',
    'More than $200M | in estimated damage | The report does not say who made the estimate.',
    'At least 1 | police officer beheaded (confirmed)',
    `Notes: ${story.charts[0].notes}`,
    ...story.notes,
    'Sources: Sputnik, TASS',
    'Updated January 9, 2022',
    ...story.quotes.flatMap((q) => (q.context ? [q.context] : [])),
  ])
    assert.ok(text.includes(expected), `the article has "${expected}"\n${text}`);
  const quotes = article.components.filter((c) => c.identifier?.startsWith('quote-'));
  const [first, ...paraphrases] = quotes;
  assert.deepEqual(
    first.components.slice(0, 2).map((c) => [c.role, textOf(parseFragment(c.text)).trim()]),
    [
      ['pullquote', `“${story.quotes[0].text}”`],
      ['pullquote', '— Kassym-Jomart Tokayev, President of Kazakhstan'],
    ],
  );
  for (const [i, quote] of paraphrases.entries()) {
    const source = story.quotes[i + 1];
    assert.equal(quote.components[0].role, 'body');
    assert.equal(textOf(parseFragment(quote.components[0].text)).trim(), source.text, 'no quotation marks');
    assert.equal(
      textOf(parseFragment(quote.components[1].text)).trim(),
      `Kassym-Jomart Tokayev, President of Kazakhstan${source.source ? ', as reported by TASS' : ''}`,
    );
  }
});

test('the XSS fixtures stay text in both targets: no script, no on*, no tag the format rejects, http(s) links only', async () => {
  for (const { name, payload } of hostilePayloads()) {
    const page = byName(await render(payload, { target: 'static' }));
    for (const [file, content] of page)
      if (file.endsWith('.html')) assert.deepEqual(staticProblems(content, page), [], `${name}: ${file}`);
    // Shown as text, less the control characters HTML cannot carry.
    const title = withoutControlCharacters(payload.title).replace(/\s+/g, ' ');
    assert.ok(shownText(page.get('index.html')).includes(title), `${name}: shown as text`);
    const anf = byName(await render(payload, { target: 'apple-news' }));
    for (const [file, content] of anf) {
      if (!file.endsWith('.json')) continue;
      const document = JSON.parse(content);
      assert.deepEqual(formatProblems(document, file === 'article.json'), [], `${name}: ${file}`);
      for (const component of components(document.components))
        if (component.text) assert.deepEqual(anfTextProblems(component.text), [], `${name}: ${file}`);
    }
    assert.equal(
      JSON.parse(anf.get('article.json')).title,
      payload.title,
      `${name}: the title is plain text, as the format wants`,
    );
  }
});

test('every language the widgets have renders in every target: en, ru, kk', async () => {
  for (const lang of ['en', 'ru', 'kk']) {
    const ui = strings(lang);
    const page = byName(await render(storyText, { target: 'static', lang })).get('index.html');
    assert.match(page, new RegExp(`<html lang="${lang}">`));
    const text = shownText(page);
    assert.ok(text.includes(`${ui.sources}: Sputnik, TASS`), `${lang}: ${ui.sources}`);
    assert.ok(text.includes(ui.notes), `${lang}: ${ui.notes}`);
    if (lang !== 'en')
      assert.match(
        page,
        /<figcaption><p[^>]* lang="en">people detained in the unrest/,
        `${lang}: the payload's own text keeps its language`,
      );
    const article = JSON.parse(byName(await render(storyText, { target: 'apple-news', lang })).get('article.json'));
    assert.equal(article.language, lang);
    assert.deepEqual(formatProblems(article), [], lang);
    assert.ok(JSON.stringify(article).includes(ui.updated), `${lang}: ${ui.updated}`);
  }
  // The qualifier in each language's own place: before the number in Russian, after it (with its case ending) in Kazakh.
  for (const [lang, headline] of [
    ['ru', /Более 5\s000 people detained/],
    ['kk', /5\s000\u2011нан астам people detained.* Кемінде 1 police officer/],
  ]) {
    const text = shownText(byName(await render(storyText, { target: 'static', lang })).get('index.html'));
    assert.match(text, headline, lang);
  }
});

test('a point with no value keeps its note, in the static table and in the Apple News data table', async () => {
  const payload = structuredClone(story);
  payload.charts[0].series[0].data[0] = { x: 'January 2022 unrest', y: null, note: 'not reported yet' };
  const page = shownText(byName(await render(payload, { target: 'static' })).get('chart-detentions-damage.html'));
  assert.match(page, /January 2022 unrest no value not reported yet more than \$200,000,000/);
  const article = JSON.parse(byName(await render(payload, { target: 'apple-news' })).get('article.json'));
  const table = [...components(article.components)].find((c) => c.role === 'datatable');
  assert.equal(table.data.records[0]['series-0'], 'no value (not reported yet)');
});

test('Apple News: an article needs an id and a title; metadata dates are full date-times in UTC', async () => {
  const bare = structuredClone(story);
  delete bare.id;
  delete bare.title;
  await assert.rejects(render(bare, { target: 'apple-news' }), (error) => {
    assert.deepEqual(
      error.problems.map((p) => p.path),
      ['id', 'title'],
    );
    return true;
  });
  assert.equal((await render(bare, { target: 'static' })).length, 13, 'the static target does without');
  for (const [updated, expected] of [
    ['2022-01-09', '2022-01-09T00:00:00+00:00'],
    ['2022-01-09T10:00', '2022-01-09T10:00:00+00:00'],
    ['2022-01-09T10:00:00.123456+06:00', '2022-01-09T04:00:00+00:00'],
  ]) {
    const article = JSON.parse(byName(await render({ ...story, updated }, { target: 'apple-news' })).get('article.json'));
    assert.equal(article.metadata.dateModified, expected, updated);
  }
});

test('ids that differ only in case are refused: their files would be one on a case-insensitive disk', async () => {
  const payload = structuredClone(story);
  payload.charts.push({ ...structuredClone(story.charts[0]), id: 'Detentions-Damage' });
  await assert.rejects(render(payload, { target: 'static' }), (error) => {
    assert.deepEqual(
      error.problems.map((p) => p.path),
      ['charts[1].id'],
    );
    return true;
  });
});

test('a chart too tall for a picture at 2× is drawn at a lower density, and past 6,000 pixels not at all', async () => {
  const bars = (n) => {
    const payload = structuredClone(story);
    payload.charts[0].series = [
      { id: 's', label: 'S', data: Array.from({ length: n }, (_, i) => ({ x: `row ${i}`, y: i + 1 })) },
    ];
    return payload;
  };
  const tall = byName(await render(bars(60), { target: 'apple-news' }));
  const size = pngSize(tall.get('detentions-damage.png'));
  assert.ok(size.height <= 6000 && size.height > 4000, `${size.width}×${size.height}`);
  const notices = [];
  const huge = byName(await render(bars(400), { target: 'static', onNotice: (m) => notices.push(m) }));
  assert.ok(![...huge.keys()].some((name) => name.endsWith('.png')));
  assert.ok(!huge.get('chart-detentions-damage.html').includes('<img'));
  assert.match(notices.join('\n'), /chart "detentions-damage" is too tall for a picture/);
  assert.equal(shownText(huge.get('chart-detentions-damage.html')).match(/row \d+/g).length, 400, 'every row in the table');
});

test('writeRendered puts every file back when a move fails halfway', async () => {
  const { moves } = await import('../../lib/server/render-cli.js');
  const dir = mkdtempSync(join(tmpdir(), 'nw-render-'));
  const real = moves.rename;
  try {
    await writeRendered(await render(storyText, { target: 'static' }), dir);
    const before = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]));
    let calls = 0;
    moves.rename = async (from, to) => {
      calls += 1;
      if (calls === 9) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      return real(from, to);
    };
    await assert.rejects(writeRendered(await render(storyText, { target: 'static', lang: 'ru' }), dir), /disk full/);
    assert.ok(calls >= 9);
    assert.deepEqual(Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))])), before, 'as it was');
  } finally {
    moves.rename = real;
    rmSync(dir, { recursive: true, force: true });
  }
});

test('render: bad data and bad options throw RenderError with every problem and its path', async () => {
  const bad = readFileSync(join(root, 'test/fixtures/bad-several-problems.json'), 'utf8');
  const expected = parsePayload(bad).problems.map((p) => p.path);
  await assert.rejects(render(bad, { target: 'static' }), (error) => {
    assert.ok(error instanceof RenderError);
    assert.deepEqual(
      error.problems.map((p) => p.path),
      expected,
    );
    return true;
  });
  await assert.rejects(render(storyText, { target: 'pdf', lang: 'en_US', width: 12 }), (error) => {
    assert.deepEqual(
      error.problems.map((p) => p.path),
      ['--target', '--lang', '--width'],
    );
    return true;
  });
  await assert.rejects(render('{', { target: 'static' }), /not valid JSON/);
});

test('CLI render: files written into DIR; bad data, bad options or an unreadable file exit 1 and leave DIR as it was', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nw-render-'));
  try {
    const out = join(dir, 'out');
    const good = cli(['render', 'demo/data/kazakhstan-unrest-2022.json', '--target', 'static', '--out', out]);
    assert.equal(good.status, 0, good.stderr);
    assert.equal(readdirSync(out).length, 13);
    assert.match(good.stderr, /chart pictures are drawn with the font/);
    // Rendering again over the same folder replaces its files and keeps the others.
    writeFileSync(join(out, 'mine.txt'), 'kept');
    const again = cli([
      'render',
      'demo/data/kazakhstan-unrest-2022.json',
      '--target',
      'apple-news',
      '--out',
      out,
      '--lang',
      'kk',
    ]);
    assert.equal(again.status, 0, again.stderr);
    assert.equal(readFileSync(join(out, 'mine.txt'), 'utf8'), 'kept');
    assert.equal(JSON.parse(readFileSync(join(out, 'article.json'), 'utf8')).language, 'kk');
    const before = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f))]));

    const bad = cli(['render', 'test/fixtures/bad-several-problems.json', '--target', 'static', '--out', out]);
    assert.equal(bad.status, 1);
    const paths = parsePayload(readFileSync(join(root, 'test/fixtures/bad-several-problems.json'), 'utf8')).problems.map(
      (p) => p.path,
    );
    assert.ok(paths.length > 2);
    for (const path of paths) assert.ok(bad.stderr.includes(`: ${path}: `), `${path} in\n${bad.stderr}`);
    const options = cli([
      'render',
      'demo/data/kazakhstan-unrest-2022.json',
      '--target',
      'pdf',
      '--width',
      'wide',
      '--lang',
      'x_1',
      '--out',
      out,
    ]);
    assert.equal(options.status, 1);
    for (const path of ['--target', '--width', '--lang']) assert.match(options.stderr, new RegExp(`: ${path}: `));
    const missing = cli(['render', join(dir, 'nope.json'), '--target', 'static', '--out', out]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /cannot read .*nope\.json \(ENOENT\)/);
    assert.deepEqual(Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f))])), before, 'DIR as it was');
    assert.deepEqual(readdirSync(dir), ['out'], 'no staging folder left behind');

    const fresh = join(dir, 'fresh');
    assert.equal(cli(['render', 'test/fixtures/bad-several-problems.json', '--target', 'apple-news', '--out', fresh]).status, 1);
    assert.ok(!existsSync(fresh), 'no folder made for bad data');
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const notFolder = cli(['render', 'demo/data/kazakhstan-unrest-2022.json', '--target', 'static', '--out', file]);
    assert.equal(notFolder.status, 1);
    assert.match(notFolder.stderr, /is not a folder/);
    assert.equal(cli(['render', 'demo/data/kazakhstan-unrest-2022.json', '--out', out]).status, 2, 'no --target: usage');
    const font = cli([
      'render',
      'demo/data/kazakhstan-unrest-2022.json',
      '--target',
      'static',
      '--out',
      out,
      '--font',
      join(dir, 'no.ttf'),
    ]);
    assert.equal(font.status, 1);
    assert.match(font.stderr, /: --font: cannot load the font file/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('CLI render without @napi-rs/canvas: one notice, and each chart is its text and data table', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nw-render-'));
  try {
    for (const target of ['static', 'apple-news']) {
      const out = join(dir, target);
      const run = cli(['render', 'demo/data/kazakhstan-unrest-2022.json', '--target', target, '--out', out], {
        node: ['--import', './test/support/no-canvas.mjs'],
      });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stderr.match(/@napi-rs\/canvas is not installed/g)?.length, 1, run.stderr);
      assert.ok(!readdirSync(out).some((f) => f.endsWith('.png')));
      if (target === 'static') {
        const page = readFileSync(join(out, 'chart-detentions-damage.html'), 'utf8');
        assert.ok(!page.includes('<img'));
        assert.match(page, /<table/);
      } else {
        const article = JSON.parse(readFileSync(join(out, 'article.json'), 'utf8'));
        const all = [...components(article.components)];
        assert.ok(!all.some((c) => c.role === 'figure'));
        assert.ok(all.some((c) => c.role === 'datatable'));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
