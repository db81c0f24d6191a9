import { css } from 'lit';

/**
 * The chart and what stands around it, like a newsroom chart tool draws it:
 * title, description, legend, the canvas box, the data controls and table,
 * notes and source. The layout answers to the widget's own width.
 */
export default css`
  .frame {
    container: nw-chart-frame / inline-size;
  }
  .chart {
    container: nw-chart / inline-size;
    margin: 0;
    padding: 1em 1.25em;
    background: var(--nw-color-surface);
    border: 1px solid var(--nw-color-border);
    border-radius: var(--nw-radius);
  }
  .title {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .description {
    margin: 0.25em 0 0;
    font-size: 0.9375em;
    line-height: 1.45;
    color: var(--nw-color-muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.75em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .swatch {
    flex: none;
    inline-size: 0.8em;
    block-size: 0.8em;
    border-radius: 2px;
    background: var(--_swatch);
    forced-color-adjust: none;
  }
  .swatch.line {
    block-size: 3px;
    inline-size: 1.2em;
  }
  /* An area: its fill, under its line. */
  .swatch.area {
    background: linear-gradient(var(--_swatch) 0 3px, color-mix(in srgb, var(--_swatch) 35%, transparent) 3px);
  }
  /* A highlighted series stands out by weight as well as colour. */
  .legend .highlighted {
    font-weight: 700;
  }
  /* The canvas box: sized before Chart.js loads, so nothing shifts when it draws. */
  .plot {
    position: relative;
    inline-size: 100%;
    margin-block-start: 0.75em;
    aspect-ratio: var(--_ratio, 16 / 9);
    min-block-size: var(--_min-height, 0);
  }
  .plot.rows {
    aspect-ratio: auto;
    block-size: var(--_height, 9em);
    min-block-size: 8em;
  }
  /* Out of flow: the canvas's pixel size never holds the box open when it shrinks. */
  .plot canvas {
    position: absolute;
    inset: 0;
  }
  /* The tooltip, placed by the renderer over the canvas. */
  .tip {
    position: absolute;
    inset: 0 auto auto 0;
    z-index: 1;
    max-inline-size: min(22em, 100%);
    padding: 0.4em 0.6em;
    border-radius: 4px;
    background: var(--nw-color-text);
    color: var(--nw-color-surface);
    font-size: max(0.75rem, 0.75em);
    line-height: 1.35;
    pointer-events: none;
    /* Invisible, but drawn in forced colors, where the box takes the canvas's colours. */
    outline: 1px solid transparent;
  }
  .tip b,
  .tip span,
  .tip em {
    display: block;
  }
  .tip i {
    display: inline-block;
    inline-size: 0.75em;
    block-size: 0.75em;
    margin-inline-end: 0.4em;
    border: 1px solid var(--nw-color-surface);
    vertical-align: -0.05em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin-block-start: 0.5em;
    font-size: 0.875em;
  }
  .actions button,
  .actions a {
    display: inline-flex;
    align-items: center;
    min-block-size: 1.75em;
    padding: 0;
    border: 0;
    background: none;
    color: var(--nw-color-accent);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .table-wrap.open {
    margin-block-start: 0.5em;
    max-block-size: 24em;
    overflow: auto;
    border: 1px solid var(--nw-color-border);
    border-radius: var(--nw-radius);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    /* Wrap between words only: "more than / $200,000,000", never inside a number. */
    overflow-wrap: normal;
    word-break: normal;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 0.4em 0.75em;
    border-block-end: 1px solid var(--nw-color-border);
    text-align: start;
    vertical-align: top;
  }
  td {
    text-align: end;
  }
  thead th {
    position: sticky;
    inset-block-start: 0;
    background: var(--nw-color-surface);
    font-weight: 600;
  }
  thead th:not(:first-child) {
    text-align: end;
  }
  /* Long tables: rows off screen (or clipped while the table is visually hidden) skip layout and paint, and stay in the accessibility tree. */
  tbody tr {
    content-visibility: auto;
    contain-intrinsic-size: auto 2.25em;
  }
  tbody tr:last-child > * {
    border-block-end: 0;
  }
  td.empty {
    color: var(--nw-color-muted);
  }
  .cell-note {
    display: block;
    color: var(--nw-color-muted);
    font-size: 0.8125em;
  }
  .note,
  .mark-key,
  .marked {
    margin: 0.5em 0 0;
    font-size: 0.8125em;
    line-height: 1.45;
    color: var(--nw-color-muted);
  }
  .note + .note {
    margin-block-start: 0.25em;
  }
  .label {
    font-weight: 600;
  }
  @container nw-chart (max-width: 30em) {
    .plot.ratio {
      aspect-ratio: var(--_narrow-ratio, 4 / 3);
    }
    .plot.rows {
      block-size: var(--_narrow-height, 11em);
    }
    table {
      font-size: 0.8125em;
    }
    th,
    td {
      padding: 0.35em 0.5em;
    }
  }
  @container nw-chart-frame (max-width: 30em) {
    .chart {
      padding: 0.75em 0.875em;
    }
    .title {
      font-size: 1.0625em;
    }
  }
  /* Forced colors (high contrast): the canvas draws in system colours, resolved by the probe as they are. */
  @media (forced-colors: active) {
    :host {
      --nw-color-text: CanvasText !important;
      --nw-color-muted: CanvasText !important;
      --nw-color-border: GrayText !important;
      --nw-color-surface: Canvas !important;
      --nw-series-1: CanvasText !important;
      --nw-series-2: LinkText !important;
      --nw-series-3: GrayText !important;
      --nw-series-4: Highlight !important;
      --nw-series-5: VisitedText !important;
      --nw-series-6: ActiveText !important;
    }
    .probe {
      forced-color-adjust: none;
    }
    /* System colours are kept in forced colors: the tip's inverted ones would put its text on its backplate's colour. */
    .tip {
      background: Canvas;
      color: CanvasText;
      outline-color: CanvasText;
    }
    /* The swatch is the series' colour, a system colour already. */
    .tip i {
      forced-color-adjust: none;
    }
  }
  @media print {
    .chart {
      break-inside: avoid;
    }
    .actions {
      display: none;
    }
    /* The bitmap scales to the printed width even before Chart.js resizes. */
    .plot canvas {
      max-inline-size: 100% !important;
      block-size: auto !important;
    }
    /* A chart that never loaded prints its data table instead of an empty box. */
    .chart.no-canvas .plot {
      display: none;
    }
    .chart.no-canvas .table-wrap {
      position: static !important;
      inline-size: auto !important;
      block-size: auto !important;
      margin: 0.5em 0 0 !important;
      overflow: visible !important;
      clip: auto !important;
      white-space: normal !important;
    }
  }
`;

/** Without script (a pre-rendered page), the data table is shown and the button that would show it is not. */
export const noScriptStyles = `
  .table-wrap.visually-hidden { position: static !important; width: auto !important; height: auto !important;
    margin: 0.75em 0 0 !important; overflow: auto !important; clip: auto !important; white-space: normal !important; }
  .actions [part='toggle'] { display: none !important; }
`;
