import { expect } from '@open-wc/testing';
import { formatValue, formatDate, formatNumber, qualify, strings, uiLanguage } from '../../src/format/index.js';
import type { Qualifier } from '../../src/payload/schema.js';

// Intl writes thousands in ru and kk with a no-break space (U+00A0).
const NBSP = '\u00a0';

describe('formatValue', () => {
  const detained = { value: 5000, qualifier: 'more-than' as const };
  const damage = {
    value: 200_000_000,
    format: 'currency' as const,
    currency: 'USD',
    notation: 'compact' as const,
    qualifier: 'more-than' as const,
  };

  it('formats the story figures in English, for the eye and for speech', () => {
    expect(formatValue(detained, 'en')).to.deep.equal({
      value: '5,000',
      ending: '',
      before: 'more than',
      after: '',
      text: 'more than 5,000',
      spoken: 'more than 5,000',
    });
    const money = formatValue(damage, 'en');
    expect(money.text).to.equal('more than $200M');
    expect(money.spoken).to.equal('more than 200 million US dollars');
  });

  it('formats the story figures in Russian', () => {
    expect(formatValue(detained, 'ru').text).to.equal(`более 5${NBSP}000`);
    expect(formatValue(damage, 'ru').text).to.equal(`более 200${NBSP}млн${NBSP}$`);
    expect(formatValue(damage, 'ru').spoken).to.equal('более 200 миллионов долларов США');
  });

  it('formats the story figures in Kazakh, with the qualifier after the number and its case ending on it', () => {
    const kk = formatValue(detained, 'kk');
    expect(kk.text).to.equal(`5${NBSP}000\u2011нан астам`);
    expect([kk.before, kk.value, kk.ending, kk.after]).to.deep.equal(['', `5${NBSP}000`, '\u2011нан', 'астам']);
    // A currency amount takes the ending on the currency as a word, not on its symbol.
    const money = formatValue(damage, 'kk');
    expect(money.text).to.equal(`200${NBSP}млн доллардан астам`);
    expect(money.spoken).to.equal('200 миллион АҚШ долларынан астам');
  });

  const qualified: Record<string, Record<Qualifier, string>> = {
    en: {
      'more-than': 'more than 1,200',
      'at-least': 'at least 1,200',
      about: 'about 1,200',
      'up-to': 'up to 1,200',
      'fewer-than': 'fewer than 1,200',
    },
    ru: {
      'more-than': `более 1${NBSP}200`,
      'at-least': `не менее 1${NBSP}200`,
      about: `около 1${NBSP}200`,
      'up-to': `до 1${NBSP}200`,
      'fewer-than': `менее 1${NBSP}200`,
    },
    kk: {
      'more-than': `1${NBSP}200\u2011ден астам`,
      'at-least': `кемінде 1${NBSP}200`,
      about: `шамамен 1${NBSP}200`,
      'up-to': `1${NBSP}200\u2011ге дейін`,
      'fewer-than': `1${NBSP}200\u2011ден кем`,
    },
  };
  for (const [locale, cases] of Object.entries(qualified)) {
    for (const [qualifier, expected] of Object.entries(cases)) {
      it(`shows "${qualifier}" in ${locale}`, () => {
        expect(formatValue({ value: 1200, qualifier: qualifier as Qualifier }, locale).text).to.equal(expected);
      });
    }
  }

  it('leaves an exact figure without a qualifier', () => {
    expect(formatValue({ value: 20000 }, 'en')).to.include({ text: '20,000', before: '', after: '' });
  });

  it('formats percent values as written (12.5 means 12.5 %)', () => {
    expect(formatValue({ value: 12.5, format: 'percent' }, 'en').text).to.equal('12.5%');
    expect(formatValue({ value: 12.5, format: 'percent' }, 'ru').text).to.equal(`12,5${NBSP}%`);
    expect(formatValue({ value: 12.5, format: 'percent' }, 'kk').text).to.equal('12,5%');
  });

  it('formats compact numbers', () => {
    expect(formatValue({ value: 5000, notation: 'compact' }, 'en').text).to.equal('5K');
    expect(formatValue({ value: 5000, notation: 'compact' }, 'en').spoken).to.equal('5 thousand');
    expect(formatValue({ value: 5000, notation: 'compact' }, 'ru').text).to.equal(`5${NBSP}тыс.`);
    expect(formatValue({ value: 5000, notation: 'compact' }, 'kk').text).to.equal(`5${NBSP}мың`);
  });

  it('formats standard currency', () => {
    expect(formatValue({ value: 1500.5, format: 'currency', currency: 'USD' }, 'en').text).to.equal('$1,500.5');
    expect(formatValue({ value: 2000, format: 'currency', currency: 'KZT' }, 'en').spoken).to.equal('2,000 Kazakhstani tenges');
  });

  it('formats date figures without shifting the day', () => {
    expect(formatValue({ value: '2022-01-19', format: 'date' }, 'en').text).to.equal('January 19, 2022');
    expect(formatValue({ value: '2022-01-19', format: 'date' }, 'ru').text).to.equal('19 января 2022 г.');
    expect(formatValue({ value: '2022-01-19', format: 'date' }, 'kk').text).to.equal('2022 ж. 19 қаңтар');
  });
});

describe('format helpers', () => {
  it('formatDate falls back to the input when it is not a date', () => {
    expect(formatDate('soon', 'en')).to.equal('soon');
    expect(formatDate('2022-01-09', 'en', 'medium')).to.equal('Jan 9, 2022');
  });
  it('formatNumber adds a currency for axes and tables', () => {
    expect(formatNumber(200_000_000, 'en', { currency: 'USD', compact: true })).to.equal('$200M');
    expect(formatNumber(5000, 'en')).to.equal('5,000');
  });
  it('qualify and strings pick the language from the locale tag', () => {
    expect(qualify('5', 'about', 'ru-KZ')).to.equal('около 5');
    expect(uiLanguage('kk-Cyrl-KZ')).to.equal('kk');
    expect(uiLanguage('de')).to.equal('en');
    expect(strings('ru').quotes).to.deep.equal(['«', '»']);
    expect(strings('en').dataUnavailable).to.equal('Data unavailable');
  });
  it('an unknown or broken locale falls back to English formatting', () => {
    expect(formatValue({ value: 5000 }, 'not a locale!').text).to.equal('5,000');
  });
});
