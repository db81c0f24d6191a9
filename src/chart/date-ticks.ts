/**
 * Date ticks on a linear axis over timestamps, with no date library: ticks fall
 * on calendar boundaries (hours, days, months, years), local or UTC.
 */
import type { DateUnit } from './spec.js';

export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** The steps ticks may take, finest first: unit, how many of it, and about how long that is (ms). */
export const STEPS: readonly (readonly [DateUnit, number, number])[] = [
  ...[1, 3, 6, 12].map((n) => ['hour', n, n * HOUR] as const),
  ...[1, 2, 7, 14].map((n) => ['day', n, n * DAY] as const),
  ['month', 1, 30.44 * DAY],
  ['month', 2, 60.9 * DAY],
  ['month', 3, 91.3 * DAY],
  ['month', 6, 182.6 * DAY],
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((n) => ['year', n, n * 365.25 * DAY] as const),
];

/**
 * Tick timestamps on calendar boundaries between `min` and `max`: the finest
 * step that gives at most `maxTicks` of them, or a finer one when that step
 * would leave a single tick. With `utc` (date-only data) ticks fall on UTC
 * boundaries and never step by hours.
 */
export function dateTicks(min: number, max: number, utc: boolean, maxTicks: number): { ticks: number[]; unit: DateUnit } {
  const span = Math.max(max - min, 1);
  const steps = STEPS.filter(([unit]) => !(utc && unit === 'hour'));
  let index = steps.findIndex(([, , duration]) => span / duration + 1 <= Math.max(2, maxTicks));
  if (index < 0) index = steps.length - 1;
  let ticks = boundaryTicks(min, max, utc, steps[index]![0], steps[index]![1]);
  if (ticks.length < 2 && index > 0) {
    index -= 1;
    ticks = boundaryTicks(min, max, utc, steps[index]![0], steps[index]![1]);
  }
  return { ticks, unit: steps[index]![0] };
}

/** Every boundary of `step` × `unit` between `min` and `max`, aligned to the calendar (at most 500). */
export function boundaryTicks(min: number, max: number, utc: boolean, unit: DateUnit, step: number): number[] {
  const date = new Date(min);
  // Hours are always local: a date-only axis (UTC) never steps by hours.
  const zone = utc ? 'UTC' : '';
  const field = ({ hour: 'Hours', day: 'Date', month: 'Month', year: 'FullYear' } as const)[unit];
  const get = (name: typeof field) => date[`get${zone}${name}`]();
  const add = (n: number) => date[`set${zone}${field}`](get(field) + n);
  // Back to the start of the unit…
  date[`set${zone}Hours`](unit === 'hour' ? get('Hours') : 0, 0, 0, 0);
  if (unit === 'month' || unit === 'year') date[`set${zone}Date`](1);
  if (unit === 'year') date[`set${zone}Month`](0);
  // …then on to the first boundary at or after `min` that is a multiple of `step`.
  const position = () =>
    unit === 'day'
      ? Math.round((date.getTime() - (utc ? 0 : date.getTimezoneOffset() * 60_000)) / DAY)
      : unit === 'month'
        ? get('FullYear') * 12 + get('Month')
        : get(field);
  for (let guard = 0; (date.getTime() < min || position() % step) && guard < 1000; guard++) add(1);
  const ticks: number[] = [];
  for (let guard = 0; date.getTime() <= max && guard < 500; guard++, add(step)) ticks.push(date.getTime());
  return ticks;
}
