"""Finanzen > DATEV-Export… and Umsatzliste…: a period (last month, quarter, year or any), then
the file; the export runs through :mod:`meinbuero.services.datev` or
:mod:`meinbuero.services.revenue_list` and says what it wrote or, in one sentence, why not."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from meinbuero.domain.periods import Period, period_range
from meinbuero.gui.areas.list_area import period_labels
from meinbuero.services import datev, revenue_list
from meinbuero.services.errors import Refused
from meinbuero.store.database import Database

DATEV = "datev"
REVENUE = "revenue"
# The periods offered (the whole list "Alle" makes no batch).
CHOICES = (
    Period.LAST_MONTH,
    Period.THIS_MONTH,
    Period.LAST_QUARTER,
    Period.THIS_QUARTER,
    Period.LAST_YEAR,
    Period.THIS_YEAR,
    Period.CUSTOM,
)


class FinanceExportDialog(QDialog):
    """The period (and for the Umsatzliste the format) of an export; then the file."""

    def __init__(
        self,
        *,
        database: Database,
        kind: str,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self.kind = kind
        self.today = today or date.today()
        self.written: Path | None = None
        self.setObjectName("finance_export_dialog")
        self.setWindowTitle(self.tr("DATEV export") if kind == DATEV else self.tr("Revenue list"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Invoices, cancellations and payments of the period as a DATEV "
                "Buchungsstapel (EXTF) for your tax adviser."
            )
            if kind == DATEV
            else self.tr(
                "Every invoice and cancellation of the period with net per VAT rate, VAT, "
                "gross and paid, and the year's revenue against the small-business limits."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.period = QComboBox()
        self.period.setObjectName("period")
        labels = period_labels()
        for period in CHOICES:
            self.period.addItem(labels[period], period.value)
        form.addRow(self.tr("&Period:"), self.period)
        self.date_from = QDateEdit()
        self.date_from.setObjectName("date_from")
        self.date_to = QDateEdit()
        self.date_to.setObjectName("date_to")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        form.addRow(self.tr("From:"), self.date_from)
        form.addRow(self.tr("To:"), self.date_to)
        self.format = QComboBox()
        self.format.setObjectName("format")
        self.format.addItem(self.tr("Excel (.xlsx)"), ".xlsx")
        self.format.addItem(self.tr("PDF (.pdf)"), ".pdf")
        if kind == REVENUE:
            form.addRow(self.tr("&Format:"), self.format)
        else:
            self.format.hide()
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8e1b1b;")
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.period.currentIndexChanged.connect(lambda _i: self._period_chosen())
        self.period.setCurrentIndex(self.period.findData(Period.LAST_MONTH.value))
        self._period_chosen()

    def _period_chosen(self) -> None:
        period = Period(str(self.period.currentData()))
        custom = period is Period.CUSTOM
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(custom)
        if not custom:
            start, end = period_range(period, today=self.today, custom=(None, None))
            if start is not None and end is not None:
                self.date_from.setDate(QDate(start.year, start.month, start.day))
                self.date_to.setDate(QDate(end.year, end.month, end.day))

    def chosen_range(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()  # type: ignore[return-value]

    def default_name(self) -> str:
        start, end = self.chosen_range()
        if self.kind == DATEV:
            return datev.default_name(start, end)
        suffix = str(self.format.currentData())
        return (
            self.tr("Revenue list {start} to {end}").format(
                start=start.strftime("%Y-%m-%d"), end=end.strftime("%Y-%m-%d")
            )
            + suffix
        )

    def ask_path(self) -> Path | None:
        """Where to write (tests answer in place of the user)."""
        pattern = (
            self.tr("DATEV file (*.csv)")
            if self.kind == DATEV
            else self.tr("Excel (*.xlsx)")
            if self.format.currentData() == ".xlsx"
            else self.tr("PDF (*.pdf)")
        )
        name, _filter = QFileDialog.getSaveFileName(
            self, self.windowTitle(), str(Path.home() / self.default_name()), pattern
        )
        return Path(name) if name else None

    def export(self) -> bool:
        """Export…: ask for the file, write it; a refusal stays in the window."""
        start, end = self.chosen_range()
        path = self.ask_path()
        if path is None:
            return False
        if self.kind == REVENUE and path.suffix.lower() not in (".xlsx", ".pdf"):
            path = path.with_name(path.name + str(self.format.currentData()))
        try:
            with self._database.sessions() as session:
                if self.kind == DATEV:
                    count = datev.export(session, path, start, end)
                    done = self.tr("{count} bookings written to {file}.")
                else:
                    count = revenue_list.export(session, path, start, end)
                    done = self.tr("{count} documents written to {file}.")
        except Refused as refusal:
            self.message.setText(str(refusal))
            self.message.show()
            return False
        self.written = path
        self.tell(done.format(count=count, file=path.name))
        self.accept()
        return True

    def tell(self, text: str) -> None:
        """Say what was written (tests read it instead)."""
        QMessageBox.information(self, self.windowTitle(), text)


__all__ = ["DATEV", "REVENUE", "FinanceExportDialog"]
