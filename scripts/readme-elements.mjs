// Writes the README's element reference from custom-elements.json, so the two
// cannot drift. `--check` exits 1 when the README is out of date (npm test runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { WIDGETS } from '../lib/widgets.js';

const START = '<!-- ELEMENTS:START -->';
const END = '<!-- ELEMENTS:END -->';
/** The widgets in the order of their definitions (`src/widgets.ts`; run after the build). */
const ORDER = WIDGETS.map((widget) => widget.tag);
const readme = new URL('../README.md', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));

const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\n+/g, ' ').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
const byTag = new Map(declarations.map((d) => [d.tagName, d]));

function section(d) {
  const own = (item) => !item.inheritedFrom;
  const lines = [`#### \`<${d.tagName}>\``, '', cell(d.summary ?? d.description), ''];
  const attributes = (d.attributes ?? []).filter((a) => a.name);
  lines.push('| attribute | property | type | default | description |', '|---|---|---|---|---|');
  for (const a of [...attributes.filter(own), ...attributes.filter((a) => !own(a))]) {
    lines.push(
      `| ${code(a.name)} | ${code(a.fieldName)} | ${code(a.type?.text)} | ${code(a.default)} | ${cell(a.description)} |`,
    );
  }
  const properties = (d.members ?? []).filter(
    (m) =>
      m.kind === 'field' &&
      !m.attribute &&
      m.privacy !== 'private' &&
      m.privacy !== 'protected' &&
      !m.static &&
      m.description &&
      !m.readonly,
  );
  for (const p of properties) lines.push(`| | ${code(p.name)} | ${code(p.type?.text)} | | ${cell(p.description)} |`);
  lines.push('');
  const events = (d.events ?? []).filter((e) => e.name?.startsWith('nw-') && e.description);
  if (events.length) lines.push(`**Events:** ${events.map((e) => `${code(e.name)} (${cell(e.description)})`).join('; ')}.`, '');
  const parts = d.cssParts ?? [];
  if (parts.length) lines.push(`**Parts:** ${parts.map((p) => `${code(p.name)} ${cell(p.description)}`).join(' · ')}`, '');
  const slots = d.slots ?? [];
  if (slots.length)
    lines.push(`**Slots:** ${slots.map((s) => `${s.name ? code(s.name) : 'default'}: ${cell(s.description)}`).join(' · ')}`, '');
  const props = d.cssProperties ?? [];
  if (props.length) lines.push(`**CSS custom properties:** ${props.map((p) => code(p.name)).join(', ')}`, '');
  return lines.join('\n');
}

const missing = ORDER.filter((tag) => !byTag.has(tag));
if (missing.length) {
  console.error(`custom-elements.json has no ${missing.join(', ')}: run npm run build first`);
  process.exit(1);
}
const generated = [START, '', ...ORDER.map((tag) => section(byTag.get(tag))), END].join('\n');
const text = readFileSync(readme, 'utf8');
const updated = text.replace(new RegExp(`${START}[\\s\\S]*?${END}`), generated);
if (process.argv.includes('--check')) {
  if (updated !== text) {
    console.error('README.md element reference is out of date: run `node scripts/readme-elements.mjs`.');
    process.exit(1);
  }
  console.log('README.md element reference matches custom-elements.json');
} else {
  writeFileSync(readme, updated);
  console.log('README.md element reference written');
}
