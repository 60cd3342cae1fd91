"""A synthetic corpus for the scale run: the regulation repeated ``copies`` times as one long
regulation (8 x copies chapters, 56 x copies articles), with its editorial data renumbered to
match, written to a folder that ``scripts.regsite build`` accepts."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

from scripts.regsite.numerals import to_chinese, to_int

CONTENT = Path(__file__).resolve().parent.parent / "content" / "jiangxi-counter-espionage-2024"
HEAD = re.compile(r"^第([一二三四五六七八九十百千零〇两]+)(章|条)")


def synthesize(target: Path, copies: int) -> Path:
    """Write ``target/source.txt`` and the editorial folder; return the source path."""
    shutil.copytree(CONTENT, target, dirs_exist_ok=True)
    source = (CONTENT / "source.txt").read_text(encoding="utf-8")
    preamble, body = source.split("\n第一章 总 则\n", 1)[0], "第一章 总 则\n" + source.split("\n第一章 总 则\n", 1)[1]
    preamble = preamble.split("目 录")[0]  # no table of contents in the synthetic text
    lines = []
    for copy in range(copies):
        for line in body.splitlines():
            m = HEAD.match(line)
            if m:
                n = to_int(m.group(1)) + copy * (8 if m.group(2) == "章" else 56)
                line = f"第{to_chinese(n)}{m.group(2)}" + line[m.end() :]
            lines.append(line)
    (target / "source.txt").write_text(preamble + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    articles = target / "editorial" / "articles"
    originals = {n: yaml.safe_load((CONTENT / "editorial" / "articles" / f"chapter-{n}.yml").read_text(encoding="utf-8")) for n in range(1, 9)}
    for copy in range(copies):
        for n, data in originals.items():
            chapter = dict(data["chapter"], number=n + copy * 8)
            entries = [dict(e, number=int(e["number"]) + copy * 56) for e in data["articles"]]
            (articles / f"chapter-{n + copy * 8}.yml").write_text(yaml.safe_dump({"chapter": chapter, "articles": entries}, allow_unicode=True), encoding="utf-8")
    return target / "source.txt"
