"""How the stemmer groups the words of a built search index, to review the exception table.

    python -m builder.site.search.report site/id/search/search_index.json [--lang id]

Prints one line per root that more than one word, or a changed word, lands on: `root: word word …`.
Read it for forms of one root on two lines (add them to exceptions-<lang>.yaml under the root)
and for unrelated words on one line (list the odd one under its own root).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from . import SEPARATOR, for_language, stop_words


def index_words(index_file: Path) -> list[str]:
    """Every distinct word of a built search index, split as the search worker splits it, lower case."""
    words: set[str] = set()
    for doc in json.loads(index_file.read_text(encoding="utf-8"))["docs"]:
        for field in ("title", "text"):
            for word in re.split(SEPARATOR, html.unescape(re.sub(r"<[^>]+>", " ", doc[field])).lower()):
                word = re.sub(r"^[^\w]+|[^\w]+$|_", "", word)
                if word:
                    words.add(word)
    return sorted(words)


def groups(words: list[str], lang: str) -> dict[str, list[str]]:
    stem, stops = for_language(lang), set(stop_words(lang))
    found: dict[str, list[str]] = defaultdict(list)
    for word in words:
        if word not in stops:
            found[stem(word)].append(word)
    return {root: forms for root, forms in sorted(found.items()) if forms != [root]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path, help="a built site's search/search_index.json")
    parser.add_argument("--lang", default="id", choices=["id", "en"])
    args = parser.parse_args(argv)
    for root, forms in groups(index_words(args.index), args.lang).items():
        print(f"{root}: {' '.join(forms)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
