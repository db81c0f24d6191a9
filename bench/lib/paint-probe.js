// Installed after probe.js by the prerender section's paint loads only: when
// the page first paints the widgets' content.
//
// Once a frame (requestAnimationFrame, which runs at the start of a frame,
// before its style, layout and paint) it checks whether every top-level widget
// of the page is there and holds its content: a `.frame` with text, in its
// shadow root (pre-rendered or drawn by the script) or, on the flattened static
// page, in the div that stands in for it. How many widgets the page has is set
// before this script as `window.__paintWidgets` (without it: once the page is
// parsed). The first frame where they all do paints them; then:
// - `contentNext`: performance.now() in the next frame's requestAnimationFrame,
//   which starts after that paint: "the first frame after the content was
//   drawn", as the bench's other timings mark it;
// - `content`: Element Timing does not see into shadow roots, so a 2×2 light-DOM
//   image marker with `elementtiming`, decoded beforehand, is added in that
//   frame's requestAnimationFrame; its entry gives the frame's times on the
//   clock of first contentful paint (`renderTime`: presented; `paintTime`: the
//   end of the rendering update). Chromium does not always report it (seen on
//   loads where it comes late, ~0.5 s in): then it stays null.
(() => {
  const TOP = 'nw-figure-card, nw-figure-grid, nw-quote, nw-chart, nw-embed, [data-nw]';
  const state = { content: null, contentFrame: null, contentNext: null, lcp: null };
  window.__paint = state;
  const widgets = () => Array.from(document.querySelectorAll(TOP)).filter((element) => !element.parentElement?.closest(TOP));
  const rootOf = (element) => (element.hasAttribute('data-nw') ? element : element.shadowRoot);
  const frameOf = (element) => rootOf(element)?.querySelector('.frame') ?? null;
  const hasContent = (element) => (frameOf(element)?.textContent ?? '').trim() !== '';

  const marker = new Image(2, 2);
  marker.alt = '';
  marker.style.cssText = 'position:fixed;left:0;bottom:0;pointer-events:none';
  marker.src =
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAABHNCSVQICAgIfAhkiAAAAAFzUkdCAK7OHOkAAAAUSURBVAiZY+zo6PjPwMDAwMQABQAnqAKbrbKzowAAAABJRU5ErkJggg==';
  marker.decode().catch(() => {});

  function onFrame() {
    const list = widgets();
    const all = window.__paintWidgets ? list.length >= window.__paintWidgets : document.readyState !== 'loading';
    if (!all || !list.length || !list.every(hasContent)) {
      requestAnimationFrame(onFrame);
      return;
    }
    state.contentFrame = performance.now();
    marker.setAttribute('elementtiming', 'nw-content');
    document.body.append(marker);
    requestAnimationFrame(() => {
      state.contentNext = performance.now();
    });
  }
  requestAnimationFrame(onFrame);

  // The pre-rendered DOM, as parsed (before any script runs): whether hydration keeps it.
  let parsed = null;
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') parsed = widgets().map((element) => [element, frameOf(element)]);
  });
  state.keptFrames = () => (parsed ? parsed.filter(([element, frame]) => frame && frameOf(element) === frame).length : null);

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.identifier === 'nw-content')
          state.content = { presented: entry.renderTime || entry.startTime, rendered: entry.paintTime ?? null };
    }).observe({ type: 'element', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        state.lcp = {
          t: entry.startTime,
          size: entry.size,
          what: entry.url ? 'image' : entry.element ? entry.element.localName : 'text in a shadow root',
        };
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    // No Element Timing: the presented time stays null.
  }
})();
