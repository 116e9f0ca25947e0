"""Faults of the machine end in one German sentence, with the company unchanged or complete:
a full disk, a write-protected medium, a damaged page, a second writer, a closed pipe.

The full disk and the read-only medium are real: small tmpfs mounts (skipped where this test
may not mount, e.g. without root)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from meinbuero.cli import main
from meinbuero.services import faults
from meinbuero.store.database import open_company

CSV = "Kundennummer;Firma;Straße;PLZ;Ort\n" + "".join(
    f"K{i};Firma {i} GmbH;Weg {i};50667;Köln\n" for i in range(1, 41)
)


def _mount(folder: Path, size: str) -> None:
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("a tmpfs cannot be mounted here (needs root): " + done.stderr.decode()[:80])


def _unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on a medium with no byte left."""
    folder = tmp_path / "full"
    _mount(folder, "64k")
    try:
        filler = (folder / "filler").open("wb", buffering=0)
        try:
            while True:
                filler.write(b"\0" * 4096)
        except OSError:
            pass
        finally:
            filler.close()
        yield folder
    finally:
        _unmount(folder)


@pytest.fixture
def company(tmp_path: Path) -> Path:
    path = tmp_path / "Firma.sqlite"
    open_company(path, create=True).close()
    return path


def _customers(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM customer").fetchone()[0])
    finally:
        connection.close()


def _one_german_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err and "sqlalchemy" not in err.lower() and "SELECT" not in err
    return lines[0]


def test_a_full_disk_after_the_import_says_the_rows_are_in(
    company: Path, full_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kunden.csv"
    source.write_text(CSV, encoding="utf-8")
    (company.parent / "Importberichte").symlink_to(full_disk, target_is_directory=True)
    assert main(["import", "--db", str(company), str(source)]) == 0
    out, err = capsys.readouterr()
    assert "Importiert: 40" in out
    line = _one_german_line(err)
    assert "Import ist abgeschlossen" in line and "Datenträger ist voll" in line
    assert _customers(company) == 40


def test_an_export_onto_a_full_disk_leaves_no_half_file(
    company: Path, full_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kunden.csv"
    source.write_text(CSV * 1, encoding="utf-8")
    assert main(["import", "--db", str(company), str(source)]) == 0
    capsys.readouterr()
    target = full_disk / "kunden.xlsx"
    assert main(["export", "--db", str(company), "-o", str(target)]) == 1
    line = _one_german_line(capsys.readouterr().err)
    assert "Datenträger ist voll" in line
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler"]


def test_a_damaged_page_refuses_the_import(
    company: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kunden.csv"
    source.write_text(CSV, encoding="utf-8")
    assert main(["import", "--db", str(company), str(source)]) == 0
    connection = sqlite3.connect(company)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    (root,) = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'customer'"
    ).fetchone()
    connection.close()
    assert pages > root
    with company.open("r+b") as handle:  # the customer table's root page, not the header
        handle.seek((root - 1) * page_size + 8)
        handle.write(b"\xff" * 64)
    capsys.readouterr()
    again = tmp_path / "neu.csv"
    again.write_text("Kundennummer;Firma\nK99;Neu GmbH\n", encoding="utf-8")
    assert main(["import", "--db", str(company), str(again)]) == 1
    line = _one_german_line(capsys.readouterr().err)
    assert "beschädigt" in line and "Datensicherung" in line


def test_a_second_writer_is_waited_for(
    company: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kunden.csv"
    source.write_text(CSV, encoding="utf-8")
    other = sqlite3.connect(company, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO setting (key, value) VALUES ('anderes Programm', 'x')")
    released = threading.Event()

    def release() -> None:
        time.sleep(1.0)
        other.execute("COMMIT")
        released.set()

    thread = threading.Thread(target=release)
    thread.start()
    try:
        assert main(["import", "--db", str(company), str(source)]) == 0
    finally:
        thread.join()
        other.close()
    assert released.is_set()
    assert _customers(company) == 40


def test_a_writer_that_does_not_finish_is_named(
    company: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kunden.csv"
    source.write_text(CSV, encoding="utf-8")
    other = sqlite3.connect(company, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        assert main(["import", "--db", str(company), str(source)]) == 1
    finally:
        other.execute("ROLLBACK")
        other.close()
    line = _one_german_line(capsys.readouterr().err)
    assert "anderes Fenster oder Programm" in line
    assert _customers(company) == 0


@pytest.fixture
def read_only_medium(company: Path, tmp_path: Path) -> Iterator[Path]:
    """The company file on a medium mounted read-only (a write-protected stick, a CD)."""
    source = tmp_path / "kunden.csv"
    source.write_text(CSV, encoding="utf-8")
    assert main(["import", "--db", str(company), str(source)]) == 0
    folder = tmp_path / "ro"
    _mount(folder, "4m")
    try:
        (folder / company.name).write_bytes(company.read_bytes())
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder / company.name
    finally:
        _unmount(folder)


def test_a_write_protected_company_reads_and_refuses_writing_in_german(
    read_only_medium: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["search", "--db", str(read_only_medium), "Firma 7"]) == 0
    assert "Firma 7 GmbH" in capsys.readouterr().out
    source = tmp_path / "neu.csv"
    source.write_text("Kundennummer;Firma\nK99;Neu GmbH\n", encoding="utf-8")
    assert main(["import", "--db", str(read_only_medium), str(source)]) == 1
    line = _one_german_line(capsys.readouterr().err)
    assert "schreibgeschützt" in line
    assert "beschädigt" not in line


def test_output_into_a_closed_pipe_ends_quietly(company: Path, tmp_path: Path) -> None:
    source = tmp_path / "kunden.csv"
    source.write_text(CSV * 1, encoding="utf-8")
    assert main(["import", "--db", str(company), str(source)]) == 0
    done = subprocess.run(
        f"{sys.executable} -m meinbuero search --db '{company}' Firma | head -1",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stdout.count("\n") == 1
    assert done.stderr == ""


def test_explain_never_shows_sql() -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    engine = create_engine("sqlite://")
    with engine.connect() as connection:
        try:
            connection.execute(text("SELECT * FROM missing_table"))
        except OperationalError as error:
            said = faults.explain(error)
    assert said is not None and "SELECT" not in said and "missing_table" not in said


@pytest.fixture
def with_customer(company: Path, tmp_path: Path) -> Path:
    source = tmp_path / "kunden.csv"
    source.write_text("Kundennummer;Firma\nK1;Bau AG\n", encoding="utf-8")
    assert main(["import", "--db", str(company), str(source)]) == 0
    return company


def test_a_named_pipe_is_refused_not_waited_for(
    with_customer: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    pipe = tmp_path / "rohr"
    os.mkfifo(pipe)
    capsys.readouterr()
    args = ["documents", "add", "--db", str(with_customer), "--customer", "K1", str(pipe)]
    assert main(args) == 1
    line = _one_german_line(capsys.readouterr().err)
    assert "keine gewöhnliche Datei" in line


def test_documents_get_into_a_missing_folder_and_onto_a_full_disk(
    with_customer: Path, tmp_path: Path, full_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letter = tmp_path / "Brief.txt"
    letter.write_bytes(b"x" * 200_000)
    db = str(with_customer)
    assert main(["documents", "add", "--db", db, "--customer", "K1", str(letter)]) == 0
    capsys.readouterr()
    missing = str(tmp_path / "fehlt") + "/"
    assert main(["documents", "get", "--db", db, "--id", "1", "-o", missing]) == 1
    assert "Ordner" in _one_german_line(capsys.readouterr().err)
    assert not (tmp_path / "fehlt").exists()
    assert main(["documents", "get", "--db", db, "--id", "1", "-o", str(full_disk)]) == 1
    line = _one_german_line(capsys.readouterr().err)
    assert "Datenträger ist voll" in line and "gelesen" not in line
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler"]


def test_a_full_disk_in_a_real_export_prints_one_line(company: Path, full_disk: Path) -> None:
    """In a process of its own: what a spreadsheet writer fails to tidy up at exit must not
    reach the screen either."""
    source = full_disk.parent / "kunden.csv"
    source.write_text(CSV, encoding="utf-8")
    assert main(["import", "--db", str(company), str(source)]) == 0
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "meinbuero",
            "export",
            "--db",
            str(company),
            "-o",
            str(full_disk / "k.xlsx"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "Datenträger ist voll" in _one_german_line(done.stderr)


def test_what_a_killed_export_left_is_removed_by_the_next(
    with_customer: Path, tmp_path: Path
) -> None:
    import os

    from meinbuero.paths import scratch_folder

    target = tmp_path / "out" / "kunden.xlsx"
    target.parent.mkdir()
    left = target.parent / ".~kunden.abc123.tmp"
    scratch = scratch_folder() / "openpyxl.killed.xml"
    fresh = target.parent / ".~kunden.running.tmp"  # another export writing right now
    for path in (left, scratch, fresh):
        path.write_bytes(b"half")
    old = time.time() - 2 * 3600
    os.utime(left, (old, old))
    os.utime(scratch, (old, old))
    assert main(["export", "--db", str(with_customer), "-o", str(target)]) == 0
    assert not left.exists() and not scratch.exists()
    assert fresh.exists()
    assert sorted(p.name for p in target.parent.iterdir()) == [fresh.name, "kunden.xlsx"]


def _xlsx_with_last_row(path: Path, last_row: int) -> None:
    """A tiny .xlsx whose one sheet reaches row ``last_row`` (a few KB, millions of rows)."""
    import zipfile

    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org'
            '/package/2006/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
            '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http:'
            '//schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats'
            '.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships"><sheets><sheet name="Kunden" sheetId="1" '
            'r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http:'
            '//schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": (
            '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
            'openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            '<row r="1"><c r="A1" t="inlineStr"><is><t>Firma</t></is></c></row>'
            f'<row r="{last_row}"><c r="A{last_row}" t="inlineStr"><is><t>X</t></is></c></row>'
            "</sheetData></worksheet>"
        ),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)


def test_a_bomb_is_refused_before_it_takes_the_memory(
    company: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bomb = tmp_path / "kunden.xlsx"
    _xlsx_with_last_row(bomb, 1_048_576)
    assert bomb.stat().st_size < 10_000
    assert main(["import", "--db", str(company), str(bomb)]) == 1
    assert "zu groß" in _one_german_line(capsys.readouterr().err)
    wide = tmp_path / "breit.csv"
    wide.write_text("Firma;Notiz\nBau AG;" + " " * 40_000 + "x\n", encoding="utf-8")
    assert main(["import", "--db", str(company), str(wide)]) == 1
    assert "zu groß" in _one_german_line(capsys.readouterr().err)
    assert _customers(company) == 0
    # An ordinary workbook of the same making is read.
    fine = tmp_path / "gut.xlsx"
    _xlsx_with_last_row(fine, 3)
    assert main(["import", "--db", str(company), str(fine)]) == 0
