/**
 * JSON Schema (draft 2020-12) from a schema-kit schema: how `payload.schema.json`
 * is made from the same definition the validator uses. Build-time only.
 */
import type { Schema } from './schema-kit.js';

/** A JSON Schema node. */
export type JsonSchema = { [key: string]: unknown };

/** Converts a schema to JSON Schema. */
export function toJsonSchema(schema: Schema): JsonSchema {
  switch (schema.kind) {
    case 'string':
      return {
        type: 'string',
        ...(schema.max !== undefined && { maxLength: schema.max }),
        ...(schema.pattern && { pattern: schema.pattern.source }),
        ...(schema.message && { description: schema.message }),
      };
    case 'number':
      return { type: 'number' };
    case 'literal':
      return { const: schema.value };
    case 'enum':
      return { enum: [...schema.values] };
    case 'nullable':
      return { anyOf: [toJsonSchema(schema.inner), { type: 'null' }] };
    case 'union':
      return { anyOf: schema.options.map(toJsonSchema), description: schema.message };
    case 'array':
      return {
        type: 'array',
        items: toJsonSchema(schema.item),
        ...(schema.min !== undefined && { minItems: schema.min }),
        ...(schema.max !== undefined && { maxItems: schema.max }),
      };
    case 'record':
      return { type: 'object', propertyNames: toJsonSchema(schema.key), additionalProperties: toJsonSchema(schema.value) };
    case 'object': {
      const entries = Object.entries(schema.shape);
      return {
        type: 'object',
        properties: Object.fromEntries(entries.map(([key, field]) => [key, toJsonSchema(field)])),
        required: entries.filter(([, field]) => !field.optional).map(([key]) => key),
        additionalProperties: false,
      };
    }
  }
}
