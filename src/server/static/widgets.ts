/**
 * Each widget as static HTML: figure, figcaption, blockquote, cite, table and
 * time, with inline styles only, no script and no custom element. The same
 * formatting as the live widgets (qualifiers, dates, sources in the widget's
 * language), so a figure reads the same in a newsletter as on the site.
 */
import { chartStrings } from '../../format/chart-strings.js';
import { formatDate } from '../../format/dates.js';
import { capitalize, formatValue } from '../../format/figures.js';
import { fill, splitTemplate, type UiStrings } from '../../format/strings.js';
import type { Source } from '../../payload/schema.js';
import { isHttpUrl } from '../../payload/validate.js';
import type { ViewContext } from '../../views/context.js';
import type { FigureView } from '../../views/figure.js';
import type { QuoteView } from '../../views/quote.js';
import { QUALIFIER_MARK, type Model } from '../../views/chart/model.js';
import { annotationTexts, hasValue, valueText } from '../../views/chart/text.js';
import { namedSource, namedSources } from '../sources.js';
import { joined, markup, type Markup, type Part } from './markup.js';
import { STYLE } from './styles.js';

/** ` lang="…"` on an element holding the payload's own text, when its language differs from the widget's. */
function textLang(context: ViewContext): Markup | undefined {
  return context.textLang ? markup` lang="${context.textLang}"` : undefined;
}

/**
 * A widget's `<figure>` in a `<div>` that holds the space below it: clients
 * that strip `<figure>` (Outlook on Windows, Outlook.com, Yahoo Mail) keep the
 * `<div>`, so the widgets stay apart there too.
 */
function widget(figure: Markup): Markup {
  return markup`<div style="${STYLE.widget}">
${figure}
</div>`;
}

/** A source's name, linked when its URL is http(s). */
export function sourceLink(source: Source): Markup {
  return source.url && isHttpUrl(source.url)
    ? markup`<a href="${source.url}" style="${STYLE.link}">${source.name}</a>`
    : markup`${source.name}`;
}

/** "Source: Sputnik" or "Sources: Sputnik, TASS", or nothing (a source with a blank name is left out). */
export function sourceLine(sources: readonly Source[], ui: UiStrings): Markup | undefined {
  const named = namedSources(sources);
  if (!named.length) return undefined;
  return markup`${named.length > 1 ? ui.sources : ui.source}: ${joined(named.map(sourceLink), ', ')}`;
}

/** A date as `<time>` in the widget's language. */
export function time(date: string, locale: string): Markup {
  return markup`<time datetime="${date}">${formatDate(date, locale)}</time>`;
}

/**
 * A figure's headline in three parts: the qualifier's words before the value
 * ("More than"), the value with its case ending ("5 000-нан"), and the
 * qualifier's words after it ("астам").
 */
export function headlineParts(view: FigureView, { locale }: ViewContext): { before: string; value: string; after: string } {
  const shown = formatValue(view, locale);
  // A value that opens the line ("Between 5,000 and 8,000") is capitalised, as the card has it.
  const value = `${shown.value}${shown.ending}`;
  return {
    before: capitalize(shown.before, locale),
    value: shown.before ? value : capitalize(value, locale),
    after: shown.after,
  };
}

/** One figure: the value with its qualifier, its label as the caption, its note, source and date. */
export function staticFigure(view: FigureView, context: ViewContext): Markup {
  const { locale, ui } = context;
  const { before, value, after } = headlineParts(view, context);
  const label = view.label?.trim();
  const note = view.note?.trim();
  const [asOfBefore, asOfAfter] = splitTemplate(ui.asOfDate, 'date');
  const meta: Part[] = [
    sourceLine(view.sources, ui),
    view.asOf ? markup`${asOfBefore}${time(view.asOf, locale)}${asOfAfter}` : undefined,
  ].filter(Boolean);
  return widget(markup`<figure style="${STYLE.figure}">
<p style="${STYLE.headline}">${before ? markup`<span style="${STYLE.qualifier}">${before}</span> ` : ''}<span style="white-space:nowrap">${value}</span>${
    after ? markup` <span style="${STYLE.qualifier}">${after}</span>` : ''
  }</p>
${
  label || note || meta.length
    ? markup`<figcaption>${label ? markup`<p style="${STYLE.label}"${textLang(context)}>${label}</p>` : ''}${
        note ? markup`<p style="${STYLE.note}"${textLang(context)}>${note}</p>` : ''
      }${meta.length ? markup`<p style="${STYLE.meta}">${joined(meta, ' · ')}</p>` : ''}</figcaption>\n`
    : ''
}</figure>`);
}

/**
 * One quote: a direct quote as a blockquote in the language's quotation
 * marks; a paraphrase as a paragraph without them, followed by whose report it is.
 */
export function staticQuote(view: QuoteView, context: ViewContext): Markup {
  const { locale, ui } = context;
  const direct = view.kind === 'direct';
  const [open, close] = ui.quotes;
  const source = namedSource(view.source);
  const cite = source?.url && isHttpUrl(source.url) ? source.url : undefined;
  const body = direct
    ? markup`<blockquote style="${STYLE.blockquote}"${cite ? markup` cite="${cite}"` : ''}${textLang(context)}><p style="margin:0">${open}${view.text}${close}</p></blockquote>`
    : markup`<p style="${STYLE.paraphrase}"${textLang(context)}>${view.text}</p>`;
  const [reportedBefore, reportedAfter] = splitTemplate(ui.asReportedBy, 'source');
  const byline: Part[] = [
    markup`<strong>${view.speaker}</strong>`,
    view.role ? markup`${view.role}` : undefined,
    !direct && source ? markup`${reportedBefore}<cite>${sourceLink(source)}</cite>${reportedAfter}` : undefined,
  ].filter(Boolean);
  const meta: Part[] = [
    direct && source ? markup`${ui.source}: <cite>${sourceLink(source)}</cite>` : undefined,
    view.date ? time(view.date, locale) : undefined,
  ].filter(Boolean);
  return widget(markup`<figure style="${STYLE.figure}">
${body}
<figcaption><p style="${STYLE.attribution}">${direct ? '— ' : ''}${joined(byline, ', ')}${
    meta.length ? markup`<br><span style="${STYLE.meta}">${joined(meta, ' · ')}</span>` : ''
  }</p>${view.context ? markup`<p style="${STYLE.note}"${textLang(context)}>${view.context}</p>` : ''}</figcaption>
</figure>`);
}

/** The chart's picture, as the static page links it. */
export interface StaticPicture {
  file: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * The chart's data table: every value in full, with its qualifier, range and
 * note, and for a stacked chart each row's total. A note is on a line of its
 * own after a `<br>`, not a `display:block` that Outlook on Windows and
 * readers with no CSS would run into the value.
 */
export function staticTable(model: Model, context: ViewContext): Markup {
  const { locale } = context;
  const { totals } = model;
  const words = chartStrings(locale);
  const first = model.series[0]!.source;
  const rows = model.rows.map(
    (row, r) =>
      markup`<tr><th scope="row" style="${STYLE.headerCell}">${row.label}</th>${model.series.map(
        ({ source, cells: { [r]: cell } }) =>
          markup`<td style="${STYLE.cell}">${cell && hasValue(cell) ? valueText(source, cell, locale, false) : words.noValue}${
            cell?.note ? markup`<br><span style="${STYLE.cellNote}">${cell.note}</span>` : ''
          }</td>`,
      )}${totals ? markup`<td style="${STYLE.cell}">${valueText(first, totals[r]!, locale, false)}</td>` : ''}</tr>\n`,
  );
  return markup`<table style="${STYLE.table}"${textLang(context)}>
<caption style="${STYLE.caption}">${words.data}</caption>
<thead><tr><th scope="col" style="${STYLE.headerCell}">${model.chart.x?.label ?? words.category}</th>${model.series.map(
    (series) => markup`<th scope="col" style="${STYLE.seriesHeader}">${series.header}</th>`,
  )}${totals ? markup`<th scope="col" style="${STYLE.seriesHeader}">${words.total}</th>` : ''}</tr></thead>
<tbody>
${rows}</tbody>
</table>`;
}

/** True when some point of the chart has a qualifier: its picture marks it (`QUALIFIER_MARK`), explained below. */
export function hasQualifiers(model: Model): boolean {
  return model.series.some(({ source }) => source.data.some((point) => point.qualifier));
}

/**
 * What is marked on the chart ("Curfew (Mar 2026); 5,000"), each label in the
 * payload's language when it differs from the widget's (the places are in the widget's).
 */
function markedTexts(model: Model, context: ViewContext): Part[] {
  return annotationTexts(model).map((text, index) => {
    const label = model.annotations[index]?.source.label;
    return context.textLang && label && text.startsWith(label)
      ? markup`<span${textLang(context)}>${label}</span>${text.slice(label.length)}`
      : text;
  });
}

/**
 * One chart: title, description, its picture (when one was drawn) with the key
 * to its qualifier mark, data table, what is marked on the chart, notes and source.
 */
export function staticChart(
  model: Model,
  sources: readonly Source[],
  picture: StaticPicture | undefined,
  context: ViewContext,
): Markup {
  const { chart } = model;
  const { ui, locale } = context;
  const words = chartStrings(locale);
  const source = sourceLine(sources, ui);
  const marked = markedTexts(model, context);
  return widget(markup`<figure style="${STYLE.figure}">
${chart.title ? markup`<figcaption><p style="${STYLE.chartTitle}"${textLang(context)}>${chart.title}</p></figcaption>\n` : ''}${
    chart.description ? markup`<p style="${STYLE.note}"${textLang(context)}>${chart.description}</p>\n` : ''
  }${
    picture
      ? markup`<img src="${picture.file}" width="${picture.width}" height="${picture.height}" alt="${picture.alt}" style="${STYLE.image}">\n${
          hasQualifiers(model)
            ? markup`<p style="${STYLE.meta}">${fill(words.qualifiedMark, { mark: QUALIFIER_MARK })}</p>\n`
            : ''
        }`
      : ''
  }${staticTable(model, context)}
${
  marked.length ? markup`<p style="${STYLE.note}"><strong>${words.marked}:</strong> ${joined(marked, '; ')}</p>\n` : ''
}${chart.notes ? markup`<p style="${STYLE.note}"><strong>${ui.notes}:</strong> <span${textLang(context)}>${chart.notes}</span></p>\n` : ''}${
    source ? markup`<p style="${STYLE.meta}">${source}</p>\n` : ''
  }</figure>`);
}
