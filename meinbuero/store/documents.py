"""The document store: the files of the customers' documents, beside the company file.

``Firma.sqlite`` keeps its documents in ``Firma.dokumente/``, each content once, under its
SHA-256: ``ab/ab12…``. No stored name comes from user input, so any file name (``..\\..\\x``,
``CON.txt``, 250 characters, emoji) is safe. A file is written to a temporary file in the store,
synced and renamed into place (and the folder synced) before the database row that names it is
committed: a crash in between leaves a file without a row (which ``meinbuero check`` removes),
never a row without its file.
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from meinbuero.i18n import tr

CHUNK = 1024 * 1024
TEMP_FOLDER = "tmp"
TEMP_SUFFIX = ".part"
# Files without a row younger than this may belong to an add still running in another process.
STRAY_GRACE_SECONDS = 600


class FileTooLarge(Exception):
    """The source is larger than the limit set for this company (the message names it)."""


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    #: Whether this call put the content into the store (False: it was there already).
    created: bool


def store_root(company_file: Path) -> Path:
    """``Firma.sqlite`` → ``Firma.dokumente/`` in the same folder."""
    return company_file.with_name(company_file.stem + ".dokumente")


def company_file_of(session: Session) -> Path:
    """The SQLite file the session works on."""
    database = session.get_bind().engine.url.database
    if not database or database == ":memory:":
        raise ValueError("the session is not bound to a company file")
    return Path(database).absolute()


def fsync_dir(folder: Path) -> None:
    # Makes a rename durable on POSIX; Windows cannot open folders (NTFS journals the rename).
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def is_hash(name: str) -> bool:
    return len(name) == 64 and all(c in "0123456789abcdef" for c in name)


class DocumentStore:
    """The files of one company's documents, by content hash."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def of(cls, session: Session) -> DocumentStore:
        return cls(store_root(company_file_of(session)))

    def path_of(self, sha256: str) -> Path:
        if not is_hash(sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def contains(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    # -- writing ------------------------------------------------------------------------------

    def put_stream(
        self,
        source: BinaryIO,
        *,
        max_size: int | None = None,
        name: str = "",
        progress: Callable[[int], None] | None = None,
    ) -> StoredFile:
        """Copy ``source`` into the store (hashing on the way); durable when this returns.

        Raises:
            FileTooLarge: more than ``max_size`` bytes (nothing is left in the store).
        """
        temp_folder = self.root / TEMP_FOLDER
        if not temp_folder.is_dir():
            temp_folder.mkdir(parents=True, exist_ok=True)
            fsync_dir(self.root)
        temp = temp_folder / f"{uuid.uuid4().hex}{TEMP_SUFFIX}"
        digest = hashlib.sha256()
        size = 0
        try:
            with temp.open("xb") as target:
                while chunk := source.read(CHUNK):
                    size += len(chunk)
                    if max_size is not None and size > max_size:
                        raise FileTooLarge(
                            tr(
                                "{name} is larger than {limit} MB and was not added.",
                                name=name,
                                limit=max_size // (1024 * 1024),
                            )
                        )
                    digest.update(chunk)
                    target.write(chunk)
                    if progress is not None:
                        progress(size)
                target.flush()
                os.fsync(target.fileno())
            sha256 = digest.hexdigest()
            final = self.path_of(sha256)
            if final.is_file() and final.stat().st_size == size and self._touch(final):
                temp.unlink()
                return StoredFile(sha256, size, created=False)
            if not final.parent.is_dir():
                final.parent.mkdir(exist_ok=True)
                fsync_dir(self.root)
            if final.exists():  # a damaged copy: replaced by the good one
                final.chmod(stat.S_IWRITE | stat.S_IREAD)
            temp.replace(final)
            fsync_dir(final.parent)
            # Read-only: a program the file is shown in cannot change the store behind our back.
            final.chmod(stat.S_IREAD | stat.S_IRGRP | stat.S_IROTH)
            return StoredFile(sha256, size, created=True)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    @staticmethod
    def _touch(path: Path) -> bool:
        """Make a stored file young again, so that `meinbuero check` leaves it alone until its
        new row is committed; False when it was removed just now (as a stray)."""
        try:
            os.utime(path)
        except FileNotFoundError:
            return False
        except OSError:
            pass  # a file system that refuses: the file is there all the same
        return True

    def put_file(self, source: Path, *, max_size: int | None = None) -> StoredFile:
        with source.open("rb") as handle:
            return self.put_stream(handle, max_size=max_size, name=source.name)

    def put_bytes(
        self, content: bytes, *, max_size: int | None = None, name: str = ""
    ) -> StoredFile:
        import io

        return self.put_stream(io.BytesIO(content), max_size=max_size, name=name)

    def remove(self, sha256: str) -> None:
        path = self.path_of(sha256)
        if path.exists():
            path.chmod(stat.S_IWRITE | stat.S_IREAD)
            path.unlink()

    # -- reading and checking -----------------------------------------------------------------

    def read_bytes(self, sha256: str) -> bytes:
        return self.path_of(sha256).read_bytes()

    def hash_of(self, sha256: str) -> str | None:
        """The SHA-256 of what is stored under ``sha256`` now; None when the file is missing."""
        path = self.path_of(sha256)
        try:
            with path.open("rb") as handle:
                digest = hashlib.file_digest(handle, "sha256")
        except FileNotFoundError:
            return None
        return digest.hexdigest()

    def stored_hashes(self) -> Iterator[str]:
        """Every content in the store (by its file name)."""
        if not self.root.is_dir():
            return
        for folder in sorted(self.root.iterdir()):
            if folder.is_dir() and len(folder.name) == 2:
                for path in sorted(folder.iterdir()):
                    if is_hash(path.name) and path.name[:2] == folder.name:
                        yield path.name

    def temp_files(self) -> list[Path]:
        folder = self.root / TEMP_FOLDER
        return sorted(folder.glob(f"*{TEMP_SUFFIX}")) if folder.is_dir() else []

    def age_seconds(self, path: Path) -> float:
        return time.time() - path.stat().st_mtime
