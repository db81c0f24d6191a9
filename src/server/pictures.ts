/**
 * Pictures of charts for pre-rendered pages: each chart drawn by Chart.js on
 * Node, with the live chart's own configuration, on a canvas from
 * `@napi-rs/canvas` (an optional dependency; without it a chart is
 * pre-rendered without a picture). One picture per layout the chart's box
 * takes (narrow, wide, full), per colour scheme the widget may show,
 * at twice the CSS pixel size. A chart of the forms beyond plain bars and
 * lines (stacking, areas, ranges, annotations, highlight) is drawn with the
 * renderer's code for them, as the live chart is.
 */
import type { PictureTarget } from '../chart/picture.js';
import type { ChartPicture } from '../views/chart/view.js';
import { buildSpec, THEME_TOKENS } from '../views/chart/build-spec.js';
import { parseAspectRatio, plotBox, sizedByRows, usesForms, type Model } from '../views/chart/model.js';
import { resolveColor, type Scheme } from './theme.js';

type CanvasModule = typeof import('@napi-rs/canvas');

/** How pictures are drawn. */
export interface PictureOptions {
  /** CSS font family of the text in the pictures; default `sans-serif` (whatever the machine maps it to). */
  fontFamily?: string;
  /** Font files (TTF, OTF, WOFF2) to draw with, e.g. the site's own typeface; named by their family. */
  fontFiles?: readonly string[];
  /** Device pixels per CSS pixel; default 2. */
  pixelRatio?: number;
}

/**
 * The layouts of the chart's box, by the width of the chart (its container
 * query): at most 30em narrow (the box's narrow sizes apply), up to 50em wide,
 * above it full; each picture is drawn at a width typical of its range.
 */
const LAYOUTS = [
  { name: 'wide', width: 640, narrow: false },
  { name: 'narrow', width: 320, narrow: true },
  { name: 'full', width: 960, narrow: false },
] as const;

/** WebP quality: flat colours and text stay sharp at half a PNG's bytes. */
const WEBP_QUALITY = 90;

/** The root font size the box's em sizes are drawn at. */
const EM = 16;

let loaded: Promise<CanvasModule | undefined> | undefined;

/** `@napi-rs/canvas`, or undefined when it is not installed. */
function loadCanvas(): Promise<CanvasModule | undefined> {
  return (loaded ??= import('@napi-rs/canvas').then(
    (module) => module,
    () => undefined,
  ));
}

/** The picture's height for a box `width` CSS pixels wide. */
function heightOf(model: Model, aspectRatio: string | undefined, width: number, narrow: boolean): number {
  const box = plotBox(model, aspectRatio);
  const em = (value: string) => Number.parseFloat(value) * EM;
  if (sizedByRows(model, aspectRatio)) return Math.max(8 * EM, em(narrow ? box['--_narrow-height'] : box['--_height']));
  const ratio = parseAspectRatio(aspectRatio) ?? 16 / 9;
  return Math.round(Math.max(width / (narrow ? Math.min(ratio, 4 / 3) : ratio), em(box['--_min-height'])));
}

/**
 * The family the canvas draws `fontFamily` with: the first named family the
 * machine has, else (for `sans-serif` and the like) the installed family whose
 * glyphs measure the same.
 */
function usedFont(canvas: CanvasModule, fontFamily: string): string {
  const families = canvas.GlobalFonts.families.map((font) => font.family);
  const named = fontFamily.split(',').map((name) => name.trim().replace(/^["']|["']$/g, ''));
  const found = named.find((name) => families.some((family) => family.toLowerCase() === name.toLowerCase()));
  if (found) return found;
  const context = canvas.createCanvas(10, 10).getContext('2d');
  const width = (family: string) => {
    context.font = `40px ${family}`;
    return context.measureText('Hamburgefonstiv 0123456789').width;
  };
  const drawn = width(fontFamily);
  const match = families.find((family) => Math.abs(width(JSON.stringify(family)) - drawn) < 0.01);
  return match ? `${match} (for ${fontFamily})` : fontFamily;
}

/** Draws pictures of charts: what `pictureDrawer` gives. */
export interface PictureDrawer {
  /** The font the pictures' text is drawn in, as the machine resolves the family. */
  font: string;
  /** Draws `model` for every layout, in `scheme` (`light dark`: both); the class names say which picture is which. */
  draw(model: Model, aspectRatio: string | undefined, locale: string, scheme: string): ChartPicture[];
  /**
   * One PNG of `model`, `width` CSS pixels wide (at the pixel ratio), on the
   * light surface colour, with the legend drawn above the chart when it has
   * one: for pages and apps that show it as an image. Undefined when the
   * chart is too tall for a picture (`MAX_PICTURE_PIXELS`).
   */
  png(model: Model, aspectRatio: string | undefined, locale: string, width: number): PngPicture | undefined;
}

/**
 * The most pixels a PNG may have on a side (Apple News takes no image above
 * 6,000): a chart taller than this at the pixel ratio is drawn at a lower
 * one, and one too tall even at 1× is not drawn (`png` gives undefined).
 */
export const MAX_PICTURE_PIXELS = 6000;

/** A PNG picture and its size in CSS pixels. */
export interface PngPicture {
  data: Uint8Array;
  width: number;
  height: number;
}

/** Charts narrower than this take their narrow layout (the box's container query, 30em). */
const NARROW_BELOW = 30 * 16;

/** The legend's line height and swatch size in CSS pixels. */
const LEGEND_LINE = 22;
const SWATCH = 12;
/** The line on top of an area's swatch, and how much of its colour the fill below it has (the live legend's `.swatch.area`). */
const AREA_LINE = 3;
const AREA_FILL_ALPHA = 0.35;

type Context2D = ReturnType<ReturnType<CanvasModule['createCanvas']>['getContext']>;

/** The legend's font: bold for a highlighted series (it stands out by weight as well as colour). */
function legendFont(fontFamily: string, bold: boolean): string {
  return `${bold ? 'bold ' : ''}14px ${fontFamily}`;
}

/** Lays the legend's entries out in lines no wider than `width`: each entry's x and line. */
function legendLayout(
  context: Context2D,
  labels: readonly { text: string; font: string }[],
  width: number,
): { x: number; line: number }[] {
  let x = 0;
  let line = 0;
  return labels.map((label) => {
    context.font = label.font;
    const entry = SWATCH + 6 + context.measureText(label.text).width + 18;
    if (x > 0 && x + entry > width) {
      x = 0;
      line += 1;
    }
    const at = { x, line };
    x += entry;
    return at;
  });
}

/** A series' swatch in the legend, centred on `y`: a line, a square, or an area's fill under its line. */
function drawSwatch(context: Context2D, type: Model['series'][number]['type'], color: string, x: number, y: number): void {
  context.fillStyle = color;
  if (type === 'line') return context.fillRect(x, y - 1.5, SWATCH, 3);
  if (type === 'bar') return context.fillRect(x, y - SWATCH / 2, SWATCH, SWATCH);
  context.globalAlpha = AREA_FILL_ALPHA;
  context.fillRect(x, y - SWATCH / 2 + AREA_LINE, SWATCH, SWATCH - AREA_LINE);
  context.globalAlpha = 1;
  context.fillRect(x, y - SWATCH / 2, SWATCH, AREA_LINE);
}

/** A drawer of chart pictures, or undefined when `@napi-rs/canvas` is not installed. */
export async function pictureDrawer(options: PictureOptions = {}): Promise<PictureDrawer | undefined> {
  const canvas = await loadCanvas();
  if (!canvas) return undefined;
  const [{ drawPicture }, { forms, withForms }] = await Promise.all([
    import('../chart/picture.js'),
    import('../views/chart/spec-forms.js'),
  ]);
  /** The forms' code, for a chart that uses them. */
  const formsOf = (model: Model) => (usesForms(model) ? forms : undefined);
  /** The spec of `model`, with its forms. */
  const specOf = (model: Model, colors: string[], fontFamily: string, locale: string) => {
    const spec = buildSpec(model, colors, fontFamily, false, locale);
    return usesForms(model) ? withForms(spec, model, locale) : spec;
  };
  for (const file of options.fontFiles ?? []) {
    if (!canvas.GlobalFonts.registerFromPath(file)) throw new Error(`cannot load the font file ${file}`);
  }
  const pixelRatio = options.pixelRatio ?? 2;
  const fontFamily = options.fontFamily ?? 'sans-serif';
  return {
    font: usedFont(canvas, fontFamily),
    draw(model, aspectRatio, locale, scheme) {
      const schemes: Scheme[] = scheme === 'dark' ? ['dark'] : scheme === 'light' ? ['light'] : ['light', 'dark'];
      return schemes.flatMap((drawnIn) => {
        const colors = THEME_TOKENS.map((token) => resolveColor(token, drawnIn));
        const spec = specOf(model, colors, fontFamily, locale);
        return LAYOUTS.map((layout) => {
          const height = heightOf(model, aspectRatio, layout.width, layout.narrow);
          const target = canvas.createCanvas(layout.width, height);
          // Chart.js draws on any canvas with a 2D context; its types know only the DOM's.
          const chartTarget = target as unknown as PictureTarget;
          const webp = drawPicture(chartTarget, spec, pixelRatio, () => target.encodeSync('webp', WEBP_QUALITY), formsOf(model));
          return {
            className: `picture ${layout.name}${schemes.length > 1 ? ` ${drawnIn}` : ''}`,
            src: `data:image/webp;base64,${webp.toString('base64')}`,
            width: layout.width,
            height,
          };
        });
      });
    },
    png(model, aspectRatio, locale, width) {
      const colors = THEME_TOKENS.map((token) => resolveColor(token, 'light'));
      const spec = specOf(model, colors, fontFamily, locale);
      const chartHeight = heightOf(model, aspectRatio, width, width < NARROW_BELOW);
      const measure = canvas.createCanvas(1, 1).getContext('2d');
      const labels = model.legend
        ? model.series.map((series, index) => ({
            text: series.header,
            font: legendFont(fontFamily, model.highlight.series.includes(index)),
          }))
        : [];
      const places = legendLayout(measure, labels, width - 16);
      const legendHeight = labels.length ? (Math.max(...places.map((place) => place.line)) + 1) * LEGEND_LINE + 8 : 0;
      const height = chartHeight + legendHeight;
      const ratio = Math.min(pixelRatio, Math.floor((MAX_PICTURE_PIXELS / height) * 100) / 100);
      if (ratio < 1) return undefined;
      const chartCanvas = canvas.createCanvas(width, chartHeight);
      const read = () => {
        const out = canvas.createCanvas(Math.round(width * ratio), Math.round(height * ratio));
        const context = out.getContext('2d');
        context.scale(ratio, ratio);
        context.fillStyle = resolveColor('var(--nw-color-surface)', 'light');
        context.fillRect(0, 0, width, height);
        context.textBaseline = 'middle';
        model.series.forEach((series, index) => {
          const place = places[index];
          const label = labels[index];
          if (!place || !label) return;
          const x = 8 + place.x;
          const y = 4 + place.line * LEGEND_LINE + LEGEND_LINE / 2;
          drawSwatch(context, series.type, resolveColor(series.color, 'light'), x, y);
          context.fillStyle = resolveColor('var(--nw-color-text)', 'light');
          context.font = label.font;
          context.fillText(label.text, x + SWATCH + 6, y);
        });
        context.drawImage(chartCanvas, 0, legendHeight, width, chartHeight);
        return { data: out.encodeSync('png'), width, height };
      };
      return drawPicture(chartCanvas as unknown as PictureTarget, spec, ratio, read, formsOf(model));
    },
  };
}
