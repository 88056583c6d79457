"""The sources' Markdown texts go into the pages as cleaned HTML, never as Markdown: the tokens.

A page template writes `{{ text | markdown }}`. The filter turns the text into cleaned HTML on
its own (`sources.markup.render`) and leaves in the page's Markdown a token: one word that
Markdown cannot change. When mkdocs turns the page into HTML, `site/mkdocs/fragments.py` puts
each token's HTML into the page's element tree in its place.

Tokens carry a number drawn when the builder starts, so a text of the sources cannot forge one;
they never reach a published page (`missing_tokens` is checked by the tests).
"""

from __future__ import annotations

import hashlib
import re
import secrets

_NONCE = secrets.token_hex(6)
TOKEN = re.compile(rf"selaras{_NONCE}x[0-9a-f]{{24}}")

_registry: dict[str, str] = {}
"""Token → cleaned HTML, for every text rendered since the builder started (see `forget`)."""
_markdown: dict[str, str] = {}
"""Token → the Markdown it was made from (for the benchmarks' plain-mkdocs baseline)."""

FILE = "fragments.json"
"""Where each language's tokens and their HTML are written, beside its mkdocs.yml (not in docs/)."""


def token(html: str, markdown_text: str = "") -> str:
    """A word standing for `html` (already cleaned, made from `markdown_text`) in a page's Markdown."""
    key = f"selaras{_NONCE}x{hashlib.sha256(html.encode('utf-8')).hexdigest()[:24]}"
    _registry[key] = html
    _markdown.setdefault(key, markdown_text)
    return key


def markdown_of(tokens: dict[str, str]) -> dict[str, str]:
    """The Markdown each token was made from: what a page would hold without the fragments."""
    return {t: _markdown[t] for t in tokens}


def used_in(*texts: str) -> dict[str, str]:
    """The tokens in `texts` with their HTML."""
    return {t: _registry[t] for text in texts for t in TOKEN.findall(text)}


def forget() -> None:
    """Drop every token (a new build renders its pages afresh); keeps a long preview session small."""
    _registry.clear()
    _markdown.clear()


def readable(text: str) -> str:
    """`text` with each token replaced by its HTML: how a page reads, for golden files and tests."""
    return TOKEN.sub(lambda m: _registry[m.group(0)], text)


def missing_tokens(html: str) -> list[str]:
    """Tokens left in a finished page: a template put one where no text of the page is read."""
    return TOKEN.findall(html)
