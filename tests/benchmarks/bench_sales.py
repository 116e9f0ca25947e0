"""Benchmark of selling: finalising an invoice, and the invoice list with 100 000 documents.

    .venv/bin/python tests/benchmarks/bench_sales.py [--documents 100000] [--runs 20]

Not part of the test run. Makes a company file with 1 000 customers and ``--documents`` sales
documents (inserted directly, as years of use would leave them), then measures:
- finalise: a draft of five positions finalised and committed — the number, the frozen row, the
  PDF made, written, synced and filed, the commit with synchronous=FULL — beside its bare
  baseline in the same run: bare reportlab drawing a comparable page, written and fsynced, plus
  one bare sqlite3 INSERT committed with synchronous=FULL;
- the invoice list as a work area opens it: the ids in order, the count and sums for the status
  bar and the first screen of rows (30), through the services, beside bare sqlite3 doing the same;
- a search keystroke in that list ("mus", then "muster"): the same three steps filtered
  (bare: the same trigram index queried with sqlite3);
- in the window (offscreen, its own process): the Rechnungen area shown for the first time until
  its first screen of rows is painted, and a search keystroke until the list is painted again,
  beside a bare QTableView over a QStandardItemModel of the same 30 rows painted once.
Prints a Markdown table (median and 95th percentile in milliseconds).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

SCREEN = 30


def timed(work: Callable[[], object]) -> float:
    begin = time.perf_counter()
    work()
    return (time.perf_counter() - begin) * 1000


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(len(values) * 0.95) - 1)]


def make_company(path: Path, documents: int) -> None:
    from meinbuero.services.customers import CustomerInput, add_customers
    from meinbuero.store import search
    from meinbuero.store.database import open_company
    from tests.sales_data import complete_company

    database = open_company(path, create=True)
    rng = random.Random(7)
    with database.sessions.begin() as session:
        complete_company(session)
        inputs = [
            CustomerInput(
                company_name=f"{rng.choice(['Muster', 'Beispiel', 'Schmidt', 'Meyer'])} "
                f"{rng.choice(['GmbH', 'AG', 'KG', 'OHG'])} {n}",
                street=f"Hauptstraße {n}",
                postcode=f"{50000 + n:05d}",
                city=rng.choice(["Köln", "Bonn", "Düsseldorf", "Aachen"]),
            )
            for n in range(1000)
        ]
        add_customers(session, inputs)
    database.close()
    connection = sqlite3.connect(path)
    customers = connection.execute("SELECT id, number, company_name FROM customer").fetchall()
    start = date(2016, 1, 1)
    rows = []
    counters: dict[tuple[str, int], int] = {}
    days = sorted(rng.randrange(3650) for _ in range(documents))
    for index, offset in enumerate(days):
        kind = "invoice" if index % 4 else rng.choice(["quote", "order_confirmation"])
        day = start + timedelta(days=offset)
        key = (kind, day.year)
        counters[key] = counters.get(key, 0) + 1
        prefix = {"invoice": "RE-", "quote": "AN-", "order_confirmation": "AB-"}[kind]
        number = f"{prefix}{day.year}-{counters[key]:04d}"
        customer_id, customer_number, name = rng.choice(customers)
        net = rng.randrange(1000, 500000)
        tax = round(net * 0.19)
        subject = rng.choice(["Wartung", "Beratung", "Lieferung", "Montage", "Projekt"])
        rows.append(
            (
                customer_id,
                kind,
                "open",
                number,
                customer_number,
                name,
                subject,
                day.isoformat(),
                net,
                tax,
                net + tax,
                search.body([number, customer_number, name, subject]),
                day.isoformat() + " 10:00:00.000000",
            )
        )
    connection.executemany(
        "INSERT INTO sales_document (customer_id, kind, status, number, customer_number, "
        "address, customer_vat_id, subject, header_text, footer_text, document_date, reference, "
        "tax_case, currency, net_total, tax_total, gross_total, search_text, author, created_at, "
        "updated_at, finalised_at) VALUES (?, ?, ?, ?, ?, ?, '', ?, '', '', ?, '', 'standard', "
        "'EUR', ?, ?, ?, ?, 'Bench', ?, ?, ?)",
        [(*r[:-1], r[-1], r[-1], r[-1]) for r in rows],
    )
    connection.commit()
    connection.close()


def list_ours(path: Path, runs: int, text: str) -> list[float]:
    from meinbuero.services import sales
    from meinbuero.store.database import open_company

    database = open_company(path)
    times = []
    for _ in range(runs):
        with database.sessions() as session:

            def work(session: object = session) -> None:
                query = sales.SalesQuery(kind="invoice", text=text)
                ids = sales.document_ids(session, query)  # type: ignore[arg-type]
                sales.document_sums(session, query)  # type: ignore[arg-type]
                sales.document_rows(session, ids[:SCREEN])  # type: ignore[arg-type]

            times.append(timed(work))
    database.close()
    return times


def list_bare(path: Path, runs: int, text: str) -> list[float]:
    connection = sqlite3.connect(path)
    where = "kind IN ('invoice', 'cancellation')"
    params: tuple[str, ...] = ()
    if text:
        where += " AND id IN (SELECT rowid FROM sales_search WHERE sales_search MATCH ?)"
        params = (f'"{text}"',)
    times = []
    for _ in range(runs):

        def work() -> None:
            ids = [
                r[0]
                for r in connection.execute(
                    f"SELECT id FROM sales_document WHERE {where} "
                    "ORDER BY document_date DESC, id DESC",
                    params,
                )
            ]
            connection.execute(
                f"SELECT count(id), sum(net_total), sum(gross_total) FROM sales_document "
                f"WHERE {where}",
                params,
            ).fetchone()
            marks = ",".join("?" * len(ids[:SCREEN]))
            connection.execute(
                "SELECT d.id, d.number, d.status, d.document_date, d.customer_number, "
                "c.company_name, d.subject, d.net_total, d.gross_total FROM sales_document d "
                f"JOIN customer c ON c.id = d.customer_id WHERE d.id IN ({marks})",
                ids[:SCREEN],
            ).fetchall()

        times.append(timed(work))
    connection.close()
    return times


def finalise_ours(path: Path, runs: int) -> list[float]:
    from meinbuero.services import sales
    from meinbuero.store.database import open_company
    from tests.sales_data import invoice_input

    database = open_company(path)
    with database.sessions() as session:
        customer_id = session.execute(
            __import__("sqlalchemy").text("SELECT min(id) FROM customer")
        ).scalar_one()
    times = []
    for _ in range(runs):
        with database.sessions.begin() as session:
            data = invoice_input(session, customer_id)
            data.lines *= 2  # six positions
            draft_id = sales.save_draft(session, None, data).id

        def work(draft_id: int = draft_id) -> None:
            with database.sessions.begin() as session:
                sales.finalise(session, draft_id)

        times.append(timed(work))
    database.close()
    return times


def finalise_bare(folder: Path, runs: int) -> list[float]:
    """Bare reportlab drawing a page of the same texts, written and fsynced, and one committed
    INSERT with synchronous=FULL."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("BareVera", "Vera.ttf"))
    database = folder / "bare.sqlite"
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("CREATE TABLE IF NOT EXISTS doc (id INTEGER PRIMARY KEY, number TEXT)")
    times = []
    for run in range(runs):

        def work(run: int = run) -> None:
            target = folder / f"bare-{run}.pdf"
            page = canvas.Canvas(str(target), pagesize=A4)
            page.setFont("BareVera", 10)
            y = 800.0
            for line in range(45):
                page.drawString(70, y, f"Zeile {line} Beratung 4 Std. 95,00 € 380,00 € Köln")
                y -= 16
            page.save()
            with target.open("rb+") as handle:
                os.fsync(handle.fileno())
            connection.execute("BEGIN")
            connection.execute("INSERT INTO doc (number) VALUES (?)", (f"RE-{run}",))
            connection.execute("COMMIT")

        times.append(timed(work))
    connection.close()
    return times


GUI = r"""
import os, statistics, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication([])
from meinbuero.gui.main_window import MainWindow
from meinbuero.gui.signals import DataSignals
from meinbuero.store.database import open_company

path, runs = Path(sys.argv[1]), int(sys.argv[2])
settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)

def ms(begin):
    return (time.perf_counter() - begin) * 1000

opens, keys, bare = [], {"mus": [], "muster": [], "k10500": []}, []
for run in range(runs):
    settings.clear()  # every run opens on the customers, as a first start does
    database = open_company(path)
    window = MainWindow(database=database, signals=DataSignals(), settings=settings)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    begin = time.perf_counter()
    area = window.show_area("sales_invoice")
    area.view.viewport().repaint()
    app.processEvents()
    opens.append(ms(begin))
    for text, times in keys.items():
        begin = time.perf_counter()
        area.search_field.setText(text)
        area.apply_filters()  # what the 150 ms pause after typing then does
        area.view.viewport().repaint()
        app.processEvents()
        times.append(ms(begin))
    window.close()
    window.deleteLater()
    app.processEvents()
    database.close()
    begin = time.perf_counter()
    model = QStandardItemModel(30, 7)
    for row in range(30):
        for column in range(7):
            model.setItem(row, column, QStandardItem(f"RE-2026-{row:04d} {column}"))
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 800)
    view.show()
    view.viewport().repaint()
    app.processEvents()
    bare.append(ms(begin))
    view.close()
print(statistics.median(opens), sorted(opens)[-1], statistics.median(bare), sorted(bare)[-1])
for text, times in keys.items():
    print(text, statistics.median(times), sorted(times)[-1])
"""


def gui(path: Path, runs: int) -> list[tuple[str, list[float], list[float]]]:
    import subprocess

    result = subprocess.run(
        [sys.executable, "-c", GUI, str(path), str(runs)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    lines = result.stdout.split("\n")
    opened, opened_max, bare, bare_max = (float(v) for v in lines[0].split())
    rows = [("window: Rechnungen area opens", [opened, opened_max], [bare, bare_max])]
    for line in lines[1:]:
        if line.strip():
            text, median, worst = line.split()
            rows.append((f"window: keystroke “{text}”", [float(median), float(worst)], []))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        path = folder / "Firma.sqlite"
        begin = time.perf_counter()
        make_company(path, args.documents)
        print(
            f"company with {args.documents} documents made in {time.perf_counter() - begin:.1f} s"
        )
        results = [
            (
                "finalise (with PDF, fsync, commit)",
                finalise_ours(path, args.runs),
                finalise_bare(folder, args.runs),
            ),
            ("invoice list opens", list_ours(path, args.runs, ""), list_bare(path, args.runs, "")),
            (
                "search keystroke “mus”",
                list_ours(path, args.runs, "mus"),
                list_bare(path, args.runs, "mus"),
            ),
            (
                "search keystroke “muster”",
                list_ours(path, args.runs, "muster"),
                list_bare(path, args.runs, "muster"),
            ),
        ]
        window = gui(path, max(3, args.runs // 4))
    print()
    print("| step | ours median | ours p95 | bare median | bare p95 |")
    print("|---|---:|---:|---:|---:|")
    for name, ours, bare in results:
        print(
            f"| {name} | {statistics.median(ours):.1f} ms | {p95(ours):.1f} ms | "
            f"{statistics.median(bare):.1f} ms | {p95(bare):.1f} ms |"
        )
    for name, (median, worst), bare in window:
        baseline = f"{bare[0]:.1f} ms | {bare[1]:.1f} ms" if bare else "– | –"
        print(f"| {name} | {median:.1f} ms | {worst:.1f} ms (max) | {baseline} |")


if __name__ == "__main__":
    main()
