from __future__ import annotations

import pytest

from meinbuero.domain.bank import BankAccount, check_bic, check_iban, format_iban
from meinbuero.domain.errors import ValidationError


def test_german_iban_with_bank_from_registry() -> None:
    assert check_iban(" de89 3704 0044 0532 0130 00 ") == BankAccount(
        "DE89370400440532013000", "COBADEFFXXX", "Commerzbank"
    )


def test_foreign_ibans() -> None:
    assert check_iban("NL91 ABNA 0417 1643 00") == BankAccount(
        "NL91ABNA0417164300", "ABNANL2A", "ABN AMRO BANK N.V."
    )
    # Valid, but the registry knows neither BIC nor bank.
    assert check_iban("AT61 1904 3002 3457 3201") == BankAccount("AT611904300234573201", "", "")
    assert check_iban("CH9300762011623852957") == BankAccount("CH9300762011623852957", "", "")


def test_empty_iban() -> None:
    assert check_iban("   ") == BankAccount("", "", "")


def iban_error(typed: str) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        check_iban(typed)
    return caught.value


def test_unknown_country_code() -> None:
    error = iban_error("XX89370400440532013000")
    assert str(error) == (
        "IBAN: „XX“ ist kein bekanntes Länderkürzel – eine IBAN beginnt mit zwei Buchstaben für "
        "das Land, z. B. DE, gefolgt von zwei Prüfziffern."
    )
    assert iban_error("370400440532013000").message.startswith("„37“ ist kein bekanntes")


def test_wrong_length() -> None:
    assert iban_error("DE89 3704 0044 0532 0130 0").message == (
        "Eine IBAN mit dem Länderkürzel DE hat 22 Zeichen, diese hat 21 – bitte auf fehlende "
        "oder überzählige Zeichen prüfen."
    )


def test_wrong_check_digit() -> None:
    assert str(iban_error("DE88370400440532013000")) == (
        "IBAN: Die Prüfziffer stimmt nicht – bitte die IBAN prüfen."
    )


def test_account_number_invalid_for_bank() -> None:
    # IBAN check digits are right, but Commerzbank's account check digit (method 13) is not.
    assert iban_error("DE08370400440532013100").message == (
        "Die Kontonummer in der IBAN ist für diese Bank nicht gültig – bitte die IBAN prüfen."
    )


def test_invalid_characters() -> None:
    expected = (
        "Die IBAN enthält Zeichen, die an dieser Stelle nicht vorkommen dürfen – bitte die IBAN "
        "prüfen."
    )
    assert iban_error("DE8937040044053201300X").message == expected
    assert iban_error("NL91ABNA04171643AA").message == expected


def test_field_from_caller() -> None:
    assert iban_error("DE88370400440532013000").field == "IBAN"
    with pytest.raises(ValidationError) as caught:
        check_iban("DE88370400440532013000", field="IBAN (Lastschrift)")
    assert caught.value.field == "IBAN (Lastschrift)"


def test_format_iban() -> None:
    assert format_iban("DE89370400440532013000") == "DE89 3704 0044 0532 0130 00"
    assert format_iban("at61 1904 300234573201") == "AT61 1904 3002 3457 3201"
    assert format_iban("") == ""


def test_check_bic() -> None:
    assert check_bic("COBADEFFXXX") == "COBADEFFXXX"
    assert check_bic(" coba de ff ") == "COBADEFF"
    assert check_bic("") == ""


def bic_error(typed: str) -> str:
    with pytest.raises(ValidationError) as caught:
        check_bic(typed)
    assert caught.value.field == "BIC"
    return caught.value.message


def test_bic_errors() -> None:
    assert bic_error("COBADEF") == (
        "„COBADEF“ hat die falsche Länge – ein BIC hat 8 oder 11 Zeichen, z. B. COBADEFFXXX."
    )
    assert bic_error("COBAXXFF") == (
        "„COBAXXFF“ enthält an 5. und 6. Stelle kein bekanntes Länderkürzel – bitte den BIC prüfen."
    )
    assert bic_error("COBADEFF!!!") == (
        "„COBADEFF!!!“ ist kein gültiger BIC – ein BIC besteht nur aus Buchstaben und Ziffern, "
        "z. B. COBADEFFXXX."
    )
