/**
 * The problem panel a widget shows with `debug`: every problem with its data,
 * for editors. Readers never see it, so the browser loads it the first time a
 * widget with `debug` has a problem to show.
 */
import { html, type TemplateResult } from 'lit';
import type { UiStrings } from '../format/strings.js';
import type { WidgetError } from '../payload/errors.js';

/** The panel: the element's tag, the error's code and each problem with its path. */
export function renderProblemPanel(error: WidgetError, tag: string, ui: UiStrings): TemplateResult {
  const problems = error.problems.length
    ? error.problems.map((problem) => `${problem.path}: ${problem.message}`)
    : [error.message];
  return html`<div class="debug" part="debug" role="note">
    <strong>&lt;${tag}&gt; ${error.code}</strong>: ${ui.problems}
    <ul>
      ${problems.map((problem) => html`<li><code>${problem}</code></li>`)}
    </ul>
  </div>`;
}
