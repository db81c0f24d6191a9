/** Text on the canvas: fonts, sizes, wrapping and contrast, shared by the configuration and the plugins. */
import type { ChartColors } from './spec.js';

/** A box as wide as the chart: enough to size text by. */
interface Sized {
  width: number;
}

export const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** A canvas `font` value. */
export function fontString(size: number, family: string, weight = 400): string {
  return `${weight} ${size}px ${family}`;
}

/** The tick label size, in pixels: smaller in a narrow chart. */
export function tickSize(chart: Sized): number {
  return chart.width < 420 ? 11 : 12;
}

/** How wide the wrapped category labels of a horizontal chart may be. */
export function categoryLimit(chart: Sized): number {
  return clamp(chart.width * 0.28, 64, 240);
}

/** Splits text into lines no wider than `width` (a word longer than that gets a line of its own). */
export function wrapText(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const words = text.split(/[ \t\n]+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(candidate).width > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Relative luminance (WCAG) of an opaque colour, read back from the canvas as `#rrggbb`. */
export function luminance(ctx: CanvasRenderingContext2D, color: string): number {
  ctx.fillStyle = color;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(String(ctx.fillStyle).slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The theme colour (text or surface) that reads best on a bar of colour `fill`,
 * when it contrasts enough for small text inside the bar (WCAG AA, 4.5:1).
 */
export function textInside(ctx: CanvasRenderingContext2D, fill: string, colors: ChartColors): string | undefined {
  const l = luminance(ctx, fill);
  const [best] = [colors.text, colors.surface]
    .map((color): [string, number] => {
      const m = luminance(ctx, color);
      return [color, (Math.max(l, m) + 0.05) / (Math.min(l, m) + 0.05)];
    })
    .sort((a, b) => b[1] - a[1]);
  return best![1] >= 4.5 ? best![0] : undefined;
}
