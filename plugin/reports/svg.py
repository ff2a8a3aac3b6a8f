"""Small inline SVG charts: no JavaScript, no external fonts or files, escaped text (pure)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
WIDTH = 560
LABEL_W = 270
ROW_H = 22
PALETTE = ("#2b6cb0", "#dd6b20", "#2f855a", "#c53030", "#805ad5", "#718096")

Series = tuple[str, str, Sequence[int]]  # name, colour, one value per category


def _svg(height: int, title: str, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{WIDTH}" height="{height}"'
        f' viewBox="0 0 {WIDTH} {height}" font-family="{escape(FONT)}" font-size="12">'
        f"<title>{escape(title)}</title>" + "".join(body) + "</svg>"
    )


def _legend(series: Sequence[tuple[str, str]], y: int) -> list[str]:
    out, x = [], LABEL_W
    for name, colour in series:
        out.append(f'<rect x="{x}" y="{y - 9}" width="10" height="10" fill="{colour}"/>')
        out.append(f'<text x="{x + 14}" y="{y}">{escape(name)}</text>')
        x += 24 + 7 * len(name)
    return out


def bars(title: str, categories: Sequence[str], series: Sequence[Series]) -> str:
    """Horizontal bars, one row per category and one bar per series, each labelled with its value."""
    top = 40
    bar_h = max(6, (ROW_H - 6) // max(1, len(series)))
    top_value = max([1, *(v for _, _, values in series for v in values)])
    scale = (WIDTH - LABEL_W - 50) / top_value
    body = [f'<text x="0" y="16" font-size="14" font-weight="600">{escape(title)}</text>']
    body += _legend([(name, colour) for name, colour, _ in series], 32)
    for row, category in enumerate(categories):
        y = top + row * ROW_H
        body.append(f'<text x="{LABEL_W - 8}" y="{y + ROW_H / 2 + 4:.0f}" text-anchor="end">{escape(category)}</text>')
        for i, (name, colour, values) in enumerate(series):
            value = values[row]
            by = y + 3 + i * bar_h
            body.append(
                f'<rect x="{LABEL_W}" y="{by}" width="{value * scale:.1f}" height="{bar_h - 1}" fill="{colour}">'
                f"<title>{escape(category)} — {escape(name)}: {value}</title></rect>"
            )
            body.append(
                f'<text x="{LABEL_W + value * scale + 4:.1f}" y="{by + bar_h - 2}" font-size="10">{value}</text>'
            )
    return _svg(top + len(categories) * ROW_H + 8, title, body)


def stacked(title: str, categories: Sequence[str], series: Sequence[Series]) -> str:
    """One horizontal bar per category, split into the series' values."""
    top = 40
    totals = [sum(values[row] for _, _, values in series) for row in range(len(categories))]
    scale = (WIDTH - LABEL_W - 50) / max([1, *totals])
    body = [f'<text x="0" y="16" font-size="14" font-weight="600">{escape(title)}</text>']
    body += _legend([(name, colour) for name, colour, _ in series], 32)
    for row, category in enumerate(categories):
        y = top + row * ROW_H
        body.append(f'<text x="{LABEL_W - 8}" y="{y + ROW_H / 2 + 4:.0f}" text-anchor="end">{escape(category)}</text>')
        x = float(LABEL_W)
        for name, colour, values in series:
            width = values[row] * scale
            if values[row]:
                body.append(
                    f'<rect x="{x:.1f}" y="{y + 3}" width="{width:.1f}" height="{ROW_H - 6}" fill="{colour}">'
                    f"<title>{escape(category)} — {escape(name)}: {values[row]}</title></rect>"
                )
            x += width
        body.append(f'<text x="{x + 4:.1f}" y="{y + ROW_H / 2 + 4:.0f}" font-size="10">{totals[row]}</text>')
    return _svg(top + len(categories) * ROW_H + 8, title, body)


def histogram(
    title: str, values: Sequence[int], *, bin_days: int = 7, marker: int | None = 31, marker_label: str = "one month"
) -> str:
    """Vertical bars of how many values fall in each `bin_days`-wide bin, with a dashed marker line."""
    height, bottom, left = 220, 190, 40
    last = max([*values, marker or 0, bin_days])
    bins = [0] * (last // bin_days + 1)
    for value in values:
        bins[max(0, value) // bin_days] += 1
    plot_w = WIDTH - left - 10
    bar_w = plot_w / len(bins)
    scale = (bottom - 40) / max([1, *bins])
    body = [
        f'<text x="0" y="16" font-size="14" font-weight="600">{escape(title)}</text>',
        f'<line x1="{left}" y1="{bottom}" x2="{WIDTH - 10}" y2="{bottom}" stroke="#4a5568"/>',
    ]
    for i, count in enumerate(bins):
        x = left + i * bar_w
        if count:
            h = count * scale
            body.append(
                f'<rect x="{x + 1:.1f}" y="{bottom - h:.1f}" width="{bar_w - 2:.1f}" height="{h:.1f}"'
                f' fill="{PALETTE[0]}">'
                f"<title>{i * bin_days}–{(i + 1) * bin_days - 1} days: {count}</title></rect>"
            )
            body.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{bottom - h - 3:.1f}" font-size="10"'
                f' text-anchor="middle">{count}</text>'
            )
        if i % max(1, len(bins) // 10) == 0:
            body.append(f'<text x="{x:.1f}" y="{bottom + 14}" font-size="10">{i * bin_days}</text>')
    body.append(
        f'<text x="{WIDTH - 10}" y="{bottom + 26}" font-size="10" text-anchor="end">days from receipt to answer</text>'
    )
    if marker is not None:
        mx = left + marker / bin_days * bar_w
        body.append(
            f'<line x1="{mx:.1f}" y1="30" x2="{mx:.1f}" y2="{bottom}" stroke="{PALETTE[3]}" stroke-dasharray="4 3"/>'
        )
        body.append(f'<text x="{mx + 4:.1f}" y="38" font-size="10" fill="{PALETTE[3]}">{escape(marker_label)}</text>')
    return _svg(height, title, body)
