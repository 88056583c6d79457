"""Stage 4 — publishing targets built from a finished site (packages for an LMS and
for offline use)."""
