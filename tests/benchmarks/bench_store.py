"""Benchmark of the company database on a large demo company, beside bare sqlite3.

    .venv/bin/python tests/benchmarks/bench_store.py [--customers 100000] [--db FILE]

Not part of the test run. Makes the demo company (or reuses --db FILE if it exists), then
measures search (median and p95 over a fixed list of 1–3 word queries), loading one customer with
everything under it, saving one customer (synchronous=FULL) and the file size per customer — each
beside the same work done with bare sqlite3 on the same file. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from meinbuero.services import customers
from meinbuero.services.demo import make_demo
from meinbuero.store import search
from meinbuero.store.database import Database, open_company
from meinbuero.store.listing import ListQuery, customer_ids

QUERIES = [
    "müller",
    "Mueller",
    "schmidt gmbh",
    "köln",
    "berlin",
    "0221",
    "+49 89",
    "030 12",
    "anna",
    "straße",
    "meier hamburg",
    "info@",
    "web",
    "gmbh & co",
    "dr",
    "80331",
    "K10042",
    "K1",
    "weber münchen",
    "ag",
    "thomas schulz",
    "frankfurt",
    "lei",
    "sch",
    "becker kg",
    "hoffmann",
    "0171",
    "stadt",
    "wagner bremen",
    "klaus",
]


def timed(work: Callable[[], object], repeat: int = 1) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return times


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(len(values) * 0.95) - 1)]


def bare_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def bench_search(database: Database, bare: sqlite3.Connection) -> tuple[list[float], list[float]]:
    ours: list[float] = []
    baseline: list[float] = []
    for _ in range(3):
        for query in QUERIES:
            with database.sessions() as session:
                connection = session.connection()
                ours += timed(lambda q=query, c=connection: customer_ids(c, ListQuery(text=q)))  # type: ignore[misc]
            terms = [t for t in search.query_terms(query) if len(t) >= 3]
            if terms:
                match = " AND ".join(f'"{t}"' for t in terms)
                baseline += timed(
                    lambda m=match: bare.execute(  # type: ignore[misc]
                        f"SELECT rowid FROM {search.TABLE} WHERE {search.TABLE} MATCH ?", (m,)
                    ).fetchall()
                )
    return ours, baseline


def bare_load(bare: sqlite3.Connection, customer_id: int) -> None:
    bare.execute("SELECT * FROM customer WHERE id = ?", (customer_id,)).fetchall()
    for table in ("contact_person", "conditions", "custom_field_value", "note", "social_profile"):
        bare.execute(f"SELECT * FROM {table} WHERE customer_id = ?", (customer_id,)).fetchall()
    bare.execute(
        "SELECT g.* FROM customer_group g JOIN customer_group_link l ON l.group_id = g.id"
        " WHERE l.customer_id = ?",
        (customer_id,),
    ).fetchall()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.sqlite"
    rows: list[tuple[str, str, str, str]] = []
    if not path.exists():
        database = open_company(path, create=True)
        start = time.perf_counter()
        make_demo(database, customers=args.customers, seed=1, sales_years=0)
        rows.append(
            (
                "demo company",
                f"{args.customers} customers",
                f"{time.perf_counter() - start:.1f} s",
                "",
            )
        )
    else:
        database = open_company(path)
    with database.sessions() as session:
        total = customers.count_customers(session, include_archived=True)
    bare = bare_connection(path)
    rng = random.Random(1)
    ids = [rng.randint(1, total) for _ in range(200)]

    ours, baseline = bench_search(database, bare)
    rows.append(
        (
            "search (90 queries)",
            f"median {statistics.median(ours):.1f} ms, p95 {p95(ours):.1f} ms",
            f"median {statistics.median(baseline):.1f} ms, p95 {p95(baseline):.1f} ms",
            "median ≤ 15 ms, p95 ≤ 40 ms",
        )
    )

    load: list[float] = []
    for customer_id in ids:
        with database.sessions() as session:
            load += timed(lambda cid=customer_id: customers.get_customer(session, cid))  # type: ignore[misc]
    bare_loads = [t for cid in ids for t in timed(lambda c=cid: bare_load(bare, c))]  # type: ignore[misc]
    rows.append(
        (
            "load one customer with everything",
            f"median {statistics.median(load):.2f} ms, p95 {p95(load):.2f} ms",
            f"median {statistics.median(bare_loads):.2f} ms",
            "≤ 10 ms",
        )
    )

    saves: list[float] = []
    for n, customer_id in enumerate(ids[:50]):
        # As the details window does it: the customer is loaded; saving is what is timed.
        with database.sessions() as session:
            data = customers.CustomerInput.of(customers.get_customer(session, customer_id))
            data.remark = f"Benchmark {n}"
            session.commit()  # the read transaction ends, as the form waits for the user

            def save(cid: int = customer_id, data: customers.CustomerInput = data) -> None:
                with session.begin():
                    customers.save_customer(session, data, customer_id=cid)

            saves += timed(save)
    bare_saves: list[float] = []
    for n, customer_id in enumerate(ids[50:100]):

        def bare_save(cid: int = customer_id, n: int = n) -> None:
            bare.execute("BEGIN")
            bare.execute(
                "UPDATE customer SET remark = ?, last_processed_at = datetime('now') WHERE id = ?",
                (f"bare {n}", cid),
            )
            bare.execute("COMMIT")

        bare_saves += timed(bare_save)
    rows.append(
        (
            "save one customer (synchronous=FULL)",
            f"median {statistics.median(saves):.2f} ms, p95 {p95(saves):.2f} ms",
            f"median {statistics.median(bare_saves):.2f} ms",
            "≤ 15 ms",
        )
    )
    bare.close()
    database.close()
    size = path.stat().st_size
    rows.append(
        ("file size", f"{size / 1e6:.1f} MB, {size / total / 1024:.2f} KiB per customer", "", "")
    )
    print(f"\n{total} customers in {path}\n")
    print("| measure | meinbuero | bare sqlite3 | goal |\n|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
