"""The sources' Markdown texts go into the pages as cleaned HTML, never as Markdown.

A page template writes `{{ text | markdown }}`. The filter turns the text into cleaned HTML on
its own (`sources.markup.render`) and leaves in the page's Markdown a token: one word that
Markdown cannot change. When mkdocs turns the page into HTML, `FragmentsExtension` puts each
token's HTML into the page's element tree in its place:

- after Markdown's inline syntax and attribute lists have run, so nothing in a text is read as
  Markdown a second time and no text can add attributes to the page's own elements;
- before the table of contents and mkdocs' link checks, so those see the headings and links of
  every text (a link to a missing page is still reported at its line).

Tokens carry a number drawn when the builder starts, so a text of the sources cannot forge one;
they never reach a published page (`missing_tokens` is checked by the build).
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import xml.etree.ElementTree as etree
from html.parser import HTMLParser
from pathlib import Path

import markdown

_NONCE = secrets.token_hex(6)
_TOKEN = re.compile(rf"selaras{_NONCE}x[0-9a-f]{{24}}")

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
    return {t: _registry[t] for text in texts for t in _TOKEN.findall(text)}


def forget() -> None:
    """Drop every token (a new build renders its pages afresh); keeps a long preview session small."""
    _registry.clear()
    _markdown.clear()


def readable(text: str) -> str:
    """`text` with each token replaced by its HTML: how a page reads, for golden files and tests."""
    return _TOKEN.sub(lambda m: _registry[m.group(0)], text)


def missing_tokens(html: str) -> list[str]:
    """Tokens left in a finished page: a template put one where no text of the page is read."""
    return _TOKEN.findall(html)


def write(fragments: dict[str, str], folder: Path) -> None:
    (folder / FILE).write_text(json.dumps(fragments, ensure_ascii=False, sort_keys=True), encoding="utf-8")


def read(folder: Path) -> dict[str, str]:
    path = folder / FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


# --- into the page's tree -------------------------------------------------------------------

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_BLOCK = {"address", "article", "aside", "blockquote", "details", "dialog", "dd", "div", "dl", "dt",
          "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
          "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "ul"}
# Markdown's own placeholders (STX…ETX) would be expanded by its last steps; a text never has them.
_PLACEHOLDER_CHARS = re.compile("[\x02\x03]")


class _TreeBuilder(HTMLParser):
    """Cleaned HTML (well-formed, written by html5ever) as children of one `<div>`."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = etree.Element("div")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        # mkdocs rewrites every link's href and image's src, and stops on one without: a link
        # left without an address is plain text, an image without a source is its alt text.
        if tag == "a" and "href" not in values:
            tag = "span"
        if tag == "img" and "src" not in values:
            self.handle_data(values.get("alt", ""))
            return
        element = etree.SubElement(self.stack[-1], tag, values)
        if tag not in _VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        tag = "span" if tag == "a" and self.stack[-1].tag == "span" else tag
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        data = _PLACEHOLDER_CHARS.sub("", data)
        parent = self.stack[-1]
        if len(parent):
            parent[-1].tail = (parent[-1].tail or "") + data
        else:
            parent.text = (parent.text or "") + data


def _parse(html: str) -> etree.Element:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def _unwrapped(holder: etree.Element) -> etree.Element:
    """A single paragraph's content, for a token that sits inside other text (a list item, a label)."""
    if len(holder) == 1 and holder[0].tag == "p" and not (holder.text or "").strip() \
            and not (holder[0].tail or "").strip():
        return holder[0]
    return holder


class _Placer(markdown.treeprocessors.Treeprocessor):
    def __init__(self, md: markdown.Markdown, fragments: dict[str, str]) -> None:
        super().__init__(md)
        self.fragments = fragments

    def run(self, root: etree.Element) -> None:
        # The elements a text brings are not in this list: nothing inside them is looked at again.
        for parent in list(root.iter()):
            self._place_in(parent)

    def _place_in(self, parent: etree.Element) -> None:
        # A paragraph that is only a token becomes the text's own blocks ...
        for child in list(parent):
            key = (child.text or "").strip()
            if child.tag == "p" and len(child) == 0 and key in self.fragments:
                self._replace_paragraph(parent, child, _parse(self.fragments[key]))
        # ... anywhere else a token stands inside other text: the text is put in its place.
        if parent.text and _TOKEN.search(parent.text):
            parent.text, nodes = self._split(parent.text)
            for n, node in enumerate(nodes):
                parent.insert(n, node)
        for child in list(parent):
            if child.tail and _TOKEN.search(child.tail):
                child.tail, nodes = self._split(child.tail)
                at = list(parent).index(child) + 1
                for n, node in enumerate(nodes):
                    parent.insert(at + n, node)

    @staticmethod
    def _replace_paragraph(parent: etree.Element, paragraph: etree.Element, holder: etree.Element) -> None:
        at = list(parent).index(paragraph)
        tail = paragraph.tail
        parent.remove(paragraph)
        children = list(holder)
        if not any(c.tag in _BLOCK for c in children):  # inline content only: it stays a paragraph
            wrapper = etree.Element("p")
            wrapper.text = holder.text
            wrapper.extend(children)
            children = [wrapper]
        elif (holder.text or "").strip():
            lead = etree.Element("p")
            lead.text = holder.text
            children.insert(0, lead)
        for n, node in enumerate(children):
            parent.insert(at + n, node)
        children[-1].tail = (children[-1].tail or "") + (tail or "")

    def _split(self, text: str) -> tuple[str, list[etree.Element]]:
        """The text before the first token, and the elements that take the tokens' places."""
        pieces = _TOKEN.split(text)
        head = [pieces[0]]
        nodes: list[etree.Element] = []

        def add_text(more: str) -> None:
            if nodes:
                nodes[-1].tail = (nodes[-1].tail or "") + more
            else:
                head[0] += more

        for key, after in zip(_TOKEN.findall(text), pieces[1:]):
            content = _unwrapped(_parse(self.fragments[key]))
            add_text(content.text or "")
            nodes.extend(content)
            add_text(after)
        return head[0], nodes


class FragmentsExtension(markdown.Extension):
    """Puts the cleaned HTML of the sources' texts in place of their tokens (see the module's doc)."""

    def __init__(self, fragments: dict[str, str]) -> None:
        super().__init__()
        self.fragments = fragments

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        # After 'inline' (20), 'prettify' (10) and 'attr_list' (8); before 'toc' (5) and mkdocs'
        # anchor and link checks (5, 0).
        md.treeprocessors.register(_Placer(md, self.fragments), "selaras_fragments", 6)
