import { expect } from '@open-wc/testing';
import { ISO_PERIOD, formatPeriod, formatPeriodTick, parsePeriod, type Precision } from '../../src/format/periods.js';
import { precisionOf } from '../../src/format/precision.js';
import { kk } from '../../src/format/languages/kk.js';
import { ru } from '../../src/format/languages/ru.js';
import { provideLanguages } from '../../src/format/strings.js';
import type { DateUnit } from '../../src/chart/spec.js';
import { ISO_DATE } from '../../src/payload/iso-date.js';

/** Intl may put a no-break or narrow no-break space where English has a space: compare with plain spaces. */
const spaced = (text: string) => text.replace(/\s/g, ' ');

// Kazakh as shipped: Intl where the browser has Kazakh data, by hand where it has not (Debian's Chromium); both read the same.
before(() => provideLanguages({ ru, kk }));

describe('format/periods: reading a date-axis value', () => {
  it('ISO_PERIOD takes a year, a month, and every date or date-time ISO_DATE takes', () => {
    for (const x of ['2026', '2026-04', '2026-04-09', '2026-04-09T15:30', '2026-04-09T15:30:05.123+05:00', '2026-04-09T15:30Z']) {
      expect(ISO_PERIOD.test(x), x).to.equal(true);
    }
    for (const x of ['2026-04-09', '2026-04-09T15:30:05Z']) expect(ISO_DATE.test(x), x).to.equal(true);
    for (const x of ['26', '2026-4', '2026-04-9', '2026/04', 'April 2026', '2026-04T10:00', '2026-Q2', '']) {
      expect(ISO_PERIOD.test(x), x).to.equal(false);
    }
    // ISO_DATE is as it was: no year or month alone.
    expect(ISO_DATE.test('2026-04')).to.equal(false);
  });

  it('parses each written form at its precision, in UTC; a date-time is an instant', () => {
    expect(parsePeriod('2026')).to.deep.equal({ ms: Date.UTC(2026, 0, 1), precision: 'year' });
    expect(parsePeriod('2026-04')).to.deep.equal({ ms: Date.UTC(2026, 3, 1), precision: 'month' });
    expect(parsePeriod('2026-04-09')).to.deep.equal({ ms: Date.UTC(2026, 3, 9), precision: 'day' });
    expect(parsePeriod('2026-04-09T15:30Z')).to.deep.equal({ ms: Date.UTC(2026, 3, 9, 15, 30), precision: 'time' });
    expect(parsePeriod('2026-04-09T15:30+05:00')).to.deep.equal({ ms: Date.UTC(2026, 3, 9, 10, 30), precision: 'time' });
    // Without a zone a date-time is local time, as elsewhere in the library.
    expect(parsePeriod('2026-04-09T15:30')?.ms).to.equal(new Date(2026, 3, 9, 15, 30).getTime());
    expect(parsePeriod('2024-02-29')?.precision).to.equal('day');
    // Years before 100 are not read as 19xx.
    expect(new Date(parsePeriod('0050')!.ms).getUTCFullYear()).to.equal(50);
  });

  it('refuses impossible dates and other text', () => {
    for (const x of [
      '2026-13',
      '2026-00',
      '2026-02-30',
      '2025-02-29',
      '2026-04-31',
      '2026-04-00',
      '2026-02-30T10:00Z',
      '2026-04-09T25:00',
      '2026-04-09T10:60Z',
      'Q2 2026',
      '',
    ]) {
      expect(parsePeriod(x), x).to.equal(undefined);
    }
  });

  it('takes the given precision, else the finest form the values are written in', () => {
    expect(precisionOf(['2026-04', '2026-05'])).to.equal('month');
    expect(precisionOf(['2026', '2027'])).to.equal('year');
    expect(precisionOf(['2026-04-09', '2026-04-10'])).to.equal('day');
    expect(precisionOf(['2026-04-09', '2026-04-09T10:00Z'])).to.equal('time');
    expect(precisionOf(['2026', '2026-04'])).to.equal('month');
    expect(precisionOf(['2026-04-09'], 'quarter')).to.equal('quarter');
    expect(precisionOf([])).to.equal('day');
  });
});

describe('format/periods: a value at its precision', () => {
  const cases: Record<string, [x: string, precision: Precision, text: string][]> = {
    en: [
      ['2026', 'year', '2026'],
      ['2026-04', 'quarter', 'Q2 2026'],
      ['2026-01-01', 'quarter', 'Q1 2026'],
      ['2026-12-31', 'quarter', 'Q4 2026'],
      ['2026-04', 'month', 'Apr 2026'],
      ['2026-04-09', 'month', 'Apr 2026'],
      ['2026-04-09', 'day', 'Apr 9, 2026'],
      ['2026-04-09T15:30', 'time', 'Apr 9, 2026, 3:30 PM'],
      ['2026-04-09T15:30', 'day', 'Apr 9, 2026'],
      ['2026-04-09T15:30', 'year', '2026'],
    ],
    ru: [
      ['2026', 'year', '2026'],
      ['2026-04', 'quarter', 'II кв. 2026 г.'],
      ['2026-11-30', 'quarter', 'IV кв. 2026 г.'],
      ['2026-04', 'month', 'апр. 2026 г.'],
      ['2026-04-09', 'day', '9 апр. 2026 г.'],
    ],
    kk: [
      ['2026', 'year', '2026'],
      ['2026-04', 'quarter', '2026 ж. II тоқсан'],
      ['2026-09', 'quarter', '2026 ж. III тоқсан'],
      ['2026-04', 'month', '2026 ж. сәу.'],
      ['2026-04-09', 'day', '2026 ж. 09 сәу.'],
      ['2026-04-09T15:30', 'time', '2026 ж. 09 сәу., 15:30'],
    ],
  };
  for (const [locale, list] of Object.entries(cases)) {
    for (const [x, precision, text] of list) {
      it(`${locale}: "${x}" at ${precision} reads "${text}"`, () => {
        expect(spaced(formatPeriod(x, precision, locale))).to.equal(text);
      });
    }
  }

  it('never reads a value finer than it is written: a month is never a day', () => {
    for (const precision of ['day', 'time'] as const) {
      expect(formatPeriod('2026-04', precision, 'en')).to.equal('Apr 2026');
      expect(spaced(formatPeriod('2026-04', precision, 'ru'))).to.equal('апр. 2026 г.');
      expect(formatPeriod('2026-04', precision, 'kk')).to.equal('2026 ж. сәу.');
      expect(formatPeriod('2026', precision, 'en')).to.equal('2026');
    }
    expect(formatPeriod('2026', 'quarter', 'en')).to.equal('2026');
    expect(formatPeriod('2026-04', 'day', 'en')).not.to.contain('1');
  });

  it('leaves anything it cannot read as written', () => {
    expect(formatPeriod('2026-02-30', 'day', 'en')).to.equal('2026-02-30');
    expect(formatPeriod('soon', 'month', 'en')).to.equal('soon');
  });
});

describe('format/periods: ticks never finer than the precision', () => {
  const at = (...parts: [number, number, number?, number?]) => Date.UTC(parts[0], parts[1], parts[2] ?? 1, parts[3] ?? 0);
  const tick = (ms: number, precision: Precision, unit: DateUnit, locale = 'en') =>
    spaced(formatPeriodTick(ms, precision, unit, locale, true));

  it('year: "2026" at the start of a year, nothing finer', () => {
    expect(tick(at(2026, 0), 'year', 'year')).to.equal('2026');
    expect(tick(at(2026, 0), 'year', 'month')).to.equal('2026');
    expect(tick(at(2026, 3), 'year', 'month')).to.equal('');
    expect(tick(at(2026, 0, 9), 'year', 'day')).to.equal('');
    expect(tick(at(2026, 0, 1, 6), 'year', 'hour')).to.equal('');
  });

  it('quarter: "Q2 2026" at quarter starts, in each language', () => {
    expect(tick(at(2026, 3), 'quarter', 'month')).to.equal('Q2 2026');
    expect(tick(at(2026, 9), 'quarter', 'month')).to.equal('Q4 2026');
    expect(tick(at(2026, 4), 'quarter', 'month')).to.equal('');
    expect(tick(at(2026, 3, 2), 'quarter', 'day')).to.equal('');
    expect(tick(at(2026, 0), 'quarter', 'year')).to.equal('2026');
    expect(tick(at(2026, 3), 'quarter', 'month', 'ru')).to.equal('II кв. 2026 г.');
    expect(tick(at(2026, 3), 'quarter', 'month', 'kk')).to.equal('2026 ж. II тоқсан');
  });

  it('month: "Apr 2026" at month starts, never a day or an hour', () => {
    expect(tick(at(2026, 3), 'month', 'month')).to.equal('Apr 2026');
    expect(tick(at(2026, 3), 'month', 'day')).to.equal('Apr 2026');
    expect(tick(at(2026, 3, 9), 'month', 'day')).to.equal('');
    expect(tick(at(2026, 3, 1, 12), 'month', 'hour')).to.equal('');
    expect(tick(at(2026, 0), 'month', 'year')).to.equal('2026');
    expect(tick(at(2026, 3), 'month', 'day', 'ru')).to.equal('апр. 2026 г.');
    expect(tick(at(2026, 3), 'month', 'day', 'kk')).to.equal('2026 ж. сәу.');
  });

  it('day: the day at midnight, never an hour', () => {
    expect(tick(at(2026, 3, 9), 'day', 'day')).to.equal('Apr 9');
    expect(tick(at(2026, 3, 9), 'day', 'hour')).to.equal('Apr 9');
    expect(tick(at(2026, 3, 9, 6), 'day', 'hour')).to.equal('');
    expect(tick(at(2026, 3), 'day', 'month')).to.equal('Apr 2026');
  });

  it('time: every unit as the axis has it', () => {
    expect(tick(at(2026, 3, 9, 15), 'time', 'hour')).to.equal('3:00 PM');
    expect(tick(at(2026, 3, 9), 'time', 'day')).to.equal('Apr 9');
  });

  it('reads local time when the axis is not in UTC', () => {
    const local = new Date(2026, 3, 1).getTime();
    expect(formatPeriodTick(local, 'month', 'day', 'en', false)).to.equal('Apr 2026');
    expect(formatPeriodTick(local + 3_600_000, 'month', 'hour', 'en', false)).to.equal('');
    expect(formatPeriodTick(local, 'quarter', 'month', 'en', false)).to.equal('Q2 2026');
  });
});
