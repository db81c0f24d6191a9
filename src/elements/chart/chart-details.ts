/**
 * The chart's details: its generated text alternative, made from the model
 * after the chart's first draw (in idle time), at once when the table is open
 * or the page is printed, and once per model. The CSV is made apart, when a
 * reader reaches for it (csv-file.ts).
 */
import { chartStrings } from '../../format/chart-strings.js';
import { whenIdle } from '../../internal/idle.js';
import type { Model } from '../../views/chart/model.js';
import { altText } from '../../views/chart/text.js';

/** The details of one model. */
export interface Details {
  model: Model;
  alt: string;
}

/** What the details are made for: the current model and language, and a redraw. */
export interface DetailsHost {
  model(): Model | undefined;
  locale(): string;
  requestUpdate(): void;
}

/** Makes and keeps a chart's details. */
export class ChartDetails {
  #details: Details | undefined;
  #cancelIdle: (() => void) | undefined;
  readonly #host: DetailsHost;

  constructor(host: DetailsHost) {
    this.#host = host;
  }

  /** The details of `model`, when made. */
  of(model: Model): Details | undefined {
    return this.#details?.model === model ? this.#details : undefined;
  }

  /** Whether any details were made (new data then makes them at once). */
  get made(): boolean {
    return this.#details !== undefined;
  }

  /** Whether a make is waiting for idle time. */
  get waiting(): boolean {
    return this.#cancelIdle !== undefined;
  }

  /** Makes the details of the current model, once. */
  make(locale = this.#host.locale()): void {
    const model = this.#host.model();
    if (!model || this.#details?.model === model) return;
    this.#details = { model, alt: altText(model, locale, chartStrings(locale)) };
  }

  /** Makes them in the next idle time and draws again; `unless` (checked then) can put it off. */
  whenIdle(unless: () => boolean = () => false): void {
    this.cancel();
    this.#cancelIdle = whenIdle(() => {
      this.#cancelIdle = undefined;
      if (unless()) return;
      this.make();
      this.#host.requestUpdate();
    });
  }

  /** Cancels a make waiting for idle time. */
  cancel(): void {
    this.#cancelIdle?.();
    this.#cancelIdle = undefined;
  }
}
