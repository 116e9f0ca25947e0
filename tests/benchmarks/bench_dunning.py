"""Benchmark of the Mahnwesen list: what is due for dunning among many open invoices.

    .venv/bin/python tests/benchmarks/bench_dunning.py [--documents 10000] [--runs 10]

Not part of the test run. Makes a company file as ``bench_sales`` does (1 000 customers,
``--documents`` sales documents inserted directly, three in four of them open invoices, all
overdue), then measures :func:`meinbuero.services.dunning.due_for_dunning` — the open items,
Mahnsperre, earlier letters, payments and the interest of every proposal — beside the bare
sqlite3 query of the overdue open invoices with their customers in the same run.
Prints a Markdown table (median and 95th percentile in milliseconds).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.bench_sales import make_company, p95, timed

TODAY = date(2026, 12, 6)


def ours(path: Path, runs: int) -> tuple[list[float], int]:
    from meinbuero.services import dunning
    from meinbuero.store.database import open_company

    database = open_company(path)
    found = 0
    times = []
    try:
        for _ in range(runs):
            with database.sessions() as session:

                def work(session: object = session) -> None:
                    nonlocal found
                    found = len(dunning.due_for_dunning(session, TODAY))  # type: ignore[arg-type]

                times.append(timed(work))
    finally:
        database.close()
    return times, found


def bare(path: Path, runs: int) -> list[float]:
    connection = sqlite3.connect(path)
    query = (
        "SELECT d.id, d.number, d.customer_id, c.number, c.company_name, d.document_date, "
        "date(d.document_date, printf('+%d days', coalesce(d.net_days, 0))) AS due, "
        "d.gross_total, d.paid_total, d.dunning_level FROM sales_document d "
        "JOIN customer c ON c.id = d.customer_id WHERE d.kind = 'invoice' "
        "AND d.finalised_at IS NOT NULL AND d.status != 'cancelled' "
        "AND d.paid_total < d.gross_total AND due < ? ORDER BY due, d.number"
    )
    times = [
        timed(lambda: connection.execute(query, (TODAY.isoformat(),)).fetchall())
        for _ in range(runs)
    ]
    connection.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "Bench.sqlite"
        make_company(path, args.documents)
        mine, found = ours(path, args.runs)
        plain = bare(path, args.runs)
    print(f"{found} invoices due for dunning of {args.documents} documents\n")
    print("| what | median ms | p95 ms |")
    print("| --- | ---: | ---: |")
    for name, values in (("due_for_dunning", mine), ("bare sqlite3 overdue query", plain)):
        print(f"| {name} | {statistics.median(values):.1f} | {p95(values):.1f} |")


if __name__ == "__main__":
    main()
