import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { defineElement, loadElement } from '../../internal/define.js';
import { WidgetElement, type ContentResult } from '../../internal/widget-element.js';
import { sourceLink } from '../../internal/sources.js';
import { formatDate } from '../../format/figures.js';
import { WidgetError } from '../../payload/errors.js';
import type { Payload, Source } from '../../payload/schema.js';
import sharedStyles from '../../internal/shared.styles.js';
import styles from './embed.styles.js';
import '../figure-grid/figure-grid.js';
import '../quote/quote.js';

/** The middle sections `sections` can list, in the order given. */
export type EmbedSection = 'figures' | 'charts' | 'quotes';
const SECTIONS: readonly EmbedSection[] = ['figures', 'charts', 'quotes'];

/** A real heading element of the given level (1–6). */
function heading(level: number, content: unknown, part: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part} class=${part}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${part}>${content}</h6>`;
  }
}

/**
 * A whole payload as one block: title, description, figures, charts, quotes,
 * notes, the list of sources and an "Updated" line. The payload is loaded once
 * and handed to the figure grid, charts and quotes inside, so a page pays one
 * request however many widgets it shows.
 *
 * Importing this element also defines `nw-figure-grid` and `nw-quote`, which it
 * is made of, and it loads `nw-chart` (and Chart.js) when a payload has charts.
 *
 * @summary A whole payload: title, description, figures, charts, quotes, notes, sources.
 * @tagname nw-embed
 *
 * @slot - Fallback content: shown before the script runs, without JavaScript, and when the data cannot be had.
 *
 * @event nw-load - The payload is loaded and valid. `detail: { payload }`
 * @event nw-render - Every widget inside has finished drawing.
 * @event nw-error - Something went wrong. `detail: { code, message, path?, status? }`
 *
 * @csspart frame - The outer box.
 * @csspart title - The payload's title.
 * @csspart description - The standfirst under the title.
 * @csspart section - Each of the figures, charts and quotes sections.
 * @csspart notes - The list of notes.
 * @csspart sources - The line that lists the sources.
 * @csspart updated - The "Updated …" line.
 *
 * @cssprop --nw-font-family - Text font (default: the page's).
 * @cssprop --nw-color-text - Text colour.
 * @cssprop --nw-color-muted - Secondary text colour.
 * @cssprop --nw-color-accent - Links and accents.
 * @cssprop --nw-color-surface - Background.
 * @cssprop --nw-color-border - Rules and borders.
 * @cssprop --nw-gap - Space between sections.
 */
export class EmbedElement extends WidgetElement {
  static override styles = [sharedStyles, styles];

  static override properties: PropertyDeclarations = {
    sections: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Which middle sections to show, comma-separated, in order: `figures`, `charts`, `quotes`. */
  sections = 'figures,charts,quotes';

  /** The heading level of the title (1–6, default 2); section headings use the next level. */
  headingLevel = 2;

  #pendingChildren = new Set<EventTarget>();

  /** The sections to draw, unknown names dropped. */
  get sectionList(): EmbedSection[] {
    return this.sections
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter((name): name is EmbedSection => (SECTIONS as readonly string[]).includes(name));
  }

  #heading(offset: number, content: unknown, part: string): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(Number(this.headingLevel) || 2) + offset));
    return heading(level, content, part);
  }

  protected renderContent(payload: Payload | undefined): ContentResult {
    if (!payload) return new WidgetError('no-data', 'no payload');
    const sections = this.sectionList.map((name) => this.#renderSection(name, payload)).filter((section) => section !== nothing);
    const allSources = Object.values(payload.sources ?? {});
    const ui = this.ui;
    return html`
      <article class="embed" aria-label=${payload.title ?? nothing}>
        ${payload.title ? this.#heading(0, payload.title, 'title') : nothing}
        ${payload.description ? html`<p class="description" part="description">${payload.description}</p>` : nothing} ${sections}
        ${
          payload.notes?.length
            ? html`<div class="notes" part="notes">
                ${this.#heading(1, ui.notes, 'notes-heading')}
                <ul>
                  ${payload.notes.map((note) => html`<li>${note}</li>`)}
                </ul>
              </div>`
            : nothing
        }
        <footer class="footer">
          ${allSources.length ? html`<p class="sources" part="sources">${ui.sources}: ${this.#sourceNames(allSources)}</p>` : nothing}
          ${
            payload.updated
              ? html`<p class="updated" part="updated">
                  ${ui.updated} <time datetime=${payload.updated}>${formatDate(payload.updated, this.locale)}</time>
                </p>`
              : nothing
          }
        </footer>
      </article>
    `;
  }

  #sourceNames(sources: readonly Source[]): TemplateResult {
    return html`${sources.map((source, index) => html`${index ? ', ' : ''}${sourceLink(source)}`)}`;
  }

  #renderSection(name: EmbedSection, payload: Payload): TemplateResult | typeof nothing {
    const common = { theme: this.theme, debug: this.debug };
    if (name === 'figures' && payload.figures?.length) {
      return html`<section class="section figures" part="section">
        <nw-figure-grid .payload=${payload} theme=${common.theme} ?debug=${common.debug}></nw-figure-grid>
      </section>`;
    }
    if (name === 'charts' && payload.charts?.length) {
      loadElement('nw-chart', () => import('../chart/chart.js'));
      return html`<section class="section charts" part="section">
        ${payload.charts.map((chart) => html`<nw-chart .payload=${payload} chart=${chart.id} theme=${common.theme} ?debug=${common.debug}></nw-chart>`)}
      </section>`;
    }
    if (name === 'quotes' && payload.quotes?.length) {
      return html`<section class="section quotes" part="section">
        ${payload.quotes.map((quote) => html`<nw-quote .payload=${payload} quote=${quote.id} theme=${common.theme} ?debug=${common.debug}></nw-quote>`)}
      </section>`;
    }
    return nothing;
  }

  protected override rendersSynchronously(): boolean {
    return false;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this.currentError || !this.loadedPayload) return;
    const children = Array.from(this.renderRoot.querySelectorAll('nw-figure-grid, nw-chart, nw-quote'));
    this.#pendingChildren = new Set(children);
    if (!children.length) this.emit('nw-render', {});
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.renderRoot.addEventListener('nw-render', this.#onChildDone);
    this.renderRoot.addEventListener('nw-error', this.#onChildDone);
    this.renderRoot.addEventListener('nw-load', stopInnerLoad);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.renderRoot.removeEventListener('nw-render', this.#onChildDone);
    this.renderRoot.removeEventListener('nw-error', this.#onChildDone);
    this.renderRoot.removeEventListener('nw-load', stopInnerLoad);
  }

  readonly #onChildDone = (event: Event): void => {
    if (event.target === this || !this.#pendingChildren.delete(event.target as EventTarget)) return;
    if (event.type === 'nw-render') event.stopPropagation();
    if (this.#pendingChildren.size === 0) this.emit('nw-render', {});
  };
}

/** The widgets inside share the embed's payload: the page hears one nw-load, from the embed. */
function stopInnerLoad(event: Event): void {
  event.stopPropagation();
}

defineElement('nw-embed', EmbedElement);

declare global {
  interface HTMLElementTagNameMap {
    'nw-embed': EmbedElement;
  }
}
