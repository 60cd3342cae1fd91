/* regsite: Chinese query segmentation inside Material's search worker (prepended by hooks/search.py).
   Splits a run of Han characters into the words of the index vocabulary with the best coverage
   (longer words preferred); characters that start no indexed word are dropped, and single
   characters are searched only when the query is that one character; stretches of two or more
   characters between indexed words are searched too, as they may sit inside a longer token. Each word is searched as contained
   in an index token ("*安全*" finds 国家安全 and 安全防范): Material appends the final "*". */
function regsiteSegment(run, vocab) {
  "use strict";
  var n = run.length, best = [0], back = [null], i, j;
  for (i = 1; i <= n; i++) { best[i] = -1; back[i] = null; }
  for (i = 0; i < n; i++) {
    if (best[i] < 0) { continue; }
    if (best[i] > best[i + 1]) { best[i + 1] = best[i]; back[i + 1] = [i, false]; }
    for (j = i + 1; j <= Math.min(n, i + 12); j++) {
      var word = run.slice(i, j);
      if (word in vocab) {
        var score = best[i] + (j - i) * (j - i);
        if (score > best[j]) { best[j] = score; back[j] = [i, true]; }
      }
    }
  }
  /* Walk back: indexed words, and the stretches between them ("gaps") */
  var parts = [], gap = "";
  for (var k = n; k > 0 && back[k]; k = back[k][0]) {
    if (back[k][1]) {
      if (gap) { parts.unshift([gap, false]); gap = ""; }
      parts.unshift([run.slice(back[k][0], k), true]);
    } else {
      gap = run.slice(back[k][0], k) + gap;
    }
  }
  if (gap) { parts.unshift([gap, false]); }
  /* Words of two or more characters, and gaps of two or more (they may sit inside a token) */
  var terms = parts.filter(function (p) { return p[0].length > 1; }).map(function (p) { return "*" + p[0]; });
  if (terms.length) { return terms; }
  return n === 1 ? [run] : ["*" + run];
}
