"""Backups on real files: consistency under a writer, every flipped byte found, passwords,
newer schemas, restore over a company, rotation, kill -9 and the WAL checkpoint."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from meinbuero.i18n import tr
from meinbuero.services import documents
from meinbuero.services.backup import (
    DATABASE_PART,
    EXTENSION,
    MANIFEST,
    BackupError,
    backup_name,
    date_of_name,
    inspect_backup,
    is_backup_name,
    make_backup,
    remove_stale_temp_files,
    restore_backup,
    rotate,
    verify_backup,
)
from meinbuero.services.customers import CustomerInput, save_customer
from meinbuero.store.database import Database, head_version, integrity_problems, open_company
from meinbuero.store.documents import DocumentStore, store_root

ROOT = Path(__file__).resolve().parents[2]


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def add_documents(database: Database, count: int = 3) -> dict[str, bytes]:
    contents = {f"Brief {n}.pdf": os.urandom(2000 + n) for n in range(count)}
    with database.sessions.begin() as session:
        customer = save_customer(session, CustomerInput(company_name="Akten GmbH"))
        for name, content in contents.items():
            documents.add_document_bytes(
                session, customer_id=customer.id, content=content, file_name=name, category="Brief"
            )
    return contents


def stored_contents(company_file: Path) -> dict[str, bytes]:
    store = DocumentStore(store_root(company_file))
    return {sha: store.read_bytes(sha) for sha in store.stored_hashes()}


@pytest.fixture
def filled(database: Database) -> Database:
    add_documents(database)
    return database


def test_backup_while_another_connection_writes_restores_one_committed_state(
    filled: Database, tmp_path: Path
) -> None:
    with filled.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE scratch (n INTEGER PRIMARY KEY, text TEXT)")
    stop = threading.Event()
    written: list[int] = []

    def write() -> None:
        writer = sqlite3.connect(filled.path, timeout=10, isolation_level=None)
        writer.execute("PRAGMA journal_mode = WAL")
        n = 0
        while not stop.is_set():
            n += 1
            writer.execute("BEGIN")
            writer.execute("INSERT INTO scratch VALUES (?, ?)", (n, "x" * 500))
            writer.execute("COMMIT")
            written.append(n)
        writer.close()

    thread = threading.Thread(target=write)
    thread.start()
    try:
        while len(written) < 200:
            time.sleep(0.01)
        backup = make_backup(filled.path, tmp_path / "out")
    finally:
        stop.set()
        thread.join()
    filled.close()
    restored = tmp_path / "neu" / "Neu.sqlite"
    restore_backup(backup, restored)

    rows = [r[0] for r in sqlite3.connect(restored).execute("SELECT n FROM scratch ORDER BY n")]
    assert rows == list(range(1, len(rows) + 1))  # no gap: one committed state
    assert 200 <= len(rows) < len(written)
    # The original, cut back to that state, dumps exactly as the restored file.
    expected = tmp_path / "expected.sqlite"
    shutil.copyfile(filled.path, expected)
    with sqlite3.connect(expected) as cut:
        cut.execute("DELETE FROM scratch WHERE n > ?", (len(rows),))
    assert dump(restored) == dump(expected)
    assert stored_contents(restored) == stored_contents(filled.path)
    assert len(stored_contents(restored)) == 3


def test_restore_gives_the_same_dump_and_document_bytes(filled: Database, tmp_path: Path) -> None:
    filled.close()
    backup = make_backup(filled.path, tmp_path / "out", password="geheim")
    info = verify_backup(backup, "geheim")
    assert info.encrypted and info.counts is not None
    assert info.counts.customers == 1 and info.counts.documents == 3
    assert info.schema_version == head_version()
    restored = tmp_path / "Kopie.sqlite"
    result = restore_backup(backup, restored, password="geheim")
    assert result.previous is None
    assert dump(restored) == dump(filled.path)
    assert stored_contents(restored) == stored_contents(filled.path)
    # The password is not in the file, not even its bytes in clear.
    assert b"geheim" not in backup.read_bytes()
    assert b"Akten GmbH" not in backup.read_bytes()


def test_name_and_contents(filled: Database, tmp_path: Path) -> None:
    filled.close()
    when = datetime(2026, 12, 6, 18, 30)
    backup = make_backup(filled.path, tmp_path, now=when)
    assert backup.name == "Firma 2026-12-06 1830" + EXTENSION
    assert date_of_name(backup.name) == when
    second = make_backup(filled.path, tmp_path, now=when)
    assert second.name == "Firma 2026-12-06 1830 (2)" + EXTENSION
    with zipfile.ZipFile(backup) as archive:
        names = archive.namelist()
    assert DATABASE_PART in names and MANIFEST in names
    assert len([n for n in names if n.startswith("documents/")]) == 3
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []
    info = inspect_backup(backup)
    assert info.created == datetime(2026, 12, 6, 18, 30) and not info.encrypted


def _part_offset(backup: Path, name: str) -> int:
    with zipfile.ZipFile(backup) as archive:
        info = archive.getinfo(name)
    # past the local header (30 bytes, the name, the extra field), into the data
    return info.header_offset + 30 + len(name.encode()) + len(info.extra) + 10


@pytest.mark.parametrize("where", ["database", "document", "manifest", "header", "end"])
def test_a_flipped_byte_is_refused_by_verify_and_restore(
    filled: Database, tmp_path: Path, where: str
) -> None:
    filled.close()
    backup = make_backup(filled.path, tmp_path / "out")
    with zipfile.ZipFile(backup) as archive:
        document = next(n for n in archive.namelist() if n.startswith("documents/"))
    offsets = {
        "database": _part_offset(backup, DATABASE_PART),
        "document": _part_offset(backup, document),
        "manifest": _part_offset(backup, MANIFEST),
        "header": 12,  # the first part's modification time: zip itself does not check it
        "end": backup.stat().st_size - 5,  # in the seal
    }
    data = bytearray(backup.read_bytes())
    data[offsets[where]] ^= 0x01
    backup.write_bytes(bytes(data))
    expected = tr(
        "The backup {name} is damaged or incomplete and cannot be used.", name=backup.name
    )
    with pytest.raises(BackupError) as refused:
        verify_backup(backup)
    assert str(refused.value) == expected
    target = tmp_path / "neu"
    target.mkdir()
    with pytest.raises(BackupError):
        restore_backup(backup, target / "Neu.sqlite")
    assert list(target.iterdir()) == []


def test_every_single_flipped_byte_of_a_small_backup_is_found(
    database: Database, tmp_path: Path
) -> None:
    database.close()
    backup = make_backup(database.path, tmp_path)
    original = backup.read_bytes()
    for offset in random.Random(13).sample(range(len(original)), 40):
        data = bytearray(original)
        data[offset] ^= 0x80
        backup.write_bytes(bytes(data))
        with pytest.raises(BackupError):
            verify_backup(backup)


def test_a_truncated_backup_is_refused(filled: Database, tmp_path: Path) -> None:
    filled.close()
    backup = make_backup(filled.path, tmp_path)
    backup.write_bytes(backup.read_bytes()[:-1000])
    with pytest.raises(BackupError):
        verify_backup(backup)


def test_wrong_or_missing_password_is_refused(filled: Database, tmp_path: Path) -> None:
    filled.close()
    backup = make_backup(filled.path, tmp_path, password="richtig")
    with pytest.raises(BackupError) as wrong:
        verify_backup(backup, "falsch")
    assert str(wrong.value) == tr("The password for the backup {name} is wrong.", name=backup.name)
    with pytest.raises(BackupError) as missing:
        restore_backup(backup, tmp_path / "Neu.sqlite")
    assert str(missing.value) == tr(
        "The backup {name} is protected by a password.", name=backup.name
    )
    assert not (tmp_path / "Neu.sqlite").exists()
    locked = inspect_backup(backup)
    assert locked.encrypted and locked.counts is None and locked.created is not None


def test_a_backup_of_a_newer_schema_is_refused(database: Database, tmp_path: Path) -> None:
    database.close()
    newer = tmp_path / "Neuer.sqlite"
    shutil.copyfile(database.path, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute(f"PRAGMA user_version = {head_version() + 1}")
    backup = make_backup(newer, tmp_path / "out")
    verify_backup(backup)  # complete; only this program is too old for it
    with pytest.raises(BackupError) as refused:
        restore_backup(backup, tmp_path / "Neu.sqlite")
    assert "meinbuero" in str(refused.value) and str(head_version() + 1) in str(refused.value)
    assert not (tmp_path / "Neu.sqlite").exists()


def test_restore_over_the_current_file_needs_force_and_keeps_it(
    filled: Database, tmp_path: Path
) -> None:
    filled.close()
    backup = make_backup(filled.path, tmp_path / "out")
    before = dump(filled.path)
    database = open_company(filled.path)
    with database.sessions.begin() as session:
        save_customer(session, CustomerInput(company_name="Später GmbH"))
    database.close()
    changed = dump(filled.path)
    with pytest.raises(BackupError):
        restore_backup(backup, filled.path)
    assert dump(filled.path) == changed
    result = restore_backup(backup, filled.path, force=True)
    assert dump(filled.path) == before
    assert result.previous is not None and result.previous.parent.name == "Firma.sqlite.backups"
    kept = tmp_path / "kept.sqlite"
    restore_backup(result.previous, kept)
    assert dump(kept) == changed
    assert not Path(str(filled.path) + "-wal").exists() or (
        Path(str(filled.path) + "-wal").stat().st_size == 0
    )


def test_restore_over_a_file_open_in_another_program_is_refused(
    filled: Database, tmp_path: Path
) -> None:
    backup = make_backup(filled.path, tmp_path / "out")
    with filled.sessions.begin() as session:
        save_customer(session, CustomerInput(company_name="Offen GmbH"))
    reader = sqlite3.connect(filled.path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM customer").fetchone()
    try:
        with pytest.raises(BackupError):
            restore_backup(backup, filled.path, force=True)
    finally:
        reader.close()
    assert "Offen GmbH" in str(dump(filled.path))
    filled.close()


def touch_backup(folder: Path, when: datetime, stem: str = "Firma") -> Path:
    path = folder / backup_name(Path(f"{stem}.sqlite"), when)
    path.write_bytes(b"x")
    return path


def test_rotation_keeps_daily_weekly_and_monthly_and_nothing_else(tmp_path: Path) -> None:
    start = datetime(2026, 12, 6, 18, 30)
    made = [touch_backup(tmp_path, start - timedelta(days=day)) for day in range(400)]
    # two on the newest day: only the later one is kept for it
    early = touch_backup(tmp_path, start.replace(hour=8))
    other = touch_backup(tmp_path, start - timedelta(days=3), stem="Andere Firma")
    foreign = [tmp_path / "Notizen.txt", tmp_path / "Firma.sqlite", tmp_path / "Firma 2026.zip"]
    for path in foreign:
        path.write_text("bleibt")
    deleted = rotate(tmp_path, keep_daily=7, keep_weekly=4, keep_monthly=12)
    left = sorted(p.name for p in tmp_path.iterdir() if is_backup_name(p.name))
    days = {date_of_name(name) for name in left if name.startswith("Firma ")}
    expected = {start - timedelta(days=day) for day in range(7)}  # 6 Dec back to 30 Nov
    # weeks: newest of each ISO week (Sunday of the week): 6 Dec, 29 Nov, 22 Nov, 15 Nov
    expected |= {datetime(2026, 11, day, 18, 30) for day in (29, 22, 15)}
    # months: newest of each month: Dec 6, Nov 30, Oct 31, … back 12 months with backups
    for months_back in range(12):
        year, month = 2026, 12 - months_back
        if month <= 0:
            year, month = 2025, month + 12
        next_first = datetime(year + (month == 12), month % 12 + 1, 1, 18, 30)
        expected.add(next_first - timedelta(days=1))
    expected.discard(datetime(2026, 12, 31, 18, 30))
    expected.add(start)
    assert days == expected
    assert early in deleted and other.exists()
    assert all(path.exists() for path in foreign)
    assert len(deleted) == len(made) + 1 - len(expected)


def test_rotation_twice_deletes_nothing_more(tmp_path: Path) -> None:
    start = datetime(2026, 12, 6, 18, 30)
    for hours in range(0, 24 * 60, 5):
        touch_backup(tmp_path, start - timedelta(hours=hours))
    assert rotate(tmp_path)
    assert rotate(tmp_path) == []


KILLED_BACKUP = """
import sys
from pathlib import Path
from meinbuero.services.backup import make_backup
print("ready", flush=True)
while True:
    make_backup(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def test_kill_9_during_backup_leaves_no_half_backup(filled: Database, tmp_path: Path) -> None:
    # bigger documents so that a backup takes a while
    with filled.sessions.begin() as session:
        for n in range(20):
            documents.add_document_bytes(
                session,
                customer_id=1,
                content=os.urandom(200_000),
                file_name=f"{n}.bin",
                category="Brief",
            )
    filled.close()
    out = tmp_path / "out"
    randomness = random.Random(9)
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(3):
        process = subprocess.Popen(
            [sys.executable, "-c", KILLED_BACKUP, str(filled.path), str(out)],
            env=environment,
            stdout=subprocess.PIPE,
        )
        assert process.stdout is not None and process.stdout.readline() == b"ready\n"
        time.sleep(randomness.random() * 0.3)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    finals = [p for p in out.iterdir() if p.name.endswith(EXTENSION)]
    for path in finals:  # whatever carries a backup's name is complete
        verify_backup(path)
    leftovers = [p for p in out.iterdir() if p.name.startswith(".~")]
    assert leftovers  # at least one was killed on the way
    # the next backup removes what killed ones left, once they are old
    old = time.time() - 2 * 24 * 3600
    for path in leftovers:
        os.utime(path, (old, old))
    make_backup(filled.path, out)
    assert [p for p in out.iterdir() if p.name.startswith(".~")] == []


KILLED_RESTORE = """
import sys
from pathlib import Path
from meinbuero.services.backup import restore_backup
print("ready", flush=True)
restore_backup(Path(sys.argv[1]), Path(sys.argv[2]), force=True)
print("done", flush=True)
"""


def test_kill_9_during_restore_leaves_the_old_or_the_restored_company(
    filled: Database, tmp_path: Path
) -> None:
    with filled.sessions.begin() as session:
        for n in range(10):
            documents.add_document_bytes(
                session,
                customer_id=1,
                content=os.urandom(300_000),
                file_name=f"{n}.bin",
                category="Brief",
            )
    filled.close()
    backup = make_backup(filled.path, tmp_path / "out")
    restored_dump = dump(filled.path)
    database = open_company(filled.path)
    with database.sessions.begin() as session:
        save_customer(session, CustomerInput(company_name="Später GmbH"))
    database.close()
    old_dump = dump(filled.path)
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    randomness = random.Random(5)
    outcomes = []
    for _ in range(3):
        process = subprocess.Popen(
            [sys.executable, "-c", KILLED_RESTORE, str(backup), str(filled.path)],
            env=environment,
            stdout=subprocess.PIPE,
        )
        assert process.stdout is not None and process.stdout.readline() == b"ready\n"
        time.sleep(randomness.random() * 0.25)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        now = dump(filled.path)
        assert now in (old_dump, restored_dump)
        outcomes.append(now == restored_dump)
        assert integrity_problems(filled.path) == []
        open_company(filled.path).close()
    assert not any(p.name.endswith(".sqlite") and p != filled.path for p in tmp_path.iterdir())


def test_stale_temporary_files_are_removed_and_nothing_else(tmp_path: Path) -> None:
    stale = [
        tmp_path / ".~Firma 2026-12-06 1830.meinbuero-backup.0123456789ab.part.tmp",
        tmp_path / ".~Firma 2026-12-06 1830.meinbuero-backup.0123456789ab.db.tmp-journal",
        tmp_path / ".~Firma.sqlite.0123456789ab.restore.tmp",
    ]
    young = tmp_path / ".~Firma.sqlite.ba9876543210.restore.tmp"
    foreign = [tmp_path / ".~Brief.docx", tmp_path / "Firma.sqlite", tmp_path / "x.tmp"]
    old = time.time() - 2 * 24 * 3600
    for path in [*stale, *foreign, young]:
        path.write_bytes(b"x")
        if path is not young:
            os.utime(path, (old, old))
    assert remove_stale_temp_files(tmp_path) == 3
    assert sorted(tmp_path.iterdir()) == sorted([*foreign, young])


def test_closing_checkpoints_the_wal_so_the_file_alone_is_complete(
    company_path: Path, tmp_path: Path
) -> None:
    # another program keeps the file open, so SQLite's own checkpoint on the last close
    # does not happen
    other = sqlite3.connect(company_path)
    other.execute("SELECT count(*) FROM customer").fetchone()
    try:
        database = open_company(company_path)
        with database.sessions.begin() as session:
            save_customer(session, CustomerInput(company_name="Im WAL GmbH"))
        database.close()
        copy = tmp_path / "Kopie.sqlite"
        shutil.copyfile(company_path, copy)  # the file only, not its -wal
    finally:
        other.close()
    names = [r[0] for r in sqlite3.connect(copy).execute("SELECT company_name FROM customer")]
    assert names == ["Im WAL GmbH"]


def test_without_checkpoint_the_copy_would_miss_it(company_path: Path, tmp_path: Path) -> None:
    """The control for the test above: the data was in the -wal until the checkpoint."""
    other = sqlite3.connect(company_path)
    other.execute("SELECT count(*) FROM customer").fetchone()
    try:
        database = open_company(company_path)
        with database.sessions.begin() as session:
            save_customer(session, CustomerInput(company_name="Im WAL GmbH"))
        copy = tmp_path / "Kopie.sqlite"
        shutil.copyfile(company_path, copy)
        database.close()
    finally:
        other.close()
    assert list(sqlite3.connect(copy).execute("SELECT company_name FROM customer")) == []
