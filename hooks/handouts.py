"""Put the PDF handouts (written by ``regsite handouts`` into the folder the contract names,
``build/handouts`` by default) into the built site as
``handouts/*.pdf``. A missing handout, or handouts written for another
regulation than the one being built, fail the build: pages link to them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from regsite.siteconfig import read_contract


@event_priority(-200)
def on_post_build(*, config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    if not (site / "assets").exists():
        return  # a language sub-build (its pages use the root's assets and handouts)
    contract = read_contract(Path(config.docs_dir))
    if not contract.handouts:
        return  # a page without handouts (a library's home)
    source = Path(config.config_file_path).parent / contract.handouts  # absolute stays absolute
    listing = source / "handouts.json"
    if not listing.exists():
        raise PluginError(f"{source} has no handouts: run `make handouts` (or `make site`) first")
    handouts = json.loads(listing.read_text(encoding="utf-8"))
    wanted = contract.regulation
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
