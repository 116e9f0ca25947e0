"""Benchmark of the Historie tab of a customer with thousands of entries, beside the bare query.

    .venv/bin/python tests/benchmarks/bench_history.py [--entries 5000] [--runs 20]

Not part of the test run. Makes a company file with one customer and ``--entries`` history
entries (events, tasks, appointments, notes, over ten years), then measures, offscreen:
- opening the details window on the Historie tab until the first screen of rows is painted;
- reloading the tab (as a filter change does) until the first screen is painted;
- a search in the tab;
- beside them, the bare sqlite3 query of the same list (all keys in order, plus the 30 rows
  of the first screen) on the same file.
Prints a Markdown table.
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
from datetime import datetime, timedelta
from pathlib import Path

BARE_KEYS = """
SELECT kind, id FROM (
    SELECT 'event' AS kind, id, occurred_at AS at FROM event WHERE customer_id = :c
    UNION ALL SELECT 'task', id, created_at FROM task WHERE customer_id = :c
    UNION ALL SELECT 'appointment', id, starts_at FROM appointment WHERE customer_id = :c
    UNION ALL SELECT 'note', id, created_at FROM note WHERE customer_id = :c
) ORDER BY at DESC, kind, id DESC
"""
BARE_ROWS = {
    "event": "SELECT e.id, e.occurred_at, e.subject, t.name, e.author FROM event e "
    "JOIN event_type t ON t.id = e.event_type_id WHERE e.id IN ({ids})",
    "task": "SELECT id, created_at, subject, due_on, author FROM task WHERE id IN ({ids})",
    "appointment": "SELECT id, starts_at, subject, place, author FROM appointment "
    "WHERE id IN ({ids})",
    "note": "SELECT id, created_at, text, author FROM note WHERE id IN ({ids})",
}
SCREEN = 30


def timed(work: Callable[[], object]) -> float:
    begin = time.perf_counter()
    work()
    return (time.perf_counter() - begin) * 1000


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(len(values) * 0.95) - 1)]


def make_company(path: Path, entries: int) -> int:
    from meinbuero.services import customers, history, notes
    from meinbuero.services.customers import CustomerInput
    from meinbuero.services.history import AppointmentInput, EventInput, TaskInput
    from meinbuero.store.database import open_company

    database = open_company(path, create=True)
    rng = random.Random(5)
    start = datetime(2016, 11, 1, 9, 0)
    with database.sessions.begin() as session:
        customer_id = customers.save_customer(
            session, CustomerInput(company_name="Vielschreiber GmbH", city="Köln")
        ).id
        types = [t.id for t in history.event_types(session)]
        for number in range(entries):
            moment = start + timedelta(minutes=rng.randrange(10 * 365 * 24 * 60))
            when = moment.strftime("%d.%m.%Y %H:%M")
            kind = number % 10
            if kind < 6:
                history.add_event(
                    session,
                    customer_id=customer_id,
                    data=EventInput(
                        event_type_id=rng.choice(types),
                        occurred_at=when,
                        subject=f"Gespräch Nr. {number}",
                        text="Angebot besprochen, Rückruf vereinbart.",
                    ),
                )
            elif kind < 8:
                history.add_task(
                    session,
                    customer_id=customer_id,
                    data=TaskInput(subject=f"Aufgabe {number}", due_on=when[:10]),
                )
            elif kind < 9:
                history.add_appointment(
                    session,
                    customer_id=customer_id,
                    data=AppointmentInput(subject=f"Termin {number}", starts_at=when, place="Köln"),
                )
            else:
                notes.add_note(session, customer_id=customer_id, text=f"Notiz {number}")
    database.engine.dispose()
    return customer_id


def bare_query(path: Path, customer_id: int) -> Callable[[], object]:
    connection = sqlite3.connect(path)

    def run() -> object:
        keys = connection.execute(BARE_KEYS, {"c": customer_id}).fetchall()
        by_kind: dict[str, list[int]] = {}
        for kind, id_ in keys[:SCREEN]:
            by_kind.setdefault(kind, []).append(id_)
        for kind, ids in by_kind.items():
            sql = BARE_ROWS[kind].format(ids=",".join("?" * len(ids)))
            connection.execute(sql, ids).fetchall()
        return keys

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from meinbuero.gui.dialogs.customer_dialog import CustomerDialog
    from meinbuero.gui.signals import DataSignals
    from meinbuero.gui.translation import install_translators
    from meinbuero.store.database import open_company

    folder = Path(tempfile.mkdtemp())
    path = folder / "historie.sqlite"
    begin = time.perf_counter()
    customer_id = make_company(path, args.entries)
    made = time.perf_counter() - begin

    app = QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "meinbuero", "b")
    translators = install_translators(app, "de")
    database = open_company(path)
    signals = DataSignals()

    def discard(dialog: CustomerDialog) -> QMessageBox.StandardButton:
        return QMessageBox.StandardButton.No

    CustomerDialog.ask_save_changes = discard  # type: ignore[method-assign,assignment]

    def paint_first_screen(dialog: CustomerDialog) -> None:
        model = dialog.history_tab.model
        for row in range(min(SCREEN, model.rowCount())):
            for column in range(model.columnCount()):
                model.data(model.index(row, column))
        dialog.history_tab.ui.history_view.viewport().repaint()
        app.processEvents()

    opening: list[float] = []
    for _ in range(args.runs):
        dialog: CustomerDialog | None = None

        def open_on_history() -> None:
            nonlocal dialog
            dialog = CustomerDialog(
                database=database, signals=signals, settings=settings, customer_id=customer_id
            )
            dialog.resize(1100, 700)
            dialog.ui.tabs.setCurrentWidget(dialog.history_tab)
            dialog.show()
            paint_first_screen(dialog)

        opening.append(timed(open_on_history))
        assert dialog is not None
        rows = dialog.history_tab.model.rowCount()
        dialog.close()
        dialog.deleteLater()
        app.processEvents()

    dialog = CustomerDialog(
        database=database, signals=signals, settings=settings, customer_id=customer_id
    )
    dialog.resize(1100, 700)
    dialog.ui.tabs.setCurrentWidget(dialog.history_tab)
    dialog.show()
    app.processEvents()
    tab = dialog.history_tab

    def reload() -> None:
        tab.reload()
        paint_first_screen(dialog)

    reloading = [timed(reload) for _ in range(args.runs)]

    def search() -> None:
        tab.ui.search_field.setText("Rückruf")
        tab.reload()
        paint_first_screen(dialog)
        tab.ui.search_field.setText("")

    searching = [timed(search) for _ in range(args.runs)]
    bare = bare_query(path, customer_id)
    bare_times = [timed(bare) for _ in range(args.runs)]
    dialog.close()
    del translators

    def cell(values: list[float]) -> str:
        return f"median {statistics.median(values):.1f} ms, p95 {p95(values):.1f} ms"

    print(f"company with one customer and {rows} history entries made in {made:.1f} s\n")
    print("| measure | meinbuero | bare sqlite3 (keys + first screen) | goal |")
    print("|---|---|---|---|")
    print(f"| open details window on Historie | {cell(opening)} | {cell(bare_times)} | ≤ 100 ms |")
    print(f"| reload Historie (filter change) | {cell(reloading)} | {cell(bare_times)} | |")
    print(f"| search in Historie | {cell(searching)} | | |")


if __name__ == "__main__":
    main()
