// Installed after probe.js by the prerender section's paint loads only: when
// the page paints, and when it first paints the widgets' content.
//
// Element Timing does not see into shadow roots, so the moment the widgets'
// content is painted is found this way: once a frame (requestAnimationFrame,
// which runs at the start of a frame, before its style, layout and paint), it
// checks whether the page is parsed and every top-level widget holds its
// content: a `.frame` with text, in its shadow root (pre-rendered or drawn by
// the script) or, on the flattened static page, in the div that stands in for
// it. In the first frame where they all do, it adds a one-pixel light-DOM
// text marker with `elementtiming`; that frame paints the marker with the
// content, and the marker's Element Timing entry gives that frame's times, as
// for first contentful paint: `paintTime` (the end of the rendering update that
// painted it, main thread) and `renderTime` (when it was presented).
(() => {
  const TOP = 'nw-figure-card, nw-figure-grid, nw-quote, nw-chart, nw-embed, [data-nw]';
  const state = { content: null, contentFrame: null, kept: null, lcp: null };
  window.__paint = state;
  const widgets = () => Array.from(document.querySelectorAll(TOP)).filter((element) => !element.parentElement?.closest(TOP));
  const rootOf = (element) => (element.hasAttribute('data-nw') ? element : element.shadowRoot);
  const frameOf = (element) => rootOf(element)?.querySelector('.frame') ?? null;
  const hasContent = (element) => (frameOf(element)?.textContent ?? '').trim() !== '';

  function onFrame() {
    const list = document.readyState === 'loading' ? [] : widgets();
    if (!list.length || !list.every(hasContent)) {
      requestAnimationFrame(onFrame);
      return;
    }
    state.contentFrame = performance.now();
    const marker = document.createElement('span');
    marker.setAttribute('elementtiming', 'nw-content');
    marker.setAttribute('aria-hidden', 'true');
    marker.style.cssText = 'position:fixed;left:0;bottom:0;font:1px/1px sans-serif;color:#777;pointer-events:none';
    marker.textContent = '.';
    document.body.append(marker);
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
        if (entry.identifier === 'nw-content') state.content = { presented: entry.renderTime || entry.startTime, rendered: entry.paintTime ?? null };
    }).observe({ type: 'element', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        state.lcp = { t: entry.startTime, size: entry.size, what: entry.url ? 'image' : entry.element ? entry.element.localName : 'text in a shadow root' };
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    // No Element Timing: the content time stays null.
  }
})();
