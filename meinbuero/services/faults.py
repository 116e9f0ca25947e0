"""Faults of the machine, said in one German sentence: a full disk, a read-only file, a company
file another program is writing to, a damaged page — never SQL, a URL or a traceback.

The window and the command line both ask :func:`explain` for what to tell the user; the write
paths that touch many rows (import, restore) first take the write lock
(:func:`lock_for_writing`, waiting while another program writes) and check the pages they are
about to change (:func:`check_pages`).
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from sqlalchemy import exc, text
from sqlalchemy.orm import Session

from meinbuero.i18n import tr
from meinbuero.services.errors import Refused

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


class DamagedFile(Refused):
    """The company file has damaged pages: writing more into it is refused."""


def _name(filename: object) -> str:
    return Path(str(filename)).name if filename else ""


def explain_os(error: OSError, path: Path | None = None) -> str:
    """A file system error as one sentence, naming the file (``path`` where the error names
    none, as a write into an open file does)."""
    name = _name(error.filename) or (path.name if path is not None else "")
    if error.errno in _FULL:
        return tr("The disk is full: {name} could not be written.", name=name or "?")
    if error.errno in _READ_ONLY:
        return tr(
            "{name} is write-protected (or you lack the right to change it).", name=name or "?"
        )
    if error.errno == errno.ENOENT:
        return tr("{name} does not exist.", name=name or "?")
    if error.errno == errno.EISDIR:
        return tr("{name} is a folder, not a file.", name=name or "?")
    if error.errno == errno.ENOTDIR:
        return tr("The folder of {name} does not exist.", name=name or "?")
    reason = error.strerror or type(error).__name__
    return tr("{name}: {reason}", name=name or "?", reason=reason)


def _database_message(message: str) -> str | None:
    lowered = message.lower()
    if "database is locked" in lowered or "database table is locked" in lowered:
        return tr(
            "Another window or program is writing to the company file; nothing was changed. "
            "Please try again in a moment."
        )
    if "readonly database" in lowered or "read-only" in lowered:
        return tr("The company file is write-protected; nothing was changed.")
    if "disk is full" in lowered or "database or disk is full" in lowered:
        return tr("The disk is full; nothing was changed. Please make room and try again.")
    if "malformed" in lowered or "disk i/o error" in lowered or "not a database" in lowered:
        return tr(
            "The company file is damaged; nothing was changed. Please restore a backup "
            "(Datei > Datensicherung)."
        )
    if "unable to open database file" in lowered:
        return tr("The company file cannot be opened (is its folder still there?).")
    return None


def explain(error: BaseException) -> str | None:
    """One sentence for a fault of the machine or the file; None for a program error."""
    if isinstance(error, exc.DBAPIError) and error.orig is not None:
        return _database_message(str(error.orig)) or tr(
            "The company file could not be changed; nothing was changed."
        )
    if isinstance(error, sqlite3.Error):
        return _database_message(str(error)) or tr(
            "The company file could not be changed; nothing was changed."
        )
    if isinstance(error, OSError):
        return explain_os(error)
    if isinstance(error, MemoryError):
        return tr("Not enough memory for this; nothing was changed.")
    return None


def lock_for_writing(session: Session) -> None:
    """Take the company file's write lock as the transaction's first step, waiting (busy
    timeout) while another program writes, instead of failing later on a stale read."""
    session.execute(text("UPDATE setting SET key = key WHERE 0"))


def check_pages(session: Session) -> None:
    """Refuse writing into a company file with damaged pages (SQLite's quick check)."""
    try:
        rows = [row[0] for row in session.execute(text("PRAGMA quick_check"))]
    except exc.DatabaseError:
        rows = ["damaged"]
    if rows != ["ok"]:
        raise DamagedFile(
            tr(
                "The company file is damaged; nothing was written to it. Please restore a "
                "backup (Datei > Datensicherung)."
            )
        )
