// The static target's index.html as a newsletter, checked against caniemail's
// data (caniemail.com) by the two checkers that read it, `caniemail` and
// `@jsx-email/doiuse-email`, for Gmail, Outlook (Windows, the Windows Mail app
// and Outlook.com), Apple Mail and Yahoo. Every finding, "not supported" or
// "partially supported", must be one of HARMLESS below: each entry says what
// that client does with the feature and why nothing of the content or its
// meaning is lost. The README lists the same ("Newsletters and RSS"). Runs
// on the compiled lib/ (`npm run build:lib` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'parse5';
import { caniemail } from 'caniemail';
import { DoIUseEmail } from '@jsx-email/doiuse-email';
// caniemail 1.x checks only the clients of this list, which leaves out Outlook.com
// ("outlook.outlook-com") although its data has it: the list is added to here, as
// doiuse-email's `emailClients` is below.
import { clientNames } from '../../node_modules/caniemail/dist/clients.js';
import { render } from '../../lib/server/index.js';
import { everyKind, storyText } from '../support/static-payloads.mjs';
import { chartForms } from './chart-forms-payload.mjs';

const CLIENTS = [
  'gmail.desktop-webmail',
  'gmail.ios',
  'gmail.android',
  'gmail.mobile-webmail',
  'outlook.windows',
  'outlook.windows-mail',
  'outlook.outlook-com',
  'apple-mail.macos',
  'apple-mail.ios',
  'yahoo.desktop-webmail',
  'yahoo.ios',
  'yahoo.android',
];
if (!clientNames.includes('outlook.outlook-com')) clientNames.push('outlook.outlook-com');

const GMAIL = ['gmail.desktop-webmail', 'gmail.ios', 'gmail.android', 'gmail.mobile-webmail'];
const GMAIL_APPS = ['gmail.ios', 'gmail.android'];
const OUTLOOK_WINDOWS = ['outlook.windows', 'outlook.windows-mail'];
const YAHOO = ['yahoo.desktop-webmail', 'yahoo.ios', 'yahoo.android'];
const YAHOO_APPS = ['yahoo.ios', 'yahoo.android'];

/** The declarations of an element's style attribute. */
const declarations = (style = '') =>
  style
    .split(';')
    .filter((declaration) => declaration.includes(':'))
    .map((declaration) => {
      const colon = declaration.indexOf(':');
      return { property: declaration.slice(0, colon).trim().toLowerCase(), value: declaration.slice(colon + 1).trim() };
    });

/** Every element of the page: tag, attributes, style declarations. */
const pageElements = (html) =>
  [...elements(parse(html))].map((element) => ({
    tag: element.tagName,
    attrs: Object.fromEntries(element.attrs.map((a) => [a.name, a.value])),
    style: declarations(element.attrs.find((a) => a.name === 'style')?.value),
  }));

/** Problems: each use of a CSS property (or a property matching `pattern`) that `ok(value, tag)` does not accept. */
const onlyWhere = (page, pattern, ok) =>
  page.flatMap(({ tag, style }) =>
    style
      .filter(({ property }) => (typeof pattern === 'string' ? property === pattern : pattern.test(property)))
      .filter(({ value }) => !ok(value, tag))
      .map(({ property, value }) => `<${tag} style="${property}:${value}">`),
  );

/** Problems: elements of these tags, with what they have. */
const noneOf = (page, tags, has = () => true) =>
  page.filter(({ tag, attrs }) => tags.includes(tag) && has(attrs)).map(({ tag, attrs }) => `<${tag} ${Object.keys(attrs)}>`);

/** The elements Outlook on Windows, Outlook.com (all but <time>) and Yahoo strip or ignore (caniemail's "HTML5 semantics"). */
const HTML5_SEMANTICS = [
  'article',
  'aside',
  'details',
  'figcaption',
  'figure',
  'footer',
  'header',
  'main',
  'mark',
  'nav',
  'section',
  'summary',
  'time',
];

/**
 * What a client does with an HTML5 element's style when it strips the element:
 * drops it. Only the rule above a widget may be lost that way (border-top, the
 * space under it, a margin of 0): nothing that separates widgets or marks a title.
 */
const strippedStyles = (page) =>
  page
    .filter(({ tag }) => HTML5_SEMANTICS.includes(tag))
    .flatMap(({ tag, style }) =>
      style
        .filter(
          ({ property, value }) =>
            !(
              property === 'border-top' ||
              (property === 'margin' && value === '0') ||
              (property === 'padding' && /^\d+px 0 0$/.test(value))
            ),
        )
        .map(({ property, value }) => `<${tag} style="${property}:${value}">`),
    );

/**
 * What remains, and why it loses nothing: per feature (caniemail's title), the
 * clients and their support for it ("none" or "partial"), why it is harmless
 * and, where the reason rests on what the output uses, `holds(page)`: the
 * places where the output does not keep to that (none, or the test fails). A
 * finding not listed here fails the test; so does an entry no page needs, so
 * that the list stays what remains.
 */
const HARMLESS = [
  {
    feature: '<body> element',
    support: 'none',
    clients: YAHOO_APPS,
    why: 'The <body> carries only margin:0 (a browser would add 8px); the look (font, colour, padding, width) is on the <div> inside it, which these clients keep.',
    holds: (page) => onlyWhere(page, /./, (value, tag) => tag !== 'body' || value === '0'),
  },
  {
    feature: '<body> element',
    support: 'partial',
    clients: [...GMAIL, 'outlook.outlook-com', 'yahoo.desktop-webmail'],
    why: 'The <body> is replaced by a <div>: it carries only margin:0; everything else is on the <div> inside it.',
    holds: (page) => onlyWhere(page, /./, (value, tag) => tag !== 'body' || value === '0'),
  },
  {
    feature: 'HTML5 semantics',
    support: 'none',
    clients: [...OUTLOOK_WINDOWS, ...YAHOO],
    why: '<article>, <figure>, <figcaption> and <time> are stripped or ignored; their text stays, in order. No style that carries meaning is on them: the space between widgets is on the <div> around each <figure>, a chart title is a styled <p> inside its <figcaption>. What goes is the hairline above each widget and the machine-readable datetime (the date shown stays).',
    holds: strippedStyles,
  },
  {
    feature: 'HTML5 semantics',
    support: 'partial',
    clients: GMAIL,
    why: 'Only <details>, <main>, <nav> and <summary> are replaced, and the output has none of them.',
    holds: (page) => noneOf(page, ['details', 'main', 'nav', 'summary']),
  },
  {
    feature: 'HTML5 semantics',
    support: 'partial',
    clients: ['outlook.outlook-com'],
    why: 'Only <time> is kept; <article>, <figure> and <figcaption> are stripped and their text kept, as in Outlook on Windows.',
    holds: strippedStyles,
  },
  {
    feature: 'white-space',
    support: 'none',
    clients: OUTLOOK_WINDOWS,
    why: 'white-space:nowrap keeps a figure\'s value on one line; without it a value with a space may wrap ("January 19, / 2022"). Every word stays, and a number never splits (its digit groups are joined by commas or no-break spaces).',
    holds: (page) => onlyWhere(page, 'white-space', (value, tag) => value === 'nowrap' && tag === 'span'),
  },
  {
    feature: 'white-space',
    support: 'partial',
    clients: [...GMAIL_APPS, ...YAHOO_APPS],
    why: 'Not with non-Google accounts in the Gmail apps, no `pre` in Yahoo: only nowrap is used, and without it a value may wrap, as above.',
    holds: (page) => onlyWhere(page, 'white-space', (value) => value === 'nowrap'),
  },
  {
    feature: 'margin',
    support: 'partial',
    clients: [...GMAIL, ...OUTLOOK_WINDOWS, 'outlook.outlook-com', ...YAHOO],
    why: 'No negative margins and no backgrounds are used; Outlook on Windows ignores margin:auto (the column is not centred) and margins on <body> and <span>: only spacing changes.',
    holds: (page) => [
      ...onlyWhere(page, /^margin/, (value) => !value.includes('-')),
      ...onlyWhere(page, /^background/, () => false),
    ],
  },
  {
    feature: 'padding',
    support: 'partial',
    clients: OUTLOOK_WINDOWS,
    why: 'Padding only in table cells: the page, the widgets and a quote lose some inner space; the table keeps its own.',
  },
  {
    feature: 'line-height',
    support: 'partial',
    clients: OUTLOOK_WINDOWS,
    why: 'The trouble is with em and px line heights; only unitless ones are used.',
    holds: (page) => onlyWhere(page, 'line-height', (value) => /^\d+(\.\d+)?$/.test(value)),
  },
  {
    feature: 'font-size',
    support: 'partial',
    clients: [...OUTLOOK_WINDOWS, ...YAHOO],
    why: 'rem, relative and percentage sizes are not supported; only px sizes are used.',
    holds: (page) => onlyWhere(page, 'font-size', (value) => /^\d+px$/.test(value)),
  },
  {
    feature: 'font-weight',
    support: 'partial',
    clients: [...OUTLOOK_WINDOWS, ...YAHOO],
    why: 'Outlook shows 600 and up as bold, Yahoo takes multiples of 100 only: only 600 and 700 are used, bold everywhere.',
    holds: (page) => onlyWhere(page, 'font-weight', (value) => ['600', '700'].includes(value)),
  },
  {
    feature: 'max-width',
    support: 'partial',
    clients: OUTLOOK_WINDOWS,
    why: "Only on tables: the text is as wide as Outlook's reading pane rather than the page's width; the chart's picture keeps the width its attribute states (Outlook ignores CSS widths on <img>), which fits a 600px newsletter.",
    holds: (page) => onlyWhere(page, 'max-width', (value, tag) => tag === 'div' || tag === 'img'),
  },
  {
    feature: 'max-width',
    support: 'partial',
    clients: ['apple-mail.ios', 'yahoo.ios'],
    why: 'Not on tables, and max-width is only on the page <div> and the picture.',
    holds: (page) => onlyWhere(page, 'max-width', (value, tag) => tag === 'div' || tag === 'img'),
  },
  {
    feature: 'display',
    support: 'partial',
    clients: [...GMAIL_APPS, ...OUTLOOK_WINDOWS, ...YAHOO],
    why: "Only display:block on the chart's picture: Outlook on Windows leaves the picture inline (a few pixels of line space under it); the values Gmail and Yahoo lack (flex, grid, …) are not used.",
    holds: (page) => onlyWhere(page, 'display', (value, tag) => value === 'block' && tag === 'img'),
  },
  {
    feature: 'text-align',
    support: 'partial',
    clients: [...GMAIL_APPS, ...OUTLOOK_WINDOWS, ...YAHOO],
    why: 'Only start and end are missing; left and right are used.',
    holds: (page) => onlyWhere(page, 'text-align', (value) => ['left', 'right'].includes(value)),
  },
  {
    feature: '<ul>, <ol> and <dl>',
    support: 'partial',
    clients: [...GMAIL, ...OUTLOOK_WINDOWS, 'outlook.outlook-com', ...YAHOO],
    why: 'What is missing is reversed on <ol> and value on <li>; the notes are a plain <ul>.',
    holds: (page) => [
      ...noneOf(page, ['ol'], (attrs) => 'reversed' in attrs),
      ...noneOf(page, ['li'], (attrs) => 'value' in attrs),
    ],
  },
  {
    feature: 'lang attribute',
    support: 'partial',
    clients: YAHOO,
    why: 'Not on <td>; lang is only on paragraphs, spans, lists and whole tables.',
    holds: (page) => noneOf(page, ['td', 'th'], (attrs) => 'lang' in attrs),
  },
  {
    feature: 'width attribute',
    support: 'partial',
    clients: ['outlook.windows'],
    why: "Outlook bases percentage widths on the file and does not scale attribute sizes at 120 dpi: the picture's sizes are in pixels; at worst it shows smaller on a 120 dpi screen.",
    holds: (page) => noneOf(page, ['img'], (attrs) => !/^\d+$/.test(attrs.width) || !/^\d+$/.test(attrs.height)),
  },
  {
    feature: 'height attribute',
    support: 'partial',
    clients: ['outlook.windows'],
    why: 'As for the width attribute: pixel sizes, at worst smaller at 120 dpi.',
    holds: (page) => noneOf(page, ['img'], (attrs) => !/^\d+$/.test(attrs.height)),
  },
  {
    feature: 'border',
    support: 'partial',
    clients: OUTLOOK_WINDOWS,
    why: 'At most 8px, and unreliable on <p> and <div>: the borders are 1px to 4px, on tables, cells, a <figure> and a <blockquote>, none on <p> or <div>; a lost rule leaves the text as it is.',
    holds: (page) =>
      onlyWhere(
        page,
        /^border(-top|-bottom|-left|-right)?$/,
        (value, tag) => !['p', 'div'].includes(tag) && !/\b(9|\d\d+)px/.test(value),
      ),
  },
  {
    feature: 'height property',
    support: 'partial',
    clients: ['outlook.windows'],
    why: "caniemail finds it in line-height (it matches property names by substring). The one height is height:auto on the chart's picture, which Outlook ignores on <img> as it ignores width:100%: the picture keeps the size its attributes state.",
    holds: (page) => onlyWhere(page, 'height', (value, tag) => value === 'auto' && tag === 'img'),
  },
  {
    feature: 'height property',
    support: 'none',
    clients: YAHOO,
    why: "caniemail finds it in line-height (by substring), which Yahoo keeps. The one height is height:auto on the chart's picture, which Yahoo turns into min-height:auto: the picture keeps its stated height while width:100% fits it to the column, so in a column not as wide as the picture it is stretched or squeezed vertically; every bar and label stays, in proportion along each axis, and the data table under it has every value.",
    holds: (page) => onlyWhere(page, 'height', (value, tag) => value === 'auto' && tag === 'img'),
  },
  {
    feature: 'width property',
    support: 'partial',
    clients: ['outlook.windows'],
    why: "caniemail finds it in max-width (by substring). The one width is width:100% on the chart's picture, which Outlook ignores on <img>: the picture keeps the width its attribute states.",
    holds: (page) => onlyWhere(page, 'width', (value, tag) => tag === 'img'),
  },
  {
    feature: '<rt> element',
    support: 'none',
    clients: ['gmail.desktop-webmail', 'gmail.ios', 'gmail.mobile-webmail', ...OUTLOOK_WINDOWS],
    why: 'A mistake of the checker: caniemail matches tag names by substring, and "article" contains "rt". The output has no <rt>.',
    holds: (page) => noneOf(page, ['rt']),
  },
  {
    feature: '<rt> element',
    support: 'partial',
    clients: ['gmail.android'],
    why: 'The same mistake: the output has no <rt>.',
    holds: (page) => noneOf(page, ['rt']),
  },
];

/** Every element of a parsed document, in order. */
function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (!child.tagName) continue;
    yield child;
    yield* elements(child);
  }
}

/** Every finding of both checkers for one page: "feature | support | client" (support: none or partial). */
function findings(html) {
  const found = new Set();
  const { issues } = caniemail({ clients: CLIENTS, html });
  for (const [support, map] of [
    ['none', issues.errors],
    ['partial', issues.warnings],
  ])
    for (const [client, list] of map) for (const { title } of list) found.add(`${title} | ${support} | ${client}`);
  const doiuse = new DoIUseEmail({ emailClients: CLIENTS });
  doiuse.emailClients = CLIENTS; // outlook.outlook-com included
  const result = doiuse.check(html);
  for (const [support, list] of [
    ['none', result.errors ?? []],
    ['partial', result.warnings],
  ])
    for (const message of list) {
      const [, title, client] = /^`(.+)` is (?:not|only partially) supported by `(.+)`$/.exec(message) ?? [];
      assert.ok(title && client, `a doiuse-email message this test reads: ${message}`);
      found.add(`${title} | ${support} | ${client}`);
    }
  return found;
}

const allowed = (finding) => {
  const [feature, support, client] = finding.split(' | ');
  return HARMLESS.find((entry) => entry.feature === feature && entry.support === support && entry.clients.includes(client));
};

const pages = [];
for (const [name, payload] of [
  ['the demo story', storyText],
  ['a payload with every kind of widget', everyKind()],
  ['a payload of the chart forms', chartForms],
])
  for (const lang of ['en', 'ru'])
    pages.push({
      name: `${name} (${lang})`,
      load: async () => (await render(payload, { target: 'static', lang })).find((f) => f.name === 'index.html').content,
    });

test('the checkers see every client: Outlook.com is checked too', () => {
  const html = '<!doctype html><html><body style="margin:0"><p>x</p></body></html>';
  assert.ok(caniemail({ clients: CLIENTS, html }).issues.warnings.has('outlook.outlook-com'), 'caniemail');
  const doiuse = new DoIUseEmail({ emailClients: CLIENTS });
  doiuse.emailClients = CLIENTS;
  assert.ok(
    doiuse.check(html).warnings.some((message) => message.endsWith('`outlook.outlook-com`')),
    'doiuse-email',
  );
});

const seen = new Set();
for (const page of pages)
  test(`static index.html of ${page.name}: every caniemail finding for Gmail, Outlook, Apple Mail and Yahoo is a harmless one`, async () => {
    const html = await page.load();
    const found = findings(html);
    for (const finding of found) seen.add(finding);
    const unexplained = [...found].filter((finding) => !allowed(finding)).sort();
    assert.deepEqual(unexplained, [], `findings not in the list of harmless ones:\n${unexplained.join('\n')}`);
    // Each reason holds for this page: what it says the output uses is what it uses.
    const elementsOfPage = pageElements(html);
    const broken = [...new Set([...found].map(allowed))].flatMap((entry) =>
      (entry.holds?.(elementsOfPage) ?? []).map((problem) => `${entry.feature} (${entry.support}): ${problem}`),
    );
    assert.deepEqual([...new Set(broken)], [], `findings that lose content or meaning:\n${[...new Set(broken)].join('\n')}`);
  });

test('every entry of the list of harmless findings is still found (the list is what remains, no more)', () => {
  assert.ok(seen.size > 0, 'the pages were checked');
  const stale = HARMLESS.flatMap((entry) =>
    entry.clients.map((client) => `${entry.feature} | ${entry.support} | ${client}`).filter((finding) => !seen.has(finding)),
  );
  assert.deepEqual(stale, [], 'entries no page needs');
});
