from __future__ import annotations

import pytest

from meinbuero.domain.phone import PhoneNumber, parse_phone, phone_warning


@pytest.mark.parametrize(
    "typed",
    [
        "0221 1234567",
        "0221/1234567",
        "(0221) 123 45 67",
        "+49 221 1234567",
        "+49 (0)221 1234567",
        "0049 221 1234567",
        "  0221-1234567  ",
    ],
)
def test_german_number_in_any_formatting(typed: str) -> None:
    number = parse_phone(typed)
    assert number == PhoneNumber(typed.strip(), "+492211234567", None)
    assert number.is_valid
    assert not number.flagged
    assert number.national() == "0221 1234567"
    assert number.international() == "+49 221 1234567"
    assert number.rfc3966() == "tel:+49-221-1234567"
    assert phone_warning(number) is None


def test_mobile_number() -> None:
    number = parse_phone("0171 1234567")
    assert number.e164 == "+491711234567"
    assert number.national() == "0171 1234567"


def test_extension_written_in_the_text() -> None:
    for typed in ("0221 1234567 ext. 12", "0221 1234567 x12"):
        number = parse_phone(typed)
        assert number.e164 == "+492211234567"
        assert number.extension == "12"
        assert number.national() == "0221 1234567-12"
        assert number.international() == "+49 221 1234567-12"
        assert number.rfc3966() == "tel:+49-221-1234567;ext=12"


def test_explicit_extension_wins() -> None:
    assert parse_phone("0221 1234567 x12", extension=" 30 ").extension == "30"
    assert parse_phone("0221 1234567", extension="  ").extension is None


def test_hyphen_is_part_of_the_number() -> None:
    # German numbers have no fixed length, so "-12" cannot be told from a longer number.
    number = parse_phone("0221 123456-12")
    assert number == PhoneNumber("0221 123456-12", "+4922112345612", None)


def test_empty() -> None:
    assert parse_phone("   ") == PhoneNumber("", None, None)
    assert parse_phone("", extension="12") == PhoneNumber("", None, None)
    assert not parse_phone("").flagged
    assert phone_warning(parse_phone("")) is None


def test_number_without_area_code_is_kept_and_flagged() -> None:
    number = parse_phone(" 123456 ")
    assert number == PhoneNumber("123456", None, None)
    assert not number.is_valid
    assert number.flagged
    assert number.national() == "123456"
    assert number.international() == "123456"
    assert number.rfc3966() is None
    assert number.digits_variants() == ["123456"]
    assert phone_warning(number) == (
        "Telefon: „123456“ ist keine vollständige Rufnummer (Vorwahl fehlt?). "
        "Sie wurde so gespeichert, wie sie eingegeben wurde."
    )
    assert phone_warning(number, field="Mobil") == (
        "Mobil: „123456“ ist keine vollständige Rufnummer (Vorwahl fehlt?). "
        "Sie wurde so gespeichert, wie sie eingegeben wurde."
    )


def test_text_without_digits_is_kept_and_flagged() -> None:
    number = parse_phone("bei Frau Meier", extension="12")
    assert number == PhoneNumber("bei Frau Meier", None, "12")
    assert number.flagged
    assert number.digits_variants() == []
    assert phone_warning(number) == (
        "Telefon: „bei Frau Meier“ enthält keine Rufnummer. "
        "Der Text wurde so gespeichert, wie er eingegeben wurde."
    )


def test_flagged_number_keeps_its_extension() -> None:
    number = parse_phone("123456", extension="7")
    assert number == PhoneNumber("123456", None, "7")
    assert number.digits_variants() == ["123456", "1234567"]


def test_austrian_number() -> None:
    number = parse_phone("+43 1 234567")
    assert number.e164 == "+431234567"
    # Written internationally even in national(): its national form cannot be dialled here.
    assert number.national() == "+43 1 234567"
    assert number.national(region="AT") == "01 234567"
    assert number.rfc3966() == "tel:+43-1-234567"
    assert number.digits_variants() == ["01234567", "00431234567"]


def test_swiss_number_with_extension() -> None:
    number = parse_phone("0041 44 668 18 00", extension="7")
    assert number == PhoneNumber("0041 44 668 18 00", "+41446681800", "7")
    assert number.international() == "+41 44 668 18 00-7"
    assert number.rfc3966() == "tel:+41-44-668-18-00;ext=7"


def test_swiss_number_typed_nationally_with_region() -> None:
    number = parse_phone("044 668 18 00", region="CH")
    assert number.e164 == "+41446681800"
    assert number.national(region="CH") == "044 668 18 00"


def test_digits_variants() -> None:
    number = parse_phone("+49 221 1234567", extension="12")
    assert number.digits_variants() == [
        "02211234567",
        "00492211234567",
        "0221123456712",
        "0049221123456712",
    ]
    assert parse_phone("030 12345678").digits_variants() == ["03012345678", "00493012345678"]


def test_from_stored_values() -> None:
    number = PhoneNumber("0221 1234567", "+492211234567", "12")
    assert number.national() == "0221 1234567-12"
