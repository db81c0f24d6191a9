/**
 * What the element hands the chart renderer: a prepared, renderer-neutral
 * description of one chart. Data arrays are the element's own copies (never
 * the caller's payload), colours are real CSS colours (no custom properties),
 * and every piece of text the canvas shows comes from a formatting function
 * the element made with `src/format`, so the renderer needs no locale logic.
 *
 * Types only: importing this module adds no code to any bundle.
 */
import type { NwChart } from './config/types.js';

/** A calendar unit for ticks on a date axis. */
export type DateUnit = 'hour' | 'day' | 'month' | 'year';

/** Colours of the canvas, resolved from the widget's theme tokens. */
export interface ChartColors {
  /** Panel headers and value labels outside bars. */
  text: string;
  /** Tick labels. */
  muted: string;
  /** Grid lines and axis lines. */
  grid: string;
  /** The widget's background, for text on dark fills and tooltips. */
  surface: string;
}

/** The index axis (x for vertical charts, y for horizontal bars). */
export type IndexAxisSpec =
  | {
      kind: 'category';
      /** One label per category, already formatted (dates included). */
      labels: string[];
      /** Axis title, if any. */
      title?: string;
    }
  | {
      kind: 'time';
      /** First and last timestamp (ms since the epoch). */
      min: number;
      max: number;
      /** True when every x is a date without time: ticks fall on UTC days. */
      utc: boolean;
      /** Formats a tick at a calendar boundary of `unit`. */
      formatTick(ms: number, unit: DateUnit): string;
      /** Axis title, if any. */
      title?: string;
    };

/** One value axis: a panel of its own, or one side of a shared panel. */
export interface PanelSpec {
  /** Header drawn above the panel, e.g. "Estimated damage (US dollars)". */
  title: string;
  /** The largest absolute value measured on this axis. */
  max: number;
  /** Formats a tick value of this axis. */
  formatTick(value: number): string;
}

/** How a series is drawn: bars, a line, or a line with the area under it filled. */
export type SeriesKind = 'bar' | 'line' | 'area';

/** An interval around a point: an error bar on a bar, a band along a line or area. */
export interface RangeSpec {
  low: number;
  high: number;
}

/**
 * A position on an axis: on the index axis a category's index (category axis)
 * or a timestamp (time axis); on a value axis a value of that axis.
 */
export type AxisPosition = number;

/**
 * An annotation, ready to draw. Its label is already formatted; the chart draws it where it fits within the plot
 * (never over its edges nor over another label) and leaves it out where it does not, so the element also gives
 * it in text. A value axis is widened to show its annotations, a date axis its dates; a category outside the
 * labels is not drawn.
 */
export type AnnotationSpec =
  | {
      /** A reference line (dashed, in the text colour). */
      kind: 'line';
      /** `index`: at a category or date, across every panel (upright on a vertical chart); `value`: at a value of panel `panel`. */
      axis: 'index' | 'value';
      at: AxisPosition;
      /** The panel (value axis) of a value line; not read for an index line. */
      panel: number;
      label?: string | undefined;
    }
  | {
      /** A shaded range, from `from` to `to` (either order); on a category axis it covers those categories whole. */
      kind: 'range';
      axis: 'index' | 'value';
      from: AxisPosition;
      to: AxisPosition;
      /** The panel (value axis) of a value range; not read for an index range. */
      panel: number;
      label?: string | undefined;
    }
  | {
      /** A note on a point: a short leader from it (away from the axis' zero, else towards it) to the label. */
      kind: 'note';
      /** The series and the index of the point in its `values` the note points at. */
      series: number;
      index: number;
      label: string;
    };

/** One series, ready to draw. */
export interface SeriesSpec {
  /** The series label (tooltips use their own text). */
  label: string;
  /** How this series is drawn. */
  type: SeriesKind;
  /** Its colour, any CSS colour the canvas understands. */
  color: string;
  /** Index into `ChartSpec.panels` of the axis it is measured on. */
  panel: number;
  /**
   * For a category axis: one value per category label (null = no value).
   * For a time axis: points sorted by x.
   */
  values: (number | null)[] | { x: number; y: number | null }[];
  /** Text of the value label at a bar's end (qualifier included), or undefined for none. */
  valueLabel?: (index: number) => string | undefined;
  /**
   * The interval of each value, by the same index as `values` (null: none); a point whose value is null may
   * have one. On a percent-stacked chart there are none. A series of bars with ranges gets no value labels
   * (its error bars stand there): its qualified values are marked.
   */
  ranges?: (RangeSpec | null)[] | undefined;
  /**
   * Which values carry a qualifier ("about", "more than"…), by the same index as `values`: where their value
   * labels are not drawn (none given, or they did not fit), the chart marks these points
   * (`ChartSpec.qualifierMark`) so no qualifier is lost.
   */
  qualified?: boolean[] | undefined;
  /** Drawn faint: the chart highlights other series. */
  muted?: boolean | undefined;
  /** Drawn emphasised, not by colour alone: a thicker line, or bars with an outline in the text colour. */
  emphasised?: boolean | undefined;
}

/** Everything the renderer needs to draw one chart. */
export interface ChartSpec {
  /** The chart's base type; series may override it. */
  type: SeriesKind;
  /**
   * `stacked`: the bars of a panel stand on one another, and so do its areas (lines stay apart); `percent`: the
   * same, and the values are already each series' share of its category's total (0–100), on an axis from 0 to
   * 100 (ticks by `formatTick`). Value labels of stacked bars go inside their segments, or are not drawn. The
   * panel's `max` is then its largest stack.
   */
  stacking: 'none' | 'stacked' | 'percent';
  /** Annotations, in the payload's order (an earlier one's label wins the room). */
  annotations: AnnotationSpec[];
  /**
   * Categories that stand out (by index, on a category axis): their bars are outlined and their tick labels bold,
   * the other categories' bars faint; lines get larger points there. Empty: none.
   */
  highlightCategories: number[];
  /** The mark drawn by a qualified value whose label is not drawn, e.g. "*" (the element explains it below the chart). */
  qualifierMark: string;
  /** True for horizontal bars: categories on y, values on x. */
  horizontal: boolean;
  /** `panels`: value axes stacked along the index axis; `dual`: up to two value axes on opposite sides. */
  layout: 'panels' | 'dual';
  index: IndexAxisSpec;
  panels: PanelSpec[];
  series: SeriesSpec[];
  colors: ChartColors;
  /** The CSS font family the canvas uses. */
  fontFamily: string;
  /** False under `prefers-reduced-motion: reduce` (and for very large data). */
  animate: boolean;
  /** Tooltip text. */
  tooltip: {
    /** The title line for a hovered point of a series. */
    title(series: number, index: number): string;
    /** One line for a hovered point, e.g. "People detained: more than 5,000". */
    label(series: number, index: number): string;
    /** A note on a point, if any. */
    note(series: number, index: number): string | undefined;
  };
}

/** A drawn point of a live chart: its series, and its index in the series' drawn points. */
export interface Position {
  series: number;
  index: number;
}

/** Where a drawn point is, in the canvas's CSS pixels: its centre (a bar's middle), and its size (0 for a line point). */
export interface PointBox {
  x: number;
  y: number;
  width: number;
  height: number;
  bar: boolean;
}

/**
 * The drawn points of a live chart, as keyboard exploration and tones walk and show them: plain numbers, no
 * Chart.js. After the chart is destroyed there are none.
 */
export interface ChartPoints {
  /** The canvas the chart draws on. */
  readonly canvas: HTMLCanvasElement;
  /** How many series the chart draws. */
  seriesCount(): number;
  /** The value of each drawn point of `series`, in order (null: no value). */
  values(series: number): (number | null)[];
  /** Whether point `index` of `series` is drawn and has a value. */
  hasValue(series: number, index: number): boolean;
  /** The first point of `series` with a value from `index` on, going by `step` (1 or -1); undefined past the end. */
  withValue(series: number, index: number, step: number): number | undefined;
  /** The point of `series` with a value nearest to `from` along the index axis (the same category, or the nearest date). */
  nearest(from: Position, series: number): number | undefined;
  /** A drawn point's index in its series' values (decimation drops points on a date axis). */
  valueIndex(at: Position): number;
  /**
   * Shows point `at` as the pointer would (its category, or the point itself on a date axis, with the hover colours
   * and the tooltip, which stands by `at`), and says where it is drawn; undefined when it is not drawn.
   */
  show(at: Position): PointBox | undefined;
  /** Shows no point: the tooltip goes. */
  hide(): void;
}

/** What `createChart` returns: the live chart, behind a small interface. */
export interface ChartHandle {
  /** The canvas the chart is drawn on. */
  readonly canvas: HTMLCanvasElement;
  /** The live Chart.js chart, while one is drawn: for `pointsOf` (`points.ts`) alone. */
  current(): NwChart | undefined;
  /** Applies a new spec (with the forms' code the handle was made with): in place when Chart.js allows, else destroys and recreates. */
  update(spec: ChartSpec): void;
  /** Resizes to the canvas box (for printing). */
  resize(): void;
  /** Destroys the chart; the handle is unusable afterwards. */
  destroy(): void;
}

/** What the element gives the renderer besides the spec. */
export interface ChartCallbacks {
  /** Called once Chart.js has fully drawn a spec (after animation, on a canvas with a size). */
  onRendered(): void;
  /**
   * The tooltip box the element renders: `<div class="tip" hidden aria-hidden="true">`
   * right after the canvas, in its `position: relative` box. The renderer fills,
   * places, shows and hides it, and never creates or removes it.
   */
  tip: HTMLElement;
  /** The pointer (mouse or touch) came onto a point: its series, and its index in the series' values. */
  onPoint?(series: number, index: number): void;
}
