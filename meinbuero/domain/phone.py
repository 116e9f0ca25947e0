"""Phone numbers: parsed with phonenumbers, but never refused.

A number that cannot be read as complete (no area code, letters, a range phonenumbers does not
know yet) is kept exactly as typed and flagged, because losing what the user typed is worse than
storing an imperfect number; :func:`phone_warning` tells the user about it.

An import checks 100 000 numbers, and phonenumbers needs about 30 µs for one. So the two common
cases take a shortcut that gives the library's answer from its metadata, without its general
parsing and formatting: a plain national number typed in the company's country
(:func:`_plain_national_e164`) and the digits of a stored number (:func:`_search_digits_fast`).
Each shortcut does, for exactly its shape of input, what the library's code does (phonenumbers
is pinned in pyproject.toml; the reasoning is written at each shortcut) and leaves everything
else to the library. ``tests/domain/test_phone_fast.py`` compares both ways over many numbers.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneNumberFormat, ValidationResult
from phonenumbers.phonemetadata import PhoneMetadata

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
        if self.e164 is None:
            bases = [_NON_DIGITS.sub("", self.typed)]
        else:
            digits = _search_digits_fast(self.e164) or _search_digits_with_library(self.e164)
            bases = list(digits)
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
    e164 = _plain_national_e164(typed, region)
    if e164 is not None:
        return PhoneNumber(typed, e164, explicit)
    return _parse_with_library(typed, region, explicit)


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


def _parse_with_library(typed: str, region: str, explicit: str | None) -> PhoneNumber:
    """:func:`parse_phone` of stripped, non-empty text, all by phonenumbers."""
    try:
        parsed = phonenumbers.parse(typed, region)
    except phonenumbers.NumberParseException:
        return PhoneNumber(typed, None, explicit)
    found = explicit or parsed.extension or None
    if not (phonenumbers.is_possible_number(parsed) and phonenumbers.is_valid_number(parsed)):
        return PhoneNumber(typed, None, found)
    parsed.extension = None
    return PhoneNumber(typed, phonenumbers.format_number(parsed, PhoneNumberFormat.E164), found)


def _search_digits_with_library(e164: str) -> tuple[str, str]:
    """The digits of the national form, and "00" + country code + NSN, by phonenumbers."""
    parsed = phonenumbers.parse(e164, None)
    national = phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL)
    significant = phonenumbers.national_significant_number(parsed)
    return _NON_DIGITS.sub("", national), f"00{parsed.country_code}{significant}"


# --- Shortcut 1: a plain national number ("0221 1234567") ----------------------------------

# ASCII digits and the separators people type: "0221 123456", "(0221) 123-456", "0221/12.34.56".
# No "+", no letters ("x12", "ext."), no "#", "," or ";": nothing that can start an extension
# in phonenumbers, nor a phone-context.
_PLAIN_NATIONAL = re.compile(r"[0-9 ()\-./]+")
_SEPARATORS = str.maketrans("", "", " ()-./")
# phonenumbers refuses longer input (_MAX_INPUT_STRING_LENGTH).
_MAX_TYPED = 250
# The lengths phonenumbers accepts for a national significant number (NSN).
_NSN_LENGTHS = range(2, 18)


def _plain_national_e164(typed: str, region: str) -> str | None:
    """The E.164 form of a valid plain national number ("0221 123456"); None when unsure.

    None means "ask the library" (an invalid number, another shape, another region), never
    "invalid". A number found valid here is what :func:`_parse_with_library` finds:

    - ``parse(typed, region)``: the text has no "+", no extension, no phone-context; its digits
      start with "0" and then not "0", so neither with the international prefix "00" nor with
      the country code (which never starts with "0"). They are read as a national number; the
      library strips the prefix "0" when the rest matches the general pattern (part of being
      valid, below) and has a possible length (:func:`_plain_region` keeps only lengths that
      give IS_POSSIBLE). The rest does not start with "0" (no "Italian" leading zero), so the
      number is PhoneNumber(country_code, int(rest)), without extension.
    - ``is_possible_number`` is then true, and ``is_valid_number`` asks ``_number_type_helper``
      for the region (the country code is the region's alone): the NSN matches the general
      description and the description of at least one number type. :func:`_plain_region` has
      those descriptions per length, as ``_is_number_matching_desc`` reads them.
    - E.164 is "+" + country code + NSN.
    """
    plan = _plain_region(region)
    if plan is None or len(typed) > _MAX_TYPED or not _PLAIN_NATIONAL.fullmatch(typed):
        return None
    digits = typed.translate(_SEPARATORS)
    if len(digits) < 3 or digits[0] != "0" or digits[1] == "0":
        return None
    significant = digits[1:]
    patterns = plan.patterns.get(len(significant))
    if patterns is None:
        return None
    general, types = patterns
    if not general.fullmatch(significant):
        return None
    if not any(pattern.fullmatch(significant) for pattern in types):
        return None
    return f"+{plan.country_code}{significant}"


@dataclass(frozen=True)
class _PlainRegion:
    country_code: int
    # Per NSN length that is possible (IS_POSSIBLE): the general pattern and the patterns of the
    # number types (fixed line, mobile, toll free, …) that allow this length.
    patterns: dict[int, tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]]


@functools.cache
def _plain_region(region: str) -> _PlainRegion | None:
    """What :func:`_plain_national_e164` needs of ``region``; None if it cannot read its numbers.

    It can when national numbers are dialled with "0" (the prefix for parsing is exactly "0",
    without a transform rule), international ones with "00", and the country code is this
    region's alone (the library then checks the number against this region's metadata):
    Germany, Austria, Switzerland, France, … not the United Kingdom (+44 is shared with Jersey).
    """
    metadata = PhoneMetadata.metadata_for_region(region)
    if metadata is None or metadata.country_code is None:
        return None
    code, general = metadata.country_code, metadata.general_desc
    if not (
        metadata.national_prefix_for_parsing == "0"
        and not metadata.national_prefix_transform_rule
        and metadata.international_prefix == "00"
        and COUNTRY_CODE_TO_REGION_CODE.get(code) == (region,)
        and general is not None
        and general.national_number_pattern
    ):
        return None
    general_pattern = re.compile(general.national_number_pattern)
    # The types _number_type_helper tries; a number is valid if any of them matches (mobile
    # only when its pattern differs from the fixed line's). Fixed line and mobile first: the
    # answer is the same in any order, and most numbers are one of these.
    descs = [metadata.fixed_line, metadata.premium_rate, metadata.toll_free, metadata.shared_cost]
    descs += [metadata.voip, metadata.personal_number, metadata.pager, metadata.uan]
    descs += [metadata.voicemail]
    if not metadata.same_mobile_and_fixed_line_pattern:
        descs.insert(1, metadata.mobile)
    # _match_national_number: pattern.match() and then fullmatch(), that is fullmatch().
    types = [
        (desc.possible_length, re.compile(desc.national_number_pattern))
        for desc in descs
        if desc is not None and desc.national_number_pattern
    ]
    patterns = {}
    for length in _NSN_LENGTHS:
        # Whether a length is possible depends on the length alone: ask the library.
        sample = phonenumbers.PhoneNumber(country_code=code, national_number=int("1" * length))
        if phonenumbers.is_possible_number_with_reason(sample) != ValidationResult.IS_POSSIBLE:
            continue
        # _is_number_matching_desc: the pattern counts only for a length the description allows.
        if general.possible_length and length not in general.possible_length:
            continue
        allowing = tuple(p for lengths, p in types if not lengths or length in lengths)
        patterns[length] = (general_pattern, allowing)
    return _PlainRegion(code, patterns)


# --- Shortcut 2: the digits of a stored number, for the search index -----------------------

# "+" and 3 to 20 digits, the first not 0.
_E164_SHAPE = re.compile(r"\+[1-9][0-9]{2,19}")


def _search_digits_fast(e164: str) -> tuple[str, str] | None:
    """:func:`_search_digits_with_library` without parsing and formatting; None when unsure.

    - ``parse("+" + digits, None)`` takes as country code the shortest prefix of 1 to 3 digits
      that is a known code (``_extract_country_code``) and keeps the rest as the NSN when it has
      2 to 17 digits and no national prefix can be stripped from it: it does not start with "0",
      and :func:`_national_layouts` requires the prefix for parsing to be "0" or none.
    - ``format_number(NATIONAL)`` writes the NSN with the first of the country's formats whose
      leading-digits pattern matches it and whose pattern fits it, or bare if none does; for the
      countries :func:`_national_layouts` accepts, the digits are then "0" + NSN or the NSN.
    """
    if not _E164_SHAPE.fullmatch(e164):
        return None
    digits = e164[1:]
    for size in (1, 2, 3):
        country_code = int(digits[:size])
        if country_code in COUNTRY_CODE_TO_REGION_CODE:
            break
    else:
        return None
    significant = digits[size:]
    if len(significant) not in _NSN_LENGTHS or significant[0] == "0":
        return None
    layouts = _national_layouts(country_code)
    if layouts is None:
        return None
    national = significant
    for leading_digits, prefixed in layouts[len(significant)]:
        if leading_digits is None or leading_digits.match(significant):
            national = "0" + significant if prefixed else significant
            break
    return national, f"00{country_code}{significant}"


# A format pattern of digit groups only, "(\d{3})(\d{4,8})": on a string of digits it matches
# or not by the string's length alone.
_DIGIT_GROUPS = re.compile(r"(?:\(\\d(?:\{\d+(?:,\d+)?\})?\))+")
# The digits and group references ("\1") of a format or a national prefix rule, in order.
_DIGITS_AND_GROUPS = re.compile(r"\\\d|\d")

# Per NSN length: the formats whose pattern fits that length, in the library's order, each as
# (its leading-digits pattern or None, whether its national form is "0" + NSN, else the NSN).
_Layouts = dict[int, tuple[tuple[re.Pattern[str] | None, bool], ...]]


@functools.cache
def _national_layouts(country_code: int) -> _Layouts | None:
    """The digits of the national forms of ``country_code``'s numbers, by format.

    None unless every format of the country only splits the NSN into groups, in order, with at
    most a "0" in front of the first: then the digits of the national form are "0" + NSN or
    the NSN. True for Germany, Austria and Switzerland (the tests check it), and many others.
    """
    # format_number() reads the formats of the country's main region, like this.
    region = phonenumbers.region_code_for_country_code(country_code)
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(country_code, region)
    if metadata is None or metadata.national_prefix_for_parsing not in (None, "", "0"):
        return None
    layouts: dict[int, list[tuple[re.Pattern[str] | None, bool]]] = {n: [] for n in _NSN_LENGTHS}
    for number_format in metadata.number_format:
        pattern, layout = number_format.pattern or "", number_format.format or ""
        rule = number_format.national_prefix_formatting_rule
        groups = [f"\\{i}" for i in range(1, pattern.count("(") + 1)]
        simple = (
            _DIGIT_GROUPS.fullmatch(pattern) is not None
            # The format has each group once, in order, and no digits of its own.
            and _DIGITS_AND_GROUPS.findall(layout) == groups
            and layout.count("\\") == len(groups)
            # The library puts the rule in place of the first group: "0\1", "(0\1)".
            and (not rule or (_DIGITS_AND_GROUPS.findall(rule) == ["0", "\\1"]))
            and (not rule or rule.count("\\") == 1)
        )
        if not simple:
            return None
        leading = number_format.leading_digits_pattern
        leading_digits = re.compile(leading[-1]) if leading else None
        for length, fitting in layouts.items():
            # A pattern of digit groups treats all digits alike: "0" * length stands for every
            # NSN of that length.
            digits = "0" * length
            if re.fullmatch(pattern, digits):
                # The library formats with re.sub(): its first match must take the whole NSN,
                # or there would be a prefix in front of each piece.
                first = re.match(pattern, digits)
                if first is None or first.end() != length:
                    return None
                fitting.append((leading_digits, bool(rule)))
    return {length: tuple(fitting) for length, fitting in layouts.items()}
