"""mkdocs.yml says only what a course needs: every setting of the security review's findings
(F-03 to F-07, F-10, F-11, F-14) is refused at its line with where it belongs instead, and
nothing of a refused file reaches mkdocs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from builder.problems import ContentError
from builder.schema.mkdocs import DEFAULT_FEATURES, MkdocsSettings
from builder.site.mkdocs.config import site_config
from builder.sources.load import load_course

from ..conftest import make_course

HEAD = "site_name: Selaras\ntheme:\n  name: material\n"


def problems_of(root: Path, text: str) -> list[str]:
    (root / "mkdocs.yml").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_course(root)
    return [p.format("en") for p in caught.value.problems]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_course(tmp_path / "c")


# (mkdocs.yml after HEAD, the line of the refused key, the start of its message)
REFUSED = [
    # F-03, F-07, F-11: plugins run code, write outside the project, call out
    ("plugins:\n  - search\n  - material/projects:\n      projects_dir: ../../../course/extras\n", 4,
     "mkdocs.yml may not set `plugins`: plugins, hooks and Markdown extensions can run code"),
    ("plugins:\n  - material/blog:\n      blog_dir: ../../../../victim\n", 4, "mkdocs.yml may not set `plugins`"),
    ("plugins:\n  - material/group:\n      enabled: true\n      plugins: [material/info]\n", 4,
     "mkdocs.yml may not set `plugins`"),
    ("hooks:\n  - hook.py\n", 4, "mkdocs.yml may not set `hooks`"),
    # F-04: snippets under another name
    ('markdown_extensions:\n  - "pymdownx.snippets:SnippetExtension":\n      base_path: ["/"]\n', 4,
     "mkdocs.yml may not set `markdown_extensions`"),
    # F-05: values written into every page
    ("  palette:\n    primary: 'x\"onload=\"alert(5)'\n", 4,
     "`palette` does not belong in mkdocs.yml: the builder takes it from course/academy.yaml"),
    ("  direction: 'ltr\" onmouseover=\"alert(577)'\n", 4,
     "`direction` does not belong in mkdocs.yml: the builder sets it"),
    ("  font:\n    text: 'x\"}</style><script>alert(578)</script>'\n", 4, "mkdocs.yml may not set `font`"),
    ("repo_url: https://example.org/x\nrepo_name: '<img src=x onerror=alert(576)>'\n", 4,
     "mkdocs.yml may not set `repo_url`: the site loads nothing but its own files"),
    ("extra:\n  scope: 'https://x.example/\",location),alert(575),new URL(\"https://x.example/'\n", 4,
     "`extra` does not belong in mkdocs.yml"),
    ("extra:\n  analytics:\n    provider: google\n    property: G-M12TEST\n", 4,
     "`extra` does not belong in mkdocs.yml"),
    ("extra:\n  homepage: 'javascript:alert(518)'\n", 4, "`extra` does not belong in mkdocs.yml"),
    ("edit_uri: 'javascript:alert(580)//'\n", 4, "mkdocs.yml may not set `edit_uri`"),
    ("markdown_extensions:\n  - footnotes:\n      BACKLINK_TEXT: '<img src=x onerror=alert(526)>'\n", 4,
     "mkdocs.yml may not set `markdown_extensions`"),
    # F-06: scripts and styles from another host, in every spelling
    ('extra_javascript:\n  - path: "https://evil.example/a.js"\n  - "\\\\\\\\evil.example/b.js"\n', 4,
     "mkdocs.yml may not set `extra_javascript`"),
    ('extra_css:\n  - "\\\\\\\\evil.example/m69.css"\n', 4, "mkdocs.yml may not set `extra_css`"),
    # F-10: loads from another host
    ("  font:\n    text: Roboto\n", 4, "mkdocs.yml may not set `font`"),
    # F-14: what used to end in exit 70
    ("  icon:\n    alternate: ../../../../../../../etc/passwd\n", 4, "`icon` does not belong in mkdocs.yml"),
    ("markdown_extensions:\n  - toc:\n      slugify: !!python/name:os.system\n", 4,
     "mkdocs.yml may not set `markdown_extensions`"),
    ("markdown_extensions:\n  - {}\n", 4, "mkdocs.yml may not set `markdown_extensions`"),
    ("INHERIT: ../../other.yml\n", 4, "mkdocs.yml may not set `INHERIT`: it would read or write files outside"),
    ("site_url: https://elsewhere.example/\n", 4, "`site_url` does not belong in mkdocs.yml: the builder takes it from "
                                                  "course/academy.yaml"),
    ("nav:\n  - a.md\n", 4, "`nav` does not belong in mkdocs.yml: the builder makes it from the course"),
]


@pytest.mark.parametrize("extra, line, expected", REFUSED)
def test_a_setting_the_builder_owns_is_refused_at_its_line(root: Path, extra: str, line: int, expected: str):
    problems = problems_of(root, HEAD + extra)
    assert any(p.startswith(f"mkdocs.yml:{line}: {expected}") for p in problems), problems


def test_an_unknown_key_lists_the_keys_allowed(root: Path):
    [problem] = problems_of(root, HEAD + "sitename: x\n")
    assert problem.startswith("mkdocs.yml:4: unknown key `sitename` — did you mean `site_name`?")


def test_the_messages_are_in_the_instructors_language(root: Path):
    (root / "mkdocs.yml").write_text(HEAD + "plugins:\n  - search\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_course(root)
    [problem] = caught.value.problems
    assert problem.format("id").startswith("mkdocs.yml:4: mkdocs.yml tidak boleh berisi `plugins`")


@pytest.mark.parametrize("text", ["", "# nothing\n", "theme: material\n",
                                  "site_name: !ENV HOME\n" + "theme: material\n"])
def test_a_short_or_empty_file_gives_the_builders_settings(root: Path, text: str):
    (root / "mkdocs.yml").write_text(text, encoding="utf-8")
    assert load_course(root).settings.features() == list(DEFAULT_FEATURES)


def test_no_file_at_all_gives_the_builders_settings(root: Path):
    (root / "mkdocs.yml").unlink()
    assert load_course(root).settings == MkdocsSettings()


def test_the_features_chosen_are_the_only_thing_mkdocs_gets_from_the_file(root: Path):
    (root / "mkdocs.yml").write_text(HEAD + "  features:\n    - navigation.tabs\n    - toc.integrate\n",
                                     encoding="utf-8")
    course = load_course(root)
    config = site_config(course, "en")
    assert config["theme"]["features"] == ["navigation.tabs", "toc.integrate"]
    assert config["plugins"] == [{"search": config["plugins"][0]["search"]}, "offline"]
    assert config["theme"]["font"] is False and "hooks" not in config
    assert config["extra_javascript"] == [] and config["extra_css"] == []  # one of each per page, from the theme


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "builder", *args], capture_output=True, text=True, timeout=120)


def test_a_refused_file_runs_nothing_and_writes_nothing_during_check(tmp_path: Path):
    root = make_course(tmp_path / "c")
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "index.html").write_text("ORIGINAL", encoding="utf-8")
    (root / "hook.py").write_text(f"open({str(tmp_path / 'ran')!r}, 'w').write('x')\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text(
        HEAD + "hooks:\n  - hook.py\nplugins:\n  - material/blog:\n      blog_dir: ../../../../../../../../..%s\n"
        % victim, encoding="utf-8")
    result = _run("--root", str(root), "--lang", "en", "check")
    assert result.returncode == 1, result.stderr
    assert "mkdocs.yml:4: mkdocs.yml may not set `hooks`" in result.stderr
    assert "mkdocs.yml:6: mkdocs.yml may not set `plugins`" in result.stderr
    assert not (tmp_path / "ran").exists()
    assert sorted(p.name for p in victim.iterdir()) == ["index.html"]
    assert (victim / "index.html").read_text(encoding="utf-8") == "ORIGINAL"


@pytest.mark.parametrize("guide", ["course/README.md", "course/PANDUAN.md"])
def test_both_guides_list_exactly_the_features_allowed(guide: str):
    import re
    import typing

    from builder.schema.mkdocs import Feature

    from ..conftest import ROOT

    text = (ROOT / guide).read_text(encoding="utf-8")
    section = text[text.index("mkdocs.yml"):]
    section = section[section.index("`announce.dismiss`"):].split("\n\n", 1)[0]
    assert set(re.findall(r"`([a-z]+\.[a-z.]+)`", section)) == set(typing.get_args(Feature))
