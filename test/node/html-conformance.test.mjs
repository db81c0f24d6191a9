// The HTML this project writes, checked by the W3C Nu HTML Checker (vnu-jar, on
// Java 17; test/support/vnu.mjs): 0 errors in the pre-rendered demo article
// (written fresh by scripts/prerender-demo.mjs), pre-rendered pages of every
// widget (elements, <div data-nw>, the embed snippets) in en, ru and kk, each
// view drawn on Node (error panels included), every file of the static target
// in every language, and the demo pages. One checker run over all of them.
// From the compiled lib/ (run `npm run build` first).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { embedSnippet, sanitizerSafeSnippet } from '../../lib/payload/embed-snippet.js';
import { prerender, render, sourceReader, writeRendered } from '../../lib/server/index.js';
import { checkHtml, describeErrors } from '../support/vnu.mjs';
import { storyWithEveryVector } from '../support/hostile-payloads.mjs';
import { chartForms } from './chart-forms-payload.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const storyText = readFileSync(join(root, 'demo/data/kazakhstan-unrest-2022.json'), 'utf8');
const story = JSON.parse(storyText);
const LANGS = ['en', 'ru', 'kk'];

/**
 * What the story payload does not have: a direct quote with its source's
 * link, date and context, a quote with no source, a date figure, percent and
 * currency figures with notes and as-of dates, a line chart over dates with a
 * gap, and a horizontal chart of two series in panels.
 */
const wider = {
  version: 1,
  id: 'conformance',
  locale: 'en',
  title: 'Turnout in the city election',
  description: 'Every kind of widget, for the HTML checker.',
  updated: '2024-03-18',
  sources: {
    wire: { name: 'Wire service', url: 'https://example.org/wire' },
    office: { name: 'Statistics office' },
  },
  figures: [
    {
      id: 'turnout',
      label: 'turnout',
      value: 61.2,
      format: 'percent',
      qualifier: 'about',
      source: ['wire', 'office'],
      asOf: '2024-03-17',
      note: 'Preliminary count.',
    },
    { id: 'day', label: 'election day', value: '2024-03-17', format: 'date' },
    { id: 'cost', label: 'spent on the vote', value: 1250000, format: 'currency', currency: 'EUR', qualifier: 'up-to' },
  ],
  charts: [
    {
      id: 'trend',
      title: 'Turnout by day',
      description: 'Share of voters who had voted, by day.',
      type: 'line',
      x: { type: 'date', label: 'Day' },
      series: [
        {
          id: 'share',
          label: 'Turnout',
          unit: '%',
          data: [
            { x: '2024-03-15', y: 12 },
            { x: '2024-03-16', y: null },
            { x: '2024-03-17', y: 61.2, qualifier: 'about', note: 'Preliminary.' },
          ],
        },
      ],
      source: 'wire',
      notes: 'Polling stations closed at 20:00.',
    },
    {
      id: 'districts',
      type: 'bar',
      orientation: 'horizontal',
      layout: 'panels',
      series: [
        {
          id: 'north',
          label: 'North',
          data: [
            { x: 'Monday', y: 3 },
            { x: 'Tuesday', y: 5 },
          ],
        },
        {
          id: 'south',
          label: 'South',
          currency: 'EUR',
          data: [
            { x: 'Monday', y: 4000 },
            { x: 'Tuesday', y: 2500 },
          ],
        },
      ],
      source: ['office'],
    },
  ],
  quotes: [
    {
      id: 'count',
      text: 'We will count every vote.',
      speaker: 'Ana Official',
      kind: 'direct',
      role: 'chair of the election commission',
      source: 'wire',
      date: '2024-03-17',
      context: 'At a briefing after the polls closed.',
    },
    { id: 'unsourced', text: 'Counting goes on through the night.', speaker: 'Ben Clerk' },
  ],
  notes: ['All figures are preliminary.'],
};

/** The test pages' widgets (test/pages/widgets.fragment.html), the story inline, as the test server serves them. */
const storyScript = `<script type="application/json" id="story">\n${storyText.trim().replace(/</g, '\\u003c')}\n</script>`;
const fragment = readFileSync(join(root, 'test/pages/widgets.fragment.html'), 'utf8').replace(
  '<!-- nw:story -->',
  () => storyScript,
);

/** One page of every widget in `lang`: elements, plain-markup divs and both embed snippets. */
function fixturePage(lang) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Every widget, pre-rendered (${lang})</title>
</head>
<body>
<main>
<h1>Every widget, pre-rendered</h1>
${fragment}
<script type="application/json" id="wider">${JSON.stringify(wider).replace(/</g, '\\u003c')}</script>
<nw-figure-grid payload-id="wider"><p>Turnout about 61.2%.</p></nw-figure-grid>
<nw-figure-card payload-id="wider" figure="day" theme="dark"></nw-figure-card>
<nw-figure-card payload-id="wider" figure="cost" theme="auto"></nw-figure-card>
<nw-chart payload-id="wider" chart="trend" heading-level="2"></nw-chart>
<nw-chart payload-id="wider" chart="districts" show-table no-download theme="dark"></nw-chart>
<nw-quote payload-id="wider" quote="count"></nw-quote>
<nw-quote payload-id="wider" quote="unsourced" theme="dark"></nw-quote>
<nw-quote speaker="Kassym-Jomart Tokayev" speaker-role="President" source="TASS" source-url="https://tass.com/" date="2022-01-07">Fallback text.</nw-quote>
<nw-embed payload-id="wider" theme="dark"></nw-embed>
<div data-nw="figure-card" data-figure="detained" data-src="story.json"><p>More than 5,000 people detained (Sputnik)</p></div>
<div data-nw="figure-grid" data-figures="damage,militants" data-src="story.json"></div>
<div data-nw="chart" data-show-table data-src="story.json"></div>
<div data-nw="quote" data-quote="tokayev-militants" data-src="story.json"></div>
<div data-nw="embed" data-src="wider.json"></div>
<div data-nw="figure-card" data-value="12.5" data-format="percent" data-label="turnout" data-source="Wire"></div>
${sanitizerSafeSnippet(story, { src: 'story.json' })}
${embedSnippet(story, { scriptUrl: '/dist/newsroom-widgets.js' })}
</main>
</body>
</html>
`;
}

/** The story with every attack string of the XSS fixtures in its free text. */
function hostileStory() {
  const { vectors } = JSON.parse(readFileSync(join(root, 'test/fixtures/xss-vectors.json'), 'utf8'));
  return storyWithEveryVector(story, vectors);
}

const page = (lang, title, body) =>
  `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
const htmlFiles = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => join(dir, name));

let work;
/** @type {Map<string, string[]>} the files of each group */
const groups = new Map();
/** @type {import('../support/vnu.mjs').VnuError[]} */
let errors;
let checkerError;
let knownBad;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'nw-html-conformance-'));

  // The demo article, pre-rendered by the build's own script into a folder of ours.
  const demoOut = join(work, 'demo-prerendered');
  execFileSync(process.execPath, [join(root, 'scripts/prerender-demo.mjs'), '--out', demoOut], { cwd: root, stdio: 'pipe' });
  groups.set('the pre-rendered demo article (scripts/prerender-demo.mjs)', htmlFiles(demoOut));

  // Every widget, pre-rendered by the prerender API, in each language; and the hostile story.
  const pages = join(work, 'prerendered');
  mkdirSync(pages);
  const payloadFiles = { 'story.json': storyText, 'wider.json': JSON.stringify(wider) };
  const readSrc = async (url) => payloadFiles[url] ?? sourceReader(root, root)(url);
  for (const lang of LANGS) writeFileSync(join(pages, `widgets-${lang}.html`), await prerender(fixturePage(lang), { readSrc }));
  writeFileSync(
    join(pages, 'hostile-en.html'),
    page('en', 'Hostile text, pre-rendered', await prerender(embedSnippet(hostileStory()), { pictures: false })),
  );
  writeFileSync(
    join(pages, 'chart-forms-en.html'),
    page('en', 'Chart forms, pre-rendered', await prerender(embedSnippet(chartForms))),
  );
  groups.set('pre-rendered pages of every widget (prerender API, en/ru/kk)', htmlFiles(pages));

  // Each view drawn on Node with Lit's SSR (the cases test/views/node-parity.test.ts compares), in a shadow root.
  const views = join(work, 'views');
  mkdirSync(views);
  const cases = JSON.parse(
    execFileSync(process.execPath, [join(root, 'test/support/render-views.mjs')], { encoding: 'utf8', maxBuffer: 64 << 20 }),
  );
  cases.forEach(({ name, html }, i) => {
    const lang = name.slice(0, 2);
    const file = `${String(i).padStart(3, '0')}-${name.replace(/[^\w]+/g, '-').replace(/-$/, '')}.html`;
    writeFileSync(join(views, file), page(lang, name, `<div><template shadowrootmode="open">${html}</template></div>`));
  });
  groups.set('every view drawn on Node (test/support/view-cases.js)', htmlFiles(views));

  // Every file of the static target: in every language, for the wider payload, the smallest, the hostile one and the chart forms.
  const statics = join(work, 'static');
  for (const lang of LANGS) await writeRendered(await render(story, { target: 'static', lang }), join(statics, lang));
  await writeRendered(await render(wider, { target: 'static' }), join(statics, 'wider'));
  const minimal = readFileSync(join(root, 'test/fixtures/minimal.json'), 'utf8');
  await writeRendered(await render(minimal, { target: 'static' }), join(statics, 'minimal'));
  await writeRendered(await render(hostileStory(), { target: 'static', pictures: false }), join(statics, 'hostile'));
  for (const lang of LANGS)
    await writeRendered(await render(chartForms, { target: 'static', lang }), join(statics, `chart-forms-${lang}`));
  groups.set('every file of the static target (render API, en/ru/kk)', htmlFiles(statics));

  // The demo pages as they are in the repository (the pre-rendered one is checked fresh above).
  const demo = join(root, 'demo');
  groups.set(
    'the demo pages (demo/*.html)',
    readdirSync(demo)
      .filter((name) => name.endsWith('.html') && name !== 'prerendered.html')
      .sort()
      .map((name) => join(demo, name)),
  );

  // A page the checker must fault, to know that it ran and reads what Lit SSR writes for an empty template.
  knownBad = join(work, 'known-bad.html');
  writeFileSync(knownBad, page('en', 'Known bad', '<p>An empty Lit template: <?></p>'));

  try {
    errors = await checkHtml([knownBad, ...[...groups.values()].flat()]);
  } catch (error) {
    checkerError = error;
  }
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the Nu HTML Checker runs (Java 17 and vnu-jar) and sees what Lit SSR writes for an empty template', () => {
  if (checkerError) throw checkerError;
  const found = errors.filter((error) => error.file === knownBad);
  assert.equal(found.length, 1, describeErrors(found, [work]));
  assert.match(found[0].message, /Saw “<\?”/);
});

test('no Lit template in src/ ends in a binding (Lit SSR writes `<?>` after it): nothing, text or a list instead', () => {
  const found = [];
  const visit = (file, source) => {
    const walk = (node) => {
      if (ts.isTaggedTemplateExpression(node) && /^(html|svg|mathml)$/.test(node.tag.getText(source))) {
        const template = node.template;
        const last = ts.isNoSubstitutionTemplateLiteral(template) ? template.text : template.templateSpans.at(-1).literal.text;
        if (last === '') {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
          found.push(`${file}:${line + 1}: ${node.getText(source).replace(/\s+/g, ' ').slice(0, 100)}`);
        }
      }
      ts.forEachChild(node, walk);
    };
    walk(source);
  };
  const src = join(root, 'src');
  for (const name of readdirSync(src, { recursive: true }).filter((n) => n.endsWith('.ts') && !n.endsWith('.d.ts'))) {
    const text = readFileSync(join(src, name), 'utf8');
    visit(`src/${name}`, ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true));
  }
  assert.deepEqual(found, []);
});

for (const name of [
  'the pre-rendered demo article (scripts/prerender-demo.mjs)',
  'pre-rendered pages of every widget (prerender API, en/ru/kk)',
  'every view drawn on Node (test/support/view-cases.js)',
  'every file of the static target (render API, en/ru/kk)',
  'the demo pages (demo/*.html)',
]) {
  test(`0 errors from the Nu HTML Checker: ${name}`, () => {
    if (checkerError) throw checkerError;
    const files = groups.get(name);
    assert.ok(files.length > 0, 'there are files to check');
    const mine = errors.filter((error) => files.includes(error.file));
    assert.equal(
      mine.length,
      0,
      `${mine.length} errors in ${new Set(mine.map((e) => e.file)).size} of ${files.length} files:\n${describeErrors(mine, [work, root])}`,
    );
  });
}
