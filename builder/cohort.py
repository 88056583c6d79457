"""`course score`: a workshop's answers from a CSV file, scored as one cohort.

Reading checks the whole file and reports every problem with its CSV line
(`answers.csv:7: what is wrong — what to write instead`); a file with any
problem produces no output at all, so a report is never built from part of
the rows. Rendering (summary, JSON, HTML report) is pure; `write_report` is
the one place that writes a file.
"""

from __future__ import annotations

import csv
import difflib
import io
import os
import tempfile
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from . import scoring
from .course import Course
from .problems import ContentError, Problem, register
from .render_diagnostic import ENV, lesson_href

MAX_ROWS = 5000
"""More respondents than any workshop has: a bigger file is almost certainly the wrong export."""

DONT_KNOW = ("", "dk", "tt")
ROLE_ALIASES = {"sales": "sales", "marketing": "marketing", "other": "other",
                "penjualan": "sales", "pemasaran": "marketing", "lainnya": "other"}
FIXED = ("respondent", "role")

register({
    "en": {
        "csv_empty": ("the file is empty",
                      "start it with the header line that `course score --template` prints"),
        "csv_no_rows": ("the file has a header but no respondents",
                        "add one line per respondent below the header"),
        "csv_not_utf8": ("the file is not UTF-8 text (unreadable byte {byte})",
                         "save it as \"CSV UTF-8\" in your spreadsheet program"),
        "csv_syntax": ("this line cannot be read as CSV ({detail})",
                       "check the quotation marks on this line"),
        "csv_missing_columns": ("the header has no column {columns}",
                                "add it; `course score --template` prints the complete header line"),
        "csv_unknown_column": ("the header has an unknown column `{column}`",
                               "rename it to `{best}` or delete the column"),
        "csv_unknown_column_plain": ("the header has an unknown column `{column}`",
                                     "delete the column; `course score --template` lists the columns"),
        "csv_duplicate_column": ("the column `{column}` appears twice in the header",
                                 "keep one of the two"),
        "csv_field_count": ("this line has {count} values but the header has {expected} columns",
                            "give every line one value per column; leave a cell empty for \"don't know\""),
        "csv_bad_value": ("`{value}` in column `{column}` is not an answer",
                          "write a whole number from 1 to 5, or leave the cell empty (or write dk) for \"don't know\""),
        "csv_no_respondent": ("the `respondent` cell is empty",
                              "write a name, initials or number that identifies the respondent"),
        "csv_duplicate_respondent": ("the respondent `{value}` already appears on line {first}",
                                     "give each respondent a different id, or delete the repeated line"),
        "csv_bad_role": ("`{value}` is not a role",
                         "write sales, marketing or other"),
        "csv_too_many_rows": ("the file has {count} respondent lines; at most {maximum} can be scored at once",
                              "split it into smaller files, for example one per workshop or per company"),
    },
    "id": {
        "csv_empty": ("berkas ini kosong",
                      "awali dengan baris judul kolom yang dicetak `course score --template`"),
        "csv_no_rows": ("berkas ini punya baris judul kolom tetapi tidak ada responden",
                        "tambahkan satu baris untuk setiap responden di bawah baris judul"),
        "csv_not_utf8": ("berkas ini bukan teks UTF-8 (byte {byte} tidak terbaca)",
                         "simpan sebagai \"CSV UTF-8\" di program lembar kerja Anda"),
        "csv_syntax": ("baris ini tidak dapat dibaca sebagai CSV ({detail})",
                       "periksa tanda kutip di baris ini"),
        "csv_missing_columns": ("baris judul tidak memuat kolom {columns}",
                                "tambahkan kolom itu; `course score --template` mencetak baris judul yang lengkap"),
        "csv_unknown_column": ("baris judul memuat kolom `{column}` yang tidak dikenal",
                               "ganti namanya menjadi `{best}` atau hapus kolom itu"),
        "csv_unknown_column_plain": ("baris judul memuat kolom `{column}` yang tidak dikenal",
                                     "hapus kolom itu; daftar kolom dicetak oleh `course score --template`"),
        "csv_duplicate_column": ("kolom `{column}` muncul dua kali di baris judul",
                                 "sisakan satu saja"),
        "csv_field_count": ("baris ini berisi {count} nilai, padahal baris judul punya {expected} kolom",
                            "beri setiap baris satu nilai per kolom; kosongkan sel untuk \"tidak tahu\""),
        "csv_bad_value": ("`{value}` di kolom `{column}` bukan jawaban",
                          "tulis bilangan bulat 1 sampai 5, atau kosongkan sel (atau tulis tt) untuk \"tidak tahu\""),
        "csv_no_respondent": ("sel `respondent` kosong",
                              "tulis nama, inisial, atau nomor yang menandai responden"),
        "csv_duplicate_respondent": ("responden `{value}` sudah ada di baris {first}",
                                     "beri setiap responden id yang berbeda, atau hapus baris yang berulang"),
        "csv_bad_role": ("`{value}` bukan peran",
                         "tulis sales, marketing, atau other (boleh juga penjualan, pemasaran, lainnya)"),
        "csv_too_many_rows": ("berkas ini berisi {count} baris responden; paling banyak {maximum} yang bisa dihitung sekaligus",
                              "pecah menjadi beberapa berkas, misalnya satu per lokakarya atau per perusahaan"),
    },
})


# --- reading --------------------------------------------------------------------------

@dataclass(frozen=True)
class Row:
    line: int
    respondent: str
    role: str
    answers: dict[str, int | None]


def template_header(inst: scoring.Instrument) -> str:
    """The CSV header: respondent, role, then the statements practice by practice in course order."""
    return ",".join(FIXED + inst.statement_ids)


def read_answers(path: Path, inst: scoring.Instrument, display: str | None = None) -> list[Row]:
    return parse_answers(path.read_bytes(), display or str(path), inst)


def parse_answers(raw: bytes, name: str, inst: scoring.Instrument) -> list[Row]:
    """Every respondent of the file, or ContentError with every problem found."""
    if raw.startswith(b"\xef\xbb\xbf"):  # spreadsheet programs often save UTF-8 with a BOM
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError([Problem.at(name, raw[: exc.start].count(b"\n") + 1, "csv_not_utf8",
                                       byte=f"0x{raw[exc.start]:02x}")]) from None
    if not text.strip():
        raise ContentError([Problem.at(name, 1, "csv_empty")])
    first = text.splitlines()[0]
    # Spreadsheets set to Indonesian (decimal comma) separate columns with semicolons.
    delimiter = ";" if ";" in first and "," not in first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)

    problems: list[Problem] = []
    try:
        header = next(reader)
    except csv.Error as exc:
        raise ContentError([Problem.at(name, 1, "csv_syntax", detail=str(exc))]) from None
    columns = [c.strip().lower() for c in header]
    problems += _check_header(name, columns, inst)
    known = set(FIXED) | set(inst.statement_ids)
    index = {c: i for i, c in reversed(list(enumerate(columns)))}

    rows: list[Row] = []
    seen: dict[str, int] = {}
    count = 0
    excess_line = 0
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(Problem.at(name, line, "csv_syntax", detail=str(exc)))
            break
        if not any(c.strip() for c in cells):
            continue  # a blank line between respondents is not a respondent
        count += 1
        if count > MAX_ROWS:
            excess_line = excess_line or line
            continue  # counted for the message; not checked one by one
        if len(cells) != len(columns):
            problems.append(Problem.at(name, line, "csv_field_count", count=len(cells), expected=len(columns)))
            continue
        row_problems: list[Problem] = []
        get = lambda column: cells[index[column]].strip() if column in index else ""  # noqa: E731
        respondent = get("respondent")
        if "respondent" in index and not respondent:
            row_problems.append(Problem.at(name, line, "csv_no_respondent"))
        elif respondent in seen:
            row_problems.append(Problem.at(name, line, "csv_duplicate_respondent", value=respondent,
                                           first=seen[respondent]))
        else:
            seen[respondent] = line
        role = ROLE_ALIASES.get(get("role").lower())
        if "role" in index and role is None:
            row_problems.append(Problem.at(name, line, "csv_bad_role", value=get("role")))
        answers: dict[str, int | None] = {}
        for sid in inst.statement_ids:
            value = get(sid)
            if value.lower() in DONT_KNOW:
                answers[sid] = None
            elif value in ("1", "2", "3", "4", "5"):
                answers[sid] = int(value)
            elif sid in index:
                row_problems.append(Problem.at(name, line, "csv_bad_value", value=value, column=sid))
        problems += row_problems
        if not row_problems and known <= set(index):
            rows.append(Row(line, respondent, role or "other", answers))
    if count > MAX_ROWS:
        problems.append(Problem.at(name, excess_line, "csv_too_many_rows", count=count, maximum=MAX_ROWS))
    elif count == 0 and not problems:
        problems.append(Problem.at(name, 2, "csv_no_rows"))
    if problems:
        raise ContentError(problems)
    return rows


def _check_header(name: str, columns: list[str], inst: scoring.Instrument) -> list[Problem]:
    expected = list(FIXED) + list(inst.statement_ids)
    out = []
    missing = [c for c in expected if c not in columns]
    if missing:
        out.append(Problem.at(name, 1, "csv_missing_columns", columns=", ".join(f"`{c}`" for c in missing)))
    seen: set[str] = set()
    for column in columns:
        if column in seen:
            out.append(Problem.at(name, 1, "csv_duplicate_column", column=column))
        seen.add(column)
        if column not in expected:
            best = difflib.get_close_matches(column, missing or expected, n=1, cutoff=0.6)
            out.append(Problem.at(name, 1, "csv_unknown_column", column=column, best=best[0]) if best
                       else Problem.at(name, 1, "csv_unknown_column_plain", column=column))
    return out


# --- scoring the cohort ------------------------------------------------------------------

@dataclass(frozen=True)
class Cohort:
    rows: tuple[Row, ...]
    results: tuple[scoring.Result, ...]
    team: scoring.Team


def score_cohort(inst: scoring.Instrument, rows: list[Row]) -> Cohort:
    results = tuple(scoring.score(inst, r.answers) for r in rows)
    return Cohort(tuple(rows), results, scoring.team(inst, [(r.role, res) for r, res in zip(rows, results)]))


def _num(value: Fraction | None) -> float | None:
    return float(value) if value is not None else None


def to_json(inst: scoring.Instrument, cohort: Cohort) -> dict[str, Any]:
    """The machine-readable result; `*_exact` fields give the exact fraction as `n/d`."""
    t = cohort.team
    respondents = []
    for row, r in zip(cohort.rows, cohort.results):
        respondents.append({
            "respondent": row.respondent, "role": row.role, "line": row.line,
            "score": _num(r.score), "score_exact": scoring.exact_text(r.score),
            "stage": r.stage, "near_boundary": list(r.near_boundary) if r.near_boundary else None,
            "dont_know": r.dont_know, "missing": list(r.missing),
            "practices": {p.practice: {"mean": _num(p.mean), "mean_exact": scoring.exact_text(p.mean),
                                       "stage": p.stage} for p in r.practices},
        })
    team = {
        "score": _num(t.score), "score_exact": scoring.exact_text(t.score), "stage": t.stage,
        "near_boundary": list(t.near_boundary) if t.near_boundary else None,
        "basis": t.basis, "one_sided": t.one_sided, "excluded": t.excluded,
        "groups": {role: {"size": g.size, "score": _num(g.score), "score_exact": scoring.exact_text(g.score)}
                   for role, g in t.groups.items()},
        "practices": {pid: {"mean": _num(t.practice_means.get(pid)), "stage": t.practice_stages.get(pid),
                            "sales": _num(t.groups["sales"].practice_means.get(pid)),
                            "marketing": _num(t.groups["marketing"].practice_means.get(pid))}
                      for pid in inst.practices},
        "gaps": {pid: _num(g) for pid, g in t.gaps.items()},
        "gaps_exact": {pid: scoring.exact_text(g) for pid, g in t.gaps.items()},
        "flagged": list(t.flagged),
    }
    return {"respondents": respondents, "team": team}


# --- words and figures in one language ---------------------------------------------------

class Words:
    """The `diagnostic:` strings of ui.yaml and the model's names, in one language."""

    def __init__(self, course: Course, lang: str):
        self.course, self.lang = course, lang
        self.t = {name: getattr(course.ui.diagnostic, name)[lang] for name in type(course.ui.diagnostic).model_fields}

    def __getitem__(self, key: str) -> str:
        return self.t[key]

    def stage(self, stage_id: str | None) -> str:
        if stage_id is None or stage_id == scoring.INSUFFICIENT:
            return self.t["not_enough"]
        return self.course.stage(stage_id).name[self.lang]

    def practice(self, pid: str) -> str:
        return self.course.practice(pid).name[self.lang]

    def role(self, role: str) -> str:
        return self.t[f"role_{role}"]

    def score(self, value: Fraction | None) -> str:
        return scoring.floor_text(value, scoring.SCORE_PLACES, self.t["decimal_mark"]) if value is not None else "–"

    def mean(self, value: Fraction | None) -> str:
        return scoring.floor_text(value, scoring.MEAN_PLACES, self.t["decimal_mark"]) if value is not None else "–"


def _used_roles(t: scoring.Team) -> list[str]:
    return list(scoring.SIDES) if t.basis == "both" else ([] if t.basis == "none" else [t.basis])


def summary(course: Course, inst: scoring.Instrument, cohort: Cohort, lang: str) -> str:
    """A readable summary for the terminal."""
    w = Words(course, lang)
    t = cohort.team
    lines = [w["team_result"], "=" * len(w["team_result"]),
             w["stage_line"].format(stage=w.stage(t.stage))]
    if t.score is not None:
        lines.append(w["score"].format(score=w.score(t.score)))
        if t.near_boundary:
            lines.append(w["near_boundary"].format(lower=w.stage(t.near_boundary[0]), upper=w.stage(t.near_boundary[1])))
        lines.append(w["team_rule"])
    if t.basis == "other":
        lines.append("! " + w["other_only"])
    elif t.one_sided:
        lines.append("! " + w["one_sided"].format(group=w.role(t.basis)))
    if t.excluded:
        lines.append(w["excluded"].format(count=t.excluded))
    lines += ["", w["groups"]]
    for role, g in t.groups.items():
        lines.append(f"  {w.role(role)}: {w['respondents']} {g.size}, {w['mean_score']} {w.score(g.score)}")
    roles = _used_roles(t)
    if roles:
        lines += ["", w["by_practice"]]
        for pid in inst.practices:
            parts = [f"{w.role(r)} {w.mean(t.groups[r].practice_means[pid])}" for r in roles]
            if t.gaps[pid] is not None:
                parts.append(f"{w['gap']} {w.mean(t.gaps[pid])}" + (f" ({w['gap_flagged']})" if pid in t.flagged else ""))
            lines.append(f"  {w.practice(pid)}: " + " · ".join(parts))
    lines += ["", w["respondents"]]
    for row, r in zip(cohort.rows, cohort.results):
        detail = f"{w.stage(r.stage)}, {w.score(r.score)}" if r.valid else (
            w.stage(r.stage) + ": " + ", ".join(w.practice(p) for p in r.missing))
        edge = f" ~ {w.stage(r.near_boundary[0])} / {w.stage(r.near_boundary[1])}" if r.near_boundary else ""
        lines.append(f"  {row.respondent} ({w.role(row.role)}): {detail}{edge}")
    return "\n".join(lines)


# --- the HTML report -------------------------------------------------------------------------

def _bar_rows(values: list[tuple[str, Fraction | None, str]], maximum: Fraction) -> list[dict[str, Any]]:
    return [{"label": label, "value": value, "text": text,
             "share": float(value / maximum) if value is not None and maximum else 0.0}
            for label, value, text in values]


def report_html(course: Course, inst: scoring.Instrument, cohort: Cohort, lang: str) -> str:
    """A self-contained HTML page for a workshop: inline styles and SVG, no script, nothing external."""
    w = Words(course, lang)
    t = cohort.team
    stage_ids = [s for s, _ in inst.stages] + [scoring.INSUFFICIENT]
    counts = {s: sum(1 for r in cohort.results if r.stage == s) for s in stage_ids}
    most = max(counts.values()) or 1
    distribution = [{"name": w.stage(s), "count": counts[s], "share": counts[s] / most} for s in stage_ids]
    roles = _used_roles(t)
    practices = []
    for pid in inst.practices:
        practices.append({
            "id": pid, "name": w.practice(pid),
            "bars": [{"role": r, "label": w.role(r), "value": t.groups[r].practice_means[pid],
                      "text": f"{w.role(r)} {w.mean(t.groups[r].practice_means[pid])} · "
                              f"{w.stage(inst.stage_of_mean(t.groups[r].practice_means[pid]))}",
                      "cell": f"{w.mean(t.groups[r].practice_means[pid])} · "
                              f"{w.stage(inst.stage_of_mean(t.groups[r].practice_means[pid]))}",
                      "share": float(t.groups[r].practice_means[pid] / 5)} for r in roles],
            "gap": w.mean(t.gaps[pid]) if t.gaps[pid] is not None else None,
            "flagged": pid in t.flagged,
        })
    recs = []
    if t.score is not None:
        ordered = sorted(inst.practices, key=lambda pid: t.practice_means[pid])
        for pid in ordered:
            stage = t.practice_stages[pid]
            nxt = inst.next_stage(stage)
            lesson = course.lesson_for_practice(pid)
            recs.append({
                "name": w.practice(pid), "mean": w.mean(t.practice_means[pid]), "stage": w.stage(stage),
                "lead": w["from_to"].format(**{"from": w.stage(stage), "to": w.stage(nxt)}) if nxt else w["at_top"],
                "steps": [s[lang] for s in course.practice(pid).next_steps.get(stage, [])] if nxt else [],
                "advice": "" if nxt else course.stage(stage).advice[lang],
                "lesson": ({"title": lesson.title[lang],
                            "href": f"{course.academy.site_url}{lang}/{lesson_href(lesson.id)}"} if lesson else None),
            })
    cuts = [{"x": float(cut / scoring.SCALE / 5), "name": w.stage(s)} for s, cut in inst.stages]
    people = [{"id": row.respondent, "role": w.role(row.role), "score": w.score(r.score), "stage": w.stage(r.stage),
               "near": bool(r.near_boundary), "dont_know": r.dont_know} for row, r in zip(cohort.rows, cohort.results)]
    stage = course.stage(t.stage) if t.score is not None else None
    return ENV.get_template("diagnostic_report.html.j2").render(
        lang=lang, w=w, t=t, title=w["report_title"], course_title=course.info.title[lang],
        stage_name=w.stage(t.stage), score=w.score(t.score) if t.score is not None else None,
        near=(w["near_boundary"].format(lower=w.stage(t.near_boundary[0]), upper=w.stage(t.near_boundary[1]))
              if t.near_boundary else None),
        meaning=stage.description[lang] if stage else None, advice=stage.advice[lang] if stage else None,
        one_sided=(w["other_only"] if t.basis == "other" else
                   w["one_sided"].format(group=w.role(t.basis)) if t.one_sided else None),
        excluded=w["excluded"].format(count=t.excluded) if t.excluded else None,
        groups=[{"name": w.role(r), "size": g.size, "score": w.score(g.score)} for r, g in t.groups.items()],
        distribution=distribution, practices=practices, roles=[{"id": r, "name": w.role(r)} for r in roles],
        both=t.basis == "both", gap_limit=w.mean(inst.gap_flag), cuts=cuts, recs=recs, people=people,
        source=course.model.source[lang],
    )


def write_report(path: Path, html: str) -> None:
    """Write the report whole or not at all (a temporary file renamed into place)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".html", dir=path.parent if str(path.parent) else ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(html)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
