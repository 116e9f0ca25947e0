"""``meinbuero documents add|list|get`` and the document part of ``check``, as a user runs them."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from meinbuero.services import documents
from meinbuero.services.customers import CustomerInput, save_customer
from meinbuero.store.database import open_company
from meinbuero.store.documents import DocumentStore, store_root
from tests.test_cli import meinbuero


@pytest.fixture
def company(company_path: Path) -> Path:
    database = open_company(company_path)
    try:
        with database.sessions.begin() as session:
            number = save_customer(session, CustomerInput(company_name="Scanner GmbH")).number
    finally:
        database.close()
    assert number == "K10001"
    return company_path


def test_add_list_get(company: Path, tmp_path: Path) -> None:
    scans = tmp_path / "Scanner Ausgabe"
    scans.mkdir()
    (scans / "Lieferschein 4711.pdf").write_bytes(b"%PDF delivery")
    (scans / "Größen ✓.png").write_bytes(b"\x89PNG sizes")
    result = meinbuero(
        "documents",
        "add",
        "--db",
        company,
        "--customer",
        "K10001",
        "--category",
        "Protokoll",
        *sorted(scans.iterdir()),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"{scans / 'Größen ✓.png'}: als Dokument 1 „Größen ✓“ (Protokoll) hinzugefügt.",
        f"{scans / 'Lieferschein 4711.pdf'}: als Dokument 2 „Lieferschein 4711“ (Protokoll)"
        " hinzugefügt.",
    ]

    listed = meinbuero("documents", "list", "--db", company, "--customer", "K10001", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [(r["id"], r["title"], r["type"], r["size"]) for r in rows] == [
        (2, "Lieferschein 4711", "pdf", 13),
        (1, "Größen ✓", "png", 10),
    ]
    assert rows[0]["sha256"] == hashlib.sha256(b"%PDF delivery").hexdigest()

    table = meinbuero("documents", "list", "--db", company, "--customer", "K10001")
    assert table.stdout.splitlines()[0].split() == [
        "ID",
        "Datum",
        "Titel",
        "Kategorie",
        "Dateityp",
        "Größe",
    ]
    assert "Lieferschein 4711  Protokoll  PDF       13 Bytes" in table.stdout

    target = tmp_path / "out.pdf"
    got = meinbuero("documents", "get", "--db", company, "--id", "2", "-o", target)
    assert got.returncode == 0, got.stderr
    assert got.stdout == f"Dokument 2 nach {target} geschrieben.\n"
    assert target.read_bytes() == b"%PDF delivery"
    folder = tmp_path / "Export"
    folder.mkdir()
    assert meinbuero("documents", "get", "--db", company, "--id", "1", "-o", folder).returncode == 0
    assert (folder / "Größen ✓.png").read_bytes() == b"\x89PNG sizes"


def test_failures_are_one_german_line(company: Path, tmp_path: Path) -> None:
    result = meinbuero("documents", "list", "--db", company, "--customer", "K99")
    assert (result.returncode, result.stderr) == (
        1,
        "meinbuero: Nicht gefunden: Kundennummer K99\n",
    )
    result = meinbuero("documents", "get", "--db", company, "--id", "7", "-o", tmp_path / "x")
    assert result.stderr == "meinbuero: Nicht gefunden: Dokument 7\n"
    result = meinbuero(
        "documents", "add", "--db", company, "--customer", "K10001", tmp_path / "fehlt.pdf"
    )
    assert result.returncode == 1
    assert result.stderr == (
        "meinbuero: fehlt.pdf kann nicht gelesen werden: die Datei existiert nicht\n"
    )
    result = meinbuero(
        "documents", "add", "--db", company, "--customer", "K10001", "--category", "Foto", "x"
    )
    assert result.returncode == 2
    assert result.stderr.startswith("meinbuero: Unbekannte Kategorie „Foto“ (bekannt: Vertrag,")
    empty = meinbuero("documents", "list", "--db", company, "--customer", "K10001")
    assert empty.stdout == "Kunde K10001 hat keine Dokumente.\n"


def test_check_reports_missing_and_changed_files(company: Path) -> None:
    database = open_company(company)
    try:
        with database.sessions.begin() as session:
            for name in ("Vertrag.pdf", "Angebot.pdf"):
                documents.add_document_bytes(
                    session,
                    customer_id=1,
                    content=name.encode(),
                    file_name=name,
                    category="Vertrag",
                )
    finally:
        database.close()
    store = DocumentStore(store_root(company))
    assert meinbuero("check", "--db", company).returncode == 0
    missing = store.path_of(hashlib.sha256(b"Vertrag.pdf").hexdigest())
    missing.chmod(0o644)
    missing.unlink()
    changed = store.path_of(hashlib.sha256(b"Angebot.pdf").hexdigest())
    changed.chmod(0o644)
    changed.write_bytes(b"tampered")
    result = meinbuero("check", "--db", company)
    assert result.returncode == 3
    assert "Dokumente: 2 Dateien fehlen oder sind verändert" in result.stdout
    assert "  Kunde K10001, „Vertrag“ (Version 1): Datei fehlt" in result.stdout
    assert "  Kunde K10001, „Angebot“ (Version 1): Datei verändert" in result.stdout


CRASH_SCRIPT = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from meinbuero.services import documents
    from meinbuero.store.database import open_company

    def crash(stored):
        # The file is written and synced; its row is not committed yet.
        os.kill(os.getpid(), signal.SIGKILL)

    database = open_company(Path(sys.argv[1]))
    with database.sessions.begin() as session:
        documents.add_document_file(
            session, customer_id=1, path=Path(sys.argv[2]), after_write=crash
        )
    print("not reached")
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_crash_between_file_and_row_leaves_a_stray_file_that_check_removes(
    company: Path, tmp_path: Path
) -> None:
    source = tmp_path / "Protokoll.docx"
    source.write_bytes(b"protocol " * 1000)
    crashed = subprocess.run(
        [sys.executable, "-c", CRASH_SCRIPT, str(company), str(source)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr
    assert "not reached" not in crashed.stdout
    store = DocumentStore(store_root(company))
    sha256 = hashlib.sha256(source.read_bytes()).hexdigest()
    assert list(store.stored_hashes()) == [sha256]  # the file made it …
    listed = meinbuero("documents", "list", "--db", company, "--customer", "K10001", "--json")
    assert json.loads(listed.stdout) == []  # … its row did not: no row without file

    young = meinbuero("check", "--db", company)
    assert young.returncode == 0, young.stdout
    assert "Dokumente: 1 Dateien ohne Eintrag behalten" in young.stdout
    assert store.contains(sha256)

    old = time.time() - 3600
    os.utime(store.path_of(sha256), (old, old))
    result = meinbuero("check", "--db", company)
    assert result.returncode == 0, result.stdout
    assert "Dokumente: 1 verwaiste Dateien (ohne Eintrag) entfernt" in result.stdout
    assert list(store.stored_hashes()) == []
    again = meinbuero("check", "--db", company)
    assert "verwaiste" not in again.stdout

    # The same file added afterwards is stored and listed as usual.
    added = meinbuero("documents", "add", "--db", company, "--customer", "K10001", source)
    assert added.returncode == 0, added.stderr
    assert store.contains(sha256)
