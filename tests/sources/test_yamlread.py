"""YAML is read with line numbers and without guessing types."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.sources.yamlread import read


def _read(tmp_path: Path, text: str):
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    return read(path, "x.yaml")


def test_words_and_numbers_that_yaml_would_guess_stay_text(tmp_path: Path):
    source, problems = _read(tmp_path, "a: no\nb: yes\nc: on\nd: 08\ne: 1.10\nf: ~\ng: 2024-01-01\n")
    assert problems == []
    assert source.data == {"a": "no", "b": "yes", "c": "on", "d": "08", "e": "1.10", "f": "~",
                           "g": "2024-01-01"}


def test_every_value_knows_its_line(tmp_path: Path):
    source, _ = _read(tmp_path, "title:\n  id: Judul\n  en: Title\nitems:\n  - one\n  - two\n")
    assert source.line(("title", "en")) == 3
    assert source.line(("items", 1)) == 6
    assert source.key_line(("items",)) == 4
    assert source.line(("title", "missing", "deeper")) == source.line(("title",))


def test_duplicate_keys_are_reported_with_both_lines(tmp_path: Path):
    source, problems = _read(tmp_path, "a: 1\nb: 2\na: 3\n")
    assert source is None
    assert [p.format() for p in problems] == [
        "x.yaml:3: the key `a` appears twice in the same block (first on line 1) — keep one `a:` and delete or "
        "rename the other"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff"),
               min_size=1, max_size=40))
def test_any_text_reads_back_as_written(tmp_path_factory, text: str):
    # Whatever an instructor types, once quoted as YAML, comes back unchanged and as text.
    folder = tmp_path_factory.mktemp("prop")
    dumped = yaml.safe_dump({"t": text}, allow_unicode=True)
    path = folder / "p.yaml"
    path.write_text(dumped, encoding="utf-8")
    source, problems = read(path)
    assert problems == []
    assert source.data == {"t": text}


BILLION_LAUGHS = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f'{c}: &{c} [{",".join(["*" + p] * 9)}]\n' for p, c in zip("abcdefgh", "bcdefghi", strict=True))


def test_an_alias_bomb_is_refused_at_its_lines_without_expanding_it(tmp_path: Path):
    # Expanded, this file is 9**9 strings (gigabytes); it must be refused, not built.
    path = tmp_path / "bomb.yaml"
    path.write_text(BILLION_LAUGHS, encoding="utf-8")
    script = ("import sys; from pathlib import Path; from builder.sources.yamlread import read; "
              "s, p = read(Path(sys.argv[1]), 'bomb.yaml'); print('\\n'.join(x.format() for x in p))")
    result = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True,
                            timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(":")[1] for line in lines] == [str(n) for n in range(2, 10)]
    assert all("YAML alias (`*name`)" in line for line in lines)


def test_an_alias_that_contains_itself_is_refused(tmp_path: Path):
    source, problems = _read(tmp_path, "a: &x [1, *x]\n")
    assert source is None and [p.code for p in problems] == ["yaml_alias"]


def test_the_real_course_uses_no_aliases():
    root = Path(__file__).resolve().parents[2]
    for path in [*root.glob("course/**/*.yaml"), *root.glob("quizzes/*.yaml"), root / "mkdocs.yml"]:
        events = yaml.parse(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
        assert not any(isinstance(e, yaml.AliasEvent) for e in events), path


def test_a_merge_key_is_refused(tmp_path: Path):
    source, problems = _read(tmp_path, "a:\n  b: 1\n  <<: {c: 2}\n")
    assert source is None and [(p.line, p.code) for p in problems] == [(3, "yaml_merge_key")]


def test_a_complex_key_gets_a_plain_message(tmp_path: Path):
    source, problems = _read(tmp_path, "? [a, b]\n: c\n")
    assert source is None
    assert "ScalarNode" not in problems[0].format() and problems[0].code == "yaml_complex_key"


@pytest.mark.parametrize("text, line, code", [
    ("a: 1\nb: \"open\nc: 3\nd:\n  e: \"closed\"\n  f: 2\n", 2, "yaml_unclosed_quote"),
    ("a: 1\nb: [x, y\nc: 3\nd: 4\n", 2, "yaml_unclosed_bracket"),
    ("a: {x: 1\nc: 3\n", 1, "yaml_unclosed_brace"),
    ("a:\n  en: Rule one: a single owner\n", 2, "yaml_colon_in_text"),
])
def test_syntax_mistakes_point_to_the_line_to_fix(tmp_path: Path, text: str, line: int, code: str):
    source, problems = _read(tmp_path, text)
    assert source is None and [(p.line, p.code) for p in problems] == [(line, code)]


def test_unreadable_files_each_say_why(tmp_path: Path, monkeypatch):
    (tmp_path / "folder.yaml").mkdir()
    (tmp_path / "dangling.yaml").symlink_to(tmp_path / "nowhere.yaml")
    (tmp_path / "loop.yaml").symlink_to(tmp_path / "loop.yaml")
    codes = {name: read(tmp_path / name, name)[1][0].code
             for name in ("folder.yaml", "dangling.yaml", "loop.yaml", "missing.yaml")}
    assert codes == {"folder.yaml": "is_folder", "dangling.yaml": "symlink_dangling", "loop.yaml": "symlink_loop",
                     "missing.yaml": "missing_file"}
    assert "nowhere.yaml" in read(tmp_path / "dangling.yaml", "d.yaml")[1][0].format()
    # Permission denied (simulated: the tests may run as root, who can read anything).
    locked = tmp_path / "locked.yaml"
    locked.write_text("a: 1\n", encoding="utf-8")
    monkeypatch.setattr("builder.sources.yamlread.os.access", lambda *_args: False)
    problem = read(locked, "locked.yaml")[1][0]
    assert problem.code == "file_unreadable" and "Permission denied" in problem.format()


def test_the_message_catalogues_have_no_duplicate_keys():
    # The catalogues are read with YAML's usual loader, which keeps the last of two equal keys silently.
    from builder.problems import CATALOGUE_DIR
    for path in sorted(CATALOGUE_DIR.glob("*.yaml")):
        source, problems = read(path, path.name)
        assert problems == [], [p.format() for p in problems]
