/** The chart's data table: every value in full, with its qualifier, range and note, for everyone. */
import { html, nothing, type TemplateResult } from 'lit';
import { chartStrings } from '../../format/chart-strings.js';
import type { ViewContext } from '../context.js';
import type { Model } from './model.js';
import { annotationTexts, hasValue, valueText } from './text.js';

/** The table of a chart's model: one row per category or date, one column per series (and a total for a stacked chart). */
export function renderTable(model: Model, { locale }: ViewContext): TemplateResult {
  const { chart, totals } = model;
  const words = chartStrings(locale);
  const first = model.series[0]!.source;
  return html`<table>
    <caption id="caption" class="visually-hidden">
      ${chart.title ?? words.data}
    </caption>
    <thead>
      <tr>
        <th scope="col">${chart.x?.label ?? words.category}</th>
        ${model.series.map((series) => html`<th scope="col">${series.header}</th>`)}
        ${totals ? html`<th scope="col">${words.total}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${model.rows.map(
        (row, r) =>
          html`<tr>
            <th scope="row">${row.label}</th>
            ${model.series.map(({ source, cells: { [r]: cell } }) =>
              cell && hasValue(cell)
                ? html`<td>
                    ${valueText(source, cell, locale, false)}${cell.note ? html` <span class="cell-note">${cell.note}</span>` : nothing}
                  </td>`
                : html`<td class="empty">
                    ${words.noValue}${cell?.note ? html` <span class="cell-note">${cell.note}</span>` : nothing}
                  </td>`,
            )}
            ${totals ? html`<td>${valueText(first, totals[r]!, locale, false)}</td>` : nothing}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** What is marked on the chart (its annotations), as a line below the table; nothing when none. */
export function renderMarked(model: Model, { locale }: ViewContext): TemplateResult | typeof nothing {
  const marked = annotationTexts(model);
  return marked.length ? html`<p class="marked">${chartStrings(locale).marked}: ${marked.join('; ')}</p>` : nothing;
}
