"""Customers to write to, for the letter, template and consent tests."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from meinbuero.services import custom_fields
from meinbuero.services.customers import (
    ContactPersonInput,
    CustomerInput,
    save_contact_person,
    save_customer,
)
from tests.sales_data import complete_company


@dataclass(frozen=True)
class People:
    company: int  # Weber Bau GmbH, with contact person Dr. Katrin Weber (Sie)
    weber: int  # the contact person
    anna: int  # Anna Schmidt, a private person written to with "du"
    no_address: int  # Lutz Ohneort: no street, no city


def add_people(session: Session) -> People:
    complete_company(session)
    custom_fields.save_definition(session, slot=1, label="Branche", field_type="text")
    company = save_customer(
        session,
        CustomerInput(
            kind="company",
            company_name="Weber Bau GmbH",
            street="Ringstraße 5",
            postcode="80331",
            city="München",
            email="info@weber-bau.de",
            groups=["Kunde"],
        ),
    ).id
    custom_fields.set_values(session, customer_id=company, typed={1: "Bauwesen"})
    weber = save_contact_person(
        session,
        ContactPersonInput(
            salutation="Frau", title="Dr.", first_name="Katrin", last_name="Weber", is_main=True
        ),
        customer_id=company,
    ).id
    anna = save_customer(
        session,
        CustomerInput(
            kind="person",
            salutation="Frau",
            first_name="Anna",
            last_name="Schmidt",
            street="Lindenweg 3",
            postcode="50667",
            city="Köln",
            form_of_address="du",
            groups=["Kunde"],
        ),
    ).id
    no_address = save_customer(
        session,
        CustomerInput(
            kind="person",
            salutation="Herr",
            first_name="Lutz",
            last_name="Ohneort",
            groups=["Kunde"],
        ),
    ).id
    return People(company=company, weber=weber, anna=anna, no_address=no_address)
