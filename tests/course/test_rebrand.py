"""An academy rebrands the course and adds a short lesson, as course/PANDUAN.md tells an instructor to,
without a programmer: `course check` passes (advice allowed), and the builder's own tests do not notice.

The copy is made from the shipped course, so this test also shows that nothing in the tests' set-up
assumes the shipped branding: the logo's file name, the colours and the academy's name all change.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from builder.cli.main import main
from builder.sources.colours import WHITE, contrast
from builder.sources.load import check_sources, load_course

from ..conftest import FIXTURES, ROOT, logo_of, make_course

NAME = "Akademi Niaga Nusantara"
LOGO = "niaga-nusantara.svg"
COLOURS = {"primary": "#14532d", "accent": "#6b21a8"}
"""A dark green and a purple: both carry white text (WCAG AA), as course check asks."""

LOGO_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" role="img">'
            '<title>Niaga Nusantara</title><rect width="40" height="40" fill="#14532d"/></svg>\n')

pytestmark = pytest.mark.slow  # builds the whole course once


def set_key(text: str, key: str, value: str) -> str:
    """`text` with the line `key: …` (at any indent) given `value`, the rest of the file as written."""
    changed, count = re.subn(rf"(?m)^(\s*{key}:)[^\n]*$", lambda m: f"{m.group(1)} {value}", text, count=1)
    assert count == 1, key
    return changed


def rebrand(root: Path) -> None:
    """What an academy does in course/academy.yaml: a new name, logo file and colours."""
    academy = root / "course" / "academy.yaml"
    old_logo = logo_of(root)
    text = academy.read_text(encoding="utf-8")
    text = set_key(text, "name", NAME)
    text = set_key(text, "logo", LOGO)
    for key, value in COLOURS.items():
        text = set_key(text, key, f'"{value}"')
    academy.write_text(text, encoding="utf-8")
    (root / "course" / LOGO).write_text(LOGO_SVG, encoding="utf-8")
    old_logo.unlink()  # nothing may still need the old file


def add_lesson(root: Path) -> tuple[str, str]:
    """The recipe of course/PANDUAN.md ("Menambah pelajaran"): a lesson file with the next order number and a
    new id, a knowledge check of two questions named by the lesson's `quiz:`. Returns the two file names."""
    lessons = (root / "course" / "lessons").glob("*.yaml")
    order = max(yaml.safe_load(p.read_text(encoding="utf-8"))["order"] for p in lessons) + 1
    practice = yaml.safe_load((root / "course" / "model.yaml").read_text(encoding="utf-8"))["practices"][0]["id"]
    lesson = f"course/lessons/{order:02d}-visit.yaml"
    quiz = "quizzes/visit-check.yaml"
    (root / lesson).write_text(f"""\
id: visit
order: {order}
title:
  id: Kunjungan bersama ke pelanggan
  en: Visiting a customer together
summary:
  id: Satu kunjungan yang dilakukan tim sales dan tim marketing bersama-sama.
  en: One visit that the sales team and the marketing team make together.
objectives:
  - id: Menyiapkan kunjungan bersama ke pelanggan.
    en: Prepare a joint visit to a customer.
  - id: Mencatat apa yang dipelajari kedua tim dari kunjungan itu.
    en: Write down what both teams learnt from the visit.
stages: []
practices: [{practice}]
sections:
  - heading:
      id: Mengapa berkunjung bersama
      en: Why visit together
    body:
      id: |
        Tim marketing jarang bertemu pelanggan. Dalam kunjungan bersama, mereka
        mendengar sendiri keberatan yang biasa didengar tim sales.
      en: |
        The marketing team seldom meets customers. On a joint visit they hear for
        themselves the objections the sales team hears every week.
key_points:
  - id: Kunjungan bersama disiapkan oleh kedua tim.
    en: Both teams prepare the joint visit.
  - id: Setiap orang mencatat satu hal yang baru baginya.
    en: Each person notes one thing that was new to them.
  - id: Catatan itu dibahas di rapat berikutnya.
    en: The notes are discussed at the next meeting.
reflection:
  - key: last-visit
    id: Kapan terakhir kali tim marketing Anda ikut menemui pelanggan?
    en: When did your marketing team last meet a customer?
  - key: objection
    id: Keberatan pelanggan apa yang paling sering didengar tim sales Anda?
    en: Which customer objection does your sales team hear most often?
quiz: visit-check
""", encoding="utf-8")
    (root / quiz).write_text("""\
id: visit-check
title:
  id: Uji pemahaman kunjungan bersama
  en: Joint visit check
pass_percent: 50
questions:
  - id: who
    type: single
    scenario:
      id: Sebuah distributor di Sidoarjo merencanakan kunjungan ke toko terbesarnya bulan depan.
      en: A distributor in Sidoarjo is planning a visit to its largest shop next month.
    prompt:
      id: Siapa yang sebaiknya ikut kunjungan itu?
      en: Who should go on that visit?
    options:
      - text:
          id: Satu orang dari tim sales dan satu dari tim marketing
          en: One person from sales and one from marketing
        correct: true
        feedback:
          id: Tepat; keduanya mendengar keberatan yang sama dari pelanggan.
          en: Right; both hear the same objections from the customer.
      - text: {id: Tim sales saja seperti biasa, en: The sales team alone as usual}
        feedback:
          id: Kalau begitu tim marketing tetap tidak mendengar pelanggan.
          en: Then the marketing team still does not hear the customer.
      - text: {id: Manajer marketing sendirian, en: The marketing manager alone}
        feedback:
          id: Tanpa salesman, pelanggan berbicara dengan orang yang tidak dikenalnya.
          en: Without the salesperson, the customer talks to someone they do not know.
      - text: {id: Direktur bersama kedua manajer, en: The director with both managers}
        feedback:
          id: Rombongan sebesar itu membuat pelanggan sungkan berterus terang.
          en: A party that large makes the customer shy of speaking plainly.
  - id: notes
    type: true_false
    prompt:
      id: Catatan dari kunjungan bersama dibahas di rapat berikutnya.
      en: The notes from a joint visit are discussed at the next meeting.
    answer: true
    feedback_true:
      id: Benar; catatan yang tidak dibahas cepat terlupakan.
      en: Yes; notes nobody discusses are soon forgotten.
    feedback_false:
      id: Justru sebaliknya; catatan itu bahan rapat berikutnya.
      en: The opposite; the notes feed the next meeting.
""", encoding="utf-8")
    return lesson, quiz


@pytest.fixture(scope="module")
def rebranded(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("rebranded")
    for folder in ("course", "quizzes"):
        shutil.copytree(ROOT / folder, root / folder, ignore=shutil.ignore_patterns("schema"))
    shutil.copyfile(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    rebrand(root)
    add_lesson(root)
    return root


def test_the_new_colours_carry_white_text():
    assert all(contrast(value, WHITE) >= 4.5 for value in COLOURS.values())


def test_course_check_passes_with_advice_only(rebranded: Path, capsys):
    status = main(["--root", str(rebranded), "--lang", "en", "check"])
    out, err = capsys.readouterr()
    assert status == 0, err
    problems = check_sources(rebranded)
    assert problems and all(p.advice for p in problems)  # a two-question check is advised on, not refused
    assert {p.code for p in problems} == {"quiz_few_questions"}
    assert "quizzes/visit-check.yaml:6: advice: this knowledge check has 2 question(s)" in err
    course = load_course(rebranded)
    assert course.academy.name == NAME and course.academy.logo == LOGO
    assert "visit" in [lesson.id for lesson in course.lessons]


def test_the_builder_s_fixtures_work_on_the_rebranded_course(rebranded: Path, tmp_path: Path):
    from builder.site.build import build

    mini = make_course(tmp_path / "mini", source=rebranded)
    assert check_sources(mini) == []
    assert build(mini, tmp_path / "site").pages > 0
    # A planted mistake is reported exactly as against the shipped course.
    fixture = FIXTURES / "bad" / "quiz-single-correct"
    planted = make_course(tmp_path / "planted", fixture, source=rebranded)
    expected = (fixture / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert [p.format("en") for p in check_sources(planted)] == expected
