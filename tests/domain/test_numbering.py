from __future__ import annotations

import pytest

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.numbering import format_number, validate_range


def test_format_number() -> None:
    assert format_number(prefix="K", number=42, width=5) == "K00042"
    assert format_number(prefix="", number=7, width=1) == "7"
    assert format_number(prefix="RE-2026-", number=3, width=3) == "RE-2026-003"


def test_wider_number_is_not_cut() -> None:
    assert format_number(prefix="K", number=123456, width=5) == "K123456"


def test_valid_range() -> None:
    validate_range(prefix="K", next_number=1, width=5)
    validate_range(prefix="", next_number=99, width=12)
    validate_range(prefix="ABCDEFGHIJ", next_number=1, width=1)


def range_error(*, prefix: str = "K", next_number: int = 1, width: int = 5) -> str:
    with pytest.raises(ValidationError) as caught:
        validate_range(prefix=prefix, next_number=next_number, width=width)
    assert caught.value.field == "Nummernkreis"
    return caught.value.message


def test_next_number_below_one() -> None:
    expected = (
        "Die nächste Nummer ist {}, sie muss aber mindestens 1 sein – bitte eine positive Zahl "
        "eingeben."
    )
    assert range_error(next_number=0) == expected.format(0)
    assert range_error(next_number=-5) == expected.format(-5)


@pytest.mark.parametrize("width", [0, 13, -1])
def test_width_out_of_range(width: int) -> None:
    assert range_error(width=width) == (
        f"Die Stellenzahl ist {width}, sie muss aber zwischen 1 und 12 liegen – bitte eine "
        "Stellenzahl in diesem Bereich wählen."
    )


def test_prefix_too_long() -> None:
    assert range_error(prefix="ABCDEFGHIJK") == (
        "Das Präfix „ABCDEFGHIJK“ hat 11 Zeichen, erlaubt sind höchstens 10 – bitte kürzen."
    )


@pytest.mark.parametrize("prefix", ["K ", "RE 2026", "K\t"])
def test_prefix_with_whitespace(prefix: str) -> None:
    assert range_error(prefix=prefix) == (
        f"Das Präfix „{prefix}“ enthält ein Leerzeichen – bitte entfernen."
    )


def test_field_from_caller() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_range(prefix="K", next_number=0, width=5, field="Kundennummern")
    assert caught.value.field == "Kundennummern"
