"""A sample session for the training report's tests: the chat a facilitator exports after a workshop,
holding diagnostic (`#r=`), pre/post test (`#t=`) and evaluation (`#e=`) results among people's
words, built from whatever course is given (never from the shipped course's content choices).

`session_chat(course, site_url, ...)` returns the text; the sizes choose which parts a group under
the privacy rule's `min_group` hides.
"""

from __future__ import annotations

from builder.course import Course
from builder.diagnostic import codes, evaluation, prepost, scoring


def diagnostic_codes(course: Course, people: int) -> list[str]:
    """`people` different respondents, alternating sales and marketing."""
    inst = scoring.Instrument.from_course(course)
    out = []
    for i in range(people):
        answers = {sid: 1 + (i + 2 * k) % 5 if k % 4 else 2 + i % 3 for k, sid in enumerate(inst.statement_ids)}
        role = ("sales", "marketing")[i % 2]
        out.append(codes.encode(inst, answers, role))
    return out


def prepost_codes(course: Course, pre: int, post: int) -> list[str]:
    """`pre` pre-tests mostly wrong and `post` post-tests mostly right, roles alternating."""
    pset = prepost.ItemSet.from_course(course)
    if pset is None:
        return []
    out = []
    for test, count in (("pre", pre), ("post", post)):
        for i in range(count):
            # Before: only every third item right; after: all but one item, a different one each time.
            answers = [item.correct if (k % 3 == 0 if test == "pre" else k != i % len(pset.items)) else 0
                       for k, item in enumerate(pset.items)]
            role = ("sales", "marketing")[i % 2]
            out.append(prepost.encode(pset, role, test, answers, f"{test[:2]}{i:02d}"))
    return out


COMMENTS = ["Contoh kasusnya pas dengan pekerjaan kami", "<b>lebih banyak</b> latihan & studi kasus", "",
            "Waktunya kurang 🙏", "Materi aturan main sangat berguna"]


def evaluation_codes(course: Course, people: int) -> list[str]:
    """`people` evaluations with varied ratings, choices and comments (one with markup, which stays text)."""
    qs = evaluation.QuestionSet.from_course(course)
    out = []
    for i in range(people):
        ratings = tuple(1 + (i + k) % 5 if (i + k) % 7 else None for k in range(len(qs.ratings)))
        choice = (*qs.practices, evaluation.OTHER, None)[i % (len(qs.practices) + 2)]
        response = evaluation.Response(ratings, choice, COMMENTS[i % len(COMMENTS)])
        out.append(evaluation.encode(qs, f"n{i:03d}", response))
    return out


def session_chat(course: Course, site_url: str, diagnostic: int = 8, pre: int = 8, post: int = 7,
                 evaluations: int = 7) -> str:
    """A WhatsApp-style export of one session's results, sent to the facilitator in private chats."""
    links = ([f"{site_url}/id/diagnostic.html#r={c}" for c in diagnostic_codes(course, diagnostic)]
             + [f"{site_url}/id/prepost.html#t={c}" for c in prepost_codes(course, pre, post)]
             + [f"{site_url}/id/evaluation.html#e={c}" for c in evaluation_codes(course, evaluations)])
    lines = [f"06/12/26 {9 + i // 60:02d}.{i % 60:02d} - Peserta {i + 1}: ini hasil saya 👍 {link}"
             for i, link in enumerate(links)]
    return "\n".join(["06/12/26 08.59 - Fasilitator: kirim hasilnya ke saya lewat chat pribadi ya"] + lines)
