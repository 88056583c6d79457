"""The one Jinja2 environment of the builder: strict (an undefined name is an error), escaping every page.

Pages are NAME.md.j2 (Markdown) or NAME.html.j2; both escape each value they write as
plain text (`markup.plain`). A Markdown text of the sources is written with `| markdown`:
it becomes cleaned HTML on its own, and the page holds a token for it (`fragments`), so
its Markdown never reaches mkdocs. HTML the builder made itself is `Markup`.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

import jinja2
from markupsafe import Markup

from ...sources.markup import inline_html, plain, render
from . import fragments


def _indent_md(text: str, n: int = 4) -> str:
    # Markdown boxes (admonitions) need their body indented; blank lines stay blank.
    out = "\n".join((" " * n + line) if line.strip() else "" for line in text.splitlines())
    return Markup(out) if isinstance(text, Markup) else out


def _markdown(text: str) -> Markup:
    """A Markdown text of the sources as a token for its cleaned HTML (see `fragments`)."""
    text = str(text).strip()
    return Markup(fragments.token(render(text).html, text)) if text else Markup("")


@jinja2.pass_eval_context
def _finalize(eval_ctx: jinja2.nodes.EvalContext, value: object) -> object:
    # Every value a page writes is plain text unless marked otherwise; `[` and `{` included,
    # so Markdown cannot make a link or attributes of a title either.
    return plain(value) if eval_ctx.autoescape else value


def script_json(data: Any) -> Markup:
    """JSON safe inside <script>: no `</script>`, `<!--` or `&` can end or confuse the element.

    `<!--<script>` in a text would otherwise switch the browser's script parser into a state
    that swallows the rest of the page, scripts and all."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text)


def inline_markdown(text: str) -> Markup:
    """A short Markdown text as cleaned HTML without its paragraph, for the builder's own HTML blocks."""
    return inline_html(text)


class _QuietBytecodeCache(jinja2.FileSystemBytecodeCache):
    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        # A full or read-only disk costs only the next run's compiling.
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept between runs: compiling them is a good part of the builder's own time on
    every build and preview. Jinja keeps them in the user's own temporary folder, which it makes private
    (0700) and refuses when someone else owns it (compiled code is run); then, or when that folder
    cannot be made, templates are compiled each run as before. A template's cached code is used only
    while its source is unchanged (Jinja keys it by the source's checksum)."""
    try:
        return _QuietBytecodeCache()
    except (OSError, RuntimeError):
        return None


ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("builder.site.pages", "templates"),
    bytecode_cache=_bytecode_cache(),
    undefined=jinja2.StrictUndefined,
    # Templates are named NAME.html.j2 / NAME.md.j2: select_autoescape matches the end of the name.
    autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2", "md.j2"), default_for_string=False),
    finalize=_finalize,
    keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True,
)
ENV.filters["indent_md"] = _indent_md
ENV.filters["markdown"] = _markdown
