"""The CSV exports of the German banks, and a column mapping for any other.

Each bank's layout is known by its column headings (found below a header block where the bank
writes one, as ING, DKB and Deutsche Bank do); semicolons or commas, Windows-1252 or UTF-8 with
BOM, German numbers ("1.234,56", "-12,50") and dates ("22.11.2026", "22.11.26"). Where the bank
writes the own account in the header block or a column, it is read from there.

The layouts follow the banks' own descriptions and public samples; ``tests/data/bank/README.md``
says for each where its sample comes from.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.money import CENT
from meinbuero.domain.values import parse_decimal_de
from meinbuero.i18n import tr
from meinbuero.services.bank.model import (
    BankBooking,
    Statement,
    StatementError,
    normalised_iban,
    with_references,
    without_placeholder,
)
from meinbuero.services.importing.readers import decode_text

# What a column of a bank file can be (the mapping's targets).
TARGETS = (
    "date",
    "value_date",
    "amount",
    "debit",
    "credit",
    "name",
    "iban",
    "text",
    "currency",
    "end_to_end",
    "booking_text",
)
IGNORE = ""
# Rows searched for the column headings (below a bank's header block).
HEADER_SEARCH = 40


def target_labels() -> dict[str, str]:
    return {
        IGNORE: tr("(ignore)"),
        "date": tr("Booking date"),
        "value_date": tr("Value date"),
        "amount": tr("Amount"),
        "debit": tr("Debit (money out)"),
        "credit": tr("Credit (money in)"),
        "name": tr("Payer / payee"),
        "iban": tr("IBAN of the payer / payee"),
        "text": tr("Remittance information"),
        "currency": tr("Currency"),
        "end_to_end": tr("End-to-end reference"),
        "booking_text": tr("Booking text"),
    }


def fold(header: str) -> str:
    """A heading as compared: lower case, umlauts as ae/oe/ue, spaces tidied."""
    text = header.strip().strip('"').lower()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, plain)
    return " ".join(text.split())


@dataclass(frozen=True)
class CsvLayout:
    """A bank's columns: each target with the headings it may have (folded), first found wins;
    ``text`` joins every listed column found."""

    key: str
    name: str
    signature: frozenset[str]
    columns: dict[str, tuple[str, ...]]
    #: Money out: the payee is in this column (DKB has one column per side).
    name_debit: tuple[str, ...] = ()
    #: The own account (IBAN) in a column.
    account: tuple[str, ...] = ()
    #: A column saying "vorgemerkt" for bookings not yet booked (they are left out).
    status: tuple[str, ...] = ()


def _layout(key: str, title: str, signature: tuple[str, ...], **columns: object) -> CsvLayout:
    extra = {k: columns.pop(k) for k in ("name_debit", "account", "status") if k in columns}
    return CsvLayout(
        key,
        title,
        frozenset(signature),
        {k: v for k, v in columns.items()},  # type: ignore[misc]
        **extra,  # type: ignore[arg-type]
    )


LAYOUTS = (
    _layout(
        "sparkasse_camt",
        "Sparkasse (CSV-CAMT)",
        ("auftragskonto", "buchungstag", "beguenstigter/zahlungspflichtiger", "kontonummer/iban"),
        date=("buchungstag",),
        value_date=("valutadatum",),
        amount=("betrag",),
        name=("beguenstigter/zahlungspflichtiger",),
        iban=("kontonummer/iban",),
        text=("verwendungszweck",),
        currency=("waehrung",),
        end_to_end=("kundenreferenz (end-to-end)",),
        booking_text=("buchungstext",),
        account=("auftragskonto",),
        status=("info",),
    ),
    _layout(
        "sparkasse_mt940",
        "Sparkasse (CSV-MT940)",
        ("auftragskonto", "buchungstag", "beguenstigter/zahlungspflichtiger", "kontonummer", "blz"),
        date=("buchungstag",),
        value_date=("valutadatum",),
        amount=("betrag",),
        name=("beguenstigter/zahlungspflichtiger",),
        iban=("kontonummer",),
        text=("verwendungszweck",),
        currency=("waehrung",),
        booking_text=("buchungstext",),
        account=("auftragskonto",),
        status=("info",),
    ),
    _layout(
        "volksbank",
        "Volksbank / Raiffeisenbank",
        (
            "iban auftragskonto",
            "buchungstag",
            "name zahlungsbeteiligter",
            "iban zahlungsbeteiligter",
        ),
        date=("buchungstag",),
        value_date=("valutadatum",),
        amount=("betrag",),
        name=("name zahlungsbeteiligter",),
        iban=("iban zahlungsbeteiligter",),
        text=("verwendungszweck",),
        currency=("waehrung",),
        booking_text=("buchungstext",),
        account=("iban auftragskonto",),
    ),
    _layout(
        "deutsche_bank",
        "Deutsche Bank",
        ("buchungstag", "wert", "umsatzart", "beguenstigter / auftraggeber", "soll", "haben"),
        date=("buchungstag",),
        value_date=("wert",),
        amount=("betrag",),
        debit=("soll",),
        credit=("haben",),
        name=("beguenstigter / auftraggeber",),
        iban=("iban", "iban / kontonummer"),
        text=("verwendungszweck",),
        currency=("waehrung",),
        end_to_end=("kundenreferenz",),
        booking_text=("umsatzart",),
    ),
    _layout(
        "ing",
        "ING",
        ("buchung", "auftraggeber/empfaenger", "buchungstext", "verwendungszweck", "betrag"),
        date=("buchung",),
        value_date=("valuta", "wertstellungsdatum"),
        amount=("betrag",),
        name=("auftraggeber/empfaenger",),
        text=("verwendungszweck",),
        currency=("waehrung",),
        booking_text=("buchungstext",),
    ),
    _layout(
        "commerzbank",
        "Commerzbank",
        ("buchungstag", "wertstellung", "umsatzart", "buchungstext", "iban auftraggeberkonto"),
        date=("buchungstag",),
        value_date=("wertstellung",),
        amount=("betrag",),
        text=("buchungstext",),
        currency=("waehrung",),
        booking_text=("umsatzart",),
        account=("iban auftraggeberkonto",),
    ),
    _layout(
        "dkb",
        "DKB",
        ("buchungsdatum", "zahlungspflichtige*r", "zahlungsempfaenger*in", "umsatztyp"),
        date=("buchungsdatum",),
        value_date=("wertstellung",),
        amount=("betrag (€)", "betrag (eur)", "betrag"),
        name=("zahlungspflichtige*r",),
        iban=("iban",),
        text=("verwendungszweck",),
        end_to_end=("kundenreferenz",),
        booking_text=("umsatztyp",),
        name_debit=("zahlungsempfaenger*in",),
        status=("status",),
    ),
    _layout(
        "dkb_old",
        "DKB (bis 2023)",
        ("buchungstag", "auftraggeber / beguenstigter", "kontonummer", "betrag (eur)"),
        date=("buchungstag",),
        value_date=("wertstellung",),
        amount=("betrag (eur)",),
        name=("auftraggeber / beguenstigter",),
        iban=("kontonummer",),
        text=("verwendungszweck",),
        end_to_end=("kundenreferenz",),
        booking_text=("buchungstext",),
    ),
)


class MappingNeeded(StatementError):
    """The layout is not one we know: the user maps the columns (remembered by signature)."""

    def __init__(self, message: str, *, headers: list[str], samples: list[list[str]]) -> None:
        super().__init__(message)
        self.headers = headers
        self.samples = samples
        self.signature = signature_of(headers)


def signature_of(headers: list[str]) -> str:
    """What identifies a layout: its headings, folded (a hash of them keeps it short)."""
    joined = "|".join(fold(h) for h in headers)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:24]


# Words in a heading that suggest its meaning, for the first proposal of a mapping.
_HINTS = (
    ("value_date", ("valuta", "wertstellung", "wert")),
    ("date", ("buchungstag", "buchungsdatum", "datum", "date")),
    ("credit", ("eingang", "haben", "gutschrift", "credit")),
    ("debit", ("ausgang", "soll", "belastung", "lastschrift", "debit")),
    ("amount", ("betrag", "umsatz", "amount")),
    ("iban", ("iban", "konto")),
    ("text", ("verwendungszweck", "zweck", "text", "buchungsinformation")),
    ("name", ("name", "empfaenger", "auftraggeber", "beguenstigter", "zahlungspflichtig")),
    ("currency", ("waehrung", "currency")),
)


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """A first proposal of what each heading means (the user corrects it)."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        folded = fold(header)
        for target, words in _HINTS:
            if (target == "text" or target not in taken) and any(w in folded for w in words):
                mapping[header] = target
                taken.add(target)
                break
    return mapping


def layout_from_mapping(headers: list[str], mapping: dict[str, str]) -> CsvLayout:
    """A layout of the user's mapping {heading: target}."""
    columns: dict[str, tuple[str, ...]] = {}
    for header in headers:
        target = mapping.get(header, IGNORE)
        if target in TARGETS:
            columns[target] = (*columns.get(target, ()), fold(header))
    if "date" not in columns or not (
        "amount" in columns or ("debit" in columns and "credit" in columns)
    ):
        raise StatementError(
            tr(
                "Please choose the column of the booking date and the amount (or the debit and "
                "credit columns)."
            )
        )
    return CsvLayout("mapping", tr("CSV (own column mapping)"), frozenset(), columns)


# --- reading -------------------------------------------------------------------------------------


def _rows(text: str) -> list[list[str]]:
    first_lines = text[:8000].splitlines()[:HEADER_SEARCH]
    counts = Counter(
        d for d in (";", ",", "\t") for line in first_lines for _ in range(line.count(d))
    )
    delimiter = max((";", ",", "\t"), key=lambda d: counts[d])
    try:
        return [
            [c.strip() for c in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)
        ]
    except csv.Error:
        return []


def _find_header(rows: list[list[str]]) -> tuple[int, CsvLayout | None]:
    for index, row in enumerate(rows[:HEADER_SEARCH]):
        folded = {fold(c) for c in row}
        for layout in LAYOUTS:
            if layout.signature <= folded:
                return index, layout
    # Unknown: the first row as wide as most rows of the file, with three headings at least.
    widths = Counter(len(r) for r in rows if sum(1 for c in r if c) >= 3)
    if not widths:
        return -1, None
    width = widths.most_common(1)[0][0]
    for index, row in enumerate(rows[:HEADER_SEARCH]):
        if len(row) == width and sum(1 for c in row if c) >= 3:
            return index, None
    return -1, None


def read_csv_statement(
    data: bytes, *, name: str, mapping: dict[str, str] | None = None
) -> Statement:
    """The bookings of a bank's CSV export; ``mapping`` for a layout we do not know."""
    text, _encoding, _warnings = decode_text(data, name=name)
    rows = _rows(text)
    header_index, layout = _find_header(rows)
    if header_index < 0:
        raise StatementError(
            tr("{name} is neither a CAMT statement nor a bank's CSV export.", name=name)
        )
    headers = rows[header_index]
    if layout is None:
        if mapping is None:
            raise MappingNeeded(
                tr(
                    "{name}: the columns of this bank are not known yet; please assign them "
                    "once (the assignment is remembered).",
                    name=name,
                ),
                headers=headers,
                samples=rows[header_index + 1 : header_index + 6],
            )
        layout = layout_from_mapping(headers, mapping)
    account = _account_in_header_block(rows[:header_index])
    bookings, account = _bookings(rows, header_index, layout, account, name)
    if not bookings:
        raise StatementError(tr("{name} contains no booked transactions.", name=name))
    return Statement(layout.name, account, with_references(account, bookings))


def _account_in_header_block(rows: list[list[str]]) -> str:
    for row in rows:
        for cell in row:
            for part in cell.split("/"):
                iban = normalised_iban(part)
                if iban:
                    return iban
    return ""


_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$")


def _date(text: str) -> date:
    match = _DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        if year < 100:
            year += 2000
        return date(year, month, day)
    return date.fromisoformat(text)


def _money(text: str) -> Decimal | None:
    cleaned = text.replace("EUR", "").replace("€", "").replace("+", "").strip()
    value = parse_decimal_de(cleaned, field="") if cleaned else None
    if value is None:
        return None
    if value != value.quantize(CENT):
        raise ValueError(text)
    return value.quantize(CENT)


def _bookings(
    rows: list[list[str]], header_index: int, layout: CsvLayout, account: str, name: str
) -> tuple[list[BankBooking], str]:
    headers = [fold(h) for h in rows[header_index]]
    # The last column of a heading wins where a heading repeats (ING: "Währung" of the
    # balance, then of the amount).
    position = {h: i for i, h in enumerate(headers)}

    def column(alternatives: tuple[str, ...]) -> int | None:
        return next((position[a] for a in alternatives if a in position), None)

    def columns(alternatives: tuple[str, ...]) -> list[int]:
        return [position[a] for a in alternatives if a in position]

    get = {target: column(layout.columns.get(target, ())) for target in TARGETS}
    texts = columns(layout.columns.get("text", ()))
    name_debit = column(layout.name_debit)
    own = column(layout.account)
    status = column(layout.status)
    bookings = []
    for line, row in enumerate(rows[header_index + 1 :], header_index + 2):

        def cell(index: int | None, row: list[str] = row) -> str:
            return row[index] if index is not None and index < len(row) else ""

        raw_date = cell(get["date"])
        if (
            not raw_date
            or not any(c.isdigit() for c in raw_date)
            or any(c.isalpha() for c in raw_date)
        ):
            continue  # an empty line, or a footer ("Kontostand", "Summe")
        if "vorgemerkt" in cell(status).lower():
            continue
        try:
            booked_on = _date(raw_date)
            value_date = _date(cell(get["value_date"])) if cell(get["value_date"]) else None
            amount = _money(cell(get["amount"]))
            if amount is None:
                credit = _money(cell(get["credit"]))
                debit = _money(cell(get["debit"]))
                if credit is None and debit is None:
                    raise ValueError
                amount = abs(credit or Decimal(0)) - abs(debit or Decimal(0))
        except (ValueError, ValidationError):
            raise StatementError(
                tr(
                    "{name}, line {line}: the date or the amount cannot be read.",
                    name=name,
                    line=line,
                )
            ) from None
        if not account and own is not None:
            account = normalised_iban(cell(own))
        counterparty = cell(name_debit) if amount < 0 and name_debit is not None else ""
        booking_text = cell(get["booking_text"])
        bookings.append(
            BankBooking(
                booking_date=booked_on,
                value_date=value_date,
                amount=amount,
                currency=cell(get["currency"]) or "EUR",
                counterparty_name=counterparty or cell(get["name"]),
                counterparty_iban=normalised_iban(cell(get["iban"])),
                remittance=" ".join(cell(i) for i in texts if cell(i)),
                end_to_end_id=without_placeholder(cell(get["end_to_end"])),
                booking_text=booking_text,
                direct_debit="lastschrift" in booking_text.lower(),
            )
        )
    return bookings, account
