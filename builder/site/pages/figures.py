"""Diagrams drawn from course/model.yaml, as inline SVG (pure: text in, text out).

Every label comes from the model in the page's language, so a renamed stage
or practice changes the picture too. Each SVG carries a title and a
description for screen readers; the page adds a visible text alternative.

Each figure is drawn twice: wide (the ladder's steps side by side, the practices in a ring) and
narrow, for phones (steps and practices one under the other, about as wide as a 360 px screen),
so that its text keeps at least 12 px on a phone instead of shrinking with a scaled picture.
The page's styles (site.css) show one of the two; a print shows the wide one.
"""

from __future__ import annotations

import math
from html import escape

from ...course import Course

FIGURES = ("stage-ladder", "practice-wheel")


NARROW_WIDTH = 340
"""Width of the phone layouts' drawing: shown about 1:1 on a 360 px screen (site.css caps its width)."""


def figure(course: Course, name: str, lang: str, primary: str, prefix: str = "") -> tuple[str, str, str]:
    """Return (svg, title, plain-text description) for a figure name: the svg is the wide drawing
    followed by the narrow one (see the module's doc). `prefix` goes before the drawings' ids (a page
    holding the figure more than once)."""
    if name == "stage-ladder":
        wide, title, desc = _ladder(course, lang, primary, prefix)
        narrow = _ladder_narrow(course, lang, primary, title, desc, prefix)
    else:
        wide, title, desc = _wheel(course, lang, primary, prefix)
        narrow = _wheel_narrow(course, lang, primary, title, desc, prefix)
    return wide + narrow, title, desc


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


def _ladder(course: Course, lang: str, primary: str, prefix: str) -> tuple[str, str, str]:
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
    return _svg(prefix + "stage-ladder", width, height, title, desc, parts), title, desc


def _ladder_narrow(course: Course, lang: str, primary: str, title: str, desc: str, prefix: str) -> str:
    """The ladder for a phone: one step per line, the lowest at the bottom, each a little further
    right, as steps going up."""
    stages = course.model.stages
    n = len(stages)
    width, step_h, gap, indent = NARROW_WIDTH, 54, 6, 16
    note = _wrap("↗ " + course.ui.site.ladder_note[lang], 34)
    top = 12 + len(note) * 20
    height = top + n * (step_h + gap) + 4
    parts = [f'<text x="4" y="{18 + k * 20}" class="fig-small" fill="currentColor">{escape(line)}</text>'
             for k, line in enumerate(note)]
    for i, stage in enumerate(stages):
        x = 4 + i * indent
        y = top + (n - 1 - i) * (step_h + gap)
        fill, ink = _tint(primary, 0.35 + 0.65 * (i + 1) / n)
        parts.append(f'<rect x="{x}" y="{y}" width="{width - 4 - x}" height="{step_h}" rx="6" fill="{fill}"/>')
        label = stage.name[lang].split(" (")[0]
        gloss = stage.name[lang][len(label):].strip(" ()")
        parts.append(f'<text x="{x + 12}" y="{y + (24 if gloss else 33)}" class="fig-strong" fill="{ink}">'
                     f'{i + 1}. {escape(label)}</text>')
        if gloss:
            parts.append(f'<text x="{x + 12}" y="{y + 45}" class="fig-small" fill="{ink}">{escape(gloss)}</text>')
    return _svg(prefix + "stage-ladder-narrow", width, height, title, desc, parts, "narrow")


def _wheel_narrow(course: Course, lang: str, primary: str, title: str, desc: str, prefix: str) -> str:
    """The wheel for a phone: the shared goal on top, the practices one under the other, each joined
    to it by one line."""
    practices = course.model.practices
    width = NARROW_WIDTH
    goal = _wrap(course.ui.site.wheel_centre[lang], 24)
    goal_h = 18 + len(goal) * 23
    parts = [f'<rect x="2" y="2" width="{width - 4}" height="{goal_h}" rx="10" fill="{primary}"/>']
    parts += [f'<text x="{width / 2}" y="{28 + k * 23}" text-anchor="middle" class="fig-strong" fill="#fff">'
              f'{escape(line)}</text>' for k, line in enumerate(goal)]
    y, joints = goal_h + 14, []
    for i, practice in enumerate(practices):
        lines = _wrap(f"{i + 1}. {practice.name[lang]}", 30)
        h = 16 + len(lines) * 20
        parts.append(f'<rect x="30" y="{y}" width="{width - 32}" height="{h}" rx="8" fill="#fff" '
                     f'stroke="{primary}" stroke-width="2"/>')
        parts += [f'<text x="42" y="{y + 23 + k * 20}" class="fig-small" fill="#1a1a1a">{escape(line)}</text>'
                  for k, line in enumerate(lines)]
        joints.append(y + h / 2)
        y += h + 10
    parts.append(f'<line x1="14" y1="{goal_h + 2}" x2="14" y2="{joints[-1]:.0f}" stroke="{primary}" stroke-width="3"/>'
                 if joints else "")
    parts += [f'<line x1="14" y1="{j:.0f}" x2="30" y2="{j:.0f}" stroke="{primary}" stroke-width="3"/>' for j in joints]
    return _svg(prefix + "practice-wheel-narrow", width, y, title, desc, parts, "narrow")


def _wheel(course: Course, lang: str, primary: str, prefix: str) -> tuple[str, str, str]:
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
    return _svg(prefix + "practice-wheel", size, size, title, desc, parts), title, desc


SLIDE_BOX = (1180, 470)
"""The room a figure has on a slide (pages/slides.py), in px: the slide drawings are made at that size."""


def wheel_slide(course: Course, lang: str, primary: str, prefix: str = "slide-") -> str:
    """The wheel for a slide of 1280 x 720 px: the shared goal in the middle, the practices in two
    columns around it, each joined to it by a line; drawn at the slide's own size, so its text keeps
    26 px (the ring of the wide drawing would shrink it under 24 px)."""
    practices = course.model.practices
    width, height = SLIDE_BOX
    box_w, gap = 360, 16
    rows = max(1, math.ceil(len(practices) / 2))
    box_h = (height - gap * (rows - 1)) / rows
    title = course.ui.site.wheel_title[lang]
    goal = _wrap(course.ui.site.wheel_centre[lang], 20)
    gx, gw, gh = (width - box_w) / 2, box_w, 40 + len(goal) * 34
    gy = (height - gh) / 2
    parts = []
    for i, practice in enumerate(practices):
        column, row = divmod(i, rows)
        x = 4 if column == 0 else width - box_w - 4
        y = row * (box_h + gap)
        joint_x = x + box_w if column == 0 else x
        parts.append(f'<line x1="{joint_x:.0f}" y1="{y + box_h / 2:.0f}" x2="{width / 2:.0f}" y2="{height / 2:.0f}" '
                     f'stroke="{primary}" stroke-width="3"/>')
        parts.append(f'<rect x="{x:.0f}" y="{y + 2:.0f}" width="{box_w}" height="{box_h - 4:.0f}" rx="10" '
                     f'fill="#fff" stroke="{primary}" stroke-width="3"/>')
        lines = _wrap(f"{i + 1}. {practice.name[lang]}", 22)[:3]
        top = y + box_h / 2 + 9 - (len(lines) - 1) * 15.5
        parts += [f'<text x="{x + 18:.0f}" y="{top + k * 31:.0f}" class="fig-slide" fill="#1a1a1a">'
                  f'{escape(line)}</text>' for k, line in enumerate(lines)]
    parts.append(f'<rect x="{gx:.0f}" y="{gy:.0f}" width="{gw}" height="{gh:.0f}" rx="14" fill="{primary}"/>')
    parts += [f'<text x="{width / 2:.0f}" y="{gy + 45 + k * 34:.0f}" text-anchor="middle" class="fig-slide-strong" '
              f'fill="#fff">{escape(line)}</text>' for k, line in enumerate(goal)]
    desc = f"{course.ui.site.wheel_centre[lang]}. " + " ".join(f"{i + 1}. {p.name[lang]}: {p.description[lang]}"
                                                               for i, p in enumerate(practices))
    return _svg(prefix + "practice-wheel", width, height, title, desc, parts, "slide")


def _svg(name: str, width: float, height: float, title: str, desc: str, parts: list[str],
         layout: str = "wide") -> str:
    body = "".join(parts)
    # Left out of the search index: its labels would run together into one word each, and the
    # figure's words are indexed once, readable, from the description under it.
    return (f'<svg class="selaras-figure selaras-figure-{layout}" data-search-exclude '
            f'viewBox="0 0 {width:.0f} {height:.0f}" role="img" '
            f'aria-labelledby="{name}-t {name}-d" xmlns="http://www.w3.org/2000/svg">'
            f'<title id="{name}-t">{escape(title)}</title><desc id="{name}-d">{escape(desc)}</desc>'
            f'{body}</svg>')
