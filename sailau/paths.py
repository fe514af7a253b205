"""Where the fact base lives: the one lookup every loader uses."""

from __future__ import annotations

import os
from pathlib import Path

REPO_FACTS_DIR = Path(__file__).resolve().parent.parent / "facts"


def facts_dir(path: Path | None = None) -> Path:
    """The fact-base directory: `path`, else $SAILAU_FACTS_DIR, else the repository's `facts/`."""
    if path is not None:
        return path
    env = os.environ.get("SAILAU_FACTS_DIR", "").strip()
    return Path(env) if env else REPO_FACTS_DIR
