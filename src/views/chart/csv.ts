/**
 * The chart's data as a CSV file. In the script builds this is a chunk of its own (`chunks/chart-csv-[hash].js`),
 * loaded when a reader first reaches for the "Download CSV" link (src/elements/chart/csv-file.ts).
 */
import type { ChartStrings } from '../../format/strings.js';
import type { Model } from './model.js';

/** Quotes a CSV field when it needs it; text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvField(value: string | number | null | undefined): string {
  let field = String(value ?? '');
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(field)) field = `'${field}`;
  return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * The data as CSV: a header row (the x label, then per series its header),
 * one row per x with the raw value, and after a series' values a column of
 * each end of its ranges, one of its qualifier codes and one of its notes,
 * when it has any. Starts with a
 * UTF-8 byte order mark (spreadsheets then read Cyrillic right); rows end in CRLF.
 */
export function csv(model: Model, words: ChartStrings): string {
  // Per series: its values, then the ends of its ranges, its qualifiers and its notes when it has any.
  const columns = model.series.flatMap(({ source, header, cells }) =>
    (['y', 'low', 'high', 'qualifier', 'note'] as const)
      .filter((key) => key === 'y' || source.data.some((point) => point[key] !== undefined))
      .map((key) => ({ header: key === 'y' ? header : `${header} – ${words[key]}`, cell: (r: number) => cells[r]?.[key] })),
  );
  const lines = [
    [model.chart.x?.label ?? words.category, ...columns.map((column) => column.header)],
    ...model.rows.map((row, r) => [row.x, ...columns.map((column) => column.cell(r))]),
  ].map((fields) => fields.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The CSV as a file, for the link's `blob:` URL. */
export function csvBlob(model: Model, words: ChartStrings): Blob {
  return new Blob([csv(model, words)], { type: 'text/csv;charset=utf-8' });
}

/** The CSV as a `data:` URL: the server's link, which works before (and without) the script. */
export function csvDataUrl(model: Model, words: ChartStrings): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv(model, words))}`;
}
