// The static target's HTML in an RSS feed, as a real feed reader's sanitizer
// leaves it: Python's feedparser (Debian python3-feedparser). The <body> of
// index.html goes into an RSS 2.0 item's content:encoded, as the README says to
// copy it; feedparser parses the feed and sanitizes the item's HTML (it drops
// elements, attributes such as role, and CSS properties such as max-width and
// gap that are not on its lists); entries[0].content[0].value is what a reader
// shows. Every qualifier, value, label, note, source line, quote attribution,
// the chart's picture with its text alternative and every cell of its data
// table must still be there, in each language. Runs on the compiled lib/
// (`npm run build:lib` first); feedparser is run by test/support/feed-reader.py.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseFragment } from 'parse5';
import { render } from '../../lib/server/index.js';
import { everyKind, storyText } from '../support/static-payloads.mjs';
import { chartForms } from './chart-forms-payload.mjs';

/** feedparser is Debian's, for the system Python (as scripts/provision.mjs installs it). */
const PYTHON = '/usr/bin/python3';
const INSTALL = 'apt-get install -y --no-install-recommends python3-feedparser';
const READER = fileURLToPath(new URL('../support/feed-reader.py', import.meta.url));

/** An RSS 2.0 feed of one item whose content:encoded is `html`. */
const feed = (html) => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Newsroom</title>
<link>https://news.example.org/</link>
<description>Stories</description>
<item>
<title>Story</title>
<link>https://news.example.org/story/</link>
<guid>https://news.example.org/story/</guid>
<content:encoded><![CDATA[${html.replaceAll(']]>', ']]]]><![CDATA[>')}]]></content:encoded>
</item>
</channel>
</rss>
`;

/** Each HTML as feedparser hands it to a reader: entries[0].content[0].value. Fails with the line that installs feedparser when it is missing. */
function sanitized(htmls) {
  const run = spawnSync(PYTHON, ['-I', READER], { input: JSON.stringify(htmls.map(feed)), encoding: 'utf8' });
  if (run.error?.code === 'ENOENT' || run.status === 3)
    assert.fail(`Python's feedparser (for ${PYTHON}) is missing; install it: ${INSTALL}`);
  assert.equal(run.status, 0, run.stderr);
  const { results } = JSON.parse(run.stdout);
  for (const result of results) assert.equal(result.error, undefined, result.error);
  return results.map((result) => result.value);
}

/** Every element under a node, in order. */
function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (!child.tagName) continue;
    yield child;
    yield* elements(child);
  }
}
const attr = (element, name) => element.attrs.find((a) => a.name === name)?.value;
/** Elements inside a line of text; every other element starts a block of its own. */
const INLINE = ['a', 'abbr', 'b', 'bdi', 'cite', 'em', 'i', 'q', 'small', 'span', 'strong', 'sub', 'sup', 'time'];

/** Text as read: a line break and every block are set off by spaces. */
const textOf = (node) => {
  if (node.nodeName === '#text') return node.value;
  const inner = (node.childNodes ?? []).map(textOf).join('');
  return INLINE.includes(node.nodeName) ? inner : ` ${inner} `;
};
const squeeze = (text) => text.replace(/\s+/g, ' ').trim();

/** The text of each block, in order: the text in it and not in a block inside it, a run at a time. */
function orderedBlocks(root) {
  const out = [];
  const walk = (node) => {
    let run = '';
    const flush = () => {
      if (squeeze(run)) out.push(squeeze(run));
      run = '';
    };
    for (const child of node.childNodes ?? []) {
      if (child.nodeName === '#text' || child.nodeName === 'br' || INLINE.includes(child.nodeName)) run += textOf(child);
      else {
        flush();
        walk(child);
      }
    }
    flush();
  };
  walk(root);
  return out;
}

/** What a reader gets from the HTML: its blocks of text, tables (cell texts by row), pictures, which elements have a style. */
function reading(html) {
  const root = parseFragment(html);
  const all = [...elements(root)];
  return {
    blocks: orderedBlocks(root),
    tables: all
      .filter((e) => e.tagName === 'table')
      .map((table) =>
        [...elements(table)]
          .filter((e) => e.tagName === 'tr')
          .map((row) => row.childNodes.filter((c) => c.tagName === 'th' || c.tagName === 'td').map((c) => squeeze(textOf(c)))),
      ),
    images: all
      .filter((e) => e.tagName === 'img')
      .map((img) => ({
        file: attr(img, 'src')?.split('/').pop(),
        alt: attr(img, 'alt'),
        width: attr(img, 'width'),
        height: attr(img, 'height'),
      })),
    styled: all.map((e) => `<${e.tagName}${attr(e, 'style') ? ' style' : ''}>`),
    text: squeeze(textOf(root)),
  };
}

/** The text of a page's <body>: what goes into a feed item. */
const bodyOf = (html) => /<body[^>]*>\n?([\s\S]*?)<\/body>/.exec(html)[1];

/** What must be read, word for word, in the demo story after the sanitizer (besides everything the page had). */
const EXPECTED = {
  en: [
    'More than 5,000',
    'More than $200M',
    'At least 1',
    '20,000',
    'January 19, 2022',
    'people detained in the unrest',
    'Source: Sputnik · As of January 9, 2022',
    'The report does not say who made the estimate.',
    'Kassym-Jomart Tokayev, President of Kazakhstan, as reported by TASS',
    'Kassym-Jomart Tokayev, President of Kazakhstan January 7, 2022',
    'Detentions and damage',
    'Data',
    'more than 5,000',
    'more than $200,000,000',
    'Source: Sputnik',
    'Sources: Sputnik, TASS Updated January 9, 2022',
  ],
  ru: [
    'Более 5 000',
    'Более 200 млн $',
    'Не менее 1',
    '20 000',
    '19 января 2022 г.',
    'people detained in the unrest',
    'Источник: Sputnik · По состоянию на 9 января 2022 г.',
    'Kassym-Jomart Tokayev, President of Kazakhstan, по сообщению TASS',
    'Detentions and damage',
    'более 5 000',
    'более 200 000 000 $',
    'Источники: Sputnik, TASS Обновлено 9 января 2022 г.',
  ],
  kk: ['5 000‑нан астам', 'Кемінде 1', 'Дереккөз: Sputnik · Мәліметтер күні: 2022 ж. 9 қаңтар'],
};

/** Text the payload itself gives (labels, notes, speakers, roles, sources, titles, series, categories, annotations, quotes): all must be read. */
function payloadTexts(payload) {
  return [
    payload.title,
    payload.description,
    ...(payload.notes ?? []),
    ...Object.values(payload.sources ?? {}).map((source) => source.name),
    ...(payload.figures ?? []).flatMap((figure) => [figure.label, figure.note]),
    ...(payload.quotes ?? []).flatMap((quote) => [quote.text, quote.speaker, quote.role, quote.context]),
    ...(payload.charts ?? []).flatMap((chart) => [
      chart.title,
      chart.description,
      chart.notes,
      chart.x?.label,
      ...chart.series.flatMap((series) => [
        series.label,
        ...series.data.flatMap((point) => [chart.x?.type === 'date' ? undefined : point.x, point.note]),
      ]),
      ...(chart.annotations ?? []).map((annotation) => annotation.label),
    ]),
  ]
    .filter(Boolean)
    .map(squeeze);
}

const LANGS = ['en', 'ru', 'kk'];
const cases = [];
for (const [name, payload] of [
  ['the demo story', JSON.parse(storyText)],
  ['a payload with every kind of widget', everyKind()],
  ['a payload of the chart forms', chartForms],
])
  for (const lang of LANGS) cases.push({ name, payload, lang });

test("feedparser's sanitizer runs on what the test reads (it drops max-width and role)", () => {
  const [value] = sanitized(['<div style="max-width:10px;color:#123456" role="note"><p>x</p></div>']);
  assert.match(value, /color: #123456/);
  assert.doesNotMatch(value, /max-width|role=/);
});

test('static index.html in an RSS item, after feedparser: every qualifier, value, label, source, attribution, picture and table cell, in en, ru and kk', async () => {
  const bodies = [];
  for (const item of cases) {
    const files = await render(item.payload, { target: 'static', lang: item.lang });
    item.files = new Set(files.map((file) => file.name));
    bodies.push(bodyOf(files.find((file) => file.name === 'index.html').content));
  }
  const values = sanitized(bodies);
  const problems = [];
  cases.forEach(({ name, payload, lang, files }, i) => {
    const where = `${name} (${lang})`;
    const before = reading(bodies[i]);
    const after = reading(values[i]);
    assert.ok(before.images.length > 0 && before.tables.length > 0, `${where}: a picture and a table to check`);
    assert.ok(!/max-width/.test(values[i]), `${where}: the sanitizer ran`);
    const missing = (list, have) => list.filter((entry) => !have.includes(entry));
    for (const block of missing(before.blocks, after.blocks)) problems.push(`${where}: lost "${block}"`);
    const moved = before.blocks.findIndex((block, at) => after.blocks[at] !== block);
    if (moved >= 0 || after.blocks.length !== before.blocks.length)
      problems.push(`${where}: block ${moved} "${before.blocks[moved]}" became "${after.blocks[moved]}"`);
    if (JSON.stringify(after.tables) !== JSON.stringify(before.tables))
      problems.push(`${where}: the data tables differ: ${JSON.stringify(after.tables)}`);
    // Every element is kept, and none loses its whole style (feedparser drops a style attribute
    // whole when one of its values has a character outside its list, such as a word starting with "-").
    const changed = before.styled.findIndex((element, at) => after.styled[at] !== element);
    if (changed >= 0 || after.styled.length !== before.styled.length)
      problems.push(`${where}: element ${changed} ${before.styled[changed]} became ${after.styled[changed]}`);
    if (JSON.stringify(after.images) !== JSON.stringify(before.images))
      problems.push(`${where}: the pictures differ: ${JSON.stringify(after.images)}`);
    for (const image of after.images) {
      if (!image.alt?.trim()) problems.push(`${where}: ${image.file} has no text alternative`);
      if (!files.has(image.file)) problems.push(`${where}: ${image.file} is not a file of the output`);
    }
    for (const text of payloadTexts(payload)) if (!after.text.includes(text)) problems.push(`${where}: lost "${text}"`);
    if (name === 'the demo story')
      for (const block of missing(EXPECTED[lang], after.blocks)) problems.push(`${where}: no ${block}`);
  });
  assert.deepEqual(problems, [], problems.join('\n'));
});
