"""Settings page "Buchhaltung": what the DATEV export needs (Kontenrahmen, Berater- and
Mandantennummer, fiscal year, account length, personal or collective customer accounts) and the
account of each kind of booking (:mod:`meinbuero.services.accounting`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from meinbuero.domain.errors import ValidationError
from meinbuero.gui.widgets.fields import mark_invalid
from meinbuero.gui.widgets.settings_page import SettingsPage
from meinbuero.services import accounting
from meinbuero.services.accounting import AccountingSettings


class AccountingPage(SettingsPage):
    key = "accounting"

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored = AccountingSettings()
        # Scrolls on a small screen: the dialog's size stays what the other pages need.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        content = QWidget()
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        general = QGroupBox(self.tr("DATEV"))
        form = QFormLayout(general)
        self.chart = QComboBox()
        self.chart.setObjectName("chart")
        for chart in accounting.CHARTS:
            self.chart.addItem(chart, chart)
        form.addRow(self.tr("Chart of accounts:"), self.chart)
        self.consultant = QLineEdit()
        self.consultant.setObjectName("consultant")
        self.consultant.setMaxLength(7)
        form.addRow(self.tr("Consultant number:"), self.consultant)
        self.client = QLineEdit()
        self.client.setObjectName("client")
        self.client.setMaxLength(5)
        form.addRow(self.tr("Client number:"), self.client)
        self.fiscal_year_start = QComboBox()
        self.fiscal_year_start.setObjectName("fiscal_year_start")
        months = [
            self.tr("January"),
            self.tr("February"),
            self.tr("March"),
            self.tr("April"),
            self.tr("May"),
            self.tr("June"),
            self.tr("July"),
            self.tr("August"),
            self.tr("September"),
            self.tr("October"),
            self.tr("November"),
            self.tr("December"),
        ]
        for number, month in enumerate(months, start=1):
            self.fiscal_year_start.addItem(month, number)
        form.addRow(self.tr("Fiscal year begins in:"), self.fiscal_year_start)
        self.account_length = QSpinBox()
        self.account_length.setObjectName("account_length")
        self.account_length.setRange(accounting.MIN_ACCOUNT_LENGTH, accounting.MAX_ACCOUNT_LENGTH)
        form.addRow(self.tr("Account length:"), self.account_length)
        self.personal_accounts = QCheckBox(
            self.tr("A debtor account per customer (from the customer number)")
        )
        self.personal_accounts.setObjectName("personal_accounts")
        form.addRow("", self.personal_accounts)
        layout.addWidget(general)

        accounts = QGroupBox(self.tr("Accounts"))
        grid = QGridLayout(accounts)
        self.accounts: dict[str, QLineEdit] = {}
        labels = accounting.account_labels()
        for number, key in enumerate(accounting.ACCOUNT_KEYS):
            edit = QLineEdit()
            edit.setObjectName(f"account_{key}")
            edit.setMaxLength(accounting.MAX_ACCOUNT_LENGTH)
            edit.setMaximumWidth(90)
            row, column = divmod(number, 2)
            grid.addWidget(QLabel(labels[key] + ":"), row, column * 2)
            grid.addWidget(edit, row, column * 2 + 1)
            self.accounts[key] = edit
            edit.textChanged.connect(self.emit_changed)
        self.defaults_button = QPushButton(self.tr("Standard accounts of the chart"))
        self.defaults_button.setObjectName("defaults_button")
        grid.addWidget(self.defaults_button, len(accounting.ACCOUNT_KEYS) // 2 + 1, 0, 1, 2)
        layout.addWidget(accounts)
        hint = QLabel(
            self.tr(
                "The export books invoices, cancellations and payments for your tax adviser "
                "(menu Finance > DATEV export…). The revenue and Skonto accounts are the "
                "charts' automatic accounts, so no BU key is needed."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        layout.addWidget(hint)
        layout.addStretch(1)

        self.chart.currentIndexChanged.connect(self.emit_changed)
        self.consultant.textChanged.connect(self.emit_changed)
        self.client.textChanged.connect(self.emit_changed)
        self.fiscal_year_start.currentIndexChanged.connect(self.emit_changed)
        self.account_length.valueChanged.connect(self.emit_changed)
        self.personal_accounts.toggled.connect(self.emit_changed)
        self.defaults_button.clicked.connect(self.use_chart_defaults)

    def title(self) -> str:
        return self.tr("Accounting")

    def use_chart_defaults(self) -> None:
        """The accounts of the chart chosen (SKR03 or SKR04)."""
        chart = str(self.chart.currentData())
        for key, edit in self.accounts.items():
            edit.setText(accounting.DEFAULT_ACCOUNTS[chart][key])

    def typed(self) -> AccountingSettings:
        return AccountingSettings(
            chart=str(self.chart.currentData()),
            consultant=self.consultant.text().strip(),
            client=self.client.text().strip(),
            fiscal_year_start=int(self.fiscal_year_start.currentData()),
            account_length=self.account_length.value(),
            personal_accounts=self.personal_accounts.isChecked(),
            accounts={key: edit.text().strip() for key, edit in self.accounts.items()},
        )

    def load(self, session: Session) -> None:
        stored = accounting.load(session)
        self.chart.setCurrentIndex(self.chart.findData(stored.chart))
        self.consultant.setText(stored.consultant)
        self.client.setText(stored.client)
        self.fiscal_year_start.setCurrentIndex(stored.fiscal_year_start - 1)
        self.account_length.setValue(stored.account_length)
        self.personal_accounts.setChecked(stored.personal_accounts)
        for key, edit in self.accounts.items():
            edit.setText(stored.accounts[key])
        self._stored = self.typed()

    def is_modified(self) -> bool:
        return self.typed() != self._stored

    def save(self, session: Session) -> list[str]:
        accounting.save(session, self.typed())
        return []

    def committed(self) -> None:
        self._stored = self.typed()

    def _widgets(self) -> dict[str, QWidget]:
        names = accounting.labels()
        widgets: dict[str, QWidget] = {
            names["chart"]: self.chart,
            names["consultant"]: self.consultant,
            names["client"]: self.client,
            names["fiscal_year_start"]: self.fiscal_year_start,
            names["account_length"]: self.account_length,
        }
        widgets.update({names[key]: edit for key, edit in self.accounts.items()})
        return widgets

    def show_errors(self, errors: list[ValidationError]) -> tuple[QWidget | None, list[str]]:
        widgets = self._widgets()
        first: QWidget | None = None
        rest: list[str] = []
        for error in errors:
            widget = widgets.get(error.field)
            if widget is None:
                rest.append(str(error))
                continue
            mark_invalid(widget, error.message)
            first = first or widget
        return first, rest

    def marked_widgets(self) -> list[QWidget]:
        return list(self._widgets().values())


__all__ = ["AccountingPage"]
