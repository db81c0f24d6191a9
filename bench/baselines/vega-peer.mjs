// The peer for nw-chart: vega-embed (Vega-Lite) drawing the same chart of the
// same payload to a canvas. Bundled from node_modules by the bench.
import vegaEmbed from 'vega-embed';

function specFor(payload, width) {
  const chart = payload.charts[0];
  const horizontal = chart.orientation === 'horizontal';
  const units = new Set(chart.series.map((series) => series.unit ?? ''));
  const panels = units.size > 1 && chart.layout !== 'shared';
  const rows = chart.series.flatMap((series) => series.data.map((point) => ({ series: series.label, x: point.x, y: point.y })));
  const layer = (series) => ({
    mark: { type: series?.type ?? chart.type ?? 'bar', tooltip: true },
    ...(series ? { transform: [{ filter: { field: 'series', equal: series.label } }] } : {}),
    encoding: {
      [horizontal ? 'y' : 'x']: { field: 'x', type: 'nominal', title: null },
      [horizontal ? 'x' : 'y']: { field: 'y', type: 'quantitative', title: series?.label ?? null },
      color: { field: 'series', type: 'nominal' },
    },
  });
  const base = { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', data: { values: rows } };
  if (!panels) return { ...base, width, height: Math.round((width * 9) / 16), ...layer() };
  const n = chart.series.length;
  const size = horizontal
    ? { width: Math.floor(width / n) - 40, height: Math.round((width * 9) / 16) - 40 }
    : { width: width - 60, height: Math.floor((width * 9) / 16 / n) - 30 };
  const views = chart.series.map((series) => ({ ...size, ...layer(series) }));
  return { ...base, [horizontal ? 'hconcat' : 'vconcat']: views };
}

/** The page: read the inline payload, draw, mark the moment for the bench. */
export async function main() {
  const payload = JSON.parse(document.getElementById('story').textContent);
  const target = document.getElementById('vis');
  try {
    await vegaEmbed(target, specFor(payload, target.clientWidth), { renderer: 'canvas', actions: false });
    window.__bench?.markReady();
  } catch (error) {
    window.__bench?.errors.push({ tag: 'vega-embed', message: String(error) });
  }
}
