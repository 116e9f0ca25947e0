"""Individuelle Felder through the service, on a real company file."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from meinbuero.services import custom_fields
from meinbuero.services.customers import CustomerInput, remove_customer, save_customer
from meinbuero.services.errors import InvalidInput, NotFound
from meinbuero.store.database import Database
from meinbuero.store.models import CustomFieldDefinition, CustomFieldValue

# slot: (label, type, choices)
FIELDS: dict[int, tuple[str, str, list[str] | None]] = {
    1: ("Branche", "text", None),
    2: ("Umsatz", "number", None),
    3: ("Nächster Besuch", "date", None),
    4: ("Newsletter", "bool", None),
    5: ("Stufe", "choice", [" Gold ", "Silber", "", "Gold", "Bronze"]),
}


@pytest.fixture
def customer_id(database: Database) -> int:
    with database.sessions.begin() as session:
        for slot, (label, field_type, choices) in FIELDS.items():
            custom_fields.save_definition(
                session, slot=slot, label=label, field_type=field_type, choices=choices
            )
        return save_customer(session, CustomerInput(company_name="Feld GmbH")).id


def set_values(database: Database, customer_id: int, typed: dict[int, str]) -> None:
    with database.sessions.begin() as session:
        custom_fields.set_values(session, customer_id=customer_id, typed=typed)


def shown(database: Database, customer_id: int) -> dict[int, str]:
    with database.sessions() as session:
        return custom_fields.values(session, customer_id)


def stored(database: Database, customer_id: int) -> dict[int, tuple[object, ...]]:
    with database.sessions() as session:
        rows = session.scalars(
            select(CustomFieldValue).where(CustomFieldValue.customer_id == customer_id)
        )
        return {v.slot: (v.text_value, v.number_value, v.date_value, v.bool_value) for v in rows}


def definition(database: Database, slot: int) -> tuple[str, str, str]:
    with database.sessions() as session:
        row = session.get(CustomFieldDefinition, slot)
    assert row is not None
    return (row.label, row.field_type, row.choices)


def refused_values(
    database: Database, customer_id: int, typed: dict[int, str]
) -> list[tuple[str, str]]:
    """The errors of ``typed``; the transaction commits, so nothing may have been written."""
    before = stored(database, customer_id)
    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        custom_fields.set_values(session, customer_id=customer_id, typed=typed)
    assert stored(database, customer_id) == before
    return [(e.field, e.message) for e in caught.value.errors]


def refused_definition(
    database: Database, slot: int, label: str, field_type: str, choices: list[str] | None = None
) -> list[tuple[str, str]]:
    before = definition(database, slot)
    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        custom_fields.save_definition(
            session, slot=slot, label=label, field_type=field_type, choices=choices
        )
    assert definition(database, slot) == before
    return [(e.field, e.message) for e in caught.value.errors]


def test_a_new_company_has_twenty_undefined_text_fields(database: Database) -> None:
    with database.sessions() as session:
        rows = custom_fields.definitions(session)
        assert [(d.slot, d.label, d.field_type, d.choices) for d in rows] == [
            (slot, "", "text", "") for slot in range(1, 21)
        ]
        assert custom_fields.defined(session) == []


def test_definitions_are_stored(database: Database, customer_id: int) -> None:
    assert [definition(database, slot) for slot in FIELDS] == [
        ("Branche", "text", ""),
        ("Umsatz", "number", ""),
        ("Nächster Besuch", "date", ""),
        ("Newsletter", "bool", ""),
        # Blank and repeated choices are dropped, the order kept.
        ("Stufe", "choice", "Gold\nSilber\nBronze"),
    ]
    with database.sessions() as session:
        assert [d.slot for d in custom_fields.defined(session)] == [1, 2, 3, 4, 5]
        assert custom_fields.defined(session)[4].choice_list == ["Gold", "Silber", "Bronze"]
    assert shown(database, customer_id) == {1: "", 2: "", 3: "", 4: "", 5: ""}


def test_type_labels_are_german() -> None:
    assert list(custom_fields.type_labels().values()) == [
        "Text",
        "Zahl",
        "Datum",
        "Ja/Nein",
        "Auswahlliste",
    ]


def test_values_typed_in_german_are_stored_typed(database: Database, customer_id: int) -> None:
    set_values(
        database,
        customer_id,
        {1: " Bauhandwerk ", 2: "1.234,5", 3: "22.11.2026", 4: "ja", 5: "Silber"},
    )

    assert stored(database, customer_id) == {
        1: ("Bauhandwerk", None, None, None),
        2: (None, Decimal("1234.5"), None, None),
        3: (None, None, date(2026, 11, 22), None),
        4: (None, None, None, True),
        5: ("Silber", None, None, None),
    }
    assert shown(database, customer_id) == {
        1: "Bauhandwerk",
        2: "1.234,5",
        3: "22.11.2026",
        4: "ja",
        5: "Silber",
    }


@pytest.mark.parametrize(
    ("slot", "typed", "column", "value", "display"),
    [
        (2, "-0,75", 1, Decimal("-0.75"), "-0,75"),
        (2, "1234.5", 1, Decimal("1234.5"), "1.234,5"),
        (2, "1.000.000", 1, Decimal("1000000"), "1.000.000"),
        (3, "2026-11-22", 2, date(2026, 11, 22), "22.11.2026"),
        (3, "1.2.2027", 2, date(2027, 2, 1), "01.02.2027"),
        (4, "Nein", 3, False, "nein"),
        (4, "x", 3, True, "ja"),
    ],
)
def test_other_spellings_of_values(
    database: Database,
    customer_id: int,
    slot: int,
    typed: str,
    column: int,
    value: object,
    display: str,
) -> None:
    set_values(database, customer_id, {slot: typed})

    assert stored(database, customer_id)[slot][column] == value
    assert shown(database, customer_id)[slot] == display


def test_changing_a_value_replaces_it(database: Database, customer_id: int) -> None:
    set_values(database, customer_id, {2: "10", 4: "ja"})

    set_values(database, customer_id, {2: "20,5", 4: "nein"})

    assert stored(database, customer_id) == {
        2: (None, Decimal("20.5"), None, None),
        4: (None, None, None, False),
    }


def test_empty_text_removes_the_value(database: Database, customer_id: int) -> None:
    set_values(database, customer_id, {1: "Bau", 2: "5", 5: "Gold"})

    set_values(database, customer_id, {1: "  ", 2: "", 3: ""})

    assert stored(database, customer_id) == {5: ("Gold", None, None, None)}
    assert shown(database, customer_id) == {1: "", 2: "", 3: "", 4: "", 5: "Gold"}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ({2: "viel"}, [("Umsatz", "„viel“ ist keine Zahl. Beispiel: 1.234,56")]),
        (
            {3: "31.02.2026"},
            [("Nächster Besuch", "„31.02.2026“ ist kein Datum, das es im Kalender gibt.")],
        ),
        (
            {3: "nächste Woche"},
            [("Nächster Besuch", "„nächste Woche“ ist kein Datum. Bitte als TT.MM.JJJJ eingeben.")],
        ),
        (
            {4: "vielleicht"},
            [("Newsletter", "Bitte „ja“ oder „nein“ eingeben, nicht „vielleicht“.")],
        ),
        ({5: "Platin"}, [("Stufe", "„Platin“ ist keine der möglichen Angaben.")]),
        ({5: "gold"}, [("Stufe", "„gold“ ist keine der möglichen Angaben.")]),
        ({6: "irgendwas"}, [("Individuelles Feld 6", "Dieses Feld ist nicht eingerichtet.")]),
        (
            {1: "ok", 2: "viel", 4: "vielleicht", 7: "x"},
            [
                ("Umsatz", "„viel“ ist keine Zahl. Beispiel: 1.234,56"),
                ("Newsletter", "Bitte „ja“ oder „nein“ eingeben, nicht „vielleicht“."),
                ("Individuelles Feld 7", "Dieses Feld ist nicht eingerichtet."),
            ],
        ),
    ],
)
def test_wrong_values_are_refused_in_german(
    database: Database,
    customer_id: int,
    typed: dict[int, str],
    expected: list[tuple[str, str]],
) -> None:
    set_values(database, customer_id, {1: "Bau", 2: "5"})

    assert refused_values(database, customer_id, typed) == expected
    assert shown(database, customer_id)[1] == "Bau"


def test_empty_text_in_an_undefined_field_is_ignored(database: Database, customer_id: int) -> None:
    set_values(database, customer_id, {6: "", 1: "Bau"})

    assert stored(database, customer_id) == {1: ("Bau", None, None, None)}


@pytest.mark.parametrize(
    "typed",
    [
        pytest.param("10.000.000.000.000"),
        pytest.param("NaN"),
    ],
)
def test_numbers_the_file_cannot_hold_are_refused(
    database: Database, customer_id: int, typed: str
) -> None:
    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        custom_fields.set_values(session, customer_id=customer_id, typed={2: typed})

    assert caught.value.fields() == {"Umsatz"}


def test_values_of_another_customer_are_separate(database: Database, customer_id: int) -> None:
    with database.sessions.begin() as session:
        other = save_customer(session, CustomerInput(company_name="Andere GmbH")).id
    set_values(database, customer_id, {1: "Bau"})
    set_values(database, other, {1: "Handel"})

    assert shown(database, customer_id)[1] == "Bau"
    assert shown(database, other)[1] == "Handel"


def test_unknown_customer_is_not_found(database: Database, customer_id: int) -> None:
    with database.sessions.begin() as session, pytest.raises(NotFound):
        custom_fields.set_values(session, customer_id=customer_id + 100, typed={1: "Bau"})


def test_an_empty_label_hides_the_field(database: Database, customer_id: int) -> None:
    set_values(database, customer_id, {1: "Bau"})

    with database.sessions.begin() as session:
        custom_fields.save_definition(session, slot=1, label="   ", field_type="text")

    assert definition(database, 1) == ("", "text", "")
    with database.sessions() as session:
        assert [d.slot for d in custom_fields.defined(session)] == [2, 3, 4, 5]
    assert shown(database, customer_id) == {2: "", 3: "", 4: "", 5: ""}
    assert refused_values(database, customer_id, {1: "Handel"}) == [
        ("Individuelles Feld 1", "Dieses Feld ist nicht eingerichtet.")
    ]


def test_type_of_an_empty_field_can_change(database: Database, customer_id: int) -> None:
    with database.sessions.begin() as session:
        custom_fields.save_definition(session, slot=1, label="Mitarbeiter", field_type="number")

    assert definition(database, 1) == ("Mitarbeiter", "number", "")
    set_values(database, customer_id, {1: "12"})
    assert shown(database, customer_id)[1] == "12"


def test_type_of_a_field_with_values_cannot_change(database: Database, customer_id: int) -> None:
    set_values(database, customer_id, {2: "5"})
    with database.sessions.begin() as session:
        other = save_customer(session, CustomerInput(company_name="Andere GmbH")).id
    set_values(database, other, {2: "7"})

    assert refused_definition(database, 2, "Umsatz", "text") == [
        (
            "Individuelles Feld 2",
            "Das Feld hat schon Werte bei 2 Kunden; sein Typ kann nicht mehr geändert werden.",
        )
    ]
    # The label alone may change.
    with database.sessions.begin() as session:
        custom_fields.save_definition(session, slot=2, label="Jahresumsatz", field_type="number")
    assert definition(database, 2) == ("Jahresumsatz", "number", "")


def test_removing_a_choice_in_use_is_refused(database: Database, customer_id: int) -> None:
    set_values(database, customer_id, {5: "Silber"})

    assert refused_definition(database, 5, "Stufe", "choice", ["Gold", "Bronze"]) == [
        (
            "Individuelles Feld 5",
            "Der Eintrag „Silber“ wird noch verwendet und kann nicht entfernt werden.",
        )
    ]

    # An unused choice can go, a new one come.
    with database.sessions.begin() as session:
        custom_fields.save_definition(
            session, slot=5, label="Stufe", field_type="choice", choices=["Silber", "Platin"]
        )
    assert definition(database, 5) == ("Stufe", "choice", "Silber\nPlatin")
    set_values(database, customer_id, {5: "Platin"})
    assert shown(database, customer_id)[5] == "Platin"


@pytest.mark.parametrize(
    ("label", "field_type", "choices", "message"),
    [
        ("Farbe", "colour", None, "Unbekannter Feldtyp."),
        ("x" * 61, "text", None, "Die Bezeichnung ist zu lang (60 Zeichen)."),
        ("Stufe", "choice", [" ", ""], "Eine Auswahlliste braucht mindestens einen Eintrag."),
    ],
)
def test_bad_definitions_are_refused(
    database: Database, label: str, field_type: str, choices: list[str] | None, message: str
) -> None:
    assert refused_definition(database, 8, label, field_type, choices) == [
        ("Individuelles Feld 8", message)
    ]


def test_a_label_of_sixty_characters_is_accepted(database: Database) -> None:
    with database.sessions.begin() as session:
        custom_fields.save_definition(session, slot=20, label="x" * 60, field_type="text")

    assert definition(database, 20) == ("x" * 60, "text", "")


@pytest.mark.parametrize("slot", [0, 21])
def test_slots_outside_one_to_twenty_are_not_found(database: Database, slot: int) -> None:
    with database.sessions.begin() as session, pytest.raises(NotFound):
        custom_fields.save_definition(session, slot=slot, label="X", field_type="text")


def test_values_are_deleted_with_the_customer(database: Database, customer_id: int) -> None:
    set_values(database, customer_id, {1: "Bau", 2: "5"})

    with database.sessions.begin() as session:
        remove_customer(session, customer_id)

    assert stored(database, customer_id) == {}


def test_display_of_a_missing_value_is_empty(database: Database, customer_id: int) -> None:
    with database.sessions() as session:
        row = session.get(CustomFieldDefinition, 2)
        assert row is not None
        assert custom_fields.display(None, row) == ""


def test_six_decimals_are_kept(database: Database, customer_id: int) -> None:
    set_values(database, customer_id, {2: "0,000001"})

    assert stored(database, customer_id)[2][1] == Decimal("0.000001")
    assert shown(database, customer_id)[2] == "0,000001"
