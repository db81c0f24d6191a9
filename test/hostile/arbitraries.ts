/**
 * fast-check generators for the fuzz tests: random JSON values, near-valid
 * payloads (the story with fields mutated, deleted, duplicated or added), and
 * payloads valid by construction. Every run is seeded (SEED), so a failure
 * is reproducible from the printed counterexample.
 */
import fc from 'fast-check';
import type { Payload } from '../../src/payload/schema.js';

/** The seed of every fuzz run: the day of the story. */
export const SEED = 20220109;

type Key = string | number;
type Json = unknown;

// ---------------------------------------------------------------------------
// Random JSON

const PAYLOAD_KEYS = [
  'version',
  'id',
  'locale',
  'title',
  'description',
  'updated',
  'sources',
  'figures',
  'charts',
  'quotes',
  'notes',
];

/** Any JSON value, and objects shaped a little like payloads (payload keys with random values). */
export const randomJson: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(
    fc.oneof(fc.constantFrom(...PAYLOAD_KEYS, '__proto__', 'constructor', 'zz'), fc.string({ maxLength: 6 })),
    fc.oneof(fc.constant(1), fc.jsonValue({ maxDepth: 3 })),
    { maxKeys: 8 },
  ),
  fc.record(
    {
      version: fc.oneof(fc.constant(1), fc.jsonValue({ maxDepth: 1 })),
      figures: fc.array(
        fc.dictionary(
          fc.constantFrom('id', 'label', 'value', 'format', 'currency', 'qualifier', 'source', 'asOf'),
          fc.jsonValue({ maxDepth: 1 }),
        ),
        { maxLength: 4 },
      ),
      charts: fc.array(fc.dictionary(fc.constantFrom('id', 'series', 'type', 'x', 'layout'), fc.jsonValue({ maxDepth: 3 })), {
        maxLength: 2,
      }),
      quotes: fc.array(fc.dictionary(fc.constantFrom('id', 'text', 'speaker', 'kind', 'date'), fc.jsonValue({ maxDepth: 1 })), {
        maxLength: 3,
      }),
    },
    { requiredKeys: ['version'] },
  ),
);

/** JSON text: random text, JSON of random values, and JSON cut short. */
export const randomJsonText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  randomJson.map((value) => JSON.stringify(value)),
  fc.tuple(randomJson, fc.nat()).map(([value, cut]) => {
    const text = JSON.stringify(value);
    return text.slice(0, cut % (text.length + 1));
  }),
);

// ---------------------------------------------------------------------------
// Near-valid payloads: the story, mutated

/** Values that are almost right somewhere: wrong enums, impossible dates, unsafe URLs, too long, edge numbers. */
const nearValues: fc.Arbitrary<Json> = fc.constantFrom<Json>(
  '',
  ' ',
  'x',
  'a'.repeat(501),
  'b'.repeat(10_001),
  '2022-02-30',
  '2022-13-01',
  '2022-01-09T24:00',
  '2022-01-09T23:59:59Z',
  '2022-01-09T10:00+24:00',
  '2022-01-09T10:00-23:59',
  '0001-01-01',
  '2022-1-9',
  'javascript:alert(1)',
  ' javascript:alert(1)',
  'https://example.org/',
  'ftp://example.org/',
  'usd',
  'USD',
  'more than',
  'more-than',
  'about',
  'date',
  'currency',
  'percent',
  'compact',
  'line',
  'bar',
  'pie',
  'horizontal',
  'panels',
  'shared',
  'category',
  'paraphrase',
  'en',
  'ru',
  'kk',
  'EN_us',
  '#12345g',
  '#0072b2',
  'constructor',
  'toString',
  '__proto__',
  'sputnik',
  'tass',
  'detained',
  0,
  -0,
  1,
  -1,
  2,
  0.1,
  1e21,
  -1e308,
  1.7976931348623157e308,
  5e-324,
  Number.MAX_SAFE_INTEGER + 2,
  true,
  false,
  null,
  [],
  {},
  [null],
  ['sputnik', 'tass'],
  ['sputnik', 'sputnik'],
  { name: 'Somewhere' },
  { x: 'a', y: 1 },
  { type: 'date' },
);

const anyValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 2, arbitrary: nearValues },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** Keys a payload object must have, by where it sits. */
export function requiredKeysAt(path: readonly Key[]): string[] {
  const shape = path.map((key) => (typeof key === 'number' ? '#' : key)).join('/');
  switch (shape) {
    case '':
      return ['version'];
    case 'figures/#':
      return ['id', 'label', 'value'];
    case 'charts/#':
      return ['id', 'series'];
    case 'charts/#/x':
      return ['type'];
    case 'charts/#/series/#':
      return ['id', 'label', 'data'];
    case 'charts/#/series/#/data/#':
      return ['x', 'y'];
    case 'quotes/#':
      return ['id', 'text', 'speaker'];
    default:
      return path.length === 2 && path[0] === 'sources' ? ['name'] : [];
  }
}

/** Whether an object at `path` has a fixed set of keys (so an unknown key is an error). */
function isStrictObject(path: readonly Key[]): boolean {
  const shape = path.map((key) => (typeof key === 'number' ? '#' : key)).join('/');
  return (
    ['', 'figures/#', 'charts/#', 'charts/#/x', 'charts/#/series/#', 'charts/#/series/#/data/#', 'quotes/#'].includes(shape) ||
    (path.length === 2 && path[0] === 'sources')
  );
}

/** Keys whose value may be a string or something else (a number, a list): a non-string there is not always wrong. */
const MIXED_KEYS = new Set(['source', 'value', 'notes', 'x', 'sources', 'figures', 'charts', 'quotes', 'series', 'data']);

/** One mutation, chosen by kind; `pick` selects the place among those that exist when it is applied. */
export type Mutation =
  | { kind: 'set'; pick: number; value: Json }
  | { kind: 'delete'; pick: number }
  | { kind: 'delete-required'; pick: number }
  | { kind: 'unknown-key'; pick: number; value: Json }
  | { kind: 'wrong-type'; pick: number; value: Json }
  | { kind: 'duplicate-id'; list: 'figures' | 'charts' | 'quotes'; from: number; to: number };

const nonString: fc.Arbitrary<Json> = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const randomMutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value: anyValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
);

const invalidMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete-required' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('unknown-key' as const), pick: fc.nat(), value: anyValue }),
  fc.record({ kind: fc.constant('wrong-type' as const), pick: fc.nat(), value: nonString }),
  fc.record({
    kind: fc.constant('duplicate-id' as const),
    list: fc.constantFrom('figures' as const, 'charts' as const, 'quotes' as const),
    from: fc.nat(),
    to: fc.nat(),
  }),
);

/** Every path in a JSON value (containers and leaves), without recursion. */
export function allPaths(value: Json): Key[][] {
  const out: Key[][] = [];
  const stack: [Json, Key[]][] = [[value, []]];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    out.push(path);
    if (Array.isArray(node)) node.forEach((item, i) => stack.push([item, [...path, i]]));
    else if (node && typeof node === 'object') for (const [key, item] of Object.entries(node)) stack.push([item, [...path, key]]);
  }
  return out;
}

function get(root: Json, path: readonly Key[]): Json {
  let node = root;
  for (const key of path) node = (node as Record<Key, Json>)[key];
  return node;
}

function setAt(root: Json, path: readonly Key[], value: Json): void {
  const parent = get(root, path.slice(0, -1)) as Record<Key, Json>;
  const key = path[path.length - 1]!;
  // defineProperty, so a "__proto__" key is an own property as JSON.parse would make it.
  Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

function deleteAt(root: Json, path: readonly Key[]): void {
  const parent = get(root, path.slice(0, -1));
  const key = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else delete (parent as Record<Key, Json>)[key];
}

const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Applies a mutation in place. Returns the path an invalid mutation must be
 * reported at (or inside, or around), or undefined for a mutation that may
 * leave the payload valid (or that found nowhere to apply).
 */
export function applyMutation(root: Json, mutation: Mutation): Key[] | undefined {
  const paths = allPaths(root).filter((path) => path.length > 0);
  const choose = <T>(list: T[], pick: number): T | undefined => (list.length ? list[pick % list.length] : undefined);
  switch (mutation.kind) {
    case 'set': {
      const path = choose(paths, mutation.pick);
      if (path) setAt(root, path, structuredClone(mutation.value));
      return undefined;
    }
    case 'delete': {
      const path = choose(paths, mutation.pick);
      if (path) deleteAt(root, path);
      return undefined;
    }
    case 'delete-required': {
      const places = allPaths(root).flatMap((path) => {
        const node = get(root, path);
        return isObject(node)
          ? requiredKeysAt(path)
              .filter((key) => key in node)
              .map((key) => [...path, key])
          : [];
      });
      const path = choose(places, mutation.pick);
      if (!path) return undefined;
      deleteAt(root, path);
      return path;
    }
    case 'unknown-key': {
      const places = allPaths(root).filter((path) => isObject(get(root, path)) && isStrictObject(path));
      const path = choose(places, mutation.pick);
      if (!path) return undefined;
      setAt(root, [...path, 'zzUnknown'], structuredClone(mutation.value));
      return [...path, 'zzUnknown'];
    }
    case 'wrong-type': {
      // A leaf that holds a string in a place where only strings are allowed.
      const places = paths.filter((path) => {
        const key = path[path.length - 1];
        return typeof get(root, path) === 'string' && typeof key === 'string' && !MIXED_KEYS.has(key) && path[0] !== 'notes';
      });
      const path = choose(places, mutation.pick);
      if (!path) return undefined;
      setAt(root, path, structuredClone(mutation.value));
      return path;
    }
    case 'duplicate-id': {
      const list = (root as Record<string, Json>)[mutation.list];
      if (!Array.isArray(list) || list.length < 2) return undefined;
      const from = mutation.from % list.length;
      let to = mutation.to % list.length;
      if (to === from) to = (to + 1) % list.length;
      const [a, b] = [list[from], list[to]];
      if (!isObject(a) || !isObject(b) || typeof a.id !== 'string') return undefined;
      b.id = a.id;
      // The later of the two is the duplicate.
      return [mutation.list, Math.max(from, to), 'id'];
    }
  }
}

/** A near-valid payload: the story after 0–3 random mutations and, half the time, one that makes it invalid. */
export interface NearValid {
  payload: Json;
  mutations: Mutation[];
  /** Where the last, invalidating mutation must be reported; undefined when the payload may be valid. */
  expectAt: Key[] | undefined;
}

export function nearValid(base: () => Payload): fc.Arbitrary<NearValid> {
  return fc
    .tuple(fc.array(randomMutation, { maxLength: 3 }), fc.option(invalidMutation, { freq: 2 }))
    .map(([mutations, last]) => {
      const payload = base() as Json;
      for (const mutation of mutations) applyMutation(payload, mutation);
      const all = last ? [...mutations, last] : mutations;
      const expectAt = last ? applyMutation(payload, last) : undefined;
      return { payload, mutations: all, expectAt };
    });
}

// ---------------------------------------------------------------------------
// Payloads valid by construction

const slug = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,15}$/);
const shortText = fc.string({ maxLength: 40, unit: 'binary' });
// Required text (a label, a quote, a speaker) is never blank.
const wordText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }).filter((value) => /\S/.test(value)),
  fc.constantFrom('people detained', 'Сколько', 'тұтқындалды', 'عدد', '数字', '👩🏽‍🔬 scientists'),
);
const text = fc.string({ maxLength: 200, unit: 'grapheme' });
const day = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true });
const isoDate = fc.oneof(
  day.map((date) => date.toISOString().slice(0, 10)),
  day.map((date) => date.toISOString()),
  day.map((date) => date.toISOString().slice(0, 16)),
  fc
    .tuple(day, fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(
      ([date, sign, hours, minutes]) =>
        `${date.toISOString().slice(0, 19)}${sign}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`,
    ),
);
const number = fc.oneof(
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 0.5, 1e21, 1.7976931348623157e308, 5e-324, 99.995, 200_000_000),
);
const qualifier = fc.constantFrom('more-than', 'at-least', 'about', 'up-to', 'fewer-than');
const currency = fc.oneof(fc.constantFrom('USD', 'KZT', 'RUB', 'EUR', 'JPY', 'BHD'), fc.stringMatching(/^[A-Z]{3}$/));
const hex = fc.stringMatching(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/);
const locale = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('en', 'ru', 'kk', 'de', 'en-GB', 'fr-CA', 'ar', 'he', 'zh-Hant-TW', 'sr-Latn') },
  // Structurally valid BCP 47: language, optional script, optional region.
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/) },
);

/** Picks some of `ids` as a source reference (one id, or a list). */
const sourceRef = (ids: string[]) =>
  ids.length
    ? fc.oneof(fc.constantFrom(...ids), fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 3 }))
    : fc.constant(undefined);

/** Drops keys whose value is undefined (the payload never holds undefined). */
function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

function figure(ids: string[]) {
  return fc
    .record({
      id: slug,
      label: wordText,
      kind: fc.constantFrom('number', 'currency', 'percent', 'date', undefined),
      number,
      date: isoDate,
      currency,
      qualifier: optional(qualifier),
      notation: optional(fc.constantFrom('compact' as const, 'standard' as const)),
      source: ids.length ? optional(sourceRef(ids)) : fc.constant(undefined),
      asOf: optional(isoDate),
      note: optional(text),
    })
    .map((f) =>
      clean({
        id: f.id,
        label: f.label,
        value: f.kind === 'date' ? f.date : f.number,
        format: f.kind,
        currency: f.kind === 'currency' ? f.currency : undefined,
        qualifier: f.qualifier,
        notation: f.notation,
        source: f.source,
        asOf: f.asOf,
        note: f.note,
      }),
    );
}

function chart(ids: string[]) {
  return fc
    .record({
      id: slug,
      title: optional(shortText),
      description: optional(text),
      type: optional(fc.constantFrom('bar' as const, 'line' as const)),
      orientation: optional(fc.constantFrom('vertical' as const, 'horizontal' as const)),
      xType: fc.constantFrom('category' as const, 'date' as const, undefined),
      xLabel: optional(shortText),
      layout: optional(fc.constantFrom('auto' as const, 'shared' as const, 'panels' as const)),
      source: ids.length ? optional(sourceRef(ids)) : fc.constant(undefined),
      notes: optional(text),
      categories: fc.uniqueArray(shortText, { minLength: 1, maxLength: 12 }),
      dates: fc.uniqueArray(isoDate, { minLength: 1, maxLength: 12 }),
      series: fc.uniqueArray(
        fc.record({
          id: slug,
          label: shortText,
          type: optional(fc.constantFrom('bar' as const, 'line' as const)),
          unit: optional(fc.constantFrom('people', 'US dollars', '%', '')),
          currency: optional(currency),
          color: optional(hex),
          ys: fc.array(fc.oneof(number, fc.constant(null)), { minLength: 12, maxLength: 12 }),
          qualifiers: fc.array(optional(qualifier), { minLength: 12, maxLength: 12 }),
          notes: fc.array(optional(shortText), { minLength: 12, maxLength: 12 }),
          take: fc.integer({ min: 1, max: 12 }),
        }),
        { minLength: 1, maxLength: 8, selector: (series) => series.id },
      ),
    })
    .map((c) => {
      const xs = c.xType === 'date' ? c.dates : c.categories;
      return clean({
        id: c.id,
        title: c.title,
        description: c.description,
        type: c.type,
        orientation: c.orientation,
        x: c.xType ? clean({ type: c.xType, label: c.xLabel }) : undefined,
        layout: c.layout,
        series: c.series.map((s) =>
          clean({
            id: s.id,
            label: s.label,
            type: s.type,
            unit: s.unit,
            currency: s.currency,
            color: s.color,
            data: xs
              .slice(0, Math.min(s.take, xs.length))
              .map((x, i) => clean({ x, y: s.ys[i]!, qualifier: s.qualifiers[i], note: s.notes[i] })),
          }),
        ),
        source: c.source,
        notes: c.notes,
      });
    });
}

function quote(ids: string[]) {
  return fc
    .record({
      id: slug,
      text: wordText,
      speaker: wordText,
      kind: optional(fc.constantFrom('direct' as const, 'paraphrase' as const)),
      role: optional(shortText),
      source: ids.length ? optional(fc.constantFrom(...ids)) : fc.constant(undefined),
      date: optional(isoDate),
      context: optional(text),
    })
    .map(clean);
}

/** A payload that is valid by construction (every rule of DESIGN.md kept). */
export const validPayload: fc.Arbitrary<Payload> = fc
  .dictionary(slug, fc.record({ name: shortText, url: optional(fc.webUrl({ validSchemes: ['http', 'https'] })) }).map(clean), {
    maxKeys: 4,
  })
  .chain((sources) => {
    const ids = Object.keys(sources);
    return fc
      .record({
        id: optional(slug),
        locale: optional(locale),
        title: optional(shortText),
        description: optional(text),
        updated: optional(isoDate),
        figures: fc.uniqueArray(figure(ids), { maxLength: 8, selector: (f) => f.id }),
        charts: fc.uniqueArray(chart(ids), { maxLength: 2, selector: (c) => c.id }),
        quotes: fc.uniqueArray(quote(ids), { maxLength: 4, selector: (q) => q.id }),
        notes: optional(fc.array(text, { maxLength: 4 })),
      })
      .map((p) => clean({ version: 1 as const, ...p, sources: ids.length ? sources : undefined }) as Payload);
  });
