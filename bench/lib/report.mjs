// Tables for the terminal and for RESULTS.md, from the same rows.
import { KB } from '../budgets.mjs';

export const kb = (bytes) => (typeof bytes === 'number' ? `${(bytes / KB).toFixed(1)} KB` : 'n/a');
export const ms = (value) => (typeof value === 'number' ? `${Math.round(value)} ms` : 'n/a');
export const ratio = (value) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? `${value.toFixed(2)}×` : 'n/a';
/** a / b when both are measured, else null. */
export const divide = (a, b) => (typeof a === 'number' && typeof b === 'number' && b > 0 ? a / b : null);
export const mib = (bytes) => (typeof bytes === 'number' ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : 'n/a');
export const mark = (ok) => (ok === true ? 'met' : ok === false ? 'MISSED' : 'n/a');

/** An error's message, first line only, for a table or the log. */
export const firstLine = (error) => String(error.message ?? error).split('\n')[0];

/** A timed load's first cells (compareLoads): name, median, min–max, and the median over `floor`. */
export const timingCells = (name, r, floor) => [name, ms(r.median), `${ms(r.min)}–${ms(r.max)}`, ratio(divide(r.median, floor))];

/** A timed load's steps (compareLoads' phases), in time order: "x.js requested 12 → … → drawn 80". */
export const steps = (r) =>
  Object.entries(r.phases ?? {})
    .sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0))
    .map(([phase, value]) => `${phase} ${Math.round(value ?? NaN)}`)
    .join(' → ');

/** A timed load's failures: how many loads failed, and each distinct widget error. */
export const loadNotes = (r) =>
  [
    r.failed ? `${r.failed} of ${r.samples.length} loads failed` : '',
    ...new Set((r.errors ?? []).map((e) => e.code ?? e.message)),
  ]
    .filter(Boolean)
    .join('; ');

/** Fixed-width text table. */
export function textTable(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell ?? '')));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** Markdown table. */
export function markdownTable(headers, rows) {
  const esc = (cell) => String(cell ?? '').replace(/\|/g, '\\|');
  return [
    `| ${headers.map(esc).join(' | ')} |`,
    `|${headers.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(esc).join(' | ')} |`),
  ].join('\n');
}

/** Sections of { title, headers, rows, note? } rendered both ways. */
export function renderSections(sections, format) {
  return sections
    .map((section) => {
      const table =
        format === 'markdown' ? markdownTable(section.headers, section.rows) : textTable(section.headers, section.rows);
      const title = format === 'markdown' ? `### ${section.title}` : `== ${section.title}`;
      const note = section.note ? (format === 'markdown' ? `\n\n${section.note}` : `\n${section.note}`) : '';
      return `${title}\n\n${table}${note}`;
    })
    .join('\n\n');
}
