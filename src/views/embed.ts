/**
 * The whole payload as one block: title, description, the figure grid, charts
 * and quotes (as the widgets themselves, handed the payload), notes, sources
 * and the "Updated" line.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../format/dates.js';
import type { Payload } from '../payload/schema.js';
import type { ViewContext } from './context.js';
import { heading } from './heading.js';
import { sourceList } from './sources.js';
import type { EmbedSection } from './embed-sections.js';

export { embedSections, type EmbedSection } from './embed-sections.js';

/** What the embed passes on to the widgets inside. */
export interface EmbedOptions {
  sections: readonly EmbedSection[];
  /** The title's heading level (1–6); section headings use the next one. */
  headingLevel: number;
  theme: string;
  debug: boolean;
  /** The widget refreshes: its live "Updated" line stands in for the payload's. */
  live?: boolean;
}

function section(name: EmbedSection, payload: Payload, options: EmbedOptions): TemplateResult | typeof nothing {
  const { theme, debug } = options;
  if (name === 'figures' && payload.figures?.length) {
    return html`<section class="section figures" part="section">
      <nw-figure-grid .payload=${payload} theme=${theme} ?debug=${debug}></nw-figure-grid>
    </section>`;
  }
  if (name === 'charts' && payload.charts?.length) {
    return html`<section class="section charts" part="section">
      ${payload.charts.map(
        (chart) =>
          html`<nw-chart
            .payload=${payload}
            chart=${chart.id}
            heading-level=${options.headingLevel + 1}
            theme=${theme}
            ?debug=${debug}
          ></nw-chart>`,
      )}
    </section>`;
  }
  if (name === 'quotes' && payload.quotes?.length) {
    return html`<section class="section quotes" part="section">
      ${payload.quotes.map((quote) => html`<nw-quote .payload=${payload} quote=${quote.id} theme=${theme} ?debug=${debug}></nw-quote>`)}
    </section>`;
  }
  return nothing;
}

/** Draws the whole payload. */
export function renderEmbed(payload: Payload, options: EmbedOptions, { locale, ui }: ViewContext): TemplateResult {
  const level = options.headingLevel;
  const allSources = Object.values(payload.sources ?? {});
  return html`
    <article class="embed" aria-label=${payload.title ?? nothing}>
      ${payload.title ? heading(level, payload.title, 'title') : nothing}
      ${payload.description ? html`<p class="description" part="description">${payload.description}</p>` : nothing}
      ${options.sections.map((name) => section(name, payload, options))}
      ${
        payload.notes?.length
          ? html`<div class="notes" part="notes">
              ${heading(level + 1, ui.notes, 'notes-heading')}
              <ul>
                ${payload.notes.map((note) => html`<li>${note}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      <footer class="footer">
        ${allSources.length ? html`<p class="sources" part="sources">${ui.sources}: ${sourceList(allSources)}</p>` : nothing}
        ${
          payload.updated && !options.live
            ? html`<p class="updated" part="updated">
                ${ui.updated} <time datetime=${payload.updated}>${formatDate(payload.updated, locale)}</time>
              </p>`
            : nothing
        }
      </footer>
    </article>
  `;
}
