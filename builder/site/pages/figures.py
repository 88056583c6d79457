"""Diagrams drawn from course/model.yaml, as inline SVG (pure: text in, text out).

Every label comes from the model in the page's language, so a renamed stage
or practice changes the picture too. Each SVG carries a title and a
description for screen readers; the page adds a visible text alternative.
"""

from __future__ import annotations

import math
from html import escape

from ...course import Course

FIGURES = ("stage-ladder", "practice-wheel")


def figure(course: Course, name: str, lang: str, primary: str) -> tuple[str, str, str]:
    """Return (svg, title, plain-text description) for a figure name."""
    if name == "stage-ladder":
        return _ladder(course, lang, primary)
    return _wheel(course, lang, primary)


def _wrap(text: str, width: int) -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + ([line] if line else [])


def _tint(colour: str, strength: float) -> tuple[str, str]:
    """The colour mixed with white, and a text colour that keeps AA contrast on it."""
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(255 - (255 - c) * strength) for c in rgb]
    lum = sum(w * ((c / 255) / 12.92 if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4)
              for w, c in zip((0.2126, 0.7152, 0.0722), mixed, strict=True))
    ink = "#ffffff" if (1.05 / (lum + 0.05)) >= 4.5 else "#1a1a1a"
    return "#" + "".join(f"{c:02x}" for c in mixed), ink


def _ladder(course: Course, lang: str, primary: str) -> tuple[str, str, str]:
    stages = course.model.stages
    n = len(stages)
    step_w, step_h, gap = 170, 58, 8
    width, height = n * (step_w + gap) + 10, n * step_h + 70
    title = course.ui.site.ladder_title[lang]
    parts = []
    for i, stage in enumerate(stages):
        x = 5 + i * (step_w + gap)
        h = (i + 1) * step_h
        y = height - 10 - h
        fill, ink = _tint(primary, 0.35 + 0.65 * (i + 1) / n)
        parts.append(f'<rect x="{x}" y="{y}" width="{step_w}" height="{h}" rx="6" fill="{fill}"/>')
        label = stage.name[lang].split(" (")[0]
        parts.append(f'<text x="{x + step_w / 2}" y="{y + 25}" text-anchor="middle" class="fig-strong" '
                     f'fill="{ink}">{i + 1}. {escape(label)}</text>')
        gloss = stage.name[lang][len(label):].strip(" ()")
        if gloss:
            parts.append(f'<text x="{x + step_w / 2}" y="{y + 46}" text-anchor="middle" class="fig-small" '
                         f'fill="{ink}">{escape(gloss)}</text>')
    arrow = course.ui.site.ladder_note[lang]
    parts.append(f'<text x="10" y="24" class="fig-small" fill="currentColor">↗ {escape(arrow)}</text>')
    desc = " ".join(f"{i + 1}. {s.name[lang]}: {s.description[lang]}" for i, s in enumerate(stages))
    return _svg("stage-ladder", width, height, title, desc, parts), title, desc


def _wheel(course: Course, lang: str, primary: str) -> tuple[str, str, str]:
    practices = course.model.practices
    n = len(practices)
    size, r = 600, 210
    cx = cy = size / 2
    title = course.ui.site.wheel_title[lang]
    centre = course.ui.site.wheel_centre[lang]
    parts = [f'<circle cx="{cx}" cy="{cy}" r="92" fill="{primary}"/>']
    centre_lines = _wrap(centre, 14)
    for k, line in enumerate(centre_lines):
        parts.append(f'<text x="{cx}" y="{cy + 7 - (len(centre_lines) - 1) * 11 + k * 22}" text-anchor="middle" '
                     f'class="fig-strong" fill="#fff">{escape(line)}</text>')
    for i, practice in enumerate(practices):
        angle = -math.pi / 2 + 2 * math.pi * i / n
        px, py = cx + r * math.cos(angle), cy + r * math.sin(angle)
        ix, iy = cx + 94 * math.cos(angle), cy + 94 * math.sin(angle)
        ox, oy = cx + (r - 76) * math.cos(angle), cy + (r - 76) * math.sin(angle)
        parts.append(f'<line x1="{ix:.1f}" y1="{iy:.1f}" x2="{ox:.1f}" y2="{oy:.1f}" stroke="{primary}" '
                     f'stroke-width="3"/>')
        parts.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="78" fill="#fff" stroke="{primary}" stroke-width="3"/>')
        lines = _wrap(f"{i + 1}. {practice.name[lang]}", 13)[:5]
        top = py + 6 - (len(lines) - 1) * 10
        for k, line in enumerate(lines):
            parts.append(f'<text x="{px:.1f}" y="{top + k * 20:.1f}" text-anchor="middle" class="fig-small" '
                         f'fill="#1a1a1a">{escape(line)}</text>')
    desc = f"{centre}. " + " ".join(f"{i + 1}. {p.name[lang]}: {p.description[lang]}"
                                     for i, p in enumerate(practices))
    return _svg("practice-wheel", size, size, title, desc, parts), title, desc


def _svg(name: str, width: float, height: float, title: str, desc: str, parts: list[str]) -> str:
    body = "".join(parts)
    # Left out of the search index: its labels would run together into one word each, and the
    # figure's words are indexed once, readable, from the description under it.
    return (f'<svg class="selaras-figure" data-search-exclude viewBox="0 0 {width:.0f} {height:.0f}" role="img" '
            f'aria-labelledby="{name}-t {name}-d" xmlns="http://www.w3.org/2000/svg">'
            f'<title id="{name}-t">{escape(title)}</title><desc id="{name}-d">{escape(desc)}</desc>'
            f'{body}</svg>')
