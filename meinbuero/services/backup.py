"""Backups of a company: one file holding the database, its documents and a manifest.

``Firma 2026-12-06 1830.meinbuero-backup`` is a zip (AES-encrypted with a password, via
pyzipper): ``company.sqlite`` taken with SQLite's online backup API (consistent while another
connection writes), every document file the database names under ``documents/ab/ab12…``, and
``manifest.json`` with the versions, the counts and the SHA-256 and size of every part. The zip
comment holds the SHA-256 of every byte before it, so a flipped byte anywhere in the file is
found, even one zip itself does not check.

A backup and a restored company file are written under a temporary name and renamed when they
are complete: a crash or a full disk never leaves a half file under the final name.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import shutil
import sqlite3
import sys
import uuid
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import IO, TYPE_CHECKING, Any

from meinbuero import __version__
from meinbuero.i18n import tr
from meinbuero.services.errors import Refused
from meinbuero.store.database import (
    APPLICATION_ID,
    CompanyFileError,
    head_version,
    open_company,
    read_state,
)
from meinbuero.store.documents import CHUNK, DocumentStore, fsync_dir, is_hash, store_root


def _lazy_module(name: str) -> ModuleType:
    """``name`` imported on its first attribute access."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.loader is not None
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module


if TYPE_CHECKING:
    import pyzipper
else:
    # Loaded when first used: the window's start only lists the backups (no zip is opened),
    # and pyzipper with its AES (Cryptodome, cffi) takes 40 ms to import.
    pyzipper = _lazy_module("pyzipper")

EXTENSION = ".meinbuero-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE_PART = "company.sqlite"
DOCUMENTS_PART = "documents/"
TEMP_PREFIX = ".~"
TEMP_SUFFIX = ".tmp"
# Temporary files of a backup killed on the way are removed by the next backup after this long.
STALE_TEMP_SECONDS = 24 * 3600
_SEAL_PREFIX = b"meinbuero-sha256:"
_SEAL_LENGTH = 64
_NAME = re.compile(
    r"^(?P<stem>.+) (?P<date>\d{4}-\d{2}-\d{2}) (?P<time>\d{4}(?:\d{2})?)(?: \(\d+\))?"
    + re.escape(EXTENSION)
    + "$"
)

_TEMP_NAME = re.compile(r"\.[0-9a-f]{12}\.(part|db|restore)\.tmp(-journal|-wal|-shm)?$")

#: Called with (parts done, parts in all) now and then.
Progress = Callable[[int, int], None]


class BackupError(Refused):
    """A backup that cannot be made, read or restored; the message is one sentence for the user."""


@dataclass(frozen=True)
class Counts:
    customers: int
    documents: int
    sales_documents: int
    invoices: int


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds. Without the password of an encrypted backup only the date is known."""

    path: Path
    created: datetime
    encrypted: bool
    company_name: str
    counts: Counts | None = None
    schema_version: int | None = None
    program_version: str | None = None
    documents_missing: int = 0
    size: int = 0


# -- names -------------------------------------------------------------------------------------


def backup_name(company_file: Path, when: datetime) -> str:
    return f"{company_file.stem} {when:%Y-%m-%d %H%M}{EXTENSION}"


def date_of_name(name: str) -> datetime | None:
    """The time in a backup's file name; None for a name that is not a backup's."""
    match = _NAME.match(name)
    if match is None:
        return None
    text = match["time"]
    try:
        return datetime.strptime(
            f"{match['date']} {text}", "%Y-%m-%d %H%M%S" if len(text) == 6 else "%Y-%m-%d %H%M"
        )
    except ValueError:
        return None


def company_of_name(name: str) -> str | None:
    """The company file's name (without .sqlite) in a backup's file name; None for another."""
    match = _NAME.match(name)
    return match["stem"] if match is not None and date_of_name(name) is not None else None


def is_backup_name(name: str) -> bool:
    return date_of_name(name) is not None


def _unused(folder: Path, name: str) -> Path:
    candidate = folder / name
    number = 2
    while candidate.exists():
        candidate = folder / name.replace(EXTENSION, f" ({number}){EXTENSION}")
        number += 1
    return candidate


def _temp_beside(final: Path, kind: str) -> Path:
    return final.with_name(f"{TEMP_PREFIX}{final.name}.{uuid.uuid4().hex[:12]}.{kind}{TEMP_SUFFIX}")


def remove_stale_temp_files(folder: Path, *, older_than: float = STALE_TEMP_SECONDS) -> int:
    """Remove what killed backups and restores left in ``folder``; returns how many."""
    removed = 0
    now = datetime.now().timestamp()
    for path in folder.glob(f"{TEMP_PREFIX}*"):
        # the temporary files and what SQLite keeps beside the snapshot (its -journal)
        if _TEMP_NAME.search(path.name) is None:
            continue
        try:
            if now - path.stat().st_mtime > older_than:
                path.unlink()
                removed += 1
        except OSError:
            pass
    return removed


# -- helpers -----------------------------------------------------------------------------------


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _count(connection: sqlite3.Connection, sql: str) -> int:
    try:
        return int(connection.execute(sql).fetchone()[0])
    except sqlite3.OperationalError:  # an old schema without that table
        return 0


def _counts_of(connection: sqlite3.Connection) -> Counts:
    return Counts(
        customers=_count(connection, "SELECT count(*) FROM customer"),
        documents=_count(connection, "SELECT count(*) FROM document"),
        sales_documents=_count(connection, "SELECT count(*) FROM sales_document"),
        invoices=_count(
            connection,
            "SELECT count(*) FROM sales_document WHERE kind = 'invoice' AND number IS NOT NULL",
        ),
    )


def _password_bytes(password: str | None) -> bytes | None:
    return None if password is None else password.encode("utf-8")


def _damaged(path: Path) -> BackupError:
    return BackupError(
        tr(
            "The backup {name} is damaged or incomplete and cannot be used.",
            name=path.name,
        )
    )


# -- making a backup ---------------------------------------------------------------------------


def _snapshot(company_file: Path, target: Path) -> None:
    """Copy the database with SQLite's backup API: one read transaction, so one consistent
    state, while other connections go on writing (WAL)."""
    source = sqlite3.connect(f"{company_file.resolve().as_uri()}?mode=ro", uri=True)
    destination = sqlite3.connect(target)
    try:
        source.execute("PRAGMA busy_timeout = 5000")
        source.backup(destination)
        # The copy stands alone: no -wal beside it, so the zip gets every page.
        destination.execute("PRAGMA journal_mode = DELETE")
    finally:
        destination.close()
        source.close()


def _compresses(path: Path) -> bool:
    """Whether deflate gains on this file: PDFs, photos and office files are compressed
    already, and deflating them again costs more time than it saves bytes."""
    with path.open("rb") as handle:
        sample = handle.read(64 * 1024)
    return len(zlib.compress(sample, 1)) < 0.9 * len(sample)


def _write_part(archive: Any, name: str, source: Path, *, compress: bool) -> tuple[str, int]:
    """Copy ``source`` into the archive in large chunks (zipfile's own copy uses 8 KB, which
    costs much with AES); returns its SHA-256 and size, read on the way."""
    info = archive.zipinfo_cls.from_file(source, name)
    # Level 1: the database shrinks to a third at a fraction of the default level's time.
    info.compress_type = pyzipper.ZIP_DEFLATED if compress else pyzipper.ZIP_STORED
    info._compresslevel = 1 if compress else None
    digest = hashlib.sha256()
    size = 0
    with source.open("rb") as handle, archive.open(info, "w", force_zip64=True) as target:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            target.write(chunk)
    return digest.hexdigest(), size


def _seal(path: Path) -> None:
    """Write the SHA-256 of every byte before it into the zip comment's placeholder."""
    digest = hashlib.sha256()
    size = path.stat().st_size
    with path.open("rb+") as handle:
        remaining = size - _SEAL_LENGTH
        while remaining > 0:
            chunk = handle.read(min(CHUNK, remaining))
            digest.update(chunk)
            remaining -= len(chunk)
        handle.seek(size - _SEAL_LENGTH)
        handle.write(digest.hexdigest().encode("ascii"))
        handle.flush()
        os.fsync(handle.fileno())


def _check_seal(path: Path) -> None:
    size = path.stat().st_size
    tail = len(_SEAL_PREFIX) + _SEAL_LENGTH
    if size < tail + 22:
        raise _damaged(path)
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        remaining = size - _SEAL_LENGTH
        while remaining > 0:
            chunk = handle.read(min(CHUNK, remaining))
            if not chunk:
                raise _damaged(path)
            digest.update(chunk)
            remaining -= len(chunk)
        handle.seek(size - tail)
        seal = handle.read(tail)
    if seal != _SEAL_PREFIX + digest.hexdigest().encode("ascii"):
        raise _damaged(path)


def _target_file(company_file: Path, target: Path | None, when: datetime) -> Path:
    if target is None:
        folder = company_file.with_name(company_file.name + ".backups")
    elif target.name.endswith(EXTENSION) and not target.is_dir():
        if target.exists():
            raise BackupError(tr("{name} exists already; choose another name.", name=target.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        return target.absolute()
    else:
        folder = target
    folder.mkdir(parents=True, exist_ok=True)
    return _unused(folder.absolute(), backup_name(company_file, when))


def make_backup(
    company_file: Path,
    target: Path | None = None,
    *,
    password: str | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> Path:
    """Back up a company file and its documents into one file; returns its path.

    Args:
        target: A folder (the name is made from the company and the time) or a file ending in
            ``.meinbuero-backup``; default: ``<company>.backups/`` beside the company file.
        password: Encrypt with AES-256; the password is not stored anywhere.

    Raises:
        CompanyFileError: the company file is missing or not ours.
        BackupError: the backup could not be written (nothing is left under its name).
    """
    company_file = Path(company_file).absolute()
    if not company_file.is_file():
        raise CompanyFileError(
            tr("The company file {path} does not exist.", path=str(company_file))
        )
    state = read_state(company_file)
    if state.application_id != APPLICATION_ID:
        raise CompanyFileError(
            tr(
                "{name} is not a meinbuero company file (it belongs to another program).",
                name=company_file.name,
            )
        )
    if password is not None and not password:
        raise BackupError(tr("The password must not be empty."))
    when = now or datetime.now()
    final = _target_file(company_file, target, when)
    remove_stale_temp_files(final.parent)
    temp = _temp_beside(final, "part")
    snapshot = _temp_beside(final, "db")
    try:
        _snapshot(company_file, snapshot)
        connection = sqlite3.connect(f"{snapshot.resolve().as_uri()}?mode=ro", uri=True)
        try:
            counts = _counts_of(connection)
            schema_version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            hashes = sorted(
                {
                    row[0]
                    for row in connection.execute("SELECT DISTINCT sha256 FROM document_version")
                    if isinstance(row[0], str) and is_hash(row[0])
                }
            )
        finally:
            connection.close()
        store = DocumentStore(store_root(company_file))
        total = len(hashes) + 1
        parts: dict[str, dict[str, object]] = {}
        missing: list[str] = []
        with pyzipper.AESZipFile(
            temp,
            "w",
            compression=pyzipper.ZIP_DEFLATED,
            encryption=pyzipper.WZ_AES if password else None,
        ) as archive:
            if password:
                archive.setpassword(_password_bytes(password))
            sha256, size = _write_part(archive, DATABASE_PART, snapshot, compress=True)
            parts[DATABASE_PART] = {"sha256": sha256, "size": size}
            snapshot.unlink()
            if progress is not None:
                progress(1, total)
            for done, wanted in enumerate(hashes, start=2):
                path = store.path_of(wanted)
                # Checked before it goes in: a damaged part would make the whole backup fail.
                # The second read comes from the cache.
                try:
                    found, _ = _hash_file(path)
                except FileNotFoundError:
                    found = ""
                if found != wanted:  # missing or damaged in the store: nothing good to keep
                    missing.append(wanted)
                    continue
                name = f"{DOCUMENTS_PART}{wanted[:2]}/{wanted}"
                found, size = _write_part(archive, name, path, compress=_compresses(path))
                if found != wanted:  # changed in between: refuse rather than keep a bad part
                    raise BackupError(
                        tr("A document file changed during the backup; please try again.")
                    )
                parts[name] = {"sha256": wanted, "size": size}
                if progress is not None and (done % 50 == 0 or done == total):
                    progress(done, total)
            manifest = {
                "format": FORMAT_VERSION,
                "program": "meinbuero",
                "program_version": __version__,
                "schema_version": schema_version,
                "application_id": APPLICATION_ID,
                "created_at": when.astimezone().isoformat(timespec="seconds"),
                "company_file": company_file.name,
                "encrypted": bool(password),
                "counts": {
                    "customers": counts.customers,
                    "documents": counts.documents,
                    "sales_documents": counts.sales_documents,
                    "invoices": counts.invoices,
                },
                "documents_missing": missing,
                "parts": parts,
            }
            archive.writestr(
                MANIFEST,
                json.dumps(manifest, indent=1, ensure_ascii=False).encode("utf-8"),
                compress_type=pyzipper.ZIP_DEFLATED,
            )
            archive.comment = _SEAL_PREFIX + b"0" * _SEAL_LENGTH
        _seal(temp)
        temp.replace(final)
        fsync_dir(final.parent)
    except OSError as error:
        raise BackupError(
            tr(
                "The backup could not be written to {folder}: {reason}",
                folder=str(final.parent),
                reason=error.strerror or str(error),
            )
        ) from error
    except sqlite3.DatabaseError as error:
        raise CompanyFileError(
            tr(
                "The company file {name} is damaged and cannot be opened.",
                name=company_file.name,
            )
        ) from error
    finally:
        for leftover in (temp, snapshot, Path(f"{snapshot}-journal")):
            leftover.unlink(missing_ok=True)
    return final


# -- reading a backup --------------------------------------------------------------------------


def _open_archive(path: Path, password: str | None) -> Any:
    try:
        archive = pyzipper.AESZipFile(path)
    except FileNotFoundError as error:
        raise BackupError(tr("The backup {path} does not exist.", path=str(path))) from error
    except (pyzipper.BadZipFile, OSError, ValueError, EOFError) as error:
        raise _damaged(path) from error
    if password is not None:
        archive.setpassword(_password_bytes(password))
    return archive


def _is_encrypted(archive: Any) -> bool:
    return any(info.flag_bits & 0x1 for info in archive.infolist())


def _read_manifest(path: Path, archive: Any, password: str | None) -> dict[str, Any]:
    if _is_encrypted(archive) and password is None:
        raise BackupError(tr("The backup {name} is protected by a password.", name=path.name))
    try:
        manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
    except RuntimeError as error:
        if "password" in str(error).lower():
            raise BackupError(
                tr("The password for the backup {name} is wrong.", name=path.name)
            ) from error
        raise _damaged(path) from error
    except (KeyError, ValueError, pyzipper.BadZipFile, zlib.error, EOFError, OSError) as error:
        raise _damaged(path) from error
    if not isinstance(manifest, dict) or manifest.get("program") != "meinbuero":
        raise _damaged(path)
    if int(manifest.get("format", 0)) > FORMAT_VERSION:
        raise BackupError(
            tr(
                "The backup {name} was made by a newer version of meinbuero; please update"
                " meinbuero.",
                name=path.name,
            )
        )
    return manifest


def _info(path: Path, manifest: dict[str, Any], *, encrypted: bool) -> BackupInfo:
    counts = manifest.get("counts", {})
    created = datetime.fromisoformat(manifest["created_at"])
    return BackupInfo(
        path=path,
        # local time without a zone, as in the file name
        created=created.astimezone().replace(tzinfo=None) if created.tzinfo else created,
        encrypted=encrypted,
        company_name=Path(str(manifest.get("company_file", ""))).stem,
        counts=Counts(
            customers=int(counts.get("customers", 0)),
            documents=int(counts.get("documents", 0)),
            sales_documents=int(counts.get("sales_documents", 0)),
            invoices=int(counts.get("invoices", 0)),
        ),
        schema_version=int(manifest["schema_version"]),
        program_version=str(manifest.get("program_version", "")),
        documents_missing=len(manifest.get("documents_missing", [])),
        size=path.stat().st_size,
    )


def inspect_backup(path: Path, password: str | None = None) -> BackupInfo:
    """What a backup holds, from its manifest (the parts are not checked: see verify_backup).

    An encrypted backup without a password gives only the date in its name.
    """
    path = Path(path)
    with _open_archive(path, password) as archive:
        encrypted = _is_encrypted(archive)
        if encrypted and password is None:
            match = _NAME.match(path.name)
            return BackupInfo(
                path=path,
                created=date_of_name(path.name) or datetime.fromtimestamp(path.stat().st_mtime),
                encrypted=True,
                company_name=match["stem"] if match else path.stem,
                size=path.stat().st_size,
            )
        manifest = _read_manifest(path, archive, password)
    try:
        return _info(path, manifest, encrypted=encrypted)
    except (KeyError, ValueError, TypeError, AttributeError) as error:
        raise _damaged(path) from error


def _copy_checked(
    path: Path, archive: Any, name: str, expected: dict[str, Any], target: IO[bytes] | None
) -> None:
    """Read one part, writing it to ``target`` if given; refuse it unless it is as the
    manifest says."""
    digest = hashlib.sha256()
    size = 0
    try:
        with archive.open(name) as source:
            while chunk := source.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                if target is not None:
                    target.write(chunk)
    except RuntimeError as error:
        if "password" in str(error).lower():
            raise BackupError(
                tr("The password for the backup {name} is wrong.", name=path.name)
            ) from error
        raise _damaged(path) from error
    except (KeyError, ValueError, pyzipper.BadZipFile, zlib.error, EOFError) as error:
        raise _damaged(path) from error
    if digest.hexdigest() != expected.get("sha256") or size != expected.get("size"):
        raise _damaged(path)


def _checked_parts(path: Path, archive: Any, manifest: dict[str, Any]) -> dict[str, Any]:
    parts = manifest.get("parts")
    if not isinstance(parts, dict) or DATABASE_PART not in parts:
        raise _damaged(path)
    names = {info.filename for info in archive.infolist()}
    if names != set(parts) | {MANIFEST}:
        raise _damaged(path)
    for name, expected in parts.items():
        if name != DATABASE_PART and not (
            name.startswith(DOCUMENTS_PART) and is_hash(name.rsplit("/", 1)[-1])
        ):
            raise _damaged(path)
        if not isinstance(expected, dict):
            raise _damaged(path)
    return parts


def verify_backup(
    path: Path, password: str | None = None, *, progress: Progress | None = None
) -> BackupInfo:
    """Check every byte of a backup: the file's seal and every part against the manifest.

    Raises:
        BackupError: damaged, incomplete, a wrong or missing password, or of a newer format.
    """
    path = Path(path)
    if not path.is_file():
        raise BackupError(tr("The backup {path} does not exist.", path=str(path)))
    try:
        _check_seal(path)
    except OSError as error:
        raise BackupError(
            tr("The backup {name} cannot be read: {reason}", name=path.name, reason=error.strerror)
        ) from error
    with _open_archive(path, password) as archive:
        encrypted = _is_encrypted(archive)
        manifest = _read_manifest(path, archive, password)
        parts = _checked_parts(path, archive, manifest)
        for done, (name, expected) in enumerate(parts.items(), start=1):
            _copy_checked(path, archive, name, expected, None)
            if progress is not None:
                progress(done, len(parts))
    try:
        return _info(path, manifest, encrypted=encrypted)
    except (KeyError, ValueError, TypeError, AttributeError) as error:
        raise _damaged(path) from error


# -- restoring ---------------------------------------------------------------------------------


def _release_wal(company_file: Path) -> None:
    """Fold the -wal into the file and leave WAL mode, so that no old -wal is applied to the
    restored file; refuse while another program has the file open."""
    try:
        connection = sqlite3.connect(company_file, timeout=2)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        raise BackupError(
            tr(
                "The company file {name} is open in another window or program; close it first.",
                name=company_file.name,
            )
        ) from error
    except sqlite3.DatabaseError:
        mode = "delete"  # a damaged file: what is beside it goes with it
    if str(mode).lower() != "delete":
        raise BackupError(
            tr(
                "The company file {name} is open in another window or program; close it first.",
                name=company_file.name,
            )
        )
    for suffix in ("-wal", "-shm"):
        Path(str(company_file) + suffix).unlink(missing_ok=True)


def _keep_current(company_file: Path) -> Path:
    """Back up the company file about to be replaced; a file too damaged for that is copied."""
    folder = company_file.with_name(company_file.name + ".backups")
    try:
        return make_backup(company_file, folder)
    except (CompanyFileError, BackupError):
        folder.mkdir(exist_ok=True)
        copy = folder / f"{company_file.stem} {datetime.now():%Y-%m-%d %H%M%S}.damaged"
        shutil.copyfile(company_file, copy)
        _fsync_file(copy)
        return copy


@dataclass(frozen=True)
class RestoreResult:
    company_file: Path
    info: BackupInfo
    #: The backup of the company file that was replaced (with force), else None.
    previous: Path | None


def restore_backup(
    path: Path,
    company_file: Path,
    *,
    password: str | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> RestoreResult:
    """Restore a backup into ``company_file`` (a new file; an existing one only with ``force``,
    after backing it up beside it). Every part is checked before anything is written.

    Raises:
        BackupError: the backup is damaged, of a newer program, the password is wrong, or the
            company file exists and ``force`` is not given; nothing was changed.
        CompanyFileError: the restored file could not be opened (or migrated).
    """
    path = Path(path)
    company_file = Path(company_file).absolute()
    info = verify_backup(path, password)
    head = head_version()
    if info.schema_version is None or info.schema_version > head:
        raise BackupError(
            tr(
                "The backup {name} was made by a newer version of meinbuero (data version"
                " {found}; this program knows up to {known}). Please update meinbuero.",
                name=path.name,
                found=info.schema_version,
                known=head,
            )
        )
    if company_file.is_dir():
        raise CompanyFileError(
            tr("{name} is a folder, not a company file.", name=company_file.name)
        )
    if company_file.exists() and not force:
        raise BackupError(
            tr(
                "The company file {name} exists already; restore into a new file, or replace"
                " it with --force (it is backed up first).",
                name=company_file.name,
            )
        )
    company_file.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temp_files(company_file.parent)
    temp = _temp_beside(company_file, "restore")
    previous: Path | None = None
    try:
        with _open_archive(path, password) as archive:
            manifest = _read_manifest(path, archive, password)
            parts = _checked_parts(path, archive, manifest)
            with temp.open("xb") as target:
                _copy_checked(path, archive, DATABASE_PART, parts[DATABASE_PART], target)
                target.flush()
                os.fsync(target.fileno())
            state = read_state(temp)
            if state.application_id != APPLICATION_ID or state.schema_version > head:
                raise _damaged(path)
            # Documents first: a crash after this leaves files no row names (which `meinbuero
            # check` removes), never a row without its file.
            store = DocumentStore(store_root(company_file))
            documents = [name for name in parts if name != DATABASE_PART]
            for done, name in enumerate(documents, start=1):
                sha256 = name.rsplit("/", 1)[-1]
                if store.hash_of(sha256) != sha256:
                    with archive.open(name) as source:
                        stored = store.put_stream(source)
                    if stored.sha256 != sha256:
                        store.remove(stored.sha256)
                        raise _damaged(path)
                if progress is not None:
                    progress(done, len(documents))
        if company_file.exists():
            previous = _keep_current(company_file)
            _release_wal(company_file)
        temp.replace(company_file)
        fsync_dir(company_file.parent)
    except OSError as error:
        raise BackupError(
            tr(
                "The backup could not be restored to {path}: {reason}",
                path=str(company_file),
                reason=error.strerror or str(error),
            )
        ) from error
    finally:
        temp.unlink(missing_ok=True)
    open_company(company_file).close()  # migrates a backup of an older schema
    return RestoreResult(company_file=company_file, info=info, previous=previous)


# -- rotation ----------------------------------------------------------------------------------


def _kept(
    dates: list[tuple[datetime, Path]], key: Callable[[date], object], keep: int
) -> set[Path]:
    """The newest backup of each of the newest ``keep`` periods that have one."""
    kept: set[Path] = set()
    seen: set[object] = set()
    for when, path in dates:  # newest first
        period = key(when.date())
        if period in seen:
            continue
        if len(seen) >= keep:
            break
        seen.add(period)
        kept.add(path)
    return kept


def rotate(
    folder: Path, keep_daily: int = 7, keep_weekly: int = 4, keep_monthly: int = 12
) -> list[Path]:
    """Delete the backups in ``folder`` outside the rule; returns the deleted ones.

    Per company (the name before the date), the newest backup of each of the last
    ``keep_daily`` days, ``keep_weekly`` ISO weeks and ``keep_monthly`` months that have a
    backup is kept. Only files named like a backup are looked at; nothing else is deleted.
    """
    companies: dict[str, list[tuple[datetime, Path]]] = {}
    for path in Path(folder).iterdir():
        match = _NAME.match(path.name)
        when = date_of_name(path.name)
        if match is None or when is None or not path.is_file():
            continue
        companies.setdefault(match["stem"], []).append((when, path))
    deleted: list[Path] = []
    for backups in companies.values():
        backups.sort(key=lambda item: (item[0], item[1].name), reverse=True)
        kept = (
            _kept(backups, lambda day: day, keep_daily)
            | _kept(backups, lambda day: day.isocalendar()[:2], keep_weekly)
            | _kept(backups, lambda day: (day.year, day.month), keep_monthly)
        )
        for _, path in backups:
            if path not in kept:
                path.unlink()
                deleted.append(path)
    return sorted(deleted)


def backups_in(folder: Path) -> Iterable[Path]:
    """The backup files in a folder, newest first (by the date in the name)."""
    if not Path(folder).is_dir():
        return []
    found = [(date_of_name(p.name), p) for p in Path(folder).iterdir() if p.is_file()]
    return [p for when, p in sorted((x for x in found if x[0] is not None), reverse=True)]
