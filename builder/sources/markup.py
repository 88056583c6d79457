"""Which HTML the course's texts may produce, decided once, with the allowlist of Ammonia (through nh3).

Two kinds of text reach the pages:

- plain text (titles, headings, names, labels, the academy's name, every interface word):
  escaped wherever it is written (`plain`), so `<b>` shows as `<b>`; its `[`, `]` and `{` are
  written as character references too, so Markdown cannot turn it into a link or give it
  attributes on the way;
- Markdown (lesson bodies, quiz prompts and options, feedback, the diagnostic's intro…):
  may contain the HTML a course needs (tables, `<details>`, `<kbd>`, `<abbr>`, images from
  the course's own files) but nothing that runs or loads: no script, event handler,
  `javascript:`/`data:` address, iframe, object, form, style that loads a file, `<meta>`,
  `<link>` or `<base>`.

`check_texts` renders every Markdown text as the site will and refuses, at its line, one
that the sanitiser would change; so a dangerous source never builds. The site cleans once more what
it turns into HTML itself (`clean`), in case a text reaches it some other way.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterable

import markdown as md
import nh3
import yaml
from markupsafe import Markup, escape
from pydantic import BaseModel

from ..problems import Problem
from ..schema import Text
from .yamlread import Source

TAGS = frozenset(nh3.ALLOWED_TAGS)
"""Ammonia's default elements: text structure, tables, lists, `<details>`, `<kbd>`, `<abbr>`, `<img>`…"""

ATTRIBUTES: dict[str, set[str]] = {
    "*": {"class", "id", "title", "lang", "dir"},
    "a": {"href", "hreflang"},
    "img": {"src", "alt", "width", "height", "loading"},
    "th": {"align", "colspan", "rowspan", "scope", "style"},
    "td": {"align", "colspan", "rowspan", "style"},
    "ol": {"start", "type"},
    "details": {"open"},
    "time": {"datetime"},
    "abbr": set(),
    "blockquote": {"cite"},
    "q": {"cite"},
    "del": {"cite", "datetime"},
    "ins": {"cite", "datetime"},
    "col": {"span"},
    "colgroup": {"span"},
}
"""Attributes kept per element (`*`: on every element). No `on…` handler, no `style` but on table cells."""

URL_SCHEMES = {"http", "https", "mailto", "tel"}
"""Addresses a link or image may use besides relative ones (files of the course, other pages)."""

STYLE_PROPERTIES = {"text-align"}
"""The one style Markdown tables write themselves (`| :--- |`); nothing in it can load a file."""

# Markdown extensions the site's pages use when mkdocs.yml cannot be read; mkdocs adds
# toc, tables and fenced_code to whatever the file lists.
DEFAULT_EXTENSIONS = ("admonition", "attr_list", "md_in_html", "def_list", "tables", "footnotes",
                      "toc", "fenced_code")
_MKDOCS_OWN = ("toc", "tables", "fenced_code")

# Fields whose texts are Markdown; every other text is plain. Keyed by the record's class name
# (the quiz questions share their fields through one base class).
MARKDOWN_FIELDS: dict[str, frozenset[str]] = {
    "Section": frozenset({"body"}),
    "CourseInfo": frozenset({"about", "audience"}),
    "Lesson": frozenset({"objectives", "key_points", "reflection"}),
    "Term": frozenset({"definition"}),
    "SourceCredit": frozenset({"note", "citation"}),
    "Model": frozenset({"source"}),
    "Diagnostic": frozenset({"intro"}),
    "Toolkit": frozenset({"intro"}),
    "Template": frozenset({"use", "body"}),
    "Option": frozenset({"text", "feedback"}),
    "Outcome": frozenset({"correct", "incorrect"}),
    "Pair": frozenset({"left"}),
    "Question": frozenset({"scenario", "prompt", "hint", "items", "feedback_true", "feedback_false"}),
    "Facilitator": frozenset({"intro"}),
    "Session": frozenset({"summary"}),
    "Block": frozenset({"do"}),
    "Debrief": frozenset({"when", "steps"}),
    "Reading": frozenset({"meaning", "say"}),
    "ChecklistGroup": frozenset({"items"}),
}
_QUESTIONS = {"SingleChoice", "MultipleChoice", "TrueFalse", "Ordering", "Matching"}

# Only these characters let Markdown make an element with an address or an attribute
# (`<tag>`, `[link](…)`, `![image](…)`, `[ref]: …`, `{ attr=… }`); a text without any of
# them cannot produce anything the sanitiser would remove, and is not rendered at all.
_MAY_MAKE_MARKUP = re.compile(r"[<\[{]")


def clean(html: str) -> str:
    """`html` with everything outside the allowlist removed (script and style with their content)."""
    return nh3.clean(html, tags=set(TAGS), attributes=ATTRIBUTES, url_schemes=URL_SCHEMES,
                     filter_style_properties=STYLE_PROPERTIES, link_rel=None,
                     clean_content_tags={"script", "style"})


class _Inventory(HTMLParser):
    """Every element and every element's attribute in a piece of HTML, counted."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: Counter[tuple[str, str, str]] = Counter()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found[(tag, "", "")] += 1
        for name, value in attrs:
            if name in ("href", "src", "cite"):
                value = (value or "").strip()
            elif name == "style":
                value = ""  # the sanitiser rewrites the spacing of styles it keeps
            self.found[(tag, name, value or "")] += 1

    handle_startendtag = handle_starttag


def _inventory(html: str) -> Counter[tuple[str, str, str]]:
    parser = _Inventory()
    parser.feed(html)
    parser.close()
    return parser.found


def removed(html: str) -> list[str]:
    """What the sanitiser would take out of `html`, described for the instructor (empty: nothing)."""
    lost = _inventory(html) - _inventory(clean(html))
    out = []
    for tag, name, value in sorted(lost):
        if not name:
            out.append(f"<{tag}>")
        elif any((tag, "", "") == key for key in lost):
            continue  # the whole element goes; its attributes need no mention
        else:
            shown = value if len(value) <= 40 else value[:37] + "..."
            out.append(f'{name}="{shown}" on <{tag}>' if value else f"{name} on <{tag}>")
    return list(dict.fromkeys(out))


@functools.lru_cache(maxsize=8)
def _converter(extensions: tuple[str, ...]) -> md.Markdown:
    try:
        return md.Markdown(extensions=list(extensions))
    except Exception:  # noqa: BLE001 - an extension the site cannot load is mkdocs' complaint, not ours
        return md.Markdown(extensions=list(DEFAULT_EXTENSIONS))


def site_extensions(root: Path) -> tuple[str, ...]:
    """The Markdown extensions mkdocs.yml gives the pages (their names), plus mkdocs' own."""
    try:
        config = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8")) or {}
        listed = config.get("markdown_extensions") or []
        names = [e if isinstance(e, str) else next(iter(e)) for e in listed]
        if not all(isinstance(n, str) for n in names):
            raise TypeError
    except Exception:  # noqa: BLE001 - a broken mkdocs.yml is reported by its own check
        return DEFAULT_EXTENSIONS
    return tuple(dict.fromkeys([*names, *_MKDOCS_OWN]))


def to_html(text: str, extensions: tuple[str, ...] = DEFAULT_EXTENSIONS) -> str:
    return _converter(extensions).reset().convert(text)


def plain(text: object) -> Markup:
    """Plain text made safe to write into HTML or Markdown: shown exactly as written."""
    if isinstance(text, Markup):
        return text
    return Markup(str(escape(text)).replace("[", "&#91;").replace("]", "&#93;").replace("{", "&#123;"))


def problems_in(text: str, extensions: tuple[str, ...] = DEFAULT_EXTENSIONS) -> list[str]:
    """What the sanitiser would remove from Markdown `text` once it is HTML."""
    if not _MAY_MAKE_MARKUP.search(text):
        return []
    return removed(to_html(text, extensions))


def markdown_texts(obj: Any, loc: tuple = (), markdown: bool = False) -> Iterable[tuple[tuple, str]]:
    """Every Markdown text inside a record, with its location (plain texts are left out)."""
    if isinstance(obj, Text):
        if markdown:
            for lang in ("id", "en"):
                yield loc + (lang,), obj[lang]
    elif isinstance(obj, str):
        if markdown:
            yield loc, obj
    elif isinstance(obj, BaseModel):
        kind = type(obj).__name__
        fields = MARKDOWN_FIELDS.get("Question" if kind in _QUESTIONS else kind, frozenset())
        for name in type(obj).model_fields:
            yield from markdown_texts(getattr(obj, name), loc + (name,), name in fields)
    elif isinstance(obj, (list, tuple)):
        for i, item in enumerate(obj):
            yield from markdown_texts(item, loc + (i,), markdown)
    elif isinstance(obj, dict):
        for key, item in obj.items():
            yield from markdown_texts(item, loc + (key,), markdown)


def check_texts(root: Path, parsed: Iterable[tuple[Any, Source | None]]) -> list[Problem]:
    """Each Markdown text the sanitiser would change, at its line, with what would go."""
    extensions = site_extensions(root)
    out = []
    for obj, src in parsed:
        if obj is None or src is None:
            continue
        for loc, text in markdown_texts(obj):
            lost = problems_in(text, extensions)
            if lost:
                line = _line_within(root / src.path, src.line(loc), text, _needle(lost[0]))
                out.append(Problem.at(src.path, line, "unsafe_html", removed=", ".join(lost)))
    return out


def _needle(item: str) -> str:
    """Text to look for in the source for one removed item: `<iframe`, or the attribute's value or name."""
    if item.startswith("<"):
        return item[:-1]
    name, _, rest = item.partition("=")
    value = rest.split('" on <', 1)[0].strip('"') if rest else ""
    return value.removesuffix("...") or name.split(" on <", 1)[0]


def _line_within(path: Path, line: int, text: str, needle: str) -> int:
    """The line inside a `|` block where `needle` is written (the block's first line otherwise)."""
    try:
        opener = path.read_text(encoding="utf-8").splitlines()[line - 1].rstrip()
    except (OSError, UnicodeError, IndexError):
        return line
    if not re.search(r"\|[-+0-9]*$", opener):
        return line
    for k, text_line in enumerate(text.splitlines()):
        if needle.lower() in text_line.lower():
            return line + 1 + k
    return line
