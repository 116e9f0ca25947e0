"""What the window does with an error nobody caught: one German sentence in a message box,
never a traceback on the screen; the details go into the log file for support."""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from meinbuero.paths import user_data_dir
from meinbuero.services import faults

# The log keeps the last errors' details; it is cut when it grows past this.
LOG_LIMIT = 1024 * 1024


def log_file() -> Path:
    return user_data_dir() / "meinbuero.log"


def _log(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > LOG_LIMIT:
            path.unlink()
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now():%Y-%m-%d %H:%M:%S}\n")
            handle.writelines(traceback.format_exception(kind, error, tb))
    except OSError:
        pass  # a full or write-protected disk: the message box still says what happened


def message_for(error: BaseException) -> str:
    explained = faults.explain(error)
    if explained is not None:
        return explained
    return QCoreApplication.translate(
        "fault",
        "Something unexpected went wrong ({kind}). What you saved before is safe; the details "
        "are in the file {log}.",
    ).format(kind=type(error).__name__, log=str(log_file()))


def _hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    _log(kind, error, tb)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        QMessageBox.warning(
            app.activeWindow(), QCoreApplication.translate("fault", "meinbuero"), message_for(error)
        )


def install() -> None:
    sys.excepthook = _hook
