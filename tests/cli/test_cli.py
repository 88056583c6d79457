"""The `course` command: exit statuses, languages, and no traceback for instructors."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from builder import cli
from builder.problems import EXIT_INTERNAL

from ..conftest import FIXTURES, ROOT, make_course

# Most tests run the `course` command in a process of its own.
pytestmark = pytest.mark.slow


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "builder", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120)


def test_check_passes_on_the_real_course():
    result = _run("--lang", "en", "check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK:")


def test_content_problems_exit_1_with_every_line_and_no_traceback(tmp_path: Path):
    root = make_course(tmp_path, FIXTURES / "bad" / "unknown-ref")
    result = _run("--root", str(root), "--lang", "en", "check")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.count("course/lessons/01-handoff.yaml:") == 3
    assert result.stderr.strip().endswith(
        "4 problems found; nothing was built, so the site and packages are as they were.")


@pytest.mark.parametrize("lang, label, summary", [
    ("en", "advice: this knowledge check has 2 question(s)", "1 piece(s) of advice above"),
    ("id", "saran: uji pemahaman ini hanya punya 2 soal", "1 saran di atas"),
])
def test_advice_is_printed_and_the_check_and_build_pass(tmp_path: Path, lang: str, label: str, summary: str):
    root = make_course(tmp_path, FIXTURES / "bad" / "quiz-few-questions")
    for args in (("check",), ("build", "--out", str(tmp_path / "site"))):
        result = _run("--root", str(root), "--lang", lang, *args)
        assert result.returncode == 0, result.stderr
        assert f"quizzes/handoff-check.yaml:7: {label}" in result.stderr
        assert summary in result.stderr
    assert (tmp_path / "site" / "index.html").is_file()


def test_with_a_mistake_the_advice_follows_the_mistakes_and_the_check_fails(tmp_path: Path):
    root = make_course(tmp_path, FIXTURES / "bad" / "quiz-few-questions", FIXTURES / "bad" / "unknown-ref")
    result = _run("--root", str(root), "--lang", "en", "check")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    advice = [i for i, line in enumerate(lines) if ": advice: " in line]
    mistakes = [i for i, line in enumerate(lines[:-1]) if ": advice: " not in line]
    assert advice and mistakes and max(mistakes) < min(advice)
    # Advice is not counted as a problem.
    assert lines[-1] == "4 problems found; nothing was built, so the site and packages are as they were."


def test_messages_default_to_the_academy_language(tmp_path: Path):
    root = make_course(tmp_path, FIXTURES / "bad" / "missing-field")
    result = _run("--root", str(root), "check")
    assert "kolom wajib `title` belum diisi" in result.stderr  # academy.yaml says default_language: id


def test_wrong_usage_exits_2():
    assert _run("frobnicate").returncode == 2
    assert _run("build", "--out").returncode == 2


def test_output_inside_sources_is_a_usage_error(tmp_path: Path):
    root = make_course(tmp_path)
    result = _run("--root", str(root), "--lang", "en", "build", "--out", str(root / "course" / "site"))
    assert result.returncode == 2
    assert "inside course/" in result.stderr


def test_internal_errors_are_apart_from_content_errors(monkeypatch, capsys, tmp_path: Path):
    root = make_course(tmp_path)

    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("boom")

    # Every command reads the sources through this one function (each edition is assembled from it).
    monkeypatch.setattr("builder.sources.load._checked", broken)
    assert cli.main(["--root", str(root), "--lang", "en", "check"]) == EXIT_INTERNAL
    err = capsys.readouterr().err
    assert "internal error" in err and "Traceback" not in err
    assert cli.main(["--root", str(root), "--lang", "en", "--debug", "check"]) == EXIT_INTERNAL
    assert "Traceback" in capsys.readouterr().err


def test_build_writes_the_site_and_says_so(tmp_path: Path):
    root = make_course(tmp_path)
    result = _run("--root", str(root), "--lang", "en", "build")
    assert result.returncode == 0, result.stderr
    assert (root / "site" / "en" / "lessons" / "handoff.html").is_file()
    assert "Material for MkDocs" not in result.stdout + result.stderr  # the end-of-life banner stays out


def _tree(folder: Path) -> dict[str, tuple[bytes, float]]:
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_check_finds_what_build_would_and_leaves_site_untouched(tmp_path: Path):
    root = make_course(tmp_path)
    assert _run("--root", str(root), "build").returncode == 0
    before = _tree(root / "site")
    lesson = root / "course" / "lessons" / "01-handoff.yaml"
    text = lesson.read_text(encoding="utf-8").replace("(../glossary.md)", "(../glosary.md)")
    lesson.write_text(text, encoding="utf-8")
    mkdocs = root / "mkdocs.yml"
    mkdocs.write_text("theme:\n  name: materiall\n", encoding="utf-8")
    result = _run("--root", str(root), "check", "--lang", "en")
    assert result.returncode == 1, result.stderr
    assert "mkdocs.yml:2: `materiall` is not one of the allowed values" in result.stderr
    mkdocs.write_text("theme:\n  name: material\n", encoding="utf-8")
    result = _run("--root", str(root), "check", "--lang", "en")
    link_line = next(n for n, t in enumerate(text.splitlines(), 1) if "glosary.md" in t)
    assert result.returncode == 1
    assert f"course/lessons/01-handoff.yaml:{link_line}: the link `../glosary.md` points" in result.stderr
    assert _tree(root / "site") == before
    assert sorted(p.name for p in root.iterdir()) == sorted(["course", "quizzes", "mkdocs.yml", "site"])


@pytest.mark.parametrize("text, expected", [
    ("site_name: [Selaras\n", "mkdocs.yml:1: a list opened with `[` on this line is never closed"),
    ("site_name: x\nplugins: 3\n", "mkdocs.yml:2: mkdocs.yml may not set `plugins`"),
    ("site_name: x\ntheme: 3\n", "mkdocs.yml:2: `3` is not one of the allowed values"),
    ("theme:\n  name: material\n  features: [navigation.instant]\n",
     "mkdocs.yml:3: `navigation.instant` is not one of the allowed values"),
    ("- a\n- b\n", "mkdocs.yml:1: the file must be a set of `key: value` lines, but it is a list"),
    ("a: &x 1\nb: *x\n", "mkdocs.yml:2: this line uses a YAML alias"),
])
def test_mistakes_in_mkdocs_yml_are_the_instructors_to_fix(tmp_path: Path, text: str, expected: str):
    root = make_course(tmp_path)
    (root / "mkdocs.yml").write_text(text, encoding="utf-8")
    result = _run("--root", str(root), "--lang", "en", "build")
    assert result.returncode == 1, result.stderr
    assert expected in result.stderr and "internal error" not in result.stderr
    assert not (root / "site").exists()


def test_lang_is_accepted_after_the_command_too(tmp_path: Path):
    root = make_course(tmp_path, FIXTURES / "bad" / "missing-field")
    before = _run("--root", str(root), "--lang", "en", "check")
    after = _run("check", "--root", str(root), "--lang", "en")
    assert after.returncode == before.returncode == 1
    assert after.stderr == before.stderr and "the required field" in after.stderr
    assert "kolom wajib" in _run("--lang", "en", "check", "--root", str(root), "--lang", "id").stderr


@pytest.mark.parametrize("port", ["99999", "0", "-1", "eighty"])
def test_a_port_out_of_range_is_wrong_usage(port: str):
    result = _run("--lang", "en", "serve", "--port", port)
    assert result.returncode == 2
    assert "from 1 to 65535" in result.stderr and "Traceback" not in result.stderr


def test_an_output_folder_that_cannot_be_written_is_wrong_usage(tmp_path: Path):
    root = make_course(tmp_path)
    (tmp_path / "a-file").write_text("x")
    for out in (tmp_path / "a-file" / "site", Path("/sys/selaras-site")):
        result = _run("--root", str(root), "--lang", "en", "build", "--out", str(out))
        assert result.returncode == 2, (out, result.stderr)
        assert f"cannot write the site to {out}" in result.stderr


def test_a_yaml_file_the_course_does_not_read_gets_a_notice(tmp_path: Path):
    root = make_course(tmp_path)
    (root / "course" / "notes.yaml").write_text("a: 1\n")
    (root / "quizzes" / "old").mkdir()
    (root / "quizzes" / "old" / "x.yaml").write_text("a: 1\n")
    result = _run("--root", str(root), "--lang", "en", "check")
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "course/notes.yaml:1: notice: this YAML file is not part of the course and is not read — move it out of "
        "course/ if it is not needed; the files the course reads are listed in course/README.md",
        "quizzes/old/x.yaml:1: notice: this YAML file is not part of the course and is not read — move it out of "
        "quizzes/old/ if it is not needed; the files the course reads are listed in course/README.md"]
    assert "catatan:" in _run("--root", str(root), "--lang", "id", "check").stderr


def test_a_logo_through_a_link_out_of_the_course_is_refused(tmp_path: Path):
    root = make_course(tmp_path)
    secret = tmp_path / "secret.svg"
    secret.write_text((root / "course" / "logo.svg").read_text())
    (root / "course" / "logo.svg").unlink()
    (root / "course" / "logo.svg").symlink_to(secret)
    result = _run("--root", str(root), "--lang", "en", "build")
    assert result.returncode == 1
    assert "course/academy.yaml:6: the file `logo.svg` is outside the course folder" in result.stderr
    assert not (root / "site").exists()


def test_a_logo_too_big_is_refused(tmp_path: Path):
    from builder.sources.files import MAX_IMAGE_BYTES
    root = make_course(tmp_path)
    (root / "course" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(MAX_IMAGE_BYTES))
    academy = root / "course" / "academy.yaml"
    academy.write_text(academy.read_text().replace("logo: logo.svg", "logo: logo.png"))
    result = _run("--root", str(root), "--lang", "en", "check")
    assert result.returncode == 1
    assert "course/academy.yaml:6: `logo.png` is 1001 KB; at most 1000 KB is allowed" in result.stderr


def test_a_good_png_logo_is_published(tmp_path: Path):
    root = make_course(tmp_path)
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    (root / "course" / "brand").mkdir()
    (root / "course" / "brand" / "logo.png").write_bytes(png)
    academy = root / "course" / "academy.yaml"
    academy.write_text(academy.read_text().replace("logo: logo.svg", "logo: brand/logo.png"))
    result = _run("--root", str(root), "--lang", "en", "build")
    assert result.returncode == 0, result.stderr
    assert (root / "site" / "en" / "assets" / "logo.png").read_bytes() == png


def test_an_unreadable_source_is_named_with_its_cause(tmp_path: Path):
    root = make_course(tmp_path)
    glossary = root / "course" / "glossary.yaml"
    glossary.unlink()
    glossary.mkdir()
    (root / "course" / "lessons" / "02-gone.yaml").symlink_to(tmp_path / "nowhere.yaml")
    result = _run("--root", str(root), "--lang", "en", "check")
    assert result.returncode == 1
    assert "course/glossary.yaml:1: this is a folder, not a file" in result.stderr
    assert "course/lessons/02-gone.yaml:1: this is a link to" in result.stderr
    assert "the file is missing" not in result.stderr


def test_a_port_in_use_is_wrong_usage_before_any_build(tmp_path: Path):
    import socket

    root = make_course(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _run("--root", str(root), "--lang", "en", "serve", "--port", str(port))
    assert result.returncode == 2, result.stderr
    assert f"cannot serve the preview at 127.0.0.1:{port}" in result.stderr
    assert not (root / "site").exists()


def test_a_schema_folder_that_cannot_be_written_is_wrong_usage(tmp_path: Path):
    (tmp_path / "a-file").write_text("x")
    result = _run("--lang", "en", "schema", "--out", str(tmp_path / "a-file"))
    assert result.returncode == 2, result.stderr
    assert "cannot write the JSON Schema to" in result.stderr




def test_a_folder_without_a_course_is_wrong_usage_in_one_sentence(tmp_path: Path):
    result = _run("--root", str(tmp_path), "--lang", "en", "check")
    assert result.returncode == 2
    assert result.stderr.strip() == (f"course: {tmp_path} has no course/ or quizzes/ folder; run the command in the "
                                     "project folder, or give it with --root")


def test_a_file_saved_as_yml_is_named_once_with_its_new_name(tmp_path: Path):
    from builder.problems import ContentError
    from builder.sources.load import load_course

    root = make_course(tmp_path)
    (root / "course" / "glossary.yaml").rename(root / "course" / "glossary.yml")
    lesson = next((root / "course" / "lessons").glob("*.yaml"))
    lesson.rename(lesson.with_suffix(".YAML"))
    with pytest.raises(ContentError) as caught:
        load_course(root)
    assert sorted((p.path, p.code) for p in caught.value.problems) == [
        ("course/glossary.yml", "wrong_extension"), (f"course/lessons/{lesson.stem}.YAML", "wrong_extension")]


# --- security review, low findings (F-14 to F-19, F-23) ------------------------------------------

@pytest.mark.parametrize("name", ["site", "dist"])
def test_an_output_folder_that_is_a_link_is_refused_not_followed(tmp_path: Path, name: str):
    root = make_course(tmp_path / "c")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (root / name).symlink_to(elsewhere)
    result = _run("--root", str(root), "--lang", "en", "build" if name == "site" else "package")
    assert result.returncode == 2, result.stderr
    assert f"{root / name} is a link to {elsewhere}" in result.stderr
    assert list(elsewhere.iterdir()) == []


def test_a_killed_package_leaves_nothing_the_next_run_keeps(tmp_path: Path):
    root = make_course(tmp_path / "c")
    dead = root / ".dist.building-999999999-x1y2z3"  # a process id no system hands out
    (dead / "site").mkdir(parents=True)
    result = _run("--root", str(root), "--lang", "en", "package")
    assert result.returncode == 0, result.stderr
    assert not dead.exists()
    assert sorted(p.name for p in root.iterdir() if p.name.startswith(".")) == []
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "/.dist.*" in ignored and "/.site.*" in ignored


@pytest.mark.parametrize("lang, words", [("en", "decks were left out"), ("id", "slide PowerPoint tidak dibuat")])
def test_a_package_without_decks_says_so_rather_than_naming_none(tmp_path: Path, monkeypatch, lang, words):
    root = make_course(tmp_path / "c")
    monkeypatch.setenv("SELARAS_DECKS", "0")
    result = _run("--root", str(root), "--lang", lang, "package")
    assert result.returncode == 0, result.stderr
    assert words in result.stdout and "None" not in result.stdout


def test_a_killed_check_leaves_no_scratch_folder_behind(tmp_path: Path, monkeypatch):
    import tempfile

    from builder.site import write

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    dead = tmp_path / "selaras-check-999999999-abc"
    dead.mkdir()
    with write.scratch() as scratch:
        assert scratch.name.startswith(f"selaras-check-{__import__('os').getpid()}-")
    assert not dead.exists() and not scratch.exists()


def test_a_file_name_cannot_forge_a_message_line(tmp_path: Path):
    root = make_course(tmp_path / "c")
    (root / "course" / "lessons" / "99-x\nmkdocs.yml:1: everything is fine.yml").write_text("x", encoding="utf-8")
    result = _run("--root", str(root), "--lang", "en", "check")
    assert "\nmkdocs.yml:1: everything is fine" not in result.stderr
    assert "99-x\\x0amkdocs.yml:1: everything is fine.yml" in result.stderr


@pytest.mark.parametrize("avoided, written", [("tim", "TİM"), ("sales team", "ſales team")])
def test_a_letter_that_folds_to_two_does_not_break_the_spelling_check(tmp_path: Path, avoided: str, written: str):
    # `re` matches "TİM" (Turkish dotted capital) and "ſales" (long s) ignoring case, but their
    # lower case is not the avoided spelling: the check used to end in an internal error.
    root = make_course(tmp_path / "c")
    glossary = root / "course" / "glossary.yaml"
    glossary.write_text(glossary.read_text(encoding="utf-8") + f"      en: [{avoided}]\n", encoding="utf-8")
    lesson = root / "course" / "lessons" / "01-handoff.yaml"
    text = lesson.read_text(encoding="utf-8")
    assert "    en: Why the hand-off matters" in text
    lesson.write_text(text.replace("    en: Why the hand-off matters", f"    en: Why {written} matters", 1),
                      encoding="utf-8")
    result = _run("--root", str(root), "--lang", "en", "check")
    assert result.returncode == 1 and "internal error" not in result.stderr, result.stderr
    assert f"\"{written}\" is written here" in result.stderr


def test_a_source_folder_linked_out_of_the_project_is_not_read(tmp_path: Path):
    root = make_course(tmp_path / "c")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "zz-secret.yaml").write_text("root_password: hunter2\nid: \"Hunter2 Secret Value\"\n")
    for path in (root / "quizzes").iterdir():
        path.rename(outside / path.name)
    (root / "quizzes").rmdir()
    (root / "quizzes").symlink_to(outside)
    result = _run("--root", str(root), "--lang", "en", "check")
    assert result.returncode == 1
    assert "quizzes:1: this file is reached through a link that leads outside c/" in result.stderr
    assert "hunter2" not in result.stderr.lower() and "root_password" not in result.stderr


def test_an_id_with_a_trailing_line_end_is_refused(tmp_path: Path):
    root = make_course(tmp_path / "c")
    lesson = root / "course" / "lessons" / "01-handoff.yaml"
    lesson.write_text(re.sub(r"^id: (\S+)$", r'id: "\1\\n"', lesson.read_text(encoding="utf-8"), count=1,
                             flags=re.M), encoding="utf-8")
    result = _run("--root", str(root), "--lang", "en", "check")
    assert result.returncode == 1 and "cannot be used as an id" in result.stderr, result.stderr


def _as_nobody(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """The command run as the unprivileged user `nobody` (root reads everything, so permissions need another user)."""
    import shutil as _shutil

    if os.geteuid() != 0 or not _shutil.which("setpriv"):
        pytest.skip("needs root and setpriv to run the command as another user")
    return subprocess.run(["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                           sys.executable, "-m", "builder", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(cwd)})


@pytest.fixture
def open_course():
    """A course in a folder every user may read and enter (pytest's own folders are private to root)."""
    import shutil as _shutil
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="selaras-shared-"))
    root = make_course(base / "c")
    for folder in (base, *[p for p in base.rglob("*") if p.is_dir()]):
        folder.chmod(0o755)
    for path in base.rglob("*"):
        if path.is_file():
            path.chmod(0o644)
    yield root
    for folder in [p for p in base.rglob("*") if p.is_dir()]:
        folder.chmod(0o755)
    _shutil.rmtree(base)


@pytest.mark.parametrize("folder, mode, expected", [
    ("course/lessons", 0o000, "course/lessons:1: this folder cannot be read (Permission denied)"),
    ("quizzes", 0o111, "quizzes:1: this folder cannot be read (Permission denied)"),
])
def test_an_unreadable_source_folder_is_named_not_a_crash(open_course: Path, folder: str, mode: int, expected: str):
    """Security review F-14: exit 70 and a PermissionError."""
    (open_course / folder).chmod(mode)
    result = _as_nobody("--root", str(open_course), "--lang", "en", "check", cwd=open_course)
    assert result.returncode == 1, result.stderr
    assert expected in result.stderr and "Traceback" not in result.stderr


def test_an_unreadable_course_folder_gives_a_message_not_a_traceback(open_course: Path):
    (open_course / "course").chmod(0o000)
    result = _as_nobody("--root", str(open_course), "--lang", "en", "check", cwd=open_course)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "course/course.yaml:1:" in result.stderr


def test_a_package_into_a_read_only_project_is_wrong_usage(open_course: Path):
    result = _as_nobody("--root", str(open_course), "--lang", "en", "package", cwd=open_course)
    assert result.returncode == 2, result.stderr
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr


def _with_language(root: Path, lang: str) -> None:
    academy = root / "course" / "academy.yaml"
    text = re.sub(r"(?m)^default_language:.*$", "", academy.read_text(encoding="utf-8")).rstrip("\n")
    academy.write_text(text + f"\ndefault_language: {lang}\n", encoding="utf-8")


@pytest.mark.parametrize("lang, words", [
    ("id", ("cara pakai: course", "opsi:", "periksa berkas kursus", "PERINTAH")),
    ("en", ("usage: course", "options:", "validate the sources", "COMMAND")),
])
def test_help_speaks_the_academy_s_language(tmp_path: Path, lang: str, words: tuple[str, ...]):
    root = make_course(tmp_path)
    _with_language(root, lang)
    result = _run("--help", cwd=root)
    assert result.returncode == 0
    for word in words:
        assert word in result.stdout, (word, result.stdout)
    # --lang says otherwise, in front of the command or after it
    other = "en" if lang == "id" else "id"
    assert words[0] not in _run("check", "--help", "--lang", other, cwd=root).stdout


@pytest.mark.parametrize("lang, expected", [
    ("id", ["course: kesalahan: argumen --lang: pilihan tidak valid: 'fr'",
            "abc bukan nomor port: pakai bilangan bulat dari 1 sampai 65535"]),
    ("en", ["course: error: argument --lang: invalid choice: 'fr'",
            "abc is not a port: use a whole number from 1 to 65535"]),
])
def test_argparse_s_own_errors_speak_the_academy_s_language(tmp_path: Path, lang: str, expected: list[str]):
    root = make_course(tmp_path)
    _with_language(root, lang)
    bad_lang = _run("--lang", "fr", "check", cwd=root)
    bad_port = _run("serve", "--port", "abc", cwd=root)
    assert bad_lang.returncode == bad_port.returncode == 2
    assert expected[0] in bad_lang.stderr and expected[1] in bad_port.stderr
    assert "Traceback" not in bad_lang.stderr + bad_port.stderr


@pytest.mark.parametrize("lang, said", [("id", "Proyek kursus ada di"), ("en", "The course project is at")])
def test_course_finds_its_project_from_a_subfolder(tmp_path: Path, lang: str, said: str):
    root = make_course(tmp_path / "project")
    _with_language(root, lang)
    result = _run("check", cwd=root / "course" / "lessons")
    assert result.returncode == 0, result.stderr
    assert f"{said} {root.resolve()}" in result.stderr
    assert _run("check", cwd=root).stderr.count(said) == 0  # nothing to say from the project itself
    # a folder outside any project still says so plainly
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    alone = _run("--lang", lang, "check", cwd=outside)
    assert alone.returncode == 2 and "course/" in alone.stderr


@pytest.mark.parametrize("lang, said", [
    ("en", "this course has no edition `retail`; its editions are fmcg, b2b"),
    ("id", "kursus ini tidak punya edisi `retail`; edisinya: fmcg, b2b"),
])
def test_an_unknown_edition_is_wrong_usage_that_lists_the_editions(tmp_path: Path, lang: str, said: str):
    root = make_course(tmp_path, FIXTURES / "editions")
    result = _run("--root", str(root), "--lang", lang, "build", "--edition", "retail")
    assert result.returncode == 2 and said in result.stderr and "Traceback" not in result.stderr
    assert not (root / "site").exists()


def test_build_writes_the_edition_asked_for_and_check_checks_every_edition(tmp_path: Path):
    root = make_course(tmp_path, FIXTURES / "editions")
    assert _run("--root", str(root), "--lang", "en", "check").returncode == 0
    result = _run("--root", str(root), "--lang", "en", "build", "--edition", "b2b")
    assert result.returncode == 0, result.stderr
    assert "Edition: B2B industrial supplier" in (root / "site" / "en" / "index.html").read_text(encoding="utf-8")
    assert _run("--root", str(root), "--lang", "en", "build").returncode == 0  # the default edition
    assert "Edition: FMCG distributor" in (root / "site" / "en" / "index.html").read_text(encoding="utf-8")
    # A mistake only one edition has is named with it.
    lesson = root / "course" / "lessons" / "01-handoff.yaml"
    source = lesson.read_text(encoding="utf-8")
    lesson.write_text(source.replace("    kind: case\n    edition: fmcg\n", "    kind: text\n    edition: fmcg\n"),
                      encoding="utf-8")
    broken = _run("--root", str(root), "--lang", "en", "check")
    assert broken.returncode == 1
    assert "course/lessons/01-handoff.yaml:56 (edition fmcg): lesson `handoff` has a case section" in broken.stderr
