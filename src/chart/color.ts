/**
 * The colour arithmetic Chart.js needs, for the script bundles: they put this
 * module in place of `@kurkle/color` (rollup.config.mjs, `chartColor`).
 *
 * Chart.js uses a colour library in two places only: the default hover colour
 * (`new Color(c).saturate(0.5).darken(0.1).hexString()`) and the animation of
 * a colour (`new Color(b).mix(new Color(a), t).hexString()`). Its library also
 * parses the 148 named CSS colours, HSL, HWB and HSV, more than half of its
 * 4.6 KB; the colours a chart here is given are hex (the payload's) or `rgb()`
 * (the theme's, as the browser resolves them), so this reads hex, `rgb()`,
 * `rgba()` and `transparent`, with the same results (test/chart/color.test.ts
 * compares the two), and anything else is not valid, as the library has it.
 */

/** Red, green, blue and alpha, each from 0 to 255 (alpha as the library keeps it, unrounded). */
interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
/** Rounds half up, as the library does. */
const round = (value: number) => Math.floor(value + 0.5);
/** A share from 0 to 1 as a byte, and a byte as a share rounded to hundredths (the library's steps). */
const toByte = (share: number) => clamp(round(share * 255), 0, 255);
const toShare = (value: number) => clamp(round(value / 2.55) / 100, 0, 1);

const RGB = /^rgba?\(\s*([-+.\de]+)(%)?[\s,]+([-+.\de]+)(%)?[\s,]+([-+.\de]+)(%)?(?:[\s,/]+([-+.\de]+)(%)?)?\s*\)$/;

/** Parses `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()`, `rgba()` or `transparent`; undefined for anything else. */
function parse(text: string): Rgba | undefined {
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  if (/^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i.test(text)) {
    const short = text.length < 6;
    const digits = short ? [...text.slice(1)].map((digit) => digit + digit) : text.slice(1).match(/../g)!;
    const [r, g, b, a = 255] = digits.map((pair) => parseInt(pair, 16));
    return { r: r!, g: g!, b: b!, a };
  }
  const match = RGB.exec(text);
  if (!match) return undefined;
  // A percentage is rounded to a byte; a number is cut to one (as the library's `255 &` does).
  const channel = (at: number) =>
    match[at + 1] ? clamp(round(Number(match[at]) * 2.55), 0, 255) : Math.trunc(clamp(Number(match[at]), 0, 255));
  const alpha =
    match[7] === undefined
      ? 255
      : match[8]
        ? clamp(round(Number(match[7]) * 2.55), 0, 255)
        : clamp(Number(match[7]) * 255, 0, 255);
  return { r: channel(1), g: channel(3), b: channel(5), a: alpha };
}
/** Hue (degrees), saturation and lightness (0 to 1) of a colour. */
function toHsl({ r, g, b }: Rgba): [number, number, number] {
  const [red, green, blue] = [r / 255, g / 255, b / 255];
  const max = Math.max(red, green, blue);
  const min = Math.min(red, green, blue);
  const lightness = (max + min) / 2;
  if (max === min) return [0, 0, lightness];
  const d = max - min;
  const saturation = lightness > 0.5 ? d / (2 - max - min) : d / (max + min);
  const sector =
    max === red ? (green - blue) / d + (green < blue ? 6 : 0) : max === green ? (blue - red) / d + 2 : (red - green) / d + 4;
  return [Math.floor(sector * 60 + 0.5), saturation, lightness];
}

/** Red, green and blue (0 to 255) of a hue, saturation and lightness. */
function fromHsl(hue: number, saturation: number, lightness: number): [number, number, number] {
  const a = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    return toByte(lightness - a * Math.max(Math.min(k - 3, 9 - k, 1), -1));
  };
  return [channel(0), channel(8), channel(4)];
}

/** A colour as Chart.js uses it: `valid`, `mix`, `saturate`, `darken`, `hexString`. */
export class Color {
  #rgba: Rgba | undefined;

  constructor(input: unknown) {
    this.#rgba = typeof input === 'string' ? parse(input) : undefined;
  }

  /** False for a colour that could not be read: Chart.js then keeps the colour as it was given. */
  get valid(): boolean {
    return this.#rgba !== undefined;
  }

  /** Mixes `other` into this colour: `weight` of this one (default half), alpha weighing in as Sass's `mix` does. */
  mix(other: Color, weight = 0.5): this {
    const one = this.#rgba;
    const two = other.#rgba;
    if (!one || !two) return this;
    const [alphaOne, alphaTwo] = [toShare(one.a), toShare(two.a)];
    const w = 2 * weight - 1;
    const a = alphaOne - alphaTwo;
    const first = ((w * a === -1 ? w : (w + a) / (1 + w * a)) + 1) / 2;
    const blend = (x: number, y: number) => Math.trunc(first * x + (1 - first) * y + 0.5) & 255;
    this.#rgba = {
      r: blend(one.r, two.r),
      g: blend(one.g, two.g),
      b: blend(one.b, two.b),
      a: toByte(weight * alphaOne + (1 - weight) * alphaTwo),
    };
    return this;
  }

  /** More saturated by `ratio` of its saturation. */
  saturate(ratio: number): this {
    return this.#changeHsl(1, ratio);
  }

  /** Darker by `ratio` of its lightness. */
  darken(ratio: number): this {
    return this.#changeHsl(2, -ratio);
  }

  /** `#RRGGBB`, or `#RRGGBBAA` when not opaque (`#RGB`, `#RGBA` when that says the same); undefined when not valid. */
  hexString(): string | undefined {
    const color = this.#rgba;
    if (!color) return undefined;
    const bytes = [color.r, color.g, color.b, color.a].map((value) => Math.trunc(value) & 255);
    const short = bytes.every((value) => value % 17 === 0);
    const digits = bytes.map((value) => (short ? (value / 17).toString(16) : value.toString(16).padStart(2, '0')));
    return `#${digits
      .slice(0, color.a < 255 ? 4 : 3)
      .join('')
      .toUpperCase()}`;
  }

  #changeHsl(index: 1 | 2, ratio: number): this {
    const color = this.#rgba;
    if (!color) return this;
    const hsl = toHsl(color);
    hsl[index] = clamp(hsl[index] + hsl[index] * ratio, 0, 1);
    const [r, g, b] = fromHsl(...hsl);
    this.#rgba = { ...color, r, g, b };
    return this;
  }
}
