/**
 * `newsroom-widgets/server`, for Node only: the widgets rendered without a
 * browser. `prerender` writes each widget's shadow root into the page as
 * declarative shadow DOM (with chart pictures when `@napi-rs/canvas` is
 * installed), so the page paints with no JavaScript and the script takes the
 * widgets over in place.
 */
export { prerender, PrerenderError, type PrerenderOptions, type PrerenderProblem } from './prerender.js';
export type { PictureOptions } from './pictures.js';
export { sourceReader } from './cli.js';
