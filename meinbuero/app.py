"""The window program: QApplication, translations, the company file, the main window.

Wiring only: what to open and how is :class:`meinbuero.gui.start.Launcher`'s business.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from meinbuero.gui import fault_hook
from meinbuero.gui.icons import app_icon
from meinbuero.gui.start import Launcher, StartResult
from meinbuero.gui.translation import install_translators
from meinbuero.paths import APP_NAME


def _windows_taskbar_identity() -> None:
    # Without an AppUserModelID Windows groups the window under python.exe's icon.
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_NAME)


def run(*, db: Path | None = None, backup: Path | None = None) -> int:
    """Open the window on ``db`` (else the last used company, else the first start); with a
    ``backup`` (a double-clicked backup file), its Datensicherung shows that backup."""
    _windows_taskbar_identity()
    fault_hook.install()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(app_icon())
    settings = QSettings()
    language = settings.value("language")
    translators = install_translators(app, str(language) if language else None)
    launcher = Launcher(settings=settings)
    result = launcher.start(db)
    if result is not StartResult.RUNNING:
        return 0
    if backup is not None:
        launcher.show_backup(backup)
    # What is loaded by now lives as long as the program: keep it out of the garbage
    # collector's full passes, which otherwise stall scrolling for ~0.1 s now and then.
    gc.freeze()
    code = app.exec()
    del translators, launcher
    return code
