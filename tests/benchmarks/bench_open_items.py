"""Benchmark of the Offene Posten with 100 000 open invoices (issue 14: ≤ 300 ms).

    .venv/bin/python tests/benchmarks/bench_open_items.py [--invoices 100000] [--runs 10]

Not part of the test run. Makes a company file with 1 000 customers and ``--invoices``
finalised invoices (inserted directly, as years of use would leave them; about a third partly
paid), all open, then measures beside each other in the same run:
- area: what the Offene Posten area does to show the list — the ids in SQL order, the count,
  total and sums by age (SQL aggregates), the first screen of rows (30) — through the service;
- list: ``payments.open_items`` building every open item (the dataclass path) and the ages;
- bare: sqlite3 running the same open-items SELECT and fetching every row.
Prints a Markdown table (median and 95th percentile in milliseconds).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.bench_sales import p95, timed

SCREEN = 30
TODAY = date(2026, 12, 6)


def make_company(path: Path, invoices: int) -> None:
    from meinbuero.services.customers import CustomerInput, add_customers
    from meinbuero.store import search
    from meinbuero.store.database import open_company
    from tests.sales_data import complete_company

    database = open_company(path, create=True)
    rng = random.Random(14)
    with database.sessions.begin() as session:
        complete_company(session)
        add_customers(
            session,
            [CustomerInput(company_name=f"Kunde {n} GmbH", city="Köln") for n in range(1000)],
        )
    database.close()
    connection = sqlite3.connect(path)
    customers = connection.execute("SELECT id, number, company_name FROM customer").fetchall()
    rows = []
    days = sorted(rng.randrange(3 * 365) for _ in range(invoices))
    counters: dict[int, int] = {}
    for offset in days:
        day = TODAY - timedelta(days=3 * 365 - offset)
        counters[day.year] = counters.get(day.year, 0) + 1
        number = f"RE-{day.year}-{counters[day.year]:05d}"
        customer_id, customer_number, name = rng.choice(customers)
        net = rng.randrange(1000, 500000)
        gross = net + round(net * 0.19)
        paid = rng.randrange(0, gross) if rng.random() < 0.3 else 0
        stamp = day.isoformat() + " 10:00:00.000000"
        rows.append(
            (
                customer_id,
                number,
                customer_number,
                name,
                day.isoformat(),
                rng.choice([14, 30]),
                net,
                gross - net,
                gross,
                paid,
                search.body([number, customer_number, name]),
                stamp,
                stamp,
                stamp,
            )
        )
    connection.executemany(
        "INSERT INTO sales_document (customer_id, kind, status, number, customer_number, "
        "address, customer_vat_id, subject, header_text, footer_text, document_date, reference, "
        "net_days, tax_case, currency, net_total, tax_total, gross_total, paid_total, "
        "dunning_level, search_text, author, created_at, updated_at, finalised_at) VALUES "
        "(?, 'invoice', 'open', ?, ?, ?, '', '', '', '', ?, '', ?, 'standard', 'EUR', ?, ?, ?, "
        "?, 0, ?, 'Bench', ?, ?, ?)",
        rows,
    )
    connection.commit()
    connection.close()


def area_ours(path: Path, runs: int) -> tuple[list[float], int]:
    from meinbuero.services import open_items
    from meinbuero.store.database import open_company

    database = open_company(path)
    times = []
    count = 0
    for _ in range(runs):
        with database.sessions() as session:

            def work(session: object = session) -> None:
                nonlocal count
                query = open_items.OpenItemsFilter()
                ids = open_items.item_ids(session, query, TODAY)  # type: ignore[arg-type]
                count = open_items.summary(session, query, TODAY).count  # type: ignore[arg-type]
                open_items.item_rows(session, ids[:SCREEN], TODAY)  # type: ignore[arg-type]

            times.append(timed(work))
    database.close()
    return times, count


def list_ours(path: Path, runs: int) -> list[float]:
    from meinbuero.services import payments
    from meinbuero.store.database import open_company

    database = open_company(path)
    times = []
    for _ in range(runs):
        with database.sessions() as session:

            def work(session: object = session) -> None:
                payments.ages(payments.open_items(session, TODAY))  # type: ignore[arg-type]

            times.append(timed(work))
    database.close()
    return times


def bare(path: Path, runs: int) -> list[float]:
    from meinbuero.services import payments
    from meinbuero.store.database import open_company

    database = open_company(path)
    with database.sessions() as session:
        statement = payments.open_items_select(payments.OpenItemsQuery(), TODAY)
        sql = str(statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
    database.close()
    connection = sqlite3.connect(path)
    times = [timed(lambda: connection.execute(sql).fetchall()) for _ in range(runs)]
    connection.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "Bench.sqlite"
        make_company(path, args.invoices)
        ours, count = area_ours(path, args.runs)
        results = {
            f"Offene Posten area: ids, sums by age, first {SCREEN} rows ({count} open)": ours,
            "payments.open_items() + ages (every item built)": list_ours(path, args.runs),
            "bare sqlite3: the open-items SELECT, all rows fetched": bare(path, args.runs),
        }
    print("| what | median ms | p95 ms |")
    print("| --- | ---: | ---: |")
    for name, times in results.items():
        print(f"| {name} | {statistics.median(times):.0f} | {p95(times):.0f} |")


if __name__ == "__main__":
    main()
