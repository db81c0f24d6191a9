/**
 * Whether an element has come near the viewport, as a Lit reactive controller:
 * an IntersectionObserver with a margin ahead of the viewport (600px by
 * default) decides when a chart loads Chart.js and draws. An element already in
 * view when it renders is found at once (measured together with every other
 * one rendered in the same task, in one layout) and reported within the
 * page's slice of main-thread work, instead of a frame later when the observer
 * first reports.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sliceHasRoom, waitForNextSlice } from '../slices.js';

/** Boxes that just rendered, measured together in one layout once this task's renders are done. */
const toMeasure = new Map<Element, (inView: boolean) => void>();

function measureAll(): void {
  const waiting = [...toMeasure];
  toMeasure.clear();
  const seen = waiting.map(([box]) => {
    const view = box.ownerDocument.defaultView;
    const r = box.getBoundingClientRect();
    return !!view && r.width > 0 && r.bottom > 0 && r.right > 0 && r.top < view.innerHeight && r.left < view.innerWidth;
  });
  waiting.forEach(([, then], i) => then(seen[i]!));
}

/** Calls `then` with whether `box` is in the viewport now, batched with the others of this task. */
function measureSoon(box: Element, then: (inView: boolean) => void): void {
  if (!toMeasure.size) queueMicrotask(measureAll);
  toMeasure.set(box, then);
}

/** Tells its host once a watched element comes near the viewport; it stays near after that. */
export class NearViewportController implements ReactiveController {
  readonly #onNear: () => void;
  readonly #margin: string;
  #near = false;
  #watcher: IntersectionObserver | undefined;
  #watched: Element | undefined;

  /** `onNear` is called once, when the element first comes within `margin` of the viewport. */
  constructor(host: ReactiveControllerHost, onNear: () => void, margin = '600px 0px') {
    this.#onNear = onNear;
    this.#margin = margin;
    host.addController(this);
  }

  /** True once the watched element has come near the viewport. */
  get near(): boolean {
    return this.#near;
  }

  /** Watches `target` (the same one again costs nothing) until it comes near. */
  observe(target: Element): void {
    if (this.#near || this.#watched === target) return;
    this.#unwatch();
    this.#watched = target;
    this.#watcher = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && this.#arrive(), {
      rootMargin: this.#margin,
    });
    this.#watcher.observe(target);
    measureSoon(target, (inView) => {
      if (!inView) return;
      const arrive = () => this.#watched === target && this.#arrive();
      if (sliceHasRoom()) arrive();
      else void waitForNextSlice().then(arrive);
    });
  }

  hostDisconnected(): void {
    this.#unwatch();
  }

  #arrive(): void {
    this.#unwatch();
    this.#near = true;
    this.#onNear();
  }

  #unwatch(): void {
    this.#watcher?.disconnect();
    this.#watcher = this.#watched = undefined;
  }
}
