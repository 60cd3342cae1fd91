/* For portal pages that embed this site: resize each <iframe data-regsite-embed> to the height
   its page reports. Include once per portal page:
     <script src="https://SITE/assets/javascripts/regsite-embed-resize.js"></script>
   Without it the embeds still work at the height the snippet sets (they scroll). */
(function () {
  "use strict";
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "regsite-embed-height" || typeof data.height !== "number") { return; }
    var frames = document.querySelectorAll("iframe[data-regsite-embed]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(80, Math.min(data.height, 20000)) + "px";
      }
    }
  });
})();
