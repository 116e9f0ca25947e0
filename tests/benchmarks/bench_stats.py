"""Benchmark of the Statistik tab of a customer with thousands of invoices, beside the bare SQL.

    PYTHONPATH=. .venv/bin/python tests/benchmarks/bench_stats.py [--invoices 5000] [--runs 15]

Not part of the test run. Makes a company file with one customer and ``--invoices`` finalised
invoices over ten years (three article lines each, every 40th cancelled, nine of ten paid,
some with Skonto), then measures, offscreen:
- the bare sqlite3 queries the figures need (revenue per year, open invoices, days to payment,
  top articles) on the same file;
- the figures through the service (``customer_stats.figures`` and one year by month);
- the Statistik tab coming to the front in the details window until it is painted;
- the Kontoauszug's lines (``statement.statement``) and its window.
Prints a Markdown table. Goal: the tab opens in at most 150 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

BARE = [
    "SELECT CAST(strftime('%Y', document_date) AS INTEGER) AS y, sum(net_total) FROM "
    "sales_document WHERE customer_id = :c AND kind IN ('invoice', 'cancellation') "
    "AND finalised_at IS NOT NULL GROUP BY y",
    "SELECT count(*), sum(gross_total - paid_total) FROM sales_document WHERE customer_id = :c "
    "AND kind = 'invoice' AND finalised_at IS NOT NULL AND status != 'cancelled' "
    "AND paid_total < gross_total",
    "SELECT count(*), avg(julianday(p.paid_on) - julianday(d.document_date)) FROM sales_document d "
    "JOIN (SELECT document_id, max(booked_on) AS paid_on FROM payment WHERE customer_id = :c "
    "AND document_id IS NOT NULL AND undone_at IS NULL GROUP BY document_id) p "
    "ON p.document_id = d.id WHERE d.customer_id = :c AND d.kind = 'invoice' "
    "AND d.status != 'cancelled' AND d.paid_total >= d.gross_total",
    "SELECT l.article_id, sum(l.quantity), sum(l.net_amount) AS r FROM sales_line l "
    "JOIN sales_document d ON d.id = l.document_id WHERE d.customer_id = :c "
    "AND d.kind IN ('invoice', 'cancellation') AND d.finalised_at IS NOT NULL "
    "AND l.article_id IS NOT NULL GROUP BY l.article_id ORDER BY r DESC LIMIT 10",
]


def timed(action: Callable[[], object], runs: int) -> float:
    """Median milliseconds of ``runs`` calls (after one warm-up)."""
    action()
    samples = []
    for _ in range(runs):
        begin = time.perf_counter()
        action()
        samples.append((time.perf_counter() - begin) * 1000)
    return statistics.median(samples)


def make_company(path: Path, invoices: int) -> int:
    """The company file with one customer and ``invoices`` finalised invoices; its id."""
    from meinbuero.store.database import open_company
    from tests.sales_data import add_article, add_customer, complete_company

    database = open_company(path, create=True)
    rng = random.Random(7)
    with database.sessions.begin() as session:
        complete_company(session)
        customer_id = add_customer(session, skonto=True)
        articles = [add_article(session, f"Artikel {n}", str(10 + n)) for n in range(30)]
    start = date(2016, 1, 1)
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    with database.engine.begin() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        cursor = raw.cursor()
        documents = []
        for number in range(invoices):
            on = start + timedelta(days=number * 3650 // invoices)
            documents.append((customer_id, on.isoformat(), number))
        cursor.executemany(
            "INSERT INTO sales_document (customer_id, kind, status, customer_number, address, "
            "customer_vat_id, subject, header_text, footer_text, document_date, reference, "
            "net_days, skonto_percent, skonto_days, tax_case, currency, net_total, tax_total, "
            "gross_total, search_text, author, created_at, updated_at, paid_total, dunning_level)"
            " VALUES (?, 'invoice', 'draft', 'K10001', 'Beispiel AG', '', 'Lieferung', '', '',"
            " ?, '', 30, 200, 14, 'standard', 'EUR', 0, 0, 0, '', 'Bench', ?, ?, 0, 0)",
            [(c, on, now, now) for c, on, _ in documents],
        )
        ids = [row[0] for row in cursor.execute("SELECT id FROM sales_document ORDER BY id")]
        lines = []
        totals = []
        for document_id in ids:
            net = 0
            for position in range(3):
                article = rng.choice(articles)
                quantity = rng.randint(1, 5)
                amount = quantity * (10 + articles.index(article)) * 100
                net += amount
                lines.append(
                    (document_id, position, article, f"Artikel {article}", quantity * 1000,
                     (10 + articles.index(article)) * 10000, amount)
                )  # fmt: skip
            tax = round(net * 0.19)
            totals.append((net, tax, net + tax, document_id))
        cursor.executemany(
            "INSERT INTO sales_line (document_id, position, kind, article_id, article_number, "
            "name, description, quantity, unit, unit_price, discount_percent, vat_rate, "
            "vat_category, optional, net_amount) VALUES (?, ?, 'item', ?, '', ?, '', ?, 'C62', "
            "?, 0, 1900, 'S', 0, ?)",
            lines,
        )
        cursor.executemany(
            "UPDATE sales_document SET net_total = ?, tax_total = ?, gross_total = ? WHERE id = ?",
            totals,
        )
        cursor.executemany(
            "UPDATE sales_document SET number = ?, status = ?, finalised_at = ? WHERE id = ?",
            [
                (f"RE-{i:06d}", "cancelled" if i % 40 == 0 else "open", now, document_id)
                for i, document_id in enumerate(ids)
            ],
        )
        payments = []
        for i, (document_id, (_, day, _)) in enumerate(zip(ids, documents, strict=True)):
            if i % 10 == 0 or i % 40 == 0:
                continue
            gross = totals[i][2]
            paid_on = (date.fromisoformat(day) + timedelta(days=rng.randint(3, 45))).isoformat()
            skonto = round(gross * 0.02) if i % 5 == 0 else 0
            payments.append((customer_id, document_id, paid_on, gross - skonto, skonto, now))
        cursor.executemany(
            "INSERT INTO payment (customer_id, document_id, booked_on, amount, skonto, write_off,"
            " way, note, author, created_at, undone_by, undo_reason)"
            " VALUES (?, ?, ?, ?, ?, 0, 'transfer', '', 'Bench', ?, '', '')",
            payments,
        )
    database.close()
    return customer_id


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--invoices", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from meinbuero import i18n
    from meinbuero.gui.dialogs.customer_dialog import CustomerDialog
    from meinbuero.gui.dialogs.statement_window import StatementWindow
    from meinbuero.gui.signals import DataSignals
    from meinbuero.gui.translation import install_translators
    from meinbuero.services import customer_stats, statement
    from meinbuero.store.database import open_company

    i18n.set_language("de")
    folder = Path(tempfile.mkdtemp(prefix="bench_stats_"))
    path = folder / "Firma.sqlite"
    begin = time.perf_counter()
    customer_id = make_company(path, args.invoices)
    print(f"made {args.invoices} invoices in {time.perf_counter() - begin:.1f} s")

    bare = sqlite3.connect(path)

    def bare_queries() -> None:
        for sql in BARE:
            bare.execute(sql, {"c": customer_id}).fetchall()

    database = open_company(path)
    year = date.today().year - 1

    def service() -> None:
        with database.sessions() as session:
            customer_stats.figures(session, customer_id)
            customer_stats.revenue_by_month(session, customer_id, year)

    def lines() -> None:
        with database.sessions() as session:
            statement.statement(session, customer_id)

    app = QApplication.instance() or QApplication([])
    install_translators(app, "de")
    settings = QSettings(str(folder / "qs.ini"), QSettings.Format.IniFormat)
    dialog = CustomerDialog(
        database=database, signals=DataSignals(), settings=settings, customer_id=customer_id
    )
    dialog.show()
    app.processEvents()

    def open_tab() -> None:
        dialog.ui.tabs.setCurrentIndex(0)
        app.processEvents()
        dialog.statistics_tab._fresh = False
        begin = time.perf_counter()
        dialog.ui.tabs.setCurrentWidget(dialog.statistics_tab)
        dialog.statistics_tab.repaint()
        app.processEvents()
        tab_times.append((time.perf_counter() - begin) * 1000)

    def open_statement() -> None:
        window = StatementWindow(database=database, customer_id=customer_id)
        window.show()
        app.processEvents()
        window.close()
        window.deleteLater()

    tab_times: list[float] = []
    for _ in range(args.runs + 1):
        open_tab()
    tab = statistics.median(tab_times[1:])
    rows = [
        ("bare SQL of the figures (sqlite3, 4 queries)", timed(bare_queries, args.runs)),
        ("figures through the service (+ one year by month)", timed(service, args.runs)),
        ("Statistik tab to the front, painted", tab),
        ("Kontoauszug: all lines with running balance (service)", timed(lines, args.runs)),
        ("Kontoauszug window opened and painted", timed(open_statement, 5)),
    ]
    print(f"\n{args.invoices} invoices of one customer, median of {args.runs} runs\n")
    print("| what | ms |\n| --- | ---: |")
    for what, ms in rows:
        print(f"| {what} | {ms:.1f} |")
    dialog.close()
    database.close()


if __name__ == "__main__":
    main()
