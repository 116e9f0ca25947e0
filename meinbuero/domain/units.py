"""Units of measure: UN/ECE Recommendation 20 codes (what an e-invoice carries) and their names."""

from __future__ import annotations

from meinbuero.i18n import tr

DEFAULT_UNIT = "C62"


def unit_labels() -> dict[str, str]:
    """Code → the unit's name as the user reads it ("Stück"), in the order a unit list shows."""
    return {
        "C62": tr("piece"),
        "HUR": tr("hour"),
        "MIN": tr("minute"),
        "DAY": tr("day"),
        "WEE": tr("week"),
        "MON": tr("month"),
        "LS": tr("lump sum"),
        "KGM": tr("kg"),
        "MTR": tr("m"),
        "KMT": tr("km"),
        "MTK": tr("m²"),
        "MTQ": tr("m³"),
        "LTR": tr("l"),
        "SET": tr("set"),
        "XPK": tr("package"),
    }


def unit_code(text: str) -> str | None:
    """The code of a unit typed as code or name ("HUR", "Stunde", "Std."); None if unknown."""
    typed = text.strip()
    if not typed:
        return DEFAULT_UNIT
    labels = unit_labels()
    if typed.upper() in labels:
        return typed.upper()
    folded = typed.casefold().rstrip(".")
    for code, label in labels.items():
        if label.casefold() == folded:
            return code
    return _ALIASES.get(folded)


# What German price lists write for the units (besides the names above).
_ALIASES = {
    "stk": "C62",
    "stck": "C62",
    "st": "C62",
    "stück": "C62",
    "pcs": "C62",
    "std": "HUR",
    "stunde": "HUR",
    "stunden": "HUR",
    "h": "HUR",
    "tag": "DAY",
    "tage": "DAY",
    "pausch": "LS",
    "pauschale": "LS",
    "psch": "LS",
    "pauschal": "LS",
    "qm": "MTK",
    "m2": "MTK",
    "m3": "MTQ",
    "lfm": "MTR",
    "liter": "LTR",
    "satz": "SET",
    "paket": "XPK",
    "monat": "MON",
    "woche": "WEE",
    "minute": "MIN",
    "min": "MIN",
}
