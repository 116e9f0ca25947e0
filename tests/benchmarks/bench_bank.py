"""Benchmark of the bank statement import: a CAMT.053 of 10 000 bookings matched against many
open invoices, beside the bare XML parse and the bare SQL query of the open invoices.

    .venv/bin/python tests/benchmarks/bench_bank.py [--bookings 10000] [--invoices 20000]

Not part of the test run. Makes a company file with ``--invoices`` finalised open invoices of
``--invoices / 4`` customers (rows written directly, as the PDF of each would take minutes), a
camt.053.001.08 statement whose bookings pay them in the ways people pay (60 % with the number
in the text, 20 % by amount from the customer's IBAN, 10 % debits, 10 % nobody we know), then
measures:

- bare: ``lxml.etree.fromstring`` of the file and a count of its entries; the SQL query of the
  open invoices (``SELECT … WHERE`` the open-items condition) fetched;
- ``read_statement`` (parse, schema check, model, references) and ``prepare`` (the open invoices
  and customers read, a proposal for each booking) — the import the issue asks ≤ 5 s for;
- ``book`` of the proposals the command line books (one transaction).

Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from lxml import etree  # type: ignore[import-untyped]
from schwifty import IBAN
from sqlalchemy import insert, text

from meinbuero.services.bank import importing
from meinbuero.services.bank.matching import Confidence
from meinbuero.store.database import open_company
from meinbuero.store.models import OPEN_INVOICE_SQL, Customer, SalesDocument

DAY = date(2026, 12, 6)


T = TypeVar("T")


def timed(work: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def ibans(count: int) -> list[str]:
    return [
        str(IBAN.generate("DE", bank_code="37040044", account_code=f"{1000000 + n:010d}").compact)
        for n in range(count)
    ]


def build(path: Path, invoices: int) -> list[tuple[str, str, Decimal, str]]:
    """The company; returns (number, customer name, gross, customer IBAN) of each invoice."""
    database = open_company(path, create=True)
    customers = max(1, invoices // 4)
    accounts = ibans(customers)
    randomness = random.Random(14)
    now = datetime.now(UTC)
    made = []
    with database.sessions.begin() as session:
        session.execute(
            insert(Customer),
            [
                {
                    "number": f"K{n:06d}",
                    "company_name": f"Kunde {n} Handels GmbH",
                    "sort_key": f"kunde {n}",
                    "iban": accounts[n],
                }
                for n in range(customers)
            ],
        )
        rows = []
        for n in range(invoices):
            gross = Decimal(randomness.randint(1000, 500000)) / 100
            customer = n % customers
            number = f"RE-2026-{n + 1:05d}"
            rows.append(
                {
                    "customer_id": customer + 1,
                    "kind": "invoice",
                    "status": "open",
                    "number": number,
                    "document_date": DAY - timedelta(days=n % 60),
                    "net_days": 30,
                    "skonto_percent": Decimal(2) if n % 5 == 0 else None,
                    "skonto_days": 14 if n % 5 == 0 else None,
                    "net_total": gross,
                    "gross_total": gross,
                    "finalised_at": now,
                }
            )
            made.append((number, f"Kunde {customer} Handels GmbH", gross, accounts[customer]))
        session.execute(insert(SalesDocument), rows)
    database.close()
    return made


def statement(path: Path, invoices: list[tuple[str, str, Decimal, str]], count: int) -> None:
    randomness = random.Random(53)
    entries = []
    for n in range(count):
        number, name, gross, iban = invoices[n % len(invoices)]
        kind = n % 10
        amount, indicator, text_ = gross, "CRDT", f"Rechnung {number} Kd {n}"
        if kind in (6, 7):
            text_ = f"Zahlung Auftrag {n}"  # by amount and IBAN
        elif kind == 8:
            amount, indicator, name, text_ = Decimal("12.50"), "DBIT", "Lieferant AG", "Miete"
        elif kind == 9:
            amount, name, iban, text_ = Decimal(randomness.randint(100, 9999)), "Fremd", "", "?"
        account = f"<{'Dbtr' if indicator == 'CRDT' else 'Cdtr'}Acct><Id><IBAN>{iban}</IBAN></Id>"
        account += f"</{'Dbtr' if indicator == 'CRDT' else 'Cdtr'}Acct>" if iban else ""
        party = "Dbtr" if indicator == "CRDT" else "Cdtr"
        entries.append(
            f"<Ntry><Amt Ccy='EUR'>{amount}</Amt><CdtDbtInd>{indicator}</CdtDbtInd>"
            f"<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-12-{10 + n % 10}</Dt></BookgDt>"
            f"<ValDt><Dt>2026-12-{10 + n % 10}</Dt></ValDt><AcctSvcrRef>BENCH{n:08d}</AcctSvcrRef>"
            "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly>"
            "</Domn></BkTxCd><NtryDtls><TxDtls><Amt Ccy='EUR'>"
            f"{amount}</Amt><CdtDbtInd>{indicator}</CdtDbtInd><RltdPties><{party}><Pty><Nm>{name}"
            f"</Nm></Pty></{party}>{account if iban else ''}</RltdPties><RmtInf><Ustrd>{text_}"
            "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>"
        )
    path.write_text(
        "<?xml version='1.0' encoding='UTF-8'?>"
        "<Document xmlns='urn:iso:std:iso:20022:tech:xsd:camt.053.001.08'><BkToCstmrStmt>"
        "<GrpHdr><MsgId>BENCH</MsgId><CreDtTm>2026-12-20T06:00:00</CreDtTm></GrpHdr><Stmt>"
        "<Id>BENCH-1</Id><CreDtTm>2026-12-20T06:00:00</CreDtTm><Acct><Id>"
        "<IBAN>DE89370400440532013000</IBAN></Id></Acct>" + "".join(entries) + "</Stmt>"
        "</BkToCstmrStmt></Document>",
        encoding="utf-8",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--bookings", type=int, default=10_000)
    parser.add_argument("--invoices", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        company = Path(folder) / "Firma.sqlite"
        made = build(company, args.invoices)
        camt = Path(folder) / "auszug.xml"
        statement(camt, made, args.bookings)
        database = open_company(company)
        results: list[tuple[str, float]] = []

        seconds, _ = timed(lambda: len(etree.fromstring(camt.read_bytes()).findall(".//{*}Ntry")))
        results.append(("bare: lxml parse of the file, entries counted", seconds))

        def bare_query() -> int:
            with database.sessions() as session:
                return len(
                    session.execute(
                        text(
                            "SELECT id, number, customer_id, gross_total, paid_total, "
                            "document_date, skonto_percent, skonto_days FROM sales_document "
                            f"WHERE {OPEN_INVOICE_SQL}"
                        )
                    ).all()
                )

        seconds, opened = timed(bare_query)
        results.append((f"bare: SQL query of the {opened} open invoices", seconds))

        seconds, read = timed(lambda: importing.read_statement(camt))
        results.append(("read_statement (parse, schema check, model)", seconds))

        def propose() -> list[importing.ImportRow]:
            with database.sessions() as session:
                return importing.prepare(session, read)

        seconds, rows = timed(propose)
        results.append(("prepare (open invoices, customers, matching)", seconds))
        total = results[-1][1] + results[-2][1]
        results.append(("**import with matching (read + prepare)**", total))

        certain = [
            importing.Decision(r.booking, r.proposal.allocations)
            for r in rows
            if r.proposal.confidence == Confidence.HIGH
        ]

        def book() -> importing.Summary:
            with database.sessions.begin() as session:
                return importing.book(session, certain)

        seconds, summary = timed(book)
        results.append((f"book the {len(certain)} certain proposals (one transaction)", seconds))
        database.close()
    matched = sum(1 for r in rows if r.proposal.matched)
    print(f"{args.bookings} bookings, {args.invoices} open invoices, {matched} matched, {summary}")
    print("| step | seconds |\n|---|---:|")
    for name, seconds in results:
        print(f"| {name} | {seconds:.3f} |")


if __name__ == "__main__":
    main()
