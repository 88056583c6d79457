"""mkdocs' whole configuration, made by the builder for each language (pure).

Nothing of it comes from the project's mkdocs.yml but the Material features the academy chose
(`schema.mkdocs`), each from a fixed list: the theme, fonts, palette, plugins, Markdown
extensions, scripts and styles are the builder's.
"""

from __future__ import annotations

import base64
import copy
import functools
import re
from pathlib import Path
from typing import Any

import material

from ...course import Course
from ...schema import LANGS
from .. import search
from ..pages import assets
from ..pages.render import nav


def theme_dir() -> Path:
    """The builder's overrides of Material's templates (partials, the page frame)."""
    return Path(__file__).parent / "theme"


MARKDOWN_EXTENSIONS: list[Any] = ["admonition", "attr_list", "md_in_html", "def_list", "tables",
                                   {"toc": {"permalink": False}}]
"""What the pages' own Markdown uses (headings, boxes, lists, attributes on the builder's elements). The
sources' texts are not in it: they arrive as cleaned HTML (`fragments`)."""

OFFLINE_SHIM = "assets/iframe-worker-shim.js"
"""The iframe-worker shim (npm `iframe-worker`, MIT) that runs Material's search worker from file://."""


LOGO_INLINE_BYTES = 2048
"""A logo this small is put in the page as a data: URL, one request fewer before the first paint."""


@functools.cache
def _named_by_frame(pattern: str, what: str) -> str:
    """The one site path of Material's frame (templates/base.html) that matches `pattern`."""
    frame = (Path(material.__file__).parent / "templates" / "base.html").read_text(encoding="utf-8")
    found = re.findall(pattern, frame)
    if len(found) != 1:
        raise RuntimeError(f"Material's frame does not name its {what} as this builder expects: "
                           "check mkdocs/theme/main.html against this release of mkdocs-material")
    return found[0]


def material_bundle() -> str:
    """The site path of Material's script, as its own frame names it (the file name carries a hash
    that changes with each release). The frame (mkdocs/theme/main.html) loads it after the first
    paint instead of at the end of the body."""
    return _named_by_frame(r"'(assets/javascripts/bundle\.[0-9a-f]+\.min\.js)'", "script")


def material_styles() -> str:
    """The site path of Material's stylesheet (main.html links it; not its palette: material_schemes)."""
    return _named_by_frame(r"'(assets/stylesheets/main\.[0-9a-f]+\.min\.css)'", "stylesheet")


NAMED_COLOUR = re.compile(r"data-md-color-(primary|accent)=")


def _rules(css: str) -> list[tuple[str, str]]:
    """The top-level rules of a stylesheet without comments, as (prelude, body without its braces)."""
    out, depth, start, quote = [], 0, 0, ""
    for i, char in enumerate(css):
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                prelude, body = css[start:i].split("{", 1)
                out.append((prelude.strip(), body))
                start = i + 1
    if depth or css[start:].strip():
        raise ValueError("unbalanced stylesheet")
    return out


def _without_named_colours(css: str) -> str:
    kept = []
    for prelude, body in _rules(css):
        if prelude.startswith("@"):
            inner = _without_named_colours(body)
            if inner:
                kept.append(f"{prelude}{{{inner}}}")
        elif not NAMED_COLOUR.search(prelude):
            kept.append(f"{prelude}{{{body}}}")
    return "".join(kept)


@functools.cache
def material_schemes() -> str:
    """The rules of Material's palette stylesheet the course uses, put in each page's <style> instead of
    the stylesheet itself (a request before the first paint, 2 KB gzip): the dark scheme (`slate`) and the
    switch between schemes. The rest of that file sets Material's named colours (`primary: indigo` ...),
    which the course never uses: its colours are the academy's own (`custom`, academy.css.j2)."""
    palette = _named_by_frame(r"'(assets/stylesheets/palette\.[0-9a-f]+\.min\.css)'", "palette")
    css = (Path(material.__file__).parent / "templates" / palette).read_text(encoding="utf-8")
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    kept = _without_named_colours(css)
    if "[data-md-color-scheme=slate]{" not in kept:
        raise RuntimeError("Material's palette holds no dark scheme (slate) as this builder expects")
    return kept


def logo_src(course: Course) -> str:
    """The logo's address in the pages: its file in assets/, or, when it is small, the file itself
    as a data: URL (course check has already refused a logo that is not an image or carries code)."""
    path = Path(course.files.get(_logo_path(course), ""))
    suffix = path.suffix.lower()
    mime = {".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
            ".webp": "image/webp"}.get(suffix)
    try:
        data = path.read_bytes() if mime and path.is_file() and path.stat().st_size <= LOGO_INLINE_BYTES else b""
    except OSError:
        data = b""
    if not data:
        return _logo_path(course)
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def _logo_path(course: Course) -> str:
    return "assets/" + Path(course.academy.logo).name


def site_config(course: Course, lang: str) -> dict[str, Any]:
    """mkdocs' whole configuration for one language, made here: nothing of it is copied from mkdocs.yml
    but the features the academy chose (`schema.mkdocs`), each from a fixed list."""
    other = [x for x in LANGS if x != lang]
    alternate = [{"name": course.ui.site.language_name[lang], "lang": lang, "link": f"../{lang}/"}]
    alternate += [{"name": course.ui.site.language_name[o], "lang": o, "link": f"../{o}/"} for o in other]
    before, _, after = course.ui.site.made_with[lang].partition("{tool}")
    logo = _logo_path(course)
    academy_css = assets.academy_css(course.academy.colours)
    return {
        "site_name": course.info.title[lang],
        "site_description": course.info.tagline[lang],
        "site_author": course.academy.name,
        "site_url": f"{course.academy.site_url}{lang}/",
        "copyright": copyright_line(course, lang),
        "use_directory_urls": False,  # pages work from a zip opened offline, and in an LMS
        "nav": nav(course, lang),
        "theme": {
            "name": "material",
            "language": lang,
            "font": False,  # no Google Fonts: the system's fonts are used
            "palette": palette(course, lang),
            "features": course.settings.features(),
            "icon": {"alternate": "material/translate"},
            "logo": logo,
            "favicon": logo,
        },
        "markdown_extensions": MARKDOWN_EXTENSIONS,
        # Material's offline plugin adds search/search_index.js, which its search reads only from
        # file:// (the offline zip); over http nothing changes. It is on for every build so that one
        # build feeds every package. Naming our own copy of the iframe-worker shim (MIT, shipped in
        # assets/) stops the plugin from loading it from unpkg.com; the shim acts only on file://.
        "plugins": [{"search": search.plugin_config()}, "offline"],
        "extra": {
            "alternate": alternate,
            "selaras": {"primary": course.academy.colours.primary, "accent": course.academy.colours.accent,
                        "lang": lang, "search_lang": search.LUNR_LANG,
                        "kinds": {kind: {"css": assets.styles_of(kind, material_schemes() + academy_css),
                                         "js": assets.script_of(kind)} for kind in assets.KINDS},
                        "material_bundle": material_bundle(), "material_styles": material_styles(),
                        "logo": logo_src(course),
                        # The footer's own words (theme/partials/copyright.html), and Material's words
                        # the course says in its own way (theme/partials/language.html).
                        "made_with": [before, after],
                        "words": {"footer": course.ui.site.footer_label[lang]},
                        # Said above a table that scrolls sideways on a phone (mkdocs/tables.py).
                        "table_swipe": course.ui.site.table_swipe[lang]},
            "generator": False,  # Material's English "Made with": copyright.html says it in the page's language
            "polyfills": [OFFLINE_SHIM],
        },
        # The course's own styles and script are one of each per kind of page, put in by the theme's
        # frame (mkdocs/theme/main.html, from the page's `selaras_kind`), so none is listed here.
        "extra_css": [],
        "extra_javascript": [],
    }


def palette(course: Course, lang: str) -> list[dict[str, Any]]:
    """Material's two colour schemes, light (`default`) and dark (`slate`), in the academy's colours
    (academy.css.j2), with a toggle in the header named in the page's language. The first visit
    follows the phone's own setting; a choice is remembered for both languages (partials/javascripts/base.html)."""
    ui = course.ui.site
    return [
        {"media": "(prefers-color-scheme: light)", "scheme": "default", "primary": "custom", "accent": "custom",
         "toggle": {"icon": "material/weather-night", "name": ui.scheme_to_dark[lang]}},
        {"media": "(prefers-color-scheme: dark)", "scheme": "slate", "primary": "custom", "accent": "custom",
         "toggle": {"icon": "material/weather-sunny", "name": ui.scheme_to_light[lang]}},
    ]


def copyright_line(course: Course, lang: str) -> str:
    """The footer's line: the academy, named once, then the sources the course is based on. A source
    that is the academy itself is already named by the ©, so the credit leaves it out."""
    academy = course.academy.name.strip()
    others = [s.short for s in course.info.sources if s.short.strip().casefold() != academy.casefold()]
    if not others:
        return f"© {academy}"
    return f"© {academy} · " + course.ui.site.credit_line[lang].format(sources="; ".join(others))


def mkdocs_config(course: Course, lang: str) -> dict[str, Any]:
    """This language's settings with the folders of this machine: the theme's overrides, the docs."""
    config = copy.deepcopy(site_config(course, lang))
    config["theme"]["custom_dir"] = str(theme_dir())
    config["docs_dir"] = "docs"
    return config
