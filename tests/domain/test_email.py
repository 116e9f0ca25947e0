from __future__ import annotations

import pytest

from meinbuero.domain.email import normalize_email
from meinbuero.domain.errors import ValidationError


def test_empty() -> None:
    assert normalize_email("  ") == ""


@pytest.mark.parametrize(
    ("typed", "normalized"),
    [
        ("max@x.de", "max@x.de"),
        ("  Max.Mustermann@Example.COM ", "Max.Mustermann@example.com"),
        ("jürgen@müller.de", "jürgen@müller.de"),
    ],
)
def test_valid(typed: str, normalized: str) -> None:
    assert normalize_email(typed) == normalized


@pytest.mark.parametrize(
    "typed", ["max@@x.de", "max", "max@x", "max @x.de", "Max <max@x.de>", "a..b@x.de"]
)
def test_invalid(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_email(typed)
    assert caught.value.field == "E-Mail"
    assert caught.value.message == (
        f"„{typed}“ ist keine gültige E-Mail-Adresse – bitte in der Form name@beispiel.de eingeben."
    )


def test_message_with_field() -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_email("max@@x.de", field="E-Mail (Rechnung)")
    assert str(caught.value) == (
        "E-Mail (Rechnung): „max@@x.de“ ist keine gültige E-Mail-Adresse – bitte in der Form "
        "name@beispiel.de eingeben."
    )
