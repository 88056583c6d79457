"""The cleaned HTML of the sources' texts, put in place of their tokens inside mkdocs' element tree.

A page's Markdown holds a token for each text (site/pages/fragments.py); `FragmentsExtension`
swaps each for its HTML as elements of the page's tree:

- after Markdown's inline syntax and attribute lists have run, so nothing in a text is read as
  Markdown a second time and no text can add attributes to the page's own elements;
- before the table of contents and mkdocs' link checks, so those see the headings and links of
  every text (a link to a missing page is still reported at its line).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import markdown

from ..pages.fragments import FILE, TOKEN


def read(folder: Path) -> dict[str, str]:
    """The tokens of one language's pages and their HTML, written beside its mkdocs.yml (site/write.py)."""
    path = folder / FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


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
        self.root = ET.Element("div")
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
        element = ET.SubElement(self.stack[-1], tag, values)
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


# Most texts are one paragraph of words (options, feedback, objectives): no parser needed for those.
_ONE_PARAGRAPH = re.compile(r"<p>([^<>&\x02\x03]*)</p>")


def _parse(html: str) -> ET.Element:
    simple = _ONE_PARAGRAPH.fullmatch(html)
    if simple:
        holder = ET.Element("div")
        ET.SubElement(holder, "p").text = simple[1]
        return holder
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def _unwrapped(holder: ET.Element) -> ET.Element:
    """A single paragraph's content, for a token that sits inside other text (a list item, a label)."""
    if len(holder) == 1 and holder[0].tag == "p" and not (holder.text or "").strip() \
            and not (holder[0].tail or "").strip():
        return holder[0]
    return holder


class _Placer(markdown.treeprocessors.Treeprocessor):
    def __init__(self, md: markdown.Markdown, fragments: dict[str, str]) -> None:
        super().__init__(md)
        self.fragments = fragments

    def run(self, root: ET.Element) -> None:
        # The elements a text brings are not in this list: nothing inside them is looked at again.
        for parent in list(root.iter()):
            self._place_in(parent)

    def _place_in(self, parent: ET.Element) -> None:
        # A paragraph that is only a token becomes the text's own blocks ...
        for child in list(parent):
            key = (child.text or "").strip()
            if child.tag == "p" and len(child) == 0 and key in self.fragments:
                self._replace_paragraph(parent, child, _parse(self.fragments[key]))
        # ... anywhere else a token stands inside other text: the text is put in its place.
        if parent.text and TOKEN.search(parent.text):
            parent.text, nodes = self._split(parent.text)
            for n, node in enumerate(nodes):
                parent.insert(n, node)
        for child in list(parent):
            if child.tail and TOKEN.search(child.tail):
                child.tail, nodes = self._split(child.tail)
                at = list(parent).index(child) + 1
                for n, node in enumerate(nodes):
                    parent.insert(at + n, node)

    @staticmethod
    def _replace_paragraph(parent: ET.Element, paragraph: ET.Element, holder: ET.Element) -> None:
        at = list(parent).index(paragraph)
        tail = paragraph.tail
        parent.remove(paragraph)
        children = list(holder)
        if not any(c.tag in _BLOCK for c in children):  # inline content only: it stays a paragraph
            wrapper = ET.Element("p")
            wrapper.text = holder.text
            wrapper.extend(children)
            children = [wrapper]
        elif (holder.text or "").strip():
            lead = ET.Element("p")
            lead.text = holder.text
            children.insert(0, lead)
        for n, node in enumerate(children):
            parent.insert(at + n, node)
        children[-1].tail = (children[-1].tail or "") + (tail or "")

    def _split(self, text: str) -> tuple[str, list[ET.Element]]:
        """The text before the first token, and the elements that take the tokens' places."""
        pieces = TOKEN.split(text)
        head = [pieces[0]]
        nodes: list[ET.Element] = []

        def add_text(more: str) -> None:
            if nodes:
                nodes[-1].tail = (nodes[-1].tail or "") + more
            else:
                head[0] += more

        for key, after in zip(TOKEN.findall(text), pieces[1:], strict=True):
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
