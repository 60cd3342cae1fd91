/* regsite: prepare search queries before Material's search worker sees them, and put results
   in the reader's language first. Loaded in <head> after the polyfills, so it wraps the Worker
   constructor (native or the iframe-worker shim used from file://) before Material creates it.
   Data (filler words, synonyms) comes from regsite-search-data.js, generated from search.yml and
   the glossary's everyday words. */
(function () {
  "use strict";
  var Base = window.Worker;
  if (!Base) { return; }
  var pageLang = (document.documentElement.lang || "zh").slice(0, 2) === "en" ? "en" : "zh";
  var QUERY = 2, RESULT = 3;  /* Material's SearchMessageType */

  function data() {
    return window.REGSITE_SEARCH || { stop: { zh: [], en: [] }, synonyms: { zh: {}, en: {} } };
  }
  /* The search data (filler words, synonyms) is a file of its own, loaded with the worker, when
     search is first used: a page that is only read does not carry it. */
  var here = document.currentScript && document.currentScript.src;
  var warm = null;  /* starts the worker and the data: set when Material creates the search worker */
  /* The reader opens search (focus, click or shortcut): fetch the worker script and the data while
     Material fetches the index, instead of one after the other. */
  document.addEventListener("focusin", function (event) {
    if (warm && event.target && event.target.matches && event.target.matches("input.md-search__input")) { warm(); }
  });
  var dataReady = null;
  function loadData() {
    if (!dataReady) {
      dataReady = new Promise(function (resolve) {
        if (window.REGSITE_SEARCH || !here) { resolve(); return; }
        var script = document.createElement("script");
        script.src = here.replace(/[^/]*$/, "regsite-search-data.js");
        script.onload = script.onerror = function () { resolve(); };
        document.head.appendChild(script);
      });
    }
    return dataReady;
  }
  function escape(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }
  function stem(word) {
    if (word.length > 4 && /ies$/.test(word)) { return word.slice(0, -3); }   /* authorities -> authorit*: also matches authority */
    if (word.length > 4 && /(sses|xes|ches|shes)$/.test(word)) { return word.slice(0, -2); }
    if (word.length > 3 && /[^s]s$/.test(word)) { return word.slice(0, -1); }
    if (word.length > 5 && /ing$/.test(word)) { return word.slice(0, -3); }
    if (word.length > 4 && /ed$/.test(word)) { return word.slice(0, -2); }
    return word;
  }

  /* The query as typed -> the terms to search: synonyms added, filler removed, English stemmed. */
  function rewrite(query) {
    var d = data(), text = query.toLowerCase(), extra = [];
    /* the word-separating punctuation of the index (regsite.cjk.SEARCH_PUNCTUATION) */
    var punctuation = new RegExp("[" + escape(d.punctuation || "") + "]", "g");
    Object.keys(d.synonyms.zh).forEach(function (word) {
      if (text.indexOf(word) < 0) { return; }
      var targets = d.synonyms.zh[word];
      extra = extra.concat(targets);
      /* a target that contains the word is its more precise form (民法典 -> 中华人民共和国民法典) */
      if (targets.some(function (t) { return t !== word && t.indexOf(word) >= 0; })) { text = text.split(word).join(" "); }
    });
    Object.keys(d.synonyms.en).forEach(function (word) {
      if (new RegExp("(^|[^a-z0-9])" + escape(word) + "($|[^a-z0-9])").test(text)) { extra = extra.concat(d.synonyms.en[word]); }
    });
    text = text + " " + extra.join(" ").toLowerCase();
    d.stop.zh.forEach(function (word) {
      if (word.length > 1) { text = text.split(word).join(" "); }   /* single characters: the segmenter drops them */
    });
    text = text.replace(/[a-z][a-z'-]*/g, function (word) {
      return d.stop.en.indexOf(word) >= 0 ? " " : stem(word);
    });
    var terms = text
      .replace(punctuation, " ")
      .split(/\s+/).filter(function (t, i, all) { return t && all.indexOf(t) === i; });
    return terms.length ? terms.join(" ") : query;
  }

  /* Results of the reader's language first (one combined index serves both languages). */
  function reorder(result) {
    if (!result || !result.items) { return; }
    var mine = [], other = [];
    result.items.forEach(function (group) {
      var location = (group[0] && group[0].location) || "";
      ((location.indexOf("en/") === 0) === (pageLang === "en") ? mine : other).push(group);
    });
    result.items = mine.concat(other);
  }

  /* The search worker, created only when its first message is posted. Material posts the index
     as that first message, and (patched by hooks/search.py) loads the index only when the reader
     first opens or focuses search: until then neither the worker script nor the index is fetched.
     Listeners added before then are attached when the worker starts. */
  function RegsiteWorker(url, options) {
    if (String(url).indexOf("search") < 0) { return options === undefined ? new Base(url) : new Base(url, options); }
    var worker = null, listeners = [];
    warm = function () { start(); loadData(); };
    function start() {
      if (!worker) {
        worker = options === undefined ? new Base(url) : new Base(url, options);
        listeners.forEach(function (l) { worker.addEventListener(l[0], l[1], l[2]); });
        listeners = null;
      }
      return worker;
    }
    return {
      postMessage: function (message) {
        var args = Array.prototype.slice.call(arguments);
        var real = start();
        var ready = loadData();
        if (message && message.type === QUERY && typeof message.data === "string") {
          /* queries wait for the search data (in order: one promise, resolved once) */
          ready.then(function () {
            args[0] = { type: QUERY, data: rewrite(message.data) };
            real.postMessage.apply(real, args);
          });
          return;
        }
        return real.postMessage.apply(real, args);
      },
      addEventListener: function (type, listener, opts) {
        if (type === "message" && typeof listener === "function") {
          var inner = listener;
          listener = function (event) {
            if (event.data && event.data.type === RESULT) { reorder(event.data.data); }
            return inner.call(this, event);
          };
        }
        if (worker) { worker.addEventListener(type, listener, opts); } else { listeners.push([type, listener, opts]); }
      },
      removeEventListener: function (type, listener, opts) {
        if (worker) { worker.removeEventListener(type, listener, opts); }
        else { listeners = listeners.filter(function (l) { return l[0] !== type || l[1] !== listener; }); }
      },
      terminate: function () { if (worker) { worker.terminate(); } }
    };
  }
  window.Worker = RegsiteWorker;
  /* exposed for tests and the benchmark: the query as it is searched, once the data is loaded */
  window.regsiteRewriteQuery = function (query) { return loadData().then(function () { return rewrite(query); }); };
})();
