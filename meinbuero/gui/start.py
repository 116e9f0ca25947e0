"""Starting the program: which company file, the first start, one window per company file.

* :class:`Launcher` opens company files into main windows: the file named with ``--db``, else the
  last one used, else the first start (:class:`StartDialog`: an empty company, the demo company
  or another file). A file that cannot be opened is explained and the choice offered again.
* :class:`InstanceGuard` keeps a company file to one window: a lock file beside it
  (``<file>.lock``) and a local server named after its path. A second start on the same file asks
  the first to come to the front and ends; if nobody answers, the user is told the file is open
  elsewhere.
* Recently used files live in QSettings (``recent_files``, newest first, at most eight).
"""

from __future__ import annotations

import getpass
import hashlib
import re
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLockFile,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import (
    QApplication,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from meinbuero.gui.icons import app_icon, icon
from meinbuero.gui.signals import DataSignals
from meinbuero.paths import default_company_file, user_data_dir
from meinbuero.services import settings as company_settings
from meinbuero.services.errors import Refused
from meinbuero.store.database import CompanyFileError, Database, open_company

if TYPE_CHECKING:
    from meinbuero.gui.main_window import MainWindow

RECENT_FILES = "recent_files"
MAX_RECENT = 8
DEMO_CUSTOMERS = 500
# A year of selling: every kind of document, made in seconds while the user waits (each
# finalised document draws its PDF; `meinbuero demo` makes three years).
DEMO_SALES_YEARS = 1
FILE_SUFFIX = ".sqlite"


# --- recently used files ---------------------------------------------------------------------


def recent_files(settings: QSettings) -> list[Path]:
    """The recently used company files, newest first."""
    value = settings.value(RECENT_FILES, [])
    if isinstance(value, str):  # an ini file gives a list of one as a plain string
        value = [value] if value else []
    if not isinstance(value, list):
        return []
    return [Path(str(item)) for item in value if str(item)][:MAX_RECENT]


def _store_recent(settings: QSettings, paths: list[Path]) -> None:
    settings.setValue(RECENT_FILES, [str(p) for p in paths[:MAX_RECENT]])
    settings.sync()


def add_recent_file(settings: QSettings, path: Path) -> None:
    path = Path(path).absolute()
    _store_recent(settings, [path, *(p for p in recent_files(settings) if p != path)])


def remove_recent_file(settings: QSettings, path: Path) -> None:
    path = Path(path).absolute()
    _store_recent(settings, [p for p in recent_files(settings) if p != path])


# --- making company files --------------------------------------------------------------------


def demo_company_file() -> Path:
    """Where the demo company is made: beside the default company file."""
    return default_company_file().with_name("Demofirma" + FILE_SUFFIX)


def file_stem(company_name: str) -> str:
    """A file name for a company: "Müller & Söhne GmbH" → "Müller & Söhne GmbH"."""
    stem = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "", company_name).strip(" .")
    return stem[:80] or "Firma"


def unused_file(folder: Path, stem: str) -> Path:
    """``folder/stem.sqlite``, or ``stem 2.sqlite`` … when that exists."""
    candidate = folder / f"{stem}{FILE_SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} {number}{FILE_SUFFIX}"
        number += 1
    return candidate


def create_empty_company(path: Path, name: str) -> None:
    """Make a new company file named ``name`` (Meine Firma); an existing file is refused."""
    path = Path(path)
    if path.exists():
        raise CompanyFileError(
            QCoreApplication.translate("start", "The file {path} exists already.").format(
                path=str(path)
            )
        )
    database = open_company(path, create=True)
    try:
        with database.sessions.begin() as session:
            company_settings.company(session).name = name.strip()
    finally:
        database.close()


def create_demo_company(
    path: Path, *, customers: int = DEMO_CUSTOMERS, sales_years: int = DEMO_SALES_YEARS
) -> None:
    """Make the demo company in ``path`` (left as it is when it exists already)."""
    from meinbuero.services.demo import make_demo

    if Path(path).exists():
        return
    database = open_company(path, create=True)
    try:
        make_demo(database, customers=customers, sales_years=sales_years)
    finally:
        database.close()


def ask_company_name(parent: QWidget | None) -> str | None:
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("start", "New company"),
        QCoreApplication.translate("start", "Name of your company:"),
    )
    return name.strip() if ok and name.strip() else None


def ask_open_company_file(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("start", "Open company file"),
        str(user_data_dir()),
        QCoreApplication.translate("start", "Company files (*.sqlite);;All files (*)"),
    )
    return Path(name) if name else None


def ask_new_company_file(parent: QWidget | None, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("start", "Save new company file as"),
        str(suggested),
        QCoreApplication.translate("start", "Company files (*.sqlite)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(FILE_SUFFIX)


def show_error(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("start", "meinbuero"), text)


# --- one window per company file -------------------------------------------------------------


class LockState(Enum):
    ACQUIRED = "acquired"
    #: Another program (this one, elsewhere) has the file open.
    HELD = "held"
    #: No lock file can be made there (read-only folder, missing folder): go on without.
    UNAVAILABLE = "unavailable"


def lock_file(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def server_name(path: Path) -> str:
    """The local server's name for a company file: the same for the same file and user."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    key = f"{user}|{Path(path).resolve()}".encode()
    return "meinbuero-" + hashlib.sha256(key).hexdigest()[:24]


RAISE = b"raise\n"
ANSWER = b"ok\n"


class InstanceGuard(QObject):
    """Holds a company file for this program: the lock and the server others call."""

    #: Another start on the same file asked this one to come to the front.
    raise_requested = Signal()

    def __init__(self, *, company_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.company_file = Path(company_file).absolute()
        self._lock = QLockFile(str(lock_file(self.company_file)))
        self._lock.setStaleLockTime(0)  # only a dead process's lock is stale, never an old one
        self._server: QLocalServer | None = None

    def acquire(self) -> LockState:
        if self._lock.isLocked():
            return LockState.ACQUIRED
        if not self._lock.tryLock(0):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                return LockState.HELD
            return LockState.UNAVAILABLE
        name = server_name(self.company_file)
        QLocalServer.removeServer(name)  # left over by a crash: we hold the lock now
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._answer)
        if server.listen(name):
            self._server = server
        return LockState.ACQUIRED

    def _answer(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.setParent(self)
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            socket.write(ANSWER)
            socket.flush()
            self.raise_requested.emit()
        socket.disconnectFromServer()

    def ask_running_to_raise(self, timeout_ms: int = 3000) -> bool:
        """Ask the program holding the file to come to the front; whether it answered."""
        socket = QLocalSocket(self)
        loop = QEventLoop(self)
        answered = False

        def send() -> None:
            socket.write(RAISE)
            socket.flush()

        def read() -> None:
            nonlocal answered
            if ANSWER.strip() in bytes(socket.readAll().data()):
                answered = True
                loop.quit()

        socket.connected.connect(send)
        socket.readyRead.connect(read)
        socket.errorOccurred.connect(lambda _error: loop.quit())
        socket.disconnected.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop, loop.quit)
        socket.connectToServer(server_name(self.company_file))
        # A loop of its own: the answer may come from this very process (and in tests does).
        if not answered:
            loop.exec()
        socket.abort()
        socket.deleteLater()
        return answered

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()


# --- the first start and the choice of a company file ---------------------------------------


class StartDialog(QDialog):
    """Welcome (first start) or choice of a company file: empty company, demo, another file.

    After ``accept()``, :attr:`chosen_file` is the file to open and :attr:`created_new` tells
    that it was just made empty (so Meine Firma is filled in next).
    """

    def __init__(
        self,
        *,
        settings: QSettings,
        first_start: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.chosen_file: Path | None = None
        self.created_new = False
        self.setObjectName("start_dialog")
        self.setWindowTitle(self.tr("meinbuero"))
        self.setWindowIcon(app_icon())
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        heading = QLabel(
            self.tr("Welcome to meinbuero") if first_start else self.tr("Choose a company")
        )
        heading.setObjectName("heading")
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "meinbuero keeps your customers in a company file on this computer. How would"
                " you like to start?"
            )
            if first_start
            else self.tr("Which company file would you like to work with?")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.empty_button = QCommandLinkButton(
            self.tr("Create an empty company"),
            self.tr(
                "Enter the name of your company; address, bank account and tax number follow"
                " under Meine Firma."
            ),
        )
        self.empty_button.setObjectName("empty_button")
        self.demo_button = QCommandLinkButton(
            self.tr("Open the demo company"),
            self.tr(
                "A sample company with {count} invented customers, articles, quotes and invoices"
                " to try everything out."
            ).format(count=DEMO_CUSTOMERS),
        )
        self.demo_button.setObjectName("demo_button")
        self.open_button = QCommandLinkButton(
            self.tr("Open another company file…"),
            self.tr("A company file (.sqlite) you already have, e.g. from another computer."),
        )
        self.open_button.setObjectName("open_button")
        for button, name in (
            (self.empty_button, "company"),
            (self.demo_button, "meinbuero"),
            (self.open_button, "company-open"),
        ):
            button.setIcon(icon(name))
            button.setIconSize(QSize(32, 32))
            layout.addWidget(button)
        self.empty_button.clicked.connect(self.choose_empty)
        self.demo_button.clicked.connect(self.choose_demo)
        self.open_button.clicked.connect(self.choose_other)

        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recent_list")
        existing = [p for p in recent_files(settings) if p.exists()]
        for path in existing:
            item = QListWidgetItem(path.stem)
            item.setToolTip(str(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent_list.addItem(item)
        self.recent_list.itemActivated.connect(self._open_recent)
        if existing:
            layout.addWidget(QLabel(self.tr("Recently used:")))
            self.recent_list.setMaximumHeight(120)
            layout.addWidget(self.recent_list)
        else:
            self.recent_list.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("buttonbox")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    # Questions, overridable in tests.
    def ask_company_name(self) -> str | None:
        return ask_company_name(self)

    def ask_open_file(self) -> Path | None:
        return ask_open_company_file(self)

    def show_error(self, text: str) -> None:
        show_error(self, text)

    def _finish(self, path: Path, *, created_new: bool = False) -> None:
        self.chosen_file = path
        self.created_new = created_new
        self.accept()

    def choose_empty(self) -> None:
        name = self.ask_company_name()
        if name is None:
            return
        default = default_company_file()
        path = default if not default.exists() else unused_file(default.parent, file_stem(name))
        try:
            create_empty_company(path, name)
        except CompanyFileError as error:
            self.show_error(str(error))
            return
        self._finish(path, created_new=True)

    def choose_demo(self) -> None:
        path = demo_company_file()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            create_demo_company(path)
        except CompanyFileError as error:
            self.show_error(str(error))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._finish(path)

    def choose_other(self) -> None:
        path = self.ask_open_file()
        if path is not None:
            self._finish(path)

    def _open_recent(self, item: QListWidgetItem) -> None:
        self._finish(Path(str(item.data(Qt.ItemDataRole.UserRole))))


# --- opening company files into windows ------------------------------------------------------


class StartResult(Enum):
    RUNNING = "running"  # a window is open: run the event loop
    HANDED_OVER = "handed_over"  # the file was open in another start, which came to the front
    CANCELLED = "cancelled"  # the user chose nothing


class Opened(Enum):
    OPENED = "opened"
    HANDED_OVER = "handed_over"
    FAILED = "failed"


class _OpenCompany:
    """One open company file: its database, signals, guard and window."""

    def __init__(
        self, database: Database, signals: DataSignals, guard: InstanceGuard, window: MainWindow
    ) -> None:
        self.database = database
        self.signals = signals
        self.guard = guard
        self.window = window


class Launcher(QObject):
    """Opens company files into main windows and closes them again (see module docstring)."""

    def __init__(self, *, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._open: list[_OpenCompany] = []

    @property
    def windows(self) -> list[MainWindow]:
        return [entry.window for entry in self._open]

    # Questions, overridable in tests.
    def show_error(self, text: str, parent: QWidget | None = None) -> None:
        show_error(parent, text)

    def run_start_dialog(self, *, first_start: bool) -> StartDialog | None:
        """Show the choice; the dialog when something was chosen, else None."""
        dialog = StartDialog(settings=self.settings, first_start=first_start)
        return dialog if dialog.exec() == QDialog.DialogCode.Accepted else None

    def first_file(self, db: Path | None) -> Path | None:
        """The file to open on start: ``db``, else the last used one, else the default one."""
        if db is not None:
            return Path(db)
        for path in recent_files(self.settings):
            if path.exists():
                return path
        default = default_company_file()
        return default if default.exists() else None

    def start(self, db: Path | None = None) -> StartResult:
        path = self.first_file(db)
        first_start = path is None
        new_company = False
        while True:
            if path is not None:
                outcome = self.open_file(path, new_company=new_company)
                if outcome is Opened.OPENED:
                    return StartResult.RUNNING
                if outcome is Opened.HANDED_OVER:
                    return StartResult.HANDED_OVER
            dialog = self.run_start_dialog(first_start=first_start)
            if dialog is None or dialog.chosen_file is None:
                return StartResult.CANCELLED
            path, new_company = dialog.chosen_file, dialog.created_new
            first_start = False

    def show_backup(self, backup: Path) -> None:
        """Datei > Datensicherung of the window just opened, showing ``backup`` (once the
        window runs: the dialog is modal)."""
        if self._open:
            window = self._open[-1].window
            QTimer.singleShot(0, lambda: window.open_backup(selected=Path(backup).absolute()))

    def open_file(
        self, path: Path, *, new_company: bool = False, parent: QWidget | None = None
    ) -> Opened:
        """Open ``path`` in a new main window; errors are told to the user."""
        from meinbuero.gui.main_window import MainWindow

        path = Path(path).absolute()
        for entry in self._open:
            if entry.database.path == path:
                entry.window.bring_to_front()
                return Opened.OPENED
        guard = InstanceGuard(company_file=path, parent=self)
        state = guard.acquire()
        if state is LockState.HELD:
            if guard.ask_running_to_raise():
                return Opened.HANDED_OVER
            self.show_error(
                self.tr(
                    "The company file {path} is already open – in another window of meinbuero or"
                    " on another computer. Please close it there first."
                ).format(path=str(path)),
                parent,
            )
            return Opened.FAILED
        try:
            database = open_company(path)
        except CompanyFileError as error:
            guard.release()
            remove_recent_file(self.settings, path)
            self.show_error(str(error), parent)
            return Opened.FAILED
        signals = DataSignals(self)
        window = MainWindow(database=database, signals=signals, settings=self.settings)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        entry = _OpenCompany(database, signals, guard, window)
        self._open.append(entry)
        guard.raise_requested.connect(window.bring_to_front)
        window.closed.connect(lambda entry=entry: self._closed(entry))
        window.open_company_requested.connect(
            lambda file, new, entry=entry: self._open_from(entry, Path(file), new)
        )
        window.restore_over_requested.connect(
            lambda file, password, entry=entry: QTimer.singleShot(
                0, lambda: self.restore_over(entry, Path(file), password)
            )
        )
        window.show()
        add_recent_file(self.settings, path)
        # The window first; once it is on the screen the daily backup, and the due list read
        # in the background.
        QTimer.singleShot(0, window.back_up_daily)
        if new_company:
            window.open_settings("company")
        else:
            QTimer.singleShot(0, window.show_due_on_start_soon)
        return Opened.OPENED

    def _open_from(self, entry: _OpenCompany, path: Path, new_company: bool) -> None:
        # Datei > Firma öffnen: the other company replaces this one.
        if Path(path).absolute() == entry.database.path:
            entry.window.bring_to_front()
            return
        if self.open_file(path, new_company=new_company, parent=entry.window) is Opened.OPENED:
            entry.window.close()

    def restore_over(self, entry: _OpenCompany, backup_file: Path, password: str | None) -> None:
        """Restore a backup over an open company: close its window (the company file is then
        free), restore (the file is backed up beside itself first; a refused backup changes
        nothing) and open it again — restored, or as it was."""
        from meinbuero.services import backup

        company = entry.database.path
        app = QApplication.instance()
        quits = isinstance(app, QApplication) and app.quitOnLastWindowClosed()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)  # the company comes back in a moment
        try:
            if not entry.window.close():
                return
            try:
                backup.restore_backup(backup_file, company, password=password, force=True)
            except (Refused, CompanyFileError) as error:
                self.show_error(str(error))
            self.open_file(company, new_company=False)
        finally:
            if isinstance(app, QApplication):
                app.setQuitOnLastWindowClosed(quits)

    def _closed(self, entry: _OpenCompany) -> None:
        if entry in self._open:
            self._open.remove(entry)
        entry.guard.release()
        entry.database.close()
        entry.signals.deleteLater()
