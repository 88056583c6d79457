"""`mkdocs.yml`: the few settings of the site that an academy chooses; the builder writes the rest.

mkdocs' configuration can run code (hooks, plugins), read any file of the machine
(snippets, `INHERIT`), load from other hosts (fonts, analytics, scripts) and write raw HTML
into every page (palette, direction, repository names). A contributed mkdocs.yml is untrusted
input like any source, so the builder sets the theme, plugins, Markdown extensions and assets
itself, and mkdocs.yml may only hold the keys below. Every other key is refused at its line
with what to do instead: the keys mkdocs knows name the file or the builder that sets them.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import model_validator

from .base import NonEmpty, Refused, Strict

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

# Keys mkdocs knows that a course sets elsewhere: each is refused with the message that says
# where (a problem code in builder/messages/). Any other key gets "unknown key" with the keys allowed.
_FROM_ACADEMY = Refused("mkdocs_in_academy")
_FROM_COURSE = Refused("mkdocs_in_course")
_BUILDER = Refused("mkdocs_set_by_builder")
_CODE = Refused("mkdocs_runs_code")
_FILES = Refused("mkdocs_reads_files")
_REMOTE = Refused("mkdocs_loads_remote")


class ThemeSettings(Strict):
    """The theme's settings an academy may choose."""

    name: Literal["material"] = "material"
    """The theme: `material` (Material for MkDocs), the only one the course is made for."""
    features: list[Feature] | None = None
    """Material's features to switch on, e.g. `navigation.tabs`; this list replaces the course's own (`content.code.copy`, `navigation.footer`, `navigation.sections`, `navigation.top`, `search.highlight`, `toc.follow`)."""

    palette: Annotated[None, _FROM_ACADEMY] = None
    logo: Annotated[None, _FROM_ACADEMY] = None
    favicon: Annotated[None, _FROM_ACADEMY] = None
    font: Annotated[None, _REMOTE] = None
    custom_dir: Annotated[None, _FILES] = None
    static_templates: Annotated[None, _FILES] = None
    language: Annotated[None, _BUILDER] = None
    locale: Annotated[None, _BUILDER] = None
    direction: Annotated[None, _BUILDER] = None
    icon: Annotated[None, _BUILDER] = None


class MkdocsSettings(Strict):
    """`mkdocs.yml` at the top of the project: optional; the builder sets everything else."""

    site_name: NonEmpty | None = None
    """Not shown: each language's site is named after `title` in course/course.yaml. Allowed because mkdocs' own tools expect it."""
    theme: ThemeSettings = ThemeSettings()
    """The theme's settings: `name: material` and the `features` to switch on."""

    hooks: Annotated[None, _CODE] = None
    plugins: Annotated[None, _CODE] = None
    markdown_extensions: Annotated[None, _CODE] = None
    INHERIT: Annotated[None, _FILES] = None
    extra_css: Annotated[None, _REMOTE] = None
    extra_javascript: Annotated[None, _REMOTE] = None
    extra_templates: Annotated[None, _FILES] = None
    watch: Annotated[None, _FILES] = None
    docs_dir: Annotated[None, _FILES] = None
    site_dir: Annotated[None, _FILES] = None
    exclude_docs: Annotated[None, _FILES] = None
    draft_docs: Annotated[None, _FILES] = None
    not_in_nav: Annotated[None, _FILES] = None
    site_url: Annotated[None, _FROM_ACADEMY] = None
    copyright: Annotated[None, _FROM_ACADEMY] = None
    site_author: Annotated[None, _FROM_ACADEMY] = None
    site_description: Annotated[None, _FROM_COURSE] = None
    nav: Annotated[None, _FROM_COURSE] = None
    extra: Annotated[None, _BUILDER] = None
    use_directory_urls: Annotated[None, _BUILDER] = None
    strict: Annotated[None, _BUILDER] = None
    validation: Annotated[None, _BUILDER] = None
    dev_addr: Annotated[None, _BUILDER] = None
    remote_branch: Annotated[None, _BUILDER] = None
    remote_name: Annotated[None, _BUILDER] = None
    repo_url: Annotated[None, _REMOTE] = None
    repo_name: Annotated[None, _REMOTE] = None
    edit_uri: Annotated[None, _REMOTE] = None
    edit_uri_template: Annotated[None, _REMOTE] = None

    @model_validator(mode="before")
    @classmethod
    def _theme_by_name(cls, data: Any) -> Any:
        # `theme: material` is mkdocs' short form of `theme: {name: material}`.
        if isinstance(data, dict) and isinstance(data.get("theme"), str):
            return {**data, "theme": {"name": data["theme"]}}
        return data

    def features(self) -> list[str]:
        return list(self.theme.features) if self.theme.features is not None else list(DEFAULT_FEATURES)
