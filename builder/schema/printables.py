"""Words of privacy notes and of the printables (attendance sheet, certificates), and the academy's
certificate settings. `course/ui.yaml` holds the words (`privacy:` and `printables:`), `course/academy.yaml`
the settings (`certificates:`), `course/course.yaml` the course's hours (`jp:`)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .base import NonEmpty, Placeholders, Strict, Text


class PrivacyStrings(Strict):
    """Words of the privacy rule (`rules.min_group` in quizzes/diagnostic.yaml): results travel privately,
    and no page or report shows a group smaller than the rule allows."""

    share_private: Text
    """Said beside the result link: send it to the facilitator only, in a private chat, not to a group."""
    too_few: Annotated[Text, Placeholders("min")]
    """In place of a figure resting on fewer than `min` people, e.g. `too few to show (under {min})`."""
    too_few_team: Annotated[Text, Placeholders("min")]
    """In place of the team's result when a group it rests on has fewer than `min` people: what to do about it."""
    private_note: Annotated[Text, Placeholders("min")]
    """Under the team result and in the report: no names, no one's answers, no group under `min` people."""


class ReportStrings(Strict):
    """Words of the training report `course score --report` writes for the client (`laporan pelatihan`): its
    own parts; the diagnostic's, the pre/post test's and the evaluation's parts use their own groups' words."""

    title: Text
    """Title of the report, e.g. `Laporan pelatihan` / `Training report`."""
    screen: Text
    """On screen only, above the report: how to print it or save it as PDF, and that it loads nothing from elsewhere."""
    edition: Text
    """Label of the line for the course's edition."""
    diagnostic_heading: Text
    """Heading of the part with the team's diagnostic result, e.g. `Hasil diagnostik tim`."""
    attendance_heading: Text
    """Heading of the part with how many attended and how many results of each kind came in."""
    attended: Text
    """Row label: how many participants attended."""
    attended_unknown: Text
    """Said when the facilitator gave no attendance (neither a names file nor a count)."""
    diagnostic_results: Text
    """Row label: how many diagnostic results were counted."""
    pre_results: Text
    """Row label: how many pre-test results were counted."""
    post_results: Text
    """Row label: how many post-test results were counted."""
    evaluation_results: Text
    """Row label: how many evaluations were counted."""
    counts_note: Annotated[Text, Placeholders("min")]
    """Said under the counts: a count is a total, never a list of people; parts resting on fewer than `min` people are not shown."""
    none_received: Text
    """Said in a part whose results the session did not leave (no link or row of that kind)."""
    commitments_heading: Text
    """Heading of the room's 90-day commitments."""
    commitments_intro: Text
    """Said above them: the steps the room agreed, as the facilitator typed them in, without names."""
    commitments_none: Text
    """Said when the facilitator gave no commitments."""
    follow_up_heading: Text
    """Heading of the follow-up dates."""
    follow_up_30: Annotated[Text, Placeholders("date")]
    """The 30-day follow-up: on `date` the facilitator asks the team how its first step is going."""
    follow_up_90: Annotated[Text, Placeholders("date")]
    """The 90-day review: on `date` the team takes the diagnostic again to see whether its stage has moved."""
    made_by: Annotated[Text, Placeholders("academy", "date")]
    """Foot of the report: who made it and when."""


class PrintableStrings(Strict):
    """Words of the attendance sheet (`attendance.html`) and the certificates (`course certificates`)."""

    attendance_title: Text
    """Title of the attendance sheet, e.g. `Daftar hadir` / `Attendance sheet`."""
    attendance_cta: Text
    """Lead-in of the link to the attendance sheet in the facilitator guide."""
    attendance_screen: Text
    """On screen only, above the sheet: how to print it."""
    date: Text
    """Label of the line for the session's date."""
    place: Text
    """Label of the line for the session's place."""
    trainer: Text
    """Label of the line for the trainer's name."""
    client: Text
    """Label of the line for the client company."""
    edition_tick: Text
    """Before the editions' names on the attendance sheet of a course with more than one, each with a box the
    facilitator ticks, e.g. `Edisi (centang satu):`."""
    time: Text
    """Label of the line for the session's clock times, filled in by hand (e.g. `Pukul` / `Time`)."""
    jp: Text
    """Label of the line for the session's training hours in JP, filled in by hand: HR records each person's
    hours from this sheet."""
    number: Text
    """Column heading: the row number."""
    name: Text
    """Column heading: the participant's name."""
    role: Text
    """Column heading: the participant's job or position."""
    employee_id: Text
    """Column heading: the employee number HR posts training hours by (e.g. `No. karyawan`)."""
    department: Text
    """Column heading: the participant's department."""
    signature: Text
    """Column heading: the participant's signature."""
    certificate_title: Text
    """Heading of a certificate, e.g. `Sertifikat` / `Certificate`."""
    certificate_given: Text
    """Line above the participant's name, e.g. `diberikan kepada` / `is awarded to`."""
    certificate_for: Text
    """Line between the name and the course title, e.g. `atas partisipasinya dalam pelatihan` / `for taking part in the training`."""
    certificate_edition: Annotated[Text, Placeholders("edition")]
    """The edition line, e.g. `Edisi {edition}` / `{edition} edition`."""
    certificate_hours: Annotated[Text, Placeholders("jp", "minutes")]
    """The hours line: `jp` lesson hours of `minutes` minutes each, e.g. `{jp} JP (1 JP = {minutes} menit)`."""
    months: Text
    """The twelve month names from January, separated by commas, for the certificates' date, e.g. `Januari, Februari, …`."""
    certificates_title: Text
    """Title of the certificates file (the browser's tab)."""
    certificates_screen: Annotated[Text, Placeholders("count")]
    """On screen only, above the certificates: how many there are and how to print them (A4 landscape)."""


class Signatory(Strict):
    """One signature line on a certificate."""

    name: NonEmpty
    """The signatory's name as it is printed under the line, e.g. `Dra. Ratna Wijaya, M.M.`."""
    title: Text
    """The signatory's position, e.g. `Direktur` / `Director`."""


class CertificateSettings(Strict):
    """What every certificate of the academy carries besides the participant and the course."""

    jp_minutes: Annotated[int, Field(ge=30, le=60)] = 45
    """Length of one lesson hour (*JP*, jam pelajaran) in minutes; 45 is the usual length for training in Indonesia."""
    signatories: Annotated[list[Signatory], Field(max_length=3)] = []
    """Up to three signature lines, left to right (e.g. the academy's director and the trainer). Leave it out for none."""
    city: str = ""
    """City printed before the date, e.g. `Surabaya`; leave it out to print the date alone."""
