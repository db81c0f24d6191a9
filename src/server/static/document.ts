/**
 * The files of the static target: a page per widget and `index.html` with all
 * of them, as the embed shows them (title, description, figures, charts,
 * quotes, notes, sources, the "Updated" line). Each page is a whole HTML
 * document whose `<body>` can be copied into a feed item or a newsletter as it is:
 * `<body>` itself has no style but `margin:0` (newsletters drop or replace it),
 * the page's font, colour and width are on the `<div>` inside it.
 */
import type { Payload } from '../../payload/schema.js';
import type { ViewContext } from '../../views/context.js';
import { markup, type Markup } from './markup.js';
import { PADDING, STYLE } from './styles.js';
import { sourceLine, time } from './widgets.js';

/** A whole document around `body`, for a page `width` CSS pixels wide at most. */
export function staticDocument(title: string, body: Markup, width: number, context: ViewContext): string {
  return `${markup`<!doctype html>
<html lang="${context.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newsroom-widgets">
<title>${title}</title>
</head>
<body style="${STYLE.body}">
<div style="${STYLE.page};max-width:${width - 2 * PADDING}px">
<article>
${body}
</article>
</div>
</body>
</html>
`}`;
}

/** Everything in the payload, in the embed's order, given each widget's HTML. */
export function staticIndexBody(payload: Payload, widgets: readonly Markup[], context: ViewContext): Markup {
  const { ui, locale } = context;
  const lang = context.textLang ? markup` lang="${context.textLang}"` : '';
  const footer = [
    sourceLine(Object.values(payload.sources ?? {}), ui),
    payload.updated ? markup`${ui.updated} ${time(payload.updated, locale)}` : undefined,
  ].filter(Boolean);
  return markup`${payload.title ? markup`<h2 style="${STYLE.title}"${lang}>${payload.title}</h2>\n` : ''}${
    payload.description ? markup`<p style="${STYLE.description}"${lang}>${payload.description}</p>\n` : ''
  }${widgets.map((widget) => markup`${widget}\n`)}${
    payload.notes?.length
      ? markup`<h3 style="${STYLE.notesTitle}">${ui.notes}</h3>
<ul style="${STYLE.list}"${lang}>${payload.notes.map((note) => markup`<li>${note}</li>`)}</ul>\n`
      : ''
  }${footer.length ? markup`<p style="${STYLE.footer}">${footer.map((part, i) => markup`${i ? markup`<br>` : ''}${part}`)}</p>` : ''}`;
}
