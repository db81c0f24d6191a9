/**
 * The base of every widget: data sources, language, theme, events, and the
 * error behaviour of DESIGN.md (fallback or a neutral line, one console.error,
 * `nw-error`, a debug panel). Nothing a widget does may throw into the page.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { WidgetError } from '../payload/errors.js';
import { isUsableLocale } from '../payload/validate.js';
import type { Payload } from '../payload/schema.js';
import { languageLoaded, loadLanguage, strings, type UiStrings } from '../format/strings.js';
import type { WidgetEventMap } from './events.js';
import { PayloadController, type PayloadHost } from './payload-controller.js';
import { watchPage, unwatchPage, type PageChange } from './page-watch.js';
import { sliceHasRoom, waitForNextSlice } from './slices.js';

/** The `lang` of the nearest ancestor that has one, looking out through shadow roots (a widget inside nw-embed). */
function languageOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.closest('[lang]')?.getAttribute('lang')?.trim();
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/** A language tag Intl accepts ("en_US" becomes "en-US"), or '' (Intl throws on "en_US" or "xx-"; a page's lang must not break the widgets). */
function usableLocale(tag: string | undefined): string {
  const candidate = tag?.trim().replace(/_/g, '-');
  return candidate && isUsableLocale(candidate) ? candidate : '';
}

/** `light` (default), `dark`, or `auto`: the host page's `color-scheme`, then the OS. */
export type Theme = 'light' | 'dark' | 'auto';

/** What a widget's `renderContent` returns: a template, or an error to show instead. */
export type ContentResult = TemplateResult | WidgetError;

export abstract class WidgetElement extends LitElement implements PayloadHost {
  static override properties: PropertyDeclarations = {
    src: {},
    payloadId: { attribute: 'payload-id' },
    payload: { attribute: false },
    theme: { reflect: true },
    debug: { type: Boolean, reflect: true },
  };

  /** URL of a payload JSON file, fetched once per URL per page. */
  src: string | undefined;

  /** Id of a `<script type="application/json">` anywhere in the document that holds the payload. */
  payloadId: string | undefined;

  /** The payload as an object (the npm way). Wins over every other source. */
  payload: unknown;

  /** Colour theme: `light` (default), `dark`, or `auto` (the page's `color-scheme`, then the OS). */
  theme: Theme = 'light';

  /** Shows every problem with the data in a visible panel, for editors. */
  debug = false;

  /** The resolved data sources. */
  protected readonly data = new PayloadController(this);

  /** The error currently shown, if any. */
  protected currentError: WidgetError | undefined;
  #reportedError = '';
  #announcedPayload: Payload | undefined;
  #pageScheme = '';

  /** The tag, for messages. */
  protected get tag(): string {
    return this.localName;
  }

  /** The payload once loaded and valid. */
  protected get loadedPayload(): Payload | undefined {
    return this.data.state.status === 'ready' ? this.data.state.payload : undefined;
  }

  /** The language: the nearest `[lang]`, else the payload's `locale`, else `en` (a tag Intl cannot use, like `en_US`, is mended or skipped). */
  get locale(): string {
    return usableLocale(languageOf(this)) || usableLocale(this.loadedPayload?.locale) || 'en';
  }

  /** UI strings in the element's language. */
  protected get ui(): UiStrings {
    return strings(this.locale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchPage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchPage(this);
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || sliceHasRoom()) return super.scheduleUpdate();
    return waitForNextSlice().then(() => this.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('payload') || changed.has('src') || changed.has('payloadId')) this.data.refresh();
    if (this.theme === 'auto') this.#pageScheme = this.#readPageScheme();
    if (!this.#language && !languageLoaded(this.locale)) {
      // Russian and Kazakh strings load on first use; the widget shows its loading state meanwhile.
      const language = (this.#language = loadLanguage(this.locale));
      void language.then(() => {
        this.#language = undefined;
        this.requestUpdate();
      });
    }
  }

  /** The `color-scheme` the widget uses: fixed for light and dark; for auto, the page's, else the OS's. */
  protected get colorScheme(): string {
    if (this.theme === 'dark') return 'dark';
    if (this.theme === 'auto') return this.#pageScheme || 'light dark';
    return 'light';
  }

  /**
   * Called by the page observers. A language change may concern any widget; a
   * theme change only a widget with `theme="auto"`, and only when the scheme it
   * would use is different (the OS setting matters while the page leaves it open).
   * @internal
   */
  pageChanged(change: PageChange): void {
    if (change === 'lang') return this.requestUpdate();
    if (this.theme !== 'auto') return;
    if (change === 'os-scheme' ? this.colorScheme === 'light dark' : this.#readPageScheme() !== this.#pageScheme)
      this.requestUpdate();
  }

  #readPageScheme(): string {
    const parent = this.parentElement ?? this.ownerDocument.documentElement;
    const scheme = getComputedStyle(parent).colorScheme || 'normal';
    const light = /\blight\b/.test(scheme);
    const dark = /\bdark\b/.test(scheme);
    return dark && !light ? 'dark' : light && !dark ? 'light' : 'light dark';
  }

  /** Draws the widget's content; return a `WidgetError` to show the error state instead. */
  protected abstract renderContent(payload: Payload | undefined): ContentResult | undefined;

  /** Whether the widget can draw without any payload (attributes alone). */
  protected canRenderWithoutPayload(): boolean {
    return false;
  }

  /** The strings of the widget's language, while they load (Russian and Kazakh load on first use). */
  #language: Promise<void> | undefined;

  /** Resolves once the widget has drawn, in its language. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#language) {
      await this.#language;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override render(): TemplateResult {
    const state = this.data.state;
    let content: ContentResult | undefined;
    if (this.#language) content = undefined;
    else if (state.status === 'error') content = state.error;
    else if (state.status === 'loading') content = undefined;
    else if (state.status === 'none' && !this.canRenderWithoutPayload()) {
      content = new WidgetError(
        'no-data',
        'no payload: set payload, a child <script type="application/json">, payload-id or src',
      );
    } else {
      try {
        content = this.renderContent(this.loadedPayload);
      } catch (error) {
        content = new WidgetError('invalid-payload', `could not draw: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    this.currentError = content instanceof WidgetError ? content : undefined;
    // A class, not a style attribute: a strict CSP blocks inline styles.
    const frame = `frame scheme-${this.colorScheme.replace(' ', '-')}`;
    if (content === undefined) return html`<div class="${frame} loading" part="frame"><slot></slot></div>`;
    if (content instanceof WidgetError) return html`<div class=${frame} part="frame">${this.#renderError(content)}</div>`;
    return html`<div class=${frame} part="frame">${content}</div>`;
  }

  /** True when the element holds fallback content of its own (anything but its JSON script and blank text). */
  protected hasFallback(): boolean {
    return Array.from(this.childNodes).some((node) =>
      node.nodeType === Node.ELEMENT_NODE
        ? !((node as Element).localName === 'script' || (node as Element).localName === 'template')
        : node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
    );
  }

  #renderError(error: WidgetError): TemplateResult {
    const problems = error.problems.length
      ? error.problems.map((problem) => `${problem.path}: ${problem.message}`)
      : [error.message];
    return html`
      ${this.hasFallback() ? html`<slot></slot>` : html`<p class="unavailable" part="unavailable">${this.ui.dataUnavailable}</p>`}
      ${
        this.debug
          ? html`<div class="debug" part="debug" role="note">
              <strong>&lt;${this.tag}&gt; ${error.code}</strong>: ${this.ui.problems}
              <ul>
                ${problems.map((problem) => html`<li><code>${problem}</code></li>`)}
              </ul>
            </div>`
          : nothing
      }
    `;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#language) return; // drawn again, with events, once the language is here
    const error = this.currentError;
    if (error) {
      const signature = `${error.code}|${error.message}`;
      if (signature !== this.#reportedError) {
        this.#reportedError = signature;
        console.error(`<${this.tag}> ${error.code}: ${error.message}`);
        this.emit('nw-error', error.toDetail());
      }
      return;
    }
    this.#reportedError = '';
    const payload = this.loadedPayload;
    if (payload && payload !== this.#announcedPayload) {
      this.#announcedPayload = payload;
      this.emit('nw-load', { payload });
    }
    if (this.data.state.status !== 'loading' && this.rendersSynchronously()) this.emit('nw-render', {});
  }

  /** False for widgets (the chart) that fire `nw-render` themselves once drawing is done. */
  protected rendersSynchronously(): boolean {
    return true;
  }

  /** Dispatches one of the widget events; they bubble and cross shadow roots. */
  protected emit<K extends keyof WidgetEventMap>(name: K, detail: WidgetEventMap[K]): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /** Finds an item by id in a payload list, or the first; a `not-found` error when absent. */
  protected pick<T extends { id: string }>(
    list: readonly T[] | undefined,
    id: string | undefined,
    what: string,
  ): T | WidgetError {
    const item = id ? list?.find((entry) => entry.id === id) : list?.[0];
    if (item) return item;
    return id
      ? new WidgetError('not-found', `the payload has no ${what} with id "${id}"`)
      : new WidgetError('no-data', `the payload has no ${what}s`);
  }
}
