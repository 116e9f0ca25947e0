"""Translation of the core's messages, without Qt.

English is the source language. The German text lives in ``resources/translations/core_de.ts``,
a Qt Linguist file like the GUI's, so a translator works on both with the same tool. The core
reads it with the standard library; ``tests/test_translations.py`` fails when a string marked
with :func:`tr` has no finished German translation.
"""

from __future__ import annotations

import functools
import locale
import os
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from meinbuero.paths import bundled

CONTEXT = "meinbuero"
SUPPORTED = ("de", "en")

_language: str | None = None


def system_language() -> str:
    """German unless the system clearly asks for another language we have."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value:
            code = value.split(":")[0].split("_")[0].split(".")[0].lower()
            return code if code in SUPPORTED else "de"
    return _locale_language()


@functools.cache
def _locale_language() -> str:
    # Asking the C library every time costs more than a translation (tr runs per field and row).
    code = (locale.getlocale()[0] or "de").split("_")[0].lower()
    return code if code in SUPPORTED else "de"


def set_language(code: str | None) -> None:
    """Choose the language for the core's messages; ``None`` follows the system."""
    global _language
    if code is not None and code not in SUPPORTED:
        raise ValueError(code)
    _language = code
    _followed_system_language.cache_clear()


def language() -> str:
    return _language or _followed_system_language()


@functools.cache
def _followed_system_language() -> str:
    # Read once: tr() runs per field and row, and reading the environment costs more than the
    # translation. set_language() reads it again.
    return system_language()


def ts_path(code: str) -> Path:
    return bundled("resources") / "translations" / f"core_{code}.ts"


@cache
def catalog(code: str) -> dict[str, str]:
    """Finished translations of one language: source text -> translation."""
    path = ts_path(code)
    if not path.exists():
        return {}
    result: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source is None or translation is None or translation.get("type") is not None:
            continue
        if translation.text:
            result[source] = translation.text
    return result


def tr(text: str, /, **params: object) -> str:
    """Translate ``text`` into the current language and fill in ``{name}`` placeholders."""
    code = language()
    translated = text if code == "en" else catalog(code).get(text, text)
    return translated.format(**params) if params else translated
