/** Intl formatters are costly to build: one per locale and options, reused. */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** A cached `Intl.NumberFormat`; an unknown locale falls back to English, bad options to plain numbers. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(safeLocale(locale), options);
    } catch {
      format = new Intl.NumberFormat(safeLocale(locale));
    }
    numberFormats.set(key, format);
  }
  return format;
}

/** A cached `Intl.DateTimeFormat`. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(safeLocale(locale), options);
    dateFormats.set(key, format);
  }
  return format;
}
