// Tables for the terminal and for RESULTS.md, from the same rows.
import { KB } from '../budgets.mjs';

export const kb = (bytes) => (typeof bytes === 'number' ? `${(bytes / KB).toFixed(1)} KB` : 'n/a');
export const ms = (value) => (typeof value === 'number' ? `${Math.round(value)} ms` : 'n/a');
export const ratio = (value) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? `${value.toFixed(2)}×` : 'n/a');
/** a / b when both are measured, else null. */
export const divide = (a, b) => (typeof a === 'number' && typeof b === 'number' && b > 0 ? a / b : null);
export const mib = (bytes) => (typeof bytes === 'number' ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : 'n/a');
export const mark = (ok) => (ok === true ? 'met' : ok === false ? 'MISSED' : 'n/a');

/** Fixed-width text table. */
export function textTable(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell ?? '')));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** Markdown table. */
export function markdownTable(headers, rows) {
  const esc = (cell) => String(cell ?? '').replace(/\|/g, '\\|');
  return [`| ${headers.map(esc).join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(esc).join(' | ')} |`)].join('\n');
}

/** Sections of { title, headers, rows, note? } rendered both ways. */
export function renderSections(sections, format) {
  return sections
    .map((section) => {
      const table = format === 'markdown' ? markdownTable(section.headers, section.rows) : textTable(section.headers, section.rows);
      const title = format === 'markdown' ? `### ${section.title}` : `== ${section.title}`;
      const note = section.note ? (format === 'markdown' ? `\n\n${section.note}` : `\n${section.note}`) : '';
      return `${title}\n\n${table}${note}`;
    })
    .join('\n\n');
}
