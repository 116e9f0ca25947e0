"""Hilfe > Über meinbuero: the program's version and licence, and the libraries it is built on,
each with the version installed and its licence, read from the installed packages' metadata
(``importlib.metadata``) of the dependencies pinned in the program's own metadata."""

from __future__ import annotations

import importlib.metadata as metadata
import re
from dataclasses import dataclass
from email.message import Message
from typing import cast

from meinbuero.i18n import tr

#: The runtime dependencies, for when the program's own metadata is not installed (a bundle
#: built without it); the names as pyproject.toml pins them.
KNOWN_DEPENDENCIES = (
    "PySide6-Essentials",
    "SQLAlchemy",
    "alembic",
    "openpyxl",
    "python-calamine",
    "reportlab",
    "phonenumbers",
    "keyring",
    "platformdirs",
    "email-validator",
    "python-stdnum",
    "schwifty",
    "vobject",
    "icalendar",
    "babel",
    "Faker",
    "olefile",
    "segno",
    "pyzipper",
    "lxml",
    "factur-x",
    "drafthorse",
    "saxonche",
)


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str


def dependency_names() -> list[str]:
    """The runtime dependencies the program pins (not those of its "dev" extra)."""
    try:
        required = metadata.requires("meinbuero") or []
    except metadata.PackageNotFoundError:
        return list(KNOWN_DEPENDENCIES)
    names = [
        re.split(r"[\s<>=!~;\[(]", line, maxsplit=1)[0]
        for line in required
        if "extra ==" not in line
    ]
    return [name for name in names if name] or list(KNOWN_DEPENDENCIES)


def licence_of(meta: Message) -> str:
    """The licence a package declares: its SPDX expression, else a short License field, else
    its trove classifiers; "" when it names none."""
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    declared = (meta.get("License") or "").strip()
    first = declared.splitlines()[0].strip() if declared else ""
    if first and len(first) <= 60 and not first.lower().startswith("copyright"):
        return first
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::") and c.count("::") >= 2
    ]
    return ", ".join(classifiers)


def libraries() -> list[Library]:
    """Each pinned library, by name, with the installed version and its licence."""
    found: list[Library] = []
    for name in dependency_names():
        try:
            meta = cast(Message, metadata.metadata(name))
        except metadata.PackageNotFoundError:
            found.append(Library(name, "", tr("not stated")))
            continue
        found.append(
            Library(
                meta.get("Name") or name,
                meta.get("Version") or "",
                licence_of(meta) or tr("not stated"),
            )
        )
    return sorted(found, key=lambda library: library.name.casefold())


def program_licence() -> str:
    """The program's own licence: there is no licence file and pyproject.toml names none."""
    return tr("All rights reserved")
