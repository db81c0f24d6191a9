/**
 * The static target's look, as `style` attributes (newsletters and RSS
 * readers drop style sheets but keep inline styles). Colours are the widgets'
 * light defaults; nothing relies on them being applied: without any CSS the
 * HTML reads in order, as figures, captions, quotes and tables.
 */
import { resolveColor } from '../theme.js';

const text = resolveColor('var(--nw-color-text)', 'light');
const muted = resolveColor('var(--nw-color-muted)', 'light');
const accent = resolveColor('var(--nw-color-accent)', 'light');
const border = resolveColor('var(--nw-color-border)', 'light');

/**
 * The system fonts: no web font is ever loaded. No `-apple-system`: a value
 * with a word that starts with "-" makes feed readers' sanitizers (feedparser)
 * drop the whole `style` attribute; `system-ui` is the same font on Apple's systems.
 */
export const FONT = 'system-ui, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif';

/** The page's padding on each side, in CSS pixels: the content is the page's width less twice this. */
export const PADDING = 16;

/**
 * How far a chart's picture is inset from each side of the page when no CSS
 * applies (the browser's own 8px body margin and 40px figure margin): the
 * picture is drawn that much narrower than the page, so it fits there too.
 */
export const NO_CSS_INSET = 48;

/**
 * Inline styles by the part they style. Newsletters drop or replace `<body>`,
 * and Outlook on Windows, Outlook.com and Yahoo Mail strip or ignore HTML5
 * elements (`article`, `figure`, `figcaption`, `time`) with their styles
 * (caniemail's data; test/node/email-conformance.test.mjs): so the page's look
 * is on a `<div>` inside `<body>`, the space between widgets on a `<div>`
 * around each `<figure>`, a chart's title is a `<p>` inside its `<figcaption>`,
 * and what is left on those elements is only the rule above each widget.
 */
export const STYLE = {
  body: 'margin:0',
  page: `margin:0 auto;padding:${PADDING}px;font-family:${FONT};color:${text};line-height:1.45`,
  title: 'margin:0 0 8px;font-size:24px;line-height:1.25',
  description: 'margin:0 0 16px;font-size:17px',
  widget: 'margin:0 0 16px',
  figure: `margin:0;padding:12px 0 0;border-top:1px solid ${border}`,
  headline: 'margin:0;font-size:30px;line-height:1.15;font-weight:700',
  qualifier: 'font-size:17px;font-weight:600',
  label: 'margin:4px 0 0;font-size:17px',
  note: 'margin:6px 0 0;font-size:15px',
  meta: `margin:6px 0 0;font-size:13px;color:${muted}`,
  chartTitle: 'margin:0 0 4px;font-size:19px;font-weight:700;line-height:1.3',
  image: 'display:block;width:100%;max-width:100%;height:auto;margin:8px 0',
  table: `border-collapse:collapse;margin:8px 0;font-size:14px;border-top:2px solid ${text}`,
  caption: 'text-align:left;font-weight:700;padding:0 0 4px',
  headerCell: `text-align:left;padding:4px 12px 4px 0;border-bottom:1px solid ${border};vertical-align:bottom`,
  seriesHeader: `text-align:right;padding:4px 0 4px 12px;border-bottom:1px solid ${border};vertical-align:bottom`,
  cell: `text-align:right;padding:4px 0 4px 12px;border-bottom:1px solid ${border};font-variant-numeric:tabular-nums`,
  cellNote: `font-size:12px;color:${muted}`,
  blockquote: `margin:0;padding:0 0 0 12px;border-left:4px solid ${accent};font-size:19px;line-height:1.4`,
  paraphrase: 'margin:0;font-size:17px',
  attribution: 'margin:6px 0 0;font-size:15px',
  link: `color:${accent}`,
  notesTitle: 'margin:16px 0 4px;font-size:17px',
  list: 'margin:0;padding:0 0 0 20px;font-size:15px',
  footer: `margin:16px 0 0;font-size:13px;color:${muted}`,
} as const;
