"""Stage 3 — the site: pure renderers (course → Markdown, HTML, SVG), the templates,
theme overrides and browser assets, the one module that writes files, mkdocs, and the
live preview."""
