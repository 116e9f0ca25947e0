"""Benchmark of the PDF of a sales document, beside bare reportlab drawing the same page.

    .venv/bin/python tests/benchmarks/bench_pdf.py [--repeat 30] [--pages 10]

Not part of the test run. Measures, in the same process, in turns:

- ours: :func:`render_sales_document` of a one-page invoice (5 lines, GiroCode) to bytes;
- bare: a reportlab ``Canvas`` drawing the same words at the same positions in the same fonts
  (the Vera TTFs, embedded), the same rules and the same QR squares, to bytes. The words and
  shapes are read from our own PDF before the clock starts, so the baseline pays for nothing
  ours adds (the layout: paragraphs, tables, splitting, formatting, the QR code's encoding);
- ours for an invoice of about ``--pages`` pages (the line table split over pages, carry-over
  lines, "Seite n von m"), and its bare counterpart drawn the same way.

Fonts are registered once beforehand (the program registers them once per process). The median
of ``--repeat`` runs counts. Goal: one page ≤ 3× bare. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import pdfplumber
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from meinbuero import i18n
from meinbuero.printing.page import (
    BOLD,
    BOLD_ITALIC,
    ITALIC,
    REGULAR,
    register_fonts,
)
from meinbuero.printing.sales import render_sales_document
from tests.printing import documents

FONTS = {
    "BitstreamVeraSans-Roman": REGULAR,
    "BitstreamVeraSans-Bold": BOLD,
    "BitstreamVeraSans-Oblique": ITALIC,
    "BitstreamVeraSans-BoldOblique": BOLD_ITALIC,
}

Page = dict[str, list[Any]]


def page_contents(pdf: bytes) -> list[Page]:
    """Each page's words (text, position, font, size), rules and filled squares."""
    pages: list[Page] = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            words = [
                (
                    w["text"],
                    w["x0"],
                    page.height - w["bottom"],
                    FONTS[w["fontname"].split("+")[-1]],
                    w["size"],
                )
                for w in page.extract_words(extra_attrs=["fontname", "size"])
            ]
            lines = [(ln["x0"], ln["top"], ln["x1"], ln["bottom"]) for ln in page.lines]
            rects = [
                (r["x0"], page.height - r["bottom"], r["width"], r["height"]) for r in page.rects
            ]
            pages.append({"words": words, "lines": lines, "rects": rects})
    return pages


def bare(pages: list[Page]) -> bytes:
    """The same words and shapes drawn with a bare reportlab canvas."""
    output = io.BytesIO()
    canvas = Canvas(output, pagesize=A4, initialFontName=REGULAR, invariant=True)
    height = A4[1]
    for page in pages:
        for text, x, y, font, size in page["words"]:
            canvas.setFont(font, size)
            canvas.drawString(x, y + size * 0.2, text)
        for x0, top, x1, bottom in page["lines"]:
            canvas.line(x0, height - top, x1, height - bottom)
        path = canvas.beginPath()
        for x, y, width, rect_height in page["rects"]:
            path.rect(x, y, width, rect_height)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.showPage()
    canvas.save()
    return output.getvalue()


def median_ms(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        begin = time.perf_counter()
        work()
        times.append((time.perf_counter() - begin) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--pages", type=int, default=10)
    args = parser.parse_args()
    i18n.set_language("de")
    register_fonts()

    one_page = documents.invoice(count=5)
    long_count = args.pages * 21
    long = documents.invoice(count=long_count)
    rows = []
    for label, document, repeat in [
        ("1 page, 5 lines", one_page, args.repeat),
        (f"long invoice, {long_count} lines", long, max(3, args.repeat // 5)),
    ]:
        pdf = render_sales_document(document)
        pages = page_contents(pdf)
        bare(pages)  # warm up both
        ours = bare_ms = 0.0
        ours = median_ms(lambda d=document: render_sales_document(d), repeat)  # type: ignore[misc]
        bare_ms = median_ms(lambda p=pages: bare(p), repeat)  # type: ignore[misc]
        rows.append((label, len(pages), ours, bare_ms, len(pdf)))

    print("| document | pages | ours (ms, median) | bare reportlab (ms) | ratio | PDF size |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, page_count, ours, bare_ms, size in rows:
        print(
            f"| {label} | {page_count} | {ours:.1f} | {bare_ms:.1f} | {ours / bare_ms:.2f}× "
            f"| {size / 1024:.0f} KiB |"
        )


if __name__ == "__main__":
    main()
