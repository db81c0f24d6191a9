/**
 * The types `render` (render.ts) and its targets (static/, apple-news/) share:
 * what a target is given, and the files it makes.
 */
import type { Chart, Payload } from '../payload/schema.js';
import type { ViewContext } from '../views/context.js';
import type { Model } from '../views/chart/model.js';
import type { QuoteView } from '../views/quote.js';
import type { PngPicture } from './pictures.js';

/** One file `render` made: its name in the output folder and its content. */
export interface RenderedFile {
  name: string;
  content: string | Uint8Array;
}

/** One chart, ready for a target: its model, sources, text alternative and picture. */
export interface RenderedChart {
  chart: Chart;
  model: Model;
  alt: string;
  picture: (PngPicture & { file: string }) | undefined;
}

/** Everything a target is given: the payload, the widgets' context and the charts, drawn. */
export interface RenderInputs {
  payload: Payload;
  context: ViewContext;
  width: number;
  charts: RenderedChart[];
  quotes: QuoteView[];
}
