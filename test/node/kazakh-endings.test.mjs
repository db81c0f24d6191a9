// Kazakh case endings after numbers (kazakh-numbers.md beside DESIGN.md):
// every row of its table, every number from 0 to 100, and the composed numbers
// the widgets show, each with "more than" (ablative + астам), "fewer than"
// (ablative + кем) and "up to" (dative + дейін), for the eye and for speech.
// The browser side (Chromium has no Kazakh Intl data, so it formats by hand):
// test/format/figures.test.ts, test/elements/figure-card/figure-card.test.ts
// and test/elements/chart/chart-locale.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatValue } from '../../lib/format/index.js';

const NBSP = '\u00a0';
const WORDS = ['more-than', 'fewer-than', 'up-to'];
// On screen an ending after digits, symbols and abbreviations is joined with a non-breaking hyphen (U+2011).
const shown = (ending) => ending.replace(/^-/, '\u2011');
const qualified = (number, ablative, dative) => ({
  'more-than': `${number}${shown(ablative)} астам`,
  'fewer-than': `${number}${shown(ablative)} кем`,
  'up-to': `${number}${shown(dative)} дейін`,
});
const check = (spec, expected, word = '') => {
  for (const qualifier of WORDS)
    assert.equal(
      formatValue({ ...spec, qualifier }, 'kk').text,
      expected[qualifier],
      `${JSON.stringify(spec)} ${qualifier} ${word}`,
    );
};

/** The table: spoken last word, number, ablative, dative. */
const TABLE = [
  ['нөл', 0, '-ден', '-ге'],
  ['бір', 1, '-ден', '-ге'],
  ['екі', 2, '-ден', '-ге'],
  ['үш', 3, '-тен', '-ке'],
  ['төрт', 4, '-тен', '-ке'],
  ['бес', 5, '-тен', '-ке'],
  ['алты', 6, '-дан', '-ға'],
  ['жеті', 7, '-ден', '-ге'],
  ['сегіз', 8, '-ден', '-ге'],
  ['тоғыз', 9, '-дан', '-ға'],
  ['он', 10, '-нан', '-ға'],
  ['жиырма', 20, '-дан', '-ға'],
  ['отыз', 30, '-дан', '-ға'],
  ['қырық', 40, '-тан', '-қа'],
  ['елу', 50, '-ден', '-ге'],
  ['алпыс', 60, '-тан', '-қа'],
  ['жетпіс', 70, '-тен', '-ке'],
  ['сексен', 80, '-нен', '-ге'],
  ['тоқсан', 90, '-нан', '-ға'],
  ['жүз', 100, '-ден', '-ге'],
  ['мың', 1000, '-нан', '-ға'],
];

test('every number word of the table takes its ending', () => {
  for (const [word, number, ablative, dative] of TABLE) {
    const shown = number >= 1000 ? `${String(number).slice(0, -3)}${NBSP}${String(number).slice(-3)}` : String(number);
    check({ value: number }, qualified(shown, ablative, dative), word);
  }
  // миллион (млн), миллиард (млрд): compact notation takes the ending of the word it stands for.
  check({ value: 1_000_000 }, qualified(`1${NBSP}млн`, '-нан', '-ға'));
  check({ value: 1_000_000_000 }, qualified(`1${NBSP}млрд`, '-тан', '-қа'));
  // пайыз (%)
  check({ value: 12, format: 'percent' }, qualified('12%', '-дан', '-ға'));
});

test('every number from 0 to 100 takes the ending of its last word as spoken', () => {
  const row = (n) => TABLE.find(([, number]) => number === n);
  for (let n = 0; n <= 100; n += 1) {
    // 25 is "жиырма бес": the units word is spoken last; 40 is "қырық", 100 "жүз".
    const [, , ablative, dative] = n < 10 || n % 10 === 0 ? row(n) : row(n % 10);
    check({ value: n }, qualified(String(n), ablative, dative));
  }
});

test('composed numbers, decimals, percent and currency amounts', () => {
  check({ value: 200 }, qualified('200', '-ден', '-ге'));
  check({ value: 1000 }, qualified(`1${NBSP}000`, '-нан', '-ға'));
  check({ value: 5000 }, qualified(`5${NBSP}000`, '-нан', '-ға'));
  check({ value: 20_000 }, qualified(`20${NBSP}000`, '-нан', '-ға'));
  check({ value: 25_000 }, qualified(`25${NBSP}000`, '-нан', '-ға'));
  check({ value: 1_000_000 }, qualified(`1${NBSP}млн`, '-нан', '-ға'));
  check({ value: 3_400_000_000 }, qualified(`3,4${NBSP}млрд`, '-тан', '-қа'));
  check({ value: 1_000_000, notation: 'standard' }, qualified(`1${NBSP}000${NBSP}000`, '-нан', '-ға'));
  check({ value: 3_400_000_000, notation: 'standard' }, qualified(`3${NBSP}400${NBSP}000${NBSP}000`, '-нан', '-ға'));
  check({ value: 1234 }, qualified(`1${NBSP}234`, '-тен', '-ке'));
  check({ value: 2.5 }, qualified('2,5', '-тен', '-ке'));
  check({ value: 12, format: 'percent' }, qualified('12%', '-дан', '-ға'));
  check({ value: 12.5, format: 'percent' }, qualified('12,5%', '-дан', '-ға'));
  // A currency amount: the currency as a word, and the ending on it (a symbol takes none well).
  const damage = { value: 200_000_000, format: 'currency', currency: 'USD' };
  check(damage, qualified(`200${NBSP}млн доллар`, 'дан', 'ға'));
  check({ ...damage, value: 5000 }, qualified(`5${NBSP}000 доллар`, 'дан', 'ға'));
  check({ ...damage, value: 5000, currency: 'KZT' }, qualified(`5${NBSP}000 теңге`, 'ден', 'ге'));
  // Without an ending, the symbol stays.
  assert.equal(formatValue({ ...damage, qualifier: 'about' }, 'kk').text, `шамамен 200${NBSP}млн${NBSP}$`);
});

test('what a screen reader hears: the long forms, with the possessive name of the currency', () => {
  const spoken = (spec, qualifier) => formatValue({ ...spec, qualifier }, 'kk').spoken;
  const damage = { value: 200_000_000, format: 'currency', currency: 'USD' };
  assert.equal(spoken(damage, 'more-than'), '200 миллион АҚШ долларынан астам');
  assert.equal(spoken(damage, 'up-to'), '200 миллион АҚШ долларына дейін');
  assert.equal(spoken(damage, 'fewer-than'), '200 миллион АҚШ долларынан кем');
  assert.equal(spoken({ ...damage, currency: 'KZT', value: 5000 }, 'more-than'), `5${NBSP}000 Қазақстан теңгесінен астам`);
  assert.equal(spoken({ value: 3_400_000_000 }, 'more-than'), '3,4 миллиардтан астам');
  assert.equal(spoken({ value: 5000 }, 'up-to'), `5${NBSP}000-ға дейін`);
});

test('dates take the ending of their month name', () => {
  const date = (value, qualifier) => formatValue({ value, format: 'date', qualifier }, 'kk').text;
  assert.equal(date('2022-01-19', 'up-to'), '2022 ж. 19 қаңтарға дейін');
  assert.equal(date('2022-01-19', 'more-than'), '2022 ж. 19 қаңтардан астам');
  assert.equal(date('2022-04-02', 'up-to'), '2022 ж. 2 сәуірге дейін');
  assert.equal(date('2022-09-02', 'up-to'), '2022 ж. 2 қыркүйекке дейін');
});

test('the qualifiers without an ending, and the other languages, are as they were', () => {
  assert.equal(formatValue({ value: 200, qualifier: 'at-least' }, 'kk').text, 'кемінде 200');
  assert.equal(formatValue({ value: 200, qualifier: 'about' }, 'kk').text, 'шамамен 200');
  assert.equal(formatValue({ value: 200, qualifier: 'up-to' }, 'ru').text, 'до 200');
  assert.equal(formatValue({ value: 200, qualifier: 'up-to' }, 'en').text, 'up to 200');
});
