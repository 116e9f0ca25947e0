"""Benchmark of the customer import, beside a bare read of the same file.

    .venv/bin/python tests/benchmarks/bench_import.py [--rows 100000] [--folder DIR]

Not part of the test run. Writes a sheet of ``--rows`` invented customers with 15 columns as
.xlsx (openpyxl, write-only) and as .csv (semicolons, UTF-8 with BOM), then measures for each:

* our import: read, recognise the layout, preview (duplicates, checks), write every customer
  through the customer service in one transaction, commit — into a fresh company file;
* the bare read of the same file: python-calamine for .xlsx, the csv module for .csv;
* "stored": the bare read and the cells stored unchecked with bare sqlite3 in our schema
  (customer with its indexes, conditions, search index rows) — the floor of any import;
* pandas.read_excel (openpyxl) / read_csv + DataFrame.to_sql into a bare SQLite table, where
  pandas is installed. It is not a dependency of the program: give a Python that has it with
  ``--pandas-python`` (``python3 -m venv /tmp/pd && /tmp/pd/bin/pip install pandas openpyxl``).

Peak memory is the process's maximum resident size (``resource.getrusage``) after each step,
each step in a fresh subprocess so that one step's peak does not hide the next one's.
Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HEADERS = [
    "Kundennummer",
    "Art",
    "Firma",
    "Anrede",
    "Vorname",
    "Nachname",
    "Straße",
    "PLZ",
    "Ort",
    "Land",
    "Telefon",
    "Mobil",
    "E-Mail",
    "Internet",
    "Geburtstag",
]
FIRST = ["Anna", "Jürgen", "Eva", "Max", "Sören", "Lena", "Paul", "Jörg", "Mia", "Tim"]
LAST = ["Müller", "Schmidt", "Weiß", "Becker", "Hoffmann", "Schäfer", "Koch", "Bauer"]
CITIES = [("50667", "Köln"), ("10115", "Berlin"), ("80331", "München"), ("20095", "Hamburg")]


def rows(count: int) -> list[list[str]]:
    rng = random.Random(7)
    result = []
    for i in range(count):
        # names unique enough that the import finds no duplicates (as in a real customer list)
        first, last = rng.choice(FIRST), f"{rng.choice(LAST)}-{i}"
        postcode, city = rng.choice(CITIES)
        company = i % 3 == 0
        result.append(
            [
                f"B{i + 1:06d}",
                "Firma" if company else "Privat",
                f"{last} {city} GmbH {i}" if company else "",
                rng.choice(["Herr", "Frau"]),
                first,
                last,
                f"Hauptstraße {i % 200 + 1}",
                postcode,
                city,
                "DE",
                f"0221 {1000000 + i}",
                f"0171 {2000000 + i}",
                f"kunde{i}@example.de",
                f"www.kunde{i}.de" if company else "",
                f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1940, 2000)}",
            ]
        )
    return result


def write_files(folder: Path, count: int) -> tuple[Path, Path]:
    import csv

    import openpyxl

    data = rows(count)
    xlsx = folder / f"kunden_{count}.xlsx"
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Kunden")
    sheet.append(HEADERS)
    for row in data:
        sheet.append(row)
    workbook.save(xlsx)
    csv_path = folder / f"kunden_{count}.csv"
    with csv_path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(HEADERS)
        writer.writerows(data)
    return xlsx, csv_path


# --- steps, each run in its own process ---------------------------------------------------


def step_ours(source: Path, work: Path) -> dict[str, object]:
    from meinbuero.services import importing
    from meinbuero.store.database import open_company

    database = open_company(work / "Import.sqlite", create=True)
    start = time.perf_counter()
    table = importing.read_source(source)
    read = time.perf_counter()
    with database.sessions.begin() as session:
        layout, targets = importing.propose_mapping(session, table)
        preview = importing.prepare(session, table, targets, layout=layout)
        prepared = time.perf_counter()
        report = importing.run_import(session, preview)
    end = time.perf_counter()
    database.close()
    return {
        "seconds": end - start,
        "read": read - start,
        "preview": prepared - read,
        "write": end - prepared,
        "imported": report.imported,
        "refused": len(report.refused),
        "layout": layout.key if layout else "",
    }


def step_bare(source: Path, work: Path) -> dict[str, object]:
    start = time.perf_counter()
    values = step_bare_values(source)
    return {"seconds": time.perf_counter() - start, "rows": len(values) - 1}


def step_stored(source: Path, work: Path) -> dict[str, object]:
    """The floor of any import into our company file: the bare read, then the cells stored
    as they are (no checks) with bare sqlite3 in our schema — customer with its indexes, its
    conditions row and its search index row (the cells lower-cased, not folded)."""
    import sqlite3

    from meinbuero.store.database import open_company

    open_company(work / "Bare.sqlite", create=True).close()
    start = time.perf_counter()
    values = step_bare_values(source)
    connection = sqlite3.connect(work / "Bare.sqlite", isolation_level=None)
    connection.execute("BEGIN")
    columns = [
        "number", "kind", "company_name", "salutation", "first_name", "last_name", "street",
        "postcode", "city", "country", "phone", "mobile", "email", "website",
    ]  # fmt: skip
    stamp = "2026-11-22 10:00:00.000000"
    rows = []
    bodies = []
    for i, row in enumerate(values[1:], start=1):
        cells = [str(v) for v in row[:14]]
        cells[1] = "company" if cells[1] == "Firma" else "person"
        rows.append((i, *cells, cells[5].lower(), stamp, stamp))
        bodies.append((i, " " + " | ".join(c.lower() for c in cells if c)))
    given = ["id", *columns, "sort_key", "created_at", "last_processed_at"]
    # the other NOT NULL columns as the program's defaults fill them: empty text
    rest = [
        name
        for _, name, kind, not_null, default, _ in connection.execute("PRAGMA table_info(customer)")
        if not_null and default is None and name not in given
    ]
    names = ", ".join(given + rest)
    empty = {"form_of_address": "'Sie'"}
    marks = ", ".join(["?"] * len(given) + [empty.get(name, "''") for name in rest])
    connection.executemany(f"INSERT INTO customer ({names}) VALUES ({marks})", rows)
    connection.executemany(
        "INSERT INTO conditions (customer_id, price_list, discount_percent, delivery_terms,"
        " payment_terms_text) VALUES (?, '', 0, '', '')",
        [(i,) for i, *_ in rows],
    )
    connection.executemany("INSERT INTO customer_search (rowid, body) VALUES (?, ?)", bodies)
    connection.execute("COMMIT")
    connection.close()
    return {"seconds": time.perf_counter() - start, "rows": len(rows)}


def step_bare_values(source: Path) -> list[Any]:
    if source.suffix == ".xlsx":
        from python_calamine import CalamineWorkbook

        return CalamineWorkbook.from_path(str(source)).get_sheet_by_index(0).to_python()
    import csv

    with source.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def step_pandas(source: Path, work: Path) -> dict[str, object]:
    import importlib
    import sqlite3

    pandas = importlib.import_module("pandas")  # optional: not a dependency of the program

    start = time.perf_counter()
    if source.suffix == ".xlsx":
        frame = pandas.read_excel(source, engine="openpyxl", dtype=str)
    else:
        frame = pandas.read_csv(source, sep=";", dtype=str, encoding="utf-8-sig")
    connection = sqlite3.connect(work / "pandas.sqlite")
    frame.to_sql("customer", connection, if_exists="replace", index=False)
    connection.commit()
    connection.close()
    return {"seconds": time.perf_counter() - start, "rows": len(frame)}


STEPS = {"ours": step_ours, "bare": step_bare, "stored": step_stored, "pandas": step_pandas}


def child(step: str, source: Path, work: Path) -> None:
    import resource

    result = STEPS[step](source, work)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def run_step(
    step: str, source: Path, work: Path, python: str = sys.executable
) -> dict[str, object] | None:
    done = subprocess.run(
        [python, __file__, "--child", step, str(source), str(work)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        print(f"  {step} on {source.name}: {last}", file=sys.stderr)
        return None
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--folder", type=Path, default=None, help="keep the files here")
    parser.add_argument(
        "--pandas-python", default=sys.executable, help="a Python with pandas and openpyxl"
    )
    parser.add_argument(
        "--child", nargs=3, metavar=("STEP", "SOURCE", "WORK"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.child:
        step, source, work = args.child
        child(step, Path(source), Path(work))
        return
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.folder or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        xlsx, csv_path = write_files(folder, args.rows)
        seconds = time.perf_counter() - start
        print(f"{args.rows} rows × {len(HEADERS)} columns written in {seconds:.1f} s")
        print()
        print("| file | step | time | peak memory | ours ÷ step | note |")
        print("|---|---|---:|---:|---:|---|")
        for source in (xlsx, csv_path):
            results = {}
            for step in STEPS:
                work = Path(tempfile.mkdtemp(dir=folder))
                python = args.pandas_python if step == "pandas" else sys.executable
                results[step] = run_step(step, source, work, python)
            ours = results["ours"]
            assert ours is not None, "our import failed"
            for step, result in results.items():
                if result is None:
                    print(f"| {source.suffix} | {step} | – | – | – | not available |")
                    continue
                seconds = float(result["seconds"])  # type: ignore[arg-type]
                ratio = float(ours["seconds"]) / seconds  # type: ignore[arg-type]
                note = ""
                if step == "ours":
                    parts = {k: float(result[k]) for k in ("read", "preview", "write")}  # type: ignore[arg-type]
                    note = (
                        f"read {parts['read']:.1f} s, preview {parts['preview']:.1f} s, "
                        f"write {parts['write']:.1f} s; {result['imported']} imported"
                    )
                print(
                    f"| {source.suffix} | {step} | {seconds:.1f} s | "
                    f"{float(result['peak_mb']):.0f} MB | {ratio:.1f}× | {note} |"  # type: ignore[arg-type]
                )


if __name__ == "__main__":
    main()
