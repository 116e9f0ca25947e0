"""The shortcuts of meinbuero.domain.phone give the library's answers.

Each test compares the shortcut with the untouched library route over many numbers: generated
from the library's example numbers for Germany, Austria and Switzerland (all number types, the
subscriber part replaced by random digits of varying length), typed in the usual ways, plus
numbers of the shapes the shortcut must leave alone.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import phonenumbers
import pytest
from phonenumbers import PhoneNumberType

from meinbuero.domain.phone import (
    PhoneNumber,
    _national_layouts,
    _parse_with_library,
    _plain_national_e164,
    _plain_region,
    _search_digits_fast,
    _search_digits_with_library,
    parse_phone,
)

REGIONS = ("DE", "AT", "CH")
TYPES = (
    PhoneNumberType.FIXED_LINE,
    PhoneNumberType.MOBILE,
    PhoneNumberType.TOLL_FREE,
    PhoneNumberType.PREMIUM_RATE,
    PhoneNumberType.SHARED_COST,
    PhoneNumberType.VOIP,
    PhoneNumberType.PERSONAL_NUMBER,
    PhoneNumberType.PAGER,
    PhoneNumberType.UAN,
    PhoneNumberType.VOICEMAIL,
)


def example_significants(region: str) -> list[str]:
    examples = (phonenumbers.example_number_for_type(region, kind) for kind in TYPES)
    return [phonenumbers.national_significant_number(e) for e in examples if e is not None]


def generated_significants(region: str, count: int, *, anything: int = 20) -> Iterator[str]:
    """NSNs near the region's real ones (an example's first digits, random digits after them),
    and ``anything`` random ones of each length."""
    rng = random.Random(f"nsn-{region}")
    examples = example_significants(region)
    for _ in range(count):
        example = rng.choice(examples)
        keep = rng.randint(1, min(5, len(example)))
        length = len(example)
        if rng.random() < 0.5:  # also too short and too long ones
            length = rng.randint(max(keep, len(example) - 3), len(example) + 3)
        yield example[:keep] + "".join(rng.choices("0123456789", k=length - keep))
    for length in range(1, 17):
        for _ in range(anything):
            yield rng.choice("123456789") + "".join(rng.choices("0123456789", k=length - 1))


def typed_forms(significant: str, rng: random.Random) -> list[str]:
    """The number as people type it: "0221 123456", "0221/123456", "(0221) 123-456", …"""
    cut = rng.randint(1, min(4, len(significant)))
    area, rest = significant[:cut], significant[cut:]
    pairs = " ".join(rest[i : i + 2] for i in range(0, len(rest), 2))
    return [
        f"0{area} {rest}",
        f"0{area}/{rest}",
        f"(0{area}) {rest[:3]}-{rest[3:]}",
        f"0{area}.{rest}",
        f"0{area}{rest}",
        f"0{area} - {pairs}",
        f" 0{area} / {rest} ",
    ]


def plain_numbers(region: str, count: int = 600, *, anything: int = 20) -> Iterator[str]:
    rng = random.Random(f"typed-{region}")
    for significant in generated_significants(region, count, anything=anything):
        yield from typed_forms(significant, rng)


@pytest.mark.parametrize("region", REGIONS)
def test_the_shortcut_reads_the_regions_of_the_company(region: str) -> None:
    assert _plain_region(region) is not None
    code = phonenumbers.country_code_for_region(region)
    assert _national_layouts(code) is not None


@pytest.mark.parametrize("region", ["GB", "US", "IT", "IL", "NZ", "XX", "de", ""])
def test_the_shortcut_leaves_other_regions_to_the_library(region: str) -> None:
    # GB shares +44 with Jersey and others, US dials nationally with "1", Italy keeps the "0",
    # Israel and New Zealand dial abroad with "01…" as well as "00".
    assert _plain_region(region) is None


@pytest.mark.parametrize("region", REGIONS)
def test_plain_national_numbers_read_as_by_the_library(region: str) -> None:
    shortcut_taken = 0
    for typed in plain_numbers(region):
        library = _parse_with_library(typed.strip(), region, None)
        assert parse_phone(typed, region=region) == library, typed
        # The shortcut is taken for every valid plain number (so this test compares something).
        e164 = _plain_national_e164(typed.strip(), region)
        assert e164 == library.e164, typed
        shortcut_taken += e164 is not None
    assert shortcut_taken > 1000


def test_plain_numbers_of_every_region_the_shortcut_reads() -> None:
    regions = [r for r in sorted(phonenumbers.SUPPORTED_REGIONS) if _plain_region(r) is not None]
    assert len(regions) > 50  # France, the Netherlands, Sweden, …
    shortcut_taken = 0
    for region in regions:
        for typed in plain_numbers(region, count=30, anything=0):
            library = _parse_with_library(typed.strip(), region, None)
            # Not every valid number: Rwanda's "061 91249" keeps its "0" (+250 0619…).
            e164 = _plain_national_e164(typed.strip(), region)
            assert e164 is None or e164 == library.e164, (typed, region)
            shortcut_taken += e164 is not None
    assert shortcut_taken > 20 * len(regions)


@pytest.mark.parametrize("region", REGIONS)
def test_extension_beside_a_plain_number(region: str) -> None:
    rng = random.Random(f"extension-{region}")
    for significant in generated_significants(region, 100):
        typed = rng.choice(typed_forms(significant, rng))
        for extension in ("12", " 7 ", "", None):
            library = _parse_with_library(typed.strip(), region, (extension or "").strip() or None)
            assert parse_phone(typed, region=region, extension=extension) == library, typed


TRICKY = [
    # Country code or international prefix: the library reads them.
    "0049 221 1234567",
    "00 49 221 1234567",
    "0(0)49 221 1234567",
    "+49 221 1234567",
    "+49 (0)221 1234567",
    "0043 1 234567",
    "0041 44 668 18 00",
    "00221 1234567",
    "0 0221 1234567",
    "49 221 1234567",
    "4922112345678",
    # Extensions and letters.
    "0221 1234567 x12",
    "0221 1234567x12",
    "0221 1234567 ext. 12",
    "0221 1234567 Durchwahl 12",
    "0221 1234567 #12",
    "0221 1234567-12#",
    "0221 1234567,,12",
    "0221 1234567;12",
    "0221 1234567;ext=12",
    "tel:+49-221-1234567",
    "tel:0221-1234567;phone-context=+49",
    "0800 FLOWERS",
    "0221 CALL ME",
    "Tel. 0221 1234567",
    "0221 1234567 (Büro)",
    "0221 1234567 / 0221 7654321",
    "0221 123456 / x 12",
    # Too short, too long, nothing.
    "0",
    "01",
    "02",
    "021",
    "0221",
    "0221 1",
    "0221 12",
    "123456",
    "0221 123456789012345678",
    "0221 " + "1" * 30,
    "0221" + " " * 250 + "1234567",
    "()",
    "-",
    "0-",
    # Service numbers and short numbers.
    "0800 1234567",
    "0800 330 1000",
    "0900 1 234567",
    "0900 5 123456",
    "0180 2 123456",
    "0180 5 123456",
    "01805 123456",
    "0137 1234567",
    "0700 12345678",
    "0118 12",
    "116116",
    "116 116",
    "0116116",
    "115",
    "0115",
    "110",
    "112",
    "0310 1234567",
    "019 1234567",
    # Other separators, digits of other scripts.
    "0221\u00a01234567",
    "0221\t1234567",
    "0221_1234567",
    "0221–1234567",
    "０２２１ １２３４５６７",
    "٠٢٢١١٢٣٤٥٦٧",
    "0221 1234567.",
    "0221 1234567)",
    "(0221)1234567",
    "((0221)) 1234567",
    "0221..1234567",
    "0221 12 34 56 7",
    "0221 123456-12",
    "0171 1234567",
    "0151 12345678",
    "0152 123456789",
    "01761 1234567",
    "030 12345678",
    "089 1234567",
    "01 234567",
    "0664 1234567",
    "044 668 18 00",
    "079 123 45 67",
    "058 123 45 67",
    "0800 123 456",
]


@pytest.mark.parametrize("region", REGIONS)
@pytest.mark.parametrize("typed", TRICKY)
def test_tricky_numbers_read_as_by_the_library(typed: str, region: str) -> None:
    library = _parse_with_library(typed.strip(), region, None)
    assert parse_phone(typed, region=region) == library
    assert parse_phone(typed, region=region, extension="5") == _parse_with_library(
        typed.strip(), region, "5"
    )
    e164 = _plain_national_e164(typed.strip(), region)
    assert e164 is None or e164 == library.e164


def test_tricky_numbers_in_other_regions() -> None:
    for region in ("GB", "FR", "IT", "US", "NL", "LI", "de", "XX"):
        for typed in TRICKY:
            assert parse_phone(typed, region=region) == _parse_with_library(
                typed.strip(), region, None
            ), (typed, region)


def stored_numbers() -> Iterator[str]:
    """E.164 forms the program stores: every example number of every region, and many German,
    Austrian and Swiss ones."""
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in TYPES:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is not None:
                yield phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
    for region in REGIONS:
        for significant in generated_significants(region, 1500):
            number = parse_phone("0" + significant, region=region)
            if number.e164 is not None:
                yield number.e164


def test_search_digits_as_by_the_library() -> None:
    fast = 0
    for e164 in stored_numbers():
        digits = _search_digits_fast(e164)
        assert digits is None or digits == _search_digits_with_library(e164), e164
        if e164.startswith(("+49", "+43", "+41")):
            assert digits is not None, e164
        fast += digits is not None
    assert fast > 3000


@pytest.mark.parametrize(
    "e164",
    ["+", "+4", "+49", "+491", "+4901234567", "+0221", "+999123456", "+49" + "1" * 18, "4922112"],
)
def test_search_digits_of_odd_values_left_to_the_library(e164: str) -> None:
    assert _search_digits_fast(e164) is None


def test_search_digits_of_a_stored_invalid_value_fail_as_before() -> None:
    # A value no version of the program stores as E.164; the library's error is kept.
    with pytest.raises(phonenumbers.NumberParseException):
        PhoneNumber("x", "+0221", None).digits_variants()


def test_search_digits_with_prefix_and_without() -> None:
    # German service number 116116: written without the prefix "0".
    assert PhoneNumber("116116", "+49116116", None).digits_variants() == ["116116", "0049116116"]
    assert PhoneNumber("0221 1234567", "+492211234567", "12").digits_variants() == [
        "02211234567",
        "00492211234567",
        "0221123456712",
        "0049221123456712",
    ]
