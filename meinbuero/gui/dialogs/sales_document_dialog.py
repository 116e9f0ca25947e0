"""The sales document window: Angebot, Auftragsbestätigung, Lieferschein, Rechnung, Storno.

The user writes the document (head, lines, texts), sees the totals live, previews and prints
the PDF and finalises it. A draft is saved with :func:`sales.save_draft`; finalising, carrying
on, copying, cancelling and status changes each run in their own transaction. A finalised
document is shown read-only with its status log. Refused input is marked at its field or cell
and nothing typed is lost; every change that reaches the database is told through
``DataSignals.sales_changed`` (and ``customer_changed`` where the customer's Historie or
Dokumente change).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QSettings,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStyle,
    QToolBar,
    QToolButton,
    QTreeWidgetItem,
    QWidget,
)
from sqlalchemy.orm import Session

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.money import TaxCase, skonto_amount
from meinbuero.domain.values import (
    format_date_de,
    format_datetime_de,
    format_decimal_de,
    parse_date_de,
    parse_decimal_de,
)
from meinbuero.gui.dialogs.editor import EditorDialog, fill_contact_persons
from meinbuero.gui.forms.ui_sales_document_dialog import Ui_SalesDocumentDialog
from meinbuero.gui.models.sales_lines import (
    NAME,
    SalesLinesModel,
    is_blank,
    money_text,
)
from meinbuero.gui.signals import DataSignals
from meinbuero.gui.widgets.customer_picker import CustomerPicker
from meinbuero.gui.widgets.fields import (
    ERROR_STYLE,
    FINAL_STYLE,
    INFO_STYLE,
    clear_marks,
    mark_invalid,
)
from meinbuero.gui.widgets.sales_lines_view import SalesLinesView
from meinbuero.gui.windows import remember_folder, start_folder
from meinbuero.i18n import tr as core_tr
from meinbuero.services import articles, payments, sales, settings
from meinbuero.services.articles import ArticleRow
from meinbuero.services.einvoice import send as einvoice_send
from meinbuero.services.errors import InvalidInput, NotFound, Refused
from meinbuero.services.sales import DocumentInput, LineInput
from meinbuero.store.database import Database
from meinbuero.store.models import ContactPerson, Customer, SalesDocument, SalesKind, SalesStatus

GEOMETRY_KEY = "sales_document_dialog/geometry"
# The service's line fields, as its errors name them ("Line 3, Quantity").
LINE_FIELDS = ("name", "quantity", "unit", "unit_price", "discount_percent", "vat_rate")
MAX_ADDRESS_LINES = 6


OpenDocument = Callable[[int], QWidget | None]


@dataclass(frozen=True)
class _Refusal:
    widget: QWidget | None
    message: str


class SalesDocumentDialog(EditorDialog):
    """The window of one sales document (``document_id`` None: a new one of ``kind``).

    Non-modal: the caller calls ``show()``. ``open_document`` is called with the id of a
    document this window makes (Weiterführen, Kopieren); without it the window opens the new
    document in a window of its own class.
    """

    #: A new document was made from this one (carried on, copied, the cancellation): its id.
    document_created = Signal(int)

    def __init__(
        self,
        *,
        database: Database,
        signals: DataSignals,
        settings: QSettings,
        kind: str,
        document_id: int | None,
        customer_id: int | None = None,
        open_document: OpenDocument | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._signals = signals
        self._settings = settings
        self._kind = str(SalesKind(kind))
        self._document_id = document_id
        self._customer_id: int | None = None
        self._customer_vat_id = ""
        self._customer_label = ""
        self._number = ""
        self._status = SalesStatus.DRAFT.value
        self._final = False
        self._source_number = ""
        self._payment_text = ""
        self._open_document = open_document
        self._auto_address = ""
        self._temp_dir: Path | None = None
        self._loading = False
        self._telling = False
        #: Windows this one opened itself (when no ``open_document`` was given).
        self.opened: list[SalesDocumentDialog] = []
        if document_id is not None:
            with database.sessions() as session:
                self._kind = sales.get_document(session, document_id).kind

        self.setObjectName("sales_document_dialog")
        # A finalised document's fields look what they are: read only.
        self.setStyleSheet(
            'QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"]'
            " { background: palette(window); }"
        )
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)
        self.setSizeGripEnabled(True)
        self.lines_model = SalesLinesModel(kind=self._kind, parent=self)
        self._build()
        self._connect()
        self._load(customer_id=customer_id)
        self.keep_geometry(settings, GEOMETRY_KEY, QSize(1180, 780))
        if self._customer_id is None and not self._final:
            self.customer.setFocus()

    # -- building the window ------------------------------------------------------------------

    def _build(self) -> None:
        self.ui = Ui_SalesDocumentDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated by uic
        ui = self.ui
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        ui.main_layout.setMenuBar(self.toolbar)
        self._build_actions()

        self.banner = ui.banner
        self.banner.setStyleSheet(FINAL_STYLE)
        self.banner.hide()
        self.customer = ui.customer
        self.customer_picker = CustomerPicker(field=self.customer, database=self._database)
        self.customer_completer = self.customer_picker.completer
        self.contact_person = ui.contact_person
        self.address = ui.address
        line_height = self.address.fontMetrics().lineSpacing()
        self.address.setFixedHeight(line_height * MAX_ADDRESS_LINES + 14)
        self.subject = ui.subject
        self.reference = ui.reference
        self.document_date = ui.document_date
        self.service_date = ui.service_date
        self.service_end = ui.service_end
        self.service_label = ui.service_label
        self.valid_until = ui.valid_until
        self.valid_label = ui.valid_label
        self.net_days = ui.net_days
        self.skonto_percent = ui.skonto_percent
        self.skonto_days = ui.skonto_days
        self.terms_label = ui.terms_label
        self._terms_words = [ui.net_days_words, ui.skonto_percent_words, ui.skonto_days_words]
        self.tax_case = ui.tax_case
        self.tax_label = ui.tax_label
        for case, label in sales.tax_case_labels().items():
            self.tax_case.addItem(label, str(case))
        self.messages = ui.messages
        self.messages.hide()
        self.tabs = ui.tabs
        self._build_lines_tab()
        self.header_text = ui.header_text
        self.footer_text = ui.footer_text
        ui.placeholders_hint.setText(
            self.tr("These placeholders are filled in when printing: {placeholders}").format(
                placeholders=", ".join(sales.PLACEHOLDERS)
            )
        )
        self.status_log = ui.status_log
        self.status_log.setColumnWidth(0, 130)
        self.status_log.setColumnWidth(1, 160)
        self.status_log.setColumnWidth(2, 110)
        self.close_button = ui.close_button

    def _build_actions(self) -> None:
        style = self.style()
        bar = self.toolbar

        def action(
            text: str,
            slot: Callable[[], object],
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
            icon: QStyle.StandardPixmap | None = None,
        ) -> QAction:
            made = QAction(text, self)
            if icon is not None:
                made.setIcon(style.standardIcon(icon))
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
                made.setToolTip(
                    f"{text} ({made.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                )
            made.triggered.connect(lambda _checked=False, slot=slot: slot())
            bar.addAction(made)
            return made

        pixmap = QStyle.StandardPixmap
        self.save_action = action(
            self.tr("Save"), self.save, QKeySequence.StandardKey.Save, pixmap.SP_DialogSaveButton
        )
        self.preview_action = action(
            self.tr("Preview"), self.preview, "Ctrl+Shift+P", pixmap.SP_FileDialogContentsView
        )
        self.print_action = action(
            self.tr("Print"), self.print_document, QKeySequence.StandardKey.Print
        )
        self.save_pdf_action = action(self.tr("Save PDF as…"), self.save_pdf_as)
        self.mail_action = action(self.tr("Send by e-mail…"), self.send_by_mail)
        self.einvoice_menu = QMenu(self.tr("Save e-invoice as…"), self)
        for code, label in list(einvoice_send.format_labels().items())[1:]:
            self.einvoice_menu.addAction(label, partial(self.save_einvoice_as, str(code)))
        self.einvoice_action = self.einvoice_menu.menuAction()
        bar.addAction(self.einvoice_action)
        self._popup_on_click(self.einvoice_action)
        bar.addSeparator()
        self.finalise_action = action(
            self.tr("Finalise"), self.finalise, "Ctrl+Shift+F", pixmap.SP_DialogApplyButton
        )
        self.carry_on_menu = QMenu(self.tr("Carry on"), self)
        for target in sales.NEXT_KINDS[SalesKind(self._kind)]:
            label = sales.kind_labels()[target]
            self.carry_on_menu.addAction(
                self.tr("to {kind}").format(kind=label), partial(self.carry_on, str(target))
            )
        self.carry_on_action = self.carry_on_menu.menuAction()
        bar.addAction(self.carry_on_action)
        self._popup_on_click(self.carry_on_action)
        self.copy_action = action(self.tr("Copy"), self.copy)
        self.cancel_action = action(self.tr("Cancel invoice…"), self.cancel_invoice)
        self.payment_action = action(self.tr("Book payment…"), self.book_payment)
        self.status_menu = QMenu(self.tr("Status"), self)
        self.accepted_action = self.status_menu.addAction(
            self.tr("Accepted"), lambda: self.set_status(SalesStatus.ACCEPTED.value)
        )
        self.rejected_action = self.status_menu.addAction(
            self.tr("Rejected"), lambda: self.set_status(SalesStatus.REJECTED.value)
        )
        self.open_again_action = self.status_menu.addAction(
            self.tr("Open again"), lambda: self.set_status(SalesStatus.OPEN.value)
        )
        self.status_action = self.status_menu.menuAction()
        bar.addAction(self.status_action)
        self._popup_on_click(self.status_action)
        bar.addSeparator()
        self.delete_action = action(
            self.tr("Delete draft…"), self.delete_draft, None, pixmap.SP_TrashIcon
        )

    def _popup_on_click(self, menu_action: QAction) -> None:
        button = self.toolbar.widgetForAction(menu_action)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def _build_lines_tab(self) -> None:
        ui = self.ui
        self.add_article_button = ui.add_article_button
        self.add_item_button = ui.add_item_button
        self.add_text_button = ui.add_text_button
        self.add_subtotal_button = ui.add_subtotal_button
        self.description_button = ui.description_button
        self.remove_button = ui.remove_button
        self.up_button = ui.up_button
        self.down_button = ui.down_button
        self.line_buttons = [
            self.add_article_button,
            self.add_item_button,
            self.add_text_button,
            self.add_subtotal_button,
            self.description_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ]
        self.lines_view = SalesLinesView(
            model=self.lines_model, find_articles=self._find_articles, parent=ui.lines_page
        )
        self.lines_view.setObjectName("lines_view")
        ui.lines_layout.insertWidget(1, self.lines_view, 1)
        self.totals = ui.totals

    def _connect(self) -> None:
        self.customer_picker.picked.connect(self.choose_customer)
        self.contact_person.currentIndexChanged.connect(self._contact_person_chosen)
        self.tax_case.currentIndexChanged.connect(lambda _i: self._update_totals())
        for field in (self.net_days, self.skonto_percent, self.skonto_days):
            field.textChanged.connect(lambda _t: self._update_totals())
        self.lines_model.lines_changed.connect(self._update_totals)
        self.lines_model.article_number_entered.connect(self._article_number_entered)
        delegate = self.lines_view.delegate
        delegate.article_picked.connect(self.pick_article)
        delegate.typing.connect(self._typing)
        self.add_article_button.clicked.connect(self.add_article_line)
        self.add_item_button.clicked.connect(lambda: self.add_line(LineInput()))
        self.add_text_button.clicked.connect(lambda: self.add_line(LineInput(kind="text")))
        self.add_subtotal_button.clicked.connect(lambda: self.add_line(LineInput(kind="subtotal")))
        self.description_button.clicked.connect(self.edit_description)
        self.remove_button.clicked.connect(self.lines_view.remove_selected)
        self.up_button.clicked.connect(lambda: self.lines_view.move_current(-1))
        self.down_button.clicked.connect(lambda: self.lines_view.move_current(1))
        description = QAction(self)
        description.setShortcut(QKeySequence("Ctrl+D"))
        description.triggered.connect(self.edit_description)
        self.addAction(description)
        self.close_button.clicked.connect(self.reject)
        self._signals.sales_changed.connect(self._sales_changed)

    # -- public ---------------------------------------------------------------------------------

    @property
    def document_id(self) -> int | None:
        """The stored document (None until a new one is saved)."""
        return self._document_id

    @property
    def kind(self) -> str:
        return self._kind

    @property
    def number(self) -> str:
        """The number a finalised document got ("" for a draft)."""
        return self._number

    @property
    def chosen_customer_id(self) -> int | None:
        """The customer the document is for (None until one is picked). Not named
        ``customer_id``: the main window finds the customer's details window by that name."""
        return self._customer_id

    def is_final(self) -> bool:
        return self._final

    def message_text(self) -> str:
        """The messages shown under the head (refused fields, what is missing, results)."""
        return self.messages.text() if not self.messages.isHidden() else ""

    def totals_lines(self) -> list[str]:
        """The totals as shown below the table, one string per row."""
        return list(self._totals_rows)

    def is_modified(self) -> bool:
        return not self._final and self._state() != self._baseline

    def _sales_changed(self) -> None:
        """A finalised document's status may change from elsewhere (a quote billed by its
        invoice, an invoice cancelled in another window): shown again. A draft being typed in
        is left alone."""
        if self._final and self._document_id is not None and not self._telling:
            try:
                self._load()
            except NotFound:
                self.banner.setText(self.tr("This document is no longer in the company file."))

    # -- loading --------------------------------------------------------------------------------

    def _load(self, *, customer_id: int | None = None) -> None:
        log: list[tuple[str, str, str, str]] = []
        persons: list[tuple[int, str]] = []
        customer_label = ""
        with self._database.sessions() as session:
            if self._document_id is not None:
                document = sales.get_document(session, self._document_id)
                data = sales.document_input(document)
                self._number = document.number or ""
                self._status = document.status
                self._payment_text = payment_text(document)
                self._final = document.is_final
                self._source_number = ""
                if document.source_id is not None:
                    source = sales.get_document(session, document.source_id)
                    self._source_number = source.number or ""
                labels = sales.status_labels()
                log = [
                    (
                        format_datetime_de(entry.at),
                        entry.author,
                        labels.get(entry.status, entry.status),
                        entry.text,
                    )
                    for entry in sales.status_log(session, self._document_id)
                ]
            elif customer_id is not None:
                data = sales.new_document(session, kind=self._kind, customer_id=customer_id)
            else:
                data = self._empty(session)
            if data.customer_id:
                customer_label, persons = self._customer_facts(session, data.customer_id)
        self._loading = True
        try:
            self._show(data, customer_label, persons)
            self.status_log.clear()
            for entry in log:
                self.status_log.addTopLevelItem(QTreeWidgetItem(list(entry)))
        finally:
            self._loading = False
        self._baseline = self._state()
        self._apply_mode()
        self._update_totals()
        self._update_title()

    def _empty(self, session: Session) -> DocumentInput:
        """A new document without a customer yet."""
        today = date.today()
        header, footer = sales.default_texts(session, self._kind)
        small = settings.company(session).kleinunternehmer
        return DocumentInput(
            kind=self._kind,
            customer_id=0,
            document_date=today,
            valid_until=(
                today + timedelta(days=sales.QUOTE_VALID_DAYS)
                if self._kind == SalesKind.QUOTE
                else None
            ),
            net_days=14,
            header_text=header,
            footer_text=footer,
            tax_case=TaxCase.SMALL_BUSINESS if small else TaxCase.STANDARD,
        )

    def _customer_facts(
        self, session: Session, customer_id: int
    ) -> tuple[str, list[tuple[int, str]]]:
        customer = session.get(Customer, customer_id)
        if customer is None:
            return "", []
        persons = [
            (person.id, f"{person.first_name} {person.last_name}".strip())
            for person in customer.contact_persons
        ]
        return f"{customer.number} – {customer.display_name}", persons

    def _show(
        self, data: DocumentInput, customer_label: str, persons: list[tuple[int, str]]
    ) -> None:
        self._customer_id = data.customer_id or None
        self._warm_up_einvoice()
        self._customer_vat_id = data.customer_vat_id
        self._customer_label = customer_label
        self.customer.setText(customer_label)
        self._fill_persons(persons, data.contact_person_id)
        self.address.setPlainText(data.address)
        self._auto_address = data.address
        self.subject.setText(data.subject)
        self.reference.setText(data.reference)
        self.document_date.setText(format_date_de(data.document_date))
        self.service_date.setText(format_date_de(data.service_date))
        self.service_end.setText(format_date_de(data.service_end))
        self.valid_until.setText(format_date_de(data.valid_until))
        self.net_days.setText("" if data.net_days is None else str(data.net_days))
        self.skonto_percent.setText(
            format_decimal_de(data.skonto_percent.normalize()) if data.skonto_percent else ""
        )
        self.skonto_days.setText("" if data.skonto_days is None else str(data.skonto_days))
        index = self.tax_case.findData(str(data.tax_case))
        self.tax_case.setCurrentIndex(max(index, 0))
        self.header_text.setPlainText(data.header_text)
        self.footer_text.setPlainText(data.footer_text)
        self.lines_model.set_lines(data.lines)

    def _fill_persons(self, persons: list[tuple[int, str]], selected: int | None) -> None:
        fill_contact_persons(self.contact_person, persons, selected, none=self.tr("(none)"))

    def _state(self) -> tuple[object, ...]:
        return (
            self._customer_id,
            self.contact_person.currentData(),
            self.address.toPlainText(),
            self.subject.text(),
            self.reference.text(),
            self.document_date.text(),
            self.service_date.text(),
            self.service_end.text(),
            self.valid_until.text(),
            self.net_days.text(),
            self.skonto_percent.text(),
            self.skonto_days.text(),
            self.tax_case.currentData(),
            self.header_text.toPlainText(),
            self.footer_text.toPlainText(),
            self.lines_model.state(),
        )

    # -- the mode: draft or finalised -----------------------------------------------------------

    def _head_widgets(self) -> list[QWidget]:
        return [
            self.customer,
            self.contact_person,
            self.address,
            self.subject,
            self.reference,
            self.document_date,
            self.service_date,
            self.service_end,
            self.valid_until,
            self.net_days,
            self.skonto_percent,
            self.skonto_days,
            self.tax_case,
            self.header_text,
            self.footer_text,
        ]

    def _apply_mode(self) -> None:
        final = self._final
        kind = SalesKind(self._kind)
        for widget in self._head_widgets():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(final)
            else:
                widget.setEnabled(not final)
        self.lines_model.set_read_only(final)
        for button in self.line_buttons:
            button.setEnabled(not final)
        quote = kind == SalesKind.QUOTE
        right = self.ui.right
        right.setRowVisible(self.valid_label, quote)
        # A delivery note has quantities only: no payment terms, no tax.
        priced = kind != SalesKind.DELIVERY_NOTE
        right.setRowVisible(self.terms_label, priced)
        right.setRowVisible(self.tax_label, priced)
        self.totals.setVisible(priced)
        saved = self._document_id is not None
        self.save_action.setEnabled(not final)
        self.finalise_action.setEnabled(not final)
        self.mail_action.setEnabled(final)
        self.delete_action.setEnabled(saved and not final)
        self.carry_on_action.setEnabled(final and bool(sales.NEXT_KINDS[kind]))
        self.carry_on_action.setVisible(bool(sales.NEXT_KINDS[kind]))
        self.copy_action.setEnabled(saved and kind != SalesKind.CANCELLATION)
        self.copy_action.setVisible(kind != SalesKind.CANCELLATION)
        self.cancel_action.setVisible(kind == SalesKind.INVOICE)
        self.einvoice_action.setVisible(kind in sales.BILLING_KINDS)
        self.einvoice_action.setEnabled(final and kind in sales.BILLING_KINDS)
        self.cancel_action.setEnabled(
            final and kind == SalesKind.INVOICE and self._status != SalesStatus.CANCELLED
        )
        self.payment_action.setVisible(kind == SalesKind.INVOICE)
        self.payment_action.setEnabled(
            final and kind == SalesKind.INVOICE and self._status != SalesStatus.CANCELLED
        )
        self.status_action.setVisible(quote)
        self.status_action.setEnabled(
            quote and final and self._status in ("open", "accepted", "rejected")
        )
        self.accepted_action.setEnabled(self._status != SalesStatus.ACCEPTED)
        self.rejected_action.setEnabled(self._status != SalesStatus.REJECTED)
        self.open_again_action.setEnabled(self._status != SalesStatus.OPEN)
        if final:
            labels = sales.status_labels()
            text = self.tr(
                "{kind} {number} is finalised and can no longer be changed. Status: {status}"
            ).format(
                kind=sales.kind_labels()[self._kind],
                number=self._number,
                status=labels.get(self._status, self._status),
            )
            if self._source_number:
                text += " · " + self.tr("made from {number}").format(number=self._source_number)
            if self._payment_text:
                text += "\n" + self._payment_text
            self.banner.setText(text)
            self.banner.show()
        else:
            self.banner.hide()

    def _update_title(self) -> None:
        kind = sales.kind_labels()[self._kind]
        name = self._customer_label
        if self._final:
            title = f"{kind} {self._number}"
        elif self._document_id is None:
            title = self.tr("New {kind}").format(kind=kind)
        else:
            title = self.tr("{kind} (draft)").format(kind=kind)
        self.setWindowTitle(f"{title} – {name}" if name else title)

    # -- the customer ---------------------------------------------------------------------------

    def _offer_customers(self) -> None:
        self.customer_picker.offer()

    def customer_offer_texts(self) -> list[str]:
        """What the customer field offers for the text typed (for tests and screen readers)."""
        return self.customer_picker.offer_texts()

    def choose_customer(self, customer_id: int) -> None:
        """Take a customer: address, contact person, payment terms and tax case from it;
        lines, texts and dates typed so far stay."""
        with self._database.sessions() as session:
            fresh = sales.new_document(session, kind=self._kind, customer_id=customer_id)
            label, persons = self._customer_facts(session, customer_id)
        self._loading = True
        try:
            self._customer_id = customer_id
            self._customer_vat_id = fresh.customer_vat_id
            self._customer_label = label
            self.customer.setText(label)
            self._fill_persons(persons, fresh.contact_person_id)
            self.address.setPlainText(fresh.address)
            self._auto_address = fresh.address
            self.net_days.setText("" if fresh.net_days is None else str(fresh.net_days))
            self.skonto_percent.setText(
                format_decimal_de(fresh.skonto_percent.normalize()) if fresh.skonto_percent else ""
            )
            self.skonto_days.setText("" if fresh.skonto_days is None else str(fresh.skonto_days))
            self.tax_case.setCurrentIndex(max(self.tax_case.findData(str(fresh.tax_case)), 0))
        finally:
            self._loading = False
        clear_marks([self.customer])
        self._update_title()
        self._update_totals()
        self._warm_up_einvoice()
        self.subject.setFocus()

    def _warm_up_einvoice(self) -> None:
        """A customer who gets an e-invoice: its rules compiled while the invoice is typed."""
        if self._customer_id is not None and self._kind in sales.BILLING_KINDS:
            with self._database.sessions() as session:
                einvoice_send.warm_up_in_background(session, self._customer_id)

    def _contact_person_chosen(self, _index: int) -> None:
        """The address follows the contact person, unless it was typed over."""
        if self._loading or self._customer_id is None:
            return
        if self.address.toPlainText() != self._auto_address:
            return
        person_id = self.contact_person.currentData()
        with self._database.sessions() as session:
            customer = session.get(Customer, self._customer_id)
            person = session.get(ContactPerson, person_id) if isinstance(person_id, int) else None
            if customer is None:
                return
            address = "\n".join(sales.address_lines(customer, person))
        self.address.setPlainText(address)
        self._auto_address = address

    # -- lines ----------------------------------------------------------------------------------

    def _find_articles(self, text: str) -> list[ArticleRow]:
        with self._database.sessions() as session:
            return articles.find_articles(session, text, limit=15)

    def pick_article(self, row: int, article_id: int) -> None:
        """Fill line ``row`` from an article (the customer's discount applied); a quantity
        typed before stays."""
        if not 0 <= row < self.lines_model.rowCount():
            return
        before = self.lines_model.line(row)
        with self._database.sessions() as session:
            line = sales.line_from_article(session, article_id, customer_id=self._customer_id or 0)
        if before.kind == "item" and before.quantity != Decimal(1):
            line.quantity = before.quantity
        line.optional = before.optional
        self.lines_model.replace_line(row, line)

    def _article_number_entered(self, row: int, text: str) -> None:
        with self._database.sessions() as session:
            article = articles.article_by_number(session, text)
            article_id = article.id if article is not None else None
        if article_id is not None:
            self.pick_article(row, article_id)

    def add_line(self, line: LineInput) -> int:
        """A new line after the current one (at the end without one), ready to type in."""
        view = self.lines_view
        current = view.currentIndex()
        row = current.row() + 1 if current.isValid() else self.lines_model.rowCount()
        view.setCurrentIndex(QModelIndex())
        row = self.lines_model.insert_line(row, line)
        keys = self.lines_model.editable_keys(row)
        view.setFocus()
        if keys:
            view.edit_cell(row, NAME if line.kind == "text" else keys[0])
        else:
            view.selectRow(row)
        return row

    def add_article_line(self) -> int:
        """A new line with its Art.-Nr. open: typing offers the articles."""
        return self.add_line(LineInput())

    def ask_description(self, text: str) -> str | None:
        """The description of a line, in a small editor (tests answer in place of the user)."""
        typed, ok = QInputDialog.getMultiLineText(
            self, self.tr("Description"), self.tr("Text below the line's name:"), text
        )
        return typed if ok else None

    def edit_description(self) -> None:
        current = self.lines_view.currentIndex()
        if self._final or not current.isValid():
            return
        line = self.lines_model.line(current.row())
        if line.kind == "subtotal":
            return
        typed = self.ask_description(line.description)
        if typed is not None:
            self.lines_model.set_description(current.row(), typed.strip())

    # -- totals ---------------------------------------------------------------------------------

    def _typing(self, row: int, key: str, text: str) -> None:
        self._update_totals(self.lines_model.preview_lines(row, key, text))

    def _update_totals(self, lines: list[LineInput] | None = None) -> None:
        rows: list[tuple[str, str]] = []
        if self._kind != SalesKind.DELIVERY_NOTE:
            lines = self.lines_model.lines() if lines is None else lines
            case = str(self.tax_case.currentData() or TaxCase.STANDARD)
            result = sales.document_totals(lines, kind=self._kind, tax_case=case)
            rows.append((self.tr("Net"), money_text(result.net)))
            for tax in result.breakdown:
                if tax.rate:
                    label = self.tr("plus {rate} % VAT on {base}").format(
                        rate=format_decimal_de(tax.rate.normalize()), base=money_text(tax.base)
                    )
                else:
                    label = self.tr("without VAT on {base}").format(base=money_text(tax.base))
                rows.append((label, money_text(tax.tax)))
            rows.append((self.tr("Total gross"), money_text(result.gross)))
            percent = self._skonto_percent()
            if percent:
                days = self.skonto_days.text().strip()
                rows.append(
                    (
                        self.tr("Cash discount {percent} % within {days} days").format(
                            percent=format_decimal_de(percent.normalize()), days=days or "?"
                        ),
                        money_text(skonto_amount(result.gross, percent)),
                    )
                )
        self._totals_rows = [f"{label}: {value}" for label, value in rows]
        gross = self.tr("Total gross")
        cells = "".join(
            f"<tr><td align='right'>{_html(label, bold=label == gross)}:</td>"
            f"<td align='right' style='padding-left:16px'>{_html(value, bold=label == gross)}"
            "</td></tr>"
            for label, value in rows
        )
        self.totals.setText(f"<table>{cells}</table>")

    def _skonto_percent(self) -> Decimal | None:
        try:
            return parse_decimal_de(self.skonto_percent.text(), field="")
        except ValidationError:
            return None

    # -- reading what is typed ------------------------------------------------------------------

    def _collect(self) -> tuple[DocumentInput | None, list[_Refusal], list[int]]:
        """The document as typed, what was refused, and the model row of each saved line."""
        names = sales.labels()
        refused: list[_Refusal] = []

        def day(widget: QLineEdit, name: str) -> date | None:
            try:
                return parse_date_de(widget.text(), field=names[name])
            except ValidationError as error:
                refused.append(_Refusal(widget, str(error)))
                return None

        def days(widget: QLineEdit, name: str) -> int | None:
            text = widget.text().strip()
            if not text:
                return None
            if not text.isdigit():
                refused.append(
                    _Refusal(
                        widget,
                        f"{names[name]}: "
                        + self.tr("“{value}” is not a whole number of days.").format(value=text),
                    )
                )
                return None
            return int(text)

        if self._customer_id is None or self.customer.text().strip() != self._customer_label:
            # Typed but not picked: the search text is no customer (and stays to pick from).
            refused.append(
                _Refusal(
                    self.customer, f"{names['customer']}: " + self.tr("Please choose a customer.")
                )
            )
        document_date = day(self.document_date, "document_date")
        if document_date is None and not self.document_date.text().strip():
            refused.append(
                _Refusal(
                    self.document_date,
                    f"{names['document_date']}: " + self.tr("Please enter the date."),
                )
            )
        service_date = day(self.service_date, "service_date")
        service_end = day(self.service_end, "service_end")
        valid_until = day(self.valid_until, "valid_until")
        net_days = days(self.net_days, "net_days")
        skonto_days = days(self.skonto_days, "skonto_days")
        skonto_percent: Decimal | None = None
        try:
            skonto_percent = parse_decimal_de(
                self.skonto_percent.text(), field=names["skonto_percent"]
            )
        except ValidationError as error:
            refused.append(_Refusal(self.skonto_percent, str(error)))
        headers = self.lines_model.headers()
        for row, key, _text, reason in self.lines_model.refused_cells():
            refused.append(
                _Refusal(
                    None,
                    self.tr("Line {number}, {field}: {reason}").format(
                        number=row + 1, field=headers[key], reason=reason
                    ),
                )
            )
        lines = self.lines_model.lines()
        kept = [row for row, line in enumerate(lines) if not is_blank(line)]
        if refused or document_date is None or self._customer_id is None:
            return None, refused, kept
        data = DocumentInput(
            kind=self._kind,
            customer_id=self._customer_id,
            document_date=document_date,
            contact_person_id=(
                self.contact_person.currentData()
                if isinstance(self.contact_person.currentData(), int)
                else None
            ),
            address="\n".join(self.address.toPlainText().strip().splitlines()),
            customer_vat_id=self._customer_vat_id,
            subject=self.subject.text(),
            header_text=self.header_text.toPlainText(),
            footer_text=self.footer_text.toPlainText(),
            service_date=service_date,
            service_end=service_end,
            valid_until=valid_until if self._kind == SalesKind.QUOTE else None,
            reference=self.reference.text(),
            net_days=net_days,
            skonto_percent=skonto_percent,
            skonto_days=skonto_days,
            tax_case=str(self.tax_case.currentData() or TaxCase.STANDARD),
            lines=[lines[row] for row in kept],
        )
        if len(data.address.splitlines()) > MAX_ADDRESS_LINES:
            refused.append(
                _Refusal(
                    self.address,
                    f"{names['address']}: "
                    + self.tr("At most 6 lines fit into the window of the envelope."),
                )
            )
            return None, refused, kept
        return data, refused, kept

    def _widget_for(self, field: str) -> QWidget | None:
        names = sales.labels()
        widgets: dict[str, QWidget] = {
            names["customer"]: self.customer,
            names["address"]: self.address,
            names["subject"]: self.subject,
            names["document_date"]: self.document_date,
            names["service_date"]: self.service_date,
            names["service_end"]: self.service_end,
            names["valid_until"]: self.valid_until,
            names["reference"]: self.reference,
            names["net_days"]: self.net_days,
            names["skonto_percent"]: self.skonto_percent,
            names["skonto_days"]: self.skonto_days,
            names["tax_case"]: self.tax_case,
        }
        return widgets.get(field)

    def _line_cell(self, field: str, kept: list[int]) -> tuple[int, str] | None:
        """The model row and column key a service error "Line 3, Quantity" names."""
        names = sales.labels()
        for number, row in enumerate(kept, start=1):
            for name in LINE_FIELDS:
                if field == core_tr("Line {number}, {field}", number=number, field=names[name]):
                    return row, name
        return None

    # -- saving ---------------------------------------------------------------------------------

    def _clear_messages(self) -> None:
        clear_marks(self._head_widgets())
        self.lines_model.clear_marks()
        self.messages.clear()
        self.messages.hide()

    def _show_messages(self, lines: list[str], *, error: bool = True) -> None:
        self.messages.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
        self.messages.setText("\n".join(lines))
        self.messages.setVisible(bool(lines))

    def _show_refused(self, refused: list[_Refusal]) -> None:
        first: QWidget | None = None
        for refusal in refused:
            if refusal.widget is not None:
                mark_invalid(refusal.widget, refusal.message.split(": ", 1)[-1])
                first = first or refusal.widget
        if first is not None:
            first.setFocus()
        elif refused:
            self.tabs.setCurrentIndex(0)
        self._show_messages([refusal.message for refusal in refused])

    def save(self) -> bool:
        """Store the draft (Ctrl+S); refused fields and lines are marked, nothing typed is lost."""
        if self._final:
            return True
        self.commit_cell()
        self._clear_messages()
        data, refused, kept = self._collect()
        if data is None:
            self._show_refused(refused)
            return False
        try:
            with self._database.sessions.begin() as session:
                document_id = sales.save_draft(session, self._document_id, data).id
        except InvalidInput as invalid:
            marks: list[_Refusal] = []
            for error in invalid.errors:
                cell = self._line_cell(error.field, kept)
                if cell is not None:
                    self.lines_model.mark(cell[0], cell[1], error.message)
                    self.tabs.setCurrentIndex(0)
                marks.append(_Refusal(self._widget_for(error.field), str(error)))
            self._show_refused(marks)
            return False
        except (Refused, NotFound) as refusal:
            self._show_messages([str(refusal)])
            return False
        self._document_id = document_id
        self._load()
        self._tell()
        return True

    def commit_cell(self) -> None:
        """What is typed in a cell's open editor goes into the line (Ctrl+S while typing)."""
        view = self.lines_view
        if view.state() == view.State.EditingState:
            editor = view.indexWidget(view.currentIndex())
            if editor is not None:
                view.commitData(editor)

    def _saved_id(self) -> int | None:
        """The stored document with everything typed (a draft is saved first); None if refused."""
        if (
            not self._final
            and (self._document_id is None or self.is_modified())
            and not self.save()
        ):
            return None
        return self._document_id

    # -- finalising and what follows ------------------------------------------------------------

    def finalise(self) -> bool:
        """Abschließen: save, then give the number, freeze it and file its PDF."""
        if self._final:
            return False
        kind = sales.kind_labels()[self._kind]
        question = self.tr(
            "After finalising, the {kind} can no longer be changed; it gets its number and its "
            "PDF is filed in the customer's documents. Finalise now?"
        ).format(kind=kind)
        if not self.ask_yes_no(question):
            return False
        document_id = self._saved_id()
        if document_id is None:
            return False
        try:
            with self._database.sessions.begin() as session:
                number = sales.finalise(session, document_id).number or ""
        except Refused as refusal:
            self._show_messages(
                [self.tr("The document cannot be finalised yet:"), *str(refusal).splitlines()]
            )
            return False
        except NotFound as gone:
            self._show_messages([str(gone)])
            return False
        self._load()
        self._show_messages(
            [self.tr("Finalised as {kind} {number}.").format(kind=kind, number=number)],
            error=False,
        )
        self._told()
        return True

    def book_payment(self) -> QDialog | None:
        """Zahlung buchen…: the payment window of this invoice (modal); this window then shows
        the new payment state (the payments tell ``sales_changed``)."""
        from meinbuero.gui.dialogs.payment_dialog import open_payment_dialog

        if self._document_id is None or not self._final:
            return None
        return open_payment_dialog(
            parent=self,
            database=self._database,
            signals=self._signals,
            document_id=self._document_id,
            run=self.run_dialog,
            inform=lambda text: self._show_messages([text]),
            settings=self._settings,
        )

    def run_dialog(self, dialog: QDialog) -> bool:
        """Run a modal dialog (tests work it instead of the user)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _told(self) -> None:
        self._tell()
        if self._customer_id is not None:
            self._signals.customer_changed.emit(self._customer_id)

    def _tell(self) -> None:
        """``sales_changed`` for the other windows (this one shows what it did already)."""
        self._telling = True
        try:
            self._signals.sales_changed.emit()
        finally:
            self._telling = False

    def _open(self, document_id: int) -> QWidget | None:
        self.document_created.emit(document_id)
        if self._open_document is not None:
            return self._open_document(document_id)
        with self._database.sessions() as session:
            kind = sales.get_document(session, document_id).kind
        window = SalesDocumentDialog(
            database=self._database,
            signals=self._signals,
            settings=self._settings,
            kind=kind,
            document_id=document_id,
            parent=self.parentWidget(),
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.opened.append(window)
        window.show()
        return window

    def carry_on(self, to_kind: str) -> QWidget | None:
        """Weiterführen: a new draft of ``to_kind`` with this document's lines, in its window."""
        if self._document_id is None:
            return None
        try:
            with self._database.sessions.begin() as session:
                new_id = sales.convert(session, self._document_id, to_kind)
        except (Refused, NotFound) as refusal:
            self._show_messages([str(refusal)])
            return None
        self._tell()
        return self._open(new_id)

    def copy(self) -> QWidget | None:
        """Kopieren: the document as a new draft of the same kind, in its window."""
        document_id = self._saved_id()
        if document_id is None:
            return None
        try:
            with self._database.sessions.begin() as session:
                new_id = sales.copy_document(session, document_id)
        except (Refused, NotFound) as refusal:
            self._show_messages([str(refusal)])
            return None
        self._tell()
        return self._open(new_id)

    def cancel_invoice(self) -> str:
        """Stornieren: a finalised cancellation invoice reverses this one; its number."""
        if self._document_id is None or not self._final or self._kind != SalesKind.INVOICE:
            return ""
        question = self.tr(
            "Cancel invoice {number}? A cancellation invoice that reverses it is made and "
            "finalised at once."
        ).format(number=self._number)
        if not self.ask_yes_no(question):
            return ""
        try:
            with self._database.sessions.begin() as session:
                cancellation = sales.cancel(session, self._document_id)
                number, cancellation_id = cancellation.number or "", cancellation.id
        except (Refused, NotFound) as refusal:
            self._show_messages(str(refusal).splitlines())
            return ""
        self._load()
        self._show_messages(
            [self.tr("Cancelled by cancellation invoice {number}.").format(number=number)],
            error=False,
        )
        self._told()
        self.document_created.emit(cancellation_id)
        return number

    def set_status(self, status: str) -> bool:
        """A finalised quote accepted, rejected or open again (logged)."""
        if self._document_id is None:
            return False
        try:
            with self._database.sessions.begin() as session:
                sales.set_status(session, self._document_id, status)
        except (Refused, NotFound) as refusal:
            self._show_messages([str(refusal)])
            return False
        self._load()
        self._told()
        return True

    def delete_draft(self) -> bool:
        """Löschen: a saved draft is deleted (after asking) and the window closes."""
        if self._document_id is None or self._final:
            return False
        if not self.ask_yes_no(self.tr("Delete this draft? This cannot be undone.")):
            return False
        document_id = self._document_id
        try:
            with self._database.sessions.begin() as session:
                sales.delete_draft(session, document_id)
        except (Refused, NotFound) as refusal:
            self._show_messages([str(refusal)])
            return False
        self._tell()
        self._baseline = self._state()
        self._document_id = None
        super().reject()
        return True

    # -- the PDF --------------------------------------------------------------------------------

    def pdf(self) -> bytes | None:
        """The document's PDF: the filed one when finalised, else a preview of what is typed
        (saved first)."""
        document_id = self._saved_id()
        if document_id is None:
            return None
        try:
            with self._database.sessions() as session:
                return sales.pdf_bytes(session, document_id)
        except (Refused, NotFound, OSError) as problem:
            self._show_messages([str(problem)])
            return None

    def _pdf_name(self) -> str:
        kind = sales.kind_labels()[self._kind]
        if self._number:
            return f"{kind} {self._number}.pdf"
        return f"{kind} {self.tr('draft')} {self._document_id}.pdf"

    def _pdf_file(self) -> Path | None:
        content = self.pdf()
        if content is None:
            return None
        if self._temp_dir is None:
            self._temp_dir = Path(tempfile.mkdtemp(prefix="meinbuero-belege-"))
        path = self._temp_dir / self._pdf_name().replace("/", "-")
        path.write_bytes(content)
        return path

    def preview(self) -> Path | None:
        """Vorschau: the PDF in the PC's PDF program."""
        path = self._pdf_file()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def print_document(self) -> Path | None:
        """Drucken (Ctrl+P): the same PDF, handed to the system to print."""
        path = self._pdf_file()
        if path is not None:
            self.print_file(path)
        return path

    def print_file(self, path: Path) -> None:
        if sys.platform == "win32":
            try:
                os.startfile(str(path), "print")
                return
            except OSError:
                pass
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def ask_pdf_path(self, name: str) -> Path | None:
        """Where to save the PDF (tests answer in place of the user)."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save PDF as"),
            str(start_folder(self._settings, "pdf") / name),
            self.tr("PDF files (*.pdf)"),
        )
        if chosen:
            remember_folder(self._settings, "pdf", Path(chosen))
        return Path(chosen) if chosen else None

    def save_pdf_as(self) -> Path | None:
        """PDF speichern unter…"""
        content = self.pdf()
        if content is None:
            return None
        return self._write(
            content,
            self.ask_pdf_path(self._pdf_name()),
            self.tr("The PDF could not be saved: {problem}"),
        )

    def _write(self, content: bytes, target: Path | None, failure: str) -> Path | None:
        """``content`` written to ``target`` (None: not chosen), or ``failure`` shown."""
        if target is None:
            return None
        try:
            target.write_bytes(content)
        except OSError as problem:
            self._show_messages([failure.format(problem=problem)])
            return None
        return target

    def ask_einvoice_path(self, name: str) -> Path | None:
        """Where to save the e-invoice (tests answer in place of the user)."""
        pdf = name.endswith(".pdf")
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save e-invoice as"),
            str(Path.home() / name),
            self.tr("PDF files (*.pdf)") if pdf else self.tr("XML files (*.xml)"),
        )
        return Path(chosen) if chosen else None

    def save_einvoice_as(self, wanted: str) -> Path | None:
        """E-Rechnung speichern unter…: ZUGFeRD (PDF/A-3) or XRechnung (XML), validated."""
        if self._document_id is None:
            return None
        try:
            with self._database.sessions() as session:
                content, name = einvoice_send.einvoice_bytes(session, self._document_id, wanted)
        except (Refused, NotFound, OSError) as problem:
            self._show_messages([str(problem)])
            return None
        return self._write(
            content,
            self.ask_einvoice_path(name),
            self.tr("The e-invoice could not be saved: {problem}"),
        )

    # -- closing --------------------------------------------------------------------------------

    def send_by_mail(self) -> QWidget | None:
        """Per E-Mail senden: the e-mail window with the filed PDF and the kind's text."""
        from meinbuero.gui.dialogs.mail_dialog import open_mail_window

        if not self._final or self._document_id is None or self._customer_id is None:
            return None
        return open_mail_window(
            database=self._database,
            signals=self._signals,
            parent=self,
            customer_id=self._customer_id,
            sales_document_id=self._document_id,
            settings=self._settings,
        )

    def before_closing(self) -> None:
        self.commit_cell()


def payment_text(document: SalesDocument) -> str:
    """What the banner of a finalised invoice says of its payments ("" for other kinds)."""
    if document.kind != SalesKind.INVOICE or not document.is_final:
        return ""
    state = payments.state(document, date.today())
    label = payments.state_labels()[state]
    if state in (payments.PaymentState.PAID, payments.PaymentState.CANCELLED):
        return QCoreApplication.translate("SalesDocumentDialog", "Payment: {state}").format(
            state=label
        )
    return QCoreApplication.translate(
        "SalesDocumentDialog", "Payment: {state} · paid {paid} · open {open}"
    ).format(
        state=label,
        paid=f"{format_decimal_de(document.paid_total, places=2)} €",
        open=f"{format_decimal_de(payments.open_of(document), places=2)} €",
    )


def _html(text: str, *, bold: bool = False) -> str:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"<b>{escaped}</b>" if bold else escaped
