"""A file named in the sources (the logo) must be an image inside course/: nothing else reaches the site."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.problems import ContentError, catalogue
from builder.sources.load import load_course

from ..conftest import make_course


def _with_logo(root: Path, logo: str) -> Path:
    academy = root / "course" / "academy.yaml"
    academy.write_text(academy.read_text(encoding="utf-8").replace("logo: logo.svg", f"logo: {logo}"),
                       encoding="utf-8")
    return root


def _problems(root: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_course(root)
    return [p.format("en") for p in caught.value.problems]


@pytest.mark.parametrize("logo", ["../../../etc/passwd", "/etc/shadow", "lessons/../../../course.yaml",
                                  "C:/Windows/win.ini"])
def test_a_logo_outside_the_course_folder_is_refused(tmp_path: Path, logo: str):
    root = _with_logo(make_course(tmp_path), logo)
    assert _problems(root) == [f"course/academy.yaml:6: the file `{logo}` is outside the course folder — put the "
                               "file in course/ (next to academy.yaml) and write its name only, e.g. `logo.svg`"]


def test_a_logo_that_is_not_an_image_type_is_refused(tmp_path: Path):
    root = _with_logo(make_course(tmp_path), "course.yaml")
    assert _problems(root) == ["course/academy.yaml:6: `course.yaml` is not an image of an allowed type (SVG, PNG, "
                               "JPEG, WebP) — save the logo as SVG, PNG, JPEG or WebP and write its name here"]


def test_a_logo_that_is_a_folder_or_a_dangling_link_is_refused(tmp_path: Path):
    root = _with_logo(make_course(tmp_path), "lessons")
    assert "`lessons` is not an ordinary file" in _problems(root)[0]
    (root / "course" / "gone.svg").symlink_to(root / "course" / "nowhere.svg")
    _with_logo(root, "gone.svg")
    academy = root / "course" / "academy.yaml"
    academy.write_text(academy.read_text().replace("logo: lessons", "logo: gone.svg"))
    assert "`gone.svg` is not an ordinary file" in _problems(root)[0]


def test_the_published_logo_is_the_checked_file(tmp_path: Path):
    root = make_course(tmp_path)
    course = load_course(root)
    assert list(course.files.values()) == [str((root / "course" / "logo.svg").resolve())]


@pytest.mark.parametrize("body, found", [
    ('<a href="#x"><set attributeName="href" to="javascript:alert(1)"/><circle r="4"/></a>', 'attributeName="href"'),
    ('<rect width="4" height="4" style="fill:url(https://tracker.example/x)"/>', 'style="fill:url(https://tracker'),
    ('<style>@import "https://tracker.example/x.css";</style>', "<style> @import"),
    # F-18: a stylesheet processing instruction, CSS escapes, image-set()
    ('<?xml-stylesheet type="text/css" href="https://evil.example/logo.css"?><rect/>', "<?xml-stylesheet?>"),
    ('<style>@\\69mport "https://evil.example/x.css";</style>', "<style> @import"),
    ('<style>rect{background:u\\72l(https://evil.example/x.png)}</style>', "<style> @import"),
    ('<rect style="background:u\\72l(https://evil.example/x.png)"/>', 'style="background:u\\72l('),
    ('<rect style="background:image-set(&quot;https://evil.example/x.png&quot; 1x)"/>', "style="),
    ('<rect fill="url(https://evil.example/p)"/>', 'fill="url(https://evil'),
    ('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>', "<foreignObject>"),
])
def test_an_svg_logo_that_could_run_or_fetch_something_is_refused(tmp_path: Path, body: str, found: str):
    root = make_course(tmp_path)
    (root / "course" / "logo.svg").write_text(f'<svg xmlns="http://www.w3.org/2000/svg">{body}</svg>\n')
    problems = _problems(root)
    assert len(problems) == 1 and f"the SVG `logo.svg` contains {found}" in problems[0]


def test_the_real_logo_is_accepted(tmp_path: Path):
    load_course(make_course(tmp_path))  # the course's own logo.svg passes every check


@pytest.mark.parametrize("name", ['x" onerror="alert(1).svg', "logo<b>.svg", "my logo.svg", ".hidden.svg"])
def test_a_logo_name_that_could_break_out_of_the_html_is_refused(tmp_path: Path, name: str):
    # The name is written into <img src="…"> and <link href="…"> by the theme's templates.
    root = make_course(tmp_path)
    (root / "course" / name).write_bytes((root / "course" / "logo.svg").read_bytes())
    academy = root / "course" / "academy.yaml"
    academy.write_text(academy.read_text().replace("logo: logo.svg", "logo: '" + name + "'"))
    assert _problems(root) == [f"course/academy.yaml:6: the file name `{name}` has characters that are not safe in "
                               "a web address — rename the file using only letters, digits, `-`, `_` and `.` (and "
                               "`/` for a subfolder), e.g. `logo.svg`"]


# --- source files reached through links ------------------------------------------------------------

SECRET = "password: hunter2-not-for-the-build-log\n"


def test_a_lesson_linked_to_a_file_outside_the_sources_is_not_read(tmp_path: Path):
    root = make_course(tmp_path / "c")
    outside = tmp_path / "secret.yaml"
    outside.write_text(SECRET, encoding="utf-8")
    (root / "course" / "lessons" / "02-leak.yaml").symlink_to(outside)
    (root / "quizzes" / "leak.yaml").symlink_to(outside)
    problems = _problems(root)
    message = catalogue("en")["problems"]["outside_sources"]
    said = (message["what"] + " — " + message["instead"]).format(folders="course/, quizzes/")
    assert problems == [f"course/lessons/02-leak.yaml:1: {said}", f"quizzes/leak.yaml:1: {said}"]
    assert not any("hunter2" in p for p in problems)


def test_a_lessons_folder_linked_out_of_the_course_is_not_read(tmp_path: Path):
    root = make_course(tmp_path / "c")
    elsewhere = tmp_path / "elsewhere"
    (root / "course" / "lessons").rename(elsewhere)
    (elsewhere / "02-leak.yaml").write_text(SECRET, encoding="utf-8")
    (root / "course" / "lessons").symlink_to(elsewhere, target_is_directory=True)
    problems = _problems(root)
    assert {p.split(":")[0] for p in problems if "leads outside" in p} == {
        "course/lessons/01-handoff.yaml", "course/lessons/02-leak.yaml"}
    assert not any("hunter2" in p for p in problems)


def test_a_link_between_files_of_the_sources_is_read(tmp_path: Path):
    root = make_course(tmp_path / "c")
    lesson = root / "course" / "lessons" / "01-handoff.yaml"
    kept = root / "course" / "drafts" / "01-handoff.yaml"
    kept.parent.mkdir()
    lesson.rename(kept)
    lesson.symlink_to(Path("..") / "drafts" / "01-handoff.yaml")
    assert [lesson.id for lesson in load_course(root).lessons] == ["handoff"]


def test_mkdocs_yml_linked_out_of_the_project_is_not_read(tmp_path: Path):
    root = make_course(tmp_path / "c")
    outside = tmp_path / "secret.yaml"
    outside.write_text(SECRET, encoding="utf-8")
    (root / "mkdocs.yml").unlink(missing_ok=True)
    (root / "mkdocs.yml").symlink_to(outside)
    with pytest.raises(ContentError) as caught:
        load_course(root)
    [problem] = [p.format("en") for p in caught.value.problems]
    assert problem.startswith("mkdocs.yml:1: this file is reached through a link that leads outside c/")
    assert "hunter2" not in problem


def test_an_svg_logo_with_a_stylesheet_before_its_root_is_refused(tmp_path: Path):
    root = make_course(tmp_path)
    (root / "course" / "logo.svg").write_text(
        '<?xml version="1.0"?>\n<?xml-stylesheet type="text/css" href="https://evil.example/logo.css"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>\n')
    [problem] = _problems(root)
    assert "the SVG `logo.svg` contains <?xml-stylesheet?> (its line 2)" in problem
