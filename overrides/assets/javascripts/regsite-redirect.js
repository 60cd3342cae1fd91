/* An old address of a page that has moved (libraryhome.keep_old_addresses): go to its new
   address at once, keeping the query (an embed's ?view=) and the fragment (#art-29-p-2), which
   the page's meta refresh would drop. A file, not an inline script, for a strict CSP. */
(function () {
  "use strict";
  var target = document.currentScript && document.currentScript.getAttribute("data-target");
  if (target) { location.replace(target + location.search + location.hash); }
})();
