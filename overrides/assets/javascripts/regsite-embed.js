/* Inside an embed: apply ?view=summary|text, and tell the portal page how tall the content is
   (message {type: "regsite-embed-height", height}) whenever it changes. */
(function () {
  "use strict";
  document.documentElement.classList.add("regsite-embed");  /* regsite.js: tooltips stay under their term */
  var view = (location.search.match(/[?&]view=(summary|text)\b/) || [])[1];
  if (view) { document.documentElement.setAttribute("data-embed-view", view); }
  var last = 0;
  function report() {
    var height = Math.ceil(document.documentElement.scrollHeight);
    if (height !== last && window.parent !== window) {
      last = height;
      window.parent.postMessage({ type: "regsite-embed-height", height: height, page: location.pathname }, "*");
    }
  }
  window.addEventListener("load", report);
  window.addEventListener("resize", report);
  ["mouseover", "focusin", "click", "keydown"].forEach(function (type) {
    document.addEventListener(type, function () { setTimeout(report, 50); });
  });
  if ("ResizeObserver" in window) { new ResizeObserver(report).observe(document.body); }
  report();
})();
