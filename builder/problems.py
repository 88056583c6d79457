"""Problems found in the instructor's sources, how they are worded, and the exit statuses.

A problem is data (file, line, code, parameters); its wording is looked up at
report time so the same run can be shown in English or Indonesian. The wording
lives beside this module as data, one catalogue per language
(`messages/en.yaml`, `messages/id.yaml`), so a translator can correct a
message without reading Python. Every message says what is wrong and what to
write instead.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

LANGS = ("id", "en")
CATALOGUE_DIR = Path(__file__).parent / "messages"

EXIT_OK, EXIT_CONTENT, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 70
"""Exit statuses of the `course` command: done; mistakes in the sources (all listed);
wrong usage; a bug in the builder."""


_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f]")
_CONTROL_IN_LINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str, *, lines: bool = False) -> str:
    """`text` safe to print on a terminal: control characters shown as `\\xNN`, never acted on.

    A file name, a CSV value or a key may hold an escape sequence (retitling or clearing the
    terminal) or a line end (forging a message line of its own); `lines=True` keeps line ends."""
    pattern = _CONTROL_IN_LINES if lines else _CONTROL
    return pattern.sub(lambda m: f"\\x{ord(m.group(0)):02x}", text)


@functools.cache
def catalogue(lang: str) -> dict[str, dict]:
    """The message catalogue of one language, read once.

    BaseLoader keeps every value a string: a message that reads `no` or `on`
    stays that word.
    """
    with open(CATALOGUE_DIR / f"{lang}.yaml", encoding="utf-8") as f:
        return yaml.load(f, Loader=yaml.BaseLoader)


def notice(lang: str, section: str, name: str, **params: object) -> str:
    """A usage message or notice of the command line, in `lang` (English if unknown)."""
    text = catalogue(lang if lang in LANGS else "en")[section][name]
    return text.format(**params) if params else text

ADVICE = frozenset({
    "quiz_few_questions", "quiz_no_scenario", "few_options", "matching_giveaway",
    "feedback_short", "absolute_word", "cue_longest", "cue_shortest",
    "true_false_balance", "lesson_part_count", "lesson_reflection_count", "american_spelling",
    "english_in_indonesian", "translation_length", "translation_shape",
})
"""Codes that are advice: how a lesson or a knowledge check could teach better. Advice is printed, labelled as
such, and never stops a check or a build; every other code is a mistake that does (exit status 1)."""


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in the sources, located by file and line (1-based)."""

    path: str
    line: int
    code: str
    params: tuple[tuple[str, str], ...] = field(default=())
    edition: str = ""
    """The edition the problem is found in, when the course has several and not every one has it."""

    @classmethod
    def at(cls, path: str | Path, line: int, code: str, **params: object) -> "Problem":
        return cls(str(path), max(int(line), 1), code,
                   tuple(sorted((k, str(v)) for k, v in params.items())))

    def message(self, lang: str = "en") -> str:
        table = catalogue(lang if lang in LANGS else "en")["problems"]
        entry = table.get(self.code, table["other"])
        what, instead = entry["what"], entry["instead"]
        params = _localise(lang, dict(self.params))
        what, instead = what.format(**params), instead.format(**params)
        return f"{what} — {instead}"

    @property
    def advice(self) -> bool:
        """Whether this is advice (printed, never failing a check or a build) rather than a mistake."""
        return self.code in ADVICE

    def format(self, lang: str = "en") -> str:
        where = f" ({word(lang, 'edition')} {self.edition})" if self.edition else ""
        label = f"{word(lang, 'advice')}: " if self.advice else ""
        return printable(f"{self.path}:{self.line}{where}: {label}{self.message(lang)}")


# Parameters whose values are keys into the catalogue's `words:`, so they follow --lang.
_WORD_PARAMS = ("kind", "present", "absent", "found", "lang_name")


def _localise(lang: str, params: dict[str, str]) -> dict[str, str]:
    params.setdefault("detail", "")
    for key in _WORD_PARAMS:
        if key in params:
            params[key] = word(lang, params[key])
    if "suggest" in params:
        params["suggestion"] = word(lang, params["suggest"], **params)
    if "lo" in params or "hi" in params:
        which = "range_between" if "lo" in params and "hi" in params else (
            "range_min" if "lo" in params else "range_max")
        params["range"] = word(lang, which, **params)
    return params


def word(lang: str, name: str, **params: object) -> str:
    text = catalogue(lang if lang in LANGS else "en")["words"].get(name, name)
    return text.format(**params) if params else text


class CourseError(Exception):
    """A mistake of the person using the `course` command; `exit_status` is what the command returns."""

    exit_status = EXIT_INTERNAL

    def report(self, lang: str = "en") -> str:
        raise NotImplementedError


class ContentError(CourseError):
    """The sources have mistakes an instructor must fix (exit status 1)."""

    exit_status = EXIT_CONTENT

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems))
        """Every problem found, mistakes and advice, in file and line order."""
        super().__init__(f"{len(self.mistakes)} problem(s) in the course sources")

    @property
    def mistakes(self) -> list[Problem]:
        """The problems that stop the build (not the advice)."""
        return [p for p in self.problems if not p.advice]

    def report(self, lang: str = "en") -> str:
        """The mistakes, then the advice, then how many mistakes there are."""
        lines = [p.format(lang) for p in self.mistakes] + advice_lines(self.problems, lang)
        n = len(self.mistakes)
        noun = word(lang, "problem" if n == 1 else "problems")
        lines.append(word(lang, "summary", count=n, noun=noun))
        return "\n".join(lines)


def advice_lines(problems: list[Problem], lang: str = "en") -> list[str]:
    """The advice among `problems`, one line each; an empty list when there is none."""
    return [p.format(lang) for p in sorted(problems) if p.advice]


class UsageError(CourseError):
    """The command was called the wrong way (exit status 2): one message of the catalogues' `usage:`."""

    exit_status = EXIT_USAGE

    def __init__(self, key: str, **params: object) -> None:
        self.key, self.params = key, params
        super().__init__(notice("en", "usage", key, **params))

    def message(self, lang: str = "en") -> str:
        return printable(notice(lang, "usage", self.key, **self.params))

    def report(self, lang: str = "en") -> str:
        return f"course: {self.message(lang)}"
