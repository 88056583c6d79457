"""The one Jinja2 environment of the builder: strict (an undefined name is an error), escaping HTML templates."""

from __future__ import annotations

import functools

import jinja2
import markdown as md


def _indent_md(text: str, n: int = 4) -> str:
    # Markdown boxes (admonitions) need their body indented; blank lines stay blank.
    return "\n".join((" " * n + line) if line.strip() else "" for line in text.splitlines())


_MARKDOWN = md.Markdown(extensions=["attr_list"])


@functools.lru_cache(maxsize=4096)
def inline_markdown(text: str) -> str:
    """Markdown of a short text as HTML without the wrapping paragraph (for raw-HTML blocks)."""
    # One converter, reset between texts: building a new one per text dominated rendering time.
    html = _MARKDOWN.reset().convert(text)
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return html


ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("builder.site", "templates"),
    undefined=jinja2.StrictUndefined,
    # Templates are named NAME.html.j2: select_autoescape matches the end of the name.
    autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default_for_string=False),
    keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True,
)
ENV.filters["indent_md"] = _indent_md
