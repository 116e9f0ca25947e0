"""The shortcut of meinbuero.domain.email gives email-validator's answers.

Each test compares normalize_email, and the shortcut alone, with the untouched library route
(validate_email) over tricky addresses and many generated ones.
"""

from __future__ import annotations

import random

import pytest
from email_validator import EmailNotValidError

from meinbuero.domain.email import _normalize_plain, _normalize_with_library, normalize_email
from meinbuero.domain.errors import ValidationError


def by_library(typed: str) -> str | None:
    try:
        return _normalize_with_library(typed.strip())
    except EmailNotValidError:
        return None


def by_us(typed: str) -> str | None:
    try:
        return normalize_email(typed)
    except ValidationError:
        return None


def assert_same(typed: str) -> str | None:
    """Both ways agree on ``typed``; returns what the shortcut alone said."""
    expected = by_library(typed)
    assert by_us(typed) == expected, typed
    fast = _normalize_plain(typed.strip())
    assert fast is None or fast == expected, typed
    return fast


LONG_LABEL = "b" * 63
TRICKY = [
    # Common ones, and the case of the domain.
    "max@x.de",
    "kunde1@example.de",
    "  Max.Mustermann@Example.COM ",
    "a@EXAMPLE.COM",
    "Max@ExAmPlE.De",
    "max_muster-1+news@sub.domain.example.org",
    "a!#$%&'*+-/=?^_`{|}~b@x.de",
    "1@x.de",
    "-@x.de",
    # Role names (RFC 2142) are lower-cased by the library.
    "Info@x.de",
    "POSTMASTER@x.de",
    "WebMaster@x.de",
    "Info.Team@x.de",
    "infos@x.de",
    # Dots in the wrong place.
    ".max@x.de",
    "max.@x.de",
    "ma..x@x.de",
    "a..b@x.de",
    ".@x.de",
    "max@.x.de",
    "max@x..de",
    "max@x.de.",
    "max@x.de..",
    "max@-x.de",
    "max@x-.de",
    "max@ab--cd.de",
    "max@xn--abc.de",
    "max@x_y.de",
    # Quoted local parts, display names, brackets.
    '"max"@x.de',
    '"max mustermann"@x.de',
    '"a@b"@x.de',
    '"a\\"b"@x.de',
    "Max <max@x.de>",
    "<max@x.de>",
    "max@[1.2.3.4]",
    "max@[IPv6:::1]",
    # Internationalized: domain and local part, composed and decomposed.
    "max@müller.de",
    "max@MÜLLER.de",
    "max@mu\u0308ller.de",
    "max@xn--mller-kva.de",
    "MAX@XN--MLLER-KVA.DE",
    "jürgen@müller.de",
    "jürgen@x.de",
    "ju\u0308rgen@x.de",
    "ä@x.de",
    "mаx@x.de",  # Cyrillic а
    "max@bücher.example",
    "max@x。de",
    "max@x．de",
    "max@ｘ.de",
    "max@x\u200b.de",
    "max@\u0301x.de",
    "max＠x.de",
    "max﹫x.de",
    # Special-use and odd domains.
    "a@host.local",
    "a@x.test",
    "a@test",
    "a@localhost",
    "a@x.invalid",
    "a@x.onion",
    "a@1.in-addr.arpa",
    "a@example.com",
    "a@x.123",
    "a@1.2.3.4",
    "a@x.c1",
    "a@b",
    "a@b.c",
    "a@x.d-e",
    f"a@{LONG_LABEL}.de",
    f"a@{LONG_LABEL}b.de",
    # No address, or more than one.
    "max",
    "max@",
    "@x.de",
    "max@@x.de",
    "max@x.de@y.de",
    "max@x.de, moritz@x.de",
    "max @x.de",
    "max@ x.de",
    "max\t@x.de",
    "max@x.de\nx",
    " max@x.de\n",
    "max;@x.de",
    "max,@x.de",
    "ma(x)@x.de",
    "ma x@x.de",
    "ma\\x@x.de",
    "mailto:max@x.de",
]


@pytest.mark.parametrize("typed", TRICKY)
def test_tricky_addresses(typed: str) -> None:
    assert_same(typed)


@pytest.mark.parametrize(
    "typed", ["max@x.de", "Max.Mustermann@Example.COM", "Info@x.de", "a+b@t-online.de"]
)
def test_common_addresses_take_the_shortcut(typed: str) -> None:
    # So that the comparisons above compare something.
    assert assert_same(typed) is not None


def label_domain(length: int, *, tld: str = "de", label: str = "b") -> str:
    """A domain of about ``length`` characters: labels of 63, then the top-level domain."""
    labels: list[str] = []
    rest = length - len(tld)
    while rest > 64:
        labels.append(label * 63)
        rest -= 64
    if rest > 1:
        labels.append(label * (rest - 1))
    return ".".join([*labels, tld])


@pytest.mark.parametrize("local_length", [1, 20, 63, 64, 65, 80])
@pytest.mark.parametrize("domain_length", [180, 188, 189, 190, 200, 252, 253, 254])
def test_length_limits(local_length: int, domain_length: int) -> None:
    assert_same(f"{'x' * local_length}@{label_domain(domain_length)}")


def test_length_limit_with_an_internationalized_domain() -> None:
    # 218 characters, 230 bytes in UTF-8, 246 as ASCII (IDNA): the address may have 254 bytes in
    # each form, so a local part of up to 7 characters fits, not one of 8 to 35.
    label = "üüü" + "a" * 50
    domain = ".".join([label] * 4 + ["de"])
    fits = [n for n in range(1, 41) if assert_same(f"{'x' * n}@{domain}") is not None]
    assert fits == list(range(1, 8))
    assert by_library(f"{'x' * 8}@{domain}") is None
    # 86 characters, 246 bytes in UTF-8, 110 as ASCII: here the UTF-8 form counts.
    domain = ".".join(["例" * 20] * 4 + ["de"])
    fits = [n for n in range(1, 41) if assert_same(f"{'x' * n}@{domain}") is not None]
    assert fits == list(range(1, 8))
    # Full-width letters: 246 bytes as typed, 86 normalized ("bbb…"): the typed form counts.
    domain = ".".join(["ｂ" * 20] * 4 + ["de"])
    fits = [n for n in range(1, 41) if assert_same(f"{'x' * n}@{domain}") is not None]
    assert fits == list(range(1, 8))


def test_generated_addresses() -> None:
    rng = random.Random("addresses")
    characters = "abcxyzABCXYZ0189!#$%&'*+-/=?^_`{|}~" + '.."@ \\äß'
    domains = [
        "example.de",
        "Example.DE",
        "web.de",
        "t-online.de",
        "müller.de",
        "xn--mller-kva.de",
        "x.local",
        "x.test",
        "x..de",
        "x.de.",
        "b",
        "[1.2.3.4]",
        f"{LONG_LABEL}.de",
        label_domain(240),
        ".".join(["üüü" + "a" * 50] * 4 + ["de"]),
    ]
    shortcut_taken = 0
    for _ in range(4000):
        local = "".join(rng.choices(characters, k=rng.choice([1, 2, 5, 12, 40, 64, 65, 70])))
        if rng.random() < 0.1:
            local = local.capitalize()
        if rng.random() < 0.05:
            local = rng.choice(["info", "Info", "SALES", "noc", "Www"])
        shortcut_taken += assert_same(f"{local}@{rng.choice(domains)}") is not None
    assert shortcut_taken > 500
