/**
 * Each widget as Apple News Format components, in one container per widget:
 * figures as text, a chart as a figure (its PNG) and a data table, a direct
 * quote as pull quotes (the quote, then its attribution), a paraphrase as body
 * text without quotation marks, followed by whose report it is. Text is HTML
 * the format accepts (p, strong, a, ul, li, br), every payload string escaped;
 * links are http(s) only.
 */
import { chartStrings } from '../../format/chart-strings.js';
import { formatDate } from '../../format/dates.js';
import { fill, splitTemplate, type UiStrings } from '../../format/strings.js';
import type { Source } from '../../payload/schema.js';
import { isHttpUrl } from '../../payload/validate.js';
import type { ViewContext } from '../../views/context.js';
import type { FigureView } from '../../views/figure.js';
import type { QuoteView } from '../../views/quote.js';
import { QUALIFIER_MARK } from '../../views/chart/model.js';
import { annotationTexts, hasValue, valueText } from '../../views/chart/text.js';
import type { RenderedChart } from '../types.js';
import { namedSource, namedSources } from '../sources.js';
import { joined, markup, type Markup, type Part } from '../static/markup.js';
import { hasQualifiers, headlineParts } from '../static/widgets.js';
import type { Component, ContainerComponent, DataTableComponent, TextComponent } from './types.js';

/**
 * Optional payload text as the article shows it: trimmed, or undefined when
 * blank. A text component's `text` is what it shows, so text an editor left
 * blank is left out rather than written as a component that shows nothing.
 */
export function filled(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed || undefined;
}

/** A text component of `role` with the HTML `text`. */
function text(role: TextComponent['role'], html: Markup, textStyle?: string): TextComponent {
  return { role, text: String(html), format: 'html', ...(textStyle ? { textStyle } : {}) };
}

function link(source: Source): Markup {
  return source.url && isHttpUrl(source.url) ? markup`<a href="${source.url}">${source.name}</a>` : markup`${source.name}`;
}

/** "Source: Sputnik" or "Sources: Sputnik, TASS", or undefined (a source with a blank name is left out). */
export function sourcesHtml(sources: readonly Source[], ui: UiStrings): Markup | undefined {
  const named = namedSources(sources);
  if (!named.length) return undefined;
  return markup`${named.length > 1 ? ui.sources : ui.source}: ${joined(named.map(link), ', ')}`;
}

/** The parts that are there, joined by " · ", as a caption; undefined when none is. */
function captionOf(parts: readonly Part[]): TextComponent | undefined {
  const present = parts.filter(Boolean);
  return present.length ? text('caption', joined(present, ' · ')) : undefined;
}

const present = <T>(list: readonly (T | undefined)[]): T[] => list.filter((item): item is T => item !== undefined);

/** One figure: its headline (qualifier and value), its label, note, source and date. */
export function figureContainer(id: string, view: FigureView, context: ViewContext): ContainerComponent {
  const { locale, ui } = context;
  const { before, value, after } = headlineParts(view, context);
  const label = view.label?.trim();
  const note = view.note?.trim();
  const [asOfBefore, asOfAfter] = splitTemplate(ui.asOfDate, 'date');
  return {
    role: 'container',
    identifier: `figure-${id}`,
    components: present([
      text('body', markup`<p>${before ? `${before} ` : ''}${value}${after ? ` ${after}` : ''}</p>`, 'nw-figure-value'),
      label ? text('body', markup`<p>${label}</p>`, 'nw-figure-label') : undefined,
      note ? text('body', markup`<p>${note}</p>`, 'nw-note') : undefined,
      captionOf([
        sourcesHtml(view.sources, ui),
        view.asOf ? markup`${asOfBefore}${formatDate(view.asOf, locale)}${asOfAfter}` : undefined,
      ]),
    ]),
  };
}

/**
 * The chart's data table: the x column, then one per series, every value in
 * full with its qualifier, range and note, and for a stacked chart each row's total.
 */
export function dataTable(chart: RenderedChart, context: ViewContext): DataTableComponent {
  const { model } = chart;
  const { totals } = model;
  const words = chartStrings(context.locale);
  const first = model.series[0]!.source;
  return {
    role: 'datatable',
    showDescriptorLabels: true,
    data: {
      descriptors: [
        { key: 'x', label: filled(model.chart.x?.label) ?? words.category, dataType: 'string' },
        ...model.series.map((series, index) => ({ key: `series-${index}`, label: series.header, dataType: 'string' as const })),
        ...(totals ? [{ key: 'total', label: words.total, dataType: 'string' as const }] : []),
      ],
      records: model.rows.map((row, r) => {
        const record: Record<string, string> = { x: row.label };
        model.series.forEach(({ source, cells: { [r]: cell } }, index) => {
          const shown = cell && hasValue(cell) ? valueText(source, cell, context.locale, false) : words.noValue;
          record[`series-${index}`] = cell?.note ? `${shown} (${cell.note})` : shown;
        });
        if (totals) record.total = valueText(first, totals[r]!, context.locale, false);
        return record;
      }),
    },
  };
}

/**
 * One chart: title, description, the picture as a figure (when drawn) with the
 * key to its qualifier mark, the data table, what is marked on the chart, notes and source.
 */
export function chartContainer(chart: RenderedChart, sources: readonly Source[], context: ViewContext): ContainerComponent {
  const { chart: data, picture, alt, model } = chart;
  const { ui, locale } = context;
  const words = chartStrings(locale);
  const title = filled(data.title);
  const description = filled(data.description);
  const notes = filled(data.notes);
  const marked = annotationTexts(model);
  return {
    role: 'container',
    identifier: `chart-${data.id}`,
    components: present<Component>([
      title ? text('heading3', markup`${title}`) : undefined,
      description ? text('body', markup`<p>${description}</p>`, 'nw-note') : undefined,
      picture
        ? {
            role: 'figure',
            URL: `bundle://${encodeURIComponent(picture.file)}`,
            ...(title ? { caption: title } : {}),
            accessibilityCaption: alt,
          }
        : undefined,
      picture && hasQualifiers(model)
        ? text('caption', markup`${fill(words.qualifiedMark, { mark: QUALIFIER_MARK })}`)
        : undefined,
      dataTable(chart, context),
      marked.length ? text('body', markup`<p><strong>${words.marked}:</strong> ${marked.join('; ')}</p>`, 'nw-note') : undefined,
      notes ? text('body', markup`<p><strong>${ui.notes}:</strong> ${notes}</p>`, 'nw-note') : undefined,
      captionOf([sourcesHtml(sources, ui)]),
    ]),
  };
}

/**
 * One quote. Direct: the words in the language's quotation marks as a pull
 * quote, and a second pull quote with who said it. Paraphrase: body text with
 * no quotation marks, then who said it and whose report it is.
 */
export function quoteContainer(id: string, view: QuoteView, context: ViewContext): ContainerComponent {
  const { locale, ui } = context;
  const [open, close] = ui.quotes;
  const direct = view.kind === 'direct';
  const [reportedBefore, reportedAfter] = splitTemplate(ui.asReportedBy, 'source');
  const source = namedSource(view.source);
  const role = filled(view.role);
  const quoteContext = filled(view.context);
  const byline = joined(
    present([
      markup`<strong>${view.speaker}</strong>`,
      role ? markup`${role}` : undefined,
      !direct && source ? markup`${reportedBefore}${link(source)}${reportedAfter}` : undefined,
    ]),
    ', ',
  );
  return {
    role: 'container',
    identifier: `quote-${id}`,
    components: present([
      direct ? text('pullquote', markup`${open}${view.text}${close}`) : text('body', markup`<p>${view.text}</p>`),
      direct
        ? text('pullquote', markup`— ${byline}`, 'nw-attribution')
        : text('body', markup`<p>${byline}</p>`, 'nw-attribution'),
      captionOf([
        direct && source ? markup`${ui.source}: ${link(source)}` : undefined,
        view.date ? markup`${formatDate(view.date, locale)}` : undefined,
      ]),
      quoteContext ? text('body', markup`<p>${quoteContext}</p>`, 'nw-note') : undefined,
    ]),
  };
}
