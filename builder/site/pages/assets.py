"""The course's own styles and scripts: one stylesheet and one script per kind of page, put together
at build time from the files of builder/site/assets/ (one file per job). Pure.

Every page names its kind in its front matter (`selaras_kind`); the theme's frame
(mkdocs/theme/main.html) puts that kind's styles inline in the head (2 to 5 KB gzip: a request of
their own would cost a phone one more round trip before the first paint) and loads its script once
the page has been painted. So a page ships only what it uses: the diagnostic page no knowledge
check, a glossary no diagnostic.
"""

from __future__ import annotations

from importlib import resources
from typing import Sequence

from ...schema.academy import Colours
from ...sources.colours import AA_TEXT, lighter_shade
from .templating import ENV

ASSETS = resources.files("builder.site") / "assets"
FOLDER = "assets/course"
"""Where the site keeps the put-together scripts (`assets/course/<kind>.js`)."""

_PROGRESS = ("quiz/base.js", "quiz/storage.js", "quiz/progress.js")
_DX_CORE = ("diagnostic/scoring.js", "diagnostic/codes.js")
_DX_VIEWS = ("diagnostic/dom.js", "diagnostic/context.js", "diagnostic/charts.js", "diagnostic/blocks.js")
SCRIPTS: dict[str, tuple[str, ...]] = {
    "progress": (*_PROGRESS, "quiz/start.js"),
    "quiz": (*_PROGRESS, "quiz/checks.js", "quiz/start.js"),
    "diagnostic": (*_DX_CORE, *_DX_VIEWS, "diagnostic/storage.js", "diagnostic/saved-answers.js",
                   "diagnostic/profile.js", "diagnostic/diagnostic-page.js", "diagnostic/start.js"),
    "team": (*_DX_CORE, "diagnostic/paste.js", *_DX_VIEWS, "diagnostic/storage.js", "diagnostic/team-report.js",
             "diagnostic/team-page.js", "diagnostic/start.js"),
    "facilitator": ("facilitator/clock.js", "facilitator/run-sheet.js", "facilitator/start.js"),
    "report": (*_DX_CORE, *_DX_VIEWS, "diagnostic/team-report.js", "diagnostic/report-page.js",
               "diagnostic/start.js"),
}
"""Every script of the course, by what it is for, with the files of assets/ it is made of, in order
(each folder's README says what each file holds): the course's progress on every page (badges in
the menu, the home page's box); a lesson's knowledge check besides; the diagnostic page, the team
page, and the report `course score --report` writes (it carries its script inline). Each gets only
what it uses: the diagnostic page neither the paste parser nor the team report."""

_BASE = ("site.css", "progress.css", "scheme.css")
KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "page": (_BASE, ("progress",)),
    "lesson": ((*_BASE, "quiz.css", "@print handout.css"), ("quiz",)),
    "diagnostic": ((*_BASE, "diagnostic.css"), ("progress", "diagnostic")),
    "team": ((*_BASE, "diagnostic.css"), ("progress", "team")),
    "toolkit": ((*_BASE, "toolkit.css"), ("progress",)),
    "facilitator": ((*_BASE, "facilitator.css"), ("progress", "facilitator")),
    "print": ((*_BASE, "quiz.css", "handout.css", "print.css"), ("progress",)),
    "paper": ((*_BASE, "paper.css"), ("progress",)),
}
"""Each kind of page: its styles (after the academy's colours) and its scripts, in order. A file named
`@print <file>` applies on paper only (the knowledge checks as a handout: on a lesson page when it is
printed, on the page of the whole course on screen too)."""

SHIPPED_AS_IS = ("storage-probe.html", "iframe-worker-shim.js", "iframe-worker-LICENSE.txt",
                 "slides.css", "slides.js", "reveal/reveal.js", "reveal/reveal.css", "reveal/notes.js",
                 "reveal/LICENSE")
"""Files of assets/ the site carries unchanged: the file:// storage probe, the offline search shim, and
the slide pages' styles and scripts (reveal.js, vendored: assets/reveal/README.md). Only the slide
pages (pages/slides.py) name the last ones: no other page loads them."""


def code_lines(name: str, text: str) -> list[str]:
    """The lines of one script file that hold code, without their indentation. Whole-line comments
    and blank lines are left out; a comment that ends where code follows on the same line is
    refused (a rule of these folders), so nothing is ever cut out of the middle of a line."""
    out, in_comment = [], False
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if in_comment or stripped.startswith("/*"):
            end = stripped.find("*/", 0 if in_comment else 2)
            in_comment = end < 0
            if end >= 0 and end + 2 != len(stripped):
                raise ValueError(f"assets/{name}:{number}: code after the end of a comment")
            continue
        if stripped and not stripped.startswith("//"):
            out.append(stripped)
    if in_comment:
        raise ValueError(f"assets/{name}: a comment is never closed")
    return out


def pack(names: Sequence[str], title: str) -> str:
    """The files `names` of assets/ as one classic script, in one strict-mode function."""
    body = []
    for name in names:
        body.append(f"// {name}")
        body += code_lines(name, (ASSETS / name).read_text(encoding="utf-8"))
    return (f"/* Selaras, {title}: built from builder/site/assets/ (read the comments there) */\n"
            "(function () {\n\"use strict\";\n" + "\n".join(body) + "\n})();\n")


def script(name: str) -> str:
    """One script of the course, named as in SCRIPTS."""
    return pack(SCRIPTS[name], f"{name} script")


def script_of(kind: str) -> str:
    """The site path of a kind of page's script. Kinds that ship the same share the file (named
    after its last part: `progress.js` for every page without a script of its own), so a browser
    fetches each once."""
    return f"{FOLDER}/{KINDS[kind][1][-1]}.js"


PRINT_ONLY = "@print "


def style_text(name: str) -> str:
    """One stylesheet of KINDS as it goes into a page: `@print <file>` inside `@media print`."""
    if name.startswith(PRINT_ONLY):
        return "@media print{" + (ASSETS / name[len(PRINT_ONLY):]).read_text(encoding="utf-8") + "}"
    return (ASSETS / name).read_text(encoding="utf-8")


class InlineStyleError(ValueError):
    """A stylesheet holds `</`, which would end the <style> element it is put in: a bug in assets/."""


SLATE_BACKGROUND = "#1e2029"
"""The page's background in Material's dark scheme (`slate`: hsl(232, 15%, 14%))."""


def academy_css(colours: Colours) -> str:
    """The academy's colours as Material's colour variables (templates/academy.css.j2); on the dark
    scheme's page, links and other text in the primary colour take the nearest lighter shade of it
    that keeps AA contrast (4.5:1)."""
    return ENV.get_template("academy.css.j2").render(
        colours=colours, dark_text=lighter_shade(colours.primary.lower(), SLATE_BACKGROUND, AA_TEXT + 0.1))


def styles_of(kind: str, academy_css: str) -> str:
    """The styles of a kind of page, the academy's colours first, as they are put in the page's
    <style> element. Only the builder's files and the checked colours are in it; still, nothing that
    could close the element passes."""
    text = academy_css + "".join(style_text(name) for name in KINDS[kind][0])
    if "</" in text:
        raise InlineStyleError(f"the styles of {kind} pages hold '</'")
    return text


def page_scripts() -> dict[str, str]:
    """Every script the kinds of page use, by site path."""
    return {script_of(kind): "".join(script(name) for name in scripts) for kind, (_, scripts) in KINDS.items()}
