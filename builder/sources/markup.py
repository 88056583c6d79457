"""Which HTML the course's texts may produce, decided once, with the allowlist of Ammonia (through nh3).

Two kinds of text reach the pages:

- plain text (titles, headings, names, labels, the academy's name, every interface word):
  escaped wherever it is written (`plain`), so `<b>` shows as `<b>`; its `[`, `]` and `{` are
  written as character references too, so Markdown cannot turn it into a link or give it
  attributes on the way;
- Markdown (lesson bodies, quiz prompts and options, feedback, the diagnostic's intro…):
  may contain the HTML a course needs (tables, `<details>`, `<kbd>`, `<abbr>`, images from
  the course's own files) but nothing that runs, loads from another host or styles the page:
  no script, event handler, `javascript:`/`data:` address, iframe, object, form, `<meta>`,
  `<link>`, `<base>`, and no `id`, `class`, `name` or `style` (they could stand in for the
  page's own elements, which its scripts look up by id and class).

Each Markdown text is turned into HTML here, on its own (`render`), so nothing in one text (a
link reference, an indented line, an unfinished tag) can reach into the next, and the HTML is
cleaned before anything else sees it: the pages publish exactly that cleaned HTML
(`site/fragments.py`), never the Markdown. `check_markdown` refuses, at its line, a text that the
cleaning changed, saying what it took out: both sides of that comparison come from the same
HTML5 parser (html5ever, inside nh3), the parser browsers follow, so a comment, a CDATA section
or an unfinished tag is seen as a browser sees it. A text is also refused when it is too long
(`schema.MAX_TEXT`) or when turning it into HTML takes longer than `MAX_RENDER_SECONDS`
(some short Markdown, such as thousands of `![`, takes time that grows with its square).
"""

from __future__ import annotations

import functools
import re
import signal
import threading
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterable

import markdown as md
import nh3
from markupsafe import Markup, escape
from pydantic import BaseModel

from ..problems import Problem
from ..schema import Text
from ..schema.base import markdown_fields
from .read import Sources

TAGS = frozenset(nh3.ALLOWED_TAGS) - {"area", "map"}
"""Ammonia's default elements (text structure, tables, lists, `<details>`, `<kbd>`, `<abbr>`, `<img>`…);
not image maps, whose areas are links a course never needs."""

ATTRIBUTES: dict[str, set[str]] = {
    "*": {"title", "lang", "dir"},
    "a": {"href", "hreflang"},
    "img": {"src", "alt", "width", "height"},
    "th": {"align", "colspan", "rowspan", "scope"},
    "td": {"align", "colspan", "rowspan"},
    "ol": {"start", "type"},
    "details": {"open"},
    "time": {"datetime"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "del": {"cite", "datetime"},
    "ins": {"cite", "datetime"},
    "col": {"span"},
    "colgroup": {"span"},
}
"""Attributes kept per element (`*`: on every element). No `on…` handler, no `style`, and no `id`,
`class` or `name`: those belong to the page the builder makes (its scripts find their data and
controls by them)."""

URL_SCHEMES = {"http", "https", "mailto", "tel"}
"""Addresses a link may use besides relative ones (files of the course, other pages)."""

SOURCE_EXTENSIONS = ("tables", "def_list")
"""Markdown that a text of the sources may use besides the basics (emphasis, lists, links, images).
Tables mark a column's alignment with `align`, not `style`."""
_EXTENSION_CONFIGS = {"tables": {"use_align_attribute": True}}

MAX_RENDER_SECONDS = 1.0
"""Longest time one text may take to become HTML. An ordinary lesson section takes about a
millisecond; a text that takes a thousand times that is built to stall the builder."""

# Every element name a browser knows, for the inventory of what a text holds: an element of
# this list that the allowlist lacks is named when it goes. (An unknown element goes too,
# keeping its text; it carried nothing a browser would act on.)
_KNOWN_ELEMENTS = TAGS | {
    "address", "applet", "area", "audio", "base", "basefont", "bgsound", "big", "blink", "body", "button",
    "canvas", "datalist", "dialog", "dir", "embed", "fieldset", "font", "form", "frame", "frameset", "head",
    "html", "iframe", "image", "input", "isindex", "keygen", "label", "legend", "link", "listing", "main",
    "map", "marquee", "math", "menu", "menuitem", "meta", "meter", "multicol", "nextid", "nobr", "noembed",
    "noframes", "noscript", "object", "optgroup", "option", "output", "param", "picture", "plaintext",
    "portal", "progress", "script", "search", "section", "select", "slot", "source", "spacer", "style", "svg",
    "template", "textarea", "tfoot", "title", "track", "video", "xmp", "annotation-xml", "foreignobject",
    "mglyph", "malignmark", "mi", "mo", "mn", "ms", "mtext", "animate", "set", "use", "a", "desc",
}
# Schemes a browser would follow or load, so the inventory sees such an address before it goes.
_ANY_SCHEME = {"javascript", "vbscript", "data", "file", "blob", "filesystem", "about", "ftp", "ws", "wss",
               "jar", "view-source", "livescript", "mocha", "res", "ms-its", "mhtml", *URL_SCHEMES}
# What browsers drop from an address before they read it: tabs and line ends anywhere, and
# controls and spaces at either end. `\` counts as `/`.
_URL_IGNORED = re.compile(r"[\t\n\r]")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def image_source_allowed(value: str) -> bool:
    """An image's address must be a file of the course: relative, with no host and no scheme."""
    url = _URL_IGNORED.sub("", value).strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11"
                                            "\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
    url = url.replace("\\", "/")
    return bool(url) and not url.startswith("/") and not _SCHEME.match(url)


def _keep_attribute(element: str, attribute: str, value: str) -> str | None:
    if element == "img" and attribute == "src" and not image_source_allowed(value):
        return None
    return value


def clean(html: str) -> str:
    """`html` with everything outside the allowlist removed (script and style with their content)."""
    return nh3.clean(html, tags=set(TAGS), attributes=ATTRIBUTES, url_schemes=URL_SCHEMES,
                     attribute_filter=_keep_attribute, link_rel=None,
                     clean_content_tags={"script", "style"})


def _as_parsed(html: str) -> str:
    """`html` as a browser's parser reads it, with nothing taken out but comments and unknown elements."""
    return nh3.clean(html, tags=set(_KNOWN_ELEMENTS), clean_content_tags=set(), attributes={},
                     generic_attribute_prefixes={""}, url_schemes=_ANY_SCHEME, link_rel=None)


class _Inventory(HTMLParser):
    """Every element and every element's attribute in a piece of HTML, counted.

    It only ever reads what html5ever wrote (`clean`, `_as_parsed`): well-formed, with no
    comment, so Python's parser and a browser's agree on it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: Counter[tuple[str, str, str]] = Counter()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found[(tag, "", "")] += 1
        for name, value in attrs:
            self.found[(tag, name, (value or "").strip())] += 1

    handle_startendtag = handle_starttag


def _inventory(html: str) -> Counter[tuple[str, str, str]]:
    parser = _Inventory()
    parser.feed(html)
    parser.close()
    return parser.found


def _described(lost: Counter[tuple[str, str, str]]) -> list[str]:
    out = []
    for tag, name, value in sorted(lost):
        if not name:
            out.append(f"<{tag}>")
        elif (tag, "", "") in lost:
            continue  # the whole element goes; its attributes need no mention
        else:
            shown = value if len(value) <= 40 else value[:37] + "..."
            out.append(f'{name}="{shown}" on <{tag}>' if value else f"{name} on <{tag}>")
    return list(dict.fromkeys(out))


@dataclass(frozen=True)
class Rendered:
    """One Markdown text of the sources as the site publishes it."""

    html: str
    """The text as HTML, cleaned: what the page shows."""
    removed: tuple[str, ...] = ()
    """What cleaning took out, described (empty when the text was safe as written)."""
    too_slow: bool = False
    """The text took longer than MAX_RENDER_SECONDS to become HTML (and `html` is empty)."""

    @property
    def inline(self) -> str:
        """The HTML without its paragraph, when the text is one paragraph (for a list item, a label…)."""
        html = self.html
        if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
            return html[3:-4]
        return html


class _TooSlowError(Exception):
    pass


_LOCAL = threading.local()


def _converter() -> md.Markdown:
    # One converter per thread, reset between texts: building one per text dominated the time.
    converter = getattr(_LOCAL, "converter", None)
    if converter is None:
        converter = _LOCAL.converter = md.Markdown(extensions=list(SOURCE_EXTENSIONS),
                                                   extension_configs=_EXTENSION_CONFIGS)
    return converter


def _to_html(text: str) -> str:
    return _converter().reset().convert(text)


def _within_time(text: str) -> str:
    """`_to_html(text)`, given up after MAX_RENDER_SECONDS.

    The builder renders on the main thread (`course check`, `build`, `package`, and the
    preview's rebuilds), where an interval timer can interrupt Python-Markdown's loops; on any
    other thread the text's size cap (`schema.MAX_TEXT`) is what bounds the time.
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        return _to_html(text)

    def give_up(signum: int, frame: object) -> None:  # noqa: ARG001 - a signal handler's signature
        raise _TooSlowError

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.setitimer(signal.ITIMER_REAL, MAX_RENDER_SECONDS)
    try:
        return _to_html(text)
    except _TooSlowError:
        _LOCAL.converter = None  # interrupted halfway: its state is not to be trusted
        raise
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# One line of words and ordinary punctuation: Markdown makes a paragraph of it and nothing else,
# and the cleaning would change nothing. Most texts of a course are such lines (options,
# feedback, objectives), and writing them directly halves the time the check takes. The first
# character is a letter or an opening quote or bracket (so no heading, list, quote or code
# block); none of Markdown's inline characters, no angle bracket or ampersand, no line end or tab,
# no no-break space (which the cleaning would write as `&nbsp;`). tests/test_trust_boundary.py
# checks that this gives what the full path gives.
_PLAIN_LINE = re.compile(r"(?:[^\W\d_]|[\"'“‘(])[^\n\t\\`*_{}\[\]<>&|\xa0~]*")


@functools.lru_cache(maxsize=16384)
def render(text: str) -> Rendered:
    """A Markdown text of the sources as cleaned HTML, with what cleaning took out."""
    if _PLAIN_LINE.fullmatch(text) and not text.endswith(" "):
        return Rendered(f"<p>{text}</p>")
    return _rendered(text)


def _rendered(text: str) -> Rendered:
    try:
        html = _within_time(text)
    except _TooSlowError:
        return Rendered("", too_slow=True)
    cleaned = clean(html)
    parsed = _as_parsed(html)
    lost = () if parsed == cleaned else tuple(_described(_inventory(parsed) - _inventory(cleaned)))
    return Rendered(cleaned, lost)


def inline_html(text: str) -> Markup:
    """A short Markdown text as cleaned HTML without its paragraph (for the builder's own HTML blocks)."""
    return Markup(render(text).inline)


def plain(text: object) -> Markup:
    """Plain text made safe to write into HTML or Markdown: shown exactly as written."""
    if isinstance(text, Markup):
        return text
    return Markup(str(escape(text)).replace("[", "&#91;").replace("]", "&#93;").replace("{", "&#123;"))


def problems_in(text: str) -> list[str]:
    """What the sanitiser removes from Markdown `text` once it is HTML."""
    return list(render(text).removed)


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
        fields = markdown_fields(type(obj))  # declared on each field (schema/base.py)
        for name in type(obj).model_fields:
            yield from markdown_texts(getattr(obj, name), loc + (name,), name in fields)
    elif isinstance(obj, (list, tuple)):
        for i, item in enumerate(obj):
            yield from markdown_texts(item, loc + (i,), markdown)
    elif isinstance(obj, dict):
        for key, item in obj.items():
            yield from markdown_texts(item, loc + (key,), markdown)


def check_markdown(s: Sources) -> list[Problem]:
    """Each Markdown text the sanitiser would change, or that takes too long to render, at its line."""
    out = []
    for f in s.files():
        root, src = s.root, f.source
        for loc, text in markdown_texts(f.record):
            result = render(text)
            if result.too_slow:
                out.append(Problem.at(src.path, src.line(loc), "text_too_slow",
                                      seconds=f"{MAX_RENDER_SECONDS:g}"))
            elif result.removed:
                line = _line_within(root / src.path, src.line(loc), text, _needle(result.removed[0]))
                out.append(Problem.at(src.path, line, "unsafe_html", removed=", ".join(result.removed)))
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
