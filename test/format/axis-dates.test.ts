import { expect } from '@open-wc/testing';
import { formatDateTick, formatDateTime } from '../../src/format/axis-dates.js';
import {
  kazakhDate,
  kazakhDateTick,
  kazakhDateTime,
  kazakhMonthShort,
  kazakhNumber,
  wallClock,
} from '../../src/format/kazakh.js';
import { provideLanguages } from '../../src/format/strings.js';
import { kk } from '../../src/format/languages/kk.js';

/** Intl puts a narrow no-break space before AM/PM in some versions: compare with plain spaces. */
const spaced = (text: string) => text.replace(/\s/g, ' ');
const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 23:30 UTC on 9 January 2022: another day, or another hour, in most time zones. */
const LATE = Date.UTC(2022, 0, 9, 23, 30);

describe('format/axis-dates', () => {
  it('writes the wall clock in UTC or in local time', () => {
    const date = new Date(LATE);
    expect(wallClock(date, true)).to.equal('2022-01-09T23:30:00.000Z');
    const local = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
    expect(wallClock(date, false).slice(0, 16)).to.equal(local);
  });

  it('formats a tick for each unit', () => {
    const ms = Date.UTC(2022, 0, 9, 15, 0);
    expect(formatDateTick(ms, 'day', 'en', true)).to.equal('Jan 9');
    expect(formatDateTick(ms, 'month', 'en', true)).to.equal('Jan 2022');
    expect(formatDateTick(ms, 'year', 'en', true)).to.equal('2022');
    expect(spaced(formatDateTick(ms, 'hour', 'en', true))).to.equal('3:00 PM');
    expect(formatDateTick(ms, 'hour', 'en-GB', true)).to.equal('15:00');
  });

  it('reads a tick in UTC for dates, in local time for date-times', () => {
    const date = new Date(LATE);
    expect(formatDateTick(LATE, 'day', 'en', true)).to.equal('Jan 9');
    expect(formatDateTick(LATE, 'hour', 'en-GB', true)).to.equal('23:30');
    expect(formatDateTick(LATE, 'day', 'en', false)).to.equal(`${MONTHS[date.getMonth()]} ${date.getDate()}`);
    // Intl may or may not pad the hour.
    expect(formatDateTick(LATE, 'hour', 'en-GB', false)).to.match(new RegExp(`^0?${date.getHours()}:${pad(date.getMinutes())}$`));
  });

  it('formats a date-time label in local time, and leaves a bad one as written', () => {
    // Without a zone, an ISO date-time is local time: the label shows it as written.
    expect(spaced(formatDateTime('2022-01-09T15:30', 'en'))).to.equal('Jan 9, 2022, 3:30 PM');
    expect(formatDateTime('not a date', 'en')).to.equal('not a date');
  });

  describe('Kazakh formatted by hand', () => {
    before(() => {
      // As in a browser without Kazakh Intl data, whatever this one has.
      provideLanguages({
        kk: {
          ...kk,
          byHand: {
            needed: () => true,
            number: kazakhNumber,
            date: kazakhDate,
            monthShort: kazakhMonthShort,
            dateTime: kazakhDateTime,
            dateTick: kazakhDateTick,
          },
        },
      });
    });

    it('formats ticks with the Kazakh month names', () => {
      const ms = Date.UTC(2022, 0, 9, 15, 0);
      expect(formatDateTick(ms, 'day', 'kk', true)).to.equal('9 қаң.');
      expect(formatDateTick(ms, 'month', 'kk', true)).to.equal('2022 ж. қаң.');
      expect(formatDateTick(ms, 'year', 'kk', true)).to.equal('2022');
      expect(formatDateTick(ms, 'hour', 'kk', true)).to.equal('15:00');
      expect(formatDateTick(Date.UTC(2022, 11, 31, 12), 'day', 'kk-KZ', true)).to.equal('31 жел.');
    });

    it('reads the hand-made tick in UTC or local time too', () => {
      const date = new Date(LATE);
      expect(formatDateTick(LATE, 'hour', 'kk', true)).to.equal('23:30');
      expect(formatDateTick(LATE, 'hour', 'kk', false)).to.equal(`${pad(date.getHours())}:${pad(date.getMinutes())}`);
    });

    it('formats a date-time label', () => {
      expect(formatDateTime('2022-01-09T15:30', 'kk')).to.equal('2022 ж. 09 қаң., 15:30');
    });
  });
});
