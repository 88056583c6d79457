"""`mkdocs.yml`: the few settings of the site that an academy chooses; the builder writes the rest.

mkdocs' configuration can run code (hooks, plugins), read any file of the machine
(snippets, `INHERIT`), load from other hosts (fonts, analytics, scripts) and write raw HTML
into every page (palette, direction, repository names). A contributed mkdocs.yml is untrusted
input like any source, so the builder sets the theme, plugins, Markdown extensions and assets
itself, and mkdocs.yml may only hold the keys below. Every other key is refused at its line
with what to do instead: the keys mkdocs knows name the file or the builder that sets them.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import model_validator

from .base import NonEmpty, Strict

Feature = Literal[
    "announce.dismiss", "content.code.annotate", "content.code.copy", "content.tabs.link", "content.tooltips",
    "header.autohide", "navigation.expand", "navigation.footer", "navigation.indexes", "navigation.prune",
    "navigation.sections", "navigation.tabs", "navigation.tabs.sticky", "navigation.top", "navigation.tracking",
    "search.highlight", "search.share", "search.suggest", "toc.follow", "toc.integrate",
]
"""Material's features that work offline, inside an LMS frame and with the course's page scripts.
Not `navigation.instant` (it swaps pages in place, so the quiz and diagnostic scripts would not
start) nor the edit and view buttons (they need a repository address)."""

DEFAULT_FEATURES: tuple[str, ...] = ("content.code.copy", "navigation.footer", "navigation.sections",
                                     "navigation.top", "search.highlight", "toc.follow")
"""The features a course has when mkdocs.yml lists none (the Toolkit's copy buttons need the first)."""

# Keys mkdocs knows that a course sets elsewhere, and the message that says where (a problem
# code in builder/messages/). Any other key gets "unknown key" with the keys allowed.
_FROM_ACADEMY = "mkdocs_in_academy"
_FROM_COURSE = "mkdocs_in_course"
_BUILDER = "mkdocs_set_by_builder"
_CODE = "mkdocs_runs_code"
_FILES = "mkdocs_reads_files"
_REMOTE = "mkdocs_loads_remote"


class ThemeSettings(Strict):
    """The theme's settings an academy may choose."""

    name: Literal["material"] = "material"
    """The theme: `material` (Material for MkDocs), the only one the course is made for."""
    features: list[Feature] | None = None
    """Material's features to switch on, e.g. `navigation.tabs`; this list replaces the course's own (`content.code.copy`, `navigation.footer`, `navigation.sections`, `navigation.top`, `search.highlight`, `toc.follow`)."""

    refused_keys: ClassVar[dict[str, str]] = {
        "palette": _FROM_ACADEMY, "logo": _FROM_ACADEMY, "favicon": _FROM_ACADEMY,
        "font": _REMOTE, "custom_dir": _FILES, "static_templates": _FILES,
        "language": _BUILDER, "locale": _BUILDER, "direction": _BUILDER, "icon": _BUILDER,
    }


class MkdocsSettings(Strict):
    """`mkdocs.yml` at the top of the project: optional; the builder sets everything else."""

    site_name: NonEmpty | None = None
    """Not shown: each language's site is named after `title` in course/course.yaml. Allowed because mkdocs' own tools expect it."""
    theme: ThemeSettings = ThemeSettings()
    """The theme's settings: `name: material` and the `features` to switch on."""

    refused_keys: ClassVar[dict[str, str]] = {
        "hooks": _CODE, "plugins": _CODE, "markdown_extensions": _CODE, "INHERIT": _FILES,
        "extra_css": _REMOTE, "extra_javascript": _REMOTE, "extra_templates": _FILES, "watch": _FILES,
        "docs_dir": _FILES, "site_dir": _FILES, "exclude_docs": _FILES, "draft_docs": _FILES, "not_in_nav": _FILES,
        "site_url": _FROM_ACADEMY, "copyright": _FROM_ACADEMY, "site_author": _FROM_ACADEMY,
        "site_description": _FROM_COURSE, "nav": _FROM_COURSE,
        "extra": _BUILDER, "use_directory_urls": _BUILDER, "strict": _BUILDER, "validation": _BUILDER,
        "dev_addr": _BUILDER, "repo_url": _REMOTE, "repo_name": _REMOTE, "edit_uri": _REMOTE,
        "edit_uri_template": _REMOTE, "remote_branch": _BUILDER, "remote_name": _BUILDER,
    }

    @model_validator(mode="before")
    @classmethod
    def _theme_by_name(cls, data: Any) -> Any:
        # `theme: material` is mkdocs' short form of `theme: {name: material}`.
        if isinstance(data, dict) and isinstance(data.get("theme"), str):
            return {**data, "theme": {"name": data["theme"]}}
        return data

    def features(self) -> list[str]:
        return list(self.theme.features) if self.theme.features is not None else list(DEFAULT_FEATURES)
