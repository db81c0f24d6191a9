/**
 * The optional count-up of figure values (`animate`), as the widgets see it.
 * The counting itself is a chunk of its own (`count-up-motion.ts`), loaded by
 * the first widget that asks; until it is there the count stands at zero (the
 * final text is rendered too, hidden, so nothing moves). Under
 * `prefers-reduced-motion: reduce`, or if the chunk cannot load, the final
 * values show at once.
 */
import type { ReactiveControllerHost } from 'lit';
import { motionReduced } from '../../internal/motion.js';
import type { Count } from '../../views/figure.js';
import type { CountUpMotion } from './count-up-motion.js';

let motion: Promise<typeof import('./count-up-motion.js')> | undefined;

/** Drives the count-up of one widget; the widget asks it for the value to show while counting. */
export class CountUp {
  readonly #host: ReactiveControllerHost;
  #motion: CountUpMotion | undefined;
  #state: 'idle' | 'loading' | 'failed' = 'idle';

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /**
   * Called while rendering: whether counting is wanted. Returns the count's
   * current step, or undefined when the final values are to be shown.
   */
  update(enabled: boolean): Count | undefined {
    if (this.#motion) return this.#motion.update(enabled);
    if (!enabled || this.#state === 'failed' || motionReduced()) return undefined;
    if (this.#state === 'idle') {
      this.#state = 'loading';
      (motion ??= import('./count-up-motion.js'))
        .then(
          ({ CountUpMotion }) => (this.#motion = new CountUpMotion(this.#host)),
          () => (this.#state = 'failed'),
        )
        .finally(() => this.#host.requestUpdate());
    }
    return () => 0;
  }

  /** Called after rendering: the element whose appearance on screen starts the count. */
  watch(target: Element | null): void {
    this.#motion?.watch(target);
  }

  /** True while the host re-renders only to show the next step of the count. */
  get isFrameUpdate(): boolean {
    // While the chunk loads, the count stands at zero: the drawing is done once it is there.
    return (this.#state === 'loading' && !this.#motion) || !!this.#motion?.isFrameUpdate;
  }
}
