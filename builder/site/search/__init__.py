"""Site search that understands word forms: stemmers (Python and the JavaScript that ships) and
the search settings of each language.

Material's search plugin builds a lunr index in the browser. For `search.config.lang`
"selaras" its worker loads `assets/javascripts/lunr/min/lunr.selaras.min.js`, which this package
writes into each language's site (`pack(lang)`): the language's Snowball stemmer, its exception
table and stop words, stem.js (`stem(word) -> root`, engine-neutral) and lunr-pack.js, which puts
them in lunr's index and query pipelines. The
language code reaches Material through the language partial (theme/partials/language.html),
because mkdocs' own search option accepts only lunr-languages' codes.
"""

from __future__ import annotations

import json
from typing import Any

from .stemmers import HERE, SNOWBALL_NAME, exceptions, for_language, stem, stop_words

LUNR_LANG = "selaras"
"""The lunr language code of both sites; each site ships its own language's pack under it."""

PACK_PATH = f"assets/javascripts/lunr/min/lunr.{LUNR_LANG}.min.js"
"""Where Material's search worker loads the pack from, relative to the site (docs) root."""

LICENSE_PATH = f"assets/javascripts/lunr/min/lunr.{LUNR_LANG}.LICENSE.txt"

SEPARATOR = r"[\s\-,:;!?=\[\]()\"/'’“”‘]+|\.(?!\d)|&[lg]t;|&amp;"
"""Where the index and the queries split words: white space, hyphens (rata-rata), punctuation,
apostrophes (the company's), full stops that end a word, and the escaped < > & of the index text."""

PIPELINE = ["trimmer", "stopWordFilter", "stemmer"]


def plugin_config() -> dict[str, Any]:
    """The search plugin's settings for either language (the language code comes from the partial)."""
    return {"separator": SEPARATOR, "pipeline": list(PIPELINE)}


def _exception_table(lang: str) -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for word, root in exceptions(lang).items():
        table.setdefault(root, []).append(word)
    return table


def _compact_json(value: object) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def pack(lang: str) -> str:
    """The search extension the worker loads for this language, one classic script."""
    snowball = (HERE / "snowball" / f"{SNOWBALL_NAME[lang]}.min.js").read_text(encoding="utf-8").strip()
    glue = "\n".join(line.strip() for name in ("stem.js", "lunr-pack.js")
                     for line in (HERE / name).read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.lstrip().startswith("//"))
    words = stop_words(lang)
    return (f"/* Selaras search, {lang}: Snowball {SNOWBALL_NAME[lang]} stemmer (BSD-3-Clause, "
            f"see lunr.{LUNR_LANG}.LICENSE.txt) in lunr's pipelines */\n"
            f"(function(){{{snowball}\n"
            f"var EXCEPTIONS={_compact_json(_exception_table(lang))};\n"
            f"var STOP_WORDS={_compact_json(list(words)) if words else 'null'};\n"
            f"{glue}\n}})();\n")


def license_text() -> str:
    return (HERE / "snowball" / "LICENSE").read_text(encoding="utf-8")


__all__ = ["LUNR_LANG", "PACK_PATH", "LICENSE_PATH", "SEPARATOR", "plugin_config", "pack", "license_text",
           "stem", "for_language", "stop_words", "exceptions"]
