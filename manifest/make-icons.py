#!/usr/bin/env python3
"""Draws the two Teams app icons as RGBA PNGs with only the standard library (zlib, struct).

  color.png    192x192  white speech bubble (with three lines of "text") on the accent colour
  outline.png   32x32   the same bubble as a white outline on a transparent background
  icon-N.png    NxN     the Outlook ribbon and add-in icons (16, 32, 64, 80, 128): the bubble in the accent colour,
                        white lines, transparent around it; written where the host serves them
                        (bot/ComplaintsAssistant.Bot/wwwroot/addin/icons/)

Teams' rules: the colour icon is 192x192 with the symbol inside the central area; the outline icon is
32x32, white only, on transparent. Run from anywhere: python3 manifest/make-icons.py
"""
import math
import os
import struct
import zlib

ACCENT = (0x1D, 0x70, 0xB8)  # keep equal to accentColor in manifest.json
HERE = os.path.dirname(os.path.abspath(__file__))
ADDIN_ICONS = os.path.join(HERE, "..", "bot", "ComplaintsAssistant.Bot", "wwwroot", "addin", "icons")
ADDIN_SIZES = (16, 32, 64, 80, 128)
SAMPLES = 4  # supersampling per axis, for smooth edges


def png(path, width, height, pixel):
    """pixel(x, y) -> (r, g, b, a); writes an 8-bit RGBA, non-interlaced PNG, filter 0 on every row."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw.extend(pixel(x, y))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def rounded_rect(px, py, x0, y0, x1, y1, r):
    """Signed distance to a rounded rectangle (negative inside)."""
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    hx, hy = (x1 - x0) / 2 - r, (y1 - y0) / 2 - r
    dx, dy = abs(px - cx) - hx, abs(py - cy) - hy
    outside = math.hypot(max(dx, 0), max(dy, 0))
    return outside + min(max(dx, dy), 0) - r


def triangle(px, py, a, b, c):
    """True when the point is inside triangle abc."""
    def side(p, q, r):
        return (p[0] - r[0]) * (q[1] - r[1]) - (q[0] - r[0]) * (p[1] - r[1])
    d1, d2, d3 = side((px, py), a, b), side((px, py), b, c), side((px, py), c, a)
    neg = d1 < 0 or d2 < 0 or d3 < 0
    pos = d1 > 0 or d2 > 0 or d3 > 0
    return not (neg and pos)


def bubble(px, py, s):
    """The speech bubble on a unit square scaled by s: body plus a tail at the bottom left."""
    body = rounded_rect(px, py, 0.10 * s, 0.14 * s, 0.90 * s, 0.70 * s, 0.12 * s) <= 0
    tail = triangle(px, py, (0.24 * s, 0.62 * s), (0.46 * s, 0.62 * s), (0.22 * s, 0.86 * s))
    return body or tail


def coverage(x, y, inside):
    hits = 0
    for i in range(SAMPLES):
        for j in range(SAMPLES):
            if inside(x + (i + 0.5) / SAMPLES, y + (j + 0.5) / SAMPLES):
                hits += 1
    return hits / (SAMPLES * SAMPLES)


def color_pixel(x, y):
    # The symbol sits in the central ~120 px (36 px margin), as Teams asks for the colour icon.
    s, margin = 120, 36
    def in_bubble(px, py):
        return bubble(px - margin, py - margin, s)
    def in_line(px, py):
        u, v = (px - margin) / s, (py - margin) / s
        for top, right in ((0.27, 0.74), (0.38, 0.74), (0.49, 0.56)):
            if 0.26 <= u <= right and top <= v <= top + 0.055:
                return True
        return False
    white = coverage(x, y, lambda px, py: in_bubble(px, py) and not in_line(px, py))
    r, g, b = (round(a * (1 - white) + 255 * white) for a in ACCENT)
    return (r, g, b, 255)


def outline_pixel(x, y):
    s, stroke = 32, 2.2
    def ring(px, py):
        # Outline = inside the bubble but not inside the bubble shrunk by the stroke width.
        if not bubble(px, py, s):
            return False
        inner_body = rounded_rect(px, py, 0.10 * s + stroke, 0.14 * s + stroke, 0.90 * s - stroke, 0.70 * s - stroke, 0.12 * s - stroke / 2) <= 0
        return not inner_body and not (py > 0.70 * s - stroke and py < 0.70 * s and 0.24 * s + stroke < px < 0.46 * s - stroke)
    alpha = coverage(x, y, ring)
    return (255, 255, 255, round(255 * alpha))


def addin_pixel(size):
    """The ribbon shows these small and on light or dark themes: a solid accent bubble reads best, lines in white."""
    def pixel(x, y):
        def in_line(px, py):
            u, v = px / size, py / size
            for top, right in ((0.27, 0.74), (0.38, 0.74), (0.49, 0.56)):
                if 0.26 <= u <= right and top <= v <= top + 0.07:
                    return True
            return False
        shape = coverage(x, y, lambda px, py: bubble(px, py, size))
        if shape == 0:
            return (0, 0, 0, 0)
        white = coverage(x, y, lambda px, py: bubble(px, py, size) and in_line(px, py)) / shape
        r, g, b = (round(a * (1 - white) + 255 * white) for a in ACCENT)
        return (r, g, b, round(255 * shape))
    return pixel


if __name__ == "__main__":
    png(os.path.join(HERE, "color.png"), 192, 192, color_pixel)
    png(os.path.join(HERE, "outline.png"), 32, 32, outline_pixel)
    os.makedirs(ADDIN_ICONS, exist_ok=True)
    for size in ADDIN_SIZES:
        png(os.path.join(ADDIN_ICONS, "icon-%d.png" % size), size, size, addin_pixel(size))
    print("wrote color.png (192x192) and outline.png (32x32) in", HERE)
    print("wrote icon-{%s}.png in" % ",".join(map(str, ADDIN_SIZES)), os.path.normpath(ADDIN_ICONS))
