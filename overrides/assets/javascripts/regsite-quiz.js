/* Self-tests (pages built from editorial/quiz.yml by regsite.quiz; loaded only on quiz pages).
   Without this script every question shows its answer in a <details>. With it:
   - "Check answer" marks the choices, and the question's status region (role=status) announces
     right or wrong, the correct answer, the explanation and the provision it rests on;
   - when every question is checked, the quiz's status region gives the score and the articles to
     reread, and "Start again" resets the quiz;
   - inside a frame (an embed on a portal), the page posts to its parent
     {type: "regsite-quiz-complete", quiz, lang, score, total,
      answers: [{id, answer: ["A", "C"] | ["true"] | ["false"], correct}]}.
   The interface words come with the page (data-words, from strings.yml). */
(function () {
  "use strict";
  function all(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }

  function init(form) {
    var words = JSON.parse(form.getAttribute("data-words") || "{}");
    var questions = all(form, ".quiz-q");
    var result = form.querySelector(".quiz-result");
    var end = form.querySelector(".quiz-end");
    var state = {};
    form.classList.add("quiz-js");
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    questions.forEach(function (q) {
      var button = q.querySelector(".quiz-check");
      button.hidden = false;
      button.addEventListener("click", function () { check(q); });
    });
    end.querySelector(".quiz-restart").addEventListener("click", restart);

    function check(q) {
      if (state[q.id]) { return; }
      var inputs = all(q, "input");
      var chosen = inputs.filter(function (i) { return i.checked; });
      var feedback = q.querySelector(".quiz-feedback");
      if (!chosen.length) {
        feedback.textContent = words.choose;
        return;
      }
      var right = inputs.every(function (i) { return i.checked === i.hasAttribute("data-correct"); });
      state[q.id] = {
        id: q.id.replace(/^q-/, ""),
        answer: chosen.map(function (i) { return i.value; }),
        correct: right
      };
      inputs.forEach(function (i) {
        var label = i.closest("label");
        if (i.hasAttribute("data-correct")) { label.classList.add("quiz-is-correct"); }
        else if (i.checked) { label.classList.add("quiz-is-wrong"); }
        i.disabled = true;
      });
      q.classList.add(right ? "quiz-right" : "quiz-wrong");
      q.querySelector(".quiz-check").setAttribute("aria-disabled", "true");
      feedback.textContent = "";
      var verdict = document.createElement("p");
      verdict.className = "quiz-verdict";
      verdict.textContent = right ? words.right : words.wrong;
      feedback.appendChild(verdict);
      all(q.querySelector(".quiz-explain"), ":scope > *").forEach(function (node) {
        feedback.appendChild(node.cloneNode(true));
      });
      if (Object.keys(state).length === questions.length) { finish(); }
    }

    function finish() {
      var score = 0;
      var reread = [];
      var seen = {};
      questions.forEach(function (q) {
        if (state[q.id].correct) { score += 1; return; }
        all(q, ".quiz-explain .quiz-refs a").forEach(function (a) {
          var key = a.getAttribute("data-article");
          if (!seen[key]) { seen[key] = true; reread.push(a); }
        });
      });
      result.textContent = "";
      var line = document.createElement("p");
      line.className = "quiz-score";
      line.textContent = words.score.replace("{score}", score).replace("{total}", questions.length);
      result.appendChild(line);
      var next = document.createElement("p");
      if (reread.length) {
        next.appendChild(document.createTextNode(words.reread));
        reread.forEach(function (a, n) {
          if (n) { next.appendChild(document.createTextNode(words.list_separator)); }
          var link = document.createElement("a");
          link.href = a.getAttribute("data-article-href");
          link.textContent = a.getAttribute("data-article-label");
          if (a.target) { link.target = a.target; link.rel = a.rel; }
          next.appendChild(link);
        });
      } else {
        next.textContent = words.all_right;
      }
      result.appendChild(next);
      end.hidden = false;
      if (window.parent !== window) {
        window.parent.postMessage({
          type: "regsite-quiz-complete",
          quiz: form.getAttribute("data-quiz"),
          lang: document.documentElement.lang,
          score: score,
          total: questions.length,
          answers: questions.map(function (q) { return state[q.id]; })
        }, "*");
      }
    }

    function restart() {
      state = {};
      questions.forEach(function (q) {
        q.classList.remove("quiz-right", "quiz-wrong");
        q.querySelector(".quiz-feedback").textContent = "";
        q.querySelector(".quiz-check").removeAttribute("aria-disabled");
        all(q, "label").forEach(function (label) { label.classList.remove("quiz-is-correct", "quiz-is-wrong"); });
        all(q, "input").forEach(function (i) { i.disabled = false; i.checked = false; });
      });
      result.textContent = "";
      end.hidden = true;
      var first = form.querySelector("input");
      if (first) { first.focus(); }
    }
  }

  all(document, "form.quiz").forEach(init);
})();
