"""The one Jinja2 environment of the builder: strict (an undefined name is an error), escaping every page.

Pages are NAME.md.j2 (Markdown) or NAME.html.j2; both escape each value they write as
plain text (`markup.plain`). A Markdown text of the sources, checked when the sources
were read, is written as it is with `| markdown`; HTML the builder made itself is `Markup`.
"""

from __future__ import annotations

import functools

import jinja2
import markdown as md
from markupsafe import Markup

from ..sources.markup import clean, plain


def _indent_md(text: str, n: int = 4) -> str:
    # Markdown boxes (admonitions) need their body indented; blank lines stay blank.
    out = "\n".join((" " * n + line) if line.strip() else "" for line in text.splitlines())
    return Markup(out) if isinstance(text, Markup) else out


def _markdown(text: str) -> Markup:
    """A Markdown text of the sources, written as it is: `sources.markup.check_texts` refused any unsafe HTML in it."""
    return Markup(text)


@jinja2.pass_eval_context
def _finalize(eval_ctx: jinja2.nodes.EvalContext, value: object) -> object:
    # Every value a page writes is plain text unless marked otherwise; `[` and `{` included,
    # so Markdown cannot make a link or attributes of a title either.
    return plain(value) if eval_ctx.autoescape else value


_MARKDOWN = md.Markdown(extensions=["attr_list"])


@functools.lru_cache(maxsize=4096)
def inline_markdown(text: str) -> str:
    """Markdown of a short text as HTML without the wrapping paragraph (for raw-HTML blocks)."""
    # One converter, reset between texts: building a new one per text dominated rendering time.
    html = clean(_MARKDOWN.reset().convert(text))  # checked already; cleaned again in case
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return html


ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("builder.site", "templates"),
    undefined=jinja2.StrictUndefined,
    # Templates are named NAME.html.j2 / NAME.md.j2: select_autoescape matches the end of the name.
    autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2", "md.j2"), default_for_string=False),
    finalize=_finalize,
    keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True,
)
ENV.filters["indent_md"] = _indent_md
ENV.filters["markdown"] = _markdown
