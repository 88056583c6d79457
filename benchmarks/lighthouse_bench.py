"""First paint on a phone: Lighthouse (npm `lighthouse`, in benchmarks/node_modules) against the built
site served with gzip from this machine, Debian's Chromium, mobile with simulated slow 4G.

`make bench` installs Lighthouse from benchmarks/package-lock.json (`npm ci --prefix benchmarks`);
the tests do not need it. Each page is measured several times and the median reported, with the
render-blocking requests Lighthouse names.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import statistics
import subprocess
import threading
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking " \
               "--disable-component-update --disable-sync"
LCP_TARGET_MS = 1200
TBT_TARGET_MS = 100
_COMPRESSED = {"text/html", "text/css", "text/javascript", "application/javascript", "application/json",
               "image/svg+xml", "text/plain"}


class _GzipHandler(SimpleHTTPRequestHandler):
    """Static files, gzip-compressed (level 6) when the browser asks for it, as a real host serves them."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's signature
        pass

    def send_head(self) -> io.BytesIO | None:  # type: ignore[override]  # a file-like object, as the base returns
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if not os.path.isfile(path):
            return super().send_head()  # type: ignore[return-value]  # the base answers 404 and returns None
        data = Path(path).read_bytes()
        kind = self.guess_type(path)
        packed = "gzip" in self.headers.get("Accept-Encoding", "") and kind.split(";")[0] in _COMPRESSED
        if packed:
            data = gzip.compress(data, 6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", kind)
        if packed:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        return io.BytesIO(data)


class GzipServer:
    """`with GzipServer(folder) as base:` serves `folder` at `base` (http://127.0.0.1:PORT) while the block runs."""

    def __init__(self, folder: Path) -> None:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_GzipHandler, directory=str(folder)))

    def __enter__(self) -> str:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@dataclass
class PageRuns:
    """Lighthouse's figures for one page over several runs."""

    url: str
    lcp_ms: list[float] = field(default_factory=list)
    tbt_ms: list[float] = field(default_factory=list)
    fcp_ms: list[float] = field(default_factory=list)
    blocking: list[str] = field(default_factory=list)
    """The render-blocking requests of the last run, as paths."""

    @property
    def lcp(self) -> float:
        return statistics.median(self.lcp_ms)

    @property
    def tbt(self) -> float:
        return statistics.median(self.tbt_ms)

    @property
    def fcp(self) -> float:
        return statistics.median(self.fcp_ms)

    @property
    def met(self) -> bool:
        return self.lcp <= LCP_TARGET_MS and self.tbt <= TBT_TARGET_MS


def available() -> str | None:
    """Why Lighthouse cannot run here, or None."""
    if not LIGHTHOUSE.exists():
        return "benchmarks/node_modules has no lighthouse: run `npm ci --prefix benchmarks` (make bench does)"
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is missing: install Debian's package chromium"
    return None


def measure(url: str, out: Path, timeout: float = 180) -> dict:
    """One Lighthouse run (performance only, its default mobile settings) of `url`; its report as data."""
    report = out / "lighthouse.json"
    subprocess.run([str(LIGHTHOUSE), url, "--only-categories=performance", "--output=json",
                    f"--output-path={report}", "--quiet", f"--chrome-flags={CHROME_FLAGS}"],
                   env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True, timeout=timeout,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return json.loads(report.read_text(encoding="utf-8"))


def run_pages(site: Path, paths: list[str], runs: int, work: Path) -> list[PageRuns]:
    """Each page of `site` measured `runs` times, taking turns so a slow spell hits every page alike."""
    work.mkdir(parents=True, exist_ok=True)
    results = [PageRuns(p) for p in paths]
    with GzipServer(site) as base:
        for _ in range(runs):
            for result in results:
                audits = measure(f"{base}/{result.url}", work)["audits"]
                result.lcp_ms.append(audits["largest-contentful-paint"]["numericValue"])
                result.tbt_ms.append(audits["total-blocking-time"]["numericValue"])
                result.fcp_ms.append(audits["first-contentful-paint"]["numericValue"])
                items = audits["render-blocking-resources"].get("details", {}).get("items", [])
                result.blocking = [urlsplit(i["url"]).path for i in items]
    return results
