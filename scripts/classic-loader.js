// dist/newsroom-widgets.classic.js: for CMS templates that take a plain
// <script src defer> but no type="module". It loads the module build from
// beside itself; window.NewsroomWidgets is a promise of its exports.
(() => {
  const script = document.currentScript;
  const url = new URL('newsroom-widgets.js', (script && script.src) || document.baseURI).href;
  window.NewsroomWidgets = import(url).catch((error) => console.error('newsroom-widgets: could not load ' + url, error));
})();
