// The widget definitions (src/widgets.ts) against everything else that names
// a widget: the Custom Elements Manifest, package.json, the element classes the
// server draws with, the plain-markup attributes, the entries and the event map.
// `disagreements` lists every mismatch; the tests run it on the real files and
// on copies with one thing changed, so a drift cannot pass unseen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WIDGETS } from '../../lib/widgets.js';
import { attributesOf } from '../../lib/internal/definition.js';
import { plainAttribute, PLAIN_MARKUP_NAMES } from '../../lib/internal/plain-attributes.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path) => readFileSync(`${root}/${path}`, 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const pkg = JSON.parse(read('package.json'));
const { widgetElement } = await import('../../lib/server/widgets.js');

/** Attributes the manifest lists that no definition names: written by pre-rendering only. */
const SERVER_ONLY = ['defer-hydration'];
/** Attributes a definition names that the element inherits from HTML itself: a plain-markup div passes `data-lang` on. */
const FROM_HTML = ['lang'];
const EVENTS = ['nw-load', 'nw-render', 'nw-error', 'nw-update'];
/** Attributes read with getAttribute when the payload loads, not observed. */
const READ_ONCE = ['refresh'];

const sorted = (list) => [...new Set(list)].sort();
const same = (a, b) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

/** The manifest's custom elements. */
function declarationsOf(cem) {
  return cem.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
}

/** Every way the definitions and the other lists disagree, in words. */
function disagreements({ widgets, cem, packageJson, eventMap }) {
  const found = [];
  const declarations = declarationsOf(cem);
  for (const widget of widgets) {
    const declaration = declarations.find((candidate) => candidate.tagName === widget.tag);
    if (!declaration) {
      found.push(`${widget.tag}: not in custom-elements.json`);
      continue;
    }
    if (declaration.name !== widget.className)
      found.push(`${widget.tag}: class ${declaration.name} in the manifest, ${widget.className} in its definition`);
    const declared = (declaration.attributes ?? [])
      .map((attribute) => attribute.name)
      .filter((name) => !SERVER_ONLY.includes(name));
    const defined = attributesOf(widget).filter((name) => !FROM_HTML.includes(name));
    if (!same(declared, defined))
      found.push(`${widget.tag}: attributes ${sorted(declared)} in the manifest, ${sorted(defined)} in its definition`);
    const events = (declaration.events ?? []).map((event) => event.name);
    for (const name of EVENTS) if (!events.includes(name)) found.push(`${widget.tag}: the manifest lists no ${name}`);
    for (const name of events) if (!eventMap.includes(name)) found.push(`${widget.tag}: ${name} is not in WidgetEventMap`);
    const entry = `./lib/elements/${widget.name}/${widget.name}.js`;
    const exported = packageJson.exports[`./${widget.name}`];
    if (exported?.default !== entry || exported?.types !== entry.replace(/\.js$/, '.d.ts'))
      found.push(`${widget.tag}: package.json exports "./${widget.name}" is not ${entry} with its types`);
    if (!packageJson.sideEffects.includes(entry)) found.push(`${widget.tag}: package.json sideEffects lacks ${entry}`);
  }
  for (const declaration of declarations)
    if (!widgets.some((widget) => widget.tag === declaration.tagName))
      found.push(`${declaration.tagName}: in custom-elements.json, with no definition`);
  return found;
}

const eventMap = [...read('lib/internal/events.d.ts').matchAll(/^\s+'(nw-[a-z-]+)':/gm)].map((match) => match[1]);
const real = () => ({ widgets: WIDGETS, cem: structuredClone(manifest), packageJson: structuredClone(pkg), eventMap });

test('the widget definitions agree with custom-elements.json, package.json and the event map', () => {
  assert.equal(WIDGETS.length, 5);
  assert.deepEqual(disagreements(real()), []);
});

test('a definition that drifts from the manifest or package.json is caught', () => {
  const withAttribute = real();
  withAttribute.widgets = WIDGETS.map((w) =>
    w.tag === 'nw-quote' ? { ...w, attributes: [...w.attributes, 'lang-of-text'] } : w,
  );
  assert.match(disagreements(withAttribute).join('\n'), /nw-quote: attributes/);

  const renamed = real();
  declarationsOf(renamed.cem).find((d) => d.tagName === 'nw-chart').name = 'NwChart';
  assert.match(disagreements(renamed).join('\n'), /nw-chart: class NwChart/);

  const noExport = real();
  delete noExport.packageJson.exports['./figure-grid'];
  noExport.packageJson.sideEffects = noExport.packageJson.sideEffects.filter((path) => !path.includes('figure-grid'));
  const found = disagreements(noExport).join('\n');
  assert.match(found, /nw-figure-grid: package.json exports/);
  assert.match(found, /nw-figure-grid: package.json sideEffects/);

  const noEvent = real();
  noEvent.eventMap = eventMap.filter((name) => name !== 'nw-update');
  assert.match(disagreements(noEvent).join('\n'), /nw-update is not in WidgetEventMap/);

  const extra = real();
  extra.widgets = WIDGETS.filter((w) => w.tag !== 'nw-embed');
  assert.match(disagreements(extra).join('\n'), /nw-embed: in custom-elements.json, with no definition/);
});

test('the typed event map has every event, nw-update and nw-point included', () => {
  assert.deepEqual(sorted(eventMap), sorted([...EVENTS, 'nw-point']));
});

test('each element class observes exactly its definition’s attributes', () => {
  for (const widget of WIDGETS) {
    const observed = widgetElement(widget.tag, []).constructor.observedAttributes.filter((name) => !SERVER_ONLY.includes(name));
    const defined = attributesOf(widget).filter((name) => !FROM_HTML.includes(name) && !READ_ONCE.includes(name));
    assert.deepEqual(sorted(observed), sorted(defined), widget.tag);
  }
});

test('plain markup copies each widget’s own attributes and lang, nothing else', () => {
  assert.deepEqual(
    PLAIN_MARKUP_NAMES,
    WIDGETS.map((widget) => widget.name),
  );
  for (const widget of WIDGETS) {
    for (const name of attributesOf(widget)) assert.equal(plainAttribute(widget.name, `data-${name}`), name);
    for (const name of ['onclick', 'style', 'tabindex', 'nw'])
      assert.equal(plainAttribute(widget.name, `data-${name}`), undefined, `${widget.name} data-${name}`);
  }
});

test('the script-tag entry defines the with-entry widgets and loads the others on first use', () => {
  const entry = read('lib/autoload.js');
  const firstUse = read('lib/first-use.js');
  const index = read('lib/index.d.ts');
  for (const widget of WIDGETS) {
    const imported = entry.includes(`import './elements/${widget.name}/${widget.name}.js'`);
    assert.equal(imported, widget.loads === 'with-entry', `${widget.tag} in lib/autoload.js`);
    const loader = `['${widget.tag}', () => import('./elements/${widget.name}/${widget.name}.js')]`;
    assert.equal(firstUse.includes(loader), widget.loads === 'on-first-use', `${widget.tag} in lib/first-use.js`);
    assert.match(index, new RegExp(`export \\{ ${widget.className} \\}`), `${widget.className} from the npm entry`);
  }
});

test('each widget loader loads a module that exports its class', async () => {
  const { WIDGET_LOADERS } = await import('../../lib/widget-loaders.js');
  for (const widget of WIDGETS) {
    const module = await WIDGET_LOADERS[widget.tag]();
    assert.equal(typeof module[widget.className], 'function', widget.tag);
    assert.equal(module[widget.className].name, widget.className);
  }
});
