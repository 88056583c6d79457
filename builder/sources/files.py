"""Files the sources name (the academy's logo): inside the course folder, an image, small, harmless.

A file named in a source is copied into the published site, so a name such as
`../../etc/passwd`, an absolute path, or a link that leads out of the course
would publish a file of the machine. Each reference must resolve inside
`course/`, be an ordinary file, be of an allowed image type by its content (not
only its name), and stay under a size cap. An SVG is text that a browser runs
like a page when it is opened on its own, so an SVG with script, event handlers
or references to other files is refused rather than cleaned: a logo never needs
them, and a refusal tells the instructor exactly what to remove.
"""

from __future__ import annotations

import os
import re
import stat
import xml.etree.ElementTree as ET
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import cast

from ..problems import Problem
from .read import Sources
from .yamlread import Loc, Source

MAX_IMAGE_BYTES = 1_000_000
"""Largest image file a source may name. A logo is drawn small in the header and as the
favicon on every page; a few KB is typical, and 1 MB already costs a learner on a slow
phone connection noticeably. It also bounds what a mistaken name can pull into the site."""

# Content signatures of the raster formats a browser shows everywhere.
_MAGIC = {
    "PNG": lambda head: head.startswith(b"\x89PNG\r\n\x1a\n"),
    "JPEG": lambda head: head.startswith(b"\xff\xd8\xff"),
    "WebP": lambda head: head[:4] == b"RIFF" and head[8:12] == b"WEBP",
}
_BY_SUFFIX = {".svg": "SVG", ".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".webp": "WebP"}
ALLOWED = "SVG, PNG, JPEG, WebP"
# The name ends up in the pages' HTML (`<img src>`, `<link href>`) through the theme's
# templates; a quote or an angle bracket there would break out of the attribute.
_SAFE_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$")

_SVG_NS = "{http://www.w3.org/2000/svg}"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
# Elements that run code or pull in other content.
_UNSAFE_ELEMENTS = {"script", "foreignObject", "iframe", "embed", "object", "handler", "listener"}
# References are allowed only within the SVG itself (`#id`). CSS can load a file through
# `url(…)`, `@import`, `image-set(…)` and the like; it is read after its escapes are undone
# (`u\72l(` is `url(`) and its comments dropped, as a browser reads it.
_EXTERNAL_URL = re.compile(r"url\(\s*['\"]?\s*(?!#)", re.IGNORECASE)
_CSS_LOADS = re.compile(r"@import|image-set\(|image\(|cross-fade\(|element\(|src\(|expression\(", re.IGNORECASE)
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})\s?|(.))", re.DOTALL)
_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|$)", re.DOTALL)
_SCRIPT_URL = re.compile(r"(?:java|vb)\s*script\s*:", re.IGNORECASE)


def _css(text: str) -> str:
    """CSS as a browser reads it: comments gone, escapes undone."""
    def char(match: re.Match) -> str:
        if match[1]:
            code = int(match[1], 16)
            return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"
        return match[2]
    return _CSS_ESCAPE.sub(char, _CSS_COMMENT.sub("", text))


def _css_loads(text: str) -> bool:
    css = _css(text)
    return bool(_EXTERNAL_URL.search(css) or _CSS_LOADS.search(css))


def check_logo(s: Sources) -> list[Problem]:
    """The academy's logo: a safe image file inside course/."""
    if s.academy is None:
        return []
    return check_image(s.root, s.academy.source, ("logo",), s.academy.record.logo)


def check_image(root: Path, src: Source, loc: Loc, value: str) -> list[Problem]:
    """Problems with the image file `value` named at `loc` of `src` (relative to course/)."""
    line = src.line(loc)
    course = (root / "course").resolve()
    if PurePosixPath(value).is_absolute() or PureWindowsPath(value).is_absolute() or PureWindowsPath(value).drive:
        return [Problem.at(src.path, line, "file_outside", value=value)]
    path = course / value
    try:
        resolved = path.resolve(strict=False)
    except (OSError, RuntimeError):  # a loop of links
        return [Problem.at(src.path, line, "asset_not_file", value=value)]
    if not resolved.is_relative_to(course):
        return [Problem.at(src.path, line, "file_outside", value=value)]
    if not _SAFE_NAME.match(value):
        return [Problem.at(src.path, line, "asset_bad_name", value=value)]
    try:
        info = os.stat(resolved)
    except FileNotFoundError:
        if os.path.lexists(path):  # a link that leads nowhere
            return [Problem.at(src.path, line, "asset_not_file", value=value)]
        return [Problem.at(src.path, line, "missing_asset", value=value)]
    except OSError:
        return [Problem.at(src.path, line, "asset_not_file", value=value)]
    if not stat.S_ISREG(info.st_mode):  # checked before opening: a pipe would block the read
        return [Problem.at(src.path, line, "asset_not_file", value=value)]
    if info.st_size > MAX_IMAGE_BYTES:
        return [Problem.at(src.path, line, "asset_too_big", value=value, size=-(-info.st_size // 1000),
                           limit=MAX_IMAGE_BYTES // 1000)]
    expected = _BY_SUFFIX.get(PurePosixPath(value).suffix.lower())
    if expected is None:
        return [Problem.at(src.path, line, "asset_bad_type", value=value, allowed=ALLOWED)]
    try:
        data = resolved.read_bytes()[: MAX_IMAGE_BYTES + 1]
    except OSError as exc:
        return [Problem.at(src.path, line, "file_unreadable", detail=exc.strerror or exc)]
    found = _content_type(data)
    if found != expected:
        return [Problem.at(src.path, line, "asset_type_mismatch", value=value, expected=expected,
                           found=found or "not an image")]
    if expected == "SVG":
        return _check_svg(data, src, line, value)
    return []


def _content_type(data: bytes) -> str | None:
    for name, matches in _MAGIC.items():
        if matches(data[:16]):
            return name
    text = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith((b"<svg", b"<?xml", b"<!--", b"<!DOCTYPE svg", b"<!doctype svg")) and b"<svg" in data:
        return "SVG"
    return None


def _check_svg(data: bytes, src: Source, line: int, value: str) -> list[Problem]:
    def unsafe(found: str, svg_line: int = 1) -> list[Problem]:
        return [Problem.at(src.path, line, "svg_unsafe", value=value, found=found, svg_line=svg_line)]

    # A DTD can declare entities that expand without bound or read other files; an SVG needs none.
    doctype = re.search(rb"<!(?:DOCTYPE|ENTITY)", data, re.IGNORECASE)
    if doctype:
        return unsafe("<!DOCTYPE>", data[: doctype.start()].count(b"\n") + 1)
    try:
        parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("start", "pi"))
        parser.feed(data)
        parser.close()
        # Only start and pi events are asked for, and each comes with its element; the stubs
        # cannot tell that from `events`, so they allow the namespace events' shapes as well.
        events = cast("list[tuple[str, ET.Element]]", list(parser.read_events()))
        elements = [elem for event, elem in events if event == "start"]
    except ET.ParseError as exc:
        return [Problem.at(src.path, line, "svg_unreadable", value=value, detail=str(exc))]
    if not elements or elements[0].tag not in (_SVG_NS + "svg", "svg"):
        return [Problem.at(src.path, line, "svg_unreadable", value=value, detail="no <svg> element")]
    text = data.decode("utf-8", errors="replace")
    # A processing instruction such as <?xml-stylesheet href="…"?> loads a file (the XML
    # declaration <?xml …?> is not one).
    for event, pi in events:
        if event == "pi":
            target = (pi.text or "").split(None, 1)[0] if pi.text else "?"
            return unsafe(f"<?{target}?>", _line_of(text, f"<?{target}"))
    for elem in elements:
        name = elem.tag.rsplit("}", 1)[-1]
        if name in _UNSAFE_ELEMENTS:
            return unsafe(f"<{name}>", _line_of(text, f"<{name}") or _line_of(text, name))
        for attr, attr_value in elem.attrib.items():
            attr_name = attr.rsplit("}", 1)[-1]
            if attr_name.lower().startswith("on"):
                return unsafe(f"{attr_name}=", _line_of(text, attr_name))
            if (attr_name == "href" or attr == _XLINK_HREF) and not attr_value.strip().startswith("#"):
                return unsafe(f"href=\"{attr_value[:40]}\"", _line_of(text, attr_value[:40]))
            if _css_loads(attr_value):
                return unsafe(f"{attr_name}=\"{attr_value[:40]}\"", _line_of(text, attr_value[:40]))
            if _SCRIPT_URL.search(attr_value) or (
                    attr_name == "attributeName" and attr_value.rsplit(":", 1)[-1].strip() == "href"):
                # An animation can set a link to `javascript:` after the file is read.
                return unsafe(f"{attr_name}=\"{attr_value[:40]}\"", _line_of(text, attr_value[:40]))
        if name == "style" and elem.text and _css_loads(elem.text):
            return unsafe("<style> @import / url(…)", _line_of(text, "<style"))
    return []


def _line_of(text: str, needle: str) -> int:
    at = text.find(needle)
    return text[:at].count("\n") + 1 if at >= 0 else 1
