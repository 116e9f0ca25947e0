from __future__ import annotations

import pytest

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.taxid import normalize_tax_number, normalize_vat_id


@pytest.mark.parametrize(
    ("typed", "compact"),
    [
        ("DE136695976", "DE136695976"),
        (" de 136.695.976 ", "DE136695976"),
        ("ATU13585627", "ATU13585627"),
        ("FR 40 303 265 045", "FR40303265045"),
        ("NL004495445B01", "NL004495445B01"),
        ("BE0411905847", "BE0411905847"),
        ("IT00743110157", "IT00743110157"),
        ("EL094259216", "EL094259216"),
        ("GR094259216", "EL094259216"),
        ("XI123456782", "XI123456782"),
    ],
)
def test_valid_vat_ids(typed: str, compact: str) -> None:
    assert normalize_vat_id(typed) == compact


def test_empty_vat_id() -> None:
    assert normalize_vat_id(" ") == ""


def vat_error(typed: str) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        normalize_vat_id(typed)
    assert caught.value.field == "USt-IdNr."
    return caught.value


def test_unknown_country_prefix() -> None:
    expected = (
        "„{}“ beginnt nicht mit dem Länderkürzel eines EU-Staats – bitte die USt-IdNr. mit "
        "Länderkürzel eingeben, z. B. DE123456789."
    )
    assert vat_error("XX123456789").message == expected.format("XX123456789")
    assert vat_error("136695976").message == expected.format("136695976")
    assert vat_error("CHE-123.456.788").message == expected.format("CHE-123.456.788")


def test_vat_id_wrong_length_or_format() -> None:
    assert vat_error("DE13669597").message == (
        "„DE13669597“ hat nicht die Länge oder das Format einer USt-IdNr. mit dem Länderkürzel "
        "DE – bitte auf fehlende, überzählige oder falsche Zeichen prüfen."
    )
    assert vat_error("DE12345678A").message == (
        "„DE12345678A“ hat nicht die Länge oder das Format einer USt-IdNr. mit dem Länderkürzel "
        "DE – bitte auf fehlende, überzählige oder falsche Zeichen prüfen."
    )


def test_vat_id_wrong_check_digit() -> None:
    assert vat_error("DE136695977").message == (
        "Die Prüfziffer von „DE136695977“ stimmt nicht – bitte die USt-IdNr. auf Tippfehler und "
        "Zahlendreher prüfen."
    )
    assert vat_error("ATU13585626").message == (
        "Die Prüfziffer von „ATU13585626“ stimmt nicht – bitte die USt-IdNr. auf Tippfehler und "
        "Zahlendreher prüfen."
    )


def test_vat_id_field_name_from_caller() -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_vat_id("DE136695977", field="USt-IdNr. Lieferant")
    assert caught.value.field == "USt-IdNr. Lieferant"


@pytest.mark.parametrize(
    "typed", ["21/815/08150", "181/815/08155", "9181081508155", "2181508150", "21 815 08150"]
)
def test_tax_number_kept_as_typed(typed: str) -> None:
    assert normalize_tax_number(f"  {typed} ") == typed


def test_empty_tax_number() -> None:
    assert normalize_tax_number("") == ""


def tax_number_error(typed: str) -> str:
    with pytest.raises(ValidationError) as caught:
        normalize_tax_number(typed)
    assert caught.value.field == "Steuernummer"
    return caught.value.message


def test_tax_number_with_letters() -> None:
    assert tax_number_error("DE 21/815/08150") == (
        "„DE 21/815/08150“ enthält Buchstaben oder andere Zeichen – eine Steuernummer besteht "
        "nur aus Ziffern, wahlweise durch Schrägstriche oder Leerzeichen getrennt, "
        "z. B. 21/815/08150."
    )


def test_tax_number_wrong_length() -> None:
    assert tax_number_error("21/815/0815") == (
        "„21/815/0815“ hat 9 Ziffern, eine Steuernummer hat aber 10 oder 11 Ziffern "
        "(13 im bundeseinheitlichen Format) – bitte auf fehlende oder überzählige Ziffern prüfen."
    )
    assert "hat 12 Ziffern" in tax_number_error("918108150815")


def test_nationwide_tax_number_of_no_state() -> None:
    assert tax_number_error("6181081508155") == (
        "„6181081508155“ passt zum Steuernummer-Format keines Bundeslands – bitte die ersten "
        "Ziffern prüfen."
    )
