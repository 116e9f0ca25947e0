"""Benchmark of backups: a demo company with documents, beside a plain copy of the same bytes.

    .venv/bin/python tests/benchmarks/bench_backup.py [--customers 20000] [--documents 1000]
    .venv/bin/python tests/benchmarks/bench_backup.py --customers 100000   # the issue's size

Not part of the test run. Builds a demo company (``meinbuero demo --sales-years 0``), adds
``--documents`` files of random content (50–200 KB, which does not compress, like PDFs and
photos) through ``services.documents``, then measures:

- ``shutil.copyfile`` of the company file and every document file (the baseline; no fsync);
- ``make_backup`` (SQLite backup API, zip with deflate level 1, manifest, seal, fsync), without
  and with a password (AES-256);
- ``verify_backup`` (every byte read and hashed) and ``restore_backup`` into a new file.

Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from meinbuero.services import documents
from meinbuero.services.backup import make_backup, restore_backup, verify_backup
from meinbuero.store.database import open_company
from meinbuero.store.documents import DocumentStore, store_root

ROOT = Path(__file__).resolve().parents[2]


def timed(work: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def build(folder: Path, *, customers: int, files: int) -> Path:
    company = folder / "Firma.sqlite"
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [sys.executable, "-m", "meinbuero", "demo", "--db", str(company), "--customers",
         str(customers), "--sales-years", "0"],
        check=True, env=environment, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    randomness = random.Random(1000)
    database = open_company(company)
    try:
        for start in range(0, files, 100):
            with database.sessions.begin() as session:
                for n in range(start, min(files, start + 100)):
                    documents.add_document_bytes(
                        session,
                        customer_id=1 + n % customers,
                        content=randomness.randbytes(randomness.randint(50_000, 200_000)),
                        file_name=f"Scan {n}.pdf",
                        category="Sonstiges",
                    )
    finally:
        database.close()
    return company


def plain_copy(company: Path, target: Path) -> None:
    target.mkdir()
    shutil.copyfile(company, target / company.name)
    store = DocumentStore(store_root(company))
    for sha256 in store.stored_hashes():
        shutil.copyfile(store.path_of(sha256), target / sha256)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--documents", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-backup-") as name:
        folder = Path(name)
        seconds, _ = timed(lambda: build(folder, customers=args.customers, files=args.documents))
        company = folder / "Firma.sqlite"
        store = DocumentStore(store_root(company))
        document_bytes = sum(store.path_of(h).stat().st_size for h in store.stored_hashes())
        total = company.stat().st_size + document_bytes
        print(
            f"Demo company: {args.customers} customers, {args.documents} documents; "
            f"database {company.stat().st_size / 1e6:.1f} MB, documents "
            f"{document_bytes / 1e6:.1f} MB (built in {seconds:.0f} s)\n"
        )
        rows: list[tuple[str, float, int]] = []
        copy_time, _ = timed(lambda: plain_copy(company, folder / "copy"))
        rows.append(("shutil.copyfile (db + document files)", copy_time, total))
        plain_time, plain = timed(lambda: make_backup(company, folder / "plain"))
        assert isinstance(plain, Path)
        rows.append(("make_backup", plain_time, plain.stat().st_size))
        aes_time, encrypted = timed(lambda: make_backup(company, folder / "aes", password="geheim"))
        assert isinstance(encrypted, Path)
        rows.append(("make_backup with password (AES-256)", aes_time, encrypted.stat().st_size))
        verify_time, _ = timed(lambda: verify_backup(plain))
        rows.append(("verify_backup", verify_time, plain.stat().st_size))
        restore_time, _ = timed(lambda: restore_backup(plain, folder / "neu" / "Neu.sqlite"))
        rows.append(("restore_backup (into a new file)", restore_time, total))
        print("| step | seconds | MB | MB/s |")
        print("|---|---:|---:|---:|")
        for label, took, size in rows:
            print(f"| {label} | {took:.2f} | {size / 1e6:.1f} | {size / 1e6 / took:.0f} |")


if __name__ == "__main__":
    main()
