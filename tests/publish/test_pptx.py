"""The editable PowerPoint decks (publish/pptx.py): one per lesson, language and edition, in the slides zip
`course package` writes; each opens with python-pptx, every slide has its title, nothing lies off the
slide, the notes pane holds the talk-track, the academy's colours and a font every office has. When
LibreOffice is installed (`soffice`; .ci/run installs it), a deck converts to a PDF of one page a slide."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile

import pytest
import yaml
from pptx import Presentation
from pptx.util import Emu

from builder.publish import pptx
from builder.publish.package import package, slides_name
from builder.site import slides
from builder.sources.load import load_editions

from ..conftest import FIXTURES, browser_required, make_course


@pytest.fixture(scope="module")
def editions(course_root):
    return load_editions(course_root)


def shapes_of(presentation):
    for number, slide in enumerate(presentation.slides, start=1):
        for shape in slide.shapes:
            yield number, slide, shape


def test_every_deck_opens_with_its_titles_inside_the_slide_and_its_notes(editions, course_root):
    academy = yaml.safe_load((course_root / "course" / "academy.yaml").read_text(encoding="utf-8"))
    primary = academy["colours"]["primary"].lstrip("#").upper()
    for course in editions:
        for lang in ("id", "en"):
            for deck in slides.decks(course, lang):
                prs = Presentation(io.BytesIO(pptx.deck_bytes(deck)))
                assert len(prs.slides) == len(deck.slides)
                for slide, model in zip(prs.slides, deck.slides, strict=True):
                    assert slide.shapes.title is not None and slide.shapes.title.text == model.title
                    assert slide.notes_slide.notes_text_frame.text == "\n".join(model.notes)
                    if model.kind != "title":
                        run = slide.shapes.title.text_frame.paragraphs[0].runs[0]
                        assert str(run.font.color.rgb) == primary and run.font.name == pptx.FONT
                for number, _, shape in shapes_of(prs):
                    assert shape.left >= 0 and shape.top >= 0, (number, shape.name)
                    assert shape.left + shape.width <= prs.slide_width, (number, shape.name)
                    assert shape.top + shape.height <= prs.slide_height, (number, shape.name)
                    if shape.has_text_frame:
                        sizes = [r.font.size for p in shape.text_frame.paragraphs for r in p.runs if r.font.size]
                        assert all(size.pt >= pptx.TABLE_PT for size in sizes), (number, shape.name)


def test_a_figure_becomes_shapes_one_can_edit(editions):
    deck = slides.deck(editions[0], editions[0].lessons[0], "en")
    prs = Presentation(io.BytesIO(pptx.deck_bytes(deck)))
    number = next(n for n, s in enumerate(deck.slides) if s.kind == "figure" and len(s.points) > 4)
    texts = [shape.text_frame.text for shape in prs.slides[number].shapes if shape.has_text_frame]
    assert set(deck.slides[number].points) <= set(texts)


def test_the_same_course_gives_the_same_bytes(editions):
    deck = slides.deck(editions[0], editions[0].lessons[0], "id")
    assert pptx.deck_bytes(deck) == pptx.deck_bytes(deck)


def test_package_writes_every_lesson_s_deck_in_both_languages_for_each_edition(course_root, tmp_path):
    results = package(course_root, tmp_path / "dist")
    assert [r.edition for r in results] == ["fmcg", "b2b"]
    for result in results:
        assert result.slides == tmp_path / "dist" / slides_name("selaras", "1.0.0", result.edition)
        with zipfile.ZipFile(result.slides) as zf:
            stem = result.slides.name.removesuffix(".zip")
            assert sorted(zf.namelist()) == [f"{stem}/{lang}/01-handoff.pptx" for lang in ("en", "id")]
            for name in zf.namelist():
                Presentation(io.BytesIO(zf.read(name)))


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
def test_libreoffice_renders_a_deck_to_one_pdf_page_a_slide(editions, tmp_path):
    if SOFFICE is None:
        message = "LibreOffice (soffice) is missing: `apt install libreoffice-impress` (.ci/run does)"
        if browser_required():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    deck = slides.deck(editions[1], editions[1].lessons[0], "id")
    source = tmp_path / "deck.pptx"
    source.write_bytes(pptx.deck_bytes(deck))
    # Its own profile folder: a trainer's open LibreOffice, or another test's, does not get in the way.
    subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=240)
    pdf = (tmp_path / "deck.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == len(deck.slides)


def test_no_text_box_lies_off_the_slide_is_a_test_that_can_fail(editions):
    deck = slides.deck(editions[0], editions[0].lessons[0], "en")
    prs = Presentation(io.BytesIO(pptx.deck_bytes(deck)))
    prs.slides[1].shapes.add_textbox(prs.slide_width - Emu(10), 0, Emu(100), Emu(100))
    assert any(shape.left + shape.width > prs.slide_width for _, _, shape in shapes_of(prs))


def test_every_facilitator_session_has_a_deck_with_its_qr_codes_as_pictures(tmp_path):
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    root = make_course(tmp_path / "c", FIXTURES / "editions", FIXTURES / "slides", FIXTURES / "session-slides")
    academy = root / "course" / "academy.yaml"
    data = yaml.safe_load(academy.read_text(encoding="utf-8"))
    data["site_url"] = "https://belajar.akademi-contoh.co.id/selaras/"
    academy.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    course = load_editions(root)[1]
    files = pptx.deck_files(course, "x")
    sessions = [s.id for s in course.facilitator.sessions]
    assert sorted(files) == sorted([f"x/{lang}/01-handoff.pptx" for lang in ("id", "en")] +
                                   [f"x/{lang}/facilitator-{s}.pptx" for lang in ("id", "en") for s in sessions])
    for lang in ("id", "en"):
        deck = slides.session_deck(course, course.facilitator.sessions[0], lang)
        prs = Presentation(io.BytesIO(files[f"x/{lang}/facilitator-{sessions[0]}.pptx"]))
        assert [s.shapes.title.text for s in prs.slides] == [s.title for s in deck.slides]
        for slide, model in zip(prs.slides, deck.slides, strict=True):
            assert slide.notes_slide.notes_text_frame.text == "\n".join(model.notes)
            pictures = [sh for sh in slide.shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE]
            assert len(pictures) == len(model.codes)
            for shape in slide.shapes:
                assert shape.left + shape.width <= prs.slide_width and shape.top + shape.height <= prs.slide_height
        assert sum(1 for s in deck.slides if s.codes) == 2


def test_a_failure_while_writing_the_decks_beside_the_build_leaves_dist_as_it_was(course_root, tmp_path,
                                                                                   monkeypatch):
    from builder.publish import package as package_module

    def broken(course, folder):
        raise ValueError("no deck today")

    monkeypatch.setattr(package_module, "deck_files", broken)  # the forked child has the same module
    with pytest.raises((RuntimeError, ValueError), match="no deck today"):  # forked child, or thread
        package(course_root, tmp_path / "dist")
    assert not (tmp_path / "dist").exists()


def test_selaras_decks_0_leaves_the_decks_out_for_the_benchmark(course_root, tmp_path, monkeypatch):
    monkeypatch.setenv("SELARAS_DECKS", "0")
    results = package(course_root, tmp_path / "dist")
    assert all(r.slides is None for r in results)
    assert not list((tmp_path / "dist").glob("*-slides.zip"))
