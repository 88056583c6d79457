"""The offline package: the built site in one folder, for opening `index.html` from disk.

Nothing is added: the site already works from file:// — relative links, no server needed, and
search reads `search/search_index.js` with the iframe-worker shim shipped in the site (both
from Material's offline plugin, which `builder/site/build.py` turns on).
"""

from __future__ import annotations

from pathlib import Path

from ..course import Course
from .zipwrite import Content, site_files


def folder_name(course: Course) -> str:
    return f"{course.package_id}-{course.info.version}"


def offline_files(course: Course, site: Path) -> dict[str, Content]:
    """Every file of the offline zip. One top folder, so unzipping never scatters files
    into the folder the zip sits in, and `index.html` is easy to find."""
    return dict(site_files(site, prefix=folder_name(course) + "/"))
