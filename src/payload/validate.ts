/**
 * `parsePayload`: shape (from the schema) plus the rules that span fields.
 * Every problem is reported with its dot path, all at once. No DOM needed.
 */
import { PayloadSchema, type Payload } from './schema.js';
import { check, type Issue } from './schema-kit.js';

/** One thing wrong with a payload, at a dot path such as `figures[2].source`. */
export interface Problem {
  path: string;
  message: string;
}

/** What `parsePayload` returns: the payload, or every problem found. */
export type ParseResult =
  { ok: true; payload: Payload; problems: [] } | { ok: false; code: 'invalid-json' | 'invalid-payload'; problems: Problem[] };

/** Joins path keys as `figures[2].source`. */
export function formatPath(keys: readonly (string | number)[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out || '(root)';
}

/** True for an absolute http: or https: URL, after the browser's own normalisation (so `JaVaScRiPt:` and ` javascript:` are caught). */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** True when Intl accepts a language tag (it throws on structurally invalid tags like "en-a" or "en_US"). */
export function isUsableLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** True when an ISO 8601 date or date-time names a real calendar day (no 2022-02-30). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(value);
  if (!match) return false;
  // A part left out (the time, its seconds) is undefined: 0.
  const [, year, month, day, hour, minute, second] = match.map((part) => Number(part ?? 0));
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const dayOk = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  const timeOk = match[4] === undefined || (hour < 24 && minute < 60 && second < 60);
  // A zone offset is at most ±23:59 (browsers cannot read "+24:00").
  const offset = /[+-](\d{2}):(\d{2})$/.exec(value);
  const offsetOk = match[4] === undefined || !offset || (Number(offset[1]) < 24 && Number(offset[2]) < 60);
  return dayOk && timeOk && offsetOk;
}

function shapeProblems(issues: readonly Issue[]): Problem[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

type Loose = Record<string, unknown>;
const asList = (value: unknown): Loose[] =>
  Array.isArray(value) ? value.map((item) => (item && typeof item === 'object' ? (item as Loose) : {})) : [];
const asObject = (value: unknown): Loose => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : {});
const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Rules that span fields. They read the input defensively, so they run even
 * when the shape is wrong and every problem is reported in one pass.
 */
function ruleProblems(payload: Loose): Problem[] {
  const problems: Problem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path: formatPath(path), message });
  const sources = asObject(payload.sources);

  const checkUnique = (list: Loose[], at: (string | number)[]) => {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      const id = asString(item.id);
      if (id === undefined) return;
      if (seen.has(id)) add([...at, index, 'id'], `duplicate id "${id}"`);
      seen.add(id);
    });
  };
  const checkSource = (ref: unknown, at: (string | number)[]) => {
    const refs = Array.isArray(ref) ? ref : [ref];
    refs.forEach((id, index) => {
      if (typeof id === 'string' && !Object.hasOwn(sources, id)) {
        add(Array.isArray(ref) ? [...at, index] : at, `names source "${id}", which is not in "sources"`);
      }
    });
  };
  const checkDate = (value: unknown, at: (string | number)[]) => {
    if (typeof value === 'string' && !isRealDate(value)) add(at, `"${value}" is not a real calendar date`);
  };

  checkDate(payload.updated, ['updated']);
  // The shape allows "aa-A"; Intl, which formats every number and date, does not.
  if (typeof payload.locale === 'string' && !isUsableLocale(payload.locale))
    add(['locale'], 'is not a language tag Intl can use (like "en" or "ru-RU")');
  for (const [id, source] of Object.entries(sources)) {
    const url = asObject(source).url;
    if (typeof url === 'string' && !isHttpUrl(url)) add(['sources', id, 'url'], 'must be an absolute http or https URL');
  }

  const figures = asList(payload.figures);
  checkUnique(figures, ['figures']);
  figures.forEach((figure, i) => {
    const at = ['figures', i];
    const value = figure.value;
    if (figure.format === 'date') {
      if (typeof value === 'number') add([...at, 'value'], 'must be an ISO date when format is "date"');
      else checkDate(value, [...at, 'value']);
    } else if (typeof value === 'string') {
      add([...at, 'value'], 'must be a number (set format to "date" for a date)');
    } else if (typeof value === 'number' && !Number.isFinite(value)) {
      add([...at, 'value'], 'must be a finite number');
    }
    if (figure.format === 'currency' && figure.currency === undefined)
      add([...at, 'currency'], 'is required when format is "currency"');
    checkSource(figure.source, [...at, 'source']);
    checkDate(figure.asOf, [...at, 'asOf']);
  });

  const charts = asList(payload.charts);
  checkUnique(charts, ['charts']);
  charts.forEach((chart, c) => {
    const at = ['charts', c];
    const series = asList(chart.series);
    checkUnique(series, [...at, 'series']);
    checkSource(chart.source, [...at, 'source']);
    if (asObject(chart.x).type !== 'date') return;
    series.forEach((one, s) => {
      asList(one.data).forEach((point, p) => {
        const x = point.x;
        if (typeof x === 'string' && !isRealDate(x))
          add([...at, 'series', s, 'data', p, 'x'], `"${x}" is not a real date (x.type is "date")`);
      });
    });
  });

  const quotes = asList(payload.quotes);
  checkUnique(quotes, ['quotes']);
  quotes.forEach((quote, i) => {
    checkSource(quote.source, ['quotes', i, 'source']);
    checkDate(quote.date, ['quotes', i, 'date']);
  });
  return problems;
}

/**
 * Validates a payload given as a JSON string or an already parsed value.
 * Returns the payload, or every problem with its path.
 */
export function parsePayload(input: unknown): ParseResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, code: 'invalid-json', problems: [{ path: '(root)', message: `not valid JSON: ${detail}` }] };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, code: 'invalid-payload', problems: [{ path: '(root)', message: 'must be a JSON object' }] };
  }
  const issues: Issue[] = [];
  check(PayloadSchema, value, [], issues);
  const problems = shapeProblems(issues);
  // A rule problem at a path the shape already reported adds nothing.
  const seen = new Set(problems.map((p) => p.path));
  for (const problem of ruleProblems(value as Loose)) {
    if (!seen.has(problem.path)) problems.push(problem);
    seen.add(problem.path);
  }
  if (problems.length) return { ok: false, code: 'invalid-payload', problems };
  return { ok: true, payload: value as Payload, problems: [] };
}
