"""Helpers for browser tests: accessibility checks with axe-core and a record of every request."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from ..conftest import ROOT, browser_required, make_course

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def run_axe(page, context: str | None = None) -> list[dict]:
    """Serious and critical axe-core violations on the current page (axe is injected from node_modules)."""
    if not AXE.exists():
        message = "node_modules/axe-core is missing: run `npm ci` (make test does)"
        if browser_required():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""async (ctx) => {
        const r = await axe.run(ctx ? document.querySelector(ctx) : document, {resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                       nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}));
    }""", context)
    return [v for v in result if v["impact"] in ("serious", "critical")]


@dataclass
class RequestLog:
    """Every request a page made, and every response that failed."""

    base: str
    requests: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def foreign(self) -> list[str]:
        host = urlsplit(self.base).netloc
        return [u for u in self.requests if urlsplit(u).scheme not in ("data", "blob", "about")
                and urlsplit(u).netloc != host]


def record_requests(page, base: str) -> RequestLog:
    log = RequestLog(base)
    page.on("request", lambda r: log.requests.append(r.url))
    page.on("response", lambda r: r.status >= 400 and log.failures.append(f"{r.status} {r.url}"))
    # A request the page dropped because the test moved on (ERR_ABORTED, e.g. the search index still
    # loading when a link is followed) says nothing about the site; a missing file shows as a 404 above.
    page.on("requestfailed", lambda r: "ERR_ABORTED" in (r.failure or "")
            or log.failures.append(f"failed {r.url} ({r.failure})"))
    return log


__all__ = ["run_axe", "record_requests", "RequestLog", "MEASURE", "READY"]

READY = "() => window.Reveal && Reveal.isReady()"

# The smallest text on the current slide as the room sees it: the computed size times reveal's scale
# (an SVG's text times its drawing's scale), and every element's box inside the slide's 1280 x 720.
MEASURE = """() => {
  const scale = Reveal.getScale(), slide = Reveal.getCurrentSlide();
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  let smallest = 1000, text = '';
  while (walker.nextNode()) {
    const node = walker.currentNode, el = node.parentElement;
    if (!node.textContent.trim() || el.closest('aside.notes, title, desc')) continue;
    const size = parseFloat(getComputedStyle(el).fontSize) *
                 (el instanceof SVGElement ? el.getScreenCTM().a : scale);
    if (size < smallest) { smallest = size; text = node.textContent.trim().slice(0, 60); }
  }
  const outside = [];
  slide.querySelectorAll('*').forEach(function (e) {
    if (e.closest('aside.notes')) return;
    const b = e.getBoundingClientRect();
    if (b.width && (b.bottom > 720.5 || b.right > 1280.5 || b.left < -0.5 || b.top < -0.5))
      outside.push(e.tagName + ': ' + (e.textContent || '').trim().slice(0, 40));
  });
  return {smallest: smallest, text: text, outside: outside, index: Reveal.getIndices().h};
}"""


def unzip_offline(folder: Path, *fixtures: Path) -> Path:
    """A course made from the mini course (and `fixtures` over it) in `folder`, packaged, its offline zip
    unzipped: the folder a learner opens from disk."""
    import zipfile

    from builder.publish.offline import folder_name
    from builder.publish.package import package
    from builder.sources.load import load_course

    course = make_course(folder / "src", *fixtures)
    result = package(course, folder / "dist")[0]
    with zipfile.ZipFile(result.offline) as zf:
        zf.extractall(folder / "unzipped")
    return folder / "unzipped" / folder_name(load_course(course))


def off_disk(requests: list[str]) -> list[str]:
    """The requests that left the disk (anything but file:, data:, blob: and about:)."""
    return [u for u in requests if urlsplit(u).scheme not in ("file", "data", "blob", "about")]
