/**
 * Exploring a live chart by keyboard and touch. The canvas is one tab stop;
 * the arrow keys move from point to point (left and right along a series, up
 * and down between series and panels), Home and End go to the first and last
 * point of the series, Escape leaves. Points without a value are skipped.
 *
 * Each move shows the point as the pointer does (the chart handle's `show`:
 * the category, or the nearest point of a date axis, with the same hover
 * colours and tooltip as for the mouse). It also draws a focus mark on the point,
 * announces it in one sentence through a polite live region, and fires
 * `nw-point`. S plays the series as tones from the point the reader is on
 * (`sonify.ts`, loaded on the first S), the mark following the tones; S again,
 * Escape, an arrow key or leaving stops it. A tap shows the nearest point's
 * tooltip through Chart.js's own touch handling; a tap anywhere else on the
 * page hides it.
 *
 * Loaded on the canvas's first focus or touch; one explorer per canvas.
 */
import { pointsOf } from '../../../chart/points.js';
import type { ChartPoints, PointBox, Position } from '../../../chart/spec.js';
import type { ExploreHost } from './host.js';
import { pointSentence } from './sentence.js';
import type { Playback } from './sonify.js';
import styles from './explore.styles.js';

const explorers = new WeakMap<HTMLCanvasElement, Explorer>();

/** Makes `canvas` explorable (once), and takes the event that woke the explorer. */
export function explore(host: HTMLElement, drawing: ExploreHost, canvas: HTMLCanvasElement, event?: Event): void {
  let explorer = explorers.get(canvas);
  if (!explorer) explorers.set(canvas, (explorer = new Explorer(host, drawing, canvas)));
  if (event instanceof PointerEvent) explorer.onPointerDown(event);
}

/**
 * Whether a key press is S: the letter, or the key where S is on a QWERTY keyboard when the layout gives no Latin
 * letter there (Russian and Kazakh layouts give "ы").
 */
const isS = (event: KeyboardEvent) => event.key.toLowerCase() === 's' || (event.code === 'KeyS' && !/^[a-z]$/i.test(event.key));

class Explorer {
  readonly #drawing: ExploreHost;
  readonly #canvas: HTMLCanvasElement;
  readonly #mark: HTMLElement;
  readonly #live: HTMLElement;
  /** The explored point; kept when focus leaves, so the reader comes back to it. */
  #at: Position | undefined;
  /** The series sounding as tones (or about to, while the player loads). */
  #playback: Playback | 'loading' | undefined;

  constructor(host: HTMLElement, drawing: ExploreHost, canvas: HTMLCanvasElement) {
    this.#drawing = drawing;
    this.#canvas = canvas;
    const doc = canvas.ownerDocument;
    this.#mark = Object.assign(doc.createElement('div'), { className: 'mark', hidden: true });
    this.#mark.setAttribute('aria-hidden', 'true');
    this.#live = Object.assign(doc.createElement('p'), { className: 'visually-hidden' });
    this.#live.setAttribute('aria-live', 'polite');
    canvas.parentElement!.append(this.#mark, this.#live);
    const root = canvas.getRootNode();
    if (root instanceof ShadowRoot && styles.styleSheet)
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
    canvas.addEventListener('keydown', this.#onKey);
    host.addEventListener('nw-render', this.#onRender);
    canvas.addEventListener('blur', () => {
      this.#silence();
      this.#hide();
    });
    // The pointer takes over from the keys: its own tooltip, no mark.
    canvas.addEventListener('pointermove', () => (this.#mark.hidden = true));
    // A tooltip taken down (new data, a new chart, the pointer leaving) takes the mark with it.
    const tip = canvas.parentElement!.querySelector('.tip');
    if (tip)
      new MutationObserver(() => (this.#mark.hidden ||= tip.hasAttribute('hidden'))).observe(tip, {
        attributeFilter: ['hidden'],
      });
  }

  /** A touch on the chart: Chart.js shows the nearest point; the next touch elsewhere hides it. */
  onPointerDown(event: PointerEvent): void {
    if (event.pointerType !== 'touch') return;
    this.#mark.hidden = true;
    const doc = this.#canvas.ownerDocument;
    const elsewhere = (next: Event) => {
      if (next.composedPath().includes(this.#canvas)) return;
      doc.removeEventListener('pointerdown', elsewhere, true);
      this.#chart?.hide();
    };
    doc.addEventListener('pointerdown', elsewhere, true);
  }

  /** The live chart on this explorer's canvas, if any. */
  get #chart(): ChartPoints | undefined {
    const chart = this.#drawing.chart;
    return chart?.canvas === this.#canvas ? pointsOf(chart) : undefined;
  }

  #onKey = (event: KeyboardEvent) => {
    const chart = this.#chart;
    if (!chart || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      if (!this.#at && !this.#playback) return; // nothing to leave: the page may use Escape
      this.#silence();
      this.#at = undefined;
      this.#hide();
      this.#live.textContent = '';
    } else if (isS(event)) {
      if (this.#playback) this.#silence(true);
      else this.#playTones(chart);
    } else {
      const next = this.#move(chart, event.key);
      if (next === undefined) return;
      this.#silence();
      if (next) this.#show(chart, next);
    }
    event.preventDefault();
    event.stopPropagation();
  };

  /** Where `key` goes from the explored point: a position, null for a key that goes nowhere (an end), undefined for another key. */
  #move(chart: ChartPoints, key: string): Position | null | undefined {
    const count = chart.seriesCount();
    const at = this.#at && chart.hasValue(this.#at.series, this.#at.index) ? this.#at : undefined;
    // The first series with a point from `from` on, by `step`. Each step looks only as far as the next point with a value.
    const seriesFrom = (from: number, step: number) => {
      for (let s = from; s >= 0 && s < count; s += step) if (chart.withValue(s, 0, 1) !== undefined) return s;
      return undefined;
    };
    const first = seriesFrom(0, 1);
    if (first === undefined) return key.startsWith('Arrow') || key === 'Home' || key === 'End' ? null : undefined;
    const series = at?.series ?? first;
    const start = chart.withValue(series, 0, 1)!;
    switch (key) {
      case 'Home':
        return { series, index: start };
      case 'End':
        return { series, index: chart.withValue(series, chart.values(series).length - 1, -1)! };
      case 'ArrowRight':
      case 'ArrowLeft': {
        if (!at) return { series, index: start };
        const step = key === 'ArrowRight' ? 1 : -1;
        const index = chart.withValue(series, at.index + step, step);
        return index === undefined ? null : { series, index };
      }
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!at) return { series, index: start };
        const step = key === 'ArrowDown' ? 1 : -1;
        const next = seriesFrom(at.series + step, step);
        if (next === undefined) return null;
        const index = chart.nearest(at, next);
        return index === undefined ? null : { series: next, index };
      }
      default:
        return undefined;
    }
  }

  /** New data redraws the chart: the tones stop; a reader on a point that is still there keeps it, shown again, not announced. */
  #onRender = () => {
    this.#silence();
    const chart = this.#chart;
    const at = this.#at;
    const focused = (this.#canvas.getRootNode() as ShadowRoot | Document).activeElement === this.#canvas;
    if (chart && at && focused && chart.hasValue(at.series, at.index)) this.#show(chart, at, false);
  };

  #show(chart: ChartPoints, at: Position, announce = true): void {
    this.#at = at;
    const box = chart.show(at);
    if (box) this.#placeMark(box);
    if (announce) this.#announce(chart, at);
  }

  /** Rings the point (a circle) or the bar (its rectangle), in the canvas's pixels. */
  #placeMark({ x, y, width, height, bar }: PointBox): void {
    const pad = bar ? 4 : 9;
    const mark = this.#mark;
    mark.classList.toggle('point', !bar);
    mark.style.translate = `${x - width / 2 - pad}px ${y - height / 2 - pad}px`;
    mark.style.width = `${width + 2 * pad}px`;
    mark.style.height = `${height + 2 * pad}px`;
    mark.hidden = false;
  }

  /** Tells the page (`nw-point`) and says the point in the live region. */
  #announce(chart: ChartPoints, at: Position): void {
    const row = this.#drawing.point(at.series, chart.valueIndex(at));
    const shown = this.#drawing.shown;
    if (row === undefined || !shown) return;
    const root = this.#canvas.getRootNode() as ParentNode;
    const source = root.querySelector('[part="source"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    this.#live.textContent = pointSentence(shown.model, at.series, row, shown.locale, source) ?? '';
  }

  /** Plays the series the reader is on as tones (`sonify.ts`, loaded on the first S). */
  #playTones(chart: ChartPoints): void {
    this.#playback = 'loading';
    import('./sonify.js').then(
      (sonify) => {
        if (this.#playback !== 'loading') return; // stopped while loading
        this.#playback = sonify.playSeries(chart, this.#drawing.shown, this.#at, this.#live, {
          // A chart taken down (the element left the page) stops the tones.
          show: (at) => (this.#chart === chart ? this.#show(chart, at, false) : this.#silence()),
          ended: () => (this.#playback = undefined),
        });
      },
      () => (this.#playback = undefined),
    );
  }

  /** Stops the tones, if any are playing; `say` says "Stopped." */
  #silence(say = false): void {
    if (this.#playback && this.#playback !== 'loading') {
      this.#playback.stop();
      if (say) this.#live.textContent = this.#playback.stopped;
    }
    this.#playback = undefined;
  }

  /** Takes down the tooltip and the mark (focus left, or Escape). */
  #hide = () => {
    this.#mark.hidden = true;
    this.#chart?.hide();
  };
}
