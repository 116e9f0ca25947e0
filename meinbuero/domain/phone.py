"""Phone numbers: parsed with phonenumbers, but never refused.

A number that cannot be read as complete (no area code, letters, a range phonenumbers does not
know yet) is kept exactly as typed and flagged, because losing what the user typed is worse than
storing an imperfect number; :func:`phone_warning` tells the user about it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneNumberFormat

from meinbuero.i18n import tr

_NON_DIGITS = re.compile(r"\D")


@dataclass(frozen=True)
class PhoneNumber:
    """A phone number as typed, with its E.164 form when it is a valid number.

    ``e164`` carries no extension; the extension (Durchwahl) is kept apart in ``extension``.
    """

    typed: str
    e164: str | None
    extension: str | None

    @property
    def is_valid(self) -> bool:
        return self.e164 is not None

    @property
    def flagged(self) -> bool:
        """Something was typed, but it is not a valid number: show a warning."""
        return bool(self.typed) and not self.is_valid

    def _parsed(self) -> phonenumbers.PhoneNumber | None:
        return phonenumbers.parse(self.e164, None) if self.e164 is not None else None

    def _with_extension(self, text: str) -> str:
        # German convention (DIN 5008): the extension follows the number after a hyphen.
        return f"{text}-{self.extension}" if self.extension else text

    def national(self, *, region: str = "DE") -> str:
        """The number as written within ``region``: "0221 1234567-12".

        A number of another country is written internationally ("+43 1 234567"), since its
        national form cannot be dialled from ``region``. An invalid number comes back as typed.
        """
        parsed = self._parsed()
        if parsed is None:
            return self.typed
        if parsed.country_code != phonenumbers.country_code_for_region(region):
            return self.international()
        return self._with_extension(phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL))

    def international(self) -> str:
        """ "+49 221 1234567-12"; an invalid number comes back as typed."""
        parsed = self._parsed()
        if parsed is None:
            return self.typed
        return self._with_extension(
            phonenumbers.format_number(parsed, PhoneNumberFormat.INTERNATIONAL)
        )

    def rfc3966(self) -> str | None:
        """A ``tel:`` URI to dial, "tel:+49-221-1234567;ext=12"; None for an invalid number."""
        parsed = self._parsed()
        if parsed is None:
            return None
        # RFC 3966 allows only digits in the extension.
        extension = _NON_DIGITS.sub("", self.extension or "")
        if extension:
            parsed.extension = extension
        return phonenumbers.format_number(parsed, PhoneNumberFormat.RFC3966)

    def digits_variants(self) -> list[str]:
        """Digit-only forms to search by: "02211234567", "00492211234567", then with extension.

        An invalid number gives the digits of what was typed (nothing if it has none).
        """
        extension = _NON_DIGITS.sub("", self.extension or "")
        parsed = self._parsed()
        if parsed is None:
            bases = [_NON_DIGITS.sub("", self.typed)]
        else:
            national = phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL)
            significant = phonenumbers.national_significant_number(parsed)
            bases = [_NON_DIGITS.sub("", national), f"00{parsed.country_code}{significant}"]
        bases = [base for base in bases if base]
        return bases + [base + extension for base in bases if extension]


def parse_phone(text: str, *, region: str = "DE", extension: str | None = None) -> PhoneNumber:
    """Read a phone number in any usual formatting; never raises.

    Args:
        text: The number as typed: "0221/123456", "+49 (0)221 123456", "0221 123456 x12".
        region: Country assumed for numbers without a country code.
        extension: An extension from a separate field; it wins over one found in ``text``.
            A hyphen in ``text`` is not read as an extension ("0221 123456-12" is one number),
            because German numbers have no fixed length.
    """
    typed = text.strip()
    explicit = (extension or "").strip() or None
    if not typed:
        return PhoneNumber("", None, None)
    try:
        parsed = phonenumbers.parse(typed, region)
    except phonenumbers.NumberParseException:
        return PhoneNumber(typed, None, explicit)
    found = explicit or parsed.extension or None
    if not (phonenumbers.is_possible_number(parsed) and phonenumbers.is_valid_number(parsed)):
        return PhoneNumber(typed, None, found)
    parsed.extension = None
    return PhoneNumber(typed, phonenumbers.format_number(parsed, PhoneNumberFormat.E164), found)


def phone_warning(number: PhoneNumber, *, field: str | None = None) -> str | None:
    """A warning to show for a flagged number, None when there is nothing to say."""
    if not number.flagged:
        return None
    field = field or tr("Phone")
    if _NON_DIGITS.sub("", number.typed):
        message = tr(
            "“{value}” is not a complete phone number (area code missing?). It was saved as typed.",
            value=number.typed,
        )
    else:
        message = tr(
            "“{value}” contains no phone number. It was saved as typed.", value=number.typed
        )
    return f"{field}: {message}"
