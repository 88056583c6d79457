"""The templates' compiled code kept between runs (builder/site/pages/templating.py): used when it is
there, and never a reason for a build to fail."""

from __future__ import annotations

import errno

import jinja2

from builder.site.pages import templating


def test_compiled_templates_are_kept_and_give_the_same_page(tmp_path):
    cache = templating._QuietBytecodeCache(str(tmp_path))
    env = templating.ENV.overlay(bytecode_cache=cache)
    fresh = templating.ENV.overlay(bytecode_cache=None)
    name = "credits.md.j2"
    env.get_template(name)
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".cache"]
    again = templating.ENV.overlay(bytecode_cache=templating._QuietBytecodeCache(str(tmp_path)))
    assert again.get_template(name).root_render_func.__code__.co_code == \
        fresh.get_template(name).root_render_func.__code__.co_code


def test_a_full_or_read_only_disk_only_costs_the_compiling(tmp_path, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(jinja2.bccache.tempfile, "NamedTemporaryFile", full)
    env = templating.ENV.overlay(bytecode_cache=templating._QuietBytecodeCache(str(tmp_path)))
    assert isinstance(env.get_template("credits.md.j2"), jinja2.Template)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_cache_folder_only_costs_the_compiling(tmp_path):
    env = templating.ENV.overlay(bytecode_cache=templating._QuietBytecodeCache(str(tmp_path / "gone")))
    assert isinstance(env.get_template("credits.md.j2"), jinja2.Template)


def test_an_unsafe_temporary_folder_means_no_cache(monkeypatch):
    def unsafe(self):
        raise RuntimeError("Cannot determine safe temp directory.")

    monkeypatch.setattr(jinja2.FileSystemBytecodeCache, "_get_default_cache_dir", unsafe)
    assert templating._bytecode_cache() is None
