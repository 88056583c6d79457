"""The academy's colours must carry white text: WCAG 2 contrast, checked with the suggested fix.

Material draws the header's text and icons in white on the primary colour, and a hovered
button's white label on the accent colour; both are also the colour of links on the white page
(the same ratio, read the other way). WCAG 2.1 AA asks 4.5:1 for text of normal size. A colour
below it is refused with the nearest darker shade of the same hue that reaches it, so the fix
can be typed as it is.
"""

from __future__ import annotations

import colorsys

from ..problems import Problem
from .read import Sources

AA_TEXT = 4.5
"""WCAG 2.1 AA, text of normal size."""
WHITE = "#ffffff"


def _channel(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance of `#rrggbb` (WCAG 2.1)."""
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    """The contrast ratio of two colours, from 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _hex(r: float, g: float, b: float) -> str:
    return "#" + "".join(f"{round(v * 255):02x}" for v in (r, g, b))


def _shade(colour: str, against: str, ratio: float, limit: float) -> str:
    """The shade of `colour`'s hue and saturation (HLS) nearest to it whose contrast with `against`
    is at least `ratio`, searching lightness from the colour's own towards `limit` (0.0 black,
    1.0 white), which is assumed to pass."""
    h, lightness, s = colorsys.rgb_to_hls(*(int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)))
    passing, failing = limit, lightness
    for _ in range(30):
        mid = (passing + failing) / 2
        if contrast(_hex(*colorsys.hls_to_rgb(h, mid, s)), against) >= ratio:
            passing = mid
        else:
            failing = mid
    step = 1 / 255 if limit > lightness else -1 / 255
    shade = _hex(*colorsys.hls_to_rgb(h, passing, s))
    while contrast(shade, against) < ratio:  # rounding to whole channel values may land just below
        passing = min(max(passing + step, 0.0), 1.0)
        shade = _hex(*colorsys.hls_to_rgb(h, passing, s))
    return shade


def darker_shade(colour: str, against: str = WHITE, ratio: float = AA_TEXT) -> str:
    """The lightest shade of `colour`'s hue and saturation (HLS) whose contrast with `against` is at
    least `ratio`: the smallest change that passes, so the brand stays recognisable."""
    return _shade(colour, against, ratio, limit=0.0)  # black passes against white


def lighter_shade(colour: str, against: str, ratio: float = AA_TEXT) -> str:
    """The darkest shade of `colour`'s hue and saturation (HLS), no darker than `colour`, whose contrast
    with the dark `against` is at least `ratio`: the academy's colour as text on a dark page."""
    if contrast(colour, against) >= ratio:
        return colour
    return _shade(colour, against, ratio, limit=1.0)  # white passes against a dark page


def check_colours(s: Sources) -> list[Problem]:
    """Each academy colour carries white text at WCAG AA (4.5:1)."""
    if s.academy is None:
        return []
    f, out = s.academy, []
    for name in ("primary", "accent"):
        value = getattr(f.record.colours, name).lower()
        ratio = contrast(value, WHITE)
        if ratio < AA_TEXT:
            out.append(f.at(("colours", name), "colour_contrast", field=name, value=value,
                            ratio=f"{ratio:.1f}", needed=f"{AA_TEXT:g}", shade=darker_shade(value)))
    return out
