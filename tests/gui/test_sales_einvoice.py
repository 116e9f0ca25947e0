"""The e-invoice in the windows: "Save e-invoice as…" of a finalised invoice, the findings shown
when it fails the rules, and the Konditionen tab's way of sending with the Leitweg-ID."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from meinbuero.gui.dialogs.sales_document_dialog import SalesDocumentDialog
from meinbuero.gui.dialogs.settings_dialog import SettingsDialog
from meinbuero.gui.widgets.conditions_tab import ConditionsTab
from meinbuero.services.conditions import ConditionsInput
from meinbuero.services.einvoice import send
from meinbuero.services.einvoice.validate import validate_bytes, xml_of_pdf
from meinbuero.services.sales import LineInput
from meinbuero.store.database import Database
from tests.gui.test_sales_document_dialog import (  # noqa: F401 (fixtures)
    Opener,
    complete_company,
    customer_id,
    open_window,
)
from tests.gui.test_settings_sales_texts import dialog as sales_settings_dialog  # noqa: F401
from tests.gui.test_settings_sales_texts import page_of


@pytest.fixture
def finalised_window(
    open_window: Opener,  # noqa: F811
    customer_id: int,  # noqa: F811
    database: Database,
) -> SalesDocumentDialog:
    """The window of a finalised invoice of one position (a company with a tax number)."""
    complete_company(database)
    window = open_window(customer_id=customer_id)
    assert window.einvoice_action.isVisible() and not window.einvoice_action.isEnabled()
    window.service_date.setText("30.11.2026")
    window.lines_model.set_lines([LineInput(name="Posten", unit_price=Decimal(10))])
    assert window.finalise()
    return window


def test_a_finalised_invoice_is_saved_as_zugferd(
    finalised_window: SalesDocumentDialog, tmp_path: Path
) -> None:
    window = finalised_window
    assert window.einvoice_action.isEnabled()
    asked: list[str] = []

    def answer(name: str) -> Path:
        asked.append(name)
        return tmp_path / name

    window.ask_einvoice_path = answer  # type: ignore[method-assign]
    target = window.save_einvoice_as("zugferd")
    assert target is not None and asked == [f"{window.number}.pdf"]
    content = target.read_bytes()
    assert xml_of_pdf(content) is not None and validate_bytes(content).valid


def test_an_xrechnung_failing_the_rules_shows_the_rules(
    finalised_window: SalesDocumentDialog, tmp_path: Path
) -> None:
    window = finalised_window
    out = tmp_path / "out"
    window.ask_einvoice_path = lambda name: out / name  # type: ignore[method-assign]
    # No Leitweg-ID, no e-mail of the customer: the buyer's electronic address is missing.
    assert window.save_einvoice_as("xrechnung_cii") is None
    assert window.messages.isVisible()
    assert "PEPPOL-EN16931-R010" in window.messages.text()
    assert not out.exists()


def test_a_quote_has_no_e_invoice(open_window: Opener, customer_id: int) -> None:  # noqa: F811
    window = open_window(kind="quote", customer_id=customer_id)
    assert not window.einvoice_action.isVisible()


def test_the_konditionen_tab_shows_and_gives_the_way_of_sending(qtbot: QtBot) -> None:
    tab = ConditionsTab()
    qtbot.addWidget(tab)
    typed = ConditionsInput(einvoice_format="xrechnung_ubl", leitweg_id="04011000-1234512345-06")
    tab.set_value(typed)
    assert tab.ui.einvoice_format.currentText() == "XRechnung (UBL)"
    assert tab.value() == typed
    tab.ui.einvoice_format.setCurrentIndex(1)
    assert tab.value().einvoice_format == "zugferd"
    assert [tab.ui.einvoice_format.itemData(i) for i in range(4)] == [
        "pdf",
        "zugferd",
        "xrechnung_cii",
        "xrechnung_ubl",
    ]


def test_the_setting_for_an_invalid_e_invoice_is_shown_and_saved(
    sales_settings_dialog: SettingsDialog,  # noqa: F811
    database: Database,
) -> None:
    dialog = sales_settings_dialog
    combo = page_of(dialog).ui.einvoice_on_invalid
    assert combo.currentData() == send.REFUSE
    assert combo.count() == 2
    combo.setCurrentIndex(combo.findData(send.PLAIN_PDF))
    assert dialog.apply_button.isEnabled()
    assert dialog.apply()
    with database.sessions() as session:
        assert send.on_invalid(session) == send.PLAIN_PDF
    assert not dialog.is_modified()
