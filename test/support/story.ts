/** The story's payload, fetched once, and a fresh deep copy for each test to bend. */
import type { Payload } from '../../src/payload/schema.js';

const text = await (await fetch('/demo/data/kazakhstan-unrest-2022.json')).text();

/** A fresh copy of the story payload. */
export function story(): Payload {
  return JSON.parse(text) as Payload;
}

/** A fresh copy as a loose object, for making it invalid. */
export function storyLoose(): Record<string, unknown> & {
  figures: Record<string, unknown>[];
  charts: Record<string, unknown>[];
  quotes: Record<string, unknown>[];
  sources: Record<string, Record<string, unknown>>;
} {
  return JSON.parse(text) as ReturnType<typeof storyLoose>;
}

/** The story as JSON text. */
export const storyText = text;
