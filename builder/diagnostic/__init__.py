"""Stage 2 — the diagnostic's exact scoring, and the cohort tools behind `course score`
(reading a CSV of answers, scoring a team, summing it up in words). No file is written here."""
