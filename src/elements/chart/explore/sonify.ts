/**
 * Hearing a series as tones (sonification), loaded the first time a reader
 * presses S on an explored chart. Each point is a short tone: the lowest value
 * of what is played at 220 Hz, the highest at 880 Hz, in even steps of pitch
 * between (two octaves), panned from left to right along the x axis; a point
 * without a value is a rest. A long series is heard in at most 160 tones, each
 * the mean of its run of points. Web Audio only: no library, no sound files.
 */
import type { ChartPoints, Position } from '../../../chart/spec.js';
import { chartStrings } from '../../../format/chart-strings.js';
import { tones } from '../../../format/languages/en.js';
import { fill, words } from '../../../format/strings.js';
import type { ToneStrings } from '../../../format/types.js';
import type { Model } from '../../../views/chart/model.js';
import { valueText } from '../../../views/chart/text.js';
import type { ExploreHost } from './host.js';

/** One tone: the first of the points it stands for, its pitch (null: a rest) and its place left to right (-1 to 1). */
export interface Tone {
  index: number;
  frequency: number | null;
  pan: number;
}

export const LOWEST_HZ = 220;
export const HIGHEST_HZ = 880;
export const MAX_TONES = 160;

/** The words of the player in `locale`'s language (the English ones load with the player). */
export const playerWords = (locale: string): ToneStrings => words(locale, 'tones', tones);

/**
 * The tones of `values` (null for a point without a value): one a point, or for more than `MAX_TONES` points one
 * for each run of points, at the mean of the run's values (a run of gaps is a rest).
 */
export function tonesOf(values: readonly (number | null)[]): Tone[] {
  const runs = Math.min(values.length, MAX_TONES);
  const present = values.filter((value): value is number => value !== null);
  const min = Math.min(...present);
  const span = Math.max(...present) - min;
  return Array.from({ length: runs }, (_, run) => {
    const index = Math.floor((run * values.length) / runs);
    const heard = values.slice(index, Math.floor(((run + 1) * values.length) / runs)).filter((value) => value !== null);
    const mean = heard.length ? heard.reduce((sum, value) => sum + value, 0) / heard.length : null;
    // Where the mean lies between the lowest and the highest value, 0 to 1 (the middle when all are equal).
    const height = mean === null ? 0 : span ? (mean - min) / span : 0.5;
    return {
      index,
      frequency: mean === null ? null : LOWEST_HZ * (HIGHEST_HZ / LOWEST_HZ) ** height,
      pan: runs > 1 ? -0.8 + (1.6 * run) / (runs - 1) : 0,
    };
  });
}

/** How long each of `count` tones lasts, in seconds: about 8 s in all, each between 60 and 250 ms. */
export const toneLength = (count: number) => Math.min(0.25, Math.max(0.06, 8 / count));

/**
 * What a reader hears before the tones: the series and the range played, e.g. "Level (points) as tones, from 2020
 * to 2023: lowest 10 (2021), highest 40 (2023)." `rows` are the model rows of the points with a value.
 */
export function playingSentence(model: Model, series: number, rows: readonly number[], locale: string): string {
  const { source, header, cells } = model.series[series]!;
  const at = (pick: (a: number, b: number) => boolean) => rows.reduce((a, b) => (pick(cells[b]!.y!, cells[a]!.y!) ? b : a));
  const value = (row: number) => valueText(source, cells[row]!, locale, Math.abs(cells[row]!.y!) >= 1_000_000, true);
  const spoken = (row: number) => `${value(row)} (${model.rows[row]!.label})`;
  const first = rows[0]!;
  // One point is said as the point: "January 2022 unrest: more than 5,000".
  const range =
    rows.length === 1
      ? `${model.rows[first]!.label}: ${value(first)}`
      : fill(chartStrings(locale).range, {
          first: model.rows[first]!.label,
          last: model.rows[rows[rows.length - 1]!]!.label,
          min: spoken(at((a, b) => a < b)),
          max: spoken(at((a, b) => a > b)),
        });
  return fill(playerWords(locale).playing, { series: header, range });
}

/** A playing series: `stop()` silences it at once; `stopped` says so in the chart's language. */
export interface Playback {
  stop(): void;
  stopped: string;
}

/**
 * Plays the series the reader is on (`at`) as tones, from the point they are on (from the first point when they are
 * on none, or on the last): says in `live` what it plays, then `show`s each point as its tone sounds (the explorer's
 * mark and tooltip, not announced, nor told to the page), and calls `ended` after the last. Undefined when there is
 * nothing to play, or no Web Audio (then `live` says so).
 */
export function playSeries(
  chart: ChartPoints,
  shown: ExploreHost['shown'],
  at: Position | undefined,
  live: HTMLElement,
  { show, ended }: { show: (at: Position) => void; ended: () => void },
): Playback | undefined {
  const known = at && chart.hasValue(at.series, at.index) ? at : undefined;
  let series = known?.series ?? 0;
  while (series < chart.seriesCount() && chart.withValue(series, 0, 1) === undefined) series++;
  const start = chart.withValue(series, 0, 1);
  if (!shown || start === undefined) return undefined;
  const { model, locale } = shown;
  // On the last point (nothing after it), the series plays from its first.
  const from = known && chart.withValue(series, known.index + 1, 1) !== undefined ? known.index : start;
  const values = chart.values(series).slice(from);
  // A drawn point's row in the model: on a date axis, the row of its index in the series.
  const rowOf = (index: number) => {
    const i = chart.valueIndex({ series, index });
    return model.time ? model.series[series]!.drawn[i]! : i;
  };
  const player = playerWords(locale);
  const rows = values.flatMap((value, n) => (value === null ? [] : [rowOf(from + n)]));
  live.textContent = playingSentence(model, series, rows, locale);
  const playback = play(
    tonesOf(values),
    (tone) => values[tone.index] !== null && show({ series, index: from + tone.index }),
    ended,
  );
  if (!playback) live.textContent = player.silent;
  return playback && { ...playback, stopped: player.stopped };
}

/**
 * Plays `tones`, calling `onTone(tone)` as each one sounds and `onEnd()` after the last (not after `stop()`).
 * Undefined when the browser has no Web Audio.
 */
export function play(tones: readonly Tone[], onTone: (tone: Tone) => void, onEnd: () => void): { stop(): void } | undefined {
  if (typeof AudioContext !== 'function' || !tones.length) return undefined;
  const audio = new AudioContext();
  const length = toneLength(tones.length);
  const start = audio.currentTime + 0.05;
  const timers: ReturnType<typeof setTimeout>[] = [];
  tones.forEach((tone, n) => {
    const at = start + n * length;
    if (tone.frequency !== null) {
      const oscillator = audio.createOscillator();
      oscillator.type = 'triangle';
      oscillator.frequency.setValueAtTime(tone.frequency, at);
      // A soft start and end: no clicks between tones.
      const gain = audio.createGain();
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(0.2, at + 0.01);
      gain.gain.linearRampToValueAtTime(0, at + length * 0.9);
      const panner = audio.createStereoPanner();
      panner.pan.value = tone.pan;
      oscillator.connect(gain).connect(panner).connect(audio.destination);
      oscillator.start(at);
      oscillator.stop(at + length);
    }
    timers.push(setTimeout(() => onTone(tone), (at - audio.currentTime) * 1000));
  });
  const stop = () => {
    timers.forEach(clearTimeout);
    void audio.close();
  };
  timers.push(
    setTimeout(
      () => {
        stop();
        onEnd();
      },
      (start + tones.length * length - audio.currentTime) * 1000,
    ),
  );
  return { stop };
}
