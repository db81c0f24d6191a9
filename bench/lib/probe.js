// Inlined at the top of every bench page (a classic script, before anything
// else runs): records widget events, layout shifts and long tasks, and the
// moment the page's content is drawn (`ready`) and the frame after it (`frame`).
(() => {
  const WIDGETS = 'nw-figure-card, nw-figure-grid, nw-quote, nw-chart, nw-embed';
  const now = () => performance.now();
  const bench = {
    renders: [],
    rendered: new Set(),
    failed: new Set(),
    errors: [],
    cls: 0,
    shifts: [],
    longTasks: [],
    ready: null,
    frame: null,
    inView: null,
    /** Whether to remember which elements drew (the leak test turns this off: the sets would keep removed elements alive). */
    track: true,
    /** Marks the page's content as drawn, and the next animation frame. */
    markReady() {
      if (bench.ready !== null) return;
      bench.ready = now();
      requestAnimationFrame(() => {
        bench.frame = now();
      });
    },
    /** Top-level widgets of the page (light DOM). */
    widgets() {
      return Array.from(document.querySelectorAll(WIDGETS));
    },
    /** Whether a widget's box meets the viewport. */
    isInView(element) {
      const box = element.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
    },
    /** Whether every widget of the page has drawn or failed. */
    settled() {
      return bench.widgets().every((element) => bench.rendered.has(element) || bench.failed.has(element));
    },
    /** How many widgets of a tag have drawn. */
    renderedCount(tag) {
      return Array.from(bench.rendered).filter((element) => !tag || element.localName === tag).length;
    },
  };
  window.__bench = bench;

  // A shifted node, and the widget just above it (usually the one that grew).
  const describe = (node) => {
    if (!node || node.nodeType !== 1) return node ? node.nodeName : '?';
    let name = node.localName + (node.id ? '#' + node.id : node.classList.length ? '.' + node.classList[0] : '');
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (prev.matches(WIDGETS)) {
        name += ' after ' + prev.localName;
        break;
      }
    }
    return name;
  };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        bench.cls += entry.value;
        bench.shifts.push({
          value: entry.value,
          t: entry.startTime,
          sources: (entry.sources || []).map((source) => describe(source.node)),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    bench.cls = null;
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ t: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longTasks = null;
  }
  // The latest largest-contentful-paint candidate (an image's URL cut short).
  bench.lcp = null;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        bench.lcp = { t: entry.startTime, size: entry.size, url: (entry.url || '').slice(0, 30) };
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    bench.lcp = null;
  }
  // What ran in the longest frames (Long Animation Frames API): which script, invoked how.
  bench.longFrames = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        bench.longFrames.push({
          t: entry.startTime,
          duration: entry.duration,
          scripts: entry.scripts.map((script) => ({
            invoker: String(script.invoker).replace(/^https?:\/\/[^/]+/, ''),
            duration: script.duration,
            layout: script.forcedStyleAndLayoutDuration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    bench.longFrames = null;
  }

  // When each widget drew. Whether the widgets in view have all drawn needs a
  // layout of the page, so it is worked out once a frame, not on every render
  // event (a forced layout per event would itself make the long tasks measured).
  const drawnAt = new WeakMap();
  let inViewQueued = false;
  function checkInView() {
    inViewQueued = false;
    if (bench.inView !== null) return;
    const visible = bench.widgets().filter((element) => bench.isInView(element));
    if (visible.length && visible.every((element) => bench.rendered.has(element))) {
      bench.inView = Math.max(...visible.map((element) => drawnAt.get(element) ?? now()));
    }
  }

  function check() {
    if (document.readyState === 'loading') return;
    const widgets = bench.widgets();
    if (bench.inView === null && !inViewQueued) {
      inViewQueued = true;
      requestAnimationFrame(checkInView);
    }
    if (
      document.documentElement.dataset.benchReady === 'widgets' &&
      widgets.length &&
      widgets.every((w) => bench.rendered.has(w))
    ) {
      bench.markReady();
    }
  }
  bench.check = check;

  // Capture at the document: composed events are retargeted to the top-level
  // widget; only events a widget fires itself (not a card inside a grid) count.
  document.addEventListener(
    'nw-render',
    (event) => {
      if (event.composedPath()[0] !== event.target) return;
      bench.renders.push({ tag: event.target.localName, t: now() });
      if (bench.track) {
        bench.rendered.add(event.target);
        drawnAt.set(event.target, now());
      }
      check();
    },
    true,
  );
  document.addEventListener(
    'nw-error',
    (event) => {
      const detail = event.detail || {};
      bench.errors.push({ tag: event.target.localName, code: detail.code, message: detail.message });
      if (bench.track && event.composedPath()[0] === event.target) bench.failed.add(event.target);
    },
    true,
  );
  document.addEventListener('DOMContentLoaded', check);

  // Pages with data-bench-ready="canvas": ready when Chart.js has drawn on every
  // nw-chart's canvas (its first frame), as the hand-written Chart.js page marks
  // itself after `new Chart()`; a chart's table and text follow it. Chart.js
  // sizes the canvas in the task that draws it (no animation on bench pages),
  // and the mutation is seen at the end of that task.
  const drawnCanvases = new Set();
  const sized = new MutationObserver((records) => {
    for (const record of records) {
      const host = record.target.getRootNode().host;
      if (record.target.localName === 'canvas' && host?.localName === 'nw-chart') drawnCanvases.add(host);
    }
    const charts = Array.from(document.querySelectorAll('nw-chart'));
    if (
      document.documentElement.dataset.benchReady === 'canvas' &&
      charts.length &&
      charts.every((chart) => drawnCanvases.has(chart))
    )
      bench.markReady();
  });
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    sized.observe(root, { subtree: true, attributeFilter: ['width'] });
    return root;
  };

  // Declarative shadow roots (pre-rendered widgets) come from the parser, not
  // attachShadow: on pages marked data-bench-prerendered, observed as their
  // hosts are found (other pages stop looking at the first mutation). Pages
  // with data-bench-ready="picture": ready when the picture each pre-rendered
  // nw-chart shows has decoded (img.decode()), so that the next frame paints
  // it; the frame mark is that frame, as for Chart.js's first drawn frame.
  const declarative = new WeakSet();
  const pictures = new Map();
  const prerendered = () => document.documentElement?.hasAttribute('data-bench-prerendered');
  function findDeclarative() {
    if (!prerendered()) return;
    for (const chart of document.querySelectorAll('nw-chart')) {
      const root = chart.shadowRoot;
      if (!root) continue;
      if (!declarative.has(root)) {
        declarative.add(root);
        sized.observe(root, { subtree: true, attributeFilter: ['width'] });
      }
      if (document.documentElement.dataset.benchReady !== 'picture' || pictures.has(chart)) continue;
      const shown = Array.from(root.querySelectorAll('img.picture')).find((img) => img.checkVisibility());
      if (shown)
        pictures.set(
          chart,
          shown.decode().then(
            () => now(),
            () => null,
          ),
        );
    }
  }
  const parsing = new MutationObserver(() => {
    if (!document.documentElement) return;
    if (prerendered()) findDeclarative();
    else parsing.disconnect();
  });
  parsing.observe(document, { childList: true, subtree: true });
  document.addEventListener('readystatechange', () => {
    if (!prerendered()) return;
    findDeclarative();
    // The whole page parsed: every chart is found; ready once the last picture has decoded.
    if (document.readyState !== 'interactive' || document.documentElement.dataset.benchReady !== 'picture') return;
    const charts = document.querySelectorAll('nw-chart').length;
    Promise.all(pictures.values()).then((times) => {
      bench.pictures = times;
      if (charts && times.length === charts && times.every((t) => t !== null)) bench.markReady();
      else bench.errors.push({ tag: 'nw-chart', code: 'bench', message: `${times.length} of ${charts} charts showed a picture` });
    });
  });
})();
