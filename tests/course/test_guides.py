"""The instructors' guide exists in English (course/README.md) and Indonesian
(course/PANDUAN.md); the two must keep the same sections and examples, and link
to each other and from the top README."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUIDES = {"en": ROOT / "course" / "README.md", "id": ROOT / "course" / "PANDUAN.md"}


def outline(markdown: str) -> tuple[list[str], int]:
    """The heading levels (`##`, `###`) in order, outside code blocks, and the number of code blocks."""
    levels, blocks, in_code = [], 0, False
    for line in markdown.splitlines():
        if line.startswith("```"):
            blocks += not in_code
            in_code = not in_code
        elif not in_code and (m := re.match(r"(#{2,3}) \S", line)):
            levels.append(m.group(1))
    return levels, blocks


def test_outline_counts_headings_and_code_blocks_but_not_comments_in_code():
    text = "# T\n## A\n```yaml\n# comment\n## not a heading\n```\n### B\n## C\n```\nx\n```\n"
    assert outline(text) == (["##", "###", "##"], 2)


def test_the_two_guides_keep_the_same_structure():
    (en_levels, en_blocks), (id_levels, id_blocks) = (outline(GUIDES[lang].read_text(encoding="utf-8"))
                                                            for lang in ("en", "id"))
    assert en_levels == id_levels, f"headings differ: README {en_levels} vs PANDUAN {id_levels}"
    assert en_blocks == id_blocks, f"code blocks differ: README {en_blocks} vs PANDUAN {id_blocks}"


def test_the_guides_link_each_other_and_the_top_readme_links_both():
    assert "](PANDUAN.md)" in GUIDES["en"].read_text(encoding="utf-8")
    assert "](README.md)" in GUIDES["id"].read_text(encoding="utf-8")
    top = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "](course/README.md)" in top and "](course/PANDUAN.md)" in top
