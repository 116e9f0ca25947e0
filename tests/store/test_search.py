"""The folding and query rules of the search index (the full search runs in services tests)."""

from __future__ import annotations

import pytest

from meinbuero.store.search import body, fold, match_expression, query_terms


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Müller", "muller"),
        ("Mueller", "muller"),
        ("MULLER", "muller"),
        ("Straße", "strasse"),
        ("STRASSE", "strasse"),
        ("Bößmann-Ærø", "bossmann aro"),
        ("Łódź", "lodz"),
        ("José Ñúñez", "jose nunez"),
        ("info@müller-söhne.de", "info muller sohne de"),
        ("Kunde_7@Example.DE", "kunde 7 example de"),
        ("  Hoeness & Soehne  ", "honess sohne"),
        ("0221 1234567", "0221 1234567"),
        ("", ""),
    ],
)
def test_fold(typed: str, folded: str) -> None:
    assert fold(typed) == folded


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("0221 12", ["022112"]),
        ("+49 221 12", ["004922112"]),
        ("(0221) 12-34/5", ["02211234 5".replace(" ", "")]),
        ("022112", ["022112"]),
        ("Köln Müller", ["koln", "muller"]),
        ("  ", []),
        ("K10001", ["k10001"]),
        ("12", ["12"]),
    ],
)
def test_query_terms(query: str, terms: list[str]) -> None:
    assert query_terms(query) == terms


def test_short_terms_match_at_word_starts() -> None:
    assert match_expression(["muller", "ko"]) == '"muller" AND " ko"'
    with pytest.raises(ValueError):
        match_expression(["k"])


def test_the_index_text_is_every_part_folded_with_bars_between() -> None:
    parts = ["K1", "Müller", "", "---", "Straße 5", "Ærø|Köln", "info@mueller.de"]
    assert body(parts) == " k1 | muller |  | strasse 5 | aro koln | info muller de"
