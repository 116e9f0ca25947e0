"""The e-invoice window: dropped on the Dokumente tab, opened from Datei, filed with a supplier."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from meinbuero.gui.dialogs.customer_dialog import CustomerDialog
from meinbuero.gui.dialogs.einvoice_view_dialog import EInvoiceViewDialog
from meinbuero.gui.main_window import MainWindow
from meinbuero.gui.signals import DataSignals
from meinbuero.services import customers, documents
from meinbuero.services.customers import CustomerInput
from meinbuero.services.einvoice.read import read_einvoice_file
from meinbuero.store.database import Database
from meinbuero.store.models import Customer
from tests.gui.conftest import UrlCatcher
from tests.gui.test_documents_tab import drop

DATA = Path(__file__).resolve().parents[1] / "data" / "einvoice"


@pytest.fixture(autouse=True)
def discard_when_closed_at_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        CustomerDialog, "ask_save_changes", lambda dialog: QMessageBox.StandardButton.No
    )


@pytest.fixture
def opened(catch_urls: Callable[..., UrlCatcher]) -> UrlCatcher:
    return catch_urls("file")


@pytest.fixture
def supplier(database: Database) -> int:
    with database.sessions.begin() as session:
        return customers.save_customer(
            session, CustomerInput(company_name="Elektro Sonnenschein GmbH", groups=["Lieferant"])
        ).id


@pytest.fixture
def details(open_details: Callable[[int | None], CustomerDialog], supplier: int) -> CustomerDialog:
    dialog = open_details(supplier)
    dialog.ui.tabs.setCurrentWidget(dialog.documents_tab)
    return dialog


def shown_text(dialog: EInvoiceViewDialog) -> str:
    return dialog.ui.view.toPlainText().replace("\u00a0", " ")


def test_a_dropped_xrechnung_is_filed_with_its_view_and_shown(
    qtbot: QtBot, details: CustomerDialog, database: Database, opened: UrlCatcher
) -> None:
    tab = details.documents_tab
    added = drop(qtbot, tab, [DATA / "xrechnung-ubl-invoice.xml"])

    assert len(added) == 2  # the XML and its PDF view
    with database.sessions() as session:
        kinds = {documents.version(session, i).extension: i for i in added}
        titles = sorted(documents.get_document(session, i).title for i in added)
    assert sorted(kinds) == ["pdf", "xml"]
    assert titles == [
        "E-Rechnung ES-2026-0815 von Elektro Sonnenschein GmbH",
        "E-Rechnung ES-2026-0815 von Elektro Sonnenschein GmbH (Ansicht)",
    ]
    (view,) = tab.einvoice_views
    text = shown_text(view)
    assert "Rechnung ES-2026-0815" in text
    assert "Elektro Sonnenschein GmbH" in text and "Stadtverwaltung Musterstadt" in text
    assert "Gesamtbetrag" in text and "701,95 €" in text
    assert "Fällig am 31.12.2026." in text
    assert not view.ui.file_with_supplier.isVisible() and not view.ui.new_supplier.isVisible()
    assert "Abgelegt bei" in view.ui.supplier_label.text()
    view.close()

    tab.open_document(kinds["xml"])  # a double-click on the XML: the window, not the raw XML
    assert len(tab.einvoice_views) == 1
    assert "701,95 €" in shown_text(tab.einvoice_views[0])
    assert opened.urls == []
    tab.einvoice_views[0].close()


def test_a_dropped_zugferd_pdf_is_filed_as_it_came(
    qtbot: QtBot, details: CustomerDialog, database: Database
) -> None:
    tab = details.documents_tab
    (document_id,) = drop(qtbot, tab, [DATA / "zugferd-en16931.pdf"])

    with database.sessions() as session:
        stored = documents.stored_path(session, document_id).read_bytes()
    assert stored == (DATA / "zugferd-en16931.pdf").read_bytes()
    (view,) = tab.einvoice_views
    text = shown_text(view)
    assert "Büro Schmidt & Partner Steuerberatung" in text
    assert "716,25 €" in text and "Bereits gezahlt" in text
    view.close()


def test_save_as_pdf_writes_the_rendering(qtbot: QtBot, tmp_path: Path) -> None:
    invoice = read_einvoice_file(DATA / "xrechnung-cii.xml")
    dialog = EInvoiceViewDialog(invoice=invoice)
    qtbot.addWidget(dialog)
    assert not dialog.ui.supplier_frame.isVisibleTo(dialog)
    target = tmp_path / "Ansicht.pdf"
    suggested: list[str] = []

    def answer(name: str) -> Path | None:
        suggested.append(name)
        return target

    dialog.ask_pdf_path = answer  # type: ignore[method-assign, assignment]
    assert dialog.save_pdf() == target
    assert suggested[0].endswith(".pdf") and "2026-117" in suggested[0]
    with pdfplumber.open(io.BytesIO(target.read_bytes())) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages).replace("\u00a0", " ")
    assert "2026-117" in text and "816,25 €" in text
    assert "Gespeichert" in dialog.ui.status.text()


@pytest.fixture
def window(
    qtbot: QtBot, database: Database, signals: DataSignals, isolated_settings: QSettings
) -> MainWindow:
    window = MainWindow(database=database, signals=signals, settings=isolated_settings)
    qtbot.addWidget(window)
    return window


def test_datei_opens_an_einvoice_and_files_it_with_the_recognised_supplier(
    window: MainWindow, supplier: int, database: Database, signals: DataSignals, qtbot: QtBot
) -> None:
    action = window.open_einvoice_action
    assert action.text() == "E-Rechnung öffnen…"
    window.ask_einvoice_file = lambda: DATA / "xrechnung-ubl-invoice.xml"  # type: ignore[method-assign]
    action.trigger()
    (dialog,) = [d for d in window.open_dialogs if isinstance(d, EInvoiceViewDialog)]
    assert "erkannt am Namen" in dialog.ui.supplier_label.text()

    with qtbot.waitSignal(signals.customer_changed) as changed:
        dialog.ui.file_with_supplier.click()
    assert changed.args == [supplier]
    with database.sessions() as session:
        assert documents.document_counts(session, supplier)[0] == 2
    assert "Abgelegt bei" in dialog.ui.supplier_label.text()
    assert not dialog.ui.file_with_supplier.isVisibleTo(dialog)
    dialog.close()


def test_an_unknown_seller_becomes_a_new_supplier(
    window: MainWindow, database: Database, qtbot: QtBot
) -> None:
    window.ask_einvoice_file = lambda: DATA / "xrechnung-cii.xml"  # type: ignore[method-assign]
    dialog = window.open_einvoice()
    assert isinstance(dialog, EInvoiceViewDialog)
    assert not dialog.ui.file_with_supplier.isVisibleTo(dialog)
    assert "Kein Lieferant" in dialog.ui.supplier_label.text()

    with qtbot.waitSignal(dialog.filed) as filed:
        dialog.ui.new_supplier.click()
    (customer_id,) = filed.args
    with database.sessions() as session:
        customer = session.get(Customer, customer_id)
        assert customer is not None
        assert customer.company_name == "Büro Schmidt & Partner Steuerberatung"
        assert [g.name for g in customer.groups] == ["Lieferant"]
        assert documents.document_counts(session, customer_id)[0] == 2
    dialog.close()


def test_a_foreign_file_is_told_in_one_sentence(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *args: told.append(text)
    )
    window.ask_einvoice_file = lambda: DATA / "facturx__order-x-basic.xml"  # type: ignore[method-assign]
    assert window.open_einvoice() is None
    assert told == [
        "„facturx__order-x-basic.xml“ ist eine XML-Datei, aber keine E-Rechnung"
        " (weder CII- noch UBL-Rechnung)."
    ]
