/* Reading aids: tooltips on tap / Escape, copy-link buttons, side-by-side view.
   Everything here is an enhancement: without JavaScript, terms and references are links,
   tooltips show on hover and focus (CSS), and both texts are shown one after the other. */
/* Interface words of the page's language: from strings.yml (js_*); hooks/search.py writes them
   at the top of the built copy of this file (window.REGSITE_WORDS). */
function regsiteWords() {
  "use strict";
  var lang = (document.documentElement.lang || "zh").slice(0, 2) === "en" ? "en" : "zh";
  return (window.REGSITE_WORDS || {})[lang] || {};
}

(function () {
  "use strict";
  var lang = (document.documentElement.lang || "zh").slice(0, 2);
  var WORDS = regsiteWords();

  /* ---- tooltips: kept inside the viewport; tap on touch screens, Escape to dismiss ------ */
  function place(wrap) {
    var tip = wrap.querySelector(".tip");
    /* phones get a bottom sheet (CSS), except in an embed, whose frame is as tall as its page */
    if (!tip || (window.matchMedia("(max-width: 600px)").matches && !document.documentElement.classList.contains("regsite-embed"))) { return; }
    tip.style.left = "0px";
    var rect = tip.getBoundingClientRect();
    var room = document.documentElement.clientWidth - 8;
    if (rect.right > room) { tip.style.left = Math.min(0, room - rect.right) + "px"; }
    rect = tip.getBoundingClientRect();
    if (rect.left < 8) { tip.style.left = (parseFloat(tip.style.left) + 8 - rect.left) + "px"; }
  }
  ["mouseover", "focusin"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var wrap = event.target.closest && event.target.closest(".tip-wrap");
      if (wrap) { place(wrap); }
    });
  });
  function closeAll(except) {
    document.querySelectorAll(".tip-wrap.open").forEach(function (w) {
      if (w !== except) { w.classList.remove("open"); }
    });
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest(".tip-wrap > a.term, .tip-wrap > a.xref");
    if (!link) {
      if (!event.target.closest(".tip")) { closeAll(null); }
      return;
    }
    var touch = window.matchMedia("(hover: none)").matches;
    var wrap = link.parentElement;
    if (touch) {
      /* a tap opens the tooltip, a second tap closes it: the tooltip's own link leads on */
      event.preventDefault();
      var open = wrap.classList.contains("open");
      closeAll(null);
      if (!open) { wrap.classList.add("open"); place(wrap); addClose(wrap); }
    }
  });
  /* a close button in an open tooltip (touch screens have no hover to leave) */
  function addClose(wrap) {
    var tip = wrap.querySelector(".tip");
    if (!tip || tip.querySelector(".tip-close")) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "tip-close";
    button.setAttribute("aria-label", WORDS.close);
    button.title = WORDS.close;
    button.textContent = "×";
    button.addEventListener("click", function (event) {
      event.stopPropagation();
      wrap.classList.remove("open");
      var link = wrap.querySelector("a.term, a.xref");
      if (link) { link.focus(); }
    });
    tip.insertBefore(button, tip.firstChild);
  }
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      closeAll(null);
      var wrap = document.activeElement && document.activeElement.closest(".tip-wrap");
      if (wrap) { wrap.classList.add("dismissed"); }
    }
  });
  document.addEventListener("focusout", function (event) {
    var wrap = event.target.closest && event.target.closest(".tip-wrap");
    if (wrap) { wrap.classList.remove("dismissed"); }
  });
  document.addEventListener("mouseout", function (event) {
    var wrap = event.target.closest && event.target.closest(".tip-wrap");
    if (wrap && !wrap.contains(event.relatedTarget)) { wrap.classList.remove("dismissed"); }
  });

  /* ---- copy-link buttons next to every paragraph anchor ------------------------------- */
  function copy(text, done) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallback(text); done(); });
    } else { fallback(text); done(); }
  }
  function fallback(text) {
    var area = document.createElement("textarea");
    area.value = text; area.setAttribute("readonly", ""); area.style.position = "absolute"; area.style.left = "-9999px";
    document.body.appendChild(area); area.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing more to try */ }
    document.body.removeChild(area);
  }
  var ICONS = {
    link: "M10.59 13.41c.41.39.41 1.03 0 1.42-.39.39-1.03.39-1.42 0a5.003 5.003 0 0 1 0-7.07l3.54-3.54a5.003 5.003 0 0 1 7.07 0 5.003 5.003 0 0 1 0 7.07l-1.49 1.49c.01-.82-.12-1.64-.4-2.42l.47-.48a2.982 2.982 0 0 0 0-4.24 2.982 2.982 0 0 0-4.24 0l-3.53 3.53a2.982 2.982 0 0 0 0 4.24m2.82-4.24c.39-.39 1.03-.39 1.42 0a5.003 5.003 0 0 1 0 7.07l-3.54 3.54a5.003 5.003 0 0 1-7.07 0 5.003 5.003 0 0 1 0-7.07l1.49-1.49c-.01.82.12 1.64.4 2.43l-.47.47a2.982 2.982 0 0 0 0 4.24 2.982 2.982 0 0 0 4.24 0l3.53-3.53a2.982 2.982 0 0 0 0-4.24.973.973 0 0 1 0-1.42Z",
    cite: "M10 7H6a2 2 0 0 0-2 2v4h4v4l4-4V9a2 2 0 0 0-2-2m10 0h-4a2 2 0 0 0-2 2v4h4v4l4-4V9a2 2 0 0 0-2-2"
  };
  /* one button: copies what text() gives, says so (title, aria-label, the live status) */
  function tool(kind, label, done, text) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-link copy-" + kind;
    button.setAttribute("aria-label", label);
    button.title = label;
    button.innerHTML = '<svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false"><path fill="currentColor" d="' + ICONS[kind] + '"/></svg>';
    button.addEventListener("click", function () {
      copy(text(), function () {
        button.classList.add("copied");
        button.setAttribute("aria-label", done);
        button.title = done;
        var status = document.getElementById("regsite-status");
        if (status) { status.textContent = done; }
        setTimeout(function () { button.classList.remove("copied"); button.setAttribute("aria-label", label); button.title = label; }, 2000);
      });
    });
    return button;
  }
  /* beside every paragraph and item: copy its link, copy its citation (data-cite, from the generator) */
  document.querySelectorAll("a.para-anchor").forEach(function (anchor) {
    var row = anchor.closest("[data-cite]");
    var item = row && /\b(item|subitem)\b/.test(row.className);
    anchor.insertAdjacentElement("afterend", tool("link", item ? WORDS.copy_item : WORDS.copy, WORDS.copied, function () {
      return location.href.split("#")[0] + anchor.getAttribute("href");
    }));
    if (row) {
      anchor.parentNode.appendChild(tool("cite", WORDS.cite + row.getAttribute("data-cite"), WORDS.cited, function () {
        return row.getAttribute("data-cite");
      }));
    }
  });
  if (document.querySelector("a.para-anchor")) {
    var status = document.createElement("div");
    status.id = "regsite-status"; status.className = "md-visually-hidden"; status.setAttribute("role", "status");
    document.body.appendChild(status);
  }

  /* ---- side-by-side view: official Chinese next to the translation, row by row -------- */
  var KEY = "regsite.sideBySide";
  var translation = document.querySelector(".translation");
  var original = document.querySelector(".official-text");
  if (translation && original) {
    var toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "md-button sbs-toggle";
    toggle.setAttribute("aria-pressed", "false");
    toggle.textContent = WORDS.sbs;
    var grid = null;

    function build() {
      grid = document.createElement("div");
      grid.className = "side-by-side";
      translation.querySelectorAll("p[id]").forEach(function (p) {
        var twin = document.getElementById("zh-" + p.id);
        if (!twin) { return; }
        var row = document.createElement("div");
        row.className = "sbs-row";
        twin.setAttribute("lang", "zh");          /* the row leaves the lang="zh" block */
        p.setAttribute("lang", "en");
        row.appendChild(twin); row.appendChild(p);   /* move, do not copy: ids stay unique */
        grid.appendChild(row);
      });
      toggle.insertAdjacentElement("afterend", grid);
    }
    function unbuild() {
      grid.querySelectorAll(".sbs-row").forEach(function (row) {
        original.appendChild(row.children[0]);
        translation.appendChild(row.children[0]);
      });
      grid.remove(); grid = null;
    }
    function set(on) {
      if (on && !grid) { build(); }
      if (!on && grid) { unbuild(); }
      document.body.classList.toggle("sbs-on", on);
      toggle.setAttribute("aria-pressed", on ? "true" : "false");
      toggle.textContent = on ? WORDS.stacked : WORDS.sbs;
      try { localStorage.setItem(KEY, on ? "1" : "0"); } catch (e) { /* private mode: not remembered */ }
    }
    toggle.addEventListener("click", function () { set(!grid); });
    var heading = translation.previousElementSibling;
    var anchor = heading && /^H[1-6]$/.test(heading.tagName) ? heading : translation;
    anchor.insertAdjacentElement("beforebegin", toggle);
    var remembered = null;
    try { remembered = localStorage.getItem(KEY); } catch (e) { remembered = null; }
    if (remembered === "1" || /[?&]view=side-by-side\b/.test(location.search)) { set(true); }
  }
})();

/* ---- the language switch keeps the reader's place (#art-29-p-2): the paragraph ids are the
   same in both languages ------------------------------------------------------------------------ */
document.addEventListener("click", function (event) {
  "use strict";
  var link = event.target.closest && event.target.closest("a[hreflang]");
  if (link && location.hash && link.getAttribute("href").indexOf("#") < 0) {
    link.setAttribute("href", link.getAttribute("href") + location.hash);
  }
});

/* ---- reading settings in the header: text size and colour scheme, kept across pages --------- */
(function () {
  "use strict";
  var button = document.querySelector(".regsite-reading-button");
  var panel = document.getElementById("regsite-reading-panel");
  if (!button || !panel) { return; }
  var KEY = "regsite.reading", root = document.documentElement;
  var saved = {};
  try { saved = JSON.parse(localStorage.getItem(KEY) || "{}"); } catch (e) { saved = {}; }
  function apply() {
    if (saved.size && saved.size !== "1") { root.setAttribute("data-text-size", saved.size); } else { root.removeAttribute("data-text-size"); }
    var dark = saved.scheme === "dark" || (saved.scheme === "auto" && window.matchMedia("(prefers-color-scheme: dark)").matches);
    if (dark) { root.setAttribute("data-md-color-scheme", "slate"); } else { root.removeAttribute("data-md-color-scheme"); }
  }
  panel.querySelectorAll("input[type=radio]").forEach(function (input) {
    var key = input.name === "regsite-size" ? "size" : "scheme";
    var current = saved[key] || (key === "size" ? "1" : "light");
    input.checked = input.value === current;
    input.addEventListener("change", function () {
      saved[key] = input.value;
      try { localStorage.setItem(KEY, JSON.stringify(saved)); } catch (e) { /* private mode: this page only */ }
      apply();
    });
  });
  function open(yes) {
    panel.hidden = !yes;
    button.setAttribute("aria-expanded", yes ? "true" : "false");
    if (yes) { (panel.querySelector("input:checked") || panel.querySelector("input")).focus(); }
  }
  button.addEventListener("click", function () { open(panel.hidden); });
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { open(false); button.focus(); }
  });
  document.addEventListener("click", function (event) {
    if (!panel.hidden && !panel.contains(event.target) && !button.contains(event.target)) { open(false); }
  });
  window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", apply);
})();

/* ---- glossary: a filter box (terms, English, definitions); without JS, the letter index ------ */
(function () {
  "use strict";
  var box = document.querySelector(".glossary-filter");
  if (!box) { return; }
  var entries = Array.prototype.slice.call(document.querySelectorAll(".glossary-entry"));
  var label = document.createElement("label");
  label.textContent = box.getAttribute("data-label");
  label.setAttribute("for", "glossary-filter-input");
  var input = document.createElement("input");
  input.type = "search"; input.id = "glossary-filter-input"; input.autocomplete = "off";
  var status = document.createElement("p");
  status.setAttribute("role", "status"); status.className = "glossary-filter-status";
  box.appendChild(label); box.appendChild(input); box.appendChild(status);
  input.addEventListener("input", function () {
    var q = input.value.trim().toLowerCase();
    var shown = 0;
    entries.forEach(function (entry) {
      var hit = !q || entry.textContent.toLowerCase().indexOf(q) >= 0;
      entry.hidden = !hit;
      if (hit) { shown += 1; }
    });
    document.querySelectorAll(".md-typeset h2[id^='letter-']").forEach(function (h) {
      var next = h.nextElementSibling, any = false;
      while (next && next.tagName !== "H2") { if (next.classList.contains("glossary-entry") && !next.hidden) { any = true; } next = next.nextElementSibling; }
      h.hidden = !any;
    });
    status.textContent = q && !shown ? box.getAttribute("data-none") : "";
  });
})();

/* ---- filter the article list by audience (the audience pages serve readers without JS) --- */
(function () {
  "use strict";
  var box = document.querySelector(".audience-filter");
  if (!box) { return; }
  var links = box.querySelectorAll("a[data-audience]");
  var group = document.createElement("div");
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", box.getAttribute("data-label"));
  function apply(key) {
    document.querySelectorAll(".article-list li").forEach(function (li) {
      li.hidden = key !== "" && (" " + li.getAttribute("data-audiences") + " ").indexOf(" " + key + " ") < 0;
    });
    document.querySelectorAll(".article-list").forEach(function (list) {
      var heading = list.previousElementSibling;
      var empty = !list.querySelector("li:not([hidden])");
      list.hidden = empty;
      if (heading) { heading.hidden = empty; }
    });
    group.querySelectorAll("button").forEach(function (b) { b.setAttribute("aria-pressed", b.value === key ? "true" : "false"); });
  }
  function button(key, label) {
    var b = document.createElement("button");
    b.type = "button"; b.className = "md-button audience-button"; b.value = key; b.textContent = label;
    b.addEventListener("click", function () { apply(key); });
    group.appendChild(b);
  }
  button("", box.getAttribute("data-all"));
  links.forEach(function (a) { button(a.getAttribute("data-audience"), a.textContent); });
  box.querySelector(".audience-filter-fallback").hidden = true;
  box.appendChild(group);
  apply("");
})();

/* ---- "embed this" page: build the iframe snippet for a portal ------------------------------ */
(function () {
  "use strict";
  var box = document.querySelector(".embed-builder");
  if (!box) { return; }
  var target = box.querySelector("#embed-target"), view = box.querySelector("#embed-view");
  var lang = box.querySelector("#embed-lang"), code = box.querySelector("#embed-code");
  var preview = box.querySelector("#embed-preview"), status = box.querySelector("#embed-status");
  var root = new URL(box.getAttribute("data-site-root") + "/", location.href);
  lang.value = box.getAttribute("data-lang");
  var wanted = location.search.match(/[?&](article|chapter)=([0-9a-z-]+)/);
  if (wanted && target.querySelector('option[value="' + wanted[1] + "-" + wanted[2] + '"]')) { target.value = wanted[1] + "-" + wanted[2]; }
  function update() {
    var path = (lang.value === "en" ? "en/" : "") + "embed/" + target.value + ".html" + (view.value ? "?view=" + view.value : "");
    var url = new URL(path, root).href;
    var title = target.options[target.selectedIndex].text;
    /* the iframe code comes from the generator's one template (templates/embed_snippet.html.j2) */
    var attr = function (s) { return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;"); };
    code.value = box.getAttribute("data-snippet").replace("__SRC__", attr(url)).replace("__TITLE__", attr(title)) + "\n" +
      '<script src="' + new URL("assets/javascripts/regsite-embed-resize.js", root).href + '"></' + 'script>';
    preview.src = url;
    preview.title = title;
  }
  [target, view, lang].forEach(function (el) { el.addEventListener("change", update); });
  box.querySelector("#embed-copy").addEventListener("click", function () {
    code.select();
    var done = function () { status.textContent = regsiteWords().code_copied; };
    if (navigator.clipboard && window.isSecureContext) { navigator.clipboard.writeText(code.value).then(done, function () { document.execCommand("copy"); done(); }); }
    else { document.execCommand("copy"); done(); }
  });
  window.addEventListener("message", function (event) {
    if (event.source === preview.contentWindow && event.data && event.data.type === "regsite-embed-height") {
      preview.style.height = Math.min(event.data.height, 900) + "px";
    }
  });
  update();
})();

/* ---- search box: pasted and IME text is searched too; the other language's results are set
   apart (Material searches on keyup, and lists both languages of the one index together) ---- */
(function () {
  "use strict";
  var input = document.querySelector("input.md-search__input");
  var list = document.querySelector(".md-search-result__list");
  if (!input || !list) { return; }
  var WORDS = regsiteWords();
  function search() { input.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true })); }
  input.addEventListener("input", function (event) { if (!event.isComposing) { search(); } });
  input.addEventListener("compositionend", search);
  var root = window.__md_scope ? window.__md_scope.pathname : "/";
  var english = (document.documentElement.lang || "zh").slice(0, 2) === "en";
  function isEnglish(item) {
    var link = item.querySelector("a[href]");
    return !!link && new URL(link.href, location.href).pathname.indexOf(root + "en/") === 0;
  }
  function divide() {
    var old = list.querySelector(".regsite-lang-divider");
    var items = Array.prototype.filter.call(list.children, function (li) { return !li.classList.contains("regsite-lang-divider"); });
    var first = items.filter(function (li) { return isEnglish(li) !== english; })[0];
    if (old && old.nextElementSibling === first) { return; }
    if (old) { old.remove(); }
    if (!first) { return; }
    var divider = document.createElement("li");
    divider.className = "regsite-lang-divider";
    divider.setAttribute("role", "presentation");
    divider.textContent = WORDS.other_language;
    list.insertBefore(divider, first);
  }
  new MutationObserver(divide).observe(list, { childList: true });
})();

/* ---- browser print: the page's address, the date and the site under the text --------------- */
(function () {
  "use strict";
  var WORDS = regsiteWords();
  var content = document.querySelector(".md-content__inner");
  if (!content) { return; }
  window.addEventListener("beforeprint", function () {
    var footer = content.querySelector(".print-footer");
    if (!footer) {
      footer = document.createElement("p");
      footer.className = "print-footer";
      content.appendChild(footer);
    }
    var site = (document.querySelector(".md-header__topic .md-ellipsis") || {}).textContent || "";
    var today = new Date().toISOString().slice(0, 10);
    footer.textContent = [site.trim(), WORDS.address + location.href.split("#")[0], WORDS.printed + today].filter(Boolean).join(" · ");
  });
})();
