/**
 * The base of every widget. Its controllers resolve the inputs (data,
 * language, theme); the widget's view turns them into a template; the base
 * puts it in the frame and keeps the error behaviour of DESIGN.md (fallback or
 * a neutral line, one console.error, `nw-error`, a debug panel). Nothing a
 * widget does may throw into the page.
 */
import { LitElement, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { WidgetError } from '../payload/errors.js';
import { drawError, noDataError, type ContentInputs, type ContentResult, type ContentStyles } from './content.js';
import type { Payload } from '../payload/schema.js';
import { strings, type UiStrings } from '../format/strings.js';
import { viewContext, type ViewContext } from '../views/context.js';
import { renderFrame } from '../views/frame.js';
import { emit, type WidgetEventMap } from './events.js';
import { LanguageController } from './controllers/language.js';
import { PayloadController, type PayloadHost } from './controllers/payload.js';
import { ThemeController, type Theme } from './controllers/theme.js';
import { FIRST_SLICE_MS, SLICE_MS, sliceHasRoom, waitForNextSlice } from './slices.js';
import type { HydrateFunction } from './hydrate.js';
import { codeLoader } from './code-loader.js';

export type { Theme } from './controllers/theme.js';

/** The debug problem panel: readers never see it, so it loads the first time a widget with `debug` has a problem. */
const problemPanel = codeLoader('the debug panel (problems are still logged)', () => import('../views/problem-panel.js'));
export type { ContentInputs, ContentResult } from './content.js';

/**
 * @attribute refresh - With `src`: re-reads the URL every this many seconds (at least 15), one request per URL for the whole page, and shows an "Updated" line.
 * @attribute defer-hydration - Written by pre-rendering on widgets inside another widget: the widget waits until its host has handed it its data and removed the attribute.
 */
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
  readonly #language = new LanguageController(this, () => this.loadedPayload?.locale);
  protected readonly themes = new ThemeController(this);

  /**
   * True for a widget pre-rendered by `newsroom-widgets/server`: it found its
   * declarative shadow root written out and takes it over in place.
   */
  protected prerendered = false;

  /**
   * While a pre-rendered widget takes over its shadow root: the language and
   * scheme the server drew it in, which its first render repeats.
   * @internal
   */
  hydrateAs: { locale: string; scheme: string } | undefined;
  #hydrate: HydrateFunction | undefined;
  /** Code the widget is loading to draw again with (the problem panel). */
  #waitingFor: Promise<void> | undefined;
  /** Whether the last render drew content or an error (not the loading state). */
  #drawn = false;

  /** The error currently shown, if any. */
  protected currentError: WidgetError | undefined;
  #reportedError = '';
  #announcedPayload: Payload | undefined;

  /** The tag, for messages. */
  protected get tag(): string {
    return this.localName;
  }

  /** Whether the last render drew the content or an error (not the loading state). */
  protected get drawn(): boolean {
    return this.#drawn;
  }

  /** The payload once loaded and valid. */
  protected get loadedPayload(): Payload | undefined {
    return this.data.state.status === 'ready' ? this.data.state.payload : undefined;
  }

  /** The language: the nearest `[lang]`, else the payload's `locale`, else `en` (a tag Intl cannot use, like `en_US`, is mended or skipped). */
  get locale(): string {
    return this.hydrateAs?.locale ?? this.#language.locale;
  }

  /** UI strings in the element's language. */
  protected get ui(): UiStrings {
    return strings(this.locale);
  }

  /** The inputs a view needs besides its data. */
  protected viewContext(payload: Payload | undefined): ViewContext {
    return viewContext(this.locale, payload, this.ui);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!this.shadowRoot) return super.createRenderRoot();
    this.prerendered = true;
    return this.shadowRoot;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.prerendered && !this.hasUpdated && !this.#hydrate)
      return Promise.all([import('./hydrate.js'), this.codeForFirstRender()]).then(async ([{ prepareHydration }]) => {
        this.#hydrate = await prepareHydration(this);
        return this.scheduleUpdate();
      });
    // Until a widget has drawn its content (its first drawing, and the one when the data arrives) it takes its
    // turn in the page's slices; once drawn, it redraws at once. A widget inside another (nw-embed) draws with it.
    if (
      this.#drawn ||
      (this.getRootNode() as ShadowRoot).host instanceof WidgetElement ||
      sliceHasRoom(this.hasUpdated ? SLICE_MS : FIRST_SLICE_MS)
    )
      return super.scheduleUpdate();
    return waitForNextSlice().then(() => this.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('payload') || changed.has('src') || changed.has('payloadId')) this.data.refresh();
    this.themes.prepare();
    this.#language.prepare();
  }

  /**
   * The widget's content: one function of its attributes and `inputs`, which
   * both its render and the server's pre-rendering call. It reads no layout and
   * no document; on the server it runs on Lit's DOM shim.
   * @internal
   * Returns a template, a `WidgetError` to show instead, or undefined to keep waiting.
   */
  abstract content(inputs: ContentInputs): ContentResult | undefined;

  /**
   * Whether the widget can draw without any payload (from its attributes alone).
   * @internal
   */
  canRenderWithoutPayload(_inputs: ContentInputs): boolean {
    return false;
  }

  /**
   * Custom properties the content sets by selector, besides the element's styles (the chart's box); none by default.
   * @internal
   */
  contentStyles(): ContentStyles {
    return {};
  }

  /**
   * The content for `inputs`, or the error to show instead: what the frame holds, in the browser and on the server.
   * @internal
   */
  drawContent(inputs: ContentInputs): ContentResult | undefined {
    if (!inputs.payload && !this.canRenderWithoutPayload(inputs)) return noDataError();
    try {
      return this.content(inputs);
    } catch (error) {
      return drawError(error);
    }
  }

  /** The element's own text, for a widget that reads it (nw-quote). */
  protected ownText(): string {
    return '';
  }

  /** Resolves once the widget has drawn, in its language. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#language.loading || this.#waitingFor) {
      const waiting = this.#language.loading ?? this.#waitingFor;
      if (waiting === this.#waitingFor) this.#waitingFor = undefined;
      await waiting;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** What the frame shows: the content, an error, or undefined while loading. */
  #content(): ContentResult | undefined {
    const state = this.data.state;
    if (this.#language.loading || state.status === 'loading') return undefined;
    if (state.status === 'error') return state.error;
    const payload = this.loadedPayload;
    return this.drawContent({
      payload,
      context: this.viewContext(payload),
      ownText: () => this.ownText(),
      live: !!this.data.live,
    });
  }

  /** A pre-rendered widget's first update takes over the server's DOM as drawn, then draws what changed since. */
  protected override update(changed: PropertyValues): void {
    const hydrate = this.#hydrate;
    if (hydrate) {
      hydrate(this.render(), this.renderRoot, this.renderOptions);
      this.#hydrate = this.hydrateAs = undefined;
    }
    super.update(changed);
  }

  protected override render(): TemplateResult {
    const shown = this.#content();
    this.#drawn = shown !== undefined;
    this.currentError = shown instanceof WidgetError ? shown : undefined;
    return renderFrame(shown, {
      scheme: this.hydrateAs?.scheme ?? this.themes.scheme,
      hasFallback: this.hasFallback(),
      problemPanel: this.debug && this.currentError ? this.#problemPanel() : undefined,
      ui: this.ui,
      after: this.data.live?.line(this.locale),
    });
  }

  /** The problem panel, once its code is here; the first call loads it and draws again. */
  #problemPanel(): ((error: WidgetError) => TemplateResult) | undefined {
    const panel = problemPanel.module;
    if (panel) return (error) => panel.renderProblemPanel(error, this.tag, this.ui);
    if (problemPanel.pending) this.waitFor(problemPanel.load());
    return undefined;
  }

  /**
   * Code a pre-rendered widget needs before its first render takes the server's DOM over (that render must draw
   * what the server drew): none by default.
   */
  protected codeForFirstRender(): Promise<unknown> {
    return Promise.resolve();
  }

  /** Draws again once `loading` (code the widget needs to draw) settles; `updateComplete` waits for it. */
  protected waitFor(loading: Promise<unknown>): void {
    const again = () => this.requestUpdate();
    this.#waitingFor = loading.then(again, again);
  }

  /** True when the element holds fallback content of its own (anything but its JSON script and blank text). */
  protected hasFallback(): boolean {
    return Array.from(this.childNodes).some((node) =>
      node.nodeType === Node.ELEMENT_NODE
        ? !((node as Element).localName === 'script' || (node as Element).localName === 'template')
        : node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
    );
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#language.loading) return; // drawn again, with events, once the language is here
    const error = this.currentError;
    // With `debug`, the error is told once its panel is drawn (its code loads first).
    if (error && this.debug && problemPanel.pending) return;
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
    if (this.#drawn && this.rendersSynchronously()) this.emit('nw-render', {});
  }

  /** False for widgets (the chart) that fire `nw-render` themselves once drawing is done. */
  protected rendersSynchronously(): boolean {
    return true;
  }

  /** Dispatches one of the widget events; they bubble and cross shadow roots. @internal */
  emit<K extends keyof WidgetEventMap>(name: K, detail: WidgetEventMap[K]): void {
    emit(this, name, detail);
  }
}
