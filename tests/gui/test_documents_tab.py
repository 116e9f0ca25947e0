"""The Dokumente tab on real files: drop, list, open, edit to a new version, bin, e-mails."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from meinbuero.domain.values import format_datetime_de
from meinbuero.gui.dialogs.customer_dialog import CustomerDialog
from meinbuero.gui.widgets.documents_tab import DocumentsTab
from meinbuero.services import customers, documents, history
from meinbuero.services.customers import ContactPersonInput, CustomerInput
from meinbuero.store.database import Database
from meinbuero.store.documents import DocumentStore, store_root
from tests.gui.conftest import UrlCatcher
from tests.services.outlook_msg import make_msg
from tests.services.test_documents import MAIL


@pytest.fixture
def opened(catch_urls: Callable[..., UrlCatcher]) -> UrlCatcher:
    return catch_urls("file")


@pytest.fixture(autouse=True)
def discard_when_closed_at_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        CustomerDialog, "ask_save_changes", lambda dialog: QMessageBox.StandardButton.No
    )


@pytest.fixture
def customer_id(database: Database) -> int:
    with database.sessions.begin() as session:
        customer_id = customers.save_customer(session, CustomerInput(company_name="Akte KG")).id
        customers.save_contact_person(
            session,
            ContactPersonInput(
                first_name="Jürgen", last_name="Müller", email="juergen@mueller.example"
            ),
            customer_id=customer_id,
        )
        return customer_id


@pytest.fixture
def details(
    open_details: Callable[[int | None], CustomerDialog], customer_id: int
) -> CustomerDialog:
    dialog = open_details(customer_id)
    dialog.ui.tabs.setCurrentWidget(dialog.documents_tab)
    return dialog


# 250 characters with the extension (Linux allows 255 bytes per name).
LONG = "Langer Name " + "x" * 233


def titles(tab: DocumentsTab) -> list[str]:
    return [row.title for row in tab.model.rows()]


def drop(qtbot: QtBot, tab: DocumentsTab, paths: list[Path]) -> list[int]:
    """Drop files onto the tab as Explorer does; the ids of the new documents."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    center = QPoint(tab.width() // 2, tab.height() // 2)
    enter = QDragEnterEvent(
        center,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(tab, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(center),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(tab.files_added, timeout=20_000) as added:
        QApplication.sendEvent(tab, event)
    assert event.isAccepted()
    return list(added.args[0]) if added.args else []


def make_files(folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for number, name in enumerate(names):
        path = folder / name
        path.write_bytes(f"Inhalt {number} von {name}".encode())
        paths.append(path)
    return paths


def test_tab_sits_before_statistik_and_historie(details: CustomerDialog) -> None:
    tabs = details.ui.tabs
    index = tabs.indexOf(details.documents_tab)
    assert tabs.tabText(index) == "Dokumente"
    assert tabs.tabText(index + 1) == "Statistik"
    assert tabs.indexOf(details.history_tab) == index + 2


def test_a_new_customer_is_saved_first(
    qtbot: QtBot, database: Database, open_details: Callable[[int | None], CustomerDialog]
) -> None:
    dialog = open_details(None)
    dialog.ui.tabs.setCurrentWidget(dialog.documents_tab)
    tab = dialog.documents_tab
    assert tab.ui.unsaved_hint.isVisible()
    assert "zuerst" in tab.ui.unsaved_hint.text()
    assert not tab.ui.add_documents.isEnabled()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile("/tmp/x.pdf")])
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(tab, enter)
    assert not enter.isAccepted()
    dialog.address_tab.ui.company_name.setText("Neu GmbH")
    assert dialog.save()
    assert not tab.ui.unsaved_hint.isVisible()
    assert tab.ui.add_documents.isEnabled()
    dialog.hide()


def test_drop_several_files_with_hostile_names(
    qtbot: QtBot, details: CustomerDialog, database: Database, tmp_path: Path, qtmodeltester: Any
) -> None:
    names = ["Angebot.pdf", "..\\..\\x", "CON.txt", LONG + ".docx", "Fest 🎉.jpg"]
    paths = make_files(tmp_path / "Desktop", names)
    tab = details.documents_tab
    added = drop(qtbot, tab, paths)
    assert len(added) == 5
    qtmodeltester.check(tab.model)
    assert sorted(titles(tab)) == sorted(["Angebot", "x", "CON", LONG, "Fest 🎉"])
    assert tab.ui.count_label.text() == "Dokumente: 5"
    assert "Hinzugefügte Dokumente: 5." in tab.ui.status_label.text()
    assert all(p.exists() for p in paths)  # the originals stay
    store = DocumentStore(store_root(database.path))
    assert len(list(store.stored_hashes())) == 5
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers == [
        "Dateityp",
        "Titel",
        "Kategorie",
        "Datum",
        "Ansprechpartner",
        "Größe",
        "Version",
        "Hinzugefügt",
    ]
    pdf = tab.model.row_of(added[0])
    assert pdf is not None
    assert tab.model.data(tab.model.index(pdf, 0)) == "PDF"
    assert tab.model.data(tab.model.index(pdf, 5)) == "24 Bytes"
    assert tab.model.data(tab.model.index(pdf, 0), Qt.ItemDataRole.DecorationRole) is not None


def test_open_hands_over_a_read_only_copy(
    qtbot: QtBot, details: CustomerDialog, database: Database, tmp_path: Path, opened: UrlCatcher
) -> None:
    tab = details.documents_tab
    (document_id,) = drop(qtbot, tab, make_files(tmp_path / "in", ["Vertrag 2026.pdf"]))
    view = tab.ui.document_view
    view.setFocus()
    tab.select_document(document_id)
    QTest.keyClick(view, Qt.Key.Key_Return)
    (path,) = opened.paths()
    assert path.name == "Vertrag 2026.pdf"
    assert path.read_bytes() == b"Inhalt 0 von Vertrag 2026.pdf"
    assert not path.stat().st_mode & stat.S_IWUSR
    assert not path.is_relative_to(store_root(database.path))
    # A double-click (after a click on the same row) opens it too.
    rect = view.visualRect(tab.model.index(0, 1))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened.urls) == 2
    folder = tab.viewing_folder()
    details.reject()
    assert not folder.exists()  # the viewing copies go with the window


def test_edit_keeps_a_new_version(
    qtbot: QtBot, details: CustomerDialog, database: Database, tmp_path: Path, opened: UrlCatcher
) -> None:
    tab = details.documents_tab
    (document_id,) = drop(qtbot, tab, make_files(tmp_path / "in", ["Kalkulation.xlsx"]))
    tab.select_document(document_id)
    tab.ui.edit_document.click()
    (working,) = opened.paths()
    assert os.access(working, os.W_OK)
    assert tab.ui.apply_changes.isEnabled()
    # The program the file was opened in saves it; the watcher notices.
    with qtbot.waitSignal(tab.version_stored, timeout=10_000):
        working.write_bytes(b"changed once")
    assert tab.model.rows()[0].versions == 2
    assert "Version 2 von „Kalkulation“ gespeichert." in tab.ui.status_label.text()
    assert [tab.ui.versions.item(i).text().split(" · ")[0] for i in range(2)] == [
        "Version 2",
        "Version 1",
    ]
    # "Änderungen übernehmen" by hand: unchanged content makes no version.
    assert tab.apply_changes() == []
    # Saved once more and the window closed: the change is kept on closing.
    tab.watcher.blockSignals(True)
    working.write_bytes(b"changed twice")
    details.reject()
    with database.sessions() as session:
        document = documents.get_document(session, document_id)
        assert [v.number for v in document.versions] == [1, 2, 3]
        assert documents.stored_path(session, document_id).read_bytes() == b"changed twice"
        old = documents.stored_path(session, document_id, 1).read_bytes()
    assert old == b"Inhalt 0 von Kalkulation.xlsx"


def test_older_version_opens_from_the_list(
    qtbot: QtBot, details: CustomerDialog, database: Database, tmp_path: Path, opened: UrlCatcher
) -> None:
    tab = details.documents_tab
    (document_id,) = drop(qtbot, tab, make_files(tmp_path / "in", ["Memo.txt"]))
    with database.sessions.begin() as session:
        documents.add_version_bytes(session, document_id, b"zweite Fassung")
    tab.reload(select=[document_id])
    versions = tab.ui.versions
    assert versions.count() == 2
    versions.itemActivated.emit(versions.item(1))
    assert opened.paths()[0].read_bytes() == b"Inhalt 0 von Memo.txt"


def test_save_as_exports_a_copy(
    qtbot: QtBot, details: CustomerDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = details.documents_tab
    (document_id,) = drop(qtbot, tab, make_files(tmp_path / "in", ["Protokoll.docx"]))
    tab.select_document(document_id)
    suggested: list[str] = []
    target = tmp_path / "Export" / "Kopie.docx"
    target.parent.mkdir()

    def answer(suggestion: str) -> Path:
        suggested.append(suggestion)
        return target

    monkeypatch.setattr(tab, "ask_save_path", answer)
    tab.ui.save_as.click()
    assert suggested == ["Protokoll.docx"]
    assert target.read_bytes() == b"Inhalt 0 von Protokoll.docx"
    assert tab.ui.status_label.text() == f"Gespeichert unter {target}."


def test_recycle_bin_restore_and_empty(
    qtbot: QtBot,
    details: CustomerDialog,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = details.documents_tab
    ids = drop(qtbot, tab, make_files(tmp_path / "in", ["a.txt", "b.txt", "c.txt"]))
    asked: list[int] = []

    def answer(count: int) -> bool:
        asked.append(count)
        return True

    monkeypatch.setattr(tab, "ask_delete", answer)
    monkeypatch.setattr(tab, "ask_empty_bin", lambda count: answer(-count))
    view = tab.ui.document_view
    view.setFocus()
    tab.select_document(ids[0])
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert asked == [1]
    assert sorted(titles(tab)) == ["b", "c"]
    assert tab.ui.count_label.text() == "Dokumente: 2 · im Papierkorb: 1"

    tab.ui.show_bin.setChecked(True)
    assert titles(tab) == ["a"]
    assert tab.ui.restore_document.isVisible() and not tab.ui.delete_document.isVisible()
    tab.select_document(ids[0])
    tab.ui.restore_document.click()
    assert titles(tab) == []
    tab.ui.show_bin.setChecked(False)
    assert sorted(titles(tab)) == ["a", "b", "c"]

    view.selectAll()
    tab.ui.delete_document.click()
    assert asked[-1] == 3
    tab.ui.show_bin.setChecked(True)
    tab.ui.empty_bin.click()
    assert asked[-1] == -3
    assert titles(tab) == []
    with database.sessions() as session:
        assert documents.document_counts(session, details.customer_id or 0) == (0, 0)
    assert list(DocumentStore(store_root(database.path)).stored_hashes()) == []


def test_filter_search_and_sort(
    qtbot: QtBot, details: CustomerDialog, database: Database, tmp_path: Path
) -> None:
    tab = details.documents_tab
    drop(
        qtbot,
        tab,
        make_files(tmp_path / "in", ["Zahlungsplan.pdf", "Angebot Büro.pdf", "Notiz.txt"]),
    )
    with database.sessions.begin() as session:
        for row in tab.model.rows():
            if row.title == "Notiz":
                data = documents.DocumentInput.of(documents.get_document(session, row.id))
                data.category_id = documents.category_named(session, "Notiz").id
                documents.update_document(session, row.id, data)
    tab.reload()
    header = tab.ui.document_view.horizontalHeader()
    header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    assert titles(tab) == ["Angebot Büro", "Notiz", "Zahlungsplan"]
    header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    assert titles(tab) == ["Zahlungsplan", "Notiz", "Angebot Büro"]
    categories = tab.ui.category_filter
    categories.setCurrentIndex(categories.findText("Notiz"))
    assert titles(tab) == ["Notiz"]
    categories.setCurrentIndex(0)
    tab.ui.search_field.setText("buro")
    qtbot.waitUntil(lambda: titles(tab) == ["Angebot Büro"])


def test_properties_are_saved_and_refused_fields_marked(
    qtbot: QtBot, details: CustomerDialog, database: Database, tmp_path: Path
) -> None:
    tab = details.documents_tab
    (document_id,) = drop(qtbot, tab, make_files(tmp_path / "in", ["scan0001.pdf"]))
    tab.select_document(document_id)
    ui = tab.ui
    assert not ui.save_properties.isEnabled()
    ui.title.setText("Lieferschein März")
    ui.title.textEdited.emit("Lieferschein März")
    ui.category.setCurrentIndex(ui.category.findText("Protokoll"))
    ui.contact_person.setCurrentIndex(ui.contact_person.findText("Jürgen Müller"))
    ui.document_date.setText("31.02.2026")
    ui.remark.setPlainText("unterschrieben")
    assert ui.save_properties.isEnabled()
    ui.save_properties.click()
    assert "Datum" in ui.status_label.text()
    assert ui.document_date.toolTip()
    assert ui.title.text() == "Lieferschein März"  # nothing typed is lost
    ui.document_date.setText("03.03.2026")
    ui.save_properties.click()
    assert ui.status_label.text() == "Eigenschaften gespeichert."
    (row,) = tab.model.rows()
    assert (row.title, row.category, row.contact_person, row.remark) == (
        "Lieferschein März",
        "Protokoll",
        "Jürgen Müller",
        "unterschrieben",
    )


def test_an_email_dropped_is_filed_with_an_event_in_historie(
    qtbot: QtBot, details: CustomerDialog, database: Database, tmp_path: Path
) -> None:
    mail = tmp_path / "Angebot.eml"
    mail.write_bytes(MAIL)
    tab = details.documents_tab
    drop(qtbot, tab, [mail])
    (row,) = tab.model.rows()
    assert (row.title, row.category, row.contact_person) == (
        "Angebot für Büroräume",
        "Korrespondenz",
        "Jürgen Müller",
    )
    details.ui.tabs.setCurrentWidget(details.history_tab)
    model = details.history_tab.model
    assert [model.data(model.index(0, c)) for c in (1, 2, 3)] == [
        "Ereignis",
        "Angebot für Büroräume",
        "Jürgen Müller",
    ]
    with database.sessions() as session:
        (event,) = history.history(
            session, details.customer_id or 0, history.HistoryFilter(kinds=("event",))
        )
        assert event.subject == "Angebot für Büroräume"


def test_an_outlook_message_dropped_is_filed_too(
    qtbot: QtBot, details: CustomerDialog, tmp_path: Path
) -> None:
    msg = tmp_path / "Rückfrage.msg"
    msg.write_bytes(
        make_msg(
            subject="Rückfrage Liefertermin",
            sender_name="Jürgen Müller",
            sender_address="juergen@mueller.example",
            sent_at=datetime(2026, 11, 18, 14, 30, tzinfo=UTC),
        )
    )
    tab = details.documents_tab
    drop(qtbot, tab, [msg])
    (row,) = tab.model.rows()
    assert (row.title, row.category, row.contact_person, row.document_date) == (
        "Rückfrage Liefertermin",
        "Korrespondenz",
        "Jürgen Müller",
        date(2026, 11, 18),
    )
    details.ui.tabs.setCurrentWidget(details.history_tab)
    model = details.history_tab.model
    sent = datetime(2026, 11, 18, 14, 30, tzinfo=UTC)
    assert model.data(model.index(0, 0)) == format_datetime_de(sent)
    assert model.data(model.index(0, 2)) == "Rückfrage Liefertermin"


def test_refused_files_are_named(
    qtbot: QtBot, details: CustomerDialog, database: Database, tmp_path: Path
) -> None:
    with database.sessions.begin() as session:
        documents.set_max_size_mb(session, 1)
    folder = tmp_path / "in"
    folder.mkdir()
    big = folder / "Riesig.tif"
    big.write_bytes(b"x" * (1024 * 1024 + 1))
    msg = folder / "Outlook.msg"
    msg.write_bytes(b"\xd0\xcf\x11\xe0")  # the start of one, no more
    ok = folder / "Klein.txt"
    ok.write_bytes(b"ok")
    tab = details.documents_tab
    added = drop(qtbot, tab, [big, msg, ok])
    assert len(added) == 1 and titles(tab) == ["Klein"]
    status = tab.ui.status_label.text()
    assert "Hinzugefügte Dokumente: 1." in status
    assert "Riesig.tif ist größer als 1 MB" in status
    assert "Outlook.msg ist keine lesbare Outlook-Nachricht." in status


def test_add_button_uses_the_file_dialog(
    qtbot: QtBot, details: CustomerDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = details.documents_tab
    paths = make_files(tmp_path / "in", ["Brief.odt"])
    monkeypatch.setattr(tab, "ask_files_to_add", lambda: paths)
    with qtbot.waitSignal(tab.files_added, timeout=20_000):
        tab.ui.add_documents.click()
    assert titles(tab) == ["Brief"]
    assert hashlib.sha256(paths[0].read_bytes()).hexdigest() == tab.model.rows()[0].sha256
