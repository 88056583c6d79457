"""The course's plain texts that mkdocs and the Material theme write themselves, escaped on the way in.

The theme writes the site name, navigation titles, page titles and the footer line
into its pages as they are (its templates do not escape), and escapes a few of them
itself (`| e` in title attributes). Handing it each text as escaped `Markup` makes both
right: written as is, the markup shows as text; escaped again, `Markup` stays as it is.
`run_mkdocs` registers these functions as mkdocs event handlers (like a `hooks:` file).
"""

from __future__ import annotations

from typing import Any

from ...sources.markup import plain

_CONFIG_TEXTS = ("site_name", "site_description", "site_author", "copyright")


def on_config(config: Any) -> Any:
    for key in _CONFIG_TEXTS:
        if config.get(key):
            config[key] = plain(config[key])
    for alternate in (config.get("extra") or {}).get("alternate") or []:
        if isinstance(alternate, dict) and alternate.get("name"):
            alternate["name"] = plain(alternate["name"])
    return config


def _titles(items: list[Any]) -> None:
    for item in items:
        if getattr(item, "title", None):
            item.title = plain(item.title)
        _titles(getattr(item, "children", None) or [])


def on_nav(nav: Any, config: Any, files: Any) -> Any:  # noqa: ARG001 - mkdocs' event signature
    _titles(nav.items)
    return nav


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:  # noqa: ARG001 - mkdocs' signature
    for key in ("title", "description"):
        if isinstance(page.meta.get(key), str):
            page.meta[key] = plain(page.meta[key])
    return markdown
