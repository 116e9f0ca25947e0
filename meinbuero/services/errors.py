"""Errors the services raise; every message is for the user, already translated."""

from __future__ import annotations

from meinbuero.domain.errors import ValidationError


class InvalidInput(Exception):
    """One or more fields were refused; ``errors`` names each field and what is wrong."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors

    def fields(self) -> set[str]:
        return {e.field for e in self.errors}


class NotFound(LookupError):
    """A record the caller named is not in this company file (any more)."""


class Refused(Exception):
    """An action that the data does not allow (e.g. deleting a group still in use)."""
