"""Child process of the benchmarks: one `course build` with phase timings, printed as JSON.

Usage: python benchmarks/child_build.py ROOT OUT [SOURCES_DIR [EDITION]]
Exit status 1, with the problems on stderr, when the course does not validate.
"""

import json
import sys
import time
from pathlib import Path

started = time.perf_counter()
from builder.problems import ContentError  # noqa: E402 - the import is part of what is timed
from builder.site.build import build  # noqa: E402 - the import is part of what is timed

imported = time.perf_counter() - started
timings: dict[str, float] = {}
sources = Path(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[3] else None
edition = sys.argv[4] if len(sys.argv) > 4 else None
try:
    result = build(Path(sys.argv[1]), Path(sys.argv[2]), sources_dir=sources, timings=timings, edition=edition)
except ContentError as exc:
    print(exc.report("en"), file=sys.stderr)
    sys.exit(1)
if sources is not None:
    # For the plain-mkdocs baseline: the Markdown each fragment token stands for (benchmarks/run.py).
    from builder.site.mkdocs.fragments import read
    from builder.site.pages.fragments import FILE, markdown_of

    for folder in sources.iterdir():
        if (folder / FILE).exists():
            (folder / "fragments.markdown.json").write_text(
                json.dumps(markdown_of(read(folder)), ensure_ascii=False), encoding="utf-8")
print(json.dumps({"import": imported, **timings, "pages": result.pages}))
