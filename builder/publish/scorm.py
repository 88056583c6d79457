"""The SCORM 1.2 package: the built site, a launch page that holds the one LMS session, and the manifest.

Why a launch page: an LMS gives a SCO one session, opened with LMSInitialize and closed with
LMSFinish. The site is many pages, and each page load would end the session of the page before.
So the LMS launches `scorm.html`, which connects once and shows the course in a frame of its
own; the learner moves between pages inside that frame. The pages' scripts (quiz.js,
the diagnostic's) find the launch page as their parent and keep their progress in it
(`SelarasLMS.storage`, the calls of localStorage), and the launch page reports to the LMS:

- cmi.core.lesson_status: `incomplete` from the first visit, `passed` once every check is passed;
- cmi.core.score.raw (min 0, max 100): the mean of every check's best result, untried ones 0;
- cmi.core.lesson_location: the page to resume at;
- cmi.suspend_data: per check passed/attempts/best and the day it was passed, the diagnostic's
  answers (1 character per statement) with the statement set's fingerprint and the respondent's
  role, then each check's last answers while they fit; never more than 4,096 characters, written
  only when it changed and at most about once a second (and always at a commit); the diagnostic is
  about the organisation, so it never becomes the score;
- cmi.core.session_time, at every commit, and cmi.core.exit = `suspend` until passed.

It commits after every check, when the page is hidden, and finishes once on `pagehide`.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import jinja2

from ..course import Course
from ..diagnostic import codes, scoring
from ..problems import ContentError, Problem
from ..site import storage_key
from .manifest import manifest
from .zipwrite import Content, site_files

ASSETS = Path(__file__).parent / "assets"
LAUNCH = "scorm.html"
SCRIPT = "scorm.js"
"""The launch page's script, by its name in the package."""
SHIPPED_SCRIPT = ASSETS / "scorm.min.js"
"""What ships as SCRIPT: assets/scorm.js minified by esbuild (`make scorm-js`; a test holds the two equal),
so the script an LMS loads at every launch stays within its budget (benchmarks/README.md)."""
DIAGNOSTIC_KEY = "selaras.diagnostic.v1"
"""The key under which the diagnostic page saves the answers (assets/diagnostic/saved-answers.js; the
launch page compacts them)."""
SUSPEND_LIMIT = 4096
"""SCORM 1.2: cmi.suspend_data holds at most 4,096 characters."""

_TEMPLATES = jinja2.Environment(loader=jinja2.FileSystemLoader(ASSETS), autoescape=True,
                                undefined=jinja2.StrictUndefined, keep_trailing_newline=True)


def _sig(items: list[str]) -> str:
    """4 characters that change when the list changes: saved progress never meets another course's checks."""
    return hashlib.sha256("\n".join(items).encode("utf-8")).hexdigest()[:4]


def launch_data(course: Course) -> dict:
    """What the launch page needs: where to start, every check's storage key and size, the statement
    set (its fingerprint and ids, in the diagnostic's order) and the roles' letters."""
    checks = [course.quiz_of(lesson) for lesson in course.lessons]
    keys = [storage_key(quiz) for quiz in checks]
    statements = [s.id for s in course.diagnostic.statements]
    return {"start": f"{course.academy.default_language}/index.html",
            "quizzes": [[key, len(quiz.questions)] for key, quiz in zip(keys, checks, strict=True)],
            "qsig": _sig(keys),
            "diagnostic": DIAGNOSTIC_KEY, "statements": statements,
            "set": scoring.Instrument.from_course(course).fingerprint, "roles": codes.ROLE_LETTERS,
            # How packages before version 2 of suspend_data named the statement set (read only).
            "dsig1": _sig(statements),
            # The prefix of what the launch page keeps in the browser (the team page's entries): every
            # package of an LMS may share one origin, so each course keeps to its own keys.
            "local": f"selaras-lms:{course.package_id}:"}


def suspend_bound(course: Course) -> int:
    """The longest cmi.suspend_data the launch page writes for this course (scorm.js `encode`).

    2~qsig~7 per check~set~1 per statement~role letter~the checks' answers~the diagnostic's other
    fields; the last two are written only where they fit, so they are not counted. Everything
    that restores a learner's progress and diagnostic is in the part that always fits.
    """
    return (len("2~xxxx~") + 7 * len(course.lessons) + len("~") + scoring.FINGERPRINT_LENGTH + len("~")
            + len(course.diagnostic.statements) + len("~r"))


def titled(course: Course, lang: str) -> str:
    """The course's title as the LMS lists it, with the edition's name when it has editions."""
    title = course.info.title[lang]
    return f"{title} ({course.edition.name[lang]})" if course.edition else title


def launch_page(course: Course) -> bytes:
    data = json.dumps(launch_data(course), ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    lang = course.academy.default_language
    return _TEMPLATES.get_template("scorm.html.j2").render(
        lang=lang, title=titled(course, lang), data_json=data).encode("utf-8")


def scorm_files(course: Course, site: Path) -> dict[str, Content]:
    """Every file of the SCORM package, by its path in the zip."""
    if suspend_bound(course) > SUSPEND_LIMIT:
        raise ContentError([Problem.at("course/lessons", 1, "scorm_too_big", count=len(course.lessons),
                                       statements=len(course.diagnostic.statements), limit=SUSPEND_LIMIT)])
    files: dict[str, Content] = dict(site_files(site))
    files[LAUNCH] = launch_page(course)
    files[SCRIPT] = SHIPPED_SCRIPT
    lang = course.academy.default_language
    files["imsmanifest.xml"] = manifest(course.package_id, course.info.version, titled(course, lang), LAUNCH,
                                        sorted(files))
    return files
