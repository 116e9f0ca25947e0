"""Benchmark of reading incoming e-invoices, beside bare lxml and bare reportlab.

    .venv/bin/python tests/benchmarks/bench_einvoice_read.py [--rounds 50]

Not part of the test run. For the sample invoices in tests/data/einvoice, measures per invoice:

- bare ``lxml.etree.fromstring`` of the XML (the baseline of reading);
- ``read_einvoice`` (safe parse, both syntaxes, the model with Decimals);
- ``read_einvoice`` of the ZUGFeRD PDF (pikepdf finds the attachment first);
- a bare reportlab page with one line of text (the baseline of drawing);
- ``render_pdf`` (the DIN 5008 rendering with fonts embedded).

Prints a Markdown table (median milliseconds).
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas

from meinbuero.services.einvoice.read import read_einvoice
from meinbuero.services.einvoice.read_view import render_pdf

DATA = Path(__file__).resolve().parents[1] / "data" / "einvoice"


def median_ms(work: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def bare_page() -> bytes:
    output = io.BytesIO()
    canvas = Canvas(output)
    canvas.drawString(72, 720, "Rechnung 2026-117")
    canvas.showPage()
    canvas.save()
    return output.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=50)
    rounds = parser.parse_args().rounds
    xml = (DATA / "xrechnung-cii.xml").read_bytes()
    ubl = (DATA / "xrechnung-ubl-invoice.xml").read_bytes()
    pdf = (DATA / "zugferd-en16931.pdf").read_bytes()
    invoice = read_einvoice(xml)
    rows = [
        ("lxml.etree.fromstring (CII, baseline)", median_ms(lambda: etree.fromstring(xml), rounds)),
        ("read_einvoice (XRechnung CII)", median_ms(lambda: read_einvoice(xml), rounds)),
        ("read_einvoice (XRechnung UBL)", median_ms(lambda: read_einvoice(ubl), rounds)),
        ("read_einvoice (ZUGFeRD PDF)", median_ms(lambda: read_einvoice(pdf), rounds)),
        ("bare reportlab page (baseline)", median_ms(bare_page, rounds)),
        ("render_pdf (DIN 5008 view)", median_ms(lambda: render_pdf(invoice), rounds)),
    ]
    print("| what | median ms |")
    print("| --- | ---: |")
    for label, value in rows:
        print(f"| {label} | {value:.2f} |")


if __name__ == "__main__":
    main()
