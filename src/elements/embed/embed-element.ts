import type { PropertyDeclarations, PropertyValues } from 'lit';
import { loadElement } from '../../internal/define.js';
import { chartDefinition } from '../chart/definition.js';
import { figureGridDefinition } from '../figure-grid/definition.js';
import { quoteDefinition } from '../quote/definition.js';
import { WidgetElement, type ContentInputs, type ContentResult } from '../../internal/widget-element.js';
import { embedSections, renderEmbed, type EmbedSection } from '../../views/embed.js';
import { headingLevel } from '../../views/heading-level.js';
import sharedStyles from '../../internal/shared.styles.js';
import styles from './embed.styles.js';

export type { EmbedSection } from '../../views/embed.js';

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
 * @event nw-update - With `refresh`: a refreshed payload differs from the one shown. `detail: { payload, changed }`, `changed` being the ids of the figures, charts and quotes whose content changed.
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
  /** True once the embed stopped waiting for `nw-chart` to be defined. */
  #chartWait: Promise<void> | undefined;
  #waitingForChart = false;

  /**
   * Loads nw-chart when the payload has charts to show. The embed draws once it is defined, so the chart's box
   * comes with the rest and nothing below it moves; a pre-rendered embed (its charts' boxes are there) draws at
   * once, and one whose chart code cannot load draws after a while.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const charts = this.sectionList.includes('charts') && !!this.loadedPayload?.charts?.length;
    if (!charts || customElements.get(chartDefinition.tag)) return;
    loadElement(chartDefinition.tag, () => import('../chart/chart.js'));
    if (this.prerendered || this.#chartWait) return;
    this.#waitingForChart = true;
    this.#chartWait = Promise.race([
      customElements.whenDefined(chartDefinition.tag),
      new Promise((done) => setTimeout(done, CHART_WAIT_MS)),
    ]).then(() => {
      this.#waitingForChart = false;
    });
    this.waitFor(this.#chartWait);
  }

  /** The sections to draw, unknown names dropped. */
  get sectionList(): EmbedSection[] {
    return embedSections(this.sections);
  }

  /** The whole payload, with the widgets it is made of handed their items. */
  content({ payload, context, live, server }: ContentInputs): ContentResult | undefined {
    if (!server && this.#waitingForChart) return undefined;
    const options = {
      sections: this.sectionList,
      headingLevel: headingLevel(this.headingLevel, 2),
      theme: this.theme,
      debug: this.debug,
      live,
    };
    return renderEmbed(payload!, options, context);
  }

  protected override rendersSynchronously(): boolean {
    return false;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this.currentError || !this.loadedPayload || !this.drawn) return;
    const children = Array.from(this.renderRoot.querySelectorAll(WIDGET_TAGS));
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

/** The longest an embed waits for the chart code before it draws without it. */
const CHART_WAIT_MS = 3000;

/** The widgets an embed is made of. */
const WIDGET_TAGS = [figureGridDefinition, chartDefinition, quoteDefinition].map((widget) => widget.tag).join(', ');

/** The widgets inside share the embed's payload: the page hears one nw-load, from the embed. */
function stopInnerLoad(event: Event): void {
  event.stopPropagation();
}
