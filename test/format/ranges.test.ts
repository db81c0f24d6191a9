import { expect } from '@open-wc/testing';
import { formatRange, formatValue } from '../../src/format/index.js';

// Intl writes thousands in ru and kk with a no-break space (U+00A0); the eye's Kazakh ending hangs on a non-breaking hyphen.
const NBSP = '\u00a0';
const NBH = '\u2011';

describe('formatValue: a range', () => {
  const estimate = { value: { low: 5000, high: 8000 } };

  it('reads "between 5,000 and 8,000" in English, whole in value and text', () => {
    expect(formatValue(estimate, 'en')).to.deep.equal({
      value: 'between 5,000 and 8,000',
      ending: '',
      before: '',
      after: '',
      text: 'between 5,000 and 8,000',
      spoken: 'between 5,000 and 8,000',
    });
  });

  it('reads "от 5 000 до 8 000" in Russian', () => {
    const ru = formatValue(estimate, 'ru');
    expect(ru.text).to.equal(`от 5${NBSP}000 до 8${NBSP}000`);
    expect(ru.spoken).to.equal(`от 5${NBSP}000 до 8${NBSP}000`);
  });

  it('puts the ablative on the low end and the dative on the high end in Kazakh', () => {
    const kk = formatValue(estimate, 'kk');
    // бес мың → -нан; сегіз мың → -ға.
    expect(kk.text).to.equal(`5${NBSP}000${NBH}нан 8${NBSP}000${NBH}ға дейін`);
    expect(kk.spoken).to.equal(`5${NBSP}000-нан 8${NBSP}000-ға дейін`);
    expect([kk.before, kk.after, kk.ending, kk.value]).to.deep.equal(['', '', '', kk.text]);
  });

  // The endings follow the last spoken word of each end (kazakh-numbers.md).
  const kazakh: [low: number, high: number, text: string][] = [
    [200, 300, `200${NBH}ден 300${NBH}ге дейін`], // жүз: -ден, -ге
    [25, 40, `25${NBH}тен 40${NBH}қа дейін`], // бес: -тен; қырық: -қа
    [6, 9, `6${NBH}дан 9${NBH}ға дейін`], // алты: -дан; тоғыз: -ға
    [3, 7, `3${NBH}тен 7${NBH}ге дейін`], // үш: -тен; жеті: -ге
    [10, 60, `10${NBH}нан 60${NBH}қа дейін`], // он: -нан; алпыс: -қа
    [80, 5, `80${NBH}нен 5${NBH}ке дейін`], // сексен: -нен; бес: -ке
    [20, 1000, `20${NBH}дан 1${NBSP}000${NBH}ға дейін`], // жиырма: -дан; мың: -ға
    [2.5, 4, `2,5${NBH}тен 4${NBH}ке дейін`], // "екі бүтін оннан бес": -тен; төрт: -ке
  ];
  for (const [low, high, text] of kazakh) {
    it(`Kazakh: ${low}–${high} reads "${text}"`, () => {
      expect(formatValue({ value: { low, high } }, 'kk').text).to.equal(text);
    });
  }

  it('ignores a qualifier: a range has none', () => {
    expect(formatValue({ ...estimate, qualifier: 'more-than' }, 'en').text).to.equal('between 5,000 and 8,000');
    expect(formatValue({ ...estimate, qualifier: 'up-to' }, 'kk').text).to.equal(
      `5${NBSP}000${NBH}нан 8${NBSP}000${NBH}ға дейін`,
    );
  });

  it('writes both ends in one notation: compact when the larger end would be', () => {
    expect(formatValue({ value: { low: 800_000, high: 1_200_000 } }, 'en').text).to.equal('between 800K and 1.2M');
    expect(formatValue({ value: { low: 800_000, high: 1_200_000 } }, 'en').spoken).to.equal(
      'between 800 thousand and 1.2 million',
    );
    expect(formatValue({ value: { low: 800_000, high: 900_000 } }, 'en').text).to.equal('between 800,000 and 900,000');
    expect(formatValue({ value: { low: 5000, high: 8000 }, notation: 'compact' }, 'en').text).to.equal('between 5K and 8K');
    expect(formatValue({ value: { low: 5e6, high: 8e6 }, notation: 'standard' }, 'en').text).to.equal(
      'between 5,000,000 and 8,000,000',
    );
    expect(formatValue({ value: { low: 800_000, high: 1_200_000 } }, 'ru').text).to.equal(`от 800${NBSP}тыс. до 1,2${NBSP}млн`);
    // A word takes its ending directly (мыңнан), an abbreviation after a hyphen (млн‑ға).
    expect(formatValue({ value: { low: 800_000, high: 1_200_000 } }, 'kk').text).to.equal(
      `800${NBSP}мыңнан 1,2${NBSP}млн${NBH}ға дейін`,
    );
  });

  it('formats currency ranges: "between $5M and $8M", heard in words', () => {
    const money = { value: { low: 5e6, high: 8e6 }, format: 'currency' as const, currency: 'USD' };
    expect(formatValue(money, 'en').text).to.equal('between $5M and $8M');
    expect(formatValue(money, 'en').spoken).to.equal('between 5 million US dollars and 8 million US dollars');
    expect(formatValue(money, 'ru').text).to.equal(`от 5${NBSP}млн${NBSP}$ до 8${NBSP}млн${NBSP}$`);
    // A currency takes its ending as a word, never on a symbol.
    expect(formatValue(money, 'kk').text).to.equal(`5${NBSP}млн доллардан 8${NBSP}млн долларға дейін`);
    expect(formatValue(money, 'kk').spoken).to.equal('5 миллион АҚШ долларынан 8 миллион АҚШ долларына дейін');
  });

  it('formats percent ranges as written', () => {
    expect(formatValue({ value: { low: 12.5, high: 15 }, format: 'percent' }, 'en').text).to.equal('between 12.5% and 15%');
    expect(formatValue({ value: { low: 12.5, high: 15 }, format: 'percent' }, 'kk').text).to.equal(
      `12,5%${NBH}дан 15%${NBH}ға дейін`,
    );
  });
});

describe('formatRange: a point’s low and high', () => {
  it('is standard unless compact, in each language', () => {
    expect(formatRange(5000, 8000, 'en')).to.equal('between 5,000 and 8,000');
    expect(formatRange(5000, 8000, 'en', { compact: true })).to.equal('between 5K and 8K');
    expect(formatRange(5e6, 8e6, 'en')).to.equal('between 5,000,000 and 8,000,000');
    expect(formatRange(5000, 8000, 'ru')).to.equal(`от 5${NBSP}000 до 8${NBSP}000`);
    expect(formatRange(200, 300, 'kk')).to.equal(`200${NBH}ден 300${NBH}ге дейін`);
  });

  it('takes the series’ currency, and speaks in words', () => {
    expect(formatRange(5e6, 8e6, 'en', { currency: 'USD', compact: true })).to.equal('between $5M and $8M');
    expect(formatRange(5e6, 8e6, 'en', { currency: 'USD', compact: true, spoken: true })).to.equal(
      'between 5 million US dollars and 8 million US dollars',
    );
    expect(formatRange(5e6, 8e6, 'kk', { currency: 'USD', compact: true })).to.equal(
      `5${NBSP}млн доллардан 8${NBSP}млн долларға дейін`,
    );
    expect(formatRange(5000, 8000, 'kk', { spoken: true })).to.equal(`5${NBSP}000-нан 8${NBSP}000-ға дейін`);
  });
});
