"""Benchmark of the document store: adding files and listing a customer's documents.

    .venv/bin/python tests/benchmarks/bench_documents.py [--files 1000] [--size-kb 100]

Not part of the test run. Writes ``--files`` files of random content into a temporary folder,
then measures, on a fresh company file:

- copying them with ``shutil.copy`` (the baseline), and with ``shutil.copy`` plus ``fsync`` (what
  durable copying costs on this disk);
- adding them as documents of one customer, one transaction per file as the Dokumente tab does
  (hash, temp file, fsync, rename, fsync folder, row committed with synchronous=FULL);
- listing that customer's 1 000 documents (``list_documents``, sorted by date; median and p95),
  beside bare sqlite3 reading the same rows without the join to the newest version.

Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from meinbuero.services import documents
from meinbuero.services.customers import CustomerInput, save_customer
from meinbuero.services.documents import SortKey
from meinbuero.store.database import open_company


def timed(work: Callable[[], object], repeat: int = 1) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return times


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(len(values) * 0.95) - 1)]


def copy_all(sources: list[Path], target: Path, *, sync: bool) -> None:
    target.mkdir()
    for source in sources:
        copied = Path(shutil.copy(source, target))
        if sync:
            with copied.open("rb") as handle:
                os.fsync(handle.fileno())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--size-kb", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=30, help="list runs")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-documents-") as folder:
        root = Path(folder)
        sources_dir = root / "Scanner"
        sources_dir.mkdir()
        sources = []
        for number in range(args.files):
            path = sources_dir / f"Scan {number:04d}.pdf"
            path.write_bytes(os.urandom(args.size_kb * 1024))
            sources.append(path)
        megabytes = args.files * args.size_kb / 1024

        copy_ms = timed(lambda: copy_all(sources, root / "copy", sync=False))[0]
        synced_ms = timed(lambda: copy_all(sources, root / "copy-synced", sync=True))[0]

        database = open_company(root / "Firma.sqlite", create=True)
        with database.sessions.begin() as session:
            customer_id = save_customer(session, CustomerInput(company_name="Archiv GmbH")).id

        def add_all() -> None:
            for source in sources:
                with database.sessions.begin() as session:
                    documents.add_document_file(
                        session, customer_id=customer_id, path=source, category="Protokoll"
                    )

        add_ms = timed(add_all)[0]

        def list_ours() -> int:
            with database.sessions() as session:
                return len(documents.list_documents(session, customer_id, sort=SortKey.DATE))

        assert list_ours() == args.files
        ours = timed(list_ours, repeat=args.repeat)
        connection = sqlite3.connect(database.path)

        def list_bare() -> int:
            rows = connection.execute(
                "SELECT id, title, category_id, document_date, remark, author, created_at"
                " FROM document WHERE customer_id = ? AND deleted_at IS NULL"
                " ORDER BY document_date DESC, created_at DESC",
                (customer_id,),
            ).fetchall()
            return len(rows)

        bare = timed(list_bare, repeat=args.repeat)
        connection.close()
        database.close()

    per_file = args.files
    print(f"{args.files} files of {args.size_kb} KB ({megabytes:.0f} MB), {os.cpu_count()} CPUs\n")
    print("| measure | baseline | meinbuero |")
    print("| --- | --- | --- |")
    print(
        f"| add {args.files} files (total) | shutil.copy {copy_ms:.0f} ms;"
        f" + fsync {synced_ms:.0f} ms | {add_ms:.0f} ms |"
    )
    print(
        f"| per file | {copy_ms / per_file:.2f} ms; + fsync {synced_ms / per_file:.2f} ms"
        f" | {add_ms / per_file:.2f} ms |"
    )
    print(
        f"| list {args.files} documents (median / p95) | bare sqlite3"
        f" {statistics.median(bare):.1f} / {p95(bare):.1f} ms |"
        f" {statistics.median(ours):.1f} / {p95(ours):.1f} ms (goal ≤ 100 ms) |"
    )


if __name__ == "__main__":
    main()
