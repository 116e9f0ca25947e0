"""The Leitweg-ID of a public buyer: its form and check digits (python-stdnum's de.leitweg)."""

from __future__ import annotations

import pytest

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.taxid import normalize_leitweg_id


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        (" 04011000-1234512345-06 ", "04011000-1234512345-06"),
        ("991-33333test-33", "991-33333TEST-33"),
        ("", ""),
    ],
)
def test_valid_leitweg_ids_are_kept_as_written(typed: str, kept: str) -> None:
    assert normalize_leitweg_id(typed) == kept


def test_a_wrong_check_digit_and_a_wrong_form_are_told_apart() -> None:
    with pytest.raises(ValidationError) as digits:
        normalize_leitweg_id("04011000-1234512345-07")
    with pytest.raises(ValidationError) as form:
        normalize_leitweg_id("Stadt Köln")
    assert digits.value.field == form.value.field
    assert digits.value.message != form.value.message
    assert "04011000-1234512345-07" in digits.value.message
