"""E-mail addresses: syntax checked with email-validator, without asking DNS."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email

from meinbuero.domain.errors import ValidationError
from meinbuero.i18n import tr


def normalize_email(text: str, *, field: str | None = None) -> str:
    """The address in its normalized form ("Max@example.com"), or "" when nothing was typed.

    The domain is lower-cased, the local part kept as typed (it may be case-sensitive).
    No DNS lookup: the program works offline, and a domain without mail servers today may get
    one tomorrow.

    Raises:
        ValidationError: The address is not valid e-mail syntax.
    """
    typed = text.strip()
    if not typed:
        return ""
    try:
        return validate_email(typed, check_deliverability=False).normalized
    except EmailNotValidError:
        # The library's message is English and technical; ours says what to type instead.
        raise ValidationError(
            field or tr("Email"),
            tr(
                "“{value}” is not a valid email address – please enter it as name@example.com.",
                value=typed,
            ),
        ) from None
