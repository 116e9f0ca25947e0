"""The closing rule every editing window shares: OK saves and closes (a refused save keeps the
window open), Esc / Abbrechen / the window's ✕ close, asking "Änderungen speichern?" first when
something is unsaved — nothing typed is ever lost without the user saying so."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox, QWidget

from meinbuero.gui.windows import manage


class EditorDialog(QDialog):
    """Base of the windows that edit something; subclasses give :meth:`save` and
    :meth:`is_modified`, and may take what is being typed first in :meth:`before_closing`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        manage(self)

    def save(self) -> bool:
        """Store what was typed; False when it was refused (the window shows why)."""
        raise NotImplementedError

    def is_modified(self) -> bool:
        raise NotImplementedError

    def before_closing(self) -> None:
        """Take what is still being typed (e.g. an open cell editor) before asking."""

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        """Ask "Änderungen speichern?" (tests answer this in place of the user)."""
        return QMessageBox.question(
            self,
            self.windowTitle(),
            QCoreApplication.translate("EditorDialog", "Save changes?"),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )

    def ask_yes_no(self, text: str) -> bool:
        """Ask a question, No the default (tests answer in place of the user)."""
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def keep_geometry(self, settings: QSettings, key: str, size: QSize) -> None:
        """Size and place the window as it was last closed (kept under ``key`` when it
        closes); the first time ``size`` where the screen has room, else what fits with the
        title bar on the screen, centred."""
        self._geometry_kept = (settings, key)
        geometry = settings.value(key)
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        screen = self.screen().availableGeometry()
        width = min(size.width(), screen.width() - 40)
        height = min(size.height(), screen.height() - 60)
        self.resize(width, height)
        self.move(
            screen.x() + (screen.width() - width) // 2,
            screen.y() + max(0, (screen.height() - height) // 2 - 10),
        )

    def done(self, result: int) -> None:
        kept = getattr(self, "_geometry_kept", None)
        if kept is not None:
            kept[0].setValue(kept[1], self.saveGeometry())
        super().done(result)

    def accept(self) -> None:
        """OK: save and close; a refused save keeps the window open."""
        if self.save():
            super().accept()

    def reject(self) -> None:
        """Esc, Abbrechen, the window's ✕: close, asking first when something is unsaved."""
        self.before_closing()
        if self.is_modified():
            answer = self.ask_save_changes()
            if answer == QMessageBox.StandardButton.Yes:
                if self.save():
                    super().accept()
                return
            if answer != QMessageBox.StandardButton.No:
                return  # Abbrechen: stay
        super().reject()


def fill_contact_persons(
    combo: QComboBox, persons: list[tuple[int, str]], selected: int | None, *, none: str
) -> None:
    """The contact person choice of a window: ``none`` ("(keiner)") first, then the persons
    (id, name); ``selected`` chosen (else none), without telling the combo's listeners."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(none, None)
    for person_id, name in persons:
        combo.addItem(name, person_id)
    found = combo.findData(selected) if selected is not None else 0
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)
