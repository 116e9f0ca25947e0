"""Einstellungen > Mahnwesen: the dunning levels, the interest points, the 40 € flat fee and the
Basiszinssatz entries added by the user; kept as JSON in the ``setting`` table.

A level (Zahlungserinnerung, 1. Mahnung, …) is due a number of days after the due date (the
first) or after the previous level's letter; it may charge a fee and interest and sets a new
deadline. Its subject and text are German letter text (data, like the invoice texts) with
placeholders in braces, filled by :func:`fill`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from meinbuero.domain import interest
from meinbuero.domain.errors import ValidationError
from meinbuero.domain.money import CENT
from meinbuero.domain.values import (
    format_date_de,
    format_decimal_de,
    parse_date_de,
    parse_decimal_de,
)
from meinbuero.i18n import tr
from meinbuero.services.errors import InvalidInput
from meinbuero.store.models import Setting

KEY = "dunning_settings"
MAX_LEVELS = 5
MAX_DAYS = 365

#: What the texts may contain, filled per letter (see :func:`fill`).
PLACEHOLDERS = (
    "{Anrede}",
    "{Rechnungsnummer}",
    "{Rechnungsdatum}",
    "{Fälligkeit}",
    "{Betrag}",
    "{offen}",
    "{Gebühr}",
    "{Zinsen}",
    "{Gesamt}",
    "{Zahlungsziel}",
)


@dataclass(frozen=True)
class DunningLevel:
    """One level: its name (printed as the letter's title), when it is due, what it charges."""

    name: str
    days: int  # after the due date (first level) or after the previous level's letter
    fee: Decimal = Decimal("0.00")
    interest: bool = False
    days_to_pay: int = 7
    subject: str = ""
    text: str = ""


@dataclass(frozen=True)
class DunningSettings:
    levels: tuple[DunningLevel, ...]
    flat_fee_business: bool = False  # § 288 Abs. 5 BGB: 40 € once per invoice, businesses only
    flat_fee_from_level: int = 2
    points_business: Decimal = interest.POINTS_BUSINESS
    points_consumer: Decimal = interest.POINTS_CONSUMER
    added_rates: tuple[tuple[date, Decimal], ...] = ()

    @property
    def rates(self) -> tuple[tuple[date, Decimal], ...]:
        """The Basiszinssatz table: the program's, extended by the user's entries."""
        return interest.merged_rates(self.added_rates)


_INTRO = "{Anrede}\n\n"
_FACTS = (
    "unsere Rechnung {Rechnungsnummer} vom {Rechnungsdatum} über {Betrag} war am {Fälligkeit} "
    "fällig. Bis heute sind davon {offen} offen."
)

DEFAULT_LEVELS = (
    DunningLevel(
        name="Zahlungserinnerung",
        days=7,
        days_to_pay=7,
        subject="Zahlungserinnerung zur Rechnung {Rechnungsnummer}",
        text=_INTRO
        + "sicher ist es Ihrer Aufmerksamkeit entgangen: "
        + _FACTS
        + "\n\nBitte überweisen Sie den offenen Betrag bis zum {Zahlungsziel}. Sollte sich Ihre "
        "Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als "
        "gegenstandslos.",
    ),
    DunningLevel(
        name="1. Mahnung",
        days=14,
        fee=Decimal("5.00"),
        interest=True,
        days_to_pay=10,
        subject="1. Mahnung zur Rechnung {Rechnungsnummer}",
        text=_INTRO
        + "leider konnten wir trotz unserer Zahlungserinnerung noch keinen Zahlungseingang "
        "feststellen: "
        + _FACTS
        + "\n\nBitte überweisen Sie den Gesamtbetrag von {Gesamt} bis zum {Zahlungsziel}.",
    ),
    DunningLevel(
        name="2. Mahnung",
        days=14,
        fee=Decimal("5.00"),
        interest=True,
        days_to_pay=7,
        subject="2. Mahnung zur Rechnung {Rechnungsnummer}",
        text=_INTRO
        + "auch auf unsere 1. Mahnung haben Sie nicht reagiert: "
        + _FACTS
        + "\n\nWir fordern Sie auf, den Gesamtbetrag von {Gesamt} bis spätestens "
        "{Zahlungsziel} zu überweisen.",
    ),
    DunningLevel(
        name="Letzte Mahnung",
        days=14,
        fee=Decimal("5.00"),
        interest=True,
        days_to_pay=7,
        subject="Letzte Mahnung zur Rechnung {Rechnungsnummer}",
        text=_INTRO
        + "trotz mehrfacher Mahnung ist unsere Rechnung {Rechnungsnummer} vom {Rechnungsdatum} "
        "noch immer nicht beglichen; offen sind {offen}.\n\nDies ist unsere letzte Mahnung. "
        "Geht der Gesamtbetrag von {Gesamt} nicht bis zum {Zahlungsziel} bei uns ein, übergeben "
        "wir die Forderung ohne weitere Ankündigung einem Inkassounternehmen bzw. beantragen "
        "einen gerichtlichen Mahnbescheid. Die dadurch entstehenden Kosten gehen zu Ihren "
        "Lasten.",
    ),
)

DEFAULTS = DunningSettings(levels=DEFAULT_LEVELS)


# --- Reading and storing ---------------------------------------------------------------------


def load(session: Session) -> DunningSettings:
    """The settings of this company file (the defaults until saved)."""
    raw = session.scalar(select(Setting.value).where(Setting.key == KEY))
    if not raw:
        return DEFAULTS
    try:
        data = json.loads(raw)
        return DunningSettings(
            levels=tuple(
                DunningLevel(
                    name=str(level["name"]),
                    days=int(level["days"]),
                    fee=Decimal(str(level["fee"])),
                    interest=bool(level["interest"]),
                    days_to_pay=int(level["days_to_pay"]),
                    subject=str(level["subject"]),
                    text=str(level["text"]),
                )
                for level in data["levels"]
            ),
            flat_fee_business=bool(data["flat_fee_business"]),
            flat_fee_from_level=int(data["flat_fee_from_level"]),
            points_business=Decimal(str(data["points_business"])),
            points_consumer=Decimal(str(data["points_consumer"])),
            added_rates=tuple(
                (date.fromisoformat(day), Decimal(str(rate))) for day, rate in data["added_rates"]
            ),
        )
    except (ValueError, KeyError, TypeError, ArithmeticError):
        return DEFAULTS  # a damaged entry: the defaults rather than no dunning at all


def store(session: Session, settings: DunningSettings) -> None:
    data = {
        "levels": [
            {
                "name": level.name,
                "days": level.days,
                "fee": str(level.fee),
                "interest": level.interest,
                "days_to_pay": level.days_to_pay,
                "subject": level.subject,
                "text": level.text,
            }
            for level in settings.levels
        ],
        "flat_fee_business": settings.flat_fee_business,
        "flat_fee_from_level": settings.flat_fee_from_level,
        "points_business": str(settings.points_business),
        "points_consumer": str(settings.points_consumer),
        "added_rates": [[day.isoformat(), str(rate)] for day, rate in settings.added_rates],
    }
    session.merge(Setting(key=KEY, value=json.dumps(data, ensure_ascii=False)))
    session.flush()


# --- As typed in the settings page ------------------------------------------------------------


@dataclass
class LevelInput:
    """A level as typed (numbers in German notation)."""

    name: str = ""
    days: str = ""
    fee: str = ""
    interest: bool = False
    days_to_pay: str = ""
    subject: str = ""
    text: str = ""

    @classmethod
    def of(cls, level: DunningLevel) -> LevelInput:
        return cls(
            name=level.name,
            days=str(level.days),
            fee=format_decimal_de(level.fee, places=2),
            interest=level.interest,
            days_to_pay=str(level.days_to_pay),
            subject=level.subject,
            text=level.text,
        )


@dataclass
class SettingsInput:
    """Einstellungen > Mahnwesen as typed; ``rates`` are (date, rate in %) added by the user."""

    levels: list[LevelInput] = field(default_factory=list)
    flat_fee_business: bool = False
    flat_fee_from_level: int = 2
    points_business: str = ""
    points_consumer: str = ""
    rates: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def of(cls, settings: DunningSettings) -> SettingsInput:
        return cls(
            levels=[LevelInput.of(level) for level in settings.levels],
            flat_fee_business=settings.flat_fee_business,
            flat_fee_from_level=settings.flat_fee_from_level,
            points_business=format_decimal_de(settings.points_business),
            points_consumer=format_decimal_de(settings.points_consumer),
            rates=[
                (format_date_de(day), format_decimal_de(rate, places=2))
                for day, rate in settings.added_rates
            ],
        )


def level_field(number: int, name: str) -> str:
    """The name a refused field of level ``number`` (1, 2, …) carries in the errors."""
    labels = {
        "name": tr("Name"),
        "days": tr("Days"),
        "fee": tr("Fee"),
        "days_to_pay": tr("Days to pay"),
        "subject": tr("Subject"),
        "text": tr("Text"),
    }
    return tr("Level {number}, {field}", number=number, field=labels[name])


def labels() -> dict[str, str]:
    return {
        "levels": tr("Dunning levels"),
        "points_business": tr("Interest points, businesses"),
        "points_consumer": tr("Interest points, consumers"),
        "rates": tr("Basiszinssatz"),
    }


def check(data: SettingsInput) -> DunningSettings:
    """The settings to store, or :class:`InvalidInput` naming every refused field."""
    errors: list[ValidationError] = []

    def days(text: str, name: str, *, low: int) -> int:
        value = text.strip()
        if not value.isdigit() or not low <= int(value) <= MAX_DAYS:
            errors.append(
                ValidationError(name, tr("Please enter a number of days ({low} to 365).", low=low))
            )
            return low
        return int(value)

    def decimal(text: str, name: str, *, low: Decimal, high: Decimal) -> Decimal:
        try:
            value = parse_decimal_de(text, field=name)
        except ValidationError as error:
            errors.append(error)
            return Decimal(0)
        if value is None:
            value = Decimal(0)
        if not low <= value <= high or value != value.quantize(CENT):
            errors.append(
                ValidationError(
                    name,
                    tr(
                        "Please enter a value from {low} to {high} with at most two decimal "
                        "places.",
                        low=format_decimal_de(low),
                        high=format_decimal_de(high),
                    ),
                )
            )
            return Decimal(0)
        return value.quantize(CENT)

    names = labels()
    if not data.levels:
        errors.append(ValidationError(names["levels"], tr("Please keep at least one level.")))
    if len(data.levels) > MAX_LEVELS:
        errors.append(
            ValidationError(names["levels"], tr("At most {count} levels.", count=MAX_LEVELS))
        )
    levels = []
    for number, typed in enumerate(data.levels, start=1):
        if not typed.name.strip():
            errors.append(ValidationError(level_field(number, "name"), tr("Please enter a name.")))
        if not typed.text.strip():
            errors.append(
                ValidationError(level_field(number, "text"), tr("Please enter the letter text."))
            )
        levels.append(
            DunningLevel(
                name=typed.name.strip(),
                days=days(typed.days, level_field(number, "days"), low=1),
                fee=decimal(
                    typed.fee, level_field(number, "fee"), low=Decimal(0), high=Decimal(1000)
                ),
                interest=typed.interest,
                days_to_pay=days(typed.days_to_pay, level_field(number, "days_to_pay"), low=1),
                subject=typed.subject.strip(),
                text=typed.text.strip(),
            )
        )
    points = {
        name: decimal(getattr(data, name), names[name], low=Decimal(0), high=Decimal(20))
        for name in ("points_business", "points_consumer")
    }
    rates: dict[date, Decimal] = {}
    for typed_day, typed_rate in data.rates:
        if not typed_day.strip() and not typed_rate.strip():
            continue
        try:
            day = parse_date_de(typed_day, field=names["rates"])
            rate = parse_decimal_de(typed_rate, field=names["rates"])
        except ValidationError as error:
            errors.append(error)
            continue
        if day is None or rate is None:
            errors.append(
                ValidationError(names["rates"], tr("Each entry needs a date and a rate."))
            )
            continue
        if not Decimal(-10) <= rate <= Decimal(20) or rate != rate.quantize(CENT):
            errors.append(
                ValidationError(
                    names["rates"],
                    tr(
                        "{rate} is no Basiszinssatz (−10 to 20 %, two decimal places).",
                        rate=typed_rate.strip(),
                    ),
                )
            )
            continue
        rates[day] = rate.quantize(CENT)
    from_level = min(max(int(data.flat_fee_from_level), 1), max(len(levels), 1))
    if errors:
        raise InvalidInput(errors)
    return DunningSettings(
        levels=tuple(levels),
        flat_fee_business=data.flat_fee_business,
        flat_fee_from_level=from_level,
        points_business=points["points_business"],
        points_consumer=points["points_consumer"],
        added_rates=tuple(sorted(rates.items())),
    )


def save(session: Session, data: SettingsInput) -> DunningSettings:
    """Check and store what was typed; raises :class:`InvalidInput`."""
    settings = check(data)
    store(session, settings)
    return settings


# --- Texts ----------------------------------------------------------------------------------


def fill(text: str, values: dict[str, str]) -> str:
    """``text`` with each known placeholder ("{Rechnungsnummer}") replaced by its value; other
    braces stay as written. (Kept small and local until the general template engine comes.)"""
    for placeholder in PLACEHOLDERS:
        if placeholder in values:
            text = text.replace(placeholder, values[placeholder])
    return text
