"""An installed builder carries every file it reads: each data file of builder/ is named by pyproject.toml's
package-data (an editable install hides a missing one; a wheel would not)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_data_file_of_the_builder_is_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["builder"]
    package = ROOT / "builder"
    covered = {p for pattern in patterns for p in package.glob(pattern) if p.is_file()}
    data = {p for p in package.rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc")
            and "__pycache__" not in p.parts}
    assert not sorted(str(p.relative_to(ROOT)) for p in data - covered)
