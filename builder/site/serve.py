"""`course serve`: build, serve on localhost, rebuild and reload the browser when a source changes.

A broken edit prints its problems and keeps the last good pages online.
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from typing import Callable

from .build import build, close_workers, theme_dir
from ..sources.load import SOURCE_DIRS
from ..problems import ContentError


def serve(root: Path, out: Path, *, host: str, port: int, lang_of: Callable[[], str],
          rebuild: Callable[[], None] | None = None) -> None:
    from mkdocs.livereload import LiveReloadServer

    def rebuild_site() -> None:
        started = time.perf_counter()
        try:
            build(root, out, keep_workers=True)
        except ContentError as exc:
            print(exc.report(lang_of()), file=sys.stderr, flush=True)
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
    try:
        server.serve()
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
    finally:
        server.shutdown()
        close_workers()
