"""`course/academy.yaml`: the academy that publishes the course."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .base import NonEmpty, Strict, Text
from .printables import CertificateSettings


class Colours(Strict):
    """The academy's colours, as `#rrggbb`."""

    primary: Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$")]
    """Header and links, e.g. `"#1d4f7c"` (in quotes: YAML reads `#` as a comment). White text is drawn on it, so it must be dark enough: `course check` asks a contrast of at least 4.5:1 with white (WCAG AA) and suggests a darker shade of the same colour when it is not."""
    accent: Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$")]
    """Highlights, and buttons under the pointer, with white text on it: the same contrast rule as `primary`."""


class ContactLine(Strict):
    """One line of contact information."""

    label: Text
    """What the line is, e.g. `Telepon kantor` / `Office phone`."""
    value: NonEmpty
    """The address, number or e-mail, written as it should appear."""


# Written into every page (canonical links) and the sitemap: nothing in it may end an attribute or a tag.
_SITE_URL = r"^https?://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?/(?:[A-Za-z0-9._~%!$+,;=:@/-]*/)?$"


class Academy(Strict):
    """`course/academy.yaml`: the academy that publishes the course."""

    name: NonEmpty
    """Name of the academy, e.g. `Groedu Academy E-Learning`."""
    tagline: Text
    """Short description shown in the footer."""
    logo: NonEmpty
    """File name of the logo, in course/ (e.g. next to academy.yaml): SVG, PNG, JPEG or WebP, at most 1 MB. An SVG must not contain script, event handlers or links to other files."""
    colours: Colours
    """Brand colours."""
    contact: list[ContactLine] = []
    """Contact lines shown on the credits page."""
    site_url: Annotated[str, Field(pattern=_SITE_URL)]
    """Public address of the course site, `http://` or `https://`, ending in `/`: a host name and a path of letters, digits and `-._~%/` (no spaces, quotes or angle brackets)."""
    default_language: Literal["id", "en"] = "id"
    """Language the site opens in, and of the builder's messages: `id` or `en`."""
    certificates: CertificateSettings = CertificateSettings()
    """What `course certificates` prints on every certificate besides the participant and the course: the length of a lesson hour (JP), the signature lines and the city. Optional."""
