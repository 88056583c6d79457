"""Static guards over every script the course ships that is its own: no code built from strings, no markup
written from strings, nothing older browsers cannot parse.

What is checked: every .js file under builder/site/assets/ (the diagnostic's files in assets/diagnostic/
included), builder/publish/assets/ and the search extension's own glue (builder/site/search/*.js), and
each page's packed diagnostic script as it ships. Not checked: vendored code, kept as its authors wrote it
(the Snowball stemmers in builder/site/search/snowball/, and the iframe-worker shim, which writes its
worker's frame with document.write and is held byte-equal to its npm release in tests/test_publish.py, and
reveal.js with its notes plugin, held equal to theirs in tests/site/test_slides.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from builder.site.pages.assets import SCRIPTS, script

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = [ROOT / "builder" / "site" / "assets", ROOT / "builder" / "publish" / "assets"]
VENDORED = {"builder/site/assets/iframe-worker-shim.js": "builder/site/assets/iframe-worker-LICENSE.txt",
            "builder/site/assets/reveal/reveal.js": "builder/site/assets/reveal/LICENSE",
            "builder/site/assets/reveal/notes.js": "builder/site/assets/reveal/LICENSE"}
"""Vendored scripts under the folders above, each with its licence beside it."""

OWN = sorted({p for folder in FOLDERS for p in folder.rglob("*.js")} - {ROOT / rel for rel in VENDORED}
             | set((ROOT / "builder" / "site" / "search").glob("*.js")))

BANNED = {
    r"\beval\s*\(": "eval() runs a string as code",
    r"\bnew\s+Function\b": "new Function runs a string as code",
    r"\b(setTimeout|setInterval)\s*\(\s*['\"]": "a timer given a string runs it as code",
    r"\.innerHTML\b": "innerHTML parses a string as markup",
    r"\.outerHTML\b": "outerHTML parses a string as markup",
    r"\binsertAdjacentHTML\b": "insertAdjacentHTML parses a string as markup",
    r"\bdocument\.write(ln)?\b": "document.write parses a string as markup",
    r"\(\?<": "a look-behind or named group: Safari before 16.4 cannot parse it, and loses the whole script",
    r"=>": "an arrow function: the scripts are ES5 style for older browsers",
    r"(?<![\w.$])(let|const)\s+[A-Za-z_$][\w$]*\s*(=|;|,)": "let/const: the scripts are ES5 style (var)",
}


def sources() -> list[tuple[str, str]]:
    files = [(p.relative_to(ROOT).as_posix(), p.read_text(encoding="utf-8")) for p in OWN]
    return files + [(f"packed {name} script", script(name)) for name in sorted(SCRIPTS)]


SOURCES = sources()


def test_the_guards_see_every_own_script():
    names = {name for name, _ in SOURCES}
    assert {"builder/site/assets/quiz/checks.js", "builder/publish/assets/scorm.js", "builder/site/search/stem.js",
            "builder/site/search/lunr-pack.js", "builder/site/assets/diagnostic/paste.js"} <= names
    for vendored, licence in VENDORED.items():
        assert vendored not in names and (ROOT / vendored).is_file() and (ROOT / licence).is_file()


@pytest.mark.parametrize("name,text", SOURCES, ids=[name for name, _ in SOURCES])
def test_no_code_or_markup_from_strings_and_nothing_older_browsers_cannot_parse(name, text):
    found = [f"line {text.count(chr(10), 0, m.start()) + 1}: {why} ({m.group(0)!r})"
             for pattern, why in BANNED.items() for m in re.finditer(pattern, text)]
    assert found == [], name


@pytest.mark.parametrize("snippet", ['node.innerHTML = data;', 'el.outerHTML=x', 'd.insertAdjacentHTML("beforeend", s)',
                                     'document.write(s)', 'eval(code)', 'new Function("return 1")',
                                     'setTimeout("go()", 1)', '/(?<=#)r=/', 'var f = (a) => a;', 'let x = 1;',
                                     'const y = 2, z = 3;'])
def test_each_guard_catches_what_it_is_for(snippet):
    assert any(re.search(pattern, snippet) for pattern in BANNED)


@pytest.mark.parametrize("snippet", ['node.textContent = data;', '// let the page decide', 'var evaluate = 1;',
                                     'x.letter = 1;', 'window.print();', 'var re = /(?:a)/;'])
def test_the_guards_leave_ordinary_code_alone(snippet):
    assert not any(re.search(pattern, snippet) for pattern in BANNED)
