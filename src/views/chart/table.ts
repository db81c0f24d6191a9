/** The chart's data table: every value in full, with its qualifier and note, for everyone. */
import { html, nothing, type TemplateResult } from 'lit';
import { chartStrings } from '../../format/chart-strings.js';
import type { ViewContext } from '../context.js';
import type { Model } from './model.js';
import { valueText } from './text.js';

/** The table of a chart's model: one row per category or date, one column per series. */
export function renderTable(model: Model, { locale }: ViewContext): TemplateResult {
  const { chart } = model;
  const words = chartStrings(locale);
  return html`<table>
    <caption id="caption" class="visually-hidden">
      ${chart.title ?? words.data}
    </caption>
    <thead>
      <tr>
        <th scope="col">${chart.x?.label ?? words.category}</th>
        ${model.series.map((series) => html`<th scope="col">${series.header}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${model.rows.map(
        (row, r) =>
          html`<tr>
            <th scope="row">${row.label}</th>
            ${model.series.map(({ source, cells: { [r]: cell } }) =>
              cell && cell.y !== null
                ? html`<td>
                    ${valueText(source, cell, locale, false)}${cell.note ? html` <span class="cell-note">${cell.note}</span>` : nothing}
                  </td>`
                : html`<td class="empty">
                    ${words.noValue}${cell?.note ? html` <span class="cell-note">${cell.note}</span>` : nothing}
                  </td>`,
            )}
          </tr>`,
      )}
    </tbody>
  </table>`;
}
