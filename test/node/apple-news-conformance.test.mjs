// The `apple-news` target's article.json held to what reads it: Apple's rules
// for an ArticleDocument and for every object the target writes
// (test/support/apple-news-format.mjs, each rule with the Apple page it comes
// from), and a type check against a maintained Apple News Format type package
// (@wanews/apple-news-format, ANF 1.26) with TypeScript itself. The demo story
// and payloads that have every widget kind, in every shipped language, from
// the compiled lib/ (run `npm run build:lib` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '../../lib/server/index.js';
import { articleProblems } from '../support/apple-news-format.mjs';
import { storyWithVector } from '../support/hostile-payloads.mjs';
import { chartForms } from './chart-forms-payload.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const story = JSON.parse(readFileSync(join(root, 'demo/data/kazakhstan-unrest-2022.json'), 'utf8'));
const { vectors } = JSON.parse(readFileSync(join(root, 'test/fixtures/xss-vectors.json'), 'utf8'));
const LANGUAGES = ['en', 'ru', 'kk'];
const QUALIFIERS = ['more-than', 'at-least', 'about', 'up-to', 'fewer-than'];

/** A series of `n` points, one with no value (and a note), some with qualifiers. */
const points = (n, x, y) =>
  Array.from({ length: n }, (_, i) =>
    i === 2 ? { x: x(i), y: null, note: 'not reported' } : { x: x(i), y: y(i), ...(i % 3 ? {} : { qualifier: 'about' }) },
  );
const day = (i) => `2024-03-${String(i + 1).padStart(2, '0')}`;

/**
 * Every widget kind the target writes: figures in every format and with every
 * qualifier, note, source (with and without a link, one and several) and date;
 * charts of every type, orientation and layout (vertical and horizontal bars,
 * shared and panels, lines over dates, bars and a line together, a point with
 * no value, a chart with nothing but its data); direct quotes and paraphrases
 * with and without role, source, date and context; notes, sources, "Updated".
 */
const everyKind = {
  version: 1,
  id: 'every-widget-kind_2024',
  locale: 'en',
  title: 'Every kind of widget',
  description: 'Every figure format and qualifier, every chart form and both kinds of quote.',
  updated: '2024-03-05T10:30:00+06:00',
  sources: { wire: { name: 'Wire', url: 'https://example.org/wire' }, agency: { name: 'Agency' } },
  figures: [
    { id: 'exact', label: 'an exact count', value: 1234 },
    ...QUALIFIERS.map((qualifier, i) => ({
      id: `figure-${qualifier}`,
      label: `a count, ${qualifier}`,
      value: 5000 * (i + 1),
      qualifier,
      source: 'wire',
      asOf: '2024-03-01',
    })),
    {
      id: 'damage',
      label: 'in damage',
      value: 200_000_000,
      format: 'currency',
      currency: 'USD',
      notation: 'compact',
      qualifier: 'more-than',
      source: ['wire', 'agency'],
      note: 'An estimate.',
    },
    { id: 'budget', label: 'in the budget', value: 1_250_000, format: 'currency', currency: 'EUR', notation: 'standard' },
    { id: 'turnout', label: 'turnout', value: 42.5, format: 'percent', qualifier: 'about', source: 'agency' },
    { id: 'until', label: 'in force until', value: '2024-03-19', format: 'date', source: 'agency' },
  ],
  charts: [
    {
      id: 'bars',
      title: 'Two series of bars',
      description: 'Bars by region.',
      type: 'bar',
      x: { type: 'category', label: 'Region' },
      series: [
        {
          id: 'a',
          label: 'Arrests',
          unit: 'people',
          color: '#1f77b4',
          data: points(
            5,
            (i) => `Region ${i + 1}`,
            (i) => 100 * (i + 1),
          ),
        },
        {
          id: 'b',
          label: 'Injuries',
          unit: 'people',
          data: points(
            5,
            (i) => `Region ${i + 1}`,
            (i) => 40 * (i + 1),
          ),
        },
      ],
      source: 'wire',
      notes: 'Regions as the report names them.',
    },
    {
      id: 'panels',
      title: 'Panels of horizontal bars',
      type: 'bar',
      orientation: 'horizontal',
      layout: 'panels',
      series: [
        { id: 'people', label: 'People', unit: 'people', data: [{ x: 'Total', y: 5000, qualifier: 'more-than' }] },
        { id: 'money', label: 'Damage', currency: 'USD', data: [{ x: 'Total', y: 200_000_000, qualifier: 'more-than' }] },
      ],
      source: ['wire', 'agency'],
    },
    {
      id: 'lines',
      title: 'Lines over dates',
      type: 'line',
      x: { type: 'date' },
      layout: 'shared',
      series: [
        { id: 'c', label: 'Cases', data: points(12, day, (i) => 10 + i * i) },
        { id: 'd', label: 'Deaths', data: points(12, day, (i) => i) },
      ],
    },
    {
      id: 'mixed',
      title: 'Bars and a line',
      series: [
        {
          id: 'e',
          label: 'Monthly',
          type: 'bar',
          data: points(
            4,
            (i) => `Q${i + 1}`,
            (i) => 10 * (i + 1),
          ),
        },
        {
          id: 'f',
          label: 'Trend',
          type: 'line',
          data: points(
            4,
            (i) => `Q${i + 1}`,
            (i) => 12 * (i + 1),
          ),
        },
      ],
    },
    { id: 'bare', series: [{ id: 'g', label: 'Values', data: [{ x: 'One', y: 1 }] }] },
  ],
  quotes: [
    {
      id: 'direct-full',
      kind: 'direct',
      text: 'Order has been restored.',
      speaker: 'A. Speaker',
      role: 'Minister',
      source: 'wire',
      date: '2024-03-02',
      context: 'Said at a briefing.',
    },
    { id: 'direct-bare', kind: 'direct', text: 'We will rebuild.', speaker: 'B. Speaker' },
    { id: 'paraphrase-sourced', kind: 'paraphrase', text: 'The talks will go on.', speaker: 'C. Speaker', source: 'agency' },
    {
      id: 'paraphrase-dated',
      kind: 'paraphrase',
      text: 'Prices will be capped.',
      speaker: 'D. Speaker',
      role: 'Mayor',
      date: '2024-03-03',
    },
  ],
  notes: ['Figures as reported.', 'Generated data for this test.'],
};

/** The longest ids there are: an article id and widget ids of 64 characters. */
const longest = (() => {
  const id = (letter) => letter.repeat(64);
  return {
    version: 1,
    id: `${'x'.repeat(62)}_9`,
    title: 'Ids at their longest',
    figures: [{ id: id('f'), label: 'a figure', value: 1 }],
    charts: [{ id: id('c'), series: [{ id: id('s'), label: 'S', data: [{ x: 'a', y: 1 }] }] }],
    quotes: [{ id: id('q'), text: 'Words.', speaker: 'Someone' }],
  };
})();

/** Optional text an editor left blank: the article leaves it out rather than writing a component that shows nothing. */
const blanks = {
  version: 1,
  id: 'blank-text',
  title: 'Blank optional text',
  description: '  ',
  charts: [
    {
      id: 'c',
      title: ' ',
      description: '\n',
      notes: ' ',
      x: { type: 'category', label: ' ' },
      series: [{ id: 's', label: 'S', data: [{ x: 'a', y: 1 }] }],
    },
  ],
  quotes: [{ id: 'q', text: 'Words.', speaker: 'Someone', role: ' ', context: '\t' }],
  notes: [' '],
};

/** The payloads, each in every language. */
const PAYLOADS = {
  'the demo story': story,
  'every widget kind': everyKind,
  'one figure and nothing else': {
    version: 1,
    id: 'one',
    title: 'One figure',
    figures: [{ id: 'one', label: 'a figure', value: 1 }],
  },
  'one chart and nothing else': { version: 1, id: 'chart-only', title: 'One chart', charts: [everyKind.charts[2]] },
  'quotes and nothing else': {
    version: 1,
    id: 'quotes-only',
    title: 'Quotes',
    sources: everyKind.sources,
    quotes: everyKind.quotes,
  },
  'ids at their longest': longest,
  'blank optional text': blanks,
  'the chart forms': chartForms,
};

/** Language tags as editors write them, in --lang or in the payload's locale: the article's language is the registry's code. */
const TAGS = [
  { name: 'the story with --lang EN', payload: story, lang: 'EN' },
  { name: 'the story with --lang en-US-u-nu-arab', payload: story, lang: 'en-US-u-nu-arab' },
  { name: 'the story with locale "RU-ru"', payload: { ...story, locale: 'RU-ru' } },
  { name: 'the story with locale "kk-cyrl-kz"', payload: { ...story, locale: 'kk-cyrl-kz' } },
];

/** The story with one of the XSS fixtures' attack strings in every free text. */
const hostile = ({ name, vector }) => ({ name: `XSS fixture "${name}"`, payload: storyWithVector(story, vector) });

/** article.json and the names of the files beside it, for one payload in one language. */
async function articleOf(payload, lang, options = {}) {
  const files = await render(payload, { target: 'apple-news', lang, ...options });
  const article = files.find((file) => file.name === 'article.json');
  assert.ok(article, 'article.json is written');
  return { json: article.content, article: JSON.parse(article.content), bundle: files.map((file) => file.name) };
}

/** Every payload in every language (and the language tags), rendered once, on first use, for the rules and the type check. */
let renderedOnce;
const rendered = () => (renderedOnce ??= renderAll());
async function renderAll() {
  const list = [];
  for (const [name, payload] of Object.entries(PAYLOADS))
    for (const lang of LANGUAGES) list.push({ name: `${name} (${lang})`, ...(await articleOf(payload, lang)) });
  for (const { name, payload, lang } of TAGS) list.push({ name, ...(await articleOf(payload, lang, { pictures: false })) });
  return list;
}

test('article.json meets Apple’s ArticleDocument rules and those of every object in it: every widget kind, en/ru/kk', async () => {
  const articles = await rendered();
  const problems = articles.flatMap(({ name, article, bundle }) =>
    articleProblems(article, { bundle }).map((p) => `${name}: ${p}`),
  );
  assert.deepEqual(problems, []);
  // What the rules looked at: every component role and object the target writes.
  const roles = new Set();
  const visit = (list) => list?.forEach((component) => (roles.add(component.role), visit(component.components)));
  for (const { article } of articles) visit(article.components);
  assert.deepEqual([...roles].sort(), [
    'body',
    'caption',
    'container',
    'datatable',
    'divider',
    'figure',
    'heading2',
    'heading3',
    'intro',
    'pullquote',
    'title',
  ]);
});

test('article.json meets the rules with the XSS fixtures in every free text', async () => {
  const problems = [];
  for (const { name, payload } of vectors.map(hostile)) {
    const { article, bundle } = await articleOf(payload, 'en', { pictures: false });
    problems.push(...articleProblems(article, { bundle }).map((p) => `${name}: ${p}`));
  }
  assert.deepEqual(problems, []);
});

test('optional text left blank is left out; the language is the registry’s code for the tag given', async () => {
  const { article } = await articleOf(blanks, 'en', { pictures: false });
  const shape = (list) => list.map((c) => (c.components ? { [c.role]: shape(c.components) } : c.role));
  assert.deepEqual(shape(article.components), [
    'title',
    { container: ['datatable'] },
    'divider',
    { container: ['pullquote', 'pullquote'] },
  ]);
  assert.equal(article.components[1].components[0].data.descriptors[0].label, 'Category');
  assert.equal(article.components[3].components[1].text, '— <strong>Someone</strong>');
  assert.equal(article.metadata.excerpt, undefined);
  const languages = [];
  for (const { payload, lang } of TAGS) languages.push((await articleOf(payload, lang, { pictures: false })).article.language);
  assert.deepEqual(languages, ['en', 'en-US', 'ru-RU', 'kk-Cyrl-KZ']);
});

test('the rules catch what they are for', async () => {
  const { article, bundle } = await articleOf(PAYLOADS['one figure and nothing else'], 'en');
  const broken = (change) => {
    const copy = structuredClone(article);
    change(copy);
    return articleProblems(copy, { bundle }).map((problem) => problem.replace(/ \(https:[^)]*\)$/, ''));
  };
  assert.deepEqual(
    broken((a) => delete a.componentTextStyles.default),
    ['componentTextStyles.default: required: every article.json must have a component text style named default'],
  );
  assert.match(broken((a) => (a.language = 'en-u-nu-arab')).join(), /^language: /);
  assert.match(broken((a) => (a.language = 'EN')).join(), /^language: /);
  assert.match(broken((a) => (a.components[1].components[0].text = '<p> </p>')).join(), /text: "<p> <\/p>" shows no text/);
  assert.match(broken((a) => (a.identifier = 'a'.repeat(65))).join(), /^identifier: /);
  assert.match(broken((a) => (a.identifier = 'ü')).join(), /^identifier: /);
  assert.match(broken((a) => (a.version = '1.6')).join(), /^version: 1\.6 is earlier than 1\.7/);
  assert.match(broken((a) => (a.components = [])).join(), /^components: /);
  assert.match(broken((a) => (a.layout.width = 200)).join(), /^layout\.width: leaves no room/);
  assert.match(broken((a) => (a.components[1].components[0].textStyle = 'nope')).join(), /textStyle: "nope" is not defined/);
  assert.match(broken((a) => (a.components[1].style = 'nope')).join(), /style: "nope" is not defined/);
  assert.match(broken((a) => a.components.push(structuredClone(a.components[1]))).join(), /identifiers must be unique/);
  assert.match(broken((a) => delete a.components[0].text).join(), /components\[0\]\.text: required/);
  assert.match(broken((a) => (a.metadata.dateModified = '2024-03-05')).join(), /^metadata\.dateModified: /);
  assert.match(
    broken((a) => a.components.push({ role: 'figure', URL: 'bundle://missing.png' })).join(),
    /URL: no file missing\.png beside article\.json/,
  );
});

/**
 * Type-checks each article against @wanews/apple-news-format's ArticleDocument
 * with TypeScript: one .ts file per article (`const article:
 * AppleNews.ArticleDocument = …`), all in one `tsc --noEmit` run in a
 * temporary folder. Returns tsc's output, status and the files' names.
 */
function typeCheck(articles) {
  const dir = mkdtempSync(join(tmpdir(), 'nw-anf-types-'));
  try {
    const types = join(dirname(require.resolve('@wanews/apple-news-format/package.json')), 'lib/index.d.ts');
    const files = articles.map(({ name, json }, i) => {
      const file = `article-${i}.ts`;
      writeFileSync(
        join(dir, file),
        `// ${name.replace(/\s+/g, ' ')}\nimport type { AppleNews } from '@wanews/apple-news-format';\n\n` +
          `export const article: AppleNews.ArticleDocument = ${json.trim()};\n`,
      );
      return file;
    });
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'ES2022',
          module: 'ES2022',
          moduleResolution: 'bundler',
          types: [],
          skipLibCheck: false,
          paths: { '@wanews/apple-news-format': [types] },
        },
        files,
      }),
    );
    const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '--noEmit', '-p', dir], {
      cwd: dir,
      encoding: 'utf8',
    });
    return { status: tsc.status, output: `${tsc.stdout}${tsc.stderr}`, files };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('article.json type-checks against @wanews/apple-news-format’s ArticleDocument (one tsc run for every article)', async () => {
  const articles = await rendered();
  // A control that must fail, so that a check that passes is one that ran: a body component with no text.
  const control = structuredClone(articles[0].article);
  control.components.push({ role: 'body', format: 'html' });
  const { status, output, files } = typeCheck([
    ...articles,
    { name: 'control: a body with no text', json: JSON.stringify(control) },
  ]);
  const controlFile = files.at(-1);
  const errors = output.split('\n').filter((line) => /error TS\d+/.test(line));
  assert.ok(
    errors.some((line) => line.startsWith(controlFile)),
    `tsc finds the control's error\n${output}`,
  );
  assert.equal(status, 2, output);
  assert.deepEqual(
    errors.filter((line) => !line.startsWith(controlFile)),
    [],
    `every rendered article type-checks (${articles.map((a, i) => `${files[i]}: ${a.name}`).join('; ')})`,
  );
});
