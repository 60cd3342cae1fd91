/* regsite: prepare search queries before Material's search worker sees them, and put results
   in the reader's language first. Loaded by the inline stand-in worker (partials/regsite-early.js)
   when search is first used; hooks/search.py writes this file with the iframe-worker shim before
   it (used from file://) and the search data (filler words, synonyms from search.yml and the
   glossary's everyday words) after it. */
(function () {
  "use strict";
  var pageLang = (document.documentElement.lang || "zh").slice(0, 2) === "en" ? "en" : "zh";
  var QUERY = 2, RESULT = 3;  /* Material's SearchMessageType */

  function data() {
    return window.REGSITE_SEARCH || { stop: { zh: [], en: [] }, synonyms: { zh: {}, en: {} } };
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

  /* The real search worker (the iframe-worker shim from file://): queries rewritten on the way
     in, results reordered on the way out. */
  function worker(Native, url, options) {
    var Base = location.protocol === "file:" && window.IFrameWorker ? window.IFrameWorker : Native;
    var real = options === undefined ? new Base(url) : new Base(url, options);
    return {
      postMessage: function (message) {
        var args = Array.prototype.slice.call(arguments);
        if (message && message.type === QUERY && typeof message.data === "string") {
          args[0] = { type: QUERY, data: rewrite(message.data) };
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
        real.addEventListener(type, listener, opts);
      },
      removeEventListener: function (type, listener, opts) { real.removeEventListener(type, listener, opts); },
      terminate: function () { real.terminate(); }
    };
  }
  window.regsiteSearch = { worker: worker, rewrite: rewrite };
})();
