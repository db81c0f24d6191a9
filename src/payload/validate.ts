/**
 * `parsePayload`: shape (from the schema) plus the rules that span fields.
 * Every problem is reported with its dot path, all at once. No DOM needed.
 * Each chart's own rules are `chart-rules.ts`.
 */
import { PayloadSchema, type Payload } from './schema.js';
import { check, type Issue } from './schema-kit.js';
import { chartProblems } from './chart-rules.js';
import { asList, asObject, asString, formatPath, isRealDate, type Loose, type Problem } from './loose.js';

export { formatPath, isRealDate, type Problem } from './loose.js';
export { chartProblems, isRealPeriod } from './chart-rules.js';

/** What `parsePayload` returns: the payload, or every problem found. */
export type ParseResult =
  { ok: true; payload: Payload; problems: [] } | { ok: false; code: 'invalid-json' | 'invalid-payload'; problems: Problem[] };

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

function shapeProblems(issues: readonly Issue[]): Problem[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/**
 * Rules that span fields. They read the input defensively, so they run even
 * when the shape is wrong and every problem is reported in one pass.
 */
function ruleProblems(payload: Loose, chartRules: ChartRules | undefined): Problem[] {
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
    const range = asObject(value);
    if (typeof range.low === 'number' && typeof range.high === 'number') {
      if (range.low > range.high) add([...at, 'value', 'low'], `must not be above high (${range.low} > ${range.high})`);
      if (figure.qualifier !== undefined)
        add([...at, 'qualifier'], 'a range needs no qualifier: it already says "between … and …"');
      if (figure.format === 'date') add([...at, 'value'], 'must be an ISO date when format is "date", not a range');
    } else if (figure.format === 'date') {
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
    checkSource(chart.source, [...at, 'source']);
    chartRules?.(chart, at).forEach((problem) => problems.push(problem));
  });

  const quotes = asList(payload.quotes);
  checkUnique(quotes, ['quotes']);
  quotes.forEach((quote, i) => {
    checkSource(quote.source, ['quotes', i, 'source']);
    checkDate(quote.date, ['quotes', i, 'date']);
  });
  return problems;
}

/** The rules of one chart that only the chart it is needs (its x values, ranges, annotations and highlights). */
type ChartRules = (chart: Loose, at: (string | number)[]) => Problem[];

/**
 * Validates a payload given as a JSON string or an already parsed value: the
 * shape, the rules that span fields, and every chart's own rules. Returns the
 * payload, or every problem with its path. What `newsroom-widgets validate`,
 * pre-rendering and the static targets check.
 */
export function parsePayload(input: unknown): ParseResult {
  return parseWith(input, chartProblems);
}

/**
 * Validates a payload as the widgets on a page take it: `parsePayload` but for
 * each chart's own rules, which the chart that shows it checks (one bad chart
 * never blanks the other widgets). A script-tag page has no code for those
 * rules until it has a chart.
 */
export function parsePayloadForWidgets(input: unknown): ParseResult {
  return parseWith(input, undefined);
}

function parseWith(input: unknown, chartRules: ChartRules | undefined): ParseResult {
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
  for (const problem of ruleProblems(value as Loose, chartRules)) {
    if (!seen.has(problem.path)) problems.push(problem);
    seen.add(problem.path);
  }
  if (problems.length) return { ok: false, code: 'invalid-payload', problems };
  return { ok: true, payload: value as Payload, problems: [] };
}
