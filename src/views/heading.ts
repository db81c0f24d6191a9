/** A real heading element of a widget, of the level its `heading-level` asks for. */
import { html, type TemplateResult } from 'lit';
import { headingLevel } from './heading-level.js';

/** A real heading element (`<h1>`…`<h6>`) with a class and part of the same name. */
export function heading(level: number, content: unknown, part: string): TemplateResult {
  switch (headingLevel(level, 2)) {
    case 1:
      return html`<h1 part=${part} class=${part}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${part}>${content}</h6>`;
  }
}
