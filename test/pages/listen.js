/* global window, document, console */
// Loaded first by every fixture page, as a same-origin external script (so a
// strict CSP allows it): records what the page did for the test that opens it.
(function () {
  'use strict';
  var log = {
    violations: [],
    errors: [],
    rejections: [],
    events: [],
    warnings: [],
    consoleErrors: [],
  };
  window.__nw = log;
  window.addEventListener(
    'securitypolicyviolation',
    function (event) {
      log.violations.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: event.sourceFile,
        line: event.lineNumber,
      });
    },
    true,
  );
  window.addEventListener('error', function (event) {
    log.errors.push(String(event.message || event.error));
  });
  window.addEventListener('unhandledrejection', function (event) {
    log.rejections.push(String(event.reason && event.reason.stack ? event.reason.stack : event.reason));
  });
  ['nw-load', 'nw-render', 'nw-error'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var target = event.target;
      log.events.push({
        type: type,
        tag: target.localName,
        id: target.id || '',
        detail: type === 'nw-error' ? event.detail : null,
      });
    });
  });
  var warn = console.warn;
  console.warn = function () {
    log.warnings.push(Array.prototype.map.call(arguments, String).join(' '));
    return warn.apply(console, arguments);
  };
  var error = console.error;
  console.error = function () {
    log.consoleErrors.push(Array.prototype.map.call(arguments, String).join(' '));
    return error.apply(console, arguments);
  };
})();
