"""Automatic backups: the settings with the company, the backup with rotation, the warning."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from meinbuero.services import backup, backup_settings
from meinbuero.services.backup_settings import AutoBackup, State
from meinbuero.services.errors import InvalidInput
from meinbuero.store.database import Database

NOW = datetime(2026, 12, 6, 18, 30)


def test_settings_are_kept_with_the_company(database: Database) -> None:
    with database.sessions() as session:
        assert backup_settings.auto_backup(session) == AutoBackup()
        assert not backup_settings.daily_due(session, NOW.date())
    chosen = AutoBackup(on_close=True, daily=True, keep_daily=3, warn_days=2)
    with database.sessions.begin() as session:
        backup_settings.save_auto_backup(session, chosen)
    with database.sessions() as session:
        assert backup_settings.auto_backup(session) == chosen
        assert backup_settings.daily_due(session, NOW.date())
    with database.sessions.begin() as session:
        backup_settings.set_last_daily(session, NOW.date())
    with database.sessions() as session:
        assert backup_settings.last_daily(session) == NOW.date()
        assert not backup_settings.daily_due(session, NOW.date())
        assert backup_settings.daily_due(session, date(2026, 12, 7))


@pytest.mark.parametrize(
    "wrong",
    [
        AutoBackup(keep_daily=-1),
        AutoBackup(keep_daily=0, keep_weekly=0, keep_monthly=0),
        AutoBackup(warn_days=0),
    ],
)
def test_wrong_numbers_are_refused(database: Database, wrong: AutoBackup) -> None:
    with database.sessions.begin() as session, pytest.raises(InvalidInput):
        backup_settings.save_auto_backup(session, wrong)


def test_back_up_rotates(company_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "NAS"
    folder.mkdir()
    old = [folder / f"Firma 2026-11-{day:02d} 1800{backup.EXTENSION}" for day in range(20, 30)]
    for path in old:
        path.write_bytes(b"prepared")
    other = folder / "Notizen.txt"
    other.write_text("bleibt")
    made = backup_settings.back_up(company_path, folder, AutoBackup(keep_daily=3), now=NOW)
    assert made.name == f"Firma 2026-12-06 1830{backup.EXTENSION}"
    left = sorted(p.name for p in folder.iterdir())
    # the last 3 days, and the newest of the weeks and months kept
    assert made.name in left and other.name in left
    assert old[-1].name in left and old[-2].name in left
    assert old[0].name not in left
    assert len(left) < len(old) + 2


def test_an_unreachable_folder_is_refused(company_path: Path, tmp_path: Path) -> None:
    gone = tmp_path / "USB-Stick" / "Sicherungen"
    with pytest.raises(backup.BackupError, match="USB"):
        backup_settings.back_up(company_path, gone, AutoBackup(), now=NOW)
    assert not gone.parent.exists()


def test_the_state_for_the_status_bar(company_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "Sicherungen"
    assert backup_settings.backup_state(folder, company_path, 7, now=NOW).state is State.NEVER
    gone = tmp_path / "USB-Stick" / "Sicherungen"
    state = backup_settings.backup_state(gone, company_path, 7, now=NOW)
    assert state.state is State.UNREACHABLE
    folder.mkdir()
    # a file named like a backup that does not read is not a good backup
    (folder / f"Firma 2026-12-05 1000{backup.EXTENSION}").write_bytes(b"kaputt")
    assert backup_settings.backup_state(folder, company_path, 7, now=NOW).state is State.NEVER
    backup.make_backup(company_path, folder, now=datetime(2026, 11, 20, 9, 0))
    state = backup_settings.backup_state(folder, company_path, 7, now=NOW)
    assert state.state is State.OLD and state.days == 16
    assert state.last == datetime(2026, 11, 20, 9, 0)
    backup_settings.back_up(company_path, folder, AutoBackup(), now=NOW)
    assert backup_settings.backup_state(folder, company_path, 7, now=NOW).state is State.OK
