// The floor for nw-chart: a hand-written page that draws the same chart of the
// same payload with Chart.js directly (same Chart.js parts registered as the
// library's chart file, no formatting, no table, no fallback handling).
// Bundled from node_modules by the bench; `Chart` comes registered.
const COLORS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'];

/** Draws the payload's first chart (or `?chart=id`) into `canvas`. */
export function drawChart(Chart, payload, canvas) {
  const wanted = new URLSearchParams(location.search).get('chart');
  const spec = payload.charts.find((chart) => !wanted || chart.id === wanted);
  const horizontal = spec.orientation === 'horizontal';
  const valueAxis = horizontal ? 'x' : 'y';
  const indexAxis = horizontal ? 'y' : 'x';
  const labels = [];
  const seen = new Set();
  for (const series of spec.series) {
    for (const point of series.data) {
      if (!seen.has(point.x)) {
        seen.add(point.x);
        labels.push(point.x);
      }
    }
  }
  const units = new Set(spec.series.map((series) => series.unit ?? ''));
  const panels = units.size > 1 && spec.layout !== 'shared';
  // sampleSize and the point radius: what anyone drawing thousands of points sets.
  const scales = { [indexAxis]: { type: 'category', labels, ticks: { sampleSize: 200 } } };
  const datasets = spec.series.map((series, index) => {
    const axisId = panels ? `${valueAxis}${index}` : valueAxis;
    scales[axisId] ??= {
      type: 'linear',
      axis: valueAxis,
      beginAtZero: true,
      ...(panels ? { stack: 'panels', stackWeight: 1, offset: true } : {}),
    };
    const byLabel = new Map(series.data.map((point) => [point.x, point.y]));
    const color = series.color ?? COLORS[index % COLORS.length];
    return {
      type: series.type ?? spec.type ?? 'bar',
      label: series.label,
      data: labels.map((label) => byLabel.get(label) ?? null),
      [`${valueAxis}AxisID`]: axisId,
      backgroundColor: color,
      borderColor: color,
      borderWidth: 2,
      pointRadius: series.data.length <= 40 ? 3 : series.data.length <= 200 ? 1.5 : 0,
    };
  });
  return new Chart(canvas, {
    type: spec.type ?? 'bar',
    data: { labels, datasets },
    options: { indexAxis, animation: false, responsive: true, aspectRatio: 16 / 9, scales },
  });
}

/** The page: read the inline payload, draw, mark the moment for the bench. */
export function main(Chart) {
  const payload = JSON.parse(document.getElementById('story').textContent);
  drawChart(Chart, payload, document.querySelector('canvas'));
  window.__bench?.markReady();
}
