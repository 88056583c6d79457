"""Stage 1 — the sources: YAML read with line numbers, checked against the schema and
the course's own rules, and loaded into the one validated course model."""
