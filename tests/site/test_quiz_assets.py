"""The knowledge-check script and styles stay small and self-contained (no code built from strings: see
tests/test_script_guards.py, which checks every shipped script)."""

from __future__ import annotations

import gzip
import re

from builder.site.pages.assets import ASSETS, script

JS = script("quiz")
CSS = (ASSETS / "quiz.css").read_text(encoding="utf-8") + (ASSETS / "progress.css").read_text(encoding="utf-8")
LIMIT = 10 * 1024


def gzip_size(text: str) -> int:
    # mtime=0: the same bytes give the same size on every run.
    return len(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))


def test_script_and_styles_together_fit_in_ten_kilobytes_gzipped():
    assert gzip_size(JS) + gzip_size(CSS) <= LIMIT


def test_nothing_is_loaded_from_another_host():
    for text in (JS, CSS):
        assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/|@import|\burl\(", text, re.I)


def test_script_waits_for_the_page_and_has_no_interface_words():
    assert "DOMContentLoaded" in JS
    # The words come from course/ui.yaml through the page; a quoted English word here would be hard-coded.
    for word in ("Correct", "Try again", "Check", "Benar", "Coba lagi"):
        assert f'"{word}' not in JS
