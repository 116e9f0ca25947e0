"""Bank details: IBAN and BIC, checked with schwifty and its bank registry."""

from __future__ import annotations

import warnings
from dataclasses import dataclass

from schwifty import BIC, IBAN
from schwifty import exceptions as schwifty_errors

from meinbuero.domain.errors import ValidationError
from meinbuero.i18n import tr


@dataclass(frozen=True)
class BankAccount:
    """A checked IBAN in compact form, with BIC and bank name where the registry knows them."""

    iban: str
    bic: str
    bank_name: str


def check_iban(text: str, *, field: str | None = None) -> BankAccount:
    """Check an IBAN typed in any spacing or case and look up its bank.

    Besides the IBAN's own check digits, the national check digit of the account number is
    verified where schwifty knows the method (e.g. for German banks, by bank code).
    BIC and bank name are "" when the registry does not know the bank (e.g. Austrian IBANs).
    Empty input gives ``BankAccount("", "", "")``.

    Raises:
        ValidationError: Unknown country code, wrong length, wrong check digits, or an
            account part (BBAN) that is not valid for the country or bank.
    """
    compact = "".join(text.split()).upper()
    if not compact:
        return BankAccount("", "", "")
    field = field or tr("IBAN")
    # schwifty calls a missing country code a structure error; the user needs to hear which.
    if not compact[:2].isalpha():
        raise ValidationError(field, _country_code_message(compact))
    try:
        with warnings.catch_warnings():
            # Countries without a registered national check-digit method raise a warning
            # only; there is nothing the user could do about it.
            warnings.simplefilter("ignore", schwifty_errors.NationalChecksumNotVerified)
            iban = IBAN(compact, validate_bban=True)
    except schwifty_errors.SchwiftyException as error:
        raise ValidationError(field, _iban_message(error, compact)) from None
    bic = iban.bic
    return BankAccount(iban.compact, str(bic) if bic else "", iban.bank_name or "")


def _country_code_message(compact: str) -> str:
    return tr(
        "“{value}” is not a known country code – an IBAN starts with two letters for the "
        "country, such as DE, followed by two check digits.",
        value=compact[:2],
    )


def _iban_message(error: schwifty_errors.SchwiftyException, compact: str) -> str:
    """What to tell the user about schwifty's ``error``, in the user's language."""
    if isinstance(error, schwifty_errors.InvalidCountryCode):
        return _country_code_message(compact)
    if isinstance(error, schwifty_errors.InvalidLength):
        expected = IBAN(compact, allow_invalid=True).spec.iban_length
        return tr(
            "An IBAN with the country code {country} has {expected} characters, this one has "
            "{length} – please check for missing or extra characters.",
            country=compact[:2],
            expected=expected,
            length=len(compact),
        )
    if isinstance(error, schwifty_errors.InvalidChecksumDigits):
        return tr("The check digit does not match – please check the IBAN.")
    if isinstance(error, schwifty_errors.InvalidBBANChecksum):
        return tr(
            "The account number in the IBAN is not valid for this bank – please check the IBAN."
        )
    # Invalid characters, or letters where the country's format has digits.
    return tr("The IBAN contains characters that do not belong there – please check the IBAN.")


def format_iban(iban: str) -> str:
    """An IBAN grouped in fours for reading: "DE89 3704 0044 0532 0130 00"."""
    compact = "".join(iban.split()).upper()
    return " ".join(compact[start : start + 4] for start in range(0, len(compact), 4))


def check_bic(text: str, *, field: str | None = None) -> str:
    """A BIC in compact upper-case form ("COBADEFFXXX"); "" when nothing was typed.

    Raises:
        ValidationError: Wrong length, unknown country code, or wrong structure.
    """
    typed = text.strip()
    if not typed:
        return ""
    field = field or tr("BIC")
    try:
        return str(BIC(typed).compact)
    except schwifty_errors.InvalidLength:
        message = tr(
            "“{value}” has the wrong length – a BIC has 8 or 11 characters, e.g. COBADEFFXXX.",
            value=typed,
        )
        raise ValidationError(field, message) from None
    except schwifty_errors.InvalidCountryCode:
        message = tr(
            "“{value}” contains no known country code at positions 5 and 6 – please check the BIC.",
            value=typed,
        )
        raise ValidationError(field, message) from None
    except schwifty_errors.SchwiftyException:
        message = tr(
            "“{value}” is not a valid BIC – it consists of letters and digits only, "
            "e.g. COBADEFFXXX.",
            value=typed,
        )
        raise ValidationError(field, message) from None
