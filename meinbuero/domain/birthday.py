"""Birthdays, with or without the year of birth."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date

from meinbuero.domain.errors import ValidationError
from meinbuero.i18n import tr

# The earliest year of birth we accept when parsing; earlier ones are typing errors.
EARLIEST_YEAR = 1900

_GERMAN = re.compile(r"(\d{1,2})\.(\d{1,2})(?:\.(\d*))?")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_VCARD_NO_YEAR = re.compile(r"--(\d{2})-?(\d{2})")


def _impossible_date_message(*, month: int, day: int, year: int | None) -> str | None:
    """Why this date does not exist, or None if it does."""
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2000, month)[1]:
        # 2000 is a leap year, so 29 February passes here and is judged below.
        return tr(
            "There is no {date} – please check day and month.", date=f"{day:02d}.{month:02d}."
        )
    if year is None:
        return None
    if not 1 <= year <= 9999:
        return tr("The year {year} is not possible – please check the year.", year=year)
    if (month, day) == (2, 29) and not calendar.isleap(year):
        return tr(
            "{year} is not a leap year, so there is no 29.02.{year} – please check the date.",
            year=year,
        )
    return None


@dataclass(frozen=True, order=True)
class Birthday:
    """A day of birth; the year may be unknown.

    Birthdays sort in calendar order (month, day), then by year with unknown years first, which
    is the order of a list of upcoming birthdays.
    """

    month: int
    day: int
    year: int | None = dataclass_field(compare=False)
    # ``order=True`` would compare None with int for equal days and fail; this key stands in
    # for the year in comparisons (0 for no year, which no real year can be).
    _year_key: int = dataclass_field(init=False, repr=False)

    def __post_init__(self) -> None:
        message = _impossible_date_message(month=self.month, day=self.day, year=self.year)
        if message is not None:
            raise ValidationError(tr("Birthday"), message)
        object.__setattr__(self, "_year_key", self.year or 0)

    def format(self) -> str:
        """German date: "16.04.1980", or "16.04." without the year."""
        day_month = f"{self.day:02d}.{self.month:02d}."
        return f"{day_month}{self.year:04d}" if self.year is not None else day_month

    def isoformat(self) -> str:
        """ISO 8601 "1980-04-16", or the vCard form "--04-16" without the year."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def _in_year(self, year: int) -> date:
        # 29 February falls on 28 February in other years: customers expect the
        # congratulation on time, not skipped for three years or moved into March.
        if (self.month, self.day) == (2, 29) and not calendar.isleap(year):
            return date(year, 2, 28)
        return date(year, self.month, self.day)

    def next_occurrence(self, after: date) -> date:
        """The next birthday on or after ``after`` (a birthday today counts as the next)."""
        this_year = self._in_year(after.year)
        return this_year if this_year >= after else self._in_year(after.year + 1)

    def age_on(self, day: date) -> int | None:
        """Completed years on ``day``; None without a year of birth or before the birth.

        The age goes up on the day :meth:`next_occurrence` gives, so for 29 February on
        28 February in other years.
        """
        if self.year is None or day < date(self.year, self.month, self.day):
            return None
        return day.year - self.year - (1 if day < self._in_year(day.year) else 0)


def parse_birthday(text: str, *, field: str | None = None) -> Birthday | None:
    """Read a birthday as typed; None when nothing was typed.

    Accepts "16.04.1980", "16.4.1980", "16.04." and "16.04" (no year), ISO "1980-04-16" and the
    vCard form "--04-16" / "--0416". Two-digit years are refused, since "16.4.20" could be 1920
    or 2020.

    Raises:
        ValidationError: Unreadable, a two-digit year, a day that does not exist, a year
            before 1900 or a date in the future.
    """
    typed = text.strip()
    if not typed:
        return None
    field = field or tr("Birthday")
    # "16. 04. 1980" is common in German; the spaces carry nothing.
    compact = "".join(typed.split())
    year: int | None
    if match := _GERMAN.fullmatch(compact):
        day, month = int(match[1]), int(match[2])
        year_digits = match[3] or ""
        if len(year_digits) == 2:
            raise ValidationError(
                field,
                tr(
                    "“{value}” has a two-digit year – please enter the year with four digits, "
                    "e.g. 16.04.1980.",
                    value=typed,
                ),
            )
        if year_digits and len(year_digits) != 4:
            raise ValidationError(field, _unreadable_message(typed))
        year = int(year_digits) if year_digits else None
    elif match := _ISO.fullmatch(compact):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    elif match := _VCARD_NO_YEAR.fullmatch(compact):
        year, month, day = None, int(match[1]), int(match[2])
    else:
        raise ValidationError(field, _unreadable_message(typed))
    message = _impossible_date_message(month=month, day=day, year=year)
    if message is not None:
        raise ValidationError(field, message)
    birthday = Birthday(month, day, year)
    if year is not None and year < EARLIEST_YEAR:
        raise ValidationError(
            field,
            tr(
                "The year {year} is not a plausible year of birth – please enter a year from "
                "{earliest} on.",
                year=year,
                earliest=EARLIEST_YEAR,
            ),
        )
    if year is not None and date(year, month, day) > date.today():
        raise ValidationError(
            field,
            tr(
                "{date} is in the future – please check the year of birth.",
                date=birthday.format(),
            ),
        )
    return birthday


def _unreadable_message(typed: str) -> str:
    return tr(
        "“{value}” is not a date – please enter it as DD.MM.YYYY, e.g. 16.04.1980, or without "
        "the year as 16.04.",
        value=typed,
    )
