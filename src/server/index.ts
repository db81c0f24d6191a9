/**
 * `newsroom-widgets/server`, for Node only: the widgets rendered without a
 * browser. `prerender` writes each widget's shadow root into the page as
 * declarative shadow DOM (with chart pictures when `@napi-rs/canvas` is
 * installed), so the page paints with no JavaScript and the script takes the
 * widgets over in place. `render` makes files for surfaces that run no
 * script: static HTML (RSS, newsletters, print) and Apple News Format.
 */
export { prerender, PrerenderError, type PrerenderOptions, type PrerenderProblem } from './prerender.js';
export type { PictureOptions } from './pictures.js';
export { sourceReader } from './cli.js';
export { render, RenderError, RENDER_TARGETS, type RenderOptions, type RenderTarget, type RenderedFile } from './render.js';
export { writeRendered } from './render-cli.js';
