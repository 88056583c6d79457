"""Stage 3 — the site: the course made into a static site in two languages.

    build.py     the spine: sources → pages → files → mkdocs → the site, swapped in (read it first)
    pages/       pure renderers: course → each page's Markdown and HTML, the templates, the figures,
                 and the tokens standing for the sources' texts (pages/fragments.py)
    mkdocs/      mkdocs itself: its configuration (all the builder's), running it per language, the
                 texts' HTML put in place, the theme's overrides and the hooks that escape its texts
    write.py     the one module that writes files: sources for mkdocs, the staging folder, the swap
    search/      the search's word forms (Snowball stemmers) for the browser and the tests
    assets/      what ships with every site: page scripts and styles (one folder per component)
    serve.py     the live preview

Later stages (publish/, cli/) use `site.build` (the spine) and what this module exports (`slides`:
the lessons' slides, which publish/pptx.py writes as PowerPoint decks).
"""

from .pages import slides
from .pages.printables import certificates_page
from .pages.quiz import storage_key
from .pages.report import report_html
from .write import MARKER, staging, write_report

__all__ = ["slides", "storage_key", "report_html", "certificates_page", "MARKER", "staging", "write_report"]
