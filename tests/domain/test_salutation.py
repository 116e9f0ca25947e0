from __future__ import annotations

import pytest

from meinbuero.domain.salutation import (
    FormOfAddress,
    Salutation,
    address_salutation,
    form_of_address_label,
    letter_salutation,
    salutation_label,
)

SIE = FormOfAddress.FORMAL
DU = FormOfAddress.INFORMAL
MR, MS, NONE = Salutation.MR, Salutation.MS, Salutation.NONE


@pytest.mark.parametrize(
    ("salutation", "title", "first", "last", "form", "expected"),
    [
        (MS, "Dr.", "Anna", "Müller", SIE, "Sehr geehrte Frau Dr. Müller,"),
        (MS, "", "Anna", "Müller", SIE, "Sehr geehrte Frau Müller,"),
        (MR, "", "Jan", "Schmidt", SIE, "Sehr geehrter Herr Schmidt,"),
        (MR, " Prof. Dr. ", "", " Schmidt ", SIE, "Sehr geehrter Herr Prof. Dr. Schmidt,"),
        (NONE, "", "Alex", "Schulz", SIE, "Guten Tag Alex Schulz,"),
        (NONE, "Dr.", "Alex", "Schulz", SIE, "Guten Tag Dr. Alex Schulz,"),
        (NONE, "", "", "Schulz", SIE, "Guten Tag Schulz,"),
        (NONE, "Dr.", "Alex", "", SIE, "Guten Tag Alex,"),
        # Frau or Herr without a last name cannot be "Sehr geehrte Frau Anna".
        (MS, "", "Anna", "", SIE, "Guten Tag Anna,"),
        (NONE, "", "", "", SIE, "Sehr geehrte Damen und Herren,"),
        (MR, "Dr.", " ", "", SIE, "Sehr geehrte Damen und Herren,"),
        (MS, "Dr.", "Anna", "Müller", DU, "Liebe Anna,"),
        (MR, "", "Jan", "Schmidt", DU, "Lieber Jan,"),
        (NONE, "", "Alex", "Schulz", DU, "Hallo Alex,"),
        # "du" needs a first name; without one the formal form is used.
        (MS, "", "", "Müller", DU, "Sehr geehrte Frau Müller,"),
        (NONE, "", "", "Schulz", DU, "Guten Tag Schulz,"),
        (NONE, "", "", "", DU, "Sehr geehrte Damen und Herren,"),
    ],
)
def test_letter_salutation(
    salutation: Salutation,
    title: str,
    first: str,
    last: str,
    form: FormOfAddress,
    expected: str,
) -> None:
    result = letter_salutation(
        salutation=salutation,
        title=title,
        first_name=first,
        last_name=last,
        form_of_address=form,
    )
    assert result == expected


def test_override_wins() -> None:
    result = letter_salutation(
        salutation=MR,
        title="",
        first_name="Jan",
        last_name="Schmidt",
        form_of_address=SIE,
        override="  Moin Jan,  ",
    )
    assert result == "Moin Jan,"


def test_blank_override_is_ignored() -> None:
    result = letter_salutation(
        salutation=MR,
        title="",
        first_name="Jan",
        last_name="Schmidt",
        form_of_address=SIE,
        override="   ",
    )
    assert result == "Sehr geehrter Herr Schmidt,"


def test_stored_values_read_back() -> None:
    assert Salutation("Frau") is MS
    assert Salutation("") is NONE
    assert FormOfAddress("du") is DU
    assert str(MR) == "Herr"


def test_address_salutation() -> None:
    assert address_salutation(MR) == "Herrn"
    assert address_salutation(MR, "Dr.") == "Herrn Dr."
    assert address_salutation(MS, " Prof. Dr. ") == "Frau Prof. Dr."
    assert address_salutation(MS) == "Frau"
    assert address_salutation(NONE, "Dr.") == "Dr."
    assert address_salutation(NONE) == ""


def test_labels_in_german() -> None:
    assert [salutation_label(s) for s in Salutation] == ["Herr", "Frau", "(keine Angabe)"]
    assert [form_of_address_label(f) for f in FormOfAddress] == [
        "Förmlich (Sie)",
        "Persönlich (du)",
    ]
