"""E-mail addresses: syntax checked with email-validator, without asking DNS.

An import checks 100 000 addresses, and email-validator needs about 20 µs for one, most of it
for the domain. Customers share few domains, so a common address ("max.muster@web.de") takes a
shortcut (:func:`_normalize_plain`): the domain is checked once by the library and remembered,
the local part is checked as the library checks it. Anything else goes to the library.
``tests/domain/test_email_fast.py`` compares both ways over many addresses.
"""

from __future__ import annotations

import functools

from email_validator import EmailNotValidError, validate_email
from email_validator.rfc_constants import (
    CASE_INSENSITIVE_MAILBOX_NAMES,
    DOT_ATOM_TEXT,
    EMAIL_MAX_LENGTH,
    LOCAL_PART_MAX_LENGTH,
)

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
    normalized = _normalize_plain(typed)
    if normalized is not None:
        return normalized
    try:
        return _normalize_with_library(typed)
    except EmailNotValidError:
        # The library's message is English and technical; ours says what to type instead.
        raise ValidationError(
            field or tr("Email"),
            tr(
                "“{value}” is not a valid email address – please enter it as name@example.com.",
                value=typed,
            ),
        ) from None


def _normalize_with_library(typed: str) -> str:
    return validate_email(typed, check_deliverability=False).normalized


def _normalize_plain(typed: str) -> str | None:
    """:func:`_normalize_with_library` of a plain address; None when unsure (never "invalid").

    A plain address has a local part of ASCII letters, digits and ``!#$%&'*+-/=?^_`{|}~``
    separated by single dots (RFC 5322 dot-atom, email-validator's ``DOT_ATOM_TEXT``) and a
    domain the library accepts. What ``validate_email`` does with it, step by step:

    - It splits at the first "@" (the local part has no quote, "<" or "@", and ASCII
      characters do not combine with the next one); the domain is checked and normalized on
      its own, so its result is that of any other plain address, here "a@" + domain.
    - The local part matches ``DOT_ATOM_TEXT`` and is kept as typed (ASCII is NFC already),
      except the RFC 2142 role names ("Info", "Postmaster", …), which it lower-cases.
    - The address must fit 254 bytes as typed, normalized and with the ASCII (IDNA) domain.
      The local part's limit of 64 counts only in strict mode; longer ones go to the library.
    """
    local, at, domain = typed.partition("@")
    if not at or len(local) > LOCAL_PART_MAX_LENGTH or not DOT_ATOM_TEXT.match(local):
        return None
    checked = _checked_domain(domain)
    if checked is None:
        return None
    normalized_domain, longest = checked
    if len(local) + 1 + longest > EMAIL_MAX_LENGTH:
        return None
    if local.lower() in CASE_INSENSITIVE_MAILBOX_NAMES:
        local = local.lower()
    return f"{local}@{normalized_domain}"


@functools.lru_cache(maxsize=4096)
def _checked_domain(domain: str) -> tuple[str, int] | None:
    """The normalized domain and its longest form in UTF-8 bytes; None if the library refuses it.

    The longest of: as typed, normalized (Unicode), as ASCII (IDNA), for the length check.
    """
    try:
        checked = validate_email("a@" + domain, check_deliverability=False)
    except EmailNotValidError:
        return None
    forms = (domain, checked.domain, checked.ascii_domain)
    return checked.domain, max(len(form.encode()) for form in forms)
