/**
 * A small schema kit: schemas are plain data, so one definition gives the
 * TypeScript types (`Infer`), the runtime check (`check`) and the JSON Schema
 * (`json-schema.ts`, used only at build time). No eval, no code generation, so
 * it runs under a strict Content-Security-Policy.
 */

/** A schema node. `T` is the type it accepts; `_type` exists for inference only. */
export type Schema<T = unknown> = (
  | { kind: 'string'; max?: number; pattern?: RegExp; message?: string }
  | { kind: 'number' }
  | { kind: 'literal'; value: string | number }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'array'; item: Schema; min?: number; max?: number }
  | { kind: 'record'; key: Schema<string>; value: Schema }
  | { kind: 'object'; shape: Record<string, Schema> }
  | { kind: 'union'; options: readonly Schema[]; message: string }
  | { kind: 'nullable'; inner: Schema }
) & { optional?: boolean; readonly _type?: T };

/** The type a schema accepts. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

type Shape = Record<string, Schema>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type InferShape<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

/** A string, optionally with a maximum length and a pattern (whose `message` explains it). */
export const string = (options: { max?: number; pattern?: RegExp; message?: string } = {}): Schema<string> => ({
  kind: 'string',
  ...options,
});
/** A finite number. */
export const number = (): Schema<number> => ({ kind: 'number' });
/** Exactly this value. */
export const literal = <const V extends string | number>(value: V): Schema<V> => ({ kind: 'literal', value });
/** One of these strings. */
export const oneOf = <const V extends readonly string[]>(values: V): Schema<V[number]> => ({ kind: 'enum', values });
/** A list of items, with an optional minimum and maximum count. */
export const array = <S extends Schema>(item: S, limits: { min?: number; max?: number } = {}): Schema<Infer<S>[]> => ({
  kind: 'array',
  item,
  ...limits,
});
/** An object keyed by ids. */
export const record = <S extends Schema>(key: Schema<string>, value: S): Schema<Record<string, Infer<S>>> => ({
  kind: 'record',
  key,
  value,
});
/** An object with exactly these fields; unknown fields are errors, so typos do not pass silently. */
export const object = <S extends Shape>(shape: S): Schema<InferShape<S>> => ({ kind: 'object', shape });
/** The first option that fits; `message` says what was expected. */
export const union = <const S extends readonly Schema[]>(options: S, message: string): Schema<Infer<S[number]>> => ({
  kind: 'union',
  options,
  message,
});
/** The value or `null`. */
export const nullable = <S extends Schema>(inner: S): Schema<Infer<S> | null> => ({ kind: 'nullable', inner });
/** A field that may be left out. */
export const optional = <S extends Schema>(schema: S): S & { optional: true } => ({ ...schema, optional: true });

/** One problem: where (keys from the root) and what. */
export interface Issue {
  path: (string | number)[];
  message: string;
}

const typeName = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks `value` against `schema`, adding every problem to `issues`. */
export function check(schema: Schema, value: unknown, path: (string | number)[], issues: Issue[]): void {
  const fail = (message: string) => issues.push({ path, message });
  switch (schema.kind) {
    case 'string':
      if (typeof value !== 'string') return void fail(`must be a string, not ${typeName(value)}`);
      if (schema.max !== undefined && value.length > schema.max) return void fail(`must be at most ${schema.max} characters`);
      if (schema.pattern && !schema.pattern.test(value)) fail(schema.message ?? `must match ${schema.pattern}`);
      return;
    case 'number':
      if (typeof value !== 'number') return void fail(`must be a number, not ${typeName(value)}`);
      if (!Number.isFinite(value)) fail('must be a finite number');
      return;
    case 'literal':
      if (value !== schema.value) fail(`must be ${JSON.stringify(schema.value)}`);
      return;
    case 'enum':
      if (typeof value !== 'string' || !schema.values.includes(value)) fail(`must be one of ${schema.values.join(', ')}`);
      return;
    case 'nullable':
      if (value !== null) check(schema.inner, value, path, issues);
      return;
    case 'union':
      for (const option of schema.options) {
        const trial: Issue[] = [];
        check(option, value, path, trial);
        if (!trial.length) return;
      }
      return void fail(schema.message);
    case 'array':
      if (!Array.isArray(value)) return void fail(`must be a list, not ${typeName(value)}`);
      if (schema.min !== undefined && value.length < schema.min)
        return void fail(`must have at least ${schema.min} item${schema.min === 1 ? '' : 's'}`);
      if (schema.max !== undefined && value.length > schema.max) return void fail(`must have at most ${schema.max} items`);
      value.forEach((item, index) => check(schema.item, item, [...path, index], issues));
      return;
    case 'record':
      if (!isObject(value)) return void fail(`must be an object, not ${typeName(value)}`);
      for (const [key, item] of Object.entries(value)) {
        const keyIssues: Issue[] = [];
        check(schema.key, key, [...path, key], keyIssues);
        if (keyIssues.length) issues.push({ path: [...path, key], message: 'is not a valid id (letters, digits, "-" or "_")' });
        else check(schema.value, item, [...path, key], issues);
      }
      return;
    case 'object':
      if (!isObject(value)) return void fail(`must be an object, not ${typeName(value)}`);
      for (const [key, field] of Object.entries(schema.shape)) {
        if (value[key] === undefined) {
          if (!field.optional) issues.push({ path: [...path, key], message: 'is required' });
        } else check(field, value[key], [...path, key], issues);
      }
      for (const key of Object.keys(value)) {
        if (!Object.hasOwn(schema.shape, key)) issues.push({ path: [...path, key], message: 'is not a known field' });
      }
  }
}
