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


def darker_shade(colour: str, against: str = WHITE, ratio: float = AA_TEXT) -> str:
    """The lightest shade of `colour`'s hue and saturation (HLS) whose contrast with `against` is at
    least `ratio`: the smallest change that passes, so the brand stays recognisable."""
    h, lightness, s = colorsys.rgb_to_hls(*(int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)))
    low, high = 0.0, lightness  # black passes against white; find the highest lightness that does
    for _ in range(30):
        mid = (low + high) / 2
        if contrast(_hex(*colorsys.hls_to_rgb(h, mid, s)), against) >= ratio:
            low = mid
        else:
            high = mid
    shade = _hex(*colorsys.hls_to_rgb(h, low, s))
    while contrast(shade, against) < ratio:  # rounding to whole channel values may land just below
        low -= 1 / 255
        shade = _hex(*colorsys.hls_to_rgb(h, max(low, 0.0), s))
    return shade


def lighter_shade(colour: str, against: str, ratio: float = AA_TEXT) -> str:
    """The darkest shade of `colour`'s hue and saturation (HLS), no darker than `colour`, whose contrast
    with the dark `against` is at least `ratio`: the academy's colour as text on a dark page."""
    h, lightness, s = colorsys.rgb_to_hls(*(int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)))
    if contrast(colour, against) >= ratio:
        return colour
    low, high = lightness, 1.0  # white passes against a dark page; find the lowest lightness that does
    for _ in range(30):
        mid = (low + high) / 2
        if contrast(_hex(*colorsys.hls_to_rgb(h, mid, s)), against) >= ratio:
            high = mid
        else:
            low = mid
    shade = _hex(*colorsys.hls_to_rgb(h, high, s))
    while contrast(shade, against) < ratio:  # rounding to whole channel values may land just below
        high += 1 / 255
        shade = _hex(*colorsys.hls_to_rgb(h, min(high, 1.0), s))
    return shade


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
