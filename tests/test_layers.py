"""builder/ keeps its imports flowing one way: sources → diagnostic → site → publish, with the CLI on top.

The course model (schema/, course.py, studytime.py) and the problems vocabulary (problems.py) span every
stage, so every stage may use them; they use no stage. Inside site/ the same holds: the pure pages
(pages/, search/) use neither mkdocs' integration (mkdocs/) nor the parts that write, build and serve
(write.py, build.py, serve.py); mkdocs/ uses the pages but not those; later stages use site/ through
its package (`builder.site`) and its spine (`builder.site.build`) only.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BUILDER = Path(__file__).resolve().parents[1] / "builder"

# Lower number = lower in the pipeline. A module may import its own rank or lower.
RANK = {
    "problems": 0,
    "schema": 1,
    "course": 2,
    "studytime": 2,
    "sources": 3,
    "diagnostic": 4,
    "site": 5,
    "publish": 6,
    "cli": 7,
    "__main__": 7,
}


def unit_of(module: str) -> str | None:
    """`builder.site.render` → `site`; None for what lies outside the builder (or the package root)."""
    parts = module.split(".")
    if parts[0] != "builder" or len(parts) < 2:
        return None
    return parts[1]


def imports(path: Path) -> list[tuple[int, str]]:
    """(line, absolute module) of every import in a builder module, relative ones resolved."""
    package = ".".join(path.relative_to(BUILDER.parent).with_suffix("").parts[:-1])
    return imports_in(path.read_text(encoding="utf-8"), package)


def imports_in(source: str, package: str) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if node.module is None:  # `from . import x`: each name is a module of that package
                found += [(node.lineno, f"{target}.{alias.name}") for alias in node.names]
            else:
                found.append((node.lineno, target))
    return found


MODULES = sorted(p for p in BUILDER.rglob("*.py"))


def test_every_part_of_the_builder_has_a_rank():
    units = {unit_of(".".join(p.relative_to(BUILDER.parent).with_suffix("").parts)) for p in MODULES}
    assert units - {None, "__init__"} <= set(RANK), units - set(RANK)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(BUILDER)))
def test_no_stage_imports_a_later_one(path: Path):
    here = unit_of(".".join(path.relative_to(BUILDER.parent).with_suffix("").parts))
    if here in (None, "__init__"):
        return
    wrong = [f"line {line}: {target}" for line, target in imports(path)
             if (unit := unit_of(target)) in RANK and RANK[unit] > RANK[here]]
    assert not wrong, f"builder/{path.relative_to(BUILDER)} ({here}) imports a later stage: {wrong}"


def test_the_check_resolves_relative_imports_so_an_upward_one_is_seen():
    source = "from ..site import render\nfrom ..diagnostic.scoring import Instrument\nfrom . import load\n"
    found = [t for _, t in imports_in(source, "builder.sources")]
    assert found == ["builder.site", "builder.diagnostic.scoring", "builder.sources.load"]
    assert [RANK[unit_of(t)] > RANK["sources"] for t in found] == [True, True, False]


def test_the_top_level_holds_only_what_spans_the_stages():
    top = sorted(p.name for p in BUILDER.iterdir() if p.suffix == ".py")
    # studytime.py belongs to the course model: Course.minutes() is what every page shows.
    assert top == ["__init__.py", "__main__.py", "course.py", "problems.py", "studytime.py"]


# Inside site/: lower number = nearer the pure end.
SITE_RANK = {"search": 0, "pages": 1, "mkdocs": 2, "write": 3, "build": 4, "serve": 5, "__init__": 6}


def site_part(module: str) -> str | None:
    parts = module.split(".")
    return parts[2] if parts[:2] == ["builder", "site"] and len(parts) > 2 else None


@pytest.mark.parametrize("path", sorted((BUILDER / "site").rglob("*.py")), ids=lambda p: str(p.relative_to(BUILDER)))
def test_inside_the_site_the_pure_pages_use_neither_mkdocs_nor_the_writers(path: Path):
    here = site_part(".".join(path.relative_to(BUILDER.parent).with_suffix("").parts)) or "__init__"
    wrong = [f"line {line}: {target}" for line, target in imports(path)
             if (part := site_part(target)) in SITE_RANK and SITE_RANK[part] > SITE_RANK[here]]
    assert not wrong, f"builder/{path.relative_to(BUILDER)} ({here}) imports a later part of site/: {wrong}"


@pytest.mark.parametrize("path", sorted((BUILDER / "publish").rglob("*.py")) + sorted((BUILDER / "cli").rglob("*.py")),
                         ids=lambda p: str(p.relative_to(BUILDER)))
def test_later_stages_use_the_site_through_its_package_and_its_spine(path: Path):
    reached = [f"line {line}: {target}" for line, target in imports(path)
               if target.startswith("builder.site.") and target not in ("builder.site.build", "builder.site.serve")]
    assert not reached, f"builder/{path.relative_to(BUILDER)} reaches into site/: {reached}"
