"""Opening a company file: checks, automatic backup, migrations, the engine and its sessions.

A company (Mandant) is one SQLite file. Before the program writes a byte to a file it checks
that it is a SQLite file, that it carries our ``application_id`` and that its schema version is
one this program knows; a file that fails is refused with a German message and left untouched.
A file with an older schema is copied to ``<name>.backups/`` and migrated in one transaction, so
a failing migration leaves it as it was.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from meinbuero.i18n import tr
from meinbuero.paths import bundled
from meinbuero.store import events

if TYPE_CHECKING:
    from alembic.config import Config

# "MBUR" — marks the file as ours (PRAGMA application_id), see sqlite.org/fileformat.html.
APPLICATION_ID = 0x4D425552
SQLITE_HEADER = b"SQLite format 3\x00"


class CompanyFileError(Exception):
    """A company file that cannot be opened; the message is for the user, in their language."""


@dataclass(frozen=True)
class FileState:
    application_id: int
    schema_version: int
    tables: int


@dataclass
class Database:
    """An open company file: its engine and a factory for sessions."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    # A write-protected file (or folder, or medium) is opened for reading only.
    read_only: bool = False

    def checkpoint(self) -> None:
        """Move what the -wal holds into the file itself and empty the -wal, so that the file
        alone is complete (a copy of it misses nothing) once no program has it open."""
        checkpoint(self.engine)

    def close(self) -> None:
        if not self.read_only:
            checkpoint(self.engine)
        self.engine.dispose()


def checkpoint(engine: Engine) -> None:
    """``PRAGMA wal_checkpoint(TRUNCATE)``; a reader in another program may keep part of the
    -wal for now (it is folded in by the next checkpoint), a read-only file has nothing to do."""
    try:
        connection = engine.raw_connection()
    except Exception:  # the file went away or cannot be opened: nothing to fold in
        return
    try:
        connection.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
    except sqlite3.Error:
        pass
    finally:
        connection.close()


def _configure_connection(dbapi_connection: Any, connection_record: Any) -> None:
    # Let SQLAlchemy, not pysqlite, begin transactions, so that DDL is transactional too.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in (
        "foreign_keys = ON",
        "journal_mode = WAL",
        "synchronous = FULL",  # invoices must survive a power cut
        "busy_timeout = 5000",
    ):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _configure_read_only(dbapi_connection: Any, connection_record: Any) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA foreign_keys = ON")


def _begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    if read_only:
        # immutable: nobody can write the file (it or its folder is write-protected), so
        # SQLite needs neither locks nor the -shm it could not create there.
        engine = create_engine(f"sqlite+pysqlite:///{_read_only_uri(path)}&uri=true")
        event.listen(engine, "connect", _configure_read_only)
    else:
        engine = create_engine(f"sqlite+pysqlite:///{path}")
        event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


def is_write_protected(path: Path) -> bool:
    """The file, or the folder its journal goes into, cannot be written (a read-only file,
    folder or medium)."""
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def alembic_config(script_location: Path | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location or bundled("db")))
    return config


def head_version(script_location: Path | None = None) -> int:
    """The schema version this program brings: its newest migration's number.

    Migrations are numbered (``0001_….py``, revision "0001"), so the newest number is read from
    the file names; Alembic itself (0.1 s to import) is loaded only when a file is migrated.
    ``tests/store/test_database.py`` checks that this agrees with Alembic's head.
    """
    versions = Path(script_location or bundled("db")) / "versions"
    return max((int(p.name[:4]) for p in versions.glob("[0-9][0-9][0-9][0-9]_*.py")), default=0)


def _read_only_uri(path: Path) -> str:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    # On a write-protected file or medium SQLite cannot make the -shm a WAL file needs.
    return uri + "&immutable=1" if is_write_protected(path) else uri


def read_state(path: Path) -> FileState:
    """Look into a file without changing it; refuse what is not a SQLite database."""
    name = path.name
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise CompanyFileError(
            tr("The company file {name} cannot be read: {reason}", name=name, reason=error.strerror)
        ) from error
    if header and header != SQLITE_HEADER:
        raise CompanyFileError(
            tr("{name} is not a meinbuero company file (it is not a database).", name=name)
        )
    if not header:
        return FileState(application_id=0, schema_version=0, tables=0)
    try:
        connection = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            schema_version = connection.execute("PRAGMA user_version").fetchone()[0]
            tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise CompanyFileError(
            tr("The company file {name} is damaged and cannot be opened.", name=name)
        ) from error
    return FileState(application_id, schema_version, tables)


def integrity_problems(path: Path) -> list[str]:
    """SQLite's integrity and foreign key checks; an empty list means healthy."""
    connection = sqlite3.connect(_read_only_uri(path), uri=True)
    try:
        rows = [r[0] for r in connection.execute("PRAGMA integrity_check")]
        problems = [r for r in rows if r != "ok"]
        for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} {rowid} -> {parent}")
        return problems
    except sqlite3.DatabaseError as error:
        return [str(error)]
    finally:
        connection.close()


def backup(path: Path, *, schema_version: int) -> Path:
    """Copy the file (consistently, with SQLite's backup API) to ``<name>.backups/``."""
    folder = path.with_name(path.name + ".backups")
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-{stamp}-schema{schema_version}{path.suffix or '.sqlite'}"
    source = sqlite3.connect(_read_only_uri(path), uri=True)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    return target


def _migrate(engine: Engine, *, target: int, script_location: Path | None) -> None:
    from alembic import command

    config = alembic_config(script_location)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.exec_driver_sql(f"PRAGMA user_version = {int(target)}")


def open_company(
    path: Path, *, create: bool = False, script_location: Path | None = None
) -> Database:
    """Open (with ``create``: make) a company file, migrating it to this program's schema.

    Raises:
        CompanyFileError: the file is missing, not ours, damaged, newer than this program, or
            its migration failed; in every case the file is as it was.
    """
    path = Path(path).absolute()
    name = path.name
    existed = path.exists()
    if path.is_dir():
        raise CompanyFileError(tr("{name} is a folder, not a company file.", name=name))
    if not path.exists():
        if not create:
            raise CompanyFileError(tr("The company file {path} does not exist.", path=str(path)))
        path.parent.mkdir(parents=True, exist_ok=True)
    state = read_state(path) if path.exists() else FileState(0, 0, 0)
    is_new = state.application_id == 0 and state.tables == 0
    if is_new and path.exists() and not create:
        raise CompanyFileError(
            tr("{name} is an empty file, not a meinbuero company file.", name=name)
        )
    if not is_new and state.application_id != APPLICATION_ID:
        raise CompanyFileError(
            tr(
                "{name} is not a meinbuero company file (it belongs to another program).",
                name=name,
            )
        )
    head = head_version(script_location)
    if state.schema_version > head:
        raise CompanyFileError(
            tr(
                "{name} was saved by a newer version of meinbuero (data version {found}; this"
                " program knows up to {known}). Please update meinbuero.",
                name=name,
                found=state.schema_version,
                known=head,
            )
        )
    read_only = existed and not is_new and is_write_protected(path)
    if read_only and state.schema_version < head:
        raise CompanyFileError(
            tr(
                "The company file {name} is write-protected, and this version of meinbuero must "
                "bring it up to date first. Please remove the write protection.",
                name=name,
            )
        )
    if read_only:
        engine = make_engine(path, read_only=True)
        sessions = sessionmaker(engine, expire_on_commit=False)
        events.install(sessions)
        return Database(path=path, engine=engine, sessions=sessions, read_only=True)
    if not is_new and state.schema_version < head:
        problems = integrity_problems(path)
        if problems:
            raise CompanyFileError(
                tr("The company file {name} is damaged and cannot be opened.", name=name)
            )
        backup(path, schema_version=state.schema_version)
    engine = make_engine(path)
    if state.schema_version < head:
        try:
            _migrate(engine, target=head, script_location=script_location)
        except Exception as error:
            engine.dispose()
            if not existed:
                _remove_new_file(path)
            raise CompanyFileError(
                tr(
                    "The company file {name} could not be brought up to date ({reason}). It was"
                    " left unchanged.",
                    name=name,
                    reason=_first_line(error),
                )
            ) from error
    sessions = sessionmaker(engine, expire_on_commit=False)
    events.install(sessions)
    return Database(path=path, engine=engine, sessions=sessions)


def _first_line(error: BaseException) -> str:
    cause = getattr(error, "orig", None) or error
    return (str(cause).strip().splitlines() or [type(cause).__name__])[0]


def _remove_new_file(path: Path) -> None:
    # Only a file this call created is removed, with its WAL companions.
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
