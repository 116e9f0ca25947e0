"""An article's window: number, name, description, unit, net price, VAT rate, group, archive.

Saving refused input marks the field with the German reason and keeps everything typed; Esc
and the window's ✕ ask first when something is unsaved.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from meinbuero.domain.values import format_decimal_de
from meinbuero.gui.forms.ui_article_dialog import Ui_ArticleDialog
from meinbuero.gui.signals import DataSignals
from meinbuero.gui.widgets.fields import clear_marks, mark_invalid
from meinbuero.services import articles
from meinbuero.services.articles import ArticleInput
from meinbuero.services.errors import InvalidInput, NotFound
from meinbuero.store.database import Database

_ERROR_STYLE = "color: #c62828;"
#: The VAT rates offered (German law: standard, reduced, none).
VAT_RATES = ("19", "7", "0")
DEFAULT_UNIT = "C62"  # piece (UN/ECE Rec. 20)


def price_text(value: object) -> str:
    """A stored price as the user types it: German, 2 decimals, up to 4 where given."""
    if isinstance(value, Decimal):
        exponent = value.normalize().as_tuple().exponent
        decimals = -exponent if isinstance(exponent, int) else 2
        return format_decimal_de(value, places=min(max(decimals, 2), 4))
    return str(value or "")


def rate_text(value: object) -> str:
    """A stored VAT rate as the combo box knows it ("19", "7", "0")."""
    if isinstance(value, Decimal):
        return format_decimal_de(value.normalize())
    return str(value or "").strip().rstrip("%").strip()


class ArticleDialog(QDialog):
    """The details of one article (``article_id`` None: a new one)."""

    def __init__(
        self,
        *,
        database: Database,
        signals: DataSignals,
        article_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._signals = signals
        self.article_id = article_id
        self.ui = Ui_ArticleDialog()
        self.ui.setupUi(self)
        self.setObjectName("article_dialog")
        ui = self.ui
        for code, label in articles.unit_labels().items():
            ui.unit.addItem(label, code)
        for rate in VAT_RATES:
            ui.vat_rate.addItem(f"{rate} %", rate)
        ui.number.setPlaceholderText(self.tr("assigned when saving"))
        ui.unit_price.setPlaceholderText("0,00")
        ui.buttonbox.accepted.connect(self.accept)
        ui.buttonbox.rejected.connect(self.reject)
        ok = ui.buttonbox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save"))
        self._load()

    def _fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "number": ui.number,
            "name": ui.name,
            "description": ui.description,
            "unit": ui.unit,
            "unit_price": ui.unit_price,
            "vat_rate": ui.vat_rate,
            "group": ui.group,
            "archived": ui.archived,
        }

    def _load(self) -> None:
        ui = self.ui
        with self._database.sessions() as session:
            groups = articles.article_groups(session)
            data = (
                articles.get_article(session, self.article_id)
                if self.article_id is not None
                else None
            )
        ui.group.clear()
        ui.group.addItem("")
        ui.group.addItems(groups)
        if data is None:
            self.setWindowTitle(self.tr("New article"))
            ui.unit.setCurrentIndex(max(ui.unit.findData(DEFAULT_UNIT), 0))
            ui.vat_rate.setCurrentIndex(0)
            ui.group.setCurrentText("")
        else:
            self.setWindowTitle(
                self.tr("Article {number} – {name}").format(number=data.number, name=data.name)
            )
            ui.number.setText(str(data.number or ""))
            ui.name.setText(data.name)
            ui.description.setPlainText(data.description or "")
            unit = ui.unit.findData(data.unit)
            if unit < 0:
                ui.unit.addItem(str(data.unit), data.unit)
                unit = ui.unit.count() - 1
            ui.unit.setCurrentIndex(unit)
            ui.unit_price.setText(price_text(data.unit_price))
            rate = rate_text(data.vat_rate)
            found = ui.vat_rate.findData(rate)
            if found < 0:
                ui.vat_rate.addItem(f"{rate} %", rate)
                found = ui.vat_rate.count() - 1
            ui.vat_rate.setCurrentIndex(found)
            ui.group.setCurrentText(data.group or "")
            ui.archived.setChecked(bool(data.archived))
        self._baseline = self.value()

    def value(self) -> ArticleInput:
        """What the fields hold now, as typed."""
        ui = self.ui
        return ArticleInput(
            number=ui.number.text().strip(),
            name=ui.name.text(),
            description=ui.description.toPlainText(),
            unit=str(ui.unit.currentData() or ""),
            unit_price=ui.unit_price.text(),
            vat_rate=str(ui.vat_rate.currentData() or ""),
            group=ui.group.currentText().strip(),
            archived=ui.archived.isChecked(),
        )

    def is_modified(self) -> bool:
        return self.value() != self._baseline

    def save(self) -> bool:
        """Save; on refusal mark the fields and keep everything typed."""
        clear_marks(self._fields().values())
        self._show_messages([])
        data = self.value()
        try:
            with self._database.sessions.begin() as session:
                saved = articles.save_article(session, self.article_id, data)
        except InvalidInput as invalid:
            fields = self._fields()
            for error in invalid.errors:
                widget = fields.get(error.field)
                if widget is not None:
                    mark_invalid(widget, error.message)
            first = fields.get(invalid.errors[0].field) if invalid.errors else None
            if first is not None:
                first.setFocus()
            self._show_messages([error.message for error in invalid.errors])
            return False
        except NotFound:
            self._show_messages([self.tr("This article is no longer in the company file.")])
            return False
        self.article_id = saved
        self._baseline = data
        self._signals.articles_changed.emit()
        return True

    def _show_messages(self, lines: list[str]) -> None:
        label = self.ui.messages
        label.setStyleSheet(_ERROR_STYLE)
        label.setText("\n".join(lines))
        label.setVisible(bool(lines))

    def messages(self) -> str:
        """The messages shown above the buttons."""
        return self.ui.messages.text() if self.ui.messages.isVisible() else ""

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        """Ask "Änderungen speichern?" (tests answer this in place of the user)."""
        return QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Save changes?"),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )

    def accept(self) -> None:
        """OK: save and close; a refused save keeps the window open."""
        if self.save():
            super().accept()

    def reject(self) -> None:
        """Esc, Abbrechen, ✕: close, asking first when something is unsaved."""
        if self.is_modified():
            answer = self.ask_save_changes()
            if answer == QMessageBox.StandardButton.Yes:
                if self.save():
                    super().accept()
                return
            if answer != QMessageBox.StandardButton.No:
                return
        super().reject()


__all__ = ["ArticleDialog"]
