"""The project's mkdocs.yml: read like every other source, and mkdocs' complaints traced to its lines.

mkdocs.yml is the shared base of both language sites. A syntax error, an alias, a
value of the wrong shape or a setting mkdocs refuses (an unknown theme, a plugin
that is not installed) is the instructor's to fix, so it is reported as
`mkdocs.yml:N: …` like any other mistake, never as a bug of the builder.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from ..problems import ContentError, Problem
from .yamlread import Source, read

FILE = "mkdocs.yml"

FAILED = "selaras: mkdocs failed: "
"""Prefix of the message a failed mkdocs run adds to its captured log (see site/build.run_mkdocs)."""

_CONFIG_ERROR = re.compile(r"Config value '(?P<key>[^']+)': (?P<detail>.+)", re.DOTALL)

# The shape the builder needs of the settings it extends per language.
_SHAPES: dict[str, tuple[type, ...]] = {
    "theme": (dict, str), "plugins": (list, dict), "extra": (dict,),
    "extra_css": (list,), "extra_javascript": (list,), "markdown_extensions": (list, dict),
}
_SHAPE_WORDS = {dict: "a block of keys", str: "a text", list: "a list"}

# Settings an instructor's mkdocs.yml may not use, and why (a key of the catalogues' `words:`).
# mkdocs.yml arrives by pull request like every source, so nothing in it may run code on
# the machine that builds, read its files, or make the site load from another host.
_REFUSED_KEYS = {"hooks": "mkdocs_runs_code", "INHERIT": "mkdocs_reads_files"}
_REFUSED_EXTENSIONS = {"pymdownx.snippets": "mkdocs_reads_files"}
_REMOTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)


def read_base(root: Path) -> tuple[dict[str, Any], Source | None]:
    """The settings of `root/mkdocs.yml` ({} if there is none); raise ContentError on a mistake.

    The file is read twice: first by the course's own reader, which refuses aliases and
    duplicate keys and knows every line, then with YAML's usual types (mkdocs needs
    `true` to be a boolean), which is safe once the first reading found nothing wrong.
    """
    path = root / FILE
    if not path.exists() and not path.is_symlink():
        return {}, None
    source, problems = read(path, FILE, within=(root,))
    if source is None:
        raise ContentError(problems)
    if source.data is None:
        return {}, source
    if not isinstance(source.data, dict):
        raise ContentError([Problem.at(FILE, 1, "not_mapping", found=_found(source.data))])
    config = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(config, dict):  # a tag or type the first reading took as text
        raise ContentError([Problem.at(FILE, 1, "not_mapping", found="a text")])
    wrong = _refused(config, source)
    for key, shapes in _SHAPES.items():
        if key in config and config[key] is not None and not isinstance(config[key], shapes):
            detail = " / ".join(_SHAPE_WORDS[s] for s in shapes)
            wrong.append(Problem.at(FILE, source.key_line((key,)), "mkdocs_config", key=key,
                                    detail=f"expected {detail}"))
    if wrong:
        raise ContentError(wrong)
    return config, source


def _refused(config: dict[str, Any], source: Source) -> list[Problem]:
    out = [Problem.at(FILE, source.key_line((key,)), "mkdocs_refused", key=key, found=why)
           for key, why in _REFUSED_KEYS.items() if key in config]
    extensions = config.get("markdown_extensions")
    names = (list(extensions) if isinstance(extensions, dict) else
             [next(iter(e)) if isinstance(e, dict) and e else e for e in extensions]
             if isinstance(extensions, list) else [])
    for i, name in enumerate(names):
        if name in _REFUSED_EXTENSIONS:
            line = source.line(("markdown_extensions", i)) if isinstance(extensions, list) else \
                source.key_line(("markdown_extensions", name))
            out.append(Problem.at(FILE, line, "mkdocs_refused", key=name, found=_REFUSED_EXTENSIONS[name]))
    for key in ("extra_css", "extra_javascript"):
        entries = config.get(key)
        for i, entry in enumerate(entries if isinstance(entries, list) else []):
            if isinstance(entry, str) and _REMOTE.match(entry.strip()):
                out.append(Problem.at(FILE, source.line((key, i)), "mkdocs_refused", key=key,
                                      found="mkdocs_remote_asset"))
    return out


def _found(value: Any) -> str:
    return "a list" if isinstance(value, list) else "a text"


def mkdocs_problems(messages: list[str], source: Source | None) -> list[Problem]:
    """Problems for a failed mkdocs run, from the messages it logged; [] if it did not fail."""
    failure = next((m[len(FAILED):] for m in messages if m.startswith(FAILED)), None)
    if failure is None:
        return []
    out = []
    for message in messages:
        match = _CONFIG_ERROR.match(message)
        if match:
            key = match["key"]
            line = source.key_line((key.split(".")[0],)) if source else 1
            detail = " ".join(match["detail"].split())
            out.append(Problem.at(FILE, line, "mkdocs_config", key=key, detail=detail[:300]))
    if not out:
        out.append(Problem.at(FILE, 1, "mkdocs_failed", detail=" ".join(failure.split())[:300]))
    return out
