"""Tax identifiers: the EU VAT ID (USt-IdNr.) and the German tax number (Steuernummer)."""

from __future__ import annotations

import re
from collections.abc import Callable

from stdnum import exceptions as stdnum_errors
from stdnum.de import stnr
from stdnum.eu import vat

from meinbuero.domain.errors import ValidationError
from meinbuero.i18n import tr

# Prefixes of VAT IDs: the member states, Greece with its VAT prefix "EL", and "XI" for
# Northern Ireland, which keeps EU VAT rules for goods.
_VAT_PREFIXES = frozenset(code.upper() for code in vat.MEMBER_STATES) | {"EL"}

# What a Steuernummer may contain as typed: digits and the separators people use.
_TAX_NUMBER_CHARACTERS = re.compile(r"[0-9 /.,-]+")


def normalize_vat_id(text: str, *, field: str | None = None) -> str:
    """The VAT ID of any EU member state in compact form: "de 136.695.976" -> "DE136695976".

    Greek IDs come back with their official prefix "EL" even when typed with "GR".
    Empty input gives "".

    Raises:
        ValidationError: Unknown country prefix, wrong length or format, or wrong check digit.
    """
    typed = text.strip()
    if not typed:
        return ""
    field = field or tr("VAT ID")
    # stdnum's own compact() refuses unknown prefixes; we need the prefix to explain that.
    prefix = re.sub(r"[\s./-]", "", typed)[:2].upper()
    if prefix not in _VAT_PREFIXES:
        raise ValidationError(
            field,
            tr(
                "“{value}” does not start with the country code of an EU member state – please "
                "enter the VAT ID with its country code, e.g. DE123456789.",
                value=typed,
            ),
        )
    number = _validated(
        vat.validate,
        typed,
        field,
        wrong_digits=tr(
            "The check digit of “{value}” does not match – please check the VAT ID for "
            "mistyped or swapped digits.",
            value=typed,
        ),
        wrong_form=tr(
            "“{value}” does not have the length or format of a VAT ID with the country code "
            "{country} – please check for missing, extra or mistyped characters.",
            value=typed,
            country=prefix,
        ),
    )
    return "EL" + number[2:] if number.startswith("GR") else number


def normalize_tax_number(text: str, *, field: str | None = None) -> str:
    """A German Steuernummer, checked but kept as typed: "21/815/08150".

    The regional forms (10 or 11 digits) and the nationwide form (13 digits) are accepted;
    their formats depend on the Bundesland, so the user's separators are kept for recognition.
    Empty input gives "".

    Raises:
        ValidationError: Letters or other characters, the wrong number of digits, or a
            13-digit number that fits no Bundesland.
    """
    typed = text.strip()
    if not typed:
        return ""
    field = field or tr("Tax number")
    if not _TAX_NUMBER_CHARACTERS.fullmatch(typed):
        raise ValidationError(
            field,
            tr(
                "“{value}” contains letters or other characters – a tax number consists of "
                "digits only, optionally separated by slashes or spaces, e.g. 21/815/08150.",
                value=typed,
            ),
        )
    digits = stnr.compact(typed)
    try:
        stnr.validate(digits)
    except stdnum_errors.InvalidLength:
        raise ValidationError(
            field,
            tr(
                "“{value}” has {count} digits, but a tax number has 10 or 11 digits (13 in the "
                "nationwide form) – please check for missing or extra digits.",
                value=typed,
                count=len(digits),
            ),
        ) from None
    except stdnum_errors.ValidationError:
        raise ValidationError(
            field,
            tr(
                "“{value}” fits the tax number format of no German state – please check the "
                "first digits.",
                value=typed,
            ),
        ) from None
    return typed


def normalize_leitweg_id(text: str, *, field: str | None = None) -> str:
    """A Leitweg-ID (the routing ID of a public buyer, KoSIT) as written: "04011000-1234512345-06".

    Checked by python-stdnum: the coarse address, the optional fine address, the two check digits
    (ISO 7064 Mod 97-10). Empty input gives "".

    Raises:
        ValidationError: Wrong form or wrong check digits.
    """
    from stdnum.de import leitweg

    typed = text.strip()
    if not typed:
        return ""
    return _validated(
        leitweg.validate,
        typed,
        field or tr("Leitweg-ID"),
        wrong_digits=tr(
            "The check digits of “{value}” do not match – please check the Leitweg-ID for "
            "mistyped or swapped digits.",
            value=typed,
        ),
        wrong_form=tr(
            "“{value}” is no Leitweg-ID: it is written like 04011000-1234512345-06 "
            "(coarse address, optional fine address, two check digits).",
            value=typed,
        ),
    ).upper()


def _validated(
    check: Callable[[str], object], typed: str, field: str, *, wrong_digits: str, wrong_form: str
) -> str:
    """``check(typed)`` (a python-stdnum validate) as text, or the German reason it fails."""
    try:
        return str(check(typed))
    except stdnum_errors.InvalidChecksum:
        raise ValidationError(field, wrong_digits) from None
    except stdnum_errors.ValidationError:
        raise ValidationError(field, wrong_form) from None
