"""Number ranges: customer numbers such as "K00042", invoice numbers such as "RE-2026-0001"."""

from __future__ import annotations

from meinbuero.domain.errors import ValidationError
from meinbuero.i18n import tr

MAX_WIDTH = 12
MAX_PREFIX_LENGTH = 10


def format_number(*, prefix: str, number: int, width: int, year: int | None = None) -> str:
    """``prefix`` and ``number`` padded with zeros to ``width`` digits: "K00042"; with a
    ``year`` between them: "RE-2026-0001".

    A number wider than ``width`` is written in full, never cut, so numbers stay unique when a
    range outgrows its width.
    """
    if year is not None:
        return f"{prefix}{year}-{number:0{width}d}"
    return f"{prefix}{number:0{width}d}"


def validate_range(*, prefix: str, next_number: int, width: int, field: str | None = None) -> None:
    """Check the settings of a number range.

    Raises:
        ValidationError: The next number is below 1, the width is outside 1 to 12, or the
            prefix is too long or contains whitespace.
    """
    field = field or tr("Number range")
    if next_number < 1:
        raise ValidationError(
            field,
            tr(
                "The next number is {value}, but it must be at least 1 – please enter a "
                "positive number.",
                value=next_number,
            ),
        )
    if not 1 <= width <= MAX_WIDTH:
        raise ValidationError(
            field,
            tr(
                "The number of digits is {value}, but it must be between 1 and {maximum} – "
                "please choose a width in that range.",
                value=width,
                maximum=MAX_WIDTH,
            ),
        )
    if len(prefix) > MAX_PREFIX_LENGTH:
        raise ValidationError(
            field,
            tr(
                "The prefix “{value}” has {length} characters, but at most {maximum} are "
                "allowed – please shorten it.",
                value=prefix,
                length=len(prefix),
                maximum=MAX_PREFIX_LENGTH,
            ),
        )
    # Whitespace in a number breaks searching and copying it into other programs.
    if any(character.isspace() for character in prefix):
        raise ValidationError(
            field,
            tr(
                "The prefix “{value}” contains a space – please remove it.",
                value=prefix,
            ),
        )
