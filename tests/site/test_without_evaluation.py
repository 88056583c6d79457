"""A course without course/evaluation.yaml (an academy upgrading from a course made before it) builds a site
with no evaluation page, no evaluation part on the team page and no link to either; every link of the site
still leads to a page it has."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml

from builder.site.build import build
from builder.site.pages import evaluation as render_evaluation

from ..conftest import FIXTURES, make_course
from .test_render_escaping import parse

LANGS = ("id", "en")
PAGES = [render_evaluation.PAGE.replace(".md", ".html"), render_evaluation.PAPER_PAGE.replace(".md", ".html")]


def _build(root: Path, out: Path, evaluation: bool) -> Path:
    src = make_course(root)
    if not evaluation:
        (src / "course" / "evaluation.yaml").unlink()
    build(src, out)
    return out


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[bool, Path]:
    """The small course built with its evaluation (True) and without it (False)."""
    base = tmp_path_factory.mktemp("evaluation-optional")
    return {ev: _build(base / f"src-{ev}", base / f"out-{ev}", ev) for ev in (True, False)}


def site_prefix() -> str:
    """The path of the small course's address (`/selaras/`): the 404 pages link from there, not relatively."""
    academy = yaml.safe_load((FIXTURES / "mini" / "course" / "academy.yaml").read_text(encoding="utf-8"))
    return urlsplit(academy["site_url"]).path or "/"


def links(out: Path) -> list[tuple[Path, str]]:
    """Every link and source of every page of a built site that stays on the site: (page, address)."""
    found = []
    for page in sorted(out.rglob("*.html")):
        for _tag, attrs in parse(page.read_text(encoding="utf-8")).elements:
            for name in ("href", "src"):
                url = attrs.get(name)
                if url is None or url.startswith(("#", "//")):
                    continue
                parts = urlsplit(url)
                if not parts.scheme and parts.path:
                    found.append((page, parts.path))
    return found


def dangling(out: Path) -> list[str]:
    """The links of a built site to a file it does not have, as `page: address`."""
    prefix = site_prefix()
    out_of_place = []
    for page, path in links(out):
        if path.startswith("/"):
            assert path.startswith(prefix), (page, path)
            target = out / unquote(path[len(prefix):])
        else:
            target = page.parent / unquote(path)
        if path.endswith("/"):
            target = target / "index.html"
        if not target.exists():
            out_of_place.append(f"{page.relative_to(out).as_posix()}: {path}")
    return out_of_place


@pytest.mark.parametrize("evaluation", [True, False])
def test_every_link_of_the_site_leads_to_a_page_it_has(sites, evaluation):
    assert links(sites[evaluation])
    assert dangling(sites[evaluation]) == []


def test_the_link_check_finds_a_page_that_is_gone(sites, tmp_path):
    out = sites[True]
    kept = {lang: (out / lang / PAGES[0]).read_bytes() for lang in LANGS}
    try:
        for lang in LANGS:
            (out / lang / PAGES[0]).unlink()
        gone = dangling(out)
    finally:
        for lang, data in kept.items():
            (out / lang / PAGES[0]).write_bytes(data)
    assert any(line.startswith("en/index.html: ") and line.endswith(PAGES[0]) for line in gone), gone


@pytest.mark.parametrize("lang", LANGS)
def test_with_the_file_the_pages_are_built_and_linked(sites, lang):
    out = sites[True] / lang
    for name in PAGES:
        assert (out / name).is_file()
    assert any(p.name == "index.html" and path == PAGES[0] for p, path in links(sites[True]) if p.parent == out)
    assert 'id="ev-root"' in (out / "team.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGS)
def test_without_the_file_there_is_no_evaluation_page_part_or_link(sites, lang):
    out = sites[False] / lang
    for name in PAGES:
        assert not (out / name).exists()
    assert [f"{p.relative_to(out)}: {path}" for p, path in links(sites[False]) if "evaluation" in path] == []
    team = (out / "team.html").read_text(encoding="utf-8")
    assert 'id="dx-root"' in team and 'data-page="team"' in team
    assert 'id="ev-root"' not in team and 'id="ev-data"' not in team
