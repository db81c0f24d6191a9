/**
 * Drawing a chart's model on its canvas with Chart.js, as a Lit reactive
 * controller: it waits until the chart comes near the viewport, loads the
 * renderer (once per page), resolves the theme's colours and font, and draws
 * or updates the chart; it resizes for print, follows reduced motion and
 * forced colors, and destroys the chart when the element leaves the page
 * (Chart.js cannot tell that a canvas in a shadow root was removed). The code
 * that explores the chart by keyboard and touch loads on the canvas's first
 * focus or touch.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChartHandle } from '../../chart/spec.js';
import { NearViewportController } from '../../internal/controllers/near-viewport.js';
import type { WidgetEventMap } from '../../internal/events.js';
import { WidgetError } from '../../payload/errors.js';
import { buildSpec, THEME_TOKENS } from '../../views/chart/build-spec.js';
import { formsCode } from '../../views/chart/forms-code.js';
import { usesForms, type Model } from '../../views/chart/model.js';
import type { ExploreHost } from './explore/host.js';

/** The element side. */
export interface DrawingHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Dispatches one of the widget events (they bubble and cross shadow roots). */
  emit<K extends keyof WidgetEventMap>(name: K, detail: WidgetEventMap[K]): void;
}

/** What the controller tells its element. */
export interface DrawingCallbacks {
  /** Chart.js has finished drawing the latest model. */
  drawn(): void;
  /** The chart code could not be loaded. */
  failed(error: WidgetError): void;
}

/** The renderer module (Chart.js): one file of its own, loaded the first time a chart draws, once per page. */
type RendererModule = typeof import('../../chart/renderer.js');
let renderer: RendererModule | undefined;
let loading: Promise<RendererModule> | undefined;

export class ChartDrawing implements ReactiveController, ExploreHost {
  readonly #host: DrawingHost;
  readonly #callbacks: DrawingCallbacks;
  readonly #viewport: NearViewportController;
  #handle: ChartHandle | undefined;
  #drawing: { model: Model; locale: string } | undefined;
  #specKey: unknown[] = [];
  #pending = false;
  /** The live chart was made with the forms' code. */
  #withForms = false;
  #motion: MediaQueryList | undefined;
  #forced: MediaQueryList | undefined;
  /** Draws without animation (a pre-rendered chart, whose picture the reader has seen). */
  still = false;

  constructor(host: DrawingHost, callbacks: DrawingCallbacks) {
    this.#host = host;
    this.#callbacks = callbacks;
    this.#viewport = new NearViewportController(host, () => this.#draw());
    host.addController(this);
  }

  /** True once the chart has come near the viewport. */
  get near(): boolean {
    return this.#viewport.near;
  }

  /** What the chart shows: its model, in the locale it was drawn for (once the renderer has loaded, with it). */
  get shown(): { model: Model; locale: string } | undefined {
    return this.#drawing;
  }

  /** The live chart, while one is on the canvas. */
  get chart(): ChartHandle | undefined {
    return this.#handle;
  }

  /**
   * Tells the page (`nw-point`) that the reader came onto point `index` of series `series` (its index in the
   * series' values), and gives the point's row in the model; undefined for a point without a value.
   */
  point = (series: number, index: number): number | undefined => {
    const model = this.#drawing?.model;
    const data = model?.series[series];
    const row = model?.time ? data?.drawn[index] : index;
    const cell = row === undefined ? undefined : data?.cells[row];
    if (!model || !data || row === undefined || !cell || cell.y === null) return undefined;
    this.#host.emit('nw-point', { chart: model.chart.id, series: data.source.id, x: model.rows[row]!.x, y: cell.y });
    return row;
  };

  /** True while a chart is on the canvas and its latest draw is done. */
  get drawn(): boolean {
    return !!this.#handle && !this.#pending;
  }

  /** Draws `model` (once near the viewport); undefined removes the chart. Cheap when nothing changed. */
  sync(model: Model | undefined, locale: string): void {
    this.#drawing = model && this.#host.isConnected ? { model, locale } : undefined;
    this.#draw();
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.#onPrint);
    addEventListener('afterprint', this.#onPrint);
    this.#motion = matchMedia('(prefers-reduced-motion: reduce)');
    this.#forced = matchMedia('(forced-colors: active)');
    for (const query of [this.#motion, this.#forced]) query.addEventListener('change', this.#onMediaChange);
    // Re-create the chart when the element comes back.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.#onPrint);
    removeEventListener('afterprint', this.#onPrint);
    for (const query of [this.#motion, this.#forced]) query?.removeEventListener('change', this.#onMediaChange);
    // A renderer still loading must not draw on a canvas that has left the page.
    this.#drawing = undefined;
    this.#destroy();
  }

  #onMediaChange = () => this.#host.requestUpdate();

  /** The canvas's focus and touches: the first loads the explorer, which then handles them. */
  wake = (event: Event) => {
    const canvas = event.currentTarget as HTMLCanvasElement;
    import('./explore/explorer.js').then(
      (explorer) => explorer.explore(this.#host, this, canvas, event),
      () => undefined, // the chart stays as the pointer and the data table serve it
    );
  };

  #onPrint = (event: Event) => {
    this.#host.renderRoot.querySelector('.chart')?.classList.toggle('no-canvas', event.type === 'beforeprint' && !this.#handle);
    this.#handle?.resize();
  };

  #draw(): void {
    const canvas = this.#host.renderRoot.querySelector('canvas');
    const drawing = this.#drawing;
    if (!canvas || !drawing || !this.#host.isConnected) return this.#destroy();
    if (this.#handle?.canvas !== canvas) this.#destroy();
    const box = canvas.parentElement!;
    if (!this.#viewport.near) return this.#viewport.observe(box);
    if (!renderer) {
      // A failed load may be tried again by the next draw.
      (loading ??= import('../../chart/renderer.js')).then(
        (loaded) => {
          renderer = loaded;
          this.#draw();
        },
        (error: unknown) => {
          loading = undefined;
          this.#callbacks.failed(new WidgetError('fetch-failed', `could not load the chart code: ${error}`));
        },
      );
      return;
    }
    // The element loaded the forms' code before its first render; without it (it could not load) the chart is plain.
    const forms = usesForms(drawing.model) ? formsCode.module : undefined;
    const needsForms = !!forms;
    // The theme's colours as the canvas needs them: real colours, `light-dark()` resolved.
    const probe = this.#host.renderRoot.querySelector<HTMLElement>('.probe')!;
    const colors = THEME_TOKENS.map((token) => {
      probe.style.color = token;
      return getComputedStyle(probe).color;
    });
    const fontFamily = getComputedStyle(box).fontFamily || 'sans-serif';
    const animate = !this.still && !this.#motion?.matches;
    const key = [drawing.model, drawing.locale, colors.join(), fontFamily, animate];
    if (this.#handle && key.every((value, i) => value === this.#specKey[i])) return;
    this.#specKey = key;
    const plain = buildSpec(drawing.model, colors, fontFamily, animate, drawing.locale);
    const spec = forms ? forms.withForms(plain, drawing.model, drawing.locale) : plain;
    this.#pending = true;
    // A chart drawn without the forms' code is made anew by the first data that needs it.
    if (this.#handle && needsForms && !this.#withForms) this.#destroy();
    if (this.#handle) return this.#handle.update(spec);
    this.#withForms = needsForms;
    const onRendered = () => {
      this.#pending = false;
      if (this.#handle) this.#callbacks.drawn();
    };
    this.#handle = renderer.createChart(
      canvas,
      spec,
      { tip: box.querySelector<HTMLElement>('.tip')!, onRendered, onPoint: this.point },
      forms?.forms,
    );
    // Chart.js may draw inside `createChart` (no animation), before the handle is kept.
    if (!this.#pending) this.#callbacks.drawn();
  }

  #destroy(): void {
    this.#handle?.destroy();
    this.#handle = undefined;
  }
}
