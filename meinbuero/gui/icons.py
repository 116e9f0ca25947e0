"""The program's own icons: small SVG files in ``resources/icons/``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from meinbuero.paths import bundled

#: Every icon the program uses; tests check that each file is there.
NAMES = (
    "meinbuero",
    "customer-new",
    "customer-edit",
    "customer-delete",
    "customer-restore",
    "refresh",
    "search",
    "settings",
    "company",
    "company-open",
    "columns",
    "entry-new",
    "mail",
    "phone",
    "web",
    "map",
    "customers",
    "article",
    "article-new",
    "article-import",
    "article-export",
    "document",
    "document-new",
    "document-open",
    "delete",
    "letter",
)


def icon_path(name: str) -> Path:
    return bundled("resources") / "icons" / f"{name}.svg"


def icon(name: str) -> QIcon:
    """The icon ``name`` (one of :data:`NAMES`)."""
    if name not in NAMES:
        raise KeyError(name)
    return QIcon(str(icon_path(name)))


def app_icon() -> QIcon:
    return icon("meinbuero")
