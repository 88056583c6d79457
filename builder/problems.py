"""Problems found in the instructor's sources, and how they are worded.

A problem is data (file, line, code, parameters); its wording is looked up at
report time so the same run can be shown in English or Indonesian. Every
message says what is wrong and what to write instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# Each entry: (what is wrong, what to write instead). Parameters are filled
# with str.format; keep them identical in both languages.
MESSAGES: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "yaml_syntax": (
            "the YAML cannot be read here ({detail})",
            "check the indentation, put a space after every `key:`, and put "
            "text that contains `: ` or starts with a special character in quotes",
        ),
        "yaml_unclosed_quote": (
            "a quotation mark opened on this line is never closed",
            "add the closing quote at the end of the text",
        ),
        "yaml_colon_in_text": (
            "this line has a `: ` inside a text, which YAML reads as a new key",
            "put the whole text in double quotes, e.g. `en: \"Rule: one owner per lead\"`",
        ),
        "yaml_missing_colon": (
            "a key on this line is not followed by `:`",
            "write the key, a colon and a space, e.g. `title:`",
        ),
        "yaml_indent": (
            "the indentation of this line does not match the lines above it",
            "line it up with the other keys of the same block (spaces only, two per level)",
        ),
        "duplicate_key": (
            "the key `{key}` appears twice in the same block (first on line {first})",
            "keep one `{key}:` and delete or rename the other",
        ),
        "tab": (
            "this line is indented with a tab",
            "indent with spaces only (two spaces per level)",
        ),
        "bom": (
            "the file starts with an invisible byte-order mark",
            "save the file as \"UTF-8\" (without BOM) in your editor",
        ),
        "not_utf8": (
            "the file is not UTF-8 text (unreadable byte {byte})",
            "save the file with the encoding \"UTF-8\" in your editor",
        ),
        "not_mapping": (
            "the file must be a set of `key: value` lines, but it is {found}",
            "start the file with the keys shown in course/README.md",
        ),
        "unknown_key": (
            "unknown key `{key}`",
            "{suggestion}",
        ),
        "missing_field": (
            "the required field `{field}` is missing",
            "add `{field}:` here",
        ),
        "missing_language": (
            "this text is given in {present} but not in {absent}",
            "add `{absent_code}:` with the {absent} text next to `{present_code}:`",
        ),
        "empty_text": (
            "this text is empty",
            "write the text, or delete the field if it is optional",
        ),
        "expected_text": (
            "expected a text here, found {found}",
            "write the text on the same line after the colon, or use `|` for several lines",
        ),
        "expected_language_pair": (
            "expected a text in both languages here, found {found}",
            "write two lines below it: `id: …` (Indonesian) and `en: …` (English)",
        ),
        "expected_list": (
            "expected a list here, found {found}",
            "write each item on its own line starting with `- `",
        ),
        "expected_mapping": (
            "expected a block of `key: value` lines here, found {found}",
            "write the keys indented below this line, as in course/README.md",
        ),
        "expected_number": (
            "`{value}` is not a whole number",
            "write a whole number such as 10",
        ),
        "number_range": (
            "{value} is out of range",
            "write a number {range}",
        ),
        "expected_flag": (
            "`{value}` is not `true` or `false`",
            "write `true` or `false`",
        ),
        "bad_choice": (
            "`{value}` is not one of the allowed values",
            "write one of: {allowed}",
        ),
        "bad_id": (
            "`{value}` cannot be used as an id",
            "use lower-case letters, digits and hyphens only, starting with a letter (for example `rules-of-engagement`)",
        ),
        "too_few": (
            "this list has {count} item(s); at least {minimum} are needed",
            "add {missing} more",
        ),
        "too_many": (
            "this list has {count} item(s); at most {maximum} are allowed",
            "remove {extra}",
        ),
        "duplicate_id": (
            "the {kind} id `{value}` is already used in {other}",
            "give this {kind} a different id",
        ),
        "unknown_ref": (
            "there is no {kind} with the id `{value}`",
            "{suggestion}",
        ),
        "duplicate_order": (
            "lesson order {value} is already used by {other}",
            "give each lesson its own `order:` number",
        ),
        "quiz_unused": (
            "the knowledge check `{value}` is not used by any lesson",
            "write `quiz: {value}` in the lesson it belongs to, or delete this file",
        ),
        "quiz_shared": (
            "the knowledge check `{value}` is already used by {other}",
            "give each lesson its own knowledge check",
        ),
        "single_correct": (
            "a single-choice question needs exactly one option with `correct: true`, this one has {count}",
            "mark exactly one option `correct: true`, or use `type: multiple`",
        ),
        "multiple_correct": (
            "a multiple-choice question needs at least one option with `correct: true`",
            "mark every right option with `correct: true`",
        ),
        "duplicate_option": (
            "two options have the same {lang_name} text: \"{value}\"",
            "make each option different",
        ),
        "no_lessons": (
            "no lesson files were found",
            "add at least one lesson as course/lessons/NAME.yaml",
        ),
        "missing_file": (
            "the file is missing",
            "create it; course/README.md shows what it contains",
        ),
        "missing_asset": (
            "the file `{value}` does not exist",
            "put the file next to this YAML file, or correct the name",
        ),
        "diagnostic_count": (
            "the practice `{practice}` has {count} statement(s); the diagnostic needs exactly {needed} per practice",
            "write {needed} statements with `practice: {practice}`",
        ),
        "stage_scores": (
            "the stages' `from_score` values must start at 20 and increase in the order of the stages",
            "use 20, 40, 60 and 80 as in the HBR diagnostic",
        ),
        "glossary_spelling": (
            "\"{spelled}\" is written here, but the glossary spells it \"{term}\"",
            "write \"{term}\" (see course/glossary.yaml)",
        ),
        "internal_link": (
            "the link `{value}` points to a page that does not exist",
            "{suggestion}",
        ),
        "bad_format": (
            "`{value}` is not written in the expected form",
            "write it like `{example}`",
        ),
        "other": (
            "{detail}",
            "check this line against course/README.md",
        ),
    },
    "id": {
        "yaml_syntax": (
            "YAML di sini tidak dapat dibaca ({detail})",
            "periksa indentasi, beri spasi setelah setiap `kunci:`, dan beri tanda "
            "kutip pada teks yang memuat `: ` atau diawali karakter khusus",
        ),
        "yaml_unclosed_quote": (
            "tanda kutip yang dibuka di baris ini tidak pernah ditutup",
            "tambahkan tanda kutip penutup di akhir teks",
        ),
        "yaml_colon_in_text": (
            "baris ini memuat `: ` di dalam teks, yang dibaca YAML sebagai kunci baru",
            "apit seluruh teks dengan tanda kutip ganda, misalnya `id: \"Aturan: satu pemilik per prospek\"`",
        ),
        "yaml_missing_colon": (
            "kunci di baris ini tidak diikuti `:`",
            "tulis kunci, titik dua, lalu spasi, misalnya `title:`",
        ),
        "yaml_indent": (
            "indentasi baris ini tidak sejajar dengan baris di atasnya",
            "sejajarkan dengan kunci lain di blok yang sama (spasi saja, dua per tingkat)",
        ),
        "duplicate_key": (
            "kunci `{key}` muncul dua kali di blok yang sama (pertama di baris {first})",
            "sisakan satu `{key}:`, hapus atau ganti nama yang lain",
        ),
        "tab": (
            "baris ini diindentasi dengan tab",
            "gunakan spasi saja untuk indentasi (dua spasi per tingkat)",
        ),
        "bom": (
            "berkas diawali tanda byte-order (BOM) yang tidak terlihat",
            "simpan berkas sebagai \"UTF-8\" (tanpa BOM) di editor Anda",
        ),
        "not_utf8": (
            "berkas ini bukan teks UTF-8 (byte {byte} tidak terbaca)",
            "simpan berkas dengan encoding \"UTF-8\" di editor Anda",
        ),
        "not_mapping": (
            "berkas harus berisi baris `kunci: nilai`, tetapi isinya {found}",
            "awali berkas dengan kunci-kunci seperti contoh di course/README.md",
        ),
        "unknown_key": (
            "kunci `{key}` tidak dikenal",
            "{suggestion}",
        ),
        "missing_field": (
            "kolom wajib `{field}` belum diisi",
            "tambahkan `{field}:` di sini",
        ),
        "missing_language": (
            "teks ini ada dalam {present}, tetapi belum ada dalam {absent}",
            "tambahkan `{absent_code}:` berisi teks {absent} di samping `{present_code}:`",
        ),
        "empty_text": (
            "teks ini kosong",
            "tulis teksnya, atau hapus kolom ini bila tidak wajib",
        ),
        "expected_text": (
            "di sini seharusnya teks, tetapi yang tertulis {found}",
            "tulis teks di baris yang sama setelah titik dua, atau pakai `|` untuk beberapa baris",
        ),
        "expected_language_pair": (
            "di sini seharusnya teks dalam dua bahasa, tetapi yang tertulis {found}",
            "tulis dua baris di bawahnya: `id: …` (Indonesia) dan `en: …` (Inggris)",
        ),
        "expected_list": (
            "di sini seharusnya daftar, tetapi yang tertulis {found}",
            "tulis setiap butir di barisnya sendiri, diawali `- `",
        ),
        "expected_mapping": (
            "di sini seharusnya blok `kunci: nilai`, tetapi yang tertulis {found}",
            "tulis kunci-kuncinya menjorok di bawah baris ini, seperti di course/README.md",
        ),
        "expected_number": (
            "`{value}` bukan bilangan bulat",
            "tulis bilangan bulat, misalnya 10",
        ),
        "number_range": (
            "{value} di luar batas",
            "tulis angka {range}",
        ),
        "expected_flag": (
            "`{value}` bukan `true` atau `false`",
            "tulis `true` atau `false`",
        ),
        "bad_choice": (
            "`{value}` bukan salah satu nilai yang diizinkan",
            "tulis salah satu dari: {allowed}",
        ),
        "bad_id": (
            "`{value}` tidak dapat dipakai sebagai id",
            "pakai huruf kecil, angka, dan tanda hubung saja, diawali huruf (misalnya `rules-of-engagement`)",
        ),
        "too_few": (
            "daftar ini berisi {count} butir; minimal {minimum} butir",
            "tambahkan {missing} butir lagi",
        ),
        "too_many": (
            "daftar ini berisi {count} butir; maksimal {maximum} butir",
            "hapus {extra} butir",
        ),
        "duplicate_id": (
            "id {kind} `{value}` sudah dipakai di {other}",
            "beri {kind} ini id yang lain",
        ),
        "unknown_ref": (
            "tidak ada {kind} dengan id `{value}`",
            "{suggestion}",
        ),
        "duplicate_order": (
            "urutan pelajaran {value} sudah dipakai oleh {other}",
            "beri setiap pelajaran nomor `order:` sendiri",
        ),
        "quiz_unused": (
            "uji pemahaman `{value}` tidak dipakai oleh pelajaran mana pun",
            "tulis `quiz: {value}` di pelajaran yang bersangkutan, atau hapus berkas ini",
        ),
        "quiz_shared": (
            "uji pemahaman `{value}` sudah dipakai oleh {other}",
            "beri setiap pelajaran uji pemahamannya sendiri",
        ),
        "single_correct": (
            "soal pilihan tunggal perlu tepat satu opsi `correct: true`, soal ini punya {count}",
            "tandai tepat satu opsi dengan `correct: true`, atau pakai `type: multiple`",
        ),
        "multiple_correct": (
            "soal pilihan ganda perlu minimal satu opsi `correct: true`",
            "tandai setiap opsi yang benar dengan `correct: true`",
        ),
        "duplicate_option": (
            "dua opsi memiliki teks {lang_name} yang sama: \"{value}\"",
            "buat setiap opsi berbeda",
        ),
        "no_lessons": (
            "tidak ada berkas pelajaran",
            "tambahkan minimal satu pelajaran sebagai course/lessons/NAMA.yaml",
        ),
        "missing_file": (
            "berkas ini tidak ada",
            "buat berkas ini; isinya dijelaskan di course/README.md",
        ),
        "missing_asset": (
            "berkas `{value}` tidak ada",
            "letakkan berkas itu di samping berkas YAML ini, atau perbaiki namanya",
        ),
        "diagnostic_count": (
            "praktik `{practice}` punya {count} pernyataan; diagnostik memerlukan tepat {needed} per praktik",
            "tulis {needed} pernyataan dengan `practice: {practice}`",
        ),
        "stage_scores": (
            "nilai `from_score` tiap tahap harus diawali 20 dan naik sesuai urutan tahap",
            "pakai 20, 40, 60, dan 80 seperti pada diagnostik HBR",
        ),
        "glossary_spelling": (
            "di sini tertulis \"{spelled}\", padahal glosarium mengejanya \"{term}\"",
            "tulis \"{term}\" (lihat course/glossary.yaml)",
        ),
        "internal_link": (
            "tautan `{value}` mengarah ke halaman yang tidak ada",
            "{suggestion}",
        ),
        "bad_format": (
            "`{value}` tidak ditulis dalam bentuk yang diharapkan",
            "tulis seperti `{example}`",
        ),
        "other": (
            "{detail}",
            "cocokkan baris ini dengan course/README.md",
        ),
    },
}

# Words used inside messages, per language.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "id": "Indonesian", "en": "English",
        "lesson": "lesson", "quiz": "knowledge check", "question": "question",
        "stage": "stage", "practice": "practice", "statement": "statement",
        "option": "option", "item": "item", "term": "glossary term",
        "a text": "a text", "a list": "a list", "a block of keys": "a block of keys",
        "nothing": "nothing",
        "did_you_mean": "did you mean `{best}`? Allowed here: {allowed}",
        "allowed_here": "remove it; allowed here: {allowed}",
        "known_ids": "use one of: {known}",
        "internal_link_help": "link to a page of this course, e.g. `../glossary.md`, `../diagnostic.md` or `other-lesson.md`",
        "known_close": "did you mean `{best}`? Known ids: {known}",
        "range_between": "from {lo} to {hi}",
        "range_min": "of at least {lo}",
        "range_max": "of at most {hi}",
        "problem": "problem", "problems": "problems",
        "summary": "{count} {noun} found; nothing was written.",
    },
    "id": {
        "id": "bahasa Indonesia", "en": "bahasa Inggris",
        "lesson": "pelajaran", "quiz": "uji pemahaman", "question": "soal",
        "stage": "tahap", "practice": "praktik", "statement": "pernyataan",
        "option": "opsi", "item": "butir", "term": "istilah glosarium",
        "a text": "teks", "a list": "daftar", "a block of keys": "blok kunci",
        "nothing": "kosong",
        "did_you_mean": "mungkin maksudnya `{best}`? Yang diizinkan di sini: {allowed}",
        "allowed_here": "hapus kunci ini; yang diizinkan di sini: {allowed}",
        "known_ids": "pakai salah satu dari: {known}",
        "internal_link_help": "tautkan ke halaman kursus ini, misalnya `../glossary.md`, `../diagnostic.md`, atau `pelajaran-lain.md`",
        "known_close": "mungkin maksudnya `{best}`? Id yang ada: {known}",
        "range_between": "antara {lo} dan {hi}",
        "range_min": "minimal {lo}",
        "range_max": "maksimal {hi}",
        "problem": "masalah", "problems": "masalah",
        "summary": "Ditemukan {count} {noun}; tidak ada yang ditulis.",
    },
}

LANGS = ("id", "en")


def register(messages: dict[str, dict[str, tuple[str, str]]]) -> None:
    """Add the messages of another part of the builder (e.g. the CSV reader of `course score`).

    `messages` maps language → code → (what is wrong, what to write instead);
    both languages must define the same codes.
    """
    if set(messages) != set(MESSAGES) or len({frozenset(v) for v in messages.values()}) != 1:
        raise ValueError("register() needs the same message codes in every language")
    for lang, table in messages.items():
        clash = set(table) & set(MESSAGES[lang])
        if clash:
            raise ValueError(f"message codes already defined: {sorted(clash)}")
        MESSAGES[lang].update(table)


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in the sources, located by file and line (1-based)."""

    path: str
    line: int
    code: str
    params: tuple[tuple[str, str], ...] = field(default=())

    @classmethod
    def at(cls, path: str | Path, line: int, code: str, **params: object) -> "Problem":
        return cls(str(path), max(int(line), 1), code,
                   tuple(sorted((k, str(v)) for k, v in params.items())))

    def message(self, lang: str = "en") -> str:
        lang = lang if lang in MESSAGES else "en"
        what, instead = MESSAGES[lang].get(self.code, MESSAGES[lang]["other"])
        params = _localise(lang, dict(self.params))
        what, instead = what.format(**params), instead.format(**params)
        return f"{what} — {instead}"

    def format(self, lang: str = "en") -> str:
        return f"{self.path}:{self.line}: {self.message(lang)}"


# Parameters whose values are keys into WORDS, so they follow --lang.
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
    text = WORDS.get(lang, WORDS["en"]).get(name, name)
    return text.format(**params) if params else text


class ContentError(Exception):
    """The sources have mistakes an instructor must fix (exit status 1)."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems))
        super().__init__(f"{len(self.problems)} problem(s) in the course sources")

    def report(self, lang: str = "en") -> str:
        lines = [p.format(lang) for p in self.problems]
        n = len(self.problems)
        noun = word(lang, "problem" if n == 1 else "problems")
        lines.append(word(lang, "summary", count=n, noun=noun))
        return "\n".join(lines)


class UsageError(Exception):
    """The command was called the wrong way (exit status 2); worded in both languages."""

    def __init__(self, en: str, id: str | None = None):
        self.texts = {"en": en, "id": id or en}
        super().__init__(en)

    def message(self, lang: str = "en") -> str:
        return self.texts.get(lang, self.texts["en"])
