"""Draw the app's logos (a white check on a blue shield) as PNG files, with the standard library only.

    python manifests/zendesk/make_logos.py        # writes assets/logo.png (320×320), assets/logo-small.png (128×128)

The picture is defined in unit coordinates and rendered with 4×4 supersampling for smooth edges;
the PNG writer is the minimal one the format needs (IHDR, one zlib-compressed IDAT, IEND).
"""

from __future__ import annotations

import math
import struct
import sys
import zlib
from pathlib import Path

BLUE = (31, 78, 140)  # shield
EDGE = (20, 52, 96)  # shield rim
WHITE = (255, 255, 255)  # check
SIZES = {"logo.png": 320, "logo-small.png": 128}
SAMPLES = 4

TOP, SHOULDER, TIP = 0.08, 0.50, 0.94  # shield: flat top, straight sides down to SHOULDER, curve to TIP
HALF = 0.37  # half width of the shield
CORNER = 0.09  # rounding of the top corners
RIM = 0.035
CHECK = ((0.31, 0.50), (0.45, 0.65), (0.71, 0.34))  # the check's polyline
STROKE = 0.075  # half thickness of the check


def shield_half_width(y: float) -> float:
    """Half width of the shield at height y (0 outside)."""
    if y < TOP or y > TIP:
        return 0.0
    if y <= SHOULDER:
        return HALF
    t = (y - SHOULDER) / (TIP - SHOULDER)
    return HALF * (1 - t**1.8) ** 0.9


def inside_shield(x: float, y: float, inset: float = 0.0) -> bool:
    dx = abs(x - 0.5)
    top = TOP + inset
    if y < top or dx > shield_half_width(y) - inset or y > TIP - inset * 1.6:
        return False
    corner = CORNER
    cx, cy = HALF - inset - corner, top + corner
    if dx > cx and y < cy:
        return (dx - cx) ** 2 + (y - cy) ** 2 <= corner**2
    return True


def distance_to_segment(px: float, py: float, a: tuple[float, float], b: tuple[float, float]) -> float:
    ax, ay = a
    bx, by = b
    vx, vy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)))
    return math.hypot(px - (ax + t * vx), py - (ay + t * vy))


def colour_at(x: float, y: float) -> tuple[int, int, int, int]:
    """RGBA of the picture at unit coordinates (x right, y down)."""
    if not inside_shield(x, y):
        return (0, 0, 0, 0)
    if min(distance_to_segment(x, y, CHECK[i], CHECK[i + 1]) for i in range(len(CHECK) - 1)) <= STROKE:
        return (*WHITE, 255)
    if not inside_shield(x, y, RIM):
        return (*EDGE, 255)
    return (*BLUE, 255)


def render(size: int) -> bytes:
    """Raw RGBA scanlines, each prefixed with filter type 0."""
    rows = bytearray()
    for row in range(size):
        rows.append(0)
        for col in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    r, g, b, a = colour_at((col + (sx + 0.5) / SAMPLES) / size, (row + (sy + 0.5) / SAMPLES) / size)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            alpha = acc[3] / SAMPLES**2
            if acc[3]:
                rows += bytes((round(acc[0] / acc[3]), round(acc[1] / acc[3]), round(acc[2] / acc[3]), round(alpha)))
            else:
                rows += b"\0\0\0\0"
    return bytes(rows)


def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(size: int) -> bytes:
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA, no interlace
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(render(size), 9))
        + chunk(b"IEND", b"")
    )


def main(argv: list[str]) -> int:
    assets = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent / "assets"
    assets.mkdir(parents=True, exist_ok=True)
    for name, size in SIZES.items():
        (assets / name).write_bytes(png(size))
        print(f"wrote {assets / name} ({size}×{size})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
