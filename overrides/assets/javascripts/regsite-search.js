/* regsite search: the search dialog, and ranking with MiniSearch (BM25) over the statutes'
   own indexes (scripts/regsite/searchindex.py).

   Loaded when the reader first opens or focuses search (partials/regsite-early.html); hooks/
   search.py writes the built file with MiniSearch before this code. The indexes are scripts
   (search/zh.js …: regsiteSearchShard({...})), so they load from file:// too, and only the ones
   a query needs are loaded: the page's statute first, the other statutes of a library after,
   the other language only for a query in its script.

   A query is prepared before it is searched:
   1. filler words go (怎么办, 吗, how): search.yml;
   2. a Chinese run is cut into the words of the index vocabulary with the best coverage; a
      stretch no word covers is searched by its character pairs (网格员 -> 网格 格员), which BM25
      weighs by how rare they are;
   3. everyday names add the words the text uses (电信公司 -> 电信业务经营者), weighed lower.
   Results are grouped by article (its best paragraph is the link), FAQ answers rank first for a
   question they answer, glossary entries are labelled, a clear winner is marked as the best
   answer, and when nothing matches most of the query the reader is told so. */
(function () {
  "use strict";
  var ui = document.querySelector("[data-regsite-search]");
  if (!ui || !window.MiniSearch) { return; }
  var W = JSON.parse(ui.getAttribute("data-words"));
  var pageLang = ui.getAttribute("data-lang") === "en" ? "en" : "zh";
  var here = ui.getAttribute("data-statute");
  var libraryRoot = ui.getAttribute("data-library-root").replace(/\/?$/, "/");   /* relative to this page */
  var PUNCT = new RegExp("[" + ui.getAttribute("data-punctuation").replace(/[\]\\^-]/g, "\\$&") + "]", "g");
  var HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
  var HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
  /* the ranking's settings (window.regsiteSearchSettings may override them when tuning) */
  var S = Object.assign({
    prior: { text: 1, summary: 0.9, faq: 0.8, term: 0.6, quiz: 0.8 },   /* by kind of document */
    lend: 0.5,        /* the share of its score a FAQ, glossary or quiz match lends to its articles */
    extra: 0.3,       /* the share of an article's other matching documents */
    cover: 0.25,      /* score x (cover + coverage)^2 */
    title: 2,         /* a document's own title counts double */
    notice: 0.5,      /* below this coverage, the best result leaves part of the query unanswered */
    bm25: { k: 1.2, b: 0.75, d: 0.5 },
    named: 0.75,      /* in a library: a statute whose title names the query comes first when its
                         best result answers at least this share of the query */
    firstTake: 2, nextTake: 1   /* the results of the first statute shown before the next one's, and so on */
  }, window.regsiteSearchSettings || {});
  var PRIOR = S.prior, LEND = S.lend;
  /* weights of an everyday name's target, of a related word's, of a character pair */
  var SYNONYM = 0.7, RELATED = 0.5, PAIR = 0.6, PART = 0.3;   /* PART: a pair inside a known word */
  var statutes = null, shards = {}, waiting = {};

  /* ---- loading ---------------------------------------------------------------------------- */
  function script(src) {
    return new Promise(function (resolve, reject) {
      var tag = document.createElement("script");
      tag.src = src; tag.onload = resolve; tag.onerror = function () { reject(new Error(src)); };
      document.head.appendChild(tag);
    });
  }
  window.regsiteSearchLibrary = function (list) { statutes = list; };
  window.regsiteSearchShard = function (data) {
    var key = data.statute + "|" + data.lang;
    shards[key] = build(data);
    if (waiting[key]) { waiting[key].forEach(function (f) { f(shards[key]); }); delete waiting[key]; }
  };
  var library = null;
  function loadLibrary() {
    return library || (library = script(libraryRoot + "search/library.js").then(function () { return statutes; },
      function (error) { status.textContent = W.failed; library = null; throw error; }));
  }
  function statute(slug) { return statutes.filter(function (s) { return s.slug === slug; })[0]; }
  function loadShard(slug, lang) {
    var key = slug + "|" + lang, st = statute(slug);
    if (!st) { return Promise.resolve(null); }   /* the library's home is no statute's */
    if (shards[key]) { return Promise.resolve(shards[key]); }
    if (waiting[key]) { return new Promise(function (r) { waiting[key].push(r); }); }
    waiting[key] = [];
    var p = new Promise(function (r) { waiting[key].push(r); });
    script(libraryRoot + st.root + "search/" + lang + ".js").catch(function () {
      shards[key] = null; (waiting[key] || []).forEach(function (f) { f(null); }); delete waiting[key];
    });
    return p;
  }

  /* ---- words -------------------------------------------------------------------------------- */
  function stem(word) {
    if (word.length > 4 && /ies$/.test(word)) { return word.slice(0, -3) + "y"; }
    if (word.length > 4 && /(sses|xes|ches|shes)$/.test(word)) { return word.slice(0, -2); }
    if (word.length > 3 && /[^s]s$/.test(word)) { return word.slice(0, -1); }
    if (word.length > 5 && /ing$/.test(word)) { return word.slice(0, -3); }
    if (word.length > 4 && /ed$/.test(word)) { return word.slice(0, -2); }
    return word;
  }
  function latinWords(text) { return (text.toLowerCase().match(/[a-z0-9][a-z0-9'-]*/g) || []).map(stem); }
  function pairs(run) {
    var out = [];
    for (var i = 0; i + 1 < run.length; i++) { out.push(run.slice(i, i + 2)); }
    return out;
  }
  /* the tokens a text is indexed under: its English words, or the words of its Chinese (cut
     over the vocabulary as a query is) and their character pairs */
  function tokens(text, vocab, prefixes) {
    var out = latinWords(text.replace(HAN_RUN, " "));
    (text.match(HAN_RUN) || []).forEach(function (run) {
      segment(run, vocab, prefixes).forEach(function (p) { if (p[1]) { out.push(p[0]); } });
      out = out.concat(pairs(run));
    });
    return out.filter(Boolean).join(" ");
  }

  function build(data) {
    var index = new window.MiniSearch({
      fields: ["title", "body"],
      tokenize: function (s) { return s ? s.split(" ") : []; },
      processTerm: function (t) { return t || null; },
      searchOptions: { boost: { title: S.title }, bm25: S.bm25 }
    });
    var vocab = {};
    data.vocabulary.forEach(function (w) { vocab[w] = true; });
    Object.keys(data.synonyms).concat(Object.keys(data.related)).forEach(function (w) { vocab[w] = true; });
    var prefixes = prefixesOf(vocab);
    index.addAll(data.docs.map(function (d, i) {
      /* a paragraph's title is its article's: shown, not searched with it; a glossary entry is
         found by its term and everyday names, its definition only shown */
      var body = d.k === "term" ? (d.l || "") : d.k === "text" ? d.t : (d.l || "") + " " + d.t;
      return { id: i, title: d.k === "text" ? "" : tokens(d.h, vocab, prefixes), body: tokens(body, vocab, prefixes) };
    }));
    data.dfCache = Object.create(null);
    /* the words of the statute's own title (a province, the subject, 条例): in a query they say which
       law, not what about it */
    data.titleWords = {};
    tokens(data.title, vocab, prefixes).split(" ").forEach(function (w) { if (w && !/^[\u4e00-\u9fff]{2}$/.test(w) || vocab[w]) { data.titleWords[w] = true; } });
    data.index = index;
    data.vocab = vocab;
    data.prefixes = prefixes;
    data.stopSet = {};
    data.stop.forEach(function (w) { data.stopSet[w] = true; });
    return data;
  }

  /* ---- the query ---------------------------------------------------------------------------- */
  /* A Chinese run -> [word or stretch, is a known word]: the cut with the best coverage
     (longer words preferred); single characters between words are dropped. */
  /* every beginning (two characters or more) of a longer word: a cut that is none of them ends
     the search for words starting there (the same cuts, far fewer lookups) */
  /* in how many documents a token occurs (title or body): how much a query word tells. Read from
     the index when a query first needs it (MiniSearch keeps term -> field -> document), not
     counted over every token while the index is built. */
  function docFrequency(shard, t) {
    if (!(t in shard.dfCache)) {
      var fields = shard.index._index.get(t), ids = Object.create(null), count = 0;
      if (fields) {
        fields.forEach(function (docs) { docs.forEach(function (freq, id) { if (!ids[id]) { ids[id] = true; count++; } }); });
      }
      shard.dfCache[t] = count;
    }
    return shard.dfCache[t];
  }
  function prefixesOf(vocab) {
    var out = {};
    Object.keys(vocab).forEach(function (w) { for (var k = 2; k < w.length; k++) { out[w.slice(0, k)] = true; } });
    return out;
  }
  function segment(run, vocab, prefixes) {
    var n = run.length, best = [0], back = [null], i, j, piece;
    for (i = 1; i <= n; i++) { best[i] = -1; back[i] = null; }
    for (i = 0; i < n; i++) {
      if (best[i] < 0) { continue; }
      if (best[i] > best[i + 1]) { best[i + 1] = best[i]; back[i + 1] = [i, false]; }
      for (j = i + 2; j <= Math.min(n, i + 12); j++) {
        piece = run.slice(i, j);
        if (vocab[piece]) {
          var score = best[i] + (j - i) * (j - i);
          if (score > best[j]) { best[j] = score; back[j] = [i, true]; }
        }
        if (!prefixes[piece]) { break; }
      }
    }
    var parts = [], gap = "";
    for (var k = n; k > 0 && back[k]; k = back[k][0]) {
      if (back[k][1]) {
        if (gap) { parts.unshift([gap, false]); gap = ""; }
        parts.unshift([run.slice(back[k][0], k), true]);
      } else { gap = run.slice(back[k][0], k) + gap; }
    }
    if (gap) { parts.unshift([gap, false]); }
    return parts.filter(function (p) { return p[0].length > 1; });
  }

  /* The query -> concepts (what the reader asks about, each matched by any of its terms) and
     the weighted terms to search. */
  function prepare(query, shard) {
    var text = query.normalize ? query.normalize("NFKC").toLowerCase() : query.toLowerCase();
    text = text.replace(PUNCT, " ");
    shard.stop.forEach(function (w) {
      if (w.length > 1 && HAN.test(w) && !shard.synonyms[w]) { text = text.split(w).join(" "); }
    });
    var concepts = [], terms = {}, kinds = {};
    /* a term: its kind (1, SYNONYM, RELATED or PAIR) and its weight in the ranking */
    function term(t, kind, c, share) {
      var weight = kind * (share || 1);
      if (!(t in terms) || weight > terms[t]) { terms[t] = weight; kinds[t] = kind; }
      c.terms.push(t);
    }
    function concept(label) { var c = { label: label, terms: [], weight: 1 }; concepts.push(c); return c; }
    /* an everyday name adds the words of what the text calls it, sharing one word's weight
       (a long name must not outweigh the query) */
    function expand(word, c) {
      [[shard.synonyms, SYNONYM], [shard.related, RELATED]].forEach(function (m) {
        (m[0][word] || []).forEach(function (target) {
          var words = (HAN.test(target) ? segment(target, shard.vocab, shard.prefixes).map(function (p) { return p[0]; }) : latinWords(target))
            .filter(function (t) { return !shard.stopSet[t]; });
          words.forEach(function (t) { term(t, m[1], c, 1 / Math.sqrt(words.length)); });
        });
      });
    }
    (text.match(HAN_RUN) || []).forEach(function (run) {
      segment(run, shard.vocab, shard.prefixes).forEach(function (part) {
        var c = concept(part[0]);
        if (part[1]) {
          term(part[0], 1, c);
          expand(part[0], c);
          /* its character pairs help ranking (a word inside a longer one), not coverage */
          if (part[0].length > 2) { pairs(part[0]).forEach(function (p) { term(p, PART, c); }); }
        } else {
          pairs(part[0]).forEach(function (p) { term(p, PAIR, c); });
        }
      });
    });
    var latin = text.replace(HAN_RUN, " ").match(/[a-z0-9][a-z0-9'-]*/g) || [];
    latin.forEach(function (raw, i) {
      if (shard.stopSet[raw]) { return; }
      var c = concept(raw), w = stem(raw);
      term(w, 1, c);
      expand(raw, c);
      if (i === latin.length - 1) { c.prefix = w; }   /* the word being typed */
    });
    /* everyday names of several words (electronic devices) */
    Object.keys(shard.synonyms).forEach(function (phrase) {
      if (phrase.indexOf(" ") > 0 && (" " + text + " ").indexOf(" " + phrase + " ") >= 0) { expand(phrase, concept(phrase)); }
    });
    Object.keys(shard.related).forEach(function (phrase) {
      if (phrase.indexOf(" ") > 0 && (" " + text + " ").indexOf(" " + phrase + " ") >= 0) { expand(phrase, concept(phrase)); }
    });
    /* what a concept weighs in the coverage: as much as it tells results apart (a rare word
       more than 要求 or 安全, found everywhere; a stretch found nowhere, little); the words of
       the statute's own title say which law, not what about it */
    var n = shard.docs.length;
    function idf(t) { return Math.log(1 + n / (docFrequency(shard, t) + 1)); }
    concepts.forEach(function (c) {
      var own = c.terms.filter(function (t) { return kinds[t] === 1 || kinds[t] === PAIR; });
      var known = c.terms.filter(function (t) { return docFrequency(shard, t) > 0; });
      c.weight = known.length ? Math.max.apply(null, known.map(idf)) : 0;
      c.unknown = !known.length;
      c.title = !!shard.titleWords[c.label] || own.length > 0 && own.every(function (t) { return shard.titleWords[t]; });
    });
    var top = Math.max.apply(null, concepts.map(function (c) { return c.weight; }).concat([1]));
    concepts.forEach(function (c) {
      c.weight = c.title ? 0.2 : c.unknown ? 0.4 : Math.max(0.3, c.weight / top);
    });
    return {
      concepts: concepts.filter(function (c) { return c.terms.length; }),
      terms: terms,
      kinds: kinds,
      text: text.replace(/\s+/g, HAN.test(text) ? "" : " ").trim()
    };
  }

  /* ---- ranking ------------------------------------------------------------------------------- */
  function search(shard, prepared, question) {

    var terms = Object.keys(prepared.terms);
    if (!terms.length) { return []; }
    var prefixes = {};
    prepared.concepts.forEach(function (c) { if (c.prefix) { prefixes[c.prefix] = true; } });
    var hits = shard.index.search(terms.join(" "), {
      tokenize: function (s) { return s.split(" "); },
      processTerm: function (t) { return t; },
      boostTerm: function (t) { return prepared.terms[t] || 1; },
      prefix: function (t) { return !!prefixes[t] && t.length > 2; },
      boostDocument: function (id) {
        var kind = shard.docs[id].k;
        return PRIOR[kind] || 1;
      }
    });
    /* group: an article is one result, linked to its best paragraph; its other matching
       documents add a little (extra), and so do the FAQ entries, glossary entries and self-test
       questions that name it (lent) */
    var groups = {}, order = [];
    function group(key, doc) {
      var g = groups[key];
      if (!g) {
        g = groups[key] = { shard: shard, doc: doc, best: 0, extra: 0, lent: 0, matched: {}, kind: doc.k === "summary" ? "text" : doc.k };
        order.push(g);
      }
      return g;
    }
    hits.forEach(function (hit) {
      var doc = shard.docs[hit.id];
      var g = group((doc.k === "text" || doc.k === "summary") ? "a" + doc.a : doc.k + hit.id, doc);
      hit.terms.forEach(function (t) { g.matched[t] = true; });
      if (hit.score > g.best) {
        g.extra += g.best * S.extra; g.best = hit.score;
        if (doc.k === "text" || g.doc.k !== "text") { g.doc = doc; }
      } else { g.extra += hit.score * S.extra; }
    });
    order.slice().forEach(function (g) {
      if (g.kind === "text") { return; }
      var refs = g.kind === "term" ? [g.doc.a] : (g.doc.r || []);
      refs.forEach(function (a) {
        var doc = shard.docs.filter(function (d) { return d.k === "summary" && d.a === String(a); })[0] ||
          shard.docs.filter(function (d) { return d.k === "text" && d.a === String(a); })[0];
        if (!doc) { return; }
        var target = group("a" + a, doc);
        target.lent += LEND * g.best / refs.length;
        target.lentMatched = target.lentMatched || {};
        Object.keys(g.matched).forEach(function (m) { target.lentMatched[m] = true; });
      });
    });
    order = order.filter(function (g) { return g.kind !== "quiz"; });   /* quiz questions only lend */
    order.forEach(function (g) {
      g.score = g.best + Math.min(g.extra, g.best) + g.lent;
      /* coverage by the article's own words; with what questions about it add, for ranking */
      g.coverage = coverage(prepared, Object.assign({}, g.matched, g.lentMatched || {}), g);
      /* for the notice: a word the editors said the text only comes near (search.yml "related":
         外国人 -> 境外) counts only when the article's own words have it, not the questions that
         lead to it; g.missing: what is left out */
      g.ownCoverage = coverage(prepared, Object.assign({}, g.matched, g.lentMatched || {}), g, g.matched);
      /* a result that answers all of the query beats one word repeated */
      g.score *= (S.cover + g.coverage) * (S.cover + g.coverage);
    });
    return order;
  }
  /* the share of the query's concepts a result matches (an everyday name's target counts less;
     a stretch counts when most of its character pairs match); with ``own``, a concept the text
     only comes near (it has related words) counts by the result's own words only */
  function coverage(prepared, all, g, own) {
    var total = 0, got = 0;
    g.missing = [];
    prepared.concepts.forEach(function (c) {
      total += c.weight;
      var direct = 0, pairHits = 0, pairTotal = 0, viaSynonym = false, viaRelated = false;
      var near = own && c.terms.some(function (t) { return prepared.kinds[t] === RELATED; });
      var matched = near ? own : all;
      c.terms.forEach(function (t) {
        var kind = prepared.kinds[t];
        if (kind === 1 && matched[t]) { direct = 1; }
        else if (kind === PAIR) { pairTotal++; if (matched[t]) { pairHits++; } }
        else if (kind === SYNONYM && matched[t]) { viaSynonym = true; }
        else if (kind === RELATED && matched[t]) { viaRelated = true; }
      });
      if (c.prefix && Object.keys(matched).some(function (m) { return m.indexOf(c.prefix) === 0; })) { direct = 1; }
      var share = direct || (pairTotal && pairHits / pairTotal >= 0.5 ? pairHits / pairTotal : 0);
      /* a related word finds something near, not the thing asked about: it stays "missing" */
      share = Math.max(share, viaSynonym ? 0.6 : viaRelated ? 0.4 : 0);
      if (share < 0.5) { g.missing.push(c.label); }
      got += c.weight * share;
    });
    return total ? got / total : 0;
  }

  function isQuestion(query) {
    return /[?？吗呢么]$|^(what|who|how|can|do|does|is|are|should|must|when|where|why|which)\b|怎么|如何|能不能|会不会|要不要|是否|什么|哪/.test(query.trim().toLowerCase());
  }

  /* The order shown: by score, except that the provisions come first. A FAQ entry leads only
     when it answers a question whole (then the provisions it rests on follow); otherwise FAQ and
     glossary entries follow the first two provisions. */
  function rank(all, query) {
    var question = isQuestion(query);
    all.sort(function (a, b) { return b.score - a.score; });
    var provisions = all.filter(function (g) { return g.kind === "text"; });
    var others = all.filter(function (g) { return g.kind !== "text"; });
    var lead = others.filter(function (g) { return g.kind === "faq" && question && g.coverage >= 0.75; })[0];
    var out = [];
    if (lead) {
      out.push(lead);
      var refs = lead.kind === "faq" ? (lead.doc.r || []).map(String) : [String(lead.doc.a)];
      provisions.sort(function (a, b) {
        var ra = a.shard === lead.shard && refs.indexOf(String(a.doc.a)) >= 0 ? 1 : 0;
        var rb = b.shard === lead.shard && refs.indexOf(String(b.doc.a)) >= 0 ? 1 : 0;
        return rb - ra || b.score - a.score;
      });
    }
    var rest = others.filter(function (g) { return g !== lead; });
    out = out.concat(provisions.slice(0, lead ? 2 : 2));
    return out.concat(rest.concat(provisions.slice(2)).sort(function (a, b) { return b.score - a.score; }));
  }

  /* Results of several statutes. Scores of two indexes do not compare (each has its own size,
     vocabulary and lending documents), so results are not merged into one order: each statute's
     results keep the order they would have alone, and the statutes take turns. The statutes are
     ordered: first those whose title names more of the query (a question about the reward for
     reporting: the reporting-rewards measures) when their results answer it well; then those
     whose best result answers at least half of the query; among equals the page's own statute
     (on the library's home, the featured one: the library's first), then by that share. The
     first statute gives its first two results, each next one its first; then again, in turn.
     (Measured on the tuning half of the blind set: turns answer more questions in the first
     three than blocks of five; ordering by the share alone answers fewer.) */
  function namedBy(st, lang, prepared) {
    var title = (st.title[lang] || "").toLowerCase(), words = {}, named = {};
    latinWords(title).forEach(function (w) { words[w] = true; });
    Object.keys(prepared.terms).forEach(function (t) {
      if (HAN.test(t) ? title.indexOf(t) >= 0 : words[t]) { named[t] = true; }
    });
    return coverage(prepared, named, {});
  }
  function arrange(blocks, query) {
    var prefer = here || (statutes[0] && statutes[0].slug);
    var list = Object.keys(blocks).map(function (slug) {
      var b = blocks[slug], groups = rank(b.groups.slice(), query);
      var reach = groups.length ? Math.max.apply(null, groups.map(function (g) { return g.coverage; })) : 0;
      /* a title that names the query counts only when the statute's results answer it well */
      return { slug: slug, named: reach >= S.named ? Math.round(b.named * 4) / 4 : 0, groups: groups, reach: reach };
    }).filter(function (b) { return b.groups.length; });
    list.sort(function (a, b) {
      return b.named - a.named || (b.slug === prefer) - (a.slug === prefer) || b.reach - a.reach;
    });
    /* turns among the statutes that answer at least half of the query, then among the rest */
    function turns(blocks, first) {
      var out = [], round = 0, left = blocks.length > 0;
      while (left) {
        left = false;
        blocks.forEach(function (b, i) {
          var n = first && round === 0 && i === 0 ? S.firstTake : S.nextTake, taken = b.taken || 0;
          out = out.concat(b.groups.slice(taken, taken + n));
          b.taken = taken + n;
          if (b.taken < b.groups.length) { left = true; }
        });
        round++;
      }
      return out;
    }
    var strong = list.filter(function (b) { return b.reach >= 0.5; });
    var out = turns(strong, true).concat(turns(list.filter(function (b) { return b.reach < 0.5; }), !strong.length));
    return out;
  }

  /* ---- the dialog --------------------------------------------------------------------------- */
  var dialog = ui.querySelector("dialog"), input = ui.querySelector("input[type=search]");
  var list = ui.querySelector(".rs-results"), status = ui.querySelector(".rs-status");
  var notice = ui.querySelector(".rs-notice"), filter = ui.querySelector("select");
  var opener = ui.querySelector(".regsite-search-button");
  var generation = 0;

  function escapeHtml(s) {
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }
  function snippet(text, matched) {
    var words = Object.keys(matched).filter(function (t) { return t.length > 1 || HAN.test(t); })
      .sort(function (a, b) { return b.length - a.length; });
    var lower = text.toLowerCase(), at = -1;
    words.forEach(function (w) { var i = lower.indexOf(w); if (i >= 0 && (at < 0 || i < at)) { at = i; } });
    var start = Math.max(0, at - 30), cut = text.slice(start, start + 120);
    var html = escapeHtml(cut);
    if (words.length) {
      var pattern = new RegExp("(" + words.map(function (w) {
        return escapeHtml(w).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      }).join("|") + ")", "gi");
      html = html.replace(pattern, "<mark>$1</mark>");
    }
    return (start > 0 ? "…" : "") + html + (start + 120 < text.length ? "…" : "");
  }
  function href(g) {
    var s = statute(g.shard.statute);
    return libraryRoot + s.root + (g.shard.lang === "en" ? "en/" : "") + g.doc.u;
  }
  function item(g, best, divider) {
    var li = document.createElement("li");
    li.className = "rs-item rs-" + g.kind + (divider ? " rs-first-other" : "");
    var badges = (best ? '<span class="rs-badge rs-best">' + escapeHtml(W.best) + "</span>" : "") +
      '<span class="rs-badge rs-kind">' + escapeHtml(W["kind_" + g.kind]) + "</span>" +
      (statutes.length > 1 ? '<span class="rs-statute">' + escapeHtml(g.shard.short) + "</span>" : "");
    var title = g.doc.h + (g.doc.k === "text" && g.doc.l ? " · " + g.doc.l : "");
    li.innerHTML = '<a href="' + escapeHtml(href(g)) + '"' + (g.shard.lang !== pageLang ? ' hreflang="' + g.shard.lang + '" lang="' + g.shard.lang + '"' : "") + ">" +
      '<span class="rs-meta">' + badges + "</span>" +
      '<span class="rs-title">' + escapeHtml(title) + "</span>" +
      '<span class="rs-snippet">' + snippet(g.doc.t || g.doc.l || "", g.matched) + "</span></a>";
    return li;
  }
  function scripts(query) {
    var han = HAN.test(query), latin = /[a-z]/i.test(query);
    return pageLang === "zh" ? (latin && !han ? ["zh", "en"] : ["zh"]) : (han ? ["en", "zh"] : ["en"]);
  }
  var shown = [];
  function render(query, groups, complete) {
    shown = groups;
    /* for the tests and the bench: what is shown, and whether every index has answered */
    ui.setAttribute("data-shown", query);
    if (complete) { ui.setAttribute("data-searched", query); }
    list.innerHTML = "";
    notice.hidden = true;
    if (!groups.length) {
      status.textContent = complete ? W.none.replace("{query}", query) : W.loading;
      if (complete) { notice.textContent = W.no_specific.replace("{query}", query.trim()); notice.hidden = false; }
      return;
    }
    var first = groups[0], second = groups[1];
    var best = first.coverage >= 0.8 && (!second || first.score >= 1.5 * second.score);
    /* the query asks about something no result's own words cover (readers' questions that lead
       to an article do not make it an article on the subject): say so, naming it */
    var closest = groups.slice(0, 3).reduce(function (a, g) { return g.ownCoverage > a.ownCoverage ? g : a; }, first);
    if (complete && closest.ownCoverage < S.notice && closest.missing.length) {
      notice.textContent = W.no_specific.replace("{query}", closest.missing.join(W.separator));
      notice.hidden = false;
    }
    groups.slice(0, 12).forEach(function (g, i) {
      var divider = i > 0 && g.shard.lang !== pageLang && groups[i - 1].shard.lang === pageLang;
      if (divider) {
        var li = document.createElement("li");
        li.className = "rs-divider"; li.setAttribute("role", "presentation");
        li.textContent = W.other_language;
        list.appendChild(li);
      }
      list.appendChild(item(g, best && i === 0, divider));
    });
    status.textContent = W.count.replace("{count}", Math.min(groups.length, 12));
  }

  function run() {
    var query = input.value, mine = ++generation;
    if (!query.trim()) { list.innerHTML = ""; status.textContent = ""; notice.hidden = true; return; }
    loadLibrary().catch(function () { return null; }).then(function (ready) {
      if (!ready || mine !== generation) { return; }
      var scope = filter && filter.value ? [filter.value] : statutes.map(function (s) { return s.slug; });
      scope.sort(function (a, b) { return (b === here) - (a === here); });   /* this statute first */
      var langs = scripts(query), blocks = {};
      var jobs = [];
      scope.forEach(function (slug) {
        langs.forEach(function (lang) {
          jobs.push(loadShard(slug, lang).then(function (shard) {
            if (!shard || mine !== generation) { return; }
            var prepared = prepare(query, shard);
            var found = search(shard, prepared, isQuestion(query));
            found.forEach(function (g) { if (shard.lang !== pageLang) { g.score *= 0.5; } });   /* the reader's language first */
            var b = blocks[slug] || (blocks[slug] = { groups: [], named: 0 });
            b.groups = b.groups.concat(found);
            if (lang === pageLang || !b.named) { b.named = namedBy(statute(slug), lang, prepared); }
            render(query, arrange(blocks, query), false);
          }));
        });
      });
      return Promise.all(jobs).then(function () {
        if (mine === generation) { render(query, arrange(blocks, query), true); }
      });
    });
  }

  /* for editors tuning: the results last shown, with their figures */
  window.regsiteSearchShown = function () {
    return shown.slice(0, 8).map(function (g) {
      return [g.shard.statute, g.doc.h, g.kind, Math.round(g.score * 100) / 100, Math.round(g.coverage * 100) / 100, g.missing.join("/")].join(" | ");
    });
  };
  /* for editors tuning search.yml: what a query becomes and why results rank as they do */
  window.regsiteSearchExplain = function (query, slug, lang) {
    return loadLibrary().then(function () { return loadShard(slug || here, lang || pageLang); }).then(function (shard) {
      var prepared = prepare(query, shard);
      var groups = rank(search(shard, prepared, isQuestion(query)), query);
      return {
        concepts: prepared.concepts.map(function (c) { return c.label + ": " + c.terms.join(" "); }),
        results: groups.slice(0, 6).map(function (g) {
          return [g.doc.h, g.kind, Math.round(g.score * 100) / 100, Math.round(g.coverage * 100) / 100, g.missing.join("/")].join(" | ");
        })
      };
    });
  };

  var timer = null;
  input.addEventListener("input", function (event) {
    if (event.isComposing) { return; }
    clearTimeout(timer); timer = setTimeout(run, 60);
  });
  input.addEventListener("compositionend", function () { clearTimeout(timer); timer = setTimeout(run, 60); });
  /* Escape closes the dialog at once (a search box would first only clear itself) */
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !event.isComposing) { event.preventDefault(); dialog.close(); }
  });
  if (filter) { filter.addEventListener("change", run); }
  ui.querySelector("form").addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector("a");
    if (first) { first.click(); }
  });
  var asked = (location.search.match(/[?&]q=([^&]*)/) || [])[1];
  window.regsiteSearchOpen = function () {
    if (!dialog.open) { dialog.showModal(); }
    if (asked) { input.value = decodeURIComponent(asked.replace(/\+/g, " ")); asked = null; }
    input.focus();
    loadLibrary().then(function () { return loadShard(here, pageLang); }, function () { /* said in the status */ });
    if (input.value) { run(); }
  };
  dialog.addEventListener("close", function () { if (opener) { opener.focus(); } });
  dialog.addEventListener("click", function (event) { if (event.target === dialog) { dialog.close(); } });
  ui.querySelector(".rs-close").addEventListener("click", function () { dialog.close(); });
  if (ui.getAttribute("data-open") === "1") { window.regsiteSearchOpen(); }
})();
