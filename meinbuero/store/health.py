"""``meinbuero check``: is a company file healthy? Reads only; changes nothing."""

from __future__ import annotations

import sqlite3
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
    return report
