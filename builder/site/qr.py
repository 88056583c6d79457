"""QR codes for the links participants open from the room (the facilitator guide; the slides may reuse
it). Pure: a URL in, an SVG out, made at build time by segno (pure Python), so a page carries the code
itself and loads nothing.

A code is only worth printing when it leads somewhere: `placeholder_url` tells an address that cannot
be the course's public site (a reserved example host), for which the page says what to set instead.
"""

from __future__ import annotations

import io
import urllib.parse
from urllib.parse import urlsplit

import segno

ERROR = "m"
"""Error correction level M (15%): a printed sheet survives a crease or a glare on a projector."""
BORDER = 4
"""The quiet zone the QR standard asks for, in modules."""

_RESERVED = (".example", ".invalid", ".test", ".localhost")
_RESERVED_HOSTS = ("example.com", "example.net", "example.org", "localhost")


def placeholder_url(url: str) -> bool:
    """True when `url` points to a host reserved for examples (RFC 2606) or to this computer: a QR code to it
    would lead a participant's phone nowhere."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return (not host or host in _RESERVED_HOSTS or host.endswith(_RESERVED)
            or any(host.endswith("." + h) for h in _RESERVED_HOSTS) or host.startswith("127."))


def svg(url: str) -> str:
    """The QR code of `url` as one standalone SVG element (black on white whatever the page's colours, so it
    scans from a dark screen too), one unit per module, scaled by whoever places it."""
    code = segno.make(url, error=ERROR, micro=False)
    return code.svg_inline(scale=1, border=BORDER, dark="#000", light="#fff", omitsize=True, svgclass=None,
                           lineclass=None)


def data_uri(url: str) -> str:
    """The same SVG as a `data:` URI, for an `<img src>` (no markup of its own inside the page's text)."""
    code = svg(url)
    if "xmlns=" not in code:
        code = code.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    return "data:image/svg+xml," + urllib.parse.quote(code, safe="=:/'")


def png(url: str, scale: int = 10) -> bytes:
    """The same code as a PNG (`scale` pixels a module), for a PowerPoint deck, which holds no SVG alone."""
    out = io.BytesIO()
    segno.make(url, error=ERROR, micro=False).save(out, kind="png", scale=scale, border=BORDER, dark="#000",
                                                    light="#fff")
    return out.getvalue()
