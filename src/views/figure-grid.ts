/** The figure grid: which figures it shows, and its template of cards. */
import { idList } from '../internal/id-list.js';
import { html, type TemplateResult } from 'lit';
import { WidgetError } from '../payload/errors.js';
import type { Figure, Payload } from '../payload/schema.js';
import type { ViewContext } from './context.js';
import { figureView, renderFigure, type Count } from './figure.js';

/**
 * The figures a `figures` attribute lists ("detained, damage"), in that order
 * (default every figure), or an error naming every id that is missing.
 */
export function pickFigures(payload: Payload | undefined, list: string | undefined): Figure[] | WidgetError {
  const all = payload?.figures ?? [];
  const ids = idList(list);
  if (ids.length) {
    const missing = ids.filter((id) => !all.some((figure) => figure.id === id));
    if (missing.length)
      return new WidgetError('not-found', `the payload has no figure with id ${missing.map((id) => `"${id}"`).join(', ')}`);
  }
  const figures = ids.length ? ids.map((id) => all.find((figure) => figure.id === id)!) : all;
  return figures.length ? figures : new WidgetError('no-data', 'the payload has no figures');
}

/** The grid of cards; `count` is a running count-up's. */
export function renderFigureGrid(
  figures: readonly Figure[],
  payload: Payload,
  context: ViewContext,
  count?: Count,
): TemplateResult {
  return html`<div class="grid-container">
    <ul class="grid" part="grid" role="list">
      ${figures.map((figure) => html`<li class="cell">${renderFigure(figureView(figure, payload), context, count)}</li>`)}
    </ul>
  </div>`;
}
