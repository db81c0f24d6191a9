// Node has full ICU: the Kazakh helpers used by browsers without Kazakh data
// must write exactly what full-ICU Kazakh writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kazakhDate, kazakhNumber, kazakhNeedsHelp } from '../../lib/format/kazakh.js';

test('Node has Kazakh data, so no help is needed here', () => {
  assert.equal(kazakhNeedsHelp(), false);
});

test('numbers match full-ICU Kazakh', () => {
  const cases = [
    [1200, {}],
    [-1234.5, { maximumFractionDigits: 2 }],
    [5000, { notation: 'compact', compactDisplay: 'short', maximumFractionDigits: 1 }],
    [25_000, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }],
    [2_000_000, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }],
    [2_500_000_000, { notation: 'compact', compactDisplay: 'short', maximumFractionDigits: 1 }],
    [0.125, { style: 'percent', maximumFractionDigits: 1 }],
    [
      200_000_000,
      {
        style: 'currency',
        currency: 'USD',
        currencyDisplay: 'name',
        notation: 'compact',
        compactDisplay: 'long',
        minimumFractionDigits: 0,
        maximumFractionDigits: 1,
      },
    ],
    [
      200_000_000,
      {
        style: 'currency',
        currency: 'USD',
        currencyDisplay: 'narrowSymbol',
        notation: 'compact',
        compactDisplay: 'short',
        minimumFractionDigits: 0,
        maximumFractionDigits: 1,
      },
    ],
    [2000, { style: 'currency', currency: 'KZT', currencyDisplay: 'name', minimumFractionDigits: 0 }],
  ];
  for (const [value, options] of cases) {
    assert.equal(
      kazakhNumber(value, options),
      new Intl.NumberFormat('kk', options).format(value),
      JSON.stringify([value, options]),
    );
  }
});

test('dates match full-ICU Kazakh for every month and style', () => {
  for (let month = 0; month < 12; month += 1) {
    for (const day of [1, 9, 28]) {
      const date = new Date(Date.UTC(2022, month, day));
      for (const style of ['long', 'medium', 'short']) {
        assert.equal(kazakhDate(date, style), new Intl.DateTimeFormat('kk', { dateStyle: style, timeZone: 'UTC' }).format(date));
      }
    }
  }
});
