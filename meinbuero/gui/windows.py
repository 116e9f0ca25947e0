"""Where windows open, what F1 does in them, and where file dialogs start.

- :func:`manage`: a window (dialog, details window, the main window) is placed fully on the
  available part of its screen each time it is shown — a window taller than a 1366×768 laptop
  screen, or one restored from a larger monitor, no longer opens with its title bar above the
  screen or its buttons below it — and F1 in it opens the handbook at its page.
- :func:`start_folder` / :func:`remember_folder`: file dialogs start in the folder the user
  chose last for that kind of file, else in the user's documents folder (never in the
  program's own folder).
- :func:`switch_tabs_with_keys`: Strg+Bild↓ / Strg+Bild↑ go to the next / previous tab,
  wrapping, as in other Windows programs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSettings, QSize, QStandardPaths, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget

#: Room for a title bar the window system has not told yet (before a window's first show the
#: frame is unknown; Windows' title bar is about 31 px at 100 %).
TITLE_BAR = 32
BORDER = 8
FOLDERS = "file_dialogs/"


def fit_rect(window: QRect, frame: QRect, available: QRect, minimum: QSize) -> QRect:
    """Where the inside of a window (``window``) goes so that its ``frame`` (title bar and
    borders around it) lies within ``available``: smaller where it does not fit (not below
    ``minimum``), moved as little as possible; the title bar wins when nothing fits."""
    left = window.left() - frame.left()
    top = window.top() - frame.top()
    right = frame.right() - window.right()
    bottom = frame.bottom() - window.bottom()
    if top < TITLE_BAR // 4:  # no frame known yet: leave room for one
        top = TITLE_BAR
        left, right, bottom = max(left, BORDER), max(right, BORDER), max(bottom, BORDER)
    width = min(window.width(), max(minimum.width(), available.width() - left - right))
    height = min(window.height(), max(minimum.height(), available.height() - top - bottom))
    x = min(window.left(), available.right() - right - width + 1)
    y = min(window.top(), available.bottom() - bottom - height + 1)
    x = max(x, available.left() + left)
    y = max(y, available.top() + top)
    return QRect(x, y, width, height)


def place_on_screen(window: QWidget) -> None:
    """Move (and if need be shrink) ``window`` to lie fully on its screen's available area."""
    screen = window.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    inside = QRect(window.mapToGlobal(QPoint(0, 0)), window.size())
    frame = window.frameGeometry()
    # frameGeometry is in the parent's coordinates for child windows, global for top-level ones
    frame.moveTopLeft(frame.topLeft() + inside.topLeft() - window.geometry().topLeft())
    wanted = fit_rect(inside, frame, available, window.minimumSize())
    if wanted.size() != inside.size():
        window.resize(wanted.size())
    if wanted.topLeft() != inside.topLeft():
        window.move(window.pos() + wanted.topLeft() - inside.topLeft())


class _WindowRules(QObject):
    """What every window of the program does: it is placed on the screen whenever it is shown,
    and F1 (when nothing in it took the key) opens the handbook at its page."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(watched, QWidget):
            return False
        kind = event.type()
        if kind == QEvent.Type.Show:
            if watched.isWindow() and not (watched.isMaximized() or watched.isFullScreen()):
                place_on_screen(watched)
        elif (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F1
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            from meinbuero.gui.dialogs.help_window import show_help

            show_help(watched.window())
            return True
        return False


def manage(window: QWidget) -> QWidget:
    """Give ``window`` the rules of every window: fully on its screen whenever it is shown, F1
    for the handbook. Returns it."""
    if window.findChild(_WindowRules, options=Qt.FindChildOption.FindDirectChildrenOnly) is None:
        window.installEventFilter(_WindowRules(window))
    return window


def documents_folder() -> Path:
    """The user's documents folder (Windows: Dokumente), else the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(found) if found else Path.home()
    return path if path.is_dir() else Path.home()


def start_folder(settings: QSettings | None, kind: str) -> Path:
    """Where a file dialog for ``kind`` (e.g. "import") starts: the folder chosen last for it
    when it still exists, else the documents folder."""
    if settings is not None:
        stored = str(settings.value(FOLDERS + kind, "") or "")
        if stored and Path(stored).is_dir():
            return Path(stored)
    return documents_folder()


def remember_folder(settings: QSettings | None, kind: str, chosen: Path) -> None:
    """Keep the folder of ``chosen`` (a file or folder) as where dialogs for ``kind`` start."""
    if settings is not None:
        folder = chosen if chosen.is_dir() else chosen.parent
        settings.setValue(FOLDERS + kind, str(folder))


def switch_tabs_with_keys(tabs: QTabWidget) -> None:
    """Strg+Bild↓ / Strg+Bild↑ anywhere in ``tabs``' window: the next / previous tab that can be
    chosen, wrapping from the last to the first."""

    def step(by: int) -> None:
        count = tabs.count()
        index = tabs.currentIndex()
        for _ in range(count):
            index = (index + by) % count
            if tabs.isTabEnabled(index) and tabs.isTabVisible(index):
                tabs.setCurrentIndex(index)
                return

    for key, by in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
        shortcut = QShortcut(QKeySequence(key), tabs.window())
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda by=by: step(by))
