"""Benchmark of the customer export on a large demo company, beside bare openpyxl and csv.

    .venv/bin/python tests/benchmarks/bench_export.py [--customers 100000] [--db FILE] [--vcf]

Not part of the test run. Makes the demo company (or reuses --db FILE if it exists), then
measures, each in a fresh process so that its peak memory (``ru_maxrss``) is its own:

- our xlsx export of all customers (read from the file in blocks, typed, written) beside a bare
  openpyxl ``write_only`` workbook of the same values, prepared in memory before the clock starts:
  the same cell types (text as text, ``date`` as a date cell, ``Decimal`` as a number, None as
  no cell), appended as plain values, so the baseline pays for nothing ours adds (header style,
  column widths, filter, the date format "DD.MM.YYYY" instead of openpyxl's default);
- our csv export beside a bare ``csv.writer`` of the same texts;
- our reading alone: the customers read from the file in blocks and typed for Excel, nothing
  written (the part of ours that no baseline has; for CSV most of the time);
- with --vcf, our vCard export (no baseline: there is no bare vobject way that differs).

Ours and the baselines take turns for --repeat rounds; the best time of each counts, the highest
peak memory.

Goals: xlsx ≤ 1.3× the bare openpyxl time, peak memory ≤ 400 MB. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from meinbuero import i18n
from meinbuero.services import exporting
from meinbuero.services.demo import make_demo
from meinbuero.store.database import open_company
from meinbuero.store.listing import ListQuery, customer_ids
from meinbuero.store.models import CustomFieldDefinition

MEASUREMENTS = ("xlsx", "bare_xlsx", "csv", "bare_csv", "read", "vcf")


def _read_rows(db_path: Path, *, as_text: bool, keep: bool) -> tuple[list[str], list[list[Any]]]:
    """Every customer's values as our export writes them (kept in memory with ``keep``)."""
    database = open_company(db_path)
    try:
        with database.sessions() as session:
            fields = exporting.available_fields(session)
            ids = customer_ids(session.connection(), ListQuery())
            types = {
                slot: field_type
                for slot, field_type in session.execute(
                    select(CustomFieldDefinition.slot, CustomFieldDefinition.field_type)
                )
                if exporting.custom_key(slot) in {f.key for f in fields}
            }
            values = exporting._Values(fields, types)
            convert = values.texts if as_text else values.typed
            rows: list[list[Any]] = []
            for block in exporting._read_blocks(session, ids, slots=types, with_persons=False):
                converted = [convert(row) for row in block.customers]
                if keep:
                    rows += converted
    finally:
        database.close()
    return [f.header for f in fields], rows


def _cpu() -> float:
    """CPU seconds of this process: on a shared machine steadier than the wall clock."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _measure(name: str, db_path: Path, out: Path) -> dict[str, float]:
    """One measurement, run in this (fresh) process."""
    i18n.set_language("de")
    if name == "read":
        start, cpu_start = time.perf_counter(), _cpu()
        _read_rows(db_path, as_text=False, keep=False)
        seconds, cpu = time.perf_counter() - start, _cpu() - cpu_start
        out.write_bytes(b"")
        count = 0
    elif name.startswith("bare_"):
        from openpyxl import Workbook

        header, rows = _read_rows(db_path, as_text=name == "bare_csv", keep=True)
        start, cpu_start = time.perf_counter(), _cpu()
        if name == "bare_xlsx":
            workbook = Workbook(write_only=True)
            sheet = workbook.create_sheet("Kunden")
            sheet.append(header)
            for row in rows:
                sheet.append(row)
            workbook.save(out)
        else:
            with out.open("w", encoding="utf-8-sig", newline="") as file:
                writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
                writer.writerow(header)
                writer.writerows(rows)
        seconds, cpu = time.perf_counter() - start, _cpu() - cpu_start
        count = len(rows)
    else:
        database = open_company(db_path)
        start, cpu_start = time.perf_counter(), _cpu()
        report = exporting.export_customers(database.sessions, path=out, format=name)  # type: ignore[arg-type]
        seconds, cpu = time.perf_counter() - start, _cpu() - cpu_start
        database.close()
        count = report.customers
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {
        "seconds": seconds,
        "cpu": cpu,
        "peak_mb": peak,
        "customers": count,
        "bytes": out.stat().st_size,
    }


def _run(name: str, db_path: Path, folder: Path) -> dict[str, float]:
    out = folder / f"{name}.{name.removeprefix('bare_')}"  # read: an empty "read.read"
    result = subprocess.run(
        [sys.executable, __file__, "--measure", name, "--db", str(db_path), "--out", str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    measured: dict[str, float] = json.loads(result.stdout.splitlines()[-1])
    return measured


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None, help="reuse this demo company")
    parser.add_argument("--vcf", action="store_true", help="also the vCard export (slow)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the best time counts")
    parser.add_argument("--measure", choices=MEASUREMENTS, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(_measure(args.measure, args.db, args.out)))
        return

    with tempfile.TemporaryDirectory(prefix="bench_export.") as temp:
        folder = Path(temp)
        db_path = args.db or folder / "demo.sqlite"
        if not db_path.exists():
            print(f"making a demo company of {args.customers} customers …", flush=True)
            database = open_company(db_path, create=True)
            make_demo(database, customers=args.customers, sales_years=0)
            database.close()
        results: dict[str, dict[str, float]] = {}
        names = MEASUREMENTS if args.vcf else MEASUREMENTS[:-1]
        # Ours and the baseline take turns, and the best of the rounds counts: on a shared
        # machine the load changes, and it should not fall on one side only.
        for _round in range(args.repeat):
            for name in names:
                if name == "vcf" and "vcf" in results:
                    continue  # slow, and without a baseline: once is enough
                measured = _run(name, db_path, folder)
                print(f"{name}: {measured['seconds']:.1f} s", file=sys.stderr, flush=True)
                best = results.setdefault(name, measured)
                for key in ("seconds", "cpu"):
                    best[key] = min(best[key], measured[key])
                best["peak_mb"] = max(best["peak_mb"], measured["peak_mb"])

    customers = int(results["xlsx"]["customers"])
    print(
        f"\nExport of {customers} customers (not archived) from {db_path},"
        f" best of {args.repeat} alternating rounds\n"
    )
    print(
        "| export | ours: wall / CPU | bare baseline: wall / CPU | ours / bare (wall, CPU)"
        " | peak memory ours | peak bare | file |"
    )
    print("|---|---|---|---|---|---|---|")
    for name in ("xlsx", "csv"):
        ours, bare = results[name], results[f"bare_{name}"]
        print(
            f"| {name} | {ours['seconds']:.1f} s / {ours['cpu']:.1f} s"
            f" | {bare['seconds']:.1f} s / {bare['cpu']:.1f} s"
            f" | {ours['seconds'] / bare['seconds']:.2f}× / {ours['cpu'] / bare['cpu']:.2f}×"
            f" | {ours['peak_mb']:.0f} MB | {bare['peak_mb']:.0f} MB"
            f" | {ours['bytes'] / 1e6:.1f} MB |"
        )
    read = results["read"]
    print(
        f"| (read) | {read['seconds']:.1f} s / {read['cpu']:.1f} s | – | –"
        f" | {read['peak_mb']:.0f} MB | – | – |"
    )
    if "vcf" in results:
        vcf = results["vcf"]
        print(
            f"| vcf | {vcf['seconds']:.1f} s / {vcf['cpu']:.1f} s | – | –"
            f" | {vcf['peak_mb']:.0f} MB | – | {vcf['bytes'] / 1e6:.1f} MB |"
        )
    print("\nGoals: xlsx ≤ 1.3× bare openpyxl write_only; peak memory ≤ 400 MB.")
    print("CPU: user + system seconds of the measuring process, steadier under a shared load.")
    print("Bare baselines get the same values prepared in memory before the clock starts.")
    print("(read): ours reading and typing the values alone, nothing written; part of both.")


if __name__ == "__main__":
    main()
