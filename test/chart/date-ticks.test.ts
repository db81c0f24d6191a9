import { expect } from '@open-wc/testing';
import { DAY, HOUR, STEPS, boundaryTicks, dateTicks } from '../../src/chart/date-ticks.js';

const utc = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('date ticks', () => {
  it('lists its steps finest first', () => {
    const durations = STEPS.map(([, , duration]) => duration);
    expect(durations).to.deep.equal([...durations].sort((a, b) => a - b));
    expect(STEPS[0]).to.deep.equal(['hour', 1, HOUR]);
    expect(STEPS.at(-1)?.[0]).to.equal('year');
  });

  it('steps by days over a few weeks, on UTC midnights for date-only data', () => {
    const { ticks, unit } = dateTicks(utc(2022, 1, 1), utc(2022, 1, 10), true, 12);
    expect(unit).to.equal('day');
    expect(ticks.map(iso)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `2022-01-${String(i + 1).padStart(2, '0')}`));
  });

  it('steps by a week when days would be too many, keeping the step aligned', () => {
    const { ticks, unit } = dateTicks(utc(2022, 1, 1), utc(2022, 3, 1), true, 10);
    expect(unit).to.equal('day');
    expect(ticks.length).to.be.within(2, 10);
    expect(ticks.every((t, i) => i === 0 || t - ticks[i - 1]! === 7 * DAY)).to.equal(true);
  });

  it('steps by months over a year, on the first of each month', () => {
    const { ticks, unit } = dateTicks(utc(2021, 1, 1), utc(2021, 12, 31), true, 13);
    expect(unit).to.equal('month');
    expect(ticks.map(iso)).to.deep.equal(Array.from({ length: 12 }, (_, i) => `2021-${String(i + 1).padStart(2, '0')}-01`));
  });

  it('steps by whole months of 3 or 6 when fewer ticks fit', () => {
    const { ticks, unit } = dateTicks(utc(2021, 1, 1), utc(2021, 12, 31), true, 4);
    expect(unit).to.equal('month');
    expect(ticks.length).to.be.within(2, 4);
    expect(ticks.map((t) => new Date(t).getUTCMonth() % 3)).to.deep.equal(ticks.map(() => 0));
  });

  it('steps by years over decades, on the first of January of multiples of the step', () => {
    const { ticks, unit } = dateTicks(utc(1990, 6, 1), utc(2030, 6, 1), true, 6);
    expect(unit).to.equal('year');
    expect(ticks.map(iso)).to.deep.equal(['2000-01-01', '2010-01-01', '2020-01-01', '2030-01-01']);
  });

  it('never gives more ticks than asked when the chosen step leaves two or more', () => {
    for (const span of [3, 20, 45, 100, 400, 2000, 20_000]) {
      for (const max of [2, 3, 5, 8, 12]) {
        const { ticks } = dateTicks(utc(2020, 3, 7), utc(2020, 3, 7) + span * DAY, true, max);
        if (ticks.length >= 2) expect(ticks.length, `${span} days, at most ${max}`).to.be.at.most(max);
      }
    }
  });

  it('steps by hours only for data with a time of day, on local hours', () => {
    const start = new Date(2022, 0, 5, 0, 0).getTime();
    const local = dateTicks(start, start + 12 * HOUR, false, 8);
    expect(local.unit).to.equal('hour');
    expect(local.ticks.every((t) => new Date(t).getMinutes() === 0 && new Date(t).getHours() % 3 === 0)).to.equal(true);
    const dateOnly = dateTicks(utc(2022, 1, 5), utc(2022, 1, 5) + 12 * HOUR, true, 8);
    expect(dateOnly.unit).to.equal('day');
  });

  it('puts local day ticks on local midnights and UTC ones on UTC midnights', () => {
    const start = new Date(2022, 0, 1, 13).getTime();
    const local = boundaryTicks(start, start + 5 * DAY, false, 'day', 1);
    expect(local).to.have.length(5);
    expect(local.every((t) => new Date(t).getHours() === 0 && t >= start)).to.equal(true);
    const inUtc = boundaryTicks(utc(2022, 1, 1, 13), utc(2022, 1, 6, 13), true, 'day', 1);
    expect(inUtc.map(iso)).to.deep.equal(['2022-01-02', '2022-01-03', '2022-01-04', '2022-01-05', '2022-01-06']);
  });

  it('gives a single point its own tick, at the finest step that holds it', () => {
    const day = utc(2022, 1, 9);
    expect(dateTicks(day, day, true, 8)).to.deep.equal({ ticks: [day], unit: 'day' });
    const hour = new Date(2022, 0, 9, 15).getTime();
    expect(dateTicks(hour, hour, false, 8)).to.deep.equal({ ticks: [hour], unit: 'hour' });
  });

  it('falls back to a finer step when the chosen one would leave a single tick', () => {
    // Two weeks: 14-day ticks (aligned to 14-day multiples since the epoch) land once, on 6 January; weekly ones twice.
    expect(boundaryTicks(utc(2022, 1, 3), utc(2022, 1, 17), true, 'day', 14).map(iso)).to.deep.equal(['2022-01-06']);
    const { ticks, unit } = dateTicks(utc(2022, 1, 3), utc(2022, 1, 17), true, 2);
    expect(unit).to.equal('day');
    expect(ticks.map(iso)).to.deep.equal(['2022-01-06', '2022-01-13']);
  });

  it('stops at 500 ticks however long the span', () => {
    expect(boundaryTicks(utc(2000, 1, 1), utc(2100, 1, 1), false, 'hour', 1)).to.have.length(500);
  });
});
