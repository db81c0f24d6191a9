/**
 * What a live refresh says to screen readers: which figures and charts a
 * widget shows, which of them changed, which widget of the page speaks, and
 * the sentence it says ("People detained: now more than 7,900, was more than
 * 5,000.").
 */
import { capitalize, formatValue } from '../../format/figures.js';
import { live } from '../../format/languages/en.js';
import { words } from '../../format/strings.js';
import type { Figure, Payload } from '../../payload/schema.js';
import { shown, type ShownItems } from '../definition.js';
import { widgetByTag } from '../../widgets.js';

/** What one widget shows of a payload, for its announcements: the ids of its figures, charts and quotes. */
export type Shown = (payload: Payload) => ShownItems;

/** What a widget shows, from its definition (`src/widgets.ts`) and its attributes as they are when asked. */
export function shownBy(host: Element): Shown {
  const widget = widgetByTag(host.localName);
  return (payload) => widget?.shows((name) => host.getAttribute(name), payload) ?? shown();
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Ids of the figures, charts and quotes whose content differs between two payloads (added and removed ones too). */
export function changedIds(before: Payload, after: Payload): string[] {
  const changed: string[] = [];
  for (const key of ['figures', 'charts', 'quotes'] as const) {
    const old = new Map<string, unknown>((before[key] ?? []).map((item) => [item.id, item]));
    const now = new Map<string, unknown>((after[key] ?? []).map((item) => [item.id, item]));
    for (const id of new Set([...old.keys(), ...now.keys()])) if (!same(old.get(id), now.get(id))) changed.push(id);
  }
  return changed;
}

/** What a widget announces: the payload last announced, the one now shown, and what changed between them. */
export interface Announcement {
  before: Payload;
  after: Payload;
  figures: string[];
  charts: string[];
}

const findFigure = (payload: Payload, id: string): Figure | undefined => payload.figures?.find((f) => f.id === id);

/** The sentence a screen reader hears: "People detained: now more than 7,900, was more than 5,000." */
export function announcementText(announcement: Announcement, locale: string): string {
  const liveWords = words(locale, 'live', live);
  const spoken = (figure: Figure) => formatValue(figure, locale).spoken;
  const parts = announcement.figures.flatMap((id) => {
    const now = findFigure(announcement.after, id);
    if (!now) return [];
    const was = findFigure(announcement.before, id);
    const label = capitalize(now.label?.trim() || id, locale);
    return [`${label}: ${liveWords.now} ${spoken(now)}${was ? `, ${liveWords.was} ${spoken(was)}` : ''}`];
  });
  for (const id of announcement.charts) {
    const chart = announcement.after.charts?.find((c) => c.id === id);
    if (chart) parts.push(`${chart.title?.trim() || id}: ${liveWords.newData}`);
  }
  return parts.length ? `${parts.join('. ')}.` : '';
}

/**
 * Who says what changed from `before` to `after`: the first of `followers` in page order that shows a changed figure
 * or chart, naming every changed figure and chart that some widget of the page shows; undefined when none shows one.
 */
export function speakerOf<T extends { host: Element; shown: Shown }>(
  followers: readonly T[],
  before: Payload,
  after: Payload,
): { speaker: T; said: Announcement } | undefined {
  const changed = new Set(changedIds(before, after));
  const inOrder = [...followers].sort((a, b) =>
    a.host.compareDocumentPosition(b.host) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
  const shownNow = new Map(inOrder.map((f) => [f, f.shown(after)]));
  const speaker = inOrder.find((f) => {
    const { figures, charts } = shownNow.get(f)!;
    return [...figures, ...charts].some((id) => changed.has(id));
  });
  if (!speaker) return undefined;
  const all = (kind: 'figures' | 'charts') => [
    ...new Set(inOrder.flatMap((f) => shownNow.get(f)![kind].filter((id) => changed.has(id)))),
  ];
  return { speaker, said: { before, after, figures: all('figures'), charts: all('charts') } };
}
