"""German numbers, dates and yes/no as users type them ("1.234,56", "22.11.2026", "ja")."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from babel.numbers import NumberFormatError, format_decimal, parse_decimal

from meinbuero.domain.errors import ValidationError
from meinbuero.i18n import tr

_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})(?:\s*Uhr)?$", re.IGNORECASE)
# The office's clock: what users type and read; stored times are UTC.
LOCAL_ZONE = ZoneInfo("Europe/Berlin")
# Far beyond any amount a small business books, and within what the file stores exactly.
LARGEST = Decimal(10) ** 12
_YES = {"ja", "j", "yes", "y", "x", "1", "true", "wahr"}
_NO = {"nein", "n", "no", "0", "false", "falsch", ""}


def parse_decimal_de(text: str, *, field: str) -> Decimal | None:
    """A number in German notation ("1.234,5"; also "1234.5" where unambiguous); "" is None."""
    value = text.strip().replace("\u00a0", "").replace(" ", "").rstrip("%€").strip()
    if not value:
        return None
    try:
        if "," not in value and value.count(".") == 1 and len(value.split(".")[1]) != 3:
            number = Decimal(value)  # "2.5": a point as decimal separator, as Excel writes it
        else:
            number = Decimal(parse_decimal(value, locale="de_DE", strict=True))
    except (NumberFormatError, InvalidOperation):
        number = Decimal("NaN")
    if not number.is_finite():
        raise ValidationError(
            field, tr("“{value}” is not a number. Example: 1.234,56", value=text.strip())
        )
    if abs(number) >= LARGEST:
        raise ValidationError(field, tr("“{value}” is too large a number.", value=text.strip()))
    return number


def format_decimal_de(value: Decimal | None, *, places: int | None = None) -> str:
    """German notation: 1.234,56; ``places`` fixes the decimals (money: 2)."""
    if value is None:
        return ""
    if places is None:
        return str(format_decimal(value, locale="de_DE", decimal_quantization=False))
    pattern = "#,##0." + "0" * places if places else "#,##0"
    return str(format_decimal(value, format=pattern, locale="de_DE"))


def parse_date_de(text: str, *, field: str) -> date | None:
    """A date as "22.11.2026" (or ISO "2026-11-22"); "" is None."""
    value = text.strip()
    if not value:
        return None
    german = _DATE.match(value)
    iso = _ISO.match(value)
    try:
        if german:
            return date(int(german[3]), int(german[2]), int(german[1]))
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
    except ValueError:
        raise ValidationError(
            field, tr("“{value}” is not a date of the calendar.", value=value)
        ) from None
    raise ValidationError(
        field, tr("“{value}” is not a date. Please enter it as DD.MM.YYYY.", value=value)
    )


def parse_time_de(text: str, *, field: str) -> time | None:
    """A time of day as "14:30" (also "14.30", "14:30 Uhr"); "" is None."""
    value = text.strip()
    if not value:
        return None
    match = _TIME.match(value)
    if match and int(match[1]) < 24 and int(match[2]) < 60:
        return time(int(match[1]), int(match[2]))
    raise ValidationError(
        field, tr("“{value}” is not a time. Please enter it as HH:MM, e.g. 14:30.", value=value)
    )


def parse_datetime_de(text: str, *, field: str) -> datetime | None:
    """A date with time as "22.11.2026 14:30" (or ISO), in German local time; "" is None.

    A date alone means its midnight. The result is aware (Europe/Berlin).
    """
    value = text.strip().replace("T", " ").replace(",", " ")
    if not value:
        return None
    day_part, _, time_part = value.partition(" ")
    day = parse_date_de(day_part, field=field)
    moment = parse_time_de(time_part, field=field) or time(0, 0)
    assert day is not None
    return datetime.combine(day, moment, LOCAL_ZONE)


def format_datetime_de(value: datetime | None) -> str:
    """ "22.11.2026 14:30" in German local time."""
    return "" if value is None else value.astimezone(LOCAL_ZONE).strftime("%d.%m.%Y %H:%M")


def format_date_de(value: date | None) -> str:
    return "" if value is None else value.strftime("%d.%m.%Y")


def parse_yes_no(text: str, *, field: str) -> bool:
    value = text.strip().casefold()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise ValidationError(field, tr("Please enter “ja” or “nein”, not “{value}”.", value=text))
