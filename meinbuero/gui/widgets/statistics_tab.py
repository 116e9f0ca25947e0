"""The Statistik tab: the customer's figures, net revenue as a bar chart, the top articles, and
the Kontoauszug in its own window.

Read when the tab first comes to the front (and again when it comes back after something
changed). Every figure is a link: a click lists the documents behind it
(:func:`meinbuero.services.customer_stats.documents`); a double-click in that list opens the
document. Built in code rather than a Designer form: the figures, the chart and the list are
made from the data.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meinbuero.domain.values import format_date_de, format_decimal_de
from meinbuero.gui.areas.sales import money
from meinbuero.gui.widgets.customer_parts import CustomerContext
from meinbuero.gui.widgets.revenue_chart import RevenueChart
from meinbuero.services import customer_stats, sales
from meinbuero.services.customer_stats import CustomerFigures, Figure
from meinbuero.store.database import Database

_LINK_STYLE = (
    "QPushButton { border: none; text-align: left; padding: 0; font-size: 13pt;"
    " font-weight: 600; color: palette(link); }"
    "QPushButton:hover { text-decoration: underline; }"
    "QPushButton:disabled { color: palette(text); }"
)
_CAPTION_STYLE = "QLabel { color: palette(dark); }"


def read_only_table(name: str, headers: list[str]) -> QTableWidget:
    """A table of rows to read and open: whole rows selected, nothing editable."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setWordWrap(False)
    return table


def cell(text: str, *, right: bool = False, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


class DocumentListDialog(QDialog):
    """The sales documents behind a figure; a double-click (or Enter) opens one."""

    document_activated = Signal(int)

    def __init__(
        self, *, database: Database, title: str, ids: list[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("figure_documents")
        self.setWindowTitle(title)
        with database.sessions() as session:
            found = sales.document_rows(session, ids)
        kinds = sales.kind_labels()
        self.table = read_only_table(
            "documents",
            [
                self.tr("Number"),
                self.tr("Kind"),
                self.tr("Date"),
                self.tr("Subject"),
                self.tr("Status"),
                self.tr("Net"),
                self.tr("Gross"),
            ],
        )
        rows = [found[i] for i in ids if i in found]
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            values = [
                cell(row.number, data=row.id),
                cell(kinds.get(row.kind, row.kind)),
                cell(format_date_de(row.document_date)),
                cell(row.subject),
                cell(row.status_label),
                cell(money(row.net_total), right=True),
                cell(money(row.gross_total), right=True),
            ]
            for column, item in enumerate(values):
                self.table.setItem(number, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.activate(index.row()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        count = QLabel(self.tr("{count} documents").format(count=len(rows)))
        layout.addWidget(count)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 360)

    def document_ids(self) -> list[int]:
        items = [self.table.item(r, 0) for r in range(self.table.rowCount())]
        return [int(item.data(Qt.ItemDataRole.UserRole)) for item in items if item is not None]

    def activate(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.document_activated.emit(self.document_ids()[row])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self.activate(self.table.currentRow())
            return
        super().keyPressEvent(event)


class StatisticsTab(QWidget):
    """The Statistik tab of the details window."""

    #: A sales document should open in its window (its id).
    document_activated = Signal(int)

    def __init__(
        self,
        *,
        context: CustomerContext,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statistics_tab")
        self._context = context
        self._today = today
        self._fresh = False
        self.figures: CustomerFigures | None = None
        self.documents_dialog: DocumentListDialog | None = None
        self.statement_window: QDialog | None = None

        self.figure_buttons: dict[str, QPushButton] = {}
        self._captions: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(2)
        for position, key in enumerate(
            (
                "orders",
                "revenue_total",
                "revenue_year",
                "open",
                "credit",
                "days",
                "last_order",
                "first_invoice",
            )
        ):
            caption = QLabel()
            caption.setObjectName(f"{key}_caption")
            caption.setStyleSheet(_CAPTION_STYLE)
            button = QPushButton()
            button.setObjectName(f"{key}_figure")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet(_LINK_STYLE)
            button.setToolTip(self.tr("Show the documents behind this figure"))
            button.clicked.connect(lambda _checked=False, key=key: self.show_documents_of(key))
            row, column = divmod(position, 4)
            grid.addWidget(caption, row * 3, column)
            grid.addWidget(button, row * 3 + 1, column)
            grid.setRowMinimumHeight(row * 3 + 2, 10)
            self.figure_buttons[key] = button
            self._captions[key] = caption

        self.year_choice = QComboBox()
        self.year_choice.setObjectName("year_choice")
        self.year_choice.currentIndexChanged.connect(lambda _i: self._show_chart())
        self.chart = RevenueChart()
        self.chart.bar_clicked.connect(self._bar_clicked)
        chart_box = QGroupBox(self.tr("Net revenue"))
        chart_layout = QVBoxLayout(chart_box)
        choice_row = QHBoxLayout()
        choice_row.addWidget(QLabel(self.tr("Year:")))
        choice_row.addWidget(self.year_choice)
        choice_row.addStretch(1)
        self.chart_hint = QLabel(self.tr("Click a bar to see its documents."))
        self.chart_hint.setStyleSheet(_CAPTION_STYLE)
        choice_row.addWidget(self.chart_hint)
        chart_layout.addLayout(choice_row)
        chart_layout.addWidget(self.chart, 1)

        self.articles = read_only_table(
            "top_articles",
            [
                self.tr("Article no."),
                self.tr("Article"),
                self.tr("Quantity"),
                self.tr("Net revenue"),
            ],
        )
        header = self.articles.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.articles.doubleClicked.connect(lambda index: self.show_article(index.row()))
        self.articles.setToolTip(self.tr("Double-click: the documents with this article"))
        articles_box = QGroupBox(self.tr("Top articles"))
        articles_layout = QVBoxLayout(articles_box)
        articles_layout.addWidget(self.articles)

        self.statement_button = QPushButton(self.tr("Statement of account…"))
        self.statement_button.setObjectName("statement_button")
        self.statement_button.clicked.connect(self.open_statement)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.statement_button)

        lower = QHBoxLayout()
        lower.addWidget(chart_box, 3)
        lower.addWidget(articles_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addLayout(lower, 1)
        layout.addLayout(buttons)

    # -- loading --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the figures (and the chart of the chosen year) now."""
        customer_id = self._context.customer_id
        self._fresh = True
        if customer_id is None:
            self.figures = None
            self.setEnabled(False)
            return
        self.setEnabled(True)
        with self._context.database.sessions() as session:
            self.figures = customer_stats.figures(session, customer_id)
        self._show_figures(self.figures)

    def refresh(self) -> None:
        """Read again now when on screen, else when the tab comes to the front."""
        if self.isVisible():
            self.reload()
        else:
            self._fresh = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._fresh:
            self.reload()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        self._fresh = False

    def _show_figures(self, figures: CustomerFigures) -> None:
        year = self._today().year
        none = self.tr("–")
        texts = {
            "orders": (self.tr("Orders"), format_decimal_de(Decimal(figures.orders))),
            "revenue_total": (self.tr("Net revenue, total"), money(figures.revenue_total)),
            "revenue_year": (
                self.tr("Net revenue {year}").format(year=year),
                money(figures.revenue_by_year.get(year, Decimal("0.00"))),
            ),
            "open": (
                self.tr("Open invoices"),
                self.tr("{count} · {amount}").format(
                    count=figures.open_invoices, amount=money(figures.open_amount)
                ),
            ),
            "credit": (self.tr("Credit"), money(figures.credit)),
            "days": (
                self.tr("Average days to payment"),
                none
                if figures.days_to_payment is None
                else self.tr("{days} days").format(
                    days=format_decimal_de(figures.days_to_payment, places=1)
                ),
            ),
            "last_order": (self.tr("Last order"), format_date_de(figures.last_order) or none),
            "first_invoice": (
                self.tr("First invoice"),
                format_date_de(figures.first_invoice) or none,
            ),
        }
        for key, (caption, value) in texts.items():
            self._captions[key].setText(caption)
            self.figure_buttons[key].setText(value)
        chosen = self.year_choice.currentData()
        years = sorted(set(figures.revenue_by_year) | {year}, reverse=True)
        self.year_choice.blockSignals(True)
        self.year_choice.clear()
        for shown in years:
            self.year_choice.addItem(str(shown), shown)
        self.year_choice.addItem(self.tr("All years"), 0)
        index = self.year_choice.findData(chosen if chosen is not None else year)
        self.year_choice.setCurrentIndex(max(index, 0))
        self.year_choice.blockSignals(False)
        self._show_chart()
        self._show_articles(figures)

    def chosen_year(self) -> int | None:
        """The year the chart shows by month; None: the chart shows every year."""
        data = self.year_choice.currentData()
        return int(data) if data else None

    def _show_chart(self) -> None:
        customer_id = self._context.customer_id
        if customer_id is None or self.figures is None:
            return
        year = self.chosen_year()
        if year is None:
            years = sorted(self.figures.revenue_by_year)
            values = [self.figures.revenue_by_year[y] for y in years]
            labels = [str(y) for y in years]
            tips = [f"{y}: {money(v)}" for y, v in zip(years, values, strict=True)]
        else:
            with self._context.database.sessions() as session:
                values = customer_stats.revenue_by_month(session, customer_id, year)
            labels = month_names()
            tips = [f"{name} {year}: {money(v)}" for name, v in zip(labels, values, strict=True)]
        self.chart.set_bars(labels, values, tips)

    def _show_articles(self, figures: CustomerFigures) -> None:
        table = self.articles
        table.setRowCount(len(figures.top_articles))
        for row, article in enumerate(figures.top_articles):
            quantity = (
                article.quantity.normalize()
                if article.quantity == article.quantity.to_integral()
                else article.quantity
            )
            values = [
                cell(article.number, data=article.article_id),
                cell(article.name),
                cell(format_decimal_de(quantity), right=True),
                cell(money(article.revenue), right=True),
            ]
            for column, item in enumerate(values):
                table.setItem(row, column, item)
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(2)
        table.resizeColumnToContents(3)

    # -- the documents behind -------------------------------------------------------------------

    def show_documents_of(self, key: str) -> DocumentListDialog | None:
        """The documents behind figure ``key`` (as the grid names them) in a small list."""
        year = self._today().year
        chosen = {
            "orders": (Figure.ORDERS, {}),
            "revenue_total": (Figure.REVENUE, {}),
            "revenue_year": (Figure.REVENUE, {"year": year}),
            "open": (Figure.OPEN_INVOICES, {}),
            "credit": (Figure.CREDIT, {}),
            "days": (Figure.DAYS_TO_PAYMENT, {}),
            "last_order": (Figure.LAST_ORDER, {}),
            "first_invoice": (Figure.FIRST_INVOICE, {}),
        }
        figure, extra = chosen[key]
        return self.show_documents(self._captions[key].text(), figure, **extra)

    def show_article(self, row: int) -> DocumentListDialog | None:
        item = self.articles.item(row, 0)
        if item is None:
            return None
        name = self.articles.item(row, 1)
        return self.show_documents(
            self.tr("Documents with {article}").format(article=name.text() if name else ""),
            Figure.ARTICLE,
            article_id=int(item.data(Qt.ItemDataRole.UserRole)),
        )

    def _bar_clicked(self, index: int) -> None:
        year = self.chosen_year()
        if year is None and self.figures is not None:
            shown = sorted(self.figures.revenue_by_year)[index]
            self.show_documents(
                self.tr("Net revenue {year}").format(year=shown), Figure.REVENUE, year=shown
            )
        elif year is not None:
            self.show_documents(
                self.tr("Net revenue {month} {year}").format(month=month_names()[index], year=year),
                Figure.REVENUE,
                year=year,
                month=index + 1,
            )

    def show_documents(self, title: str, figure: Figure, **extra: int) -> DocumentListDialog | None:
        customer_id = self._context.customer_id
        if customer_id is None:
            return None
        with self._context.database.sessions() as session:
            ids = customer_stats.documents(session, customer_id, figure, **extra)
        if self.documents_dialog is not None:
            self.documents_dialog.close()
        dialog = DocumentListDialog(
            database=self._context.database, title=title, ids=ids, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.document_activated.connect(self.document_activated)
        dialog.destroyed.connect(lambda _obj=None: self._forget_dialog(dialog))
        self.documents_dialog = dialog
        dialog.show()
        return dialog

    def _forget_dialog(self, dialog: DocumentListDialog) -> None:
        if self.documents_dialog is dialog:
            self.documents_dialog = None

    # -- the Kontoauszug --------------------------------------------------------------------------

    def open_statement(self) -> QDialog | None:
        from meinbuero.gui.dialogs.statement_window import StatementWindow

        customer_id = self._context.customer_id
        if customer_id is None:
            return None
        window = StatementWindow(
            database=self._context.database,
            customer_id=customer_id,
            today=self._today,
            parent=self,
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.document_activated.connect(self.document_activated)
        window.filed.connect(self._context.stored_elsewhere)
        self.statement_window = window
        window.show()
        return window


def month_names() -> list[str]:
    """Jan … Dez, as the chart's axis shows them."""
    translate = QCoreApplication.translate
    return [
        translate("StatisticsTab", "Jan"),
        translate("StatisticsTab", "Feb"),
        translate("StatisticsTab", "Mar"),
        translate("StatisticsTab", "Apr"),
        translate("StatisticsTab", "May"),
        translate("StatisticsTab", "Jun"),
        translate("StatisticsTab", "Jul"),
        translate("StatisticsTab", "Aug"),
        translate("StatisticsTab", "Sep"),
        translate("StatisticsTab", "Oct"),
        translate("StatisticsTab", "Nov"),
        translate("StatisticsTab", "Dec"),
    ]
