"""Benchmark of the window on a large demo company, beside a bare PySide6 window.

    .venv/bin/python tests/benchmarks/bench_gui.py --db FILE   (FILE: e.g. a 100 000-customer
        demo company made by `meinbuero demo --customers 100000`)

Not part of the test run. Measures, offscreen:
- start to a usable window with the list filled (a new process each time, as a user starts it),
  beside a process that shows a bare QMainWindow with a QTableView of 30 rows;
- one search keystroke to the updated list, beside the bare SQL of the same list query;
- opening the details window, beside loading the same customer without a window;
- scrolling the list from top to bottom page by page;
- memory (VmRSS) of the started process, beside the bare window's.
Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

CHILD_APP = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from meinbuero.gui.start import Launcher
from meinbuero.gui.translation import install_translators
app = QApplication([])
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "meinbuero", "bench")
translators = install_translators(app, "de")
launcher = Launcher(settings=settings)
launcher.open_file(Path(sys.argv[1]))
window = launcher.windows[0]
while window.customers_area.model.rowCount() == 0 or not window.isVisible():
    app.processEvents()
for row in range(30):
    window.customers_area.model.data(window.customers_area.model.index(row, 1))
app.processEvents()
print("ready", flush=True)
print(open("/proc/self/status").read().split("VmRSS:")[1].split()[0], flush=True)
"""

CHILD_BARE = """
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
window = QMainWindow()
model = QStandardItemModel(30, 8)
for row in range(30):
    for column in range(8):
        model.setItem(row, column, QStandardItem(f"{row}/{column}"))
view = QTableView()
view.setModel(model)
window.setCentralWidget(view)
window.show()
app.processEvents()
print("ready", flush=True)
print(open("/proc/self/status").read().split("VmRSS:")[1].split()[0], flush=True)
"""


def start_process(code: str, *args: str) -> tuple[float, int]:
    """Seconds from starting the process to its window being usable, and its memory in KiB."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    begin = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    seconds = time.perf_counter() - begin
    rss = int(child.stdout.readline())
    child.wait()
    return seconds, rss


def timed(work: Callable[[], object]) -> float:
    begin = time.perf_counter()
    work()
    return (time.perf_counter() - begin) * 1000


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(len(values) * 0.95) - 1)]


def in_process(path: Path) -> list[tuple[str, str, str, str]]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from meinbuero.gui.dialogs.customer_dialog import CustomerDialog
    from meinbuero.gui.start import Launcher
    from meinbuero.gui.translation import install_translators
    from meinbuero.services import customers
    from meinbuero.store.listing import customer_ids

    app = QApplication([])
    folder = tempfile.mkdtemp()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "meinbuero", "b")
    translators = install_translators(app, "de")
    launcher = Launcher(settings=settings)
    launcher.open_file(path)
    window = launcher.windows[0]
    window.resize(1366, 768)
    app.processEvents()
    gc.freeze()  # as meinbuero.app.run does once the window is up
    rows: list[tuple[str, str, str, str]] = []

    keystrokes: list[float] = []
    bare: list[float] = []
    for word in ("mueller", "schmidt", "koeln", "0221", "becker"):
        for end in range(1, len(word) + 1):
            text = word[:end]
            window.customers_area.search_field.setText(text)

            def keystroke() -> None:
                window.customers_area.apply_filters()
                for row in range(min(30, window.customers_area.model.rowCount())):
                    window.customers_area.model.data(window.customers_area.model.index(row, 1))
                app.processEvents()

            keystrokes.append(timed(keystroke))
            query = window.customers_area.current_query()
            with window.database.sessions() as session:
                bare.append(timed(lambda s=session, q=query: customer_ids(s.connection(), q)))  # type: ignore[misc]
    rows.append(
        (
            "one search keystroke to the updated list",
            f"median {statistics.median(keystrokes):.1f} ms, p95 {p95(keystrokes):.1f} ms",
            f"bare SQL list query: median {statistics.median(bare):.1f} ms",
            "≤ 50 ms",
        )
    )

    window.customers_area.search_field.setText("")
    window.customers_area.apply_filters()
    total = window.customers_area.model.rowCount()
    rng = random.Random(1)
    opening: list[float] = []
    loading: list[float] = []
    for _ in range(20):
        customer_id = window.customers_area.model.customer_id(rng.randrange(total))
        assert customer_id is not None

        def open_details(cid: int = customer_id) -> None:
            dialog = CustomerDialog(
                database=window.database,
                signals=window.signals,
                settings=settings,
                customer_id=cid,
            )
            dialog.show()
            app.processEvents()
            dialog.close()
            dialog.deleteLater()

        opening.append(timed(open_details))
        with window.database.sessions() as session:
            loading.append(timed(lambda s=session, c=customer_id: customers.get_customer(s, c)))  # type: ignore[misc]
        app.processEvents()
    rows.append(
        (
            "open the details window",
            f"median {statistics.median(opening):.1f} ms, p95 {p95(opening):.1f} ms",
            f"load the customer without window: {statistics.median(loading):.1f} ms",
            "≤ 150 ms",
        )
    )

    bar = window.customers_area.customer_view.verticalScrollBar()
    steps: list[float] = []
    begin = time.perf_counter()
    value = 0
    while value < bar.maximum():
        value = min(bar.maximum(), value + bar.pageStep())

        def step(v: int = value) -> None:
            bar.setValue(v)
            window.customers_area.customer_view.viewport().repaint()

        steps.append(timed(step))
    seconds = time.perf_counter() - begin
    rows.append(
        (
            f"scroll top to bottom ({len(steps)} pages of {total} rows)",
            f"{seconds:.1f} s; per page median {statistics.median(steps):.2f} ms,"
            f" max {max(steps):.1f} ms",
            "",
            "no stalls",
        )
    )
    del translators
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--starts", type=int, default=5)
    args = parser.parse_args()
    folder = tempfile.mkdtemp()
    starts = [start_process(CHILD_APP, str(args.db), folder) for _ in range(args.starts)]
    bares = [start_process(CHILD_BARE) for _ in range(args.starts)]
    rows = [
        (
            "start to a usable window, list filled",
            f"median {statistics.median(s for s, _ in starts):.2f} s",
            f"bare window: median {statistics.median(s for s, _ in bares):.2f} s",
            "≤ 1.0 s",
        ),
        (
            "memory of the process (VmRSS)",
            f"{max(r for _, r in starts) / 1024:.0f} MB",
            f"bare window: {max(r for _, r in bares) / 1024:.0f} MB",
            "≤ 250 MB",
        ),
    ]
    rows += in_process(args.db)
    print(f"\n{args.db}\n")
    print("| measure | meinbuero | baseline | goal |\n|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
