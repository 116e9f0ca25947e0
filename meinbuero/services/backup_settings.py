"""Automatic backups, set per company (the ``setting`` table): on close, daily on the first
start of a day, how many to keep, and when the status bar warns.

The folder stays where Datei > Datensicherung… remembers it (the program's settings); a password
is never stored, so automatic backups are unencrypted. Plain functions, no Qt: the window asks
:func:`backup_state` what to show and calls :func:`back_up` on close or on the first start of a
day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from meinbuero.domain.errors import ValidationError
from meinbuero.i18n import tr
from meinbuero.services import backup
from meinbuero.services.errors import InvalidInput, Refused
from meinbuero.store.models import Setting

ON_CLOSE = "backup_on_close"
DAILY = "backup_daily"
KEEP_DAILY = "backup_keep_daily"
KEEP_WEEKLY = "backup_keep_weekly"
KEEP_MONTHLY = "backup_keep_monthly"
WARN_DAYS = "backup_warn_days"
LAST_DAILY = "backup_last_daily"
MAX_KEEP = 999
MAX_WARN_DAYS = 365


@dataclass(frozen=True)
class AutoBackup:
    """How a company is backed up without being asked."""

    on_close: bool = False
    daily: bool = False
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12
    warn_days: int = 7


def _value(session: Session, key: str) -> str:
    return session.scalar(select(Setting.value).where(Setting.key == key)) or ""


def _int(session: Session, key: str, default: int) -> int:
    try:
        return int(_value(session, key))
    except ValueError:
        return default


def auto_backup(session: Session) -> AutoBackup:
    """The settings of automatic backups (off, 7/4/12 kept, a warning after 7 days until set)."""
    default = AutoBackup()
    return AutoBackup(
        on_close=_value(session, ON_CLOSE) == "1",
        daily=_value(session, DAILY) == "1",
        keep_daily=_int(session, KEEP_DAILY, default.keep_daily),
        keep_weekly=_int(session, KEEP_WEEKLY, default.keep_weekly),
        keep_monthly=_int(session, KEEP_MONTHLY, default.keep_monthly),
        warn_days=_int(session, WARN_DAYS, default.warn_days),
    )


def save_auto_backup(session: Session, data: AutoBackup) -> None:
    """Store the settings; a number outside its range is refused."""
    field = tr("Automatic backup")
    errors: list[ValidationError] = []
    for count in (data.keep_daily, data.keep_weekly, data.keep_monthly):
        if not 0 <= count <= MAX_KEEP:
            errors.append(
                ValidationError(field, tr("Keep between 0 and {most} backups.", most=MAX_KEEP))
            )
            break
    if data.keep_daily + data.keep_weekly + data.keep_monthly == 0:
        errors.append(ValidationError(field, tr("At least one backup must be kept.")))
    if not 1 <= data.warn_days <= MAX_WARN_DAYS:
        errors.append(
            ValidationError(field, tr("Warn after between 1 and {most} days.", most=MAX_WARN_DAYS))
        )
    if errors:
        raise InvalidInput(errors)
    values = {
        ON_CLOSE: "1" if data.on_close else "0",
        DAILY: "1" if data.daily else "0",
        KEEP_DAILY: str(data.keep_daily),
        KEEP_WEEKLY: str(data.keep_weekly),
        KEEP_MONTHLY: str(data.keep_monthly),
        WARN_DAYS: str(data.warn_days),
    }
    for key, value in values.items():
        session.merge(Setting(key=key, value=value))
    session.flush()


def last_daily(session: Session) -> date | None:
    """The day of the last daily backup made on start."""
    try:
        return date.fromisoformat(_value(session, LAST_DAILY))
    except ValueError:
        return None


def daily_due(session: Session, today: date) -> bool:
    """Whether the daily backup is on and not yet made ``today``."""
    return auto_backup(session).daily and last_daily(session) != today


def set_last_daily(session: Session, today: date) -> None:
    session.merge(Setting(key=LAST_DAILY, value=today.isoformat()))
    session.flush()


def back_up(company_file: Path, folder: Path, data: AutoBackup, *, now: datetime) -> Path:
    """An unencrypted backup into ``folder``, then the old ones rotated away; returns the new one.

    The folder must be reachable (:func:`reachable`: a USB stick not plugged in is not replaced
    by new folders on the computer); anything that goes wrong is a
    :class:`~meinbuero.services.backup.BackupError` with one sentence for the user.
    """
    folder = Path(folder)
    if not reachable(folder):
        raise backup.BackupError(unreachable_sentence(folder))
    try:
        made = backup.make_backup(company_file, folder, now=now)
        backup.rotate(
            folder,
            keep_daily=data.keep_daily,
            keep_weekly=data.keep_weekly,
            keep_monthly=data.keep_monthly,
        )
    except Refused:
        raise
    except OSError as error:
        raise backup.BackupError(
            tr(
                "The backup into {folder} failed: {reason}",
                folder=str(folder),
                reason=error.strerror or str(error),
            )
        ) from error
    return made


def reachable(folder: Path) -> bool:
    """Whether ``folder`` exists, or can be made in a folder that does (the default folder beside
    the company file before the first backup); a drive or share that is gone is not."""
    folder = Path(folder)
    try:
        return folder.is_dir() or (folder.parent != folder and folder.parent.is_dir())
    except OSError:
        return False


def unreachable_sentence(folder: Path) -> str:
    return tr(
        "The backup folder {folder} cannot be reached (a USB stick not plugged in, a network"
        " drive offline?); nothing was backed up.",
        folder=str(folder),
    )


class State(Enum):
    OK = "ok"
    NEVER = "never"
    OLD = "old"
    UNREACHABLE = "unreachable"


@dataclass(frozen=True)
class BackupState:
    """What the status bar says about the backups of a company."""

    state: State
    last: datetime | None = None
    days: int = 0


def last_good_backup(folder: Path, company_file: Path) -> datetime | None:
    """The date of the newest backup of ``company_file`` in ``folder`` whose manifest reads."""
    stem = Path(company_file).stem
    for path in backup.backups_in(folder):
        if backup.company_of_name(path.name) != stem:
            continue
        try:
            info = backup.inspect_backup(path)
        except (Refused, OSError):
            continue
        return backup.date_of_name(path.name) or info.created
    return None


def backup_state(folder: Path, company_file: Path, warn_days: int, *, now: datetime) -> BackupState:
    """Whether the status bar warns: the folder unreachable, no backup yet, or the last good
    one older than ``warn_days``."""
    if not reachable(folder):
        return BackupState(State.UNREACHABLE)
    last = last_good_backup(folder, company_file)
    if last is None:
        return BackupState(State.NEVER)
    age = now - last
    if age > timedelta(days=warn_days):
        return BackupState(State.OLD, last, age.days)
    return BackupState(State.OK, last, age.days)
