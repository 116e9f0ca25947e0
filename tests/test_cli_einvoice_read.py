"""``meinbuero einvoice read FILE [--json]`` as a user runs it."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from tests.test_cli import assert_one_line_failure, meinbuero

DATA = Path(__file__).resolve().parent / "data" / "einvoice"


def test_read_prints_the_invoice_in_german() -> None:
    result = meinbuero("einvoice", "read", DATA / "xrechnung-ubl-invoice.xml")

    assert result.returncode == 0, result.stderr
    text = result.stdout.replace("\u00a0", " ")
    assert text.startswith("Rechnung ES-2026-0815 (XRechnung UBL)\n")
    assert "Leitweg-ID: 04011000-12345-67" in text
    assert "Elektro Sonnenschein GmbH" in text and "Stadtverwaltung Musterstadt" in text
    assert "8 Std. × 65,00 €" in text
    assert "Nachlass: Treuerabatt" in text
    assert "Gesamtbetrag" in text and "701,95 €" in text
    assert "2 % Skonto bei Zahlung innerhalb von 10 Tagen." in text
    assert "IBAN DE02 1203 0000 0000 2020 51" in text


@pytest.mark.parametrize(
    "name", ["xrechnung-cii.xml", "facturx__ubl-21-en16931.xml", "zugferd-en16931.pdf"]
)
def test_json_has_the_stated_totals_as_decimal_strings(name: str) -> None:
    result = meinbuero("einvoice", "read", DATA / name, "--json")

    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"seller", "buyer", "lines", "tax_breakdown", "totals"}
    totals = data["totals"]
    for key in ("grand_total", "payable", "tax_basis"):
        assert isinstance(totals[key], str)
        Decimal(totals[key])
    lines = sum((Decimal(line["net"]) for line in data["lines"]), Decimal(0))
    assert lines == Decimal(totals["line_total"])
    grand = Decimal(totals["tax_basis"]) + Decimal(totals["tax"])
    assert grand == Decimal(totals["grand_total"])
    prepaid = Decimal(totals["prepaid"] or 0)
    assert Decimal(totals["grand_total"]) - prepaid == Decimal(totals["payable"])


def test_help_documents_the_json_keys() -> None:
    result = meinbuero("einvoice", "read", "--help")

    assert result.returncode == 0
    help_text = " ".join(result.stdout.split())
    for key in ("grand_total", "tax_breakdown", "payable", "vat_rate", "Dezimal"):
        assert key in help_text


def test_unreadable_files_fail_in_one_german_line(tmp_path: Path) -> None:
    broken = tmp_path / "kaputt.xml"
    cut = (DATA / "xrechnung-cii.xml").read_bytes()[:700]
    broken.write_bytes(cut)
    line = cut.count(b"\n") + 1
    assert_one_line_failure(
        meinbuero("einvoice", "read", broken),
        "„kaputt.xml“ ist keine lesbare XML-Datei: Sie ist beschädigt oder abgeschnitten"
        f" (Zeile {line}).",
    )
    assert_one_line_failure(
        meinbuero("einvoice", "read", DATA / "facturx__order-x-basic.xml"),
        "„facturx__order-x-basic.xml“ ist eine XML-Datei, aber keine E-Rechnung"
        " (weder CII- noch UBL-Rechnung).",
    )
    missing = tmp_path / "fehlt.xml"
    result = meinbuero("einvoice", "read", missing)
    assert result.returncode == 1 and "„fehlt.xml“ kann nicht gelesen werden" in result.stderr
