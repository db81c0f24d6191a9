/**
 * The `apple-news` target's files: `article.json`, a whole Apple News Format
 * document with every widget (the folder is an article bundle: its charts'
 * PNG files sit beside it, linked as `bundle://`), and per widget a JSON file
 * of its components and the text styles they name, to place into an article
 * made elsewhere.
 */
import { formatDate } from '../../format/dates.js';
import type { Payload } from '../../payload/schema.js';
import { figureView } from '../../views/figure.js';
import { resolveSources } from '../../views/sources.js';
import type { RenderInputs, RenderedFile } from '../types.js';
import { joined, markup } from '../static/markup.js';
import { resolveColor } from '../theme.js';
import { chartContainer, figureContainer, filled, quoteContainer, sourcesHtml } from './components.js';
import type { ArticleDocument, Component, ComponentTextStyle, ContainerComponent } from './types.js';

/** The format version the files are written in: everything they use is defined from 1.7 on. */
export const FORMAT_VERSION = '1.7';

/** The text styles the components name; `default` is required, `default-<role>` styles apply by role. */
export const TEXT_STYLES: Record<string, ComponentTextStyle> = {
  default: { fontSize: 18, lineHeight: 26 },
  'default-caption': { fontSize: 14, lineHeight: 20 },
  'default-pullquote': { fontSize: 26, lineHeight: 34, hangingPunctuation: true },
  'nw-figure-value': { fontSize: 40, lineHeight: 46, fontWeight: 'bold', paragraphSpacingBefore: 12 },
  'nw-figure-label': { fontSize: 18, lineHeight: 24 },
  'nw-note': { fontSize: 16, lineHeight: 22 },
  'nw-attribution': { fontSize: 16, lineHeight: 22, paragraphSpacingAfter: 6 },
};

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The article's `language`, a code from the IANA language subtag registry as
 * the format wants it: the widgets' locale without its extensions, in its
 * canonical case ("en-GB" for "EN-gb", "en-US" for "en-US-u-nu-arab"). The
 * widgets still format numbers and dates with the whole locale.
 */
export function articleLanguage(locale: string): string {
  return new Intl.Locale(locale).baseName;
}

/**
 * A payload date or date-time as the format's metadata wants it,
 * `YYYY-MM-DDTHH:mm:ss+00:00`: a date is its day's start in UTC, and a
 * date-time without an offset is read as UTC.
 */
export function metadataDate(value: string): string {
  const trimmed = value.replace(/(\.\d{3})\d+/, '$1');
  const utc = trimmed.includes('T') && !/(Z|[+-]\d{2}:\d{2})$/.test(trimmed) ? `${trimmed}Z` : trimmed;
  return `${new Date(utc).toISOString().slice(0, 19)}+00:00`;
}

/** The article's closing components: notes as a list, then every source and the "Updated" line. */
function closing(payload: Payload, inputs: RenderInputs): Component[] {
  const { ui, locale } = inputs.context;
  const notes = (payload.notes ?? []).map(filled).filter((note) => note !== undefined);
  const footer = [
    sourcesHtml(Object.values(payload.sources ?? {}), ui),
    payload.updated ? markup`${ui.updated} ${formatDate(payload.updated, locale)}` : undefined,
  ].filter(Boolean);
  return [
    ...(notes.length
      ? [
          { role: 'heading2', text: String(markup`${ui.notes}`), format: 'html' } as const,
          {
            role: 'body',
            text: String(markup`<ul>${notes.map((note) => markup`<li>${note}</li>`)}</ul>`),
            format: 'html',
          } as const,
        ]
      : []),
    ...(footer.length ? [{ role: 'caption', text: String(joined(footer, markup`<br>`)), format: 'html' } as const] : []),
  ];
}

/** The files of the `apple-news` target. */
export function appleNewsFiles(inputs: RenderInputs): RenderedFile[] {
  const { payload, context, charts, quotes } = inputs;
  const widgets: { name: string; container: ContainerComponent }[] = [
    ...(payload.figures ?? []).map((figure) => ({
      name: `figure-${figure.id}.json`,
      container: figureContainer(figure.id, figureView(figure, payload), context),
    })),
    ...charts.map((chart) => ({
      name: `chart-${chart.chart.id}.json`,
      container: chartContainer(chart, resolveSources(payload, chart.chart.source), context),
    })),
    ...quotes.map((quote, index) => ({
      name: `quote-${payload.quotes![index]!.id}.json`,
      container: quoteContainer(payload.quotes![index]!.id, quote, context),
    })),
  ];
  const description = filled(payload.description);
  const divider: Component = { role: 'divider', stroke: { width: 1, color: resolveColor('var(--nw-color-border)', 'light') } };
  const article: ArticleDocument = {
    version: FORMAT_VERSION,
    // render() asks for both for this target.
    identifier: payload.id ?? '',
    title: payload.title ?? '',
    language: articleLanguage(context.locale),
    layout: { columns: 7, width: 1024, margin: 60, gutter: 20 },
    components: [
      ...(payload.title ? [{ role: 'title', text: String(markup`${payload.title}`), format: 'html' } as const] : []),
      ...(description ? [{ role: 'intro', text: String(markup`${description}`), format: 'html' } as const] : []),
      ...widgets.flatMap(({ container }, index) => (index ? [divider, container] : [container])),
      ...closing(payload, inputs),
    ],
    componentTextStyles: TEXT_STYLES,
    metadata: {
      ...(description ? { excerpt: description } : {}),
      ...(payload.updated ? { dateModified: metadataDate(payload.updated) } : {}),
      generatorName: 'newsroom-widgets',
      generatorIdentifier: 'newsroom-widgets',
    },
  };
  return [
    { name: 'article.json', content: json(article) },
    ...widgets.map(({ name, container }) => ({
      name,
      content: json({ components: [container], componentTextStyles: TEXT_STYLES }),
    })),
    ...charts.flatMap(({ picture }) => (picture ? [{ name: picture.file, content: picture.data }] : [])),
  ];
}
