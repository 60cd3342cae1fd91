"""Put the PDF handouts (written by ``python -m regsite handouts`` into build/handouts)
into the built site as ``handouts/*.pdf``. A missing handout, or handouts written for another
regulation than the one being built, fail the build: pages link to them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority


@event_priority(-200)
def on_post_build(*, config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    if not (site / "assets").exists():
        return  # a language sub-build (its pages use the root's assets and handouts)
    source = Path(config.config_file_path).parent / "build" / "handouts"
    listing = source / "handouts.json"
    if not listing.exists():
        raise PluginError(f"{source} has no handouts: run `make handouts` (or `make site`) first")
    handouts = json.loads(listing.read_text(encoding="utf-8"))
    wanted = yaml.safe_load((Path(config.docs_dir) / ".site.yml").read_text(encoding="utf-8"))["regulation"]
    if handouts["regulation"] != wanted:
        raise PluginError(
            f"{source} holds the handouts of {handouts['regulation']}, not of {wanted}: "
            "run `make handouts SOURCE=…` first"
        )
    target = site / "handouts"
    target.mkdir(exist_ok=True)
    for name in handouts["files"]:
        if not (source / name).exists():
            raise PluginError(f"handout {source / name} is missing: run `make handouts`")
        shutil.copy2(source / name, target / name)
