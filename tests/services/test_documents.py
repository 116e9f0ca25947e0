"""Dokumente through the service, on a real company file and its document store."""

from __future__ import annotations

import hashlib
import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from meinbuero.domain.values import LOCAL_ZONE
from meinbuero.services import documents, history, mail_files, settings
from meinbuero.services.customers import (
    ContactPersonInput,
    CustomerInput,
    Removal,
    remove_customer,
    save_contact_person,
    save_customer,
)
from meinbuero.services.documents import DocumentInput, SortKey
from meinbuero.services.errors import InvalidInput, NotFound, Refused
from meinbuero.store.database import Database
from meinbuero.store.documents import DocumentStore
from meinbuero.store.models import Customer, Document, DocumentVersion
from tests.services.outlook_msg import make_msg

HOSTILE_NAMES = [
    "..\\..\\x",
    "../../y.txt",
    "CON.txt",
    "a" * 246 + ".pdf",
    "Übersicht Größen äöüß.xlsx",
    "Party 🎉📄.docx",
]

MAIL = (
    b"From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <juergen@mueller.example>\r\n"
    b"To: info@firma.example\r\n"
    b"Subject: =?utf-8?q?Angebot_f=C3=BCr_B=C3=BCror=C3=A4ume?=\r\n"
    b"Date: Tue, 17 Nov 2026 09:15:00 +0100\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"\r\n"
    b"Guten Tag, anbei unser Angebot.\r\n"
)


@pytest.fixture
def customer_id(database: Database) -> int:
    with database.sessions.begin() as session:
        return save_customer(session, CustomerInput(company_name="Akten GmbH")).id


def store(database: Database) -> DocumentStore:
    return DocumentStore(database.path.with_name("Firma.dokumente"))


def add_file(database: Database, customer_id: int, path: Path, **extra: object) -> int:
    with database.sessions.begin() as session:
        return documents.add_document_file(
            session,
            customer_id=customer_id,
            path=path,
            **extra,  # type: ignore[arg-type]
        ).id


def rows(database: Database, customer_id: int, **extra: object) -> list[documents.DocumentRow]:
    with database.sessions() as session:
        return documents.list_documents(session, customer_id, **extra)  # type: ignore[arg-type]


def test_seeded_categories(database: Database) -> None:
    with database.sessions() as session:
        names = [c.name for c in documents.categories(session)]
    assert names == [
        "Vertrag",
        "Kalkulation",
        "Memo",
        "Notiz",
        "Protokoll",
        "Korrespondenz",
        "Sonstiges",
        "Angebot",
        "Auftragsbestätigung",
        "Lieferschein",
        "Rechnung",
        "Mahnung",
        "E-Mail",
        "Kontoauszug",
    ]


def test_add_bytes_by_category_name(database: Database, customer_id: int) -> None:
    with database.sessions.begin() as session:
        settings.set_display_name(session, "Petra Büro")
        contract = documents.add_document_bytes(
            session,
            customer_id=customer_id,
            content=b"%PDF-1.4 contract",
            file_name="Rahmenvertrag 2026.pdf",
            category="Vertrag",
        )
        photo = documents.add_document_bytes(
            session,
            customer_id=customer_id,
            content=b"\xff\xd8\xff photo",
            file_name="photo.jpg",
            category="Foto (gibt es nicht)",
            title="Foto von Frau Berg",
        )
        contract_id, photo_id = contract.id, photo.id
    with database.sessions() as session:
        contract = session.get_one(Document, contract_id)
        assert (contract.title, contract.category.name, contract.author) == (
            "Rahmenvertrag 2026",
            "Vertrag",
            "Petra Büro",
        )
        assert contract.document_date == date.today()
        current = contract.current
        assert (current.file_name, current.extension, current.mime_type, current.size) == (
            "Rahmenvertrag 2026.pdf",
            "pdf",
            "application/pdf",
            17,
        )
        assert current.sha256 == hashlib.sha256(b"%PDF-1.4 contract").hexdigest()
        photo = session.get_one(Document, photo_id)
        assert (photo.title, photo.category.name) == ("Foto von Frau Berg", "Sonstiges")
    assert store(database).read_bytes(current.sha256) == b"%PDF-1.4 contract"


def test_add_a_file_keeps_the_original_and_stores_the_same_content_once(
    database: Database, customer_id: int, tmp_path: Path
) -> None:
    source = tmp_path / "Angebot.pdf"
    source.write_bytes(b"%PDF offer")
    first = add_file(database, customer_id, source)
    copy = tmp_path / "Angebot Kopie.pdf"
    copy.write_bytes(b"%PDF offer")
    second = add_file(database, customer_id, copy, category="Kalkulation", title="Kopie")
    assert source.read_bytes() == b"%PDF offer"
    assert first != second
    assert len(list(store(database).stored_hashes())) == 1
    listed = rows(database, customer_id, sort=SortKey.TITLE, descending=False)
    assert [(r.title, r.category, r.extension) for r in listed] == [
        ("Angebot", "Sonstiges", "pdf"),
        ("Kopie", "Kalkulation", "pdf"),
    ]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_hostile_names_are_safe(
    database: Database, customer_id: int, tmp_path: Path, name: str
) -> None:
    # The user's name is kept as the document's name; the store uses only the hash.
    content = f"content of {name}".encode()
    with database.sessions.begin() as session:
        document = documents.add_document_bytes(
            session, customer_id=customer_id, content=content, file_name=name, category="Memo"
        )
        document_id = document.id
    root = store(database).root
    files = [p for p in root.rglob("*") if p.is_file()]
    assert [p.name for p in files] == [hashlib.sha256(content).hexdigest()]
    assert all(p.resolve().is_relative_to(root.resolve()) for p in files)
    assert not (tmp_path / "x").exists() and not (tmp_path.parent / "y.txt").exists()
    with database.sessions() as session:
        stored = session.get_one(Document, document_id)
        assert stored.title and len(stored.title) <= 300
        assert "/" not in stored.current.file_name
        target = tmp_path / "export.bin"
        documents.export_copy(session, document_id, target)
    assert target.read_bytes() == content


def test_size_limit_from_the_settings(database: Database, customer_id: int, tmp_path: Path) -> None:
    big = tmp_path / "Scan.tif"
    big.write_bytes(b"x" * (1024 * 1024 + 10))
    with database.sessions() as session:
        assert documents.max_size_mb(session) == 200
    with database.sessions.begin() as session:
        documents.set_max_size_mb(session, 1)
    with pytest.raises(Refused, match=r"^Scan.tif ist größer als 1 MB"):
        add_file(database, customer_id, big)
    assert rows(database, customer_id) == []
    assert list(store(database).stored_hashes()) == []
    with pytest.raises(InvalidInput), database.sessions.begin() as session:
        documents.set_max_size_mb(session, 0)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads anything")
def test_an_unreadable_file_is_named(database: Database, customer_id: int, tmp_path: Path) -> None:
    locked = tmp_path / "Gesperrt.docx"
    locked.write_bytes(b"secret")
    locked.chmod(0)
    with pytest.raises(Refused, match=r"^Gesperrt.docx kann nicht gelesen werden: keine Ber"):
        add_file(database, customer_id, locked)


def test_missing_file_and_folder_are_named(
    database: Database, customer_id: int, tmp_path: Path
) -> None:
    with pytest.raises(Refused, match=r"^weg\.pdf kann nicht gelesen werden: die Datei existiert"):
        add_file(database, customer_id, tmp_path / "weg.pdf")
    with pytest.raises(Refused, match="es ist ein Ordner"):
        add_file(database, customer_id, tmp_path)


def test_a_refused_transaction_removes_the_new_file(
    database: Database, customer_id: int, tmp_path: Path
) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(b"abc")
    with pytest.raises(RuntimeError), database.sessions.begin() as session:
        documents.add_document_file(session, customer_id=customer_id, path=source)
        raise RuntimeError("something later failed")
    assert list(store(database).stored_hashes()) == []
    assert rows(database, customer_id) == []


def test_new_versions_keep_the_old_ones(
    database: Database, customer_id: int, tmp_path: Path
) -> None:
    source = tmp_path / "Kalkulation.xlsx"
    source.write_bytes(b"v1")
    document_id = add_file(database, customer_id, source, category="Kalkulation")
    with database.sessions.begin() as session:
        assert documents.add_version_bytes(session, document_id, b"v1") is None  # unchanged
        second = documents.add_version_bytes(session, document_id, b"v2")
        assert second is not None and second.number == 2
    edited = tmp_path / "edited.xlsx"
    edited.write_bytes(b"v3")
    with database.sessions.begin() as session:
        third = documents.add_version_file(session, document_id, edited)
        assert third is not None
        assert third.file_name == "Kalkulation.xlsx"
    with database.sessions() as session:
        document = session.get_one(Document, document_id)
        assert [v.number for v in document.versions] == [1, 2, 3]
        assert store(database).read_bytes(document.current.sha256) == b"v3"
        old = tmp_path / "old.xlsx"
        documents.export_copy(session, document_id, old, number=1)
        assert old.read_bytes() == b"v1"
        assert documents.stored_path(session, document_id).read_bytes() == b"v3"
        with pytest.raises(NotFound):
            documents.version(session, document_id, 9)
    (listed,) = rows(database, customer_id)
    assert (listed.versions, listed.size) == (3, 2)


def test_update_metadata(database: Database, customer_id: int) -> None:
    with database.sessions.begin() as session:
        person = save_contact_person(
            session, ContactPersonInput(first_name="Eva", last_name="Berg"), customer_id=customer_id
        )
        document = documents.add_document_bytes(
            session, customer_id=customer_id, content=b"m", file_name="m.txt", category="Memo"
        )
        protocol = documents.category_named(session, "Protokoll")
        documents.update_document(
            session,
            document.id,
            DocumentInput(
                title="  Protokoll   Baubesprechung ",
                category_id=protocol.id,
                contact_person_id=person.id,
                document_date="03.11.2026",
                remark="mit Fotos",
            ),
        )
        document_id = document.id
    (row,) = rows(database, customer_id)
    assert (row.title, row.category, row.contact_person, row.document_date, row.remark) == (
        "Protokoll Baubesprechung",
        "Protokoll",
        "Eva Berg",
        date(2026, 11, 3),
        "mit Fotos",
    )
    with pytest.raises(InvalidInput) as refused, database.sessions.begin() as session:
        documents.update_document(
            session,
            document_id,
            DocumentInput(title=" ", category_id=None, document_date="31.02.2026"),
        )
    assert refused.value.fields() == {"Titel", "Kategorie", "Datum"}
    assert rows(database, customer_id)[0].title == "Protokoll Baubesprechung"


def test_list_filters_searches_and_sorts(database: Database, customer_id: int) -> None:
    with database.sessions.begin() as session:
        for title, category, size in (
            ("Wartungsvertrag", "Vertrag", 30),
            ("Preiskalkulation Büro", "Kalkulation", 10),
            ("Gesprächsmemo", "Memo", 20),
        ):
            documents.add_document_bytes(
                session,
                customer_id=customer_id,
                content=title.encode() * size,
                file_name=f"{title}.txt",
                category=category,
            )
        vertrag = documents.category_named(session, "Vertrag").id
    assert [r.title for r in rows(database, customer_id, category_id=vertrag)] == [
        "Wartungsvertrag"
    ]
    assert [r.title for r in rows(database, customer_id, text="buro")] == ["Preiskalkulation Büro"]
    assert [r.title for r in rows(database, customer_id, text="GESPRÄCHS")] == ["Gesprächsmemo"]
    assert [r.title for r in rows(database, customer_id, text="100%")] == []
    by_size = rows(database, customer_id, sort=SortKey.SIZE, descending=False)
    assert [r.title for r in by_size] == [
        "Preiskalkulation Büro",
        "Gesprächsmemo",
        "Wartungsvertrag",
    ]
    by_category = rows(database, customer_id, sort="category", descending=False)
    assert [r.category for r in by_category] == ["Vertrag", "Kalkulation", "Memo"]
    for key in SortKey:
        assert len(rows(database, customer_id, sort=key)) == 3


def test_recycle_bin(database: Database, customer_id: int, tmp_path: Path) -> None:
    with database.sessions.begin() as session:
        kept = documents.add_document_bytes(
            session, customer_id=customer_id, content=b"shared", file_name="a.txt", category="Memo"
        ).id
        twin = documents.add_document_bytes(
            session, customer_id=customer_id, content=b"shared", file_name="b.txt", category="Memo"
        ).id
        gone = documents.add_document_bytes(
            session, customer_id=customer_id, content=b"only", file_name="c.txt", category="Memo"
        ).id
        documents.delete_document(session, twin)
        documents.delete_document(session, gone)
    assert [r.id for r in rows(database, customer_id)] == [kept]
    assert {r.id for r in rows(database, customer_id, deleted=True)} == {twin, gone}
    with database.sessions() as session:
        assert documents.document_counts(session, customer_id) == (1, 2)
    with database.sessions.begin() as session:
        documents.restore_document(session, twin)
        documents.delete_document(session, twin)
    with database.sessions.begin() as session:
        assert documents.empty_recycle_bin(session, customer_id) == 2
        only = hashlib.sha256(b"only").hexdigest()
        assert store(database).contains(only)  # removed only after the commit
    assert not store(database).contains(only)
    assert store(database).contains(hashlib.sha256(b"shared").hexdigest())
    assert [r.id for r in rows(database, customer_id, deleted=True)] == []
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(DocumentVersion)) == 1


def test_a_customer_with_documents_is_archived_not_deleted(
    database: Database, customer_id: int
) -> None:
    with database.sessions.begin() as session:
        documents.add_document_bytes(
            session, customer_id=customer_id, content=b"x", file_name="x.txt", category="Memo"
        )
        assert remove_customer(session, customer_id) == Removal.ARCHIVED
        assert session.get_one(Customer, customer_id).archived_at is not None


def test_categories_are_kept_like_event_types(database: Database, customer_id: int) -> None:
    with database.sessions.begin() as session:
        photos = documents.add_category(session, "  Fotos ")
        assert (photos.name, photos.position) == ("Fotos", 14)
        with pytest.raises(InvalidInput, match="Vertrag"):
            documents.add_category(session, "Vertrag")
        documents.rename_category(session, photos.id, "Bilder")
        documents.add_document_bytes(
            session, customer_id=customer_id, content=b"p", file_name="p.png", category="Bilder"
        )
        with pytest.raises(Refused, match="Bilder"):
            documents.delete_category(session, photos.id)
        documents.hide_category(session, photos.id)
        assert "Bilder" not in [c.name for c in documents.categories(session)]
        assert "Bilder" in [c.name for c in documents.categories(session, include_hidden=True)]
        memo = documents.category_named(session, "Memo")
        documents.add_category(session, "Leer")
        leer = documents.category_named(session, "Leer")
        documents.delete_category(session, leer.id)
        assert documents.category_named(session, "Memo").id == memo.id


def test_an_email_is_filed_as_correspondence_with_an_event(
    database: Database, customer_id: int, tmp_path: Path
) -> None:
    with database.sessions.begin() as session:
        person = save_contact_person(
            session,
            ContactPersonInput(
                first_name="Jürgen", last_name="Müller", email="Juergen@Mueller.example"
            ),
            customer_id=customer_id,
        )
        person_id = person.id
    mail = tmp_path / "Angebot.eml"
    mail.write_bytes(MAIL)
    document_id = add_file(database, customer_id, mail)
    with database.sessions() as session:
        document = session.get_one(Document, document_id)
        assert (document.title, document.category.name, document.document_date) == (
            "Angebot für Büroräume",
            "Korrespondenz",
            date(2026, 11, 17),
        )
        assert document.remark == "Von: Jürgen Müller <juergen@mueller.example>"
        assert document.contact_person_id == person_id
        entries = history.history(session, customer_id, history.HistoryFilter(kinds=("event",)))
    assert [(e.subject, e.contact_person) for e in entries] == [
        ("Angebot für Büroräume", "Jürgen Müller")
    ]
    assert entries[0].when.astimezone(LOCAL_ZONE).strftime("%d.%m.%Y %H:%M") == ("17.11.2026 09:15")


def test_an_email_without_headers(database: Database, customer_id: int, tmp_path: Path) -> None:
    mail = tmp_path / "leer.eml"
    mail.write_bytes(b"\r\njust a body\r\n")
    document_id = add_file(database, customer_id, mail)
    with database.sessions() as session:
        document = session.get_one(Document, document_id)
        assert (document.title, document.category.name) == ("leer", "Korrespondenz")
        assert (
            len(history.history(session, customer_id, history.HistoryFilter(kinds=("event",)))) == 1
        )


def test_an_outlook_msg_is_filed_like_an_eml(
    database: Database, customer_id: int, tmp_path: Path
) -> None:
    msg = tmp_path / "Rückfrage.msg"
    msg.write_bytes(
        make_msg(
            subject="Rückfrage zur Lieferung",
            sender_name="Jürgen Müller",
            sender_address="juergen@mueller.example",
            sent_at=datetime(2026, 11, 17, 8, 15, tzinfo=UTC),
        )
    )
    document_id = add_file(database, customer_id, msg)
    with database.sessions() as session:
        document = session.get_one(Document, document_id)
        assert (document.title, document.category.name, document.document_date) == (
            "Rückfrage zur Lieferung",
            "Korrespondenz",
            date(2026, 11, 17),
        )
        assert document.remark == "Von: Jürgen Müller <juergen@mueller.example>"
        assert document.current.file_name == "Rückfrage.msg"
        (event,) = history.history(session, customer_id, history.HistoryFilter(kinds=("event",)))
    assert event.subject == "Rückfrage zur Lieferung"
    assert event.when == datetime(2026, 11, 17, 8, 15, tzinfo=UTC)


def test_msg_with_8_bit_strings_and_internet_headers() -> None:
    header = mail_files.read_msg_header(
        make_msg(
            subject="Grüße aus Köln",
            sender_name="Bäckerei Schäfer",
            string8=True,
            transport_headers=(
                "From: Schäfer <info@schaefer.example>\r\nDate: Tue, 17 Nov 2026 09:15:00 +0100\r\n"
            ),
        )
    )
    assert header.subject == "Grüße aus Köln"
    assert header.sender == "Bäckerei Schäfer <info@schaefer.example>"
    assert header.sent_at == datetime(2026, 11, 17, 8, 15, tzinfo=UTC)


def test_a_msg_that_is_no_outlook_message_is_refused_and_leaves_nothing(
    database: Database, customer_id: int, tmp_path: Path
) -> None:
    msg = tmp_path / "Nachricht.msg"
    msg.write_bytes(b"\xd0\xcf\x11\xe0 not really" * 100)
    with pytest.raises(Refused, match=r"^Nachricht\.msg ist keine lesbare Outlook-Nachricht"):
        add_file(database, customer_id, msg)
    assert rows(database, customer_id) == []
    assert list(store(database).stored_hashes()) == []
    # Filed under a category of its own choice, it is kept as a file like any other.
    add_file(database, customer_id, msg, category="Sonstiges")
    assert [r.title for r in rows(database, customer_id)] == ["Nachricht"]
