"""`course serve`: build, serve on localhost, rebuild and reload the browser when a source changes.

A broken edit prints its problems and keeps the last good pages online; so does any
other failure of a rebuild (mkdocs, a worker process, the disk): the preview must
outlive whatever happens while someone edits. SIGTERM stops it as Ctrl+C does,
worker processes included.

The server is mkdocs' live-reload server with five changes (`PreviewServer`): it answers
only requests addressed to this machine by name or address (a web page elsewhere cannot
point a host name of its own at it and read the draft course), it serves the last good
pages while a rebuild runs (builds are swapped in whole, so there is never a half-built
site to hide), an odd path is a 404, never a 500, it keeps more connections waiting, and
each page it serves shows the problems of a broken save in a box over the page
(preview/overlay.js, as Vite, Hugo and Docusaurus do), gone at the next good save. The box
is added as the page is served: no built site ever holds it.
"""

from __future__ import annotations

import io
import ipaddress
import json
import logging
import os
import posixpath
import re
import signal
import sys
import time
import traceback
import urllib.parse
import wsgiref.util
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Callable, Iterable

from ..problems import CourseError, notice
from ..sources.load import SOURCE_DIRS
from .build import build
from .mkdocs.config import theme_dir
from .mkdocs.run import close_workers

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIEnvironment

    from mkdocs.livereload import LiveReloadServer


OVERLAY = (Path(__file__).parent / "preview" / "overlay.js").read_bytes()
PROBLEMS_PATH = "/.selaras-preview/problems"
"""Where the overlay asks for the problems of the last save (a path no site page can have)."""


class Problems:
    """What the last rebuild left to show: the terminal's lines, or nothing once a build succeeds."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.lang = "en"

    def json(self) -> bytes:
        if not self.lines:
            return b"{}"
        t = lambda name: notice(self.lang, "notices", name)  # noqa: E731
        return json.dumps({"title": t("preview_problems_title"), "hint": t("preview_problems_hint"),
                           "close": t("preview_problems_close"), "lines": self.lines},
                          ensure_ascii=False).encode("utf-8")


def _preview_server_class() -> type[LiveReloadServer]:
    from mkdocs.livereload import LiveReloadServer

    class PreviewServer(LiveReloadServer):
        request_queue_size = 128  # the standard 5 dropped requests when a page's assets arrived at once

        def __init__(self, *, host: str, problems: Problems, **options: Any) -> None:
            super().__init__(host=host, **options)
            self.server_name_given = host
            self.problems = problems

        def _inject_js_into_html(self, content: bytes, epoch: int) -> bytes:
            page = super()._inject_js_into_html(content, epoch)
            end = page.rindex(b"</body>") if b"</body>" in page else len(page)
            return page[:end] + b"<script>" + OVERLAY + b"</script>" + page[end:]

        def host_allowed(self, header: str) -> bool:
            """A Host header naming this machine: localhost, the name served at, or any IP address."""
            name = re.sub(r":[0-9]*$", "", header.strip()).strip("[]").lower()
            if not name:
                return False
            if name in ("localhost", self.server_name_given.lower()):
                return True
            try:
                ipaddress.ip_address(name)
            except ValueError:
                return False
            return True

        def serve_request(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
            if not self.host_allowed(environ.get("HTTP_HOST", "")):
                start_response("421 Misdirected Request", [("Content-Type", "text/plain")])
                return [b"This preview answers only requests to this computer (e.g. http://127.0.0.1/)."]
            return super().serve_request(environ, start_response)

        def _serve_request(self, environ: WSGIEnvironment,
                           start_response: StartResponse) -> Iterable[bytes] | None:
            path = environ["PATH_INFO"].encode("latin-1").decode("utf-8", "ignore")
            if "\x00" in path or len(path) > 2048:
                return None  # 404
            if path == PROBLEMS_PATH:
                body = self.problems.json()
                start_response("200 OK", [("Content-Type", "application/json; charset=utf-8"),
                                          ("Cache-Control", "no-store"), ("Content-Length", str(len(body)))])
                return [body]
            if path.startswith("/livereload/"):
                match = re.fullmatch(r"/livereload/([0-9]{1,20})/[0-9]{1,20}", path)
                if match and int(match[1]) > self._visible_epoch + 10**12:
                    # An epoch no page of this preview ever had: answer now rather than hold the line.
                    start_response("200 OK", [("Content-Type", "text/plain")])
                    return [b"%d" % self._visible_epoch]
                return super()._serve_request(environ, start_response)
            # Unlike mkdocs', this does not wait for a running rebuild: `course build` swaps the new
            # site in whole, so what is on disk is always the last good site.
            rel = path + "index.html" if path.endswith("/") else path
            # Normalised as a path from the root, so `..` can never climb out of the site.
            file_path = os.path.join(self.root, posixpath.normpath("/" + rel).lstrip("/"))
            try:
                file: BinaryIO = open(file_path, "rb")  # noqa: SIM115 - handed to the WSGI server, which closes it
            except OSError:
                if not path.endswith("/") and os.path.isfile(os.path.join(file_path, "index.html")):
                    start_response("302 Found", [("Location", urllib.parse.quote(path) + "/")])
                    return []
                return None
            epoch = self._visible_epoch
            if file_path.endswith(".html"):
                with file:
                    content = self._inject_js_into_html(file.read(), epoch)
                file, length = io.BytesIO(content), len(content)
            else:
                length = os.path.getsize(file_path)
            start_response("200 OK", [("Content-Type", self._guess_type(file_path)), ("Content-Length", str(length))])
            return wsgiref.util.FileWrapper(file)

    return PreviewServer


def serve(root: Path, out: Path, *, host: str, port: int, lang_of: Callable[[], str],
          rebuild: Callable[[], None] | None = None, debug: bool = False, edition: str | None = None) -> None:

    problems = Problems()

    def rebuild_site() -> None:
        started = time.perf_counter()
        problems.lang = lang_of()
        try:
            build(root, out, edition=edition, keep_workers=True)
        except CourseError as exc:
            report = exc.report(problems.lang)
            print(report, file=sys.stderr, flush=True)
            problems.lines = report.splitlines()
            return
        except (Exception, SystemExit) as exc:  # noqa: BLE001 - mkdocs' server would stop answering until a build succeeds
            if debug:
                traceback.print_exc()
            said = notice(problems.lang, "notices", "rebuild_failed", error=f"{type(exc).__name__}: {exc}")
            print(said, file=sys.stderr, flush=True)
            problems.lines = [said]
            close_workers()  # a broken worker pool is made afresh by the next build
            return
        problems.lines = []
        print(notice(problems.lang, "notices", "rebuilt", seconds=f"{time.perf_counter() - started:.1f}"),
              file=sys.stderr, flush=True)

    logging.getLogger("mkdocs.livereload").setLevel(logging.INFO)
    if not logging.getLogger().handlers:
        logging.basicConfig(format="%(message)s", level=logging.WARNING)
    logging.getLogger("mkdocs.livereload").addHandler(logging.StreamHandler(sys.stderr))
    logging.getLogger("mkdocs.livereload").propagate = False

    server = _preview_server_class()(builder=rebuild or rebuild_site, host=host, port=port, root=str(out),
                                     polling_interval=0.25, problems=problems)  # type: ignore[call-arg]  # PreviewServer takes it
    server.build_delay = 0.05
    for folder in SOURCE_DIRS:
        server.watch(str(root / folder))
    server.watch(str(root / "mkdocs.yml"), recursive=False)
    server.watch(str(theme_dir()))
    server.watch(str(Path(__file__).parent / "pages" / "templates"))
    server.watch(str(Path(__file__).parent / "assets"))
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve()
    except KeyboardInterrupt:
        print(notice(lang_of(), "notices", "stopped"), file=sys.stderr)
    finally:
        server.shutdown()
        close_workers()


def _interrupt(signum: int, frame: object) -> None:  # noqa: ARG001 - a signal handler's signature
    # SIGTERM (a service manager, `kill`, a test) ends the preview the way Ctrl+C does,
    # so the `finally` below stops the server and the worker processes.
    raise KeyboardInterrupt
