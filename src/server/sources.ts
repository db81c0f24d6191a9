/** The sources the Node targets show: a source whose name is blank says nothing, so it is left out. */
import type { Source } from '../payload/schema.js';

/** The source when its name is not blank, else undefined. */
export function namedSource(source: Source | undefined): Source | undefined {
  return source?.name.trim() ? source : undefined;
}

/** The sources whose names are not blank, in order. */
export function namedSources(sources: readonly Source[]): Source[] {
  return sources.filter((source) => namedSource(source) !== undefined);
}
