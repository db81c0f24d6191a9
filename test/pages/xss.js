/* global window */
// The canary of test/fixtures/xss-vectors.json: if any vector ever loads this
// script, the page (and the test page around its frame) knows.
window.__xss = 1;
try {
  window.parent.__xss = 1;
} catch {
  // A cross-origin parent: the page's own canary is enough.
}
