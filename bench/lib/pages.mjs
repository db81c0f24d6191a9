// The bench pages, built in memory and served by the bench's server under
// /bench/. Story pages use the demo payload only; pages with generated data
// (growth, stress) say so in their title and on the page.

const WIDGET_CSS = `
  :root { color-scheme: light; }
  body { margin: 0; font: 18px/1.5 Georgia, 'Times New Roman', serif; color: #1a1a1a; background: #fff; }
  main { max-width: 42rem; margin: 0 auto; padding: 1rem; }
  .label-generated { font: 14px/1.4 system-ui, sans-serif; background: #fff3cd; padding: 0.5rem; }
  .chart-box { position: relative; }
  .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 1rem; margin: 1rem 0; }
  .card { border: 1px solid #ddd; border-radius: 8px; padding: 1rem; font-family: system-ui, sans-serif; }
  .card .value { font-size: 2rem; font-weight: 700; margin: 0; }
  .card .label, .card .source, .quote figcaption { font-size: 0.9rem; margin: 0.25rem 0 0; color: #555; }
  .quote { margin: 1rem 0; padding: 1rem; border-left: 4px solid #0072b2; font-family: system-ui, sans-serif; }
  .quote blockquote { margin: 0; font-size: 1.1rem; }
`;

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** A payload as an inline JSON script; `<` escaped so the JSON cannot close the script. */
const jsonScript = (id, payload) =>
  `<script type="application/json" id="${id}">${JSON.stringify(payload).replace(/</g, '\\u003c')}</script>`;

const LIBRARY = {
  esm: '<script type="module" src="/dist/newsroom-widgets.js"></script>',
  classic: '<script src="/dist/newsroom-widgets.classic.js" defer></script>',
  none: '',
};

function page({ title, body, payload, build = 'esm', ready = 'widgets', head = '' }) {
  return `<!doctype html>
<html lang="en" data-bench-ready="${ready}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${WIDGET_CSS}</style>
${head}
${LIBRARY[build] ?? LIBRARY.esm}
</head>
<body>
<main>
${payload ? jsonScript('story', payload) : ''}
${body}
</main>
</body>
</html>
`;
}

/** Generated line data, reproducible (a fixed-seed walk). */
export function generatedPayload(points) {
  let seed = 42;
  let y = 100;
  const data = [];
  for (let i = 0; i < points; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    y = Math.max(0, y + ((seed / 2147483648) * 10 - 5));
    data.push({ x: `Point ${i + 1}`, y: Math.round(y * 100) / 100 });
  }
  return {
    version: 1,
    id: `generated-${points}`,
    locale: 'en',
    title: `Generated data: ${points} points (stress test, not real data)`,
    charts: [
      {
        id: 'generated',
        title: `Generated series of ${points} points (stress test)`,
        description: `A generated random walk of ${points} values, used only to measure drawing cost.`,
        type: 'line',
        x: { type: 'category' },
        series: [{ id: 'generated', label: 'Generated values', data }],
      },
    ],
  };
}

// The same content as the widgets, hand-written: the floor for cards and quotes.
const QUALIFIERS = {
  'more-than': 'More than',
  'at-least': 'At least',
  about: 'About',
  'up-to': 'Up to',
  'fewer-than': 'Fewer than',
};
function staticFigure(figure, sources) {
  let value;
  if (figure.format === 'date')
    value = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(figure.value));
  else {
    const options = { notation: figure.notation ?? 'standard' };
    if (figure.format === 'currency') Object.assign(options, { style: 'currency', currency: figure.currency });
    if (figure.format === 'percent') options.style = 'percent';
    value = new Intl.NumberFormat('en', options).format(figure.value);
  }
  const qualifier = figure.qualifier ? `<span class="qualifier">${QUALIFIERS[figure.qualifier]}</span> ` : '';
  const source = [figure.source ?? []].flat().map((id) => sources[id]?.name ?? id);
  return `<div class="card"><p class="value">${qualifier}${escapeHtml(value)}</p><p class="label">${escapeHtml(figure.label)}</p>${
    figure.note ? `<p class="label">${escapeHtml(figure.note)}</p>` : ''
  }${source.length ? `<p class="source">Source: ${escapeHtml(source.join(', '))}</p>` : ''}</div>`;
}
function staticQuote(quote, sources) {
  const by = [quote.speaker, quote.role].filter(Boolean).join(', ');
  const reported =
    quote.kind === 'paraphrase' && quote.source ? `, as reported by ${sources[quote.source]?.name ?? quote.source}` : '';
  const text = quote.kind === 'paraphrase' ? escapeHtml(quote.text) : `“${escapeHtml(quote.text)}”`;
  return `<figure class="quote"><blockquote>${text}</blockquote><figcaption>${escapeHtml(by)}${escapeHtml(reported)}</figcaption>${
    quote.context ? `<p>${escapeHtml(quote.context)}</p>` : ''
  }</figure>`;
}

// The cards-and-quotes content, in both forms.
const GRID_FIGURES = ['detained', 'damage', 'militants'];
const CARD_FIGURES = ['emergency-until', 'officers-beheaded'];
const QUOTES = ['tokayev-surrender', 'tokayev-no-deals'];

function cardsAndQuotes(story, { chart = false } = {}) {
  return `<h1>${escapeHtml(story.title)}</h1>
<p>${escapeHtml(story.description)}</p>
<nw-figure-grid payload-id="story" figures="${GRID_FIGURES.join(',')}"></nw-figure-grid>
${CARD_FIGURES.map((id) => `<nw-figure-card payload-id="story" figure="${id}"></nw-figure-card>`).join('\n')}
${chart ? `<nw-chart payload-id="story" chart="${story.charts[0].id}"></nw-chart>` : ''}
${QUOTES.map((id) => `<nw-quote payload-id="story" quote="${id}"></nw-quote>`).join('\n')}`;
}

function cardsStatic(story) {
  const figure = (id) =>
    staticFigure(
      story.figures.find((f) => f.id === id),
      story.sources,
    );
  const quote = (id) =>
    staticQuote(
      story.quotes.find((q) => q.id === id),
      story.sources,
    );
  return `<h1>${escapeHtml(story.title)}</h1>
<p>${escapeHtml(story.description)}</p>
<div class="cards">${GRID_FIGURES.map(figure).join('')}</div>
${CARD_FIGURES.map(figure).join('\n')}
${QUOTES.map(quote).join('\n')}
<script>window.__bench.markReady();</script>`;
}

/** An article with text between the widgets; the payload inline (payload-id) or over `src`. */
function article(story, data) {
  const source = data === 'src' ? 'src="/demo/data/kazakhstan-unrest-2022.json"' : 'payload-id="story"';
  const paragraphs = [story.description, ...(story.notes ?? []), ...story.quotes.map((q) => q.context).filter(Boolean)];
  const p = (i) => `<p>${escapeHtml(paragraphs[i % paragraphs.length])}</p>`;
  return `<h1>${escapeHtml(story.title)}</h1>
${p(0)}
<nw-figure-grid ${source} figures="detained,damage,militants"></nw-figure-grid>
${p(1)}
<nw-quote ${source} quote="${story.quotes[0].id}"></nw-quote>
${p(2)}
<nw-chart ${source} chart="${story.charts[0].id}"></nw-chart>
${p(3)}
<nw-figure-card ${source} figure="emergency-until"></nw-figure-card>
${p(4)}
<nw-quote ${source} quote="${story.quotes[2].id}"></nw-quote>
${p(0)}
<nw-figure-card ${source} figure="officers-beheaded"></nw-figure-card>
${p(1)}`;
}

/** 100 widgets down a long page: 40 cards, 30 quotes, 30 charts, story data in a generated layout. */
function stress(story) {
  const items = [];
  for (let round = 0; round < 40; round++) {
    items.push(`<nw-figure-card payload-id="story" figure="${story.figures[round % story.figures.length].id}"></nw-figure-card>`);
    if (round < 30)
      items.push(`<nw-quote payload-id="story" quote="${story.quotes[round % story.quotes.length].id}"></nw-quote>`);
    if (round < 30) items.push(`<nw-chart payload-id="story" chart="${story.charts[0].id}"></nw-chart>`);
  }
  const filler = (i) =>
    `<p>Filler paragraph ${i + 1} of a generated stress-test page: it only puts distance between the widgets, the way article text does, so that most of them start below the fold.</p>`;
  return `<p class="label-generated">Stress test: a generated page layout with 100 widgets (40 cards, 30 quotes, 30 charts). The widgets show the demo payload; the filler text is generated.</p>
${items.map((item, i) => `${filler(i)}\n${item}`).join('\n')}`;
}

/**
 * Builds the page for a path under /bench/, or undefined.
 * @param {object} story the demo payload
 */
export function benchPages(story) {
  return (pathname, search) => {
    const build = search.get('build') === 'classic' ? 'classic' : 'esm';
    switch (pathname) {
      case '/bench/cards.html':
        return page({ title: 'Cards and quotes (widgets)', payload: story, build, body: cardsAndQuotes(story) });
      case '/bench/cards-chart.html':
        return page({
          title: 'Cards, quotes and a chart (widgets)',
          payload: story,
          build,
          body: cardsAndQuotes(story, { chart: true }),
        });
      case '/bench/cards-static.html':
        return page({ title: 'Cards and quotes (static HTML)', build: 'none', ready: 'manual', body: cardsStatic(story) });
      case '/bench/chart-nw.html':
        return page({
          title: 'Chart: nw-chart',
          payload: story,
          build,
          ready: 'canvas',
          body: `<nw-chart payload-id="story"></nw-chart>`,
        });
      case '/bench/chart-nw-preload.html':
        // The script tag and the chart file's modulepreload link, as the CLI's embed snippet prints them.
        return page({
          title: 'Chart: nw-chart, chart file preloaded',
          payload: story,
          build,
          ready: 'canvas',
          head: '<link rel="modulepreload" href="/dist/newsroom-widgets.chart.js">',
          body: `<nw-chart payload-id="story"></nw-chart>`,
        });
      case '/bench/chart-chartjs.html':
        return page({
          title: 'Chart: hand-written Chart.js',
          payload: story,
          build: 'none',
          ready: 'manual',
          head: '<script type="module" src="/__bench/build/chartjs-floor.js"></script>',
          body: '<div class="chart-box"><canvas role="img" aria-label="chart"></canvas></div>',
        });
      case '/bench/chart-vega.html':
        return page({
          title: 'Chart: vega-embed',
          payload: story,
          build: 'none',
          ready: 'manual',
          head: '<script type="module" src="/__bench/build/vega-peer.js"></script>',
          body: '<div id="vis"></div>',
        });
      case '/bench/article.html':
        return page({
          title: `Article (${search.get('data') ?? 'inline'})`,
          payload: story,
          build,
          body: article(story, search.get('data')),
        });
      case '/bench/stress.html':
        return page({
          title: 'Stress test: 100 widgets (generated layout)',
          payload: story,
          build,
          ready: 'manual',
          body: stress(story),
        });
      case '/bench/growth-nw.html':
      case '/bench/growth-chartjs.html': {
        const points = Math.min(Math.max(Number(search.get('n')) || 10, 1), 10_000);
        const payload = generatedPayload(points);
        const label = `<p class="label-generated">Stress test with generated data: ${points} points. Not real data.</p>`;
        return pathname === '/bench/growth-nw.html'
          ? page({ title: payload.title, payload, build, body: `${label}<nw-chart payload-id="story"></nw-chart>` })
          : page({
              title: payload.title,
              payload,
              build: 'none',
              ready: 'manual',
              head: '<script type="module" src="/__bench/build/chartjs-floor.js"></script>',
              body: `${label}<div class="chart-box"><canvas role="img" aria-label="chart"></canvas></div>`,
            });
      }
      case '/bench/leaks.html':
        return page({
          title: 'Leaks: nw-chart connect/disconnect',
          payload: story,
          build,
          ready: 'manual',
          body: '<div id="stage"></div>',
        });
      default:
        return undefined;
    }
  };
}
