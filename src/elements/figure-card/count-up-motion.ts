/**
 * The count-up of figure values, a chunk of its own that only widgets with
 * `animate` load (see `count-up.ts`): once, the first time the widget is
 * on screen, from zero to each value. Never under `prefers-reduced-motion:
 * reduce`, never without IntersectionObserver; the final text is always
 * rendered too (hidden while counting, so the layout never moves), and screen
 * readers only ever get the final value.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { motionReduced } from '../../internal/motion.js';
import type { Count } from '../../views/figure.js';

const DURATION_MS = 1200;

/**
 * The number a count-up shows for `final` when it has gone `progress` (0–1) of
 * the way, eased. In compact notation it is rounded to the final value's last
 * shown digit ($200M counts $116M, not $115.6M), so it is never wider.
 */
export function countedTo(final: number, progress: number, compact: boolean): number {
  const value = final * (1 - (1 - progress) ** 3);
  if (!compact || final === 0) return Number.isInteger(final) ? Math.round(value) : value;
  // The unit of the notation (K, M, B), a tenth or a hundredth of it: as fine as the final value, and fine enough to count.
  let step = 1000 ** Math.floor(Math.log10(Math.abs(final)) / 3);
  for (let finer = 0; finer < 2 && (final % step !== 0 || step > Math.abs(final) / 50); finer++) step /= 10;
  return Math.round(value / step) * step;
}

/** Drives the count-up of one widget; the widget asks it for the value to show while counting. */
export class CountUpMotion implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  /** 0–1 while waiting or counting; undefined once done (or never asked). */
  #progress: number | undefined;
  #finished = false;
  #observer: IntersectionObserver | undefined;
  #watched: Element | undefined;
  #frame = 0;
  #frameRequested = false;
  #frameUpdate = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * Called while rendering: whether counting is wanted. Returns the count's
   * current step, or undefined when the final values are to be shown.
   */
  update(enabled: boolean): Count | undefined {
    if (!enabled || this.#finished) {
      if (this.#progress !== undefined) this.#finish(false);
      return undefined;
    }
    if (this.#progress === undefined) {
      if (motionReduced() || typeof IntersectionObserver !== 'function' || typeof requestAnimationFrame !== 'function') {
        this.#finished = true;
        return undefined;
      }
      this.#progress = 0;
    }
    const progress = this.#progress;
    return (final, compact) => countedTo(final, progress, compact);
  }

  /** Called after rendering: the element whose appearance on screen starts the count. */
  watch(target: Element | null): void {
    if (this.#progress === undefined || this.#frame || !target || this.#watched === target) return;
    this.#observer?.disconnect();
    this.#watched = target;
    // A quarter of the widget on screen, or a quarter of the screen for a widget taller than four screens.
    this.#observer = new IntersectionObserver(
      (entries) => {
        const seen = entries.some(
          (entry) =>
            entry.isIntersecting &&
            (entry.intersectionRatio >= 0.25 || entry.intersectionRect.height >= (entry.rootBounds?.height ?? Infinity) * 0.25),
        );
        if (seen) this.#start();
      },
      { threshold: [0, 0.05, 0.1, 0.15, 0.2, 0.25] },
    );
    this.#observer.observe(target);
  }

  /** True while the host re-renders only to show the next step of the count. */
  get isFrameUpdate(): boolean {
    return this.#frameUpdate;
  }

  hostUpdate(): void {
    this.#frameUpdate = this.#frameRequested;
    this.#frameRequested = false;
  }

  hostConnected(): void {
    // Re-arm a count that was waiting for the widget to come on screen.
    if (this.#progress !== undefined) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#watched = undefined;
    // A count cut short by removal ends at the final values.
    if (this.#frame) this.#finish(false);
  }

  #start(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    if (this.#frame || this.#progress === undefined) return;
    let startTime: number | undefined;
    const step = (time: number) => {
      startTime ??= time;
      if (motionReduced()) {
        this.#finish(true);
        return;
      }
      this.#progress = Math.min(1, (time - startTime) / DURATION_MS);
      if (this.#progress >= 1) {
        this.#finish(true);
        return;
      }
      this.#frame = requestAnimationFrame(step);
      this.#frameRequested = true;
      this.#host.requestUpdate();
    };
    this.#frame = requestAnimationFrame(step);
  }

  #finish(update: boolean): void {
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#progress = undefined;
    this.#finished = true;
    this.#observer?.disconnect();
    this.#observer = undefined;
    if (update) {
      this.#frameRequested = true;
      this.#host.requestUpdate();
    }
  }
}
