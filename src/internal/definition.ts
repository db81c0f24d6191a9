/**
 * What a widget is, said once: its tag and class, its attributes, the payload
 * items it shows and how its code loads. Each element's folder has its
 * `definition.ts`; `src/widgets.ts` lists them. The plain-markup attributes,
 * the first-use loader, live announcements, nw-embed's children and the
 * server's widgets come from these lists, and a test holds package.json and
 * custom-elements.json to them. Definitions import no element code, so the
 * script-tag entry can hold them all, and any module can read them; what loads
 * each element is in `src/widget-loaders.ts`.
 */
import type { Payload } from '../payload/schema.js';

/** The attributes every widget has (`defer-hydration` aside, which only pre-rendering writes). */
export const SHARED_ATTRIBUTES = ['src', 'payload-id', 'refresh', 'theme', 'debug', 'lang'] as const;

/** The kinds of payload items. */
export type ItemKind = 'figures' | 'charts' | 'quotes';

/** The ids of the payload items a widget shows, by kind. */
export type ShownItems = Record<ItemKind, string[]>;

/** Reads one of the widget's attributes (null when absent). */
export type AttributeReader = (name: string) => string | null;

/** One widget. */
export interface WidgetDefinition {
  /** The element's tag: `nw-figure-card`. */
  readonly tag: `nw-${string}`;
  /** The element class's exported name: `FigureCardElement`. */
  readonly className: string;
  /** The tag without `nw-`: the element's folder, its package export (`newsroom-widgets/figure-card`) and its `data-nw` name. */
  readonly name: string;
  /** The element's own attributes, besides `SHARED_ATTRIBUTES`. */
  readonly attributes: readonly string[];
  /** The kinds of payload items it can show. */
  readonly items: readonly ItemKind[];
  /** The ids of the items it shows of `payload`, given its attributes. */
  shows(attribute: AttributeReader, payload: Payload): ShownItems;
  /** On the script-tag entry: defined with the entry, or loaded the first time a page has one (`src/widget-loaders.ts`). */
  readonly loads: 'with-entry' | 'on-first-use';
}

/** Every attribute of a widget: the shared ones, then its own. */
export function attributesOf(definition: WidgetDefinition): string[] {
  return [...SHARED_ATTRIBUTES, ...definition.attributes];
}

/** The ids of a payload list. */
export const idsOf = (list: readonly { id: string }[] | undefined): string[] => (list ?? []).map((item) => item.id);

/** The id an attribute names, or else the first item's: what a widget showing one item shows. */
export function oneOf(list: readonly { id: string }[] | undefined, id: string | null): string[] {
  const named = id?.trim();
  return named ? [named] : idsOf(list).slice(0, 1);
}

export { idList } from './id-list.js';

/** Shown items: the kinds given, and none of the others. */
export const shown = ({ figures = [], charts = [], quotes = [] }: Partial<ShownItems> = {}): ShownItems => ({
  figures,
  charts,
  quotes,
});
