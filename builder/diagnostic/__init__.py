"""Stage 2 — the diagnostic's exact scoring (scoring.py), its result codes (codes.py) and the rules that
pick results out of a pasted chat (paste.py), and the cohort tools behind `course score` (reading a CSV
of answers, scoring a team, summing it up in words). No file is written here."""
