/* Inside an embed: apply ?view=summary|text, and tell the portal page how tall the content is
   (message {type: "regsite-embed-height", height}) whenever it changes. */
(function () {
  "use strict";
  document.documentElement.classList.add("regsite-embed");  /* regsite.js: tooltips stay under their term */
  var view = (location.search.match(/[?&]view=(summary|text)\b/) || [])[1];
  if (view) { document.documentElement.setAttribute("data-embed-view", view); }
  var last = 0;
  /* the content's own height, not the document's: a document is never shorter than its frame,
     so measuring it would let the frame grow but never shrink when the portal widens. An open
     tooltip below the last line counts too. */
  function contentHeight() {
    var content = document.querySelector(".md-content") || document.body;
    var bottom = content.getBoundingClientRect().bottom;
    document.querySelectorAll(".tip").forEach(function (tip) {
      if (tip.offsetParent !== null) { bottom = Math.max(bottom, tip.getBoundingClientRect().bottom); }
    });
    return Math.ceil(bottom + window.scrollY + 8);
  }
  function report() {
    var height = contentHeight();
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
  if ("ResizeObserver" in window) {
    var observer = new ResizeObserver(report);
    observer.observe(document.body);
    if (document.querySelector(".md-content")) { observer.observe(document.querySelector(".md-content")); }
  }
  report();
})();
