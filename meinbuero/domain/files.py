"""File names and sizes as users see them."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from meinbuero.domain.values import format_decimal_de

# Characters Windows refuses in names, and control characters.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)}
# Room for a folder in front on Windows' 260 characters.
MAX_NAME = 120


def extension_of(file_name: str) -> str:
    """ "Vertrag.PDF" → "pdf"; "" for none (".bashrc" has none)."""
    base = re.split(r"[\\/]", file_name)[-1]
    stem, dot, suffix = base.rpartition(".")
    if not dot or not stem.strip(". ") or not suffix or len(suffix) > 20 or " " in suffix:
        return ""
    return suffix.lower()


def safe_file_name(name: str, *, fallback: str = "Dokument") -> str:
    """A name any file system takes, from a user's title or an e-mail subject.

    Path separators, characters Windows forbids and reserved device names (CON, NUL, …) are
    replaced, trailing dots and spaces dropped, the length kept under :data:`MAX_NAME` with the
    extension intact.
    """
    name = unicodedata.normalize("NFC", name)
    name = _FORBIDDEN.sub("_", name).strip().rstrip(". ")
    stem, dot, suffix = name.rpartition(".")
    if not dot or len(suffix) > 20:
        stem, suffix = name, ""
    stem = stem.strip().rstrip(". ")
    if not stem.strip("_. "):
        stem = fallback
    if stem.split(".")[0].upper() in _RESERVED:
        stem = "_" + stem
    suffix = f".{suffix}" if suffix else ""
    limit = MAX_NAME - len(suffix)
    if len(stem) > limit:
        stem = stem[:limit].rstrip(". ")
    return stem + suffix


def format_size_de(size: int) -> str:
    """12 Bytes, 3,4 KB, 1,2 MB, 2,5 GB (1 KB = 1024 Bytes, as Windows Explorer counts)."""
    if size < 1024:
        return f"{size} Bytes" if size != 1 else "1 Byte"
    value = Decimal(size)
    for unit in ("KB", "MB", "GB", "TB"):
        value /= 1024
        if value < 1024 or unit == "TB":
            break
    rounded = value.quantize(Decimal("1")) if value >= 100 else value.quantize(Decimal("0.1"))
    return f"{format_decimal_de(rounded)} {unit}"
