#!/usr/bin/env python3
"""Draws the Teams app icons (color.png 192x192, outline.png 32x32) with the standard library only.

Run from anywhere: python3 manifest/tools/make_icons.py
The motif is a speech bubble holding a heart: courteous conversation.
- color.png: the symbol in white on the accent colour (solid background, symbol inside the 96x96 safe area).
- outline.png: the same bubble in pure white with the heart cut out, on a fully transparent background
  (Teams accepts only white and transparent pixels in the outline icon).
"""
import math
import os
import struct
import zlib

ACCENT = (0x0F, 0x7B, 0x8A)  # must match "accentColor" in manifest.json
WHITE = (255, 255, 255)
SUPERSAMPLE = 4


def rounded_rect(x, y, left, top, right, bottom, radius):
    cx, cy = (left + right) / 2, (top + bottom) / 2
    hx, hy = (right - left) / 2 - radius, (bottom - top) / 2 - radius
    qx, qy = abs(x - cx) - hx, abs(y - cy) - hy
    outside = math.hypot(max(qx, 0), max(qy, 0))
    return outside + min(max(qx, qy), 0) - radius <= 0


def triangle(x, y, a, b, c):
    def side(p, q):
        return (x - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (y - q[1])

    d1, d2, d3 = side(a, b), side(b, c), side(c, a)
    has_neg = d1 < 0 or d2 < 0 or d3 < 0
    has_pos = d1 > 0 or d2 > 0 or d3 > 0
    return not (has_neg and has_pos)


def heart(x, y, cx, cy, scale):
    u = (x - cx) / scale
    v = -(y - cy) / scale + 0.15
    return (u * u + v * v - 1) ** 3 - u * u * v ** 3 <= 0


def bubble(x, y, g):
    return rounded_rect(x, y, *g["rect"], g["radius"]) or triangle(x, y, *g["tail"])


def render(size, shade):
    """shade(x, y) -> (r, g, b, a) for a point; returns rows of RGBA bytes, anti-aliased by supersampling."""
    rows = []
    n = SUPERSAMPLE
    for py in range(size):
        row = bytearray()
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(n):
                for sx in range(n):
                    r, g, b, a = shade(px + (sx + 0.5) / n, py + (sy + 0.5) / n)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            alpha = acc[3] / (n * n)
            if acc[3] == 0:
                row += bytes((255, 255, 255, 0))
            else:
                row += bytes(round(acc[i] / acc[3]) for i in range(3)) + bytes((round(alpha),))
        rows.append(bytes(row))
    return rows


def write_png(path, size, rows):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + row for row in rows)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA, no interlace
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", header))
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))


COLOR = {"rect": (48, 50, 144, 120), "radius": 18, "tail": ((62, 112), (90, 112), (54, 142)),
         "heart": (96, 85, 21)}
OUTLINE = {"rect": (2, 4, 30, 24), "radius": 5, "tail": ((6, 21), (14, 21), (4, 30)),
           "heart": (16, 14, 5.2)}


def color_shade(x, y):
    if bubble(x, y, COLOR) and not heart(x, y, *COLOR["heart"]):
        return (*WHITE, 255)
    return (*ACCENT, 255)


def outline_shade(x, y):
    if bubble(x, y, OUTLINE) and not heart(x, y, *OUTLINE["heart"]):
        return (*WHITE, 255)
    return (*WHITE, 0)


def main():
    folder = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    write_png(os.path.join(folder, "color.png"), 192, render(192, color_shade))
    write_png(os.path.join(folder, "outline.png"), 32, render(32, outline_shade))


if __name__ == "__main__":
    main()
