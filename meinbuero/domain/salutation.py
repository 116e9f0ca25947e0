"""Salutations for letters and address blocks.

Letters are written in German whatever language the program shows, so the letter text here is
data, not user interface: it does not go through ``tr()``. Only the labels for choosing a
salutation in a form do.
"""

from __future__ import annotations

from enum import StrEnum

from meinbuero.i18n import tr


class Salutation(StrEnum):
    """How a person is addressed; the values are the German words stored with the data."""

    MR = "Herr"
    MS = "Frau"
    NONE = ""


class FormOfAddress(StrEnum):
    """Formal "Sie" or informal "du"."""

    FORMAL = "Sie"
    INFORMAL = "du"


def salutation_label(salutation: Salutation) -> str:
    """The name of a salutation in the user's language, for choosing it in a form."""
    labels = {
        Salutation.MR: tr("Mr"),
        Salutation.MS: tr("Ms"),
        Salutation.NONE: tr("(not specified)"),
    }
    return labels[salutation]


def form_of_address_label(form: FormOfAddress) -> str:
    """The name of a form of address in the user's language, for choosing it in a form."""
    labels = {
        FormOfAddress.FORMAL: tr("Formal (Sie)"),
        FormOfAddress.INFORMAL: tr("Informal (du)"),
    }
    return labels[form]


def _join(*parts: str) -> str:
    return " ".join(part for part in parts if part)


def letter_salutation(
    *,
    salutation: Salutation,
    title: str,
    first_name: str,
    last_name: str,
    form_of_address: FormOfAddress,
    override: str = "",
) -> str:
    """The opening line of a German letter, with its comma: "Sehr geehrte Frau Dr. Müller,".

    Args:
        salutation: Herr, Frau or none.
        title: An academic title such as "Dr." or "Prof. Dr."; used only in the formal form.
        first_name: Needed for the informal form, which falls back to the formal one without.
        last_name: Needed for "Sehr geehrte/r ..."; without it the letter opens with
            "Guten Tag <first name>,".
        form_of_address: Sie or du.
        override: A salutation typed by the user; if not blank it is used as it is (stripped).
    """
    override = override.strip()
    if override:
        return override
    title, first_name, last_name = title.strip(), first_name.strip(), last_name.strip()
    if form_of_address == FormOfAddress.INFORMAL and first_name:
        if salutation == Salutation.MS:
            return f"Liebe {first_name},"
        if salutation == Salutation.MR:
            return f"Lieber {first_name},"
        return f"Hallo {first_name},"
    if salutation == Salutation.MS and last_name:
        return f"Sehr geehrte {_join('Frau', title, last_name)},"
    if salutation == Salutation.MR and last_name:
        return f"Sehr geehrter {_join('Herr', title, last_name)},"
    if first_name or last_name:
        # Without a gender "Sehr geehrte/r" cannot be inflected; "Guten Tag" needs no gender.
        # A title without a last name ("Guten Tag Dr. Alex,") would read oddly.
        return f"Guten Tag {_join(title if last_name else '', first_name, last_name)},"
    return "Sehr geehrte Damen und Herren,"


def address_salutation(salutation: Salutation, title: str = "") -> str:
    """The word before the name in the address block, with the title: "Herrn Dr.", "Frau".

    DIN 5008 puts the salutation in the address field in the accusative ("an Herrn"), so it is
    "Herrn" there although the letter says "Herr"; "Frau" does not change. Without a
    salutation only the title remains (or "").
    """
    words = {Salutation.MR: "Herrn", Salutation.MS: "Frau", Salutation.NONE: ""}
    return _join(words[salutation], title.strip())
