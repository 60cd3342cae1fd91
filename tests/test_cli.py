"""The parse command other checks call: JSON on stdout, non-zero exit with a message on bad input."""

import json
import subprocess
import sys

from conftest import ROOT, SOURCE


def run(*args):
    return subprocess.run([sys.executable, "-m", "regsite", *args], cwd=ROOT, capture_output=True, text=True)


def test_parse_prints_8_chapters_and_56_articles():
    result = run("parse", str(SOURCE))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["chapters"]) == 8 and len(data["articles"]) == 56
    a35 = data["articles"][34]
    assert a35["number"] == 35 and a35["label"] == "第三十五条" and a35["chapter"] == "5" and a35["section"] is None
    assert "相关法律责任" in a35["text"] and "律律" not in a35["text"]
    assert a35["text"] == "\n".join(p["text"] for p in a35["paragraphs"])
    a24 = data["articles"][23]
    assert a24["paragraphs"][1]["items"][0] == {
        "number": 1,
        "id": "art-24-p-2-i-1",
        "label": "（一）",
        "text": "在涉密岗位工作或者离开涉密岗位未满国家规定脱密期限的人员未经批准私自出国（境）；",
        "subitems": [],
    }
    assert data["chapters"][4]["articles"] == [35, 36, 37, 38, 39, 40]
    assert data["errata"][0]["article"] == 35
    assert data["warnings"] == []


def test_parse_of_bad_input_exits_non_zero_and_names_the_line(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("标题\n\n第一章 总则\n\n第一条 甲。\n\n第三条 丙。\n", encoding="utf-8")
    result = run("parse", str(bad))
    assert result.returncode == 1
    assert result.stdout == ""
    assert f"{bad}:7: missing article before 第三条: after 第一条 expected 第二条" in result.stderr
