"""``meinbuero check``: is a company file healthy?

It reads only, except that document files no row names (left by a crash) are removed.
"""

from __future__ import annotations

import sqlite3
import stat
from dataclasses import dataclass, field
from pathlib import Path

from meinbuero.i18n import tr
from meinbuero.store import search
from meinbuero.store.database import (
    APPLICATION_ID,
    CompanyFileError,
    head_version,
    integrity_problems,
    read_state,
)
from meinbuero.store.documents import STRAY_GRACE_SECONDS, DocumentStore, is_hash, store_root


@dataclass
class HealthReport:
    lines: list[str] = field(default_factory=list)
    healthy: bool = True

    def ok(self, line: str) -> None:
        self.lines.append(line)

    def problem(self, line: str) -> None:
        self.lines.append(line)
        self.healthy = False


def _index_mismatch(path: Path) -> tuple[int, int]:
    """Customers without an index row, and index rows without a customer."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        missing = connection.execute(
            f"SELECT count(*) FROM customer WHERE id NOT IN (SELECT rowid FROM {search.TABLE})"
        ).fetchone()[0]
        stray = connection.execute(
            f"SELECT count(*) FROM {search.TABLE} WHERE rowid NOT IN (SELECT id FROM customer)"
        ).fetchone()[0]
    finally:
        connection.close()
    return int(missing), int(stray)


def check_file(path: Path) -> HealthReport:
    """Schema version, SQLite integrity, foreign keys and search index of a company file.

    Raises:
        CompanyFileError: the file is missing or not a meinbuero company file at all.
    """
    if not path.is_file():
        raise CompanyFileError(tr("The company file {path} does not exist.", path=str(path)))
    state = read_state(path)
    if state.application_id != APPLICATION_ID:
        raise CompanyFileError(
            tr(
                "{name} is not a meinbuero company file (it belongs to another program).",
                name=path.name,
            )
        )
    report = HealthReport()
    report.ok(tr("Company file: {path}", path=str(path)))
    head = head_version()
    if state.schema_version > head:
        report.problem(
            tr(
                "Data version: {found} – newer than this program ({known}).",
                found=state.schema_version,
                known=head,
            )
        )
        return report
    if state.schema_version < head:
        report.ok(
            tr(
                "Data version: {found} (is brought up to {known} when the file is next opened)",
                found=state.schema_version,
                known=head,
            )
        )
    else:
        report.ok(tr("Data version: {found} (current)", found=state.schema_version))
    problems = integrity_problems(path)
    if problems:
        report.problem(tr("Integrity: {count} problems", count=len(problems)))
        for problem in problems[:20]:
            report.problem("  " + problem)
        return report
    report.ok(tr("Integrity and references: OK"))
    missing, stray = _index_mismatch(path)
    if missing or stray:
        report.problem(
            tr(
                "Search index: {missing} customers missing, {stray} entries without customer",
                missing=missing,
                stray=stray,
            )
        )
    else:
        report.ok(tr("Search index: OK"))
    if state.schema_version == head:
        check_documents(path, report)
    return report


def check_documents(
    path: Path, report: HealthReport, *, grace_seconds: float = STRAY_GRACE_SECONDS
) -> None:
    """Every stored document file against its hash; files no row names are removed.

    A file without a row is what a crash between writing a file and committing its row leaves;
    one younger than ``grace_seconds`` may still be on its way in from another process and stays.
    """
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        has_table = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'document_version'"
        ).fetchone()[0]
        if not has_table:
            return
        rows = connection.execute(
            "SELECT c.number, d.title, v.number, v.sha256 FROM document_version v"
            " JOIN document d ON d.id = v.document_id JOIN customer c ON c.id = d.customer_id"
            " ORDER BY c.number, d.title, v.number"
        ).fetchall()
    finally:
        connection.close()
    store = DocumentStore(store_root(path))
    states: dict[str, str | None] = {}
    problems: list[str] = []
    for customer_number, title, version, sha256 in rows:
        if sha256 not in states:
            found = store.hash_of(sha256) if is_hash(sha256) else None
            states[sha256] = (
                tr("missing") if found is None else None if found == sha256 else tr("changed")
            )
        state = states[sha256]
        if state is not None:
            problems.append(
                tr(
                    "  Customer {number}, “{title}” (version {version}): file {state}",
                    number=customer_number,
                    title=title,
                    version=version,
                    state=state,
                )
            )
    if problems:
        report.problem(tr("Documents: {count} files missing or changed", count=len(problems)))
        for line in problems:
            report.problem(line)
    else:
        report.ok(tr("Documents: {count} files checked, OK", count=len(states)))
    removed = kept = 0
    strays = [store.path_of(s) for s in store.stored_hashes() if s not in states]
    for stray in [*strays, *store.temp_files()]:
        try:
            if store.age_seconds(stray) < grace_seconds:
                kept += 1
                continue
            stray.chmod(stat.S_IWRITE | stat.S_IREAD)
            stray.unlink()
            removed += 1
        except FileNotFoundError:
            continue
    if removed:
        report.ok(tr("Documents: {count} stray files (without entry) removed", count=removed))
    if kept:
        report.ok(
            tr(
                "Documents: {count} files without entry kept (written in the last minutes)",
                count=kept,
            )
        )
