/**
 * Kazakh case endings after numbers, for the qualifiers that put one on their
 * number ("5 000-нан астам", "200-ден астам", "20 000-ға дейін"). The ending
 * follows the last word of the value as it is spoken (a number word, a scale
 * word for "млн", "пайыз" for "%", a currency or month name), by vowel harmony
 * and that word's last sound. After digits, symbols and abbreviations it is
 * joined with a hyphen (on screen a non-breaking one); a word takes it
 * directly ("доллардан", "қаңтарға").
 * A currency amount is written with the currency as a word, as a symbol
 * takes no ending well. The rule and its table: kazakh-numbers.md (shared).
 */
import { CURRENCY_NAMES, MONTHS, MONTHS_SHORT } from './kazakh.js';
import type { NumberCase, ValueForCase, ValueInCase } from './types.js';

const UNITS = ['нөл', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];
/** The words of 1 000, 10⁶, 10⁹, 10¹², 10¹⁵. */
const SCALES = ['мың', 'миллион', 'миллиард', 'триллион', 'квадриллион'];

/** Abbreviations a formatted value ends with, and the words they stand for. */
const ABBREVIATIONS: Record<string, string> = { млн: 'миллион', млрд: 'миллиард', трлн: 'триллион' };
for (const [index, short] of MONTHS_SHORT.entries()) ABBREVIATIONS[short] = MONTHS[index]!;

/** The currency as a word on the card, where the ending must go on it ("200 млн доллардан"). */
const CURRENCY_WORDS: Record<string, string> = { USD: 'доллар', KZT: 'теңге', EUR: 'еуро', RUB: 'рубль', CNY: 'юань' };

const BACK = 'аоұыяю';
const FRONT = 'әеіөүиэь';
/** Sounds after which the ending starts voiceless: the voiceless consonants, and д б г, which a word's end devoices. */
const VOICELESS = 'кқпстшфхцчщдбг';

/** The last number word of a whole number as it is spoken: 200 "екі жүз" → жүз, 5 000 "бес мың" → мың. */
export function lastNumberWord(value: number): string {
  let n = Math.abs(Math.trunc(value));
  if (n === 0) return UNITS[0]!;
  let scale = -1;
  while (n % 1000 === 0 && scale < SCALES.length - 1) {
    n /= 1000;
    scale += 1;
  }
  if (scale >= 0) return SCALES[scale]!;
  const rest = n % 1000;
  if (rest % 10) return UNITS[rest % 10]!;
  if (rest % 100) return TENS[(rest % 100) / 10]!;
  return 'жүз';
}

/**
 * The ending `word` takes in `grammaticalCase`. A word with the
 * third-person possessive ending (a currency's name, "АҚШ доллары") takes
 * "-нан/-нен" and "-на/-не".
 */
export function endingAfter(word: string, grammaticalCase: NumberCase, possessive = false): string {
  const letters = word.toLowerCase().replace(/[^а-яәіңғүұқөһё]/g, '');
  const vowels = [...letters].filter((letter) => BACK.includes(letter) || FRONT.includes(letter));
  const front = FRONT.includes(vowels[vowels.length - 1] ?? 'а') || letters.endsWith('ь');
  const a = front ? 'е' : 'а';
  if (possessive) return grammaticalCase === 'ablative' ? `н${a}н` : `н${a}`;
  const last = letters.replace(/[ьъ]$/, '').slice(-1);
  if (grammaticalCase === 'dative') return VOICELESS.includes(last) ? (front ? 'ке' : 'қа') : front ? 'ге' : 'ға';
  const first = 'мнң'.includes(last) ? 'н' : VOICELESS.includes(last) ? 'т' : 'д';
  return `${first}${a}н`;
}

/** The last word of `text` as spoken, and whether the ending is joined to it with a hyphen. */
function spokenEnd(text: string): { word: string; hyphen: boolean } {
  const last =
    text
      .trim()
      .split(/[\s\u00a0\u202f]+/)
      .pop() ?? '';
  const abbreviation = ABBREVIATIONS[last] ?? ABBREVIATIONS[last.replace(/\.$/, '')];
  if (abbreviation) return { word: abbreviation, hyphen: true };
  if (/^[а-яәіңғүұқөһё]+$/iu.test(last)) return { word: last, hyphen: false };
  if (last.endsWith('%')) return { word: 'пайыз', hyphen: true };
  // Digits: a decimal ends with its last digit ("2,5": "екі бүтін оннан бес"), a whole number with its last number word.
  const digits = text.replace(/[\s\u00a0\u202f]/g, '').match(/-?\d+(?:[.,]\d+)?(?!.*\d)/)?.[0] ?? '0';
  const [whole, fraction] = digits.split(/[.,]/);
  return {
    word: fraction ? UNITS[Number(fraction.replace(/0+$/, '').slice(-1) || 0)]! : lastNumberWord(Number(whole)),
    hyphen: true,
  };
}

/**
 * The hyphen before an ending: for the eye a non-breaking one (U+2011), so
 * the ending never wraps away from its number; for speech a plain one.
 */
const dash = (input: ValueForCase) => (input.spoken ? '-' : '\u2011');

/** A Kazakh value in a case: "5 000" → "5 000" + "-нан"; "200 млн $" → "200 млн доллар" + "дан". */
export function kazakhInCase(input: ValueForCase, grammaticalCase: NumberCase): ValueInCase {
  if (input.currency && input.number !== undefined) {
    const word = input.spoken
      ? (CURRENCY_NAMES[input.currency] ?? input.currency)
      : (CURRENCY_WORDS[input.currency] ?? CURRENCY_NAMES[input.currency] ?? input.currency);
    // A plain space: a long amount may wrap before its currency word, never inside it.
    const value = `${input.number} ${word}`;
    if (/^[а-яәіңғүұқөһё ]+$/iu.test(word)) {
      const lastWord = word.split(' ').pop()!;
      // A name of two words or more ends in its possessive: "АҚШ доллары", "Қазақстан теңгесі".
      const possessive = word.includes(' ') && /[ыі]$/.test(lastWord);
      return { value, ending: endingAfter(lastWord, grammaticalCase, possessive) };
    }
    // A currency with no Kazakh word here (its code): the ending follows the number, after the code.
    const { word: numberWord } = spokenEnd(input.number);
    return { value, ending: `${dash(input)}${endingAfter(numberWord, grammaticalCase)}` };
  }
  const { word, hyphen } = spokenEnd(input.text);
  const ending = endingAfter(word, grammaticalCase);
  return { value: input.text, ending: hyphen ? `${dash(input)}${ending}` : ending };
}
