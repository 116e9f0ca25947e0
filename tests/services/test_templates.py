"""Placeholders and the stored templates."""

from __future__ import annotations

from datetime import date

import pytest

from meinbuero.domain.values import format_decimal_de
from meinbuero.services import sales, templates
from meinbuero.services.errors import InvalidInput, NotFound, Refused
from meinbuero.store.database import Database
from meinbuero.store.models import CustomFieldDefinition
from tests.letters_data import add_people
from tests.sales_data import invoice_input

TODAY = date(2026, 12, 6)


def test_the_person_of_a_company_is_written_to_formally(database: Database) -> None:
    with database.sessions.begin() as session:
        people = add_people(session)
        context = templates.context_for(session, people.company, people.weber, today=TODAY)
    assert context["Briefanrede"] == "Sehr geehrte Frau Dr. Weber,"
    assert context["Anrede"] == "Frau"
    assert (context["Vorname"], context["Nachname"], context["Titel"]) == ("Katrin", "Weber", "Dr.")
    assert context["Firma"] == "Weber Bau GmbH"
    assert context["Ansprechpartner"] == "Katrin Weber"
    assert context["Datum"] == "06.12.2026"
    assert context["MeineFirma"] == "Muster Software GmbH"
    assert context["MeinOrt"] == "Köln"
    assert context["Branche"] == "Bauwesen"  # a custom field, by its label


def test_du_gives_the_first_name(database: Database) -> None:
    with database.sessions.begin() as session:
        people = add_people(session)
        context = templates.context_for(session, people.anna, today=TODAY)
        company = templates.context_for(session, people.company, today=TODAY)
    assert context["Briefanrede"] == "Liebe Anna,"
    assert context["Kundennummer"] != ""
    assert company["Briefanrede"] == "Sehr geehrte Damen und Herren,"
    assert company["Vorname"] == ""


def test_fill_keeps_and_reports_unknown_placeholders() -> None:
    context = {"Briefanrede": "Hallo Anna,", "Kundennummer": "K-1"}
    text = "{Briefanrede}\n\nIhre Nr. {kundennummer}, {Kundenummmer} und {Unbekannt}. {x"
    filled = templates.fill(text, context)
    assert filled == "Hallo Anna,\n\nIhre Nr. K-1, {Kundenummmer} und {Unbekannt}. {x"
    assert templates.unknown_placeholders(text, context) == ["{Kundenummmer}", "{Unbekannt}"]
    assert templates.unknown_placeholders(filled, context) == ["{Kundenummmer}", "{Unbekannt}"]


def test_document_fields(database: Database) -> None:
    with database.sessions.begin() as session:
        people = add_people(session)
        data = invoice_input(session, people.company)
        document = sales.save_draft(session, None, data)
        sales.finalise(session, document.id)
        context = templates.context_for(session, people.company, document_id=document.id)
        number, gross = document.number, document.gross_total
        with pytest.raises(NotFound):
            templates.context_for(session, people.anna, document_id=document.id)
    assert context["Belegnummer"] == number
    assert context["Belegart"] == "Rechnung"
    assert context["Betrag"] == format_decimal_de(gross, places=2) + " €"
    assert context["Belegdatum"] == "06.12.2026"
    assert context["Fälligkeit"] == "20.12.2026"  # 14 days net (the company's terms)


def test_seeded_templates_and_their_upkeep(database: Database) -> None:
    with database.sessions.begin() as session:
        letters = templates.templates(session, "letter")
        assert [t.name for t in letters][:1] == ["Angebot an Bestandskunden (Werbung)"]
        assert any(t.advertising for t in letters)
        invoice = templates.find_template(session, "email_invoice", "rechnung")
        assert "{Belegnummer}" in invoice.subject
        made = templates.save_template(
            session,
            None,
            templates.TemplateInput(kind="letter", name="Mahnung light", body="{Briefanrede}"),
        )
        with pytest.raises(InvalidInput):
            templates.save_template(
                session, None, templates.TemplateInput(kind="letter", name="mahnung LIGHT")
            )
        with pytest.raises(InvalidInput):
            templates.save_template(session, None, templates.TemplateInput(kind="fax", name="x"))
        templates.delete_template(session, made.id)
        (email,) = templates.templates(session, "email")
        with pytest.raises(Refused):
            templates.delete_template(session, email.id)


def test_placeholder_names_list_custom_fields(database: Database) -> None:
    with database.sessions.begin() as session:
        add_people(session)
        names = templates.placeholder_names(session)
        assert session.get(CustomFieldDefinition, 1) is not None
    assert "{Briefanrede}" in names and "{Branche}" in names and "{Betrag}" not in names


def test_closing_and_signature(database: Database) -> None:
    with database.sessions.begin() as session:
        assert templates.closing(session) == "Mit freundlichen Grüßen"
        templates.save_letter_settings(session, closing_text="Viele Grüße", signature="Eva Muster")
        assert templates.closing(session) == "Viele Grüße"
        assert templates.signature_name(session) == "Eva Muster"
