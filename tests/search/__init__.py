"""Helpers for the search tests: the built site's own search worker, run under node."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from builder.site.search import report

WORKER = Path(__file__).with_name("worker.js")


def ask(site_lang_dir: Path, **request: Any) -> dict[str, Any]:
    """Send one request to tests/search/worker.js (stem words, run queries, list the index's terms)."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    done = subprocess.run([node, str(WORKER), str(site_lang_dir)], input=json.dumps(request),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def index_docs(site_lang_dir: Path) -> list[dict[str, Any]]:
    return json.loads((site_lang_dir / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def plain(text: str) -> str:
    """Text as words only: no tags, no Markdown marks, no punctuation, lower case, single spaces."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


def index_words(site_lang_dir: Path) -> list[str]:
    """Every distinct word of a built search index, split as the worker splits it and lower-cased."""
    return report.index_words(site_lang_dir / "search" / "search_index.json")
