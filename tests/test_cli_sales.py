"""``meinbuero sales …`` as a user runs it: real processes on a real company file.

Expected messages are made with ``tr()`` in German here, so the tests hold before and after
the German texts of the new messages are filed.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from contextlib import redirect_stderr, redirect_stdout
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from meinbuero.cli import main
from meinbuero.i18n import tr
from meinbuero.services import articles, sales, settings
from meinbuero.services.conditions import ConditionsInput, save_conditions
from meinbuero.services.customers import CustomerInput, save_customer
from meinbuero.store.database import open_company
from tests.test_cli import meinbuero


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The command run in this process: what it prints and returns. Most calls here go this
    way (a process start costs a second or two); those that show what a user sees in a
    terminal run as a real process (``meinbuero``)."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main([str(arg) for arg in args])
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())


DAY = "2026-12-04"


@pytest.fixture
def shop(company_path: Path) -> Path:
    """Meine Firma ready to invoice, a company customer with Konditionen, a person, articles."""
    database = open_company(company_path)
    try:
        with database.sessions.begin() as session:
            company = settings.company(session)
            company.name = "Muster Bürotechnik GmbH"
            company.street = "Hauptstraße 12"
            company.postcode = "50667"
            company.city = "Köln"
            company.tax_number = "214/5678/1234"
            company.vat_id = "DE123456789"
            company.iban = "DE02370502990000684712"
            company.bic = "COKSDE33XXX"
            customer = save_customer(
                session,
                CustomerInput(
                    company_name="Bäckerei Özdemir OHG",
                    street="Südstraße 7a",
                    postcode="51063",
                    city="Köln",
                ),
            )
            save_conditions(
                session,
                ConditionsInput(
                    discount_percent="3", net_days="30", skonto_percent="2", skonto_days="10"
                ),
                customer_id=customer.id,
            )
            save_customer(
                session,
                CustomerInput(
                    kind="person",
                    salutation="Frau",
                    first_name="Erika",
                    last_name="Mustermann",
                    street="Ringstraße 1",
                    postcode="50667",
                    city="Köln",
                ),
            )
            for number, name, unit, price, rate in (
                ("A1001", "IT-Beratung", "HUR", "95,00", "19"),
                ("A1002", "Fachbuch „Büro heute“", "C62", "39,90", "7"),
                ("A1003", "Netzwerkkabel Cat. 6", "MTR", "1,85", "19"),
            ):
                articles.save_article(
                    session,
                    None,
                    articles.ArticleInput(
                        number=number, name=name, unit=unit, unit_price=price, vat_rate=rate
                    ),
                )
    finally:
        database.close()
    return company_path


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def create(shop: Path, tmp_path: Path, data: dict[str, Any]) -> int:
    result = cli("sales", "create", "--db", shop, "--json", write_json(tmp_path / "d.json", data))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return int(result.stdout)


def show(shop: Path, which: str | int) -> dict[str, Any]:
    result = cli("sales", "show", "--db", shop, str(which), "--json")
    assert result.returncode == 0, result.stderr
    shown: dict[str, Any] = json.loads(result.stdout)
    return shown


def listed(shop: Path, *args: str) -> list[dict[str, Any]]:
    result = cli("sales", "list", "--db", shop, "--json", *args)
    assert result.returncode == 0, result.stderr
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


INVOICE: dict[str, Any] = {
    "kind": "invoice",
    "customer": "K10001",
    "date": DAY,
    "service_date": "2026-12-01",
    "subject": "Beratung und Montage",
    "reference": "Bestellung 4711",
    "lines": [
        {"article": "A1001", "quantity": "2.5"},
        {"article": "A1002", "quantity": "3"},
        {
            "text": "Montage",
            "quantity": "3",
            "unit": "HUR",
            "price": "65.00",
            "vat": "19",
            "discount": "5",
        },
        {"type": "text", "text": "Das Material stellt der Kunde."},
        {"type": "subtotal"},
    ],
}


def test_create_then_show_with_hand_computed_totals(shop: Path, tmp_path: Path) -> None:
    draft = create(shop, tmp_path, INVOICE)
    shown = show(shop, draft)
    # By hand: the customer's 3 % from the Konditionen on the article lines, 5 % typed.
    #   2.5 h × 95.00 = 237.50 − 3 % (7.125 → 7.13)  = 230.37   19 %
    #   3 × 39.90     = 119.70 − 3 % (3.591 → 3.59)  = 116.11    7 %
    #   3 h × 65.00   = 195.00 − 5 % (9.75)          = 185.25   19 %
    #   19 %: base 415.62, tax 78.9678 → 78.97;  7 %: base 116.11, tax 8.1277 → 8.13
    #   net 531.73 + tax 87.10 = gross 618.83; Skonto 2 % (Konditionen) = 12.3766 → 12.38
    assert [line.get("net") for line in shown["lines"]] == [
        "230.37",
        "116.11",
        "185.25",
        None,
        None,
    ]
    assert [line.get("discount") for line in shown["lines"][:3]] == ["3", "3", "5"]
    assert shown["tax"] == [
        {"category": "S", "rate": "19", "base": "415.62", "tax": "78.97"},
        {"category": "S", "rate": "7", "base": "116.11", "tax": "8.13"},
    ]
    assert shown["totals"] == {"net": "531.73", "tax": "87.10", "gross": "618.83"}
    assert shown["skonto"] == ["2", 10]
    assert shown["skonto_amount"] == "12.38"
    assert (shown["net_days"], shown["due_date"]) == (30, "2027-01-03")
    assert shown["lines"][0] == {
        "position": 1,
        "type": "item",
        "article": "A1001",
        "text": "IT-Beratung",
        "description": "",
        "quantity": "2.5",
        "unit": "HUR",
        "price": "95.00",
        "discount": "3",
        "vat": "19",
        "vat_category": "S",
        "optional": False,
        "net": "230.37",
    }
    assert shown["lines"][3:] == [
        {"position": 4, "type": "text", "text": "Das Material stellt der Kunde."},
        {"position": 5, "type": "subtotal", "text": ""},
    ]
    assert shown["address"] == "Bäckerei Özdemir OHG\nSüdstraße 7a\n51063 Köln"
    assert (shown["kind"], shown["status"], shown["number"]) == ("invoice", "draft", None)
    assert (shown["date"], shown["service_date"], shown["reference"]) == (
        DAY,
        "2026-12-01",
        "Bestellung 4711",
    )
    assert shown["customer"] == "K10001"

    readable = cli("sales", "show", "--db", shop, str(draft))
    assert readable.returncode == 0, readable.stderr
    assert "618,83 €" in readable.stdout
    assert "Bäckerei Özdemir OHG" in readable.stdout
    assert "1.851" not in readable.stdout


def test_finalise_pdf_cancel_and_list(shop: Path, tmp_path: Path) -> None:
    draft = create(shop, tmp_path, INVOICE)
    preview = tmp_path / "Vorschau.pdf"
    result = cli("sales", "pdf", "--db", shop, str(draft), "-o", preview)
    assert result.returncode == 0, result.stderr
    with pdfplumber.open(io.BytesIO(preview.read_bytes())) as pdf:
        marked = "".join(c["text"] for c in pdf.pages[0].chars if c["size"] > 40)
    assert sorted(marked) == sorted(tr("DRAFT"))

    finalised = meinbuero("sales", "finalise", "--db", shop, str(draft))
    assert (finalised.returncode, finalised.stdout, finalised.stderr) == (0, "RE-2026-0001\n", "")
    out = tmp_path / "RE-2026-0001.pdf"
    result = meinbuero("sales", "pdf", "--db", shop, "RE-2026-0001", "-o", out)
    assert result.returncode == 0, result.stderr
    with pdfplumber.open(out) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "RE-2026-0001" in text
    assert "618,83" in text
    assert "Bäckerei Özdemir OHG" in text
    # The PDF is the one filed when the invoice was finalised.
    assert show(shop, "RE-2026-0001")["pdf_document_id"] is not None

    again = cli("sales", "finalise", "--db", shop, str(draft))
    assert again.returncode == 1 and again.stdout == ""
    assert "RE-2026-0001" in again.stderr and "Traceback" not in again.stderr

    cancelled = cli("sales", "cancel", "--db", shop, "RE-2026-0001")
    assert cancelled.returncode == 0, cancelled.stderr
    assert cancelled.stdout.strip().startswith("ST-") and cancelled.stdout.count("\n") == 1
    storno = show(shop, cancelled.stdout.strip())
    assert storno["kind"] == "cancellation" and storno["cancels"] == "RE-2026-0001"
    assert storno["totals"]["gross"] == "-618.83"
    assert show(shop, "RE-2026-0001")["status"] == "cancelled"

    rows = listed(shop)
    assert [(r["kind"], r["number"], r["gross"]) for r in rows] == [
        ("cancellation", storno["number"], "-618.83"),
        ("invoice", "RE-2026-0001", "618.83"),
    ]
    assert listed(shop, "--status", "cancelled")[0]["number"] == "RE-2026-0001"
    assert listed(shop, "--kind", "quote") == []
    assert [r["number"] for r in listed(shop, "--query", "Özdemir", "--kind", "invoice")] == [
        storno["number"],
        "RE-2026-0001",
    ]
    table = cli("sales", "list", "--db", shop)
    assert table.returncode == 0 and "RE-2026-0001" in table.stdout


def test_quote_carried_on_to_order_confirmation_and_invoice(shop: Path, tmp_path: Path) -> None:
    quote = create(
        shop,
        tmp_path,
        {
            "kind": "quote",
            "customer": "K10002",
            "date": "2026-11-02",
            "valid_until": "2026-12-02",
            "lines": [
                {"article": "A1003", "quantity": "25"},
                {"article": "A1001", "quantity": "4", "optional": True},
            ],
        },
    )
    shown = show(shop, quote)
    assert shown["totals"] == {"net": "46.25", "tax": "8.79", "gross": "55.04"}  # optional not
    assert shown["lines"][1]["optional"] is True
    assert shown["valid_until"] == "2026-12-02"
    number = cli("sales", "finalise", "--db", shop, str(quote)).stdout
    assert number == "AN-2026-0001\n"

    order = cli("sales", "convert", "--db", shop, str(quote), "--to", "order_confirmation")
    assert order.returncode == 0, order.stderr
    assert cli("sales", "finalise", "--db", shop, order.stdout.strip()).stdout == ("AB-2026-0001\n")
    assert show(shop, "AN-2026-0001")["status"] == "accepted"
    invoice = cli(
        "sales", "convert", "--db", shop, order.stdout.strip(), "--to", "invoice"
    ).stdout.strip()
    carried = show(shop, invoice)
    assert carried["source"] == "AB-2026-0001"
    assert [line["article"] for line in carried["lines"]] == ["A1003"]

    # The invoice has no service date yet: refused, the German reason on stderr.
    refused = meinbuero("sales", "finalise", "--db", shop, invoice)
    expected = tr(
        "An invoice needs the date of delivery or service (or the period); please enter it."
    )
    assert (refused.returncode, refused.stdout) == (1, "")
    assert refused.stderr == f"meinbuero: {expected}\n"
    assert show(shop, invoice)["number"] is None

    wrong = cli("sales", "convert", "--db", shop, invoice, "--to", "quote")
    assert (wrong.returncode, wrong.stdout) == (1, "")
    unknown = cli("sales", "convert", "--db", shop, invoice, "--to", "cancellation")
    assert unknown.returncode == 2


def test_service_period_and_customer_defaults(shop: Path, tmp_path: Path) -> None:
    draft = create(
        shop,
        tmp_path,
        {
            "kind": "invoice",
            "customer": "K10002",
            "date": DAY,
            "service_period": ["2026-11-01", "2026-11-30"],
            "net_days": 14,
            "skonto": ["3", 7],
            "tax_case": "standard",
            "lines": [{"text": "Wartung", "quantity": 1, "unit": "Monat", "price": "39.5"}],
        },
    )
    shown = show(shop, draft)
    assert (shown["service_date"], shown["service_end"]) == ("2026-11-01", "2026-11-30")
    assert shown["skonto"] == ["3", 7] and shown["net_days"] == 14
    assert shown["lines"][0]["unit"] == "MON" and shown["lines"][0]["price"] == "39.50"
    assert shown["lines"][0]["discount"] == "0"  # a person without Konditionen
    assert shown["address"].startswith("Frau Erika Mustermann")
    assert shown["totals"] == {"net": "39.50", "tax": "7.51", "gross": "47.01"}


def _line_field(number: int, key: str) -> str:
    return tr("Line {number}, {field}", number=number, field=sales.labels()[key])


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"kind": "invoice", "customer": "K99999", "lines": []},
            lambda: (
                f"{sales.labels()['customer']}: "
                + tr("There is no customer {number}.", number="K99999")
            ),
        ),
        (
            {"kind": "invoice", "customer": "K10001", "lines": [{"article": "X1"}]},
            lambda: (
                tr("Line {number}, {field}", number=1, field=articles.labels()["number"])
                + ": "
                + tr("There is no article {number}.", number="X1")
            ),
        ),
        (
            {
                "kind": "invoice",
                "customer": "K10001",
                "lines": [{"article": "A1001"}, {"article": "A1001", "quantity": "2,5x"}],
            },
            lambda: (
                f"{_line_field(2, 'quantity')}: "
                + tr(
                    '“{value}” is not a number; please write it with a dot, such as "2.5".',
                    value="2,5x",
                )
            ),
        ),
        (
            {"kind": "invoice", "customer": "K10001", "lines": [{"text": "X", "vat": "zwölf"}]},
            lambda: (
                f"{_line_field(1, 'vat_rate')}: "
                + tr(
                    '“{value}” is not a number; please write it with a dot, such as "2.5".',
                    value="zwölf",
                )
            ),
        ),
        (
            {"kind": "invoice", "customer": "K10001", "lines": [{"text": "X", "unit": "Eimer"}]},
            lambda: (
                f"{_line_field(1, 'unit')}: "
                + tr("“{value}” is not a unit the program knows.", value="Eimer")
            ),
        ),
        (
            {"kind": "bill", "customer": "K10001"},
            lambda: (
                f"{sales.labels()['kind']}: "
                + tr(
                    "“{value}” is not a kind of document; please choose {choices}.",
                    value="bill",
                    choices="quote, order_confirmation, delivery_note, invoice",
                )
            ),
        ),
        (
            ["not", "an", "object"],
            lambda: (
                f"{tr('File')}: "
                + tr("{name} must hold one JSON object {{…}} with the document.", name="d.json")
            ),
        ),
    ],
)
def test_refused_input_is_named_and_nothing_is_written(
    shop: Path, tmp_path: Path, data: object, expected: Any
) -> None:
    result = cli("sales", "create", "--db", shop, "--json", write_json(tmp_path / "d.json", data))
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"meinbuero: {expected()}\n"
    assert listed(shop) == []


def test_a_missing_or_broken_file(shop: Path, tmp_path: Path) -> None:
    missing = tmp_path / "fehlt.json"
    result = meinbuero("sales", "create", "--db", shop, "--json", missing)
    assert result.returncode == 1
    assert result.stderr == (
        f"meinbuero: {tr('File')}: "
        + tr("The file {name} does not exist.", name=str(missing))
        + "\n"
    )
    broken = tmp_path / "kaputt.json"
    broken.write_text('{"kind": "invoice",\n "lines": [}', encoding="utf-8")
    result = cli("sales", "create", "--db", shop, "--json", broken)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "kaputt.json" in result.stderr and "2" in result.stderr
    assert listed(shop) == []


def test_service_checks_reach_the_user(shop: Path, tmp_path: Path) -> None:
    data = {"kind": "invoice", "customer": "K10001", "lines": [{"text": "X", "discount": "150"}]}
    result = cli("sales", "create", "--db", shop, "--json", write_json(tmp_path / "d.json", data))
    assert result.returncode == 1
    assert result.stderr == (
        f"meinbuero: {_line_field(1, 'discount_percent')}: {tr('Between 0 and 100 %, please.')}\n"
    )


def _run(*args: str | Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG="de_DE.UTF-8", LANGUAGE="")
    return subprocess.Popen(
        [sys.executable, "-m", "meinbuero", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_two_processes_finalising_at_once_get_consecutive_numbers(shop: Path) -> None:
    database = open_company(shop)
    try:
        with database.sessions.begin() as session:
            drafts = []
            for customer_id in (1, 2):
                data = sales.new_document(
                    session, kind="invoice", customer_id=customer_id, today=date(2026, 12, 4)
                )
                data.service_date = date(2026, 12, 1)
                data.lines = [sales.line_from_article(session, 1, customer_id=customer_id)]
                drafts.append(sales.save_draft(session, None, data).id)
    finally:
        database.close()
    started = time.monotonic()
    runs = [_run("sales", "finalise", "--db", shop, str(draft)) for draft in drafts]
    outputs = [run.communicate(timeout=120) for run in runs]
    elapsed = time.monotonic() - started
    assert [run.returncode for run in runs] == [0, 0], [err for _, err in outputs]
    assert sorted(out for out, _ in outputs) == ["RE-2026-0001\n", "RE-2026-0002\n"]
    assert elapsed < 60
    database = open_company(shop)
    try:
        with database.sessions() as session:
            finalised = [sales.get_document(session, draft) for draft in drafts]
            assert {d.status for d in finalised} == {"open"}
            assert all(d.pdf_document_id is not None for d in finalised)
            assert {d.number for d in finalised} == {"RE-2026-0001", "RE-2026-0002"}
    finally:
        database.close()
