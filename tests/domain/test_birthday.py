from __future__ import annotations

from datetime import date

import pytest

from meinbuero.domain.birthday import Birthday, parse_birthday
from meinbuero.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("16.04.1980", Birthday(4, 16, 1980)),
        ("16.4.1980", Birthday(4, 16, 1980)),
        (" 16. 04. 1980 ", Birthday(4, 16, 1980)),
        ("16.04.", Birthday(4, 16, None)),
        ("16.04", Birthday(4, 16, None)),
        ("1980-04-16", Birthday(4, 16, 1980)),
        ("--04-16", Birthday(4, 16, None)),
        ("--0416", Birthday(4, 16, None)),
        ("29.02.2000", Birthday(2, 29, 2000)),
        ("29.02.", Birthday(2, 29, None)),
    ],
)
def test_parse(typed: str, expected: Birthday) -> None:
    assert parse_birthday(typed) == expected


def test_empty() -> None:
    assert parse_birthday("  ") is None


def birthday_error(typed: str) -> str:
    with pytest.raises(ValidationError) as caught:
        parse_birthday(typed)
    assert caught.value.field == "Geburtstag"
    return caught.value.message


def test_two_digit_year_refused() -> None:
    assert birthday_error("16.4.80") == (
        "„16.4.80“ hat ein zweistelliges Jahr – bitte das Jahr vierstellig eingeben, "
        "z. B. 16.04.1980."
    )


@pytest.mark.parametrize("typed", ["gestern", "16/04/1980", "16.04.980", "1980-4-16", "16041980"])
def test_unreadable(typed: str) -> None:
    assert birthday_error(typed) == (
        f"„{typed}“ ist kein Datum – bitte als TT.MM.JJJJ eingeben, z. B. 16.04.1980, "
        "oder ohne Jahr als 16.04."
    )


def test_day_that_does_not_exist() -> None:
    assert birthday_error("31.02.") == "Den 31.02. gibt es nicht – bitte Tag und Monat prüfen."
    assert birthday_error("1.13.1980") == "Den 01.13. gibt es nicht – bitte Tag und Monat prüfen."
    assert birthday_error("--00-10") == "Den 10.00. gibt es nicht – bitte Tag und Monat prüfen."


def test_29_february_only_in_leap_years() -> None:
    assert birthday_error("29.02.1981") == (
        "1981 ist kein Schaltjahr, den 29.02.1981 gibt es also nicht – bitte das Datum prüfen."
    )
    assert birthday_error("1900-02-29") == (
        "1900 ist kein Schaltjahr, den 29.02.1900 gibt es also nicht – bitte das Datum prüfen."
    )


def test_implausible_years() -> None:
    assert birthday_error("16.04.1899") == (
        "Das Jahr 1899 ist als Geburtsjahr nicht plausibel – bitte ein Jahr ab 1900 eingeben."
    )
    assert birthday_error("16.04.2999") == (
        "Der 16.04.2999 liegt in der Zukunft – bitte das Geburtsjahr prüfen."
    )


def test_field_from_caller() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_birthday("16.4.80", field="Geburtstag Ansprechpartner")
    assert caught.value.field == "Geburtstag Ansprechpartner"


def test_constructor_validates() -> None:
    with pytest.raises(ValidationError) as caught:
        Birthday(2, 29, 2023)
    assert str(caught.value) == (
        "Geburtstag: 2023 ist kein Schaltjahr, den 29.02.2023 gibt es also nicht – "
        "bitte das Datum prüfen."
    )
    with pytest.raises(ValidationError):
        Birthday(4, 31, None)
    assert Birthday(2, 29, None).format() == "29.02."


def test_format() -> None:
    assert Birthday(4, 16, 1980).format() == "16.04.1980"
    assert Birthday(4, 16, None).format() == "16.04."
    assert Birthday(1, 2, 1950).format() == "02.01.1950"


def test_isoformat() -> None:
    assert Birthday(4, 16, 1980).isoformat() == "1980-04-16"
    assert Birthday(4, 16, None).isoformat() == "--04-16"
    assert parse_birthday(Birthday(4, 16, None).isoformat()) == Birthday(4, 16, None)


def test_order_is_calendar_order() -> None:
    birthdays = [
        Birthday(12, 1, 1970),
        Birthday(4, 16, 1990),
        Birthday(4, 16, None),
        Birthday(1, 5, None),
        Birthday(4, 16, 1980),
    ]
    assert sorted(birthdays) == [
        Birthday(1, 5, None),
        Birthday(4, 16, None),
        Birthday(4, 16, 1980),
        Birthday(4, 16, 1990),
        Birthday(12, 1, 1970),
    ]
    assert Birthday(4, 16, None) != Birthday(4, 16, 1980)
    assert len({Birthday(4, 16, 1980), Birthday(4, 16, 1980)}) == 1


def test_next_occurrence() -> None:
    birthday = Birthday(4, 16, 1980)
    assert birthday.next_occurrence(date(2026, 1, 1)) == date(2026, 4, 16)
    assert birthday.next_occurrence(date(2026, 4, 16)) == date(2026, 4, 16)
    assert birthday.next_occurrence(date(2026, 4, 17)) == date(2027, 4, 16)
    assert Birthday(1, 1, None).next_occurrence(date(2026, 12, 31)) == date(2027, 1, 1)


def test_next_occurrence_of_29_february() -> None:
    birthday = Birthday(2, 29, 2000)
    assert birthday.next_occurrence(date(2027, 1, 1)) == date(2027, 2, 28)
    assert birthday.next_occurrence(date(2027, 3, 1)) == date(2028, 2, 29)
    assert birthday.next_occurrence(date(2028, 2, 29)) == date(2028, 2, 29)
    assert Birthday(2, 29, None).next_occurrence(date(2026, 2, 28)) == date(2026, 2, 28)


def test_age_on() -> None:
    birthday = Birthday(4, 16, 1980)
    assert birthday.age_on(date(2026, 4, 15)) == 45
    assert birthday.age_on(date(2026, 4, 16)) == 46
    assert birthday.age_on(date(1980, 4, 16)) == 0
    assert birthday.age_on(date(1980, 4, 15)) is None
    assert Birthday(4, 16, None).age_on(date(2026, 4, 16)) is None


def test_age_on_29_february() -> None:
    birthday = Birthday(2, 29, 2000)
    # The age goes up on the day next_occurrence() names for the congratulation.
    assert birthday.age_on(date(2027, 2, 27)) == 26
    assert birthday.age_on(date(2027, 2, 28)) == 27
    assert birthday.age_on(date(2028, 2, 28)) == 27
    assert birthday.age_on(date(2028, 2, 29)) == 28
