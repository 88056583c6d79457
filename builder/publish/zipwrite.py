"""Deterministic zip files, written whole or not at all.

The same files always give the same bytes (sorted entries, one fixed timestamp, fixed
permissions), so a package can be checked by its digest and two releases compared.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from pathlib import Path
from typing import Mapping

# The earliest time a zip can hold; a fixed time keeps the bytes the same from build to build.
FIXED_TIME = (1980, 1, 1, 0, 0, 0)

Content = bytes | Path
"""A file's bytes, or the path of a file to copy."""


def write_zip(dest: Path, files: Mapping[str, Content]) -> int:
    """Write `files` (name in the zip → content) to `dest`; return its size in bytes.

    The zip is written to a temporary file beside `dest` and renamed over it, so `dest`
    is either the previous file or the complete new one, never half of either.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for name in sorted(files):
                info = zipfile.ZipInfo(name, FIXED_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                content = files[name]
                zf.writestr(info, content if isinstance(content, bytes) else Path(content).read_bytes())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes the file private; a package is for sharing
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return dest.stat().st_size


def site_files(site: Path, prefix: str = "") -> dict[str, Path]:
    """Every file of a built site, by its path in the zip (`prefix` + POSIX path).

    Left out: the builder's marker, and Material's source maps (`*.map`), which only a
    browser's developer tools ever ask for; they were a third of each package.
    """
    from ..site import MARKER

    return {prefix + p.relative_to(site).as_posix(): p
            for p in site.rglob("*") if p.is_file() and p.name != MARKER and p.suffix != ".map"}
