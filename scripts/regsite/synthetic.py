"""A synthetic corpus for the scale run: the regulation repeated ``copies`` times as one long
regulation (8 x copies chapters, 56 x copies articles), with its editorial data renumbered to
match, written to a folder that ``regsite build`` accepts."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

from .numerals import to_chinese, to_int

HEAD = re.compile(r"^第([一二三四五六七八九十百千零〇两]+)(章|条)")


def synthesize(content: Path, target: Path, copies: int) -> Path:
    """Write ``target/source.txt`` and the editorial folder, from the regulation in ``content``
    (one with chapters, its first chapter titled 总则); return the source path."""
    shutil.copytree(content, target, dirs_exist_ok=True)
    source = (content / "source.txt").read_text(encoding="utf-8")
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
    originals = {
        n: yaml.safe_load((content / "editorial" / "articles" / f"chapter-{n}.yml").read_text(encoding="utf-8"))
        for n in range(1, 9)
    }
    for copy in range(copies):
        for n, data in originals.items():
            chapter = dict(data["chapter"], number=n + copy * 8)
            entries = [dict(e, number=int(e["number"]) + copy * 56) for e in data["articles"]]
            (articles / f"chapter-{n + copy * 8}.yml").write_text(
                yaml.safe_dump({"chapter": chapter, "articles": entries}, allow_unicode=True), encoding="utf-8"
            )
    return target / "source.txt"


# The shape of the civil code (民法典): per 编, its title, its 分编 (title, chapters) or its chapter
# count, and its article count; then the unnumbered 附则 with two articles. 1,260 articles.
CODE_SHAPE: list[tuple[str, list[tuple[str | None, int]], int]] = [
    ("总则", [(None, 10)], 204),
    ("物权", [("通则", 3), ("所有权", 6), ("用益物权", 5), ("担保物权", 4), ("占有", 1)], 258),
    ("合同", [("通则", 8), ("典型合同", 19), ("准合同", 2)], 526),
    ("人格权", [(None, 6)], 51),
    ("婚姻家庭", [(None, 5)], 79),
    ("继承", [(None, 4)], 45),
    ("侵权责任", [(None, 10)], 95),
]


def synthesize_code(source: Path, target: Path) -> Path:
    """A statute of the civil code's shape (7 编, 分编, chapters restarting in every 编, 节 in
    the first chapter of each 编, an unnumbered 附则), 1,260 articles whose bodies are taken in
    turn from the articles of ``source`` (a chaptered statute). Writes ``target/source.txt``."""
    from .load import load

    bodies = [a for a in load(source).as_published.articles if "前款" not in a.text and "本条例第" not in a.text]
    lines = ["示范民法典", "", "（本文本按民法典的结构合成，供规模测试使用）", ""]
    number = 0

    def article() -> None:
        nonlocal number
        number += 1
        body = bodies[number % len(bodies)].text.split("\n")
        lines.extend([f"第{to_chinese(number)}条 {body[0]}", *body[1:]])

    for part_no, (title, subparts, count) in enumerate(CODE_SHAPE, 1):
        lines.append(f"第{to_chinese(part_no)}编 {title}")
        chapters = sum(n for _, n in subparts)
        chapter_no = 0
        for sub_no, (sub_title, n) in enumerate(subparts, 1):
            if sub_title:
                lines.append(f"第{to_chinese(sub_no)}分编 {sub_title}")
            for _ in range(n):
                chapter_no += 1
                lines.append(f"第{to_chinese(chapter_no)}章 第{to_chinese(chapter_no)}章标题")
                share = count // chapters + (1 if chapter_no <= count % chapters else 0)
                if chapter_no == 1 and share >= 2:
                    lines.append("第一节 第一节标题")
                    article()
                    lines.append("第二节 第二节标题")
                    share -= 1
                for _ in range(share):
                    article()
    lines.append("附则")
    article()
    article()
    target.mkdir(parents=True, exist_ok=True)
    (target / "source.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target / "source.txt"


def synthesize_library(content: Path, target: Path, copies: int) -> Path:
    """A library of ``copies`` statutes for the scale run: copies of the statute in ``content``
    (source and editorial data), each with its own title (示例NN…) so that names stay distinct;
    without related provisions (they name statutes not in this library). Writes the statutes'
    folders and ``target/library.yml``; returns its path."""
    source = (content / "source.txt").read_text(encoding="utf-8")
    title = next(line.strip() for line in source.splitlines() if line.strip())
    meta = yaml.safe_load((content / "regulation.yml").read_text(encoding="utf-8")) or {}
    slugs = []
    for n in range(1, copies + 1):
        slug = f"sample-{n:02d}"
        folder = target / slug
        shutil.copytree(content, folder, ignore=shutil.ignore_patterns("search-sets", "related.yml"))
        (folder / "source.txt").write_text(source.replace(title, f"示例{n:02d}{title}", 1), encoding="utf-8")
        copy = dict(meta, slug=slug)
        for key in ("title_en", "short_title_en"):
            if key in copy:
                copy[key] = f"{copy[key]} (sample {n:02d})"
        if "short_title_zh" in copy:
            copy["short_title_zh"] = f"示例{n:02d}{copy['short_title_zh']}"
        copy.pop("aliases_zh", None)
        copy.pop("aliases_en", None)
        (folder / "regulation.yml").write_text(yaml.safe_dump(copy, allow_unicode=True), encoding="utf-8")
        slugs.append(slug)
    library = {"title_zh": "示例法规库", "title_en": "Sample library", "statutes": slugs}
    path = target / "library.yml"
    path.write_text(yaml.safe_dump(library, allow_unicode=True), encoding="utf-8")
    return path
