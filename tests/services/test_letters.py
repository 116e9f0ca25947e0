"""Letters: drafts, finishing (frozen, filed, in the Historie), the PDF read back with
pdfplumber, serial letters."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from sqlalchemy import text, update
from sqlalchemy.exc import IntegrityError

from meinbuero.services import consent, documents, history, letters, templates
from meinbuero.services.errors import Refused
from meinbuero.store.database import Database
from meinbuero.store.models import Letter
from tests.letters_data import add_people

MM = 72 / 25.4
TODAY = date(2026, 12, 6)


def pdf_text(content: bytes) -> str:
    with pdfplumber.open(io.BytesIO(content)) as opened:
        return "\n".join(page.extract_text() or "" for page in opened.pages)


def large_chars(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        return "".join(c["text"] for page in opened.pages for c in page.chars if c["size"] > 40)


def inside_address_window(page: pdfplumber.page.Page, words: str) -> bool:
    """``words`` are on the page inside the DIN 5008 Form B address field."""
    found = page.search(words, regex=False)
    assert found, words
    return any(
        hit["x0"] >= 20 * MM
        and hit["x1"] <= 105 * MM
        and hit["top"] >= 45 * MM
        and hit["bottom"] <= 90 * MM
        for hit in found
    )


def test_a_letter_to_a_contact_person(database: Database, tmp_path: Path) -> None:
    with database.sessions.begin() as session:
        people = add_people(session)
        data = letters.new_letter(session, customer_id=people.company, today=TODAY)
        assert data.contact_person_id == people.weber  # the main contact person
        data.subject = "Ihr Bauvorhaben, Kundennr. {Kundennummer}"
        data.body = (
            "{Briefanrede}\n\nvielen Dank für das Gespräch.\nBis bald.\n\nIhre Branche: {Branche}"
        )
        letter = letters.save_draft(session, None, data)
        letter_id = letter.id
        assert letter.status == "draft" and "{Briefanrede}" in letter.body
    with database.sessions.begin() as session:
        finished = letters.finish(session, letter_id)
        number = finished.subject.rsplit(" ", 1)[-1]
        assert finished.body.startswith("Sehr geehrte Frau Dr. Weber,")
        assert "Bauwesen" in finished.body
        pdf = letters.pdf_bytes(session, letter_id)
        filed = documents.get_document(session, finished.pdf_document_id or 0)
        assert filed.category.name == "Korrespondenz"
        entries = history.history(session, people.company)
        assert [e.kind for e in entries] == ["letter"]
        assert "Ihr Bauvorhaben" in entries[0].subject
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        assert len(opened.pages) == 1
        page = opened.pages[0]
        assert inside_address_window(page, "Weber Bau GmbH")
        assert inside_address_window(page, "Frau Dr. Katrin Weber")
        assert inside_address_window(page, "80331 München")
        (subject,) = page.search("Ihr Bauvorhaben", regex=False)
        assert subject["top"] >= 95 * MM and subject["x0"] >= 25 * MM - 0.01
        bold = [c for c in page.chars if c["top"] == subject["top"]]
        assert all("Bold" in c["fontname"] for c in bold)
        (salutation,) = page.search("Sehr geehrte Frau Dr. Weber,", regex=False)
        assert salutation["top"] > subject["bottom"]
    words = pdf_text(pdf)
    assert "Mit freundlichen Grüßen" in words and number in words
    assert large_chars(pdf) == ""  # no draft mark


def test_a_finished_letter_is_frozen(database: Database) -> None:
    with database.sessions.begin() as session:
        people = add_people(session)
        data = letters.new_letter(session, customer_id=people.anna, today=TODAY)
        data.subject = "Hallo"
        letter_id = letters.create_letter(session, data).id
        pdf_id = letters.get_letter(session, letter_id).pdf_document_id
        with pytest.raises(Refused):
            letters.save_draft(session, letter_id, data)
        with pytest.raises(Refused):
            letters.delete_draft(session, letter_id)
    with database.sessions() as session:
        with pytest.raises(IntegrityError, match="finished letter"):
            session.execute(update(Letter).where(Letter.id == letter_id).values(body="anders"))
        session.rollback()
        with pytest.raises(IntegrityError, match="finished letter"):
            session.execute(text("DELETE FROM letter WHERE id = :id"), {"id": letter_id})
        session.rollback()
        with pytest.raises(IntegrityError, match="finished letter"):
            session.execute(
                text("UPDATE document SET deleted_at = '2026-12-06' WHERE id = :id"), {"id": pdf_id}
            )


def test_what_keeps_a_letter_from_being_finished(database: Database) -> None:
    with database.sessions.begin() as session:
        people = add_people(session)
        data = letters.new_letter(session, customer_id=people.no_address, today=TODAY)
        data.subject = "{Kundenummer}"
        found = letters.problems(session, data)
        assert len(found) == 2 and "{Kundenummer}" in found[1]
        letter_id = letters.save_draft(session, None, data).id
        with pytest.raises(Refused):
            letters.finish(session, letter_id)
        anna = letters.new_letter(session, customer_id=people.anna, today=TODAY)
        anna.advertising = True
        assert letters.problems(session, anna) == []
        consent.record(session, people.anna, None, "post", "objected", TODAY)
        assert len(letters.problems(session, anna)) == 1
    with database.sessions() as session:
        assert letters.get_letter(session, letter_id).status == "draft"


def test_a_long_letter_numbers_its_pages(database: Database, tmp_path: Path) -> None:
    with database.sessions.begin() as session:
        people = add_people(session)
        data = letters.new_letter(session, customer_id=people.anna, today=TODAY)
        data.subject = "Ein langer Brief"
        data.body = "{Briefanrede}\n\n" + "\n\n".join(
            f"Absatz {n}: " + "Dies ist ein Satz, der den Brief länger macht. " * 12
            for n in range(1, 25)
        )
        pdf = letters.preview_pdf(session, data)
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        pages = len(opened.pages)
    assert pages >= 3
    words = pdf_text(pdf)
    assert f"Seite 2 von {pages}" in words and "Liebe Anna," in words
    assert "Absatz 24" in words
    assert sorted(large_chars(pdf)) == sorted("ENTWURF" * pages)  # the draft mark


def test_a_serial_letter(database: Database, tmp_path: Path) -> None:
    with database.sessions.begin() as session:
        people = add_people(session)
        template = templates.find_template(session, "letter", "Angebot an Bestandskunden (Werbung)")
        consent.record(session, people.company, None, "post", "objected", TODAY)
        data = letters.SerialInput(
            subject=template.subject,
            body=template.body,
            advertising=False,
            letter_date=TODAY,
            file_each=True,
        )
        ids = [people.company, people.anna, people.no_address]
        plain = letters.serial_letter(session, ids, data)
        assert plain.letters == 2 and len(plain.filed_ids) == 2
        assert plain.without_address == [plain.without_address[0]]
        assert "Ohneort" in plain.without_address[0]
        assert plain.objected == []
        assert plain.pdf is not None
        advertising = letters.serial_letter(
            session, ids, letters.SerialInput(
                subject=template.subject, body=template.body, advertising=True, letter_date=TODAY
            )
        )  # fmt: skip
        assert advertising.letters == 1 and "Weber Bau GmbH" in advertising.objected[0]
        assert advertising.filed_ids == []
        entries = history.history(session, people.anna)
        assert [e.kind for e in entries] == ["letter"]
    with pdfplumber.open(io.BytesIO(plain.pdf)) as opened:
        assert len(opened.pages) == 2  # one per recipient with an address
        first, second = opened.pages
        assert inside_address_window(first, "Weber Bau GmbH")
        assert first.search("Sehr geehrte Frau Dr. Weber,", regex=False)
        assert inside_address_window(second, "Frau Anna Schmidt")
        assert second.search("Liebe Anna,", regex=False)
    words = pdf_text(plain.pdf)
    assert "Seite 1 von" not in words  # one page each: no page numbers


def test_serial_letters_refuse_unknown_placeholders_when_filing(database: Database) -> None:
    with database.sessions.begin() as session:
        people = add_people(session)
        data = letters.SerialInput(subject="{Unbekannt}", body="x", file_each=True)
        with pytest.raises(Refused, match="Unbekannt"):
            letters.serial_letter(session, [people.anna], data)
        shown = letters.serial_letter(
            session, [people.anna], letters.SerialInput(subject="{Unbekannt}", body="x")
        )
        assert shown.unknown_placeholders == ["{Unbekannt}"] and shown.pdf is not None


def test_the_list(database: Database) -> None:
    with database.sessions.begin() as session:
        people = add_people(session)
        for customer, subject in ((people.anna, "Einladung"), (people.company, "Angebot")):
            data = letters.new_letter(session, customer_id=customer, today=TODAY)
            data.subject = subject
            letters.save_draft(session, None, data)
        everything = letters.letter_ids(
            session, letters.LetterQuery(sort="subject", descending=False)
        )
        found = letters.letter_ids(session, letters.LetterQuery(text="schmidt"))
        rows = letters.letter_rows(session, everything)
    assert [rows[i].subject for i in everything] == ["Angebot", "Einladung"]
    assert [rows[i].customer_name for i in found] == ["Schmidt, Anna"]
