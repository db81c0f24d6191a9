// The views of every widget, drawn from the story payload in each language: one
// list, rendered on Node with Lit's SSR (test/support/render-views.mjs, from
// lib/) and in the browser (test/views/node-parity.test.ts, from src/), so the
// two can be compared. Plain JavaScript: Node runs it as it is.

/**
 * @param {import('./view-cases.js').ViewModules} m the view modules, from lib/ or src/
 * @param {import('../../src/payload/schema.js').Payload} story the story payload
 * @returns {{ name: string; template: unknown }[]}
 */
export function viewCases(m, story) {
  m.provideLanguages({ ru: m.ru, kk: m.kk });
  const cases = [];
  for (const locale of ['en', 'ru', 'kk']) {
    const context = m.viewContext(locale, story, m.strings(locale));
    const frame = (content, tag) =>
      m.renderFrame(content, { scheme: 'light', hasFallback: false, debug: true, tag, ui: context.ui });
    const add = (name, tag, content) => cases.push({ name: `${locale} ${name}`, template: frame(content, tag) });
    const figure = (payload, attributes) => {
      const view = m.resolveFigure(payload, attributes);
      return view instanceof m.WidgetError ? view : m.renderFigure(view, context);
    };
    const quote = (payload, attributes) => {
      const view = m.resolveQuote(payload, attributes);
      return view instanceof m.WidgetError ? view : m.renderQuote(view, context);
    };

    for (const { id } of story.figures ?? []) add(`figure card "${id}"`, 'nw-figure-card', figure(story, { figure: id }));
    add(
      'figure card from attributes',
      'nw-figure-card',
      figure(undefined, {
        value: '200000000',
        currency: 'USD',
        qualifier: 'more-than',
        label: 'in damage',
        source: 'Sputnik',
        sourceUrl: 'https://example.org/report',
        asOf: '2022-01-10',
      }),
    );
    add('figure card with bad attributes', 'nw-figure-card', figure(undefined, { value: '5 000', qualifier: 'lots' }));
    add(
      'figure card counting up',
      'nw-figure-card',
      m.renderFigure(m.resolveFigure(story, {}), context, (final) => Math.round(final / 2)),
    );

    const figures = m.pickFigures(story, undefined);
    add(
      'figure grid',
      'nw-figure-grid',
      figures instanceof m.WidgetError ? figures : m.renderFigureGrid(figures, story, context),
    );
    add('figure grid, a missing id', 'nw-figure-grid', m.pickFigures(story, 'detained, nope'));

    for (const { id } of story.quotes ?? []) add(`quote "${id}"`, 'nw-quote', quote(story, { quote: id }));
    add(
      'quote from attributes',
      'nw-quote',
      quote(undefined, { ownText: () => 'Order has been restored.', speaker: 'A. Speaker', date: '2022-01-11' }),
    );

    const embed = { sections: m.embedSections('figures,charts,quotes'), headingLevel: 2, theme: 'light', debug: false };
    add('embed', 'nw-embed', m.renderEmbed(story, embed, context));

    for (const { id } of story.charts ?? []) {
      const chart = m.pick(story.charts, id, 'chart');
      add(`chart "${id}"`, 'nw-chart', chart instanceof m.WidgetError ? chart : m.renderChartView(story, chart, context));
    }
  }
  return cases;
}
