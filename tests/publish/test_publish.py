"""`course package`: the SCORM 1.2 manifest, what each zip holds, same bytes every time, and a failed run
that leaves the last good packages alone."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from urllib.parse import unquote

import pytest

from builder.problems import ContentError
from builder.publish import scorm
from builder.publish.manifest import ADLCP, IMSCP, manifest, xml_id
from builder.publish.package import package
from builder.site.write import MARKER

from ..conftest import FIXTURES, ROOT, make_course, needs

NCNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")
SCORM_ZIP, OFFLINE_ZIP = "selaras-1.0.0-scorm12.zip", "selaras-1.0.0-offline.zip"


@pytest.fixture(scope="module")
def packaged(tmp_path_factory) -> Path:
    """The mini course, packaged once into its dist/."""
    root = make_course(tmp_path_factory.mktemp("publish") / "course")
    package(root, root / "dist")
    return root


def names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as zf:
        return zf.namelist()


def read_manifest(path: Path) -> tuple[bytes, ET.Element]:
    with zipfile.ZipFile(path) as zf:
        raw = zf.read("imsmanifest.xml")
    return raw, ET.fromstring(raw)


def test_manifest_sits_at_the_root_with_the_literal_prefix_and_schema_version(packaged: Path):
    raw, root = read_manifest(packaged / "dist" / SCORM_ZIP)
    assert "imsmanifest.xml" in names(packaged / "dist" / SCORM_ZIP)
    assert b'adlcp:scormtype="sco"' in raw  # Moodle looks for this exact attribute name
    assert b'xmlns:adlcp="' + ADLCP.encode() + b'"' in raw
    ns = {"c": IMSCP}
    assert root.tag == f"{{{IMSCP}}}manifest"
    assert root.find("c:metadata/c:schema", ns).text == "ADL SCORM"
    assert root.find("c:metadata/c:schemaversion", ns).text == "1.2"
    orgs = root.findall("c:organizations/c:organization", ns)
    resources = root.findall("c:resources/c:resource", ns)
    assert len(orgs) == 1 and len(resources) == 1
    assert root.find("c:organizations", ns).get("default") == orgs[0].get("identifier")
    items = orgs[0].findall("c:item", ns)
    assert len(items) == 1 and items[0].get("identifierref") == resources[0].get("identifier")
    assert resources[0].get(f"{{{ADLCP}}}scormtype") == "sco"
    assert resources[0].get("href") == "scorm.html"
    for el in root.iter():
        if el.get("identifier") is not None:
            assert NCNAME.match(el.get("identifier")), el.get("identifier")


def test_every_listed_file_is_in_the_zip_and_every_file_is_listed(packaged: Path):
    zipped = set(names(packaged / "dist" / SCORM_ZIP))
    _, root = read_manifest(packaged / "dist" / SCORM_ZIP)
    listed = {unquote(f.get("href")) for f in root.iter(f"{{{IMSCP}}}file")}
    assert listed == zipped - {"imsmanifest.xml"}
    assert {"scorm.html", "scorm.js", "id/index.html", "en/index.html", "id/lessons/handoff.html"} <= listed


def test_identifiers_are_valid_xml_ids_whatever_the_course_id():
    assert xml_id("selaras-1.0.0") == "selaras-1.0.0"
    for text in ("1-course-2.0", "a b/c", "é"):
        assert NCNAME.match(xml_id(text)), text
    raw = manifest("2course", "1.0", "T & <T>", "scorm.html", ["a b.html"])
    root = ET.fromstring(raw)
    assert all(NCNAME.match(el.get("identifier")) for el in root.iter() if el.get("identifier"))
    assert root.find(f"{{{IMSCP}}}organizations/{{{IMSCP}}}organization/{{{IMSCP}}}title").text == "T & <T>"


def test_the_scorm_zip_holds_the_launch_page_and_both_languages(packaged: Path):
    zipped = set(names(packaged / "dist" / SCORM_ZIP))
    for lang in ("id", "en"):
        assert {f"{lang}/index.html", f"{lang}/diagnostic.html", f"{lang}/search/search_index.js",
                f"{lang}/assets/iframe-worker-shim.js", f"{lang}/assets/iframe-worker-LICENSE.txt",
                # the slides run inside the LMS too, with reveal.js and its notes plugin beside them
                f"{lang}/slides/handoff.html", f"{lang}/assets/reveal/reveal.js", f"{lang}/assets/reveal/notes.js",
                f"{lang}/assets/reveal/reveal.css", f"{lang}/assets/reveal/LICENSE",
                f"{lang}/assets/slides.js"} <= zipped
    assert MARKER not in zipped
    assert not [n for n in zipped if n.endswith(".map")], "source maps are for developer tools only"
    with zipfile.ZipFile(packaged / "dist" / SCORM_ZIP) as zf:
        page = zf.read("scorm.html").decode("utf-8")
    assert '<script src="scorm.js"></script>' in page and 'id="selaras-course"' in page
    assert "http://" not in page and "https://" not in page


def test_the_offline_zip_is_the_site_in_one_folder(packaged: Path):
    zipped = names(packaged / "dist" / OFFLINE_ZIP)
    assert {n.split("/")[0] for n in zipped} == {"selaras-1.0.0"}
    inside = {n.split("/", 1)[1] for n in zipped}
    assert {"index.html", "id/index.html", "en/index.html", "id/search/search_index.js", "en/search/search_index.js",
            "en/assets/iframe-worker-shim.js", "en/assets/iframe-worker-LICENSE.txt"} <= inside
    assert MARKER not in inside and "scorm.html" not in inside and "imsmanifest.xml" not in inside


def test_pages_load_the_shipped_search_shim_and_nothing_from_unpkg(packaged: Path):
    with zipfile.ZipFile(packaged / "dist" / OFFLINE_ZIP) as zf:
        html = zf.read("selaras-1.0.0/en/lessons/handoff.html").decode("utf-8")
        shim = zf.read("selaras-1.0.0/en/assets/iframe-worker-shim.js")
    # loaded only from file://, ahead of Material's bundle
    loader = ('<script>location.protocol==="file:"&&document.write('
              '\'<script src="\'+"../assets/iframe-worker-shim.js"+\'"><\\/script>\')</script>')
    assert loader in html and html.index(loader) < html.index("assets/javascripts/bundle.")
    assert html.count("iframe-worker") == 1
    assert "unpkg.com" not in html
    vendored = needs(ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js", "npm's iframe-worker",
                     "run `npm ci` (make test does)")
    assert shim == vendored.read_bytes()


def test_the_same_course_gives_the_same_bytes(packaged: Path, tmp_path: Path):
    package(packaged, tmp_path / "again")
    for name in (SCORM_ZIP, OFFLINE_ZIP):
        assert (tmp_path / "again" / name).read_bytes() == (packaged / "dist" / name).read_bytes(), name


def _cli(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "builder", "--root", str(root), "--lang", "en", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_a_failed_package_says_what_build_says_and_leaves_dist_alone(tmp_path: Path):
    root = make_course(tmp_path / "course")
    ok = _cli(root, "package")
    assert ok.returncode == 0, ok.stderr
    assert SCORM_ZIP in ok.stdout and OFFLINE_ZIP in ok.stdout
    before = {p.name: p.read_bytes() for p in (root / "dist").iterdir()}
    # a mistake in the sources, taken from a bad-input fixture
    broken = make_course(tmp_path / "broken", FIXTURES / "bad" / "missing-field")
    (broken / "dist").mkdir()
    for name, data in before.items():
        (broken / "dist" / name).write_bytes(data)
    built = _cli(broken, "build", "--out", str(tmp_path / "site"))
    packed = _cli(broken, "package")
    assert built.returncode == packed.returncode == 1
    assert packed.stderr == built.stderr and "missing" not in packed.stdout
    assert {p.name: p.read_bytes() for p in (broken / "dist").iterdir()} == before
    assert not [p.name for p in broken.iterdir() if p.name.startswith(".")], "a work folder was left behind"


def test_package_refuses_a_file_as_its_folder(tmp_path: Path):
    root = make_course(tmp_path / "course")
    (root / "dist").write_text("not a folder")
    result = _cli(root, "package")
    assert result.returncode == 2 and "dist" in result.stderr


def test_a_course_whose_progress_cannot_fit_in_suspend_data_is_refused(packaged: Path, monkeypatch):
    from builder.sources.load import load_course

    course = load_course(packaged)
    bound = scorm.suspend_bound(course)
    assert bound < scorm.SUSPEND_LIMIT
    monkeypatch.setattr(scorm, "SUSPEND_LIMIT", bound - 1)
    with pytest.raises(ContentError) as err:
        scorm.scorm_files(course, packaged / "nowhere")
    assert [p.code for p in err.value.problems] == ["scorm_too_big"]


def test_the_launch_page_knows_every_check_and_the_keys_the_scripts_use(packaged: Path):
    from builder.site.pages.quiz import storage_key
    from builder.sources.load import load_course

    course = load_course(packaged)
    data = scorm.launch_data(course)
    assert data["quizzes"] == [[storage_key(course.quiz_of(lesson)), len(course.quiz_of(lesson).questions)]
                               for lesson in course.lessons]
    assert data["start"] == f"{course.academy.default_language}/index.html"
    saved_answers = (ROOT / "builder" / "site" / "assets" / "diagnostic" / "saved-answers.js").read_text(
        encoding="utf-8")
    assert f'var STORE_KEY = "{scorm.DIAGNOSTIC_KEY}";' in saved_answers


def test_the_shipped_launch_script_is_the_source_minified(packaged: Path):
    """What an LMS loads is assets/scorm.js as esbuild minifies it: regenerate with `make scorm-js`."""
    esbuild = needs(ROOT / "node_modules" / ".bin" / "esbuild", "esbuild minifies the launch script", "run `npm ci`")
    fresh = subprocess.run([str(esbuild), str(scorm.ASSETS / scorm.SCRIPT), "--minify", "--target=es5",
                            "--legal-comments=none", "--log-level=warning"],
                           capture_output=True, text=True, timeout=60, check=True).stdout
    assert scorm.SHIPPED_SCRIPT.read_text(encoding="utf-8") == fresh, "scorm.min.js is stale: run `make scorm-js`"
    with zipfile.ZipFile(packaged / "dist" / SCORM_ZIP) as zf:
        assert zf.read(scorm.SCRIPT).decode("utf-8") == fresh


def test_the_launch_page_finishes_on_pagehide_never_on_unload():
    """Current Moodle (and browsers' back-forward cache) block `unload`; `pagehide` always fires."""
    js = (scorm.ASSETS / scorm.SCRIPT).read_text(encoding="utf-8")
    assert 'addEventListener("pagehide", finish)' in js
    assert '"unload"' not in js and "onunload" not in js and "beforeunload" not in js
    assert js.count('LMSInitialize("")') == 1 and js.count('LMSFinish("")') == 1


@pytest.fixture(scope="module")
def packaged_editions(tmp_path_factory) -> Path:
    """The two-edition fixture course, packaged once."""
    root = make_course(tmp_path_factory.mktemp("editions") / "course", FIXTURES / "editions")
    package(root, root / "dist")
    return root


def test_every_edition_gets_its_two_packages_named_after_it(packaged_editions: Path):
    written = sorted(p.name for p in (packaged_editions / "dist").iterdir())
    assert written == ["selaras-b2b-1.0.0-offline.zip", "selaras-b2b-1.0.0-scorm12.zip", "selaras-b2b-1.0.0-slides.zip",
                       "selaras-fmcg-1.0.0-offline.zip", "selaras-fmcg-1.0.0-scorm12.zip",
                       "selaras-fmcg-1.0.0-slides.zip"]
    for edition, name in (("fmcg", "Distributor FMCG"), ("b2b", "Pemasok industri B2B")):
        raw, root = read_manifest(packaged_editions / "dist" / f"selaras-{edition}-1.0.0-scorm12.zip")
        ns = {"c": IMSCP}
        assert root.find("c:organizations/c:organization/c:title", ns).text.endswith(f"({name})")
        assert root.get("identifier").startswith(xml_id(f"selaras-{edition}"))
        offline = names(packaged_editions / "dist" / f"selaras-{edition}-1.0.0-offline.zip")
        assert all(n.startswith(f"selaras-{edition}-1.0.0/") for n in offline)
        with zipfile.ZipFile(packaged_editions / "dist" / f"selaras-{edition}-1.0.0-offline.zip") as zf:
            home = zf.read(f"selaras-{edition}-1.0.0/id/index.html").decode("utf-8")
            credit_page = zf.read(f"selaras-{edition}-1.0.0/en/credits.html").decode("utf-8")
        assert f"Edisi: {name}" in home
        assert "Edition: " in credit_page
    # each edition's own case, in its own package only
    with zipfile.ZipFile(packaged_editions / "dist" / "selaras-b2b-1.0.0-offline.zip") as zf:
        lesson = zf.read("selaras-b2b-1.0.0/en/lessons/handoff.html").decode("utf-8")
    assert "PT Baja Presisi" in lesson and "PT Arunika" not in lesson


def test_without_editions_the_package_names_stay_as_they_were(packaged: Path):
    assert sorted(p.name for p in (packaged / "dist").iterdir()) == sorted([SCORM_ZIP, OFFLINE_ZIP,
                                                                            "selaras-1.0.0-slides.zip"])
