// dist/newsroom-widgets.classic.js: for CMS templates that take a plain
// <script src defer> but no type="module". It loads the module build from
// beside itself; window.NewsroomWidgets is a promise of its exports.
(function () {
  var script = document.currentScript;
  var base = (script && script.src) || document.baseURI;
  var url = new URL('newsroom-widgets.js', base).href;
  window.NewsroomWidgets = import(url).catch(function (error) {
    console.error('newsroom-widgets: could not load ' + url, error);
  });
})();
