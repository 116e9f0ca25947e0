"""The one error type for input the rules refuse."""

from __future__ import annotations


class ValidationError(ValueError):
    """Input refused by a rule.

    ``field`` names the field in the user's words (already translated), ``message`` says what is
    wrong; ``str()`` gives both, ready to show: "IBAN: Die Prüfsumme stimmt nicht."
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
