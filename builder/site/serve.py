"""`course serve`: build, serve on localhost, rebuild and reload the browser when a source changes.

A broken edit prints its problems and keeps the last good pages online; so does any
other failure of a rebuild (mkdocs, a worker process, the disk): the preview must
outlive whatever happens while someone edits. SIGTERM stops it as Ctrl+C does,
worker processes included.
"""

from __future__ import annotations

import logging
import signal
import sys
import time
import traceback
from pathlib import Path
from typing import Callable

from .build import build, close_workers, theme_dir
from ..sources.load import SOURCE_DIRS
from ..problems import ContentError, UsageError, notice


def serve(root: Path, out: Path, *, host: str, port: int, lang_of: Callable[[], str],
          rebuild: Callable[[], None] | None = None, debug: bool = False) -> None:
    from mkdocs.livereload import LiveReloadServer

    def rebuild_site() -> None:
        started = time.perf_counter()
        try:
            build(root, out, keep_workers=True)
        except ContentError as exc:
            print(exc.report(lang_of()), file=sys.stderr, flush=True)
            return
        except UsageError as exc:
            print(f"course: {exc.message(lang_of())}", file=sys.stderr, flush=True)
            return
        except (Exception, SystemExit) as exc:  # noqa: BLE001 - mkdocs' server would stop answering until a build succeeds
            if debug:
                traceback.print_exc()
            print(notice(lang_of(), "notices", "rebuild_failed", error=f"{type(exc).__name__}: {exc}"),
                  file=sys.stderr, flush=True)
            close_workers()  # a broken worker pool is made afresh by the next build
            return
        print(f"rebuilt in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)

    logging.getLogger("mkdocs.livereload").setLevel(logging.INFO)
    if not logging.getLogger().handlers:
        logging.basicConfig(format="%(message)s", level=logging.WARNING)
    logging.getLogger("mkdocs.livereload").addHandler(logging.StreamHandler(sys.stderr))
    logging.getLogger("mkdocs.livereload").propagate = False

    server = LiveReloadServer(builder=rebuild or rebuild_site, host=host, port=port, root=str(out),
                              polling_interval=0.25)
    server.build_delay = 0.05
    for folder in SOURCE_DIRS:
        server.watch(str(root / folder))
    server.watch(str(root / "mkdocs.yml"), recursive=False)
    server.watch(str(theme_dir()))
    server.watch(str(Path(__file__).parent / "templates"))
    server.watch(str(Path(__file__).parent / "assets"))
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve()
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
    finally:
        server.shutdown()
        close_workers()


def _interrupt(signum: int, frame: object) -> None:  # noqa: ARG001 - a signal handler's signature
    # SIGTERM (a service manager, `kill`, a test) ends the preview the way Ctrl+C does,
    # so the `finally` below stops the server and the worker processes.
    raise KeyboardInterrupt
