"""Individuelle Felder: 20 fields whose label and type the user sets once in the settings."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.values import (
    format_date_de,
    format_decimal_de,
    parse_date_de,
    parse_decimal_de,
    parse_yes_no,
)
from meinbuero.i18n import tr
from meinbuero.services.errors import InvalidInput, NotFound
from meinbuero.store.models import (
    CUSTOM_FIELD_SLOTS,
    Customer,
    CustomFieldDefinition,
    CustomFieldValue,
    FieldType,
)


def type_labels() -> dict[FieldType, str]:
    return {
        FieldType.TEXT: tr("Text"),
        FieldType.NUMBER: tr("Number"),
        FieldType.DATE: tr("Date"),
        FieldType.BOOL: tr("Yes/no"),
        FieldType.CHOICE: tr("Choice list"),
    }


def definitions(session: Session) -> list[CustomFieldDefinition]:
    """All 20 definitions, in slot order (undefined ones have an empty label)."""
    return list(session.scalars(select(CustomFieldDefinition).order_by(CustomFieldDefinition.slot)))


def defined(session: Session) -> list[CustomFieldDefinition]:
    return [d for d in definitions(session) if d.is_defined]


def _slot_label(slot: int) -> str:
    return tr("Custom field {slot}", slot=slot)


def save_definition(
    session: Session, *, slot: int, label: str, field_type: str, choices: list[str] | None = None
) -> None:
    """Set a field's label, type and choices. An empty label hides the field.

    The type of a field that holds values cannot change (the values would lose their meaning);
    a choice still in use cannot be removed.
    """
    definition = session.get(CustomFieldDefinition, slot)
    if definition is None or not 1 <= slot <= CUSTOM_FIELD_SLOTS:
        raise NotFound(slot)
    field = _slot_label(slot)
    label = label.strip()
    if not label:
        # Hidden, not erased: type, choices and the customers' values stay for a later return.
        definition.label = ""
        session.flush()
        return
    cleaned = list(dict.fromkeys(c.strip() for c in choices or [] if c.strip()))
    if field_type not in {t.value for t in FieldType}:
        raise InvalidInput([ValidationError(field, tr("Unknown field type."))])
    if len(label) > 60:
        raise InvalidInput([ValidationError(field, tr("The label is too long (60 characters)."))])
    if field_type == FieldType.CHOICE and not cleaned:
        raise InvalidInput([ValidationError(field, tr("A choice list needs at least one choice."))])
    used = select(func.count()).where(CustomFieldValue.slot == slot)
    if field_type != definition.field_type and session.scalar(used):
        raise InvalidInput(
            [
                ValidationError(
                    field,
                    tr(
                        "The field already holds values for {count} customers; its type can no"
                        " longer change.",
                        count=session.scalar(used),
                    ),
                )
            ]
        )
    if field_type == FieldType.CHOICE:
        removed = set(definition.choice_list) - set(cleaned)
        in_use = session.scalars(
            select(CustomFieldValue.text_value)
            .where(CustomFieldValue.slot == slot, CustomFieldValue.text_value.in_(removed))
            .distinct()
        ).all()
        if in_use:
            raise InvalidInput(
                [
                    ValidationError(
                        field,
                        tr(
                            "The choice “{choice}” is still in use and cannot be removed.",
                            choice=in_use[0],
                        ),
                    )
                ]
            )
    definition.label = label
    definition.field_type = field_type
    definition.choices = "\n".join(cleaned)
    session.flush()


def display(value: CustomFieldValue | None, definition: CustomFieldDefinition) -> str:
    """A stored value as the user reads it (German numbers and dates)."""
    if value is None:
        return ""
    match definition.field_type:
        case FieldType.NUMBER:
            return format_decimal_de(value.number_value)
        case FieldType.DATE:
            return format_date_de(value.date_value)
        case FieldType.BOOL:
            return tr("yes") if value.bool_value else tr("no")
        case _:
            return value.text_value or ""


def values(session: Session, customer_id: int) -> dict[int, str]:
    """The customer's values of the defined fields as text, by slot."""
    by_slot = {
        v.slot: v
        for v in session.scalars(
            select(CustomFieldValue).where(CustomFieldValue.customer_id == customer_id)
        )
    }
    return {d.slot: display(by_slot.get(d.slot), d) for d in defined(session)}


def set_values(session: Session, *, customer_id: int, typed: dict[int, str]) -> None:
    """Store the typed values of custom fields (slot -> text); empty text removes a value."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(customer_id)
    fields = {d.slot: d for d in definitions(session)}
    current = {v.slot: v for v in customer.custom_values}
    errors: list[ValidationError] = []
    wanted: dict[int, dict[str, object]] = {}
    for slot, text in typed.items():
        definition = fields.get(slot)
        text = text.strip()
        if definition is None or not definition.is_defined:
            if text:
                errors.append(ValidationError(_slot_label(slot), tr("This field is not defined.")))
            continue
        if not text:
            wanted[slot] = {}
            continue
        name = definition.label
        try:
            match definition.field_type:
                case FieldType.NUMBER:
                    wanted[slot] = {"number_value": parse_decimal_de(text, field=name)}
                case FieldType.DATE:
                    wanted[slot] = {"date_value": parse_date_de(text, field=name)}
                case FieldType.BOOL:
                    wanted[slot] = {"bool_value": parse_yes_no(text, field=name)}
                case FieldType.CHOICE:
                    if text not in definition.choice_list:
                        raise ValidationError(
                            name, tr("“{value}” is not one of the choices.", value=text)
                        )
                    wanted[slot] = {"text_value": text}
                case _:
                    wanted[slot] = {"text_value": text}
        except ValidationError as error:
            errors.append(error)
    if errors:
        raise InvalidInput(errors)
    for slot, columns in wanted.items():
        existing = current.get(slot)
        if not columns:
            if existing is not None:
                customer.custom_values.remove(existing)
            continue
        if existing is None:
            existing = CustomFieldValue(slot=slot)
            customer.custom_values.append(existing)
        for column in ("text_value", "number_value", "date_value", "bool_value"):
            value = columns.get(column)
            if getattr(existing, column) != value:
                setattr(existing, column, value)
    session.flush()
