"""CAMT.053 (ISO 20022 BankToCustomerStatement) with lxml, any version, and zips of them.

Elements are found by their local names (``{*}``), so versions 001.02 to 001.08 and later
read alike where they agree; where they differ (``Sts``, the party's ``Pty``, the amount of a
transaction) both forms are read. Only booked entries count; an entry of several
transactions (a batch, ``TxDtls``) becomes one booking per transaction.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache

from lxml import etree  # type: ignore[import-untyped]

from meinbuero.i18n import tr
from meinbuero.paths import bundled
from meinbuero.services.bank.model import (
    BankBooking,
    Statement,
    StatementError,
    normalised_iban,
    with_references,
    without_placeholder,
)

_NAMESPACE = re.compile(r"^urn:iso:std:iso:20022:tech:xsd:(camt\.05[234]\.\d{3}\.\d{2})$")
# A zip of statements beyond this (uncompressed) is refused: no bank sends that much at once.
ZIP_LIMIT = 512 * 1024 * 1024
# Bank transaction code families of direct debits (ISO 20022 external code list).
_DIRECT_DEBIT_FAMILIES = frozenset({"IDDT", "RDDT"})


def looks_like_xml(data: bytes) -> bool:
    return data[:2048].lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"<")


def _parser() -> etree.XMLParser:
    # No entities, no network, no DTD: a statement is data, not instructions to the parser.
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True
    )


@cache
def _schema(version: str) -> etree.XMLSchema | None:
    path = bundled("resources") / "iso20022" / f"{version}.xsd"
    if not path.is_file():
        return None
    return etree.XMLSchema(etree.parse(str(path), _parser()))


def schema_errors(data: bytes) -> list[str]:
    """What breaks the ISO 20022 schema of the file's version ([] when valid or unknown)."""
    root = etree.fromstring(data, _parser())
    match = _NAMESPACE.match(etree.QName(root).namespace or "")
    schema = _schema(match.group(1)) if match else None
    if schema is None or schema.validate(root):
        return []
    return [f"{e.line}: {e.message}" for e in schema.error_log]


def read_camt(data: bytes, *, name: str) -> Statement:
    """The booked entries of a camt.053 file (several statements of one file joined)."""
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError:
        raise StatementError(
            tr("{name} is not a readable XML file (it is damaged or incomplete).", name=name)
        ) from None
    namespace = etree.QName(root).namespace or ""
    match = _NAMESPACE.match(namespace)
    statements = root.findall("{*}BkToCstmrStmt/{*}Stmt")
    if match is None or not match.group(1).startswith("camt.053") or not statements:
        raise StatementError(tr("{name} is no bank statement in the CAMT.053 format.", name=name))
    version = match.group(1)
    warnings = []
    errors = schema_errors(data)
    if errors:
        warnings.append(
            tr(
                "{name} does not follow the schema {version} in every point (line {line}); it "
                "was read all the same.",
                name=name,
                version=version,
                line=errors[0].split(":", 1)[0],
            )
        )
    bookings: list[BankBooking] = []
    account = ""
    for statement in statements:
        own = normalised_iban(_text(statement, "{*}Acct/{*}Id/{*}IBAN"))
        own = own or _text(statement, "{*}Acct/{*}Id/{*}Othr/{*}Id")
        account = account or own
        part = []
        for entry in statement.iterfind("{*}Ntry"):
            part.extend(_entry_bookings(entry, name))
        bookings.extend(with_references(own, part))
    return Statement(f"CAMT.053 ({version[-6:]})", account, bookings, warnings)


def read_zip(data: bytes, *, name: str) -> Statement:
    """Every camt.053 file in a zip (banks deliver a day's or a month's statements so)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if m.filename.lower().endswith(".xml")]
        if sum(m.file_size for m in members) > ZIP_LIMIT:
            raise StatementError(tr("{name} is too large to be a bank statement.", name=name))
        files = [(m.filename, archive.read(m)) for m in sorted(members, key=lambda m: m.filename)]
    except (zipfile.BadZipFile, OSError, EOFError):
        raise StatementError(tr("{name} is a damaged zip file.", name=name)) from None
    if not files:
        raise StatementError(tr("{name} contains no CAMT statement (.xml).", name=name))
    read = [read_camt(content, name=member) for member, content in files]
    seen: set[str] = set()
    bookings = []
    for statement in read:
        for booking in statement.bookings:
            # The same booking in two files of the zip (overlapping statements) counts once.
            if booking.bank_reference not in seen:
                seen.add(booking.bank_reference)
                bookings.append(booking)
    return Statement(
        read[0].format_name,
        read[0].account_iban,
        bookings,
        [w for s in read for w in s.warnings],
    )


# --- entries -----------------------------------------------------------------------------------


def _text(element: etree._Element, path: str) -> str:
    found = element.find(path)
    return (found.text or "").strip() if found is not None else ""


def _date(element: etree._Element, path: str) -> date | None:
    text = _text(element, path + "/{*}Dt") or _text(element, path + "/{*}DtTm")[:10]
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _amount(element: etree._Element | None) -> tuple[Decimal, str] | None:
    if element is None or not (element.text or "").strip():
        return None
    try:
        return Decimal(element.text.strip()), element.get("Ccy", "")
    except InvalidOperation:
        return None


def _is_booked(entry: etree._Element) -> bool:
    # 001.02: <Sts>BOOK</Sts>; from 001.08: <Sts><Cd>BOOK</Cd></Sts>.
    status = _text(entry, "{*}Sts") or _text(entry, "{*}Sts/{*}Cd")
    return status.upper() == "BOOK"


def _entry_bookings(entry: etree._Element, name: str) -> list[BankBooking]:
    if not _is_booked(entry):
        return []
    amount = _amount(entry.find("{*}Amt"))
    booked_on = _date(entry, "{*}BookgDt") or _date(entry, "{*}ValDt")
    if amount is None or booked_on is None:
        raise StatementError(tr("{name}: an entry has no amount or no booking date.", name=name))
    debit = _text(entry, "{*}CdtDbtInd") == "DBIT"
    reversal = _text(entry, "{*}RvslInd").lower() == "true"
    family = _text(entry, "{*}BkTxCd/{*}Domn/{*}Fmly/{*}Cd")
    booking_text = _text(entry, "{*}AddtlNtryInf")
    direct_debit = family in _DIRECT_DEBIT_FAMILIES or "lastschrift" in booking_text.lower()
    entry_ref = _text(entry, "{*}AcctSvcrRef") or _text(entry, "{*}NtryRef")
    details = entry.findall("{*}NtryDtls/{*}TxDtls")
    sign = -1 if debit else 1

    def booking(tx: etree._Element | None, part: tuple[Decimal, str], ref: str) -> BankBooking:
        party, iban, remittance, end_to_end = _parties(tx, debit != reversal)
        return BankBooking(
            booking_date=booked_on,
            value_date=_date(entry, "{*}ValDt"),
            amount=sign * part[0],
            currency=part[1] or amount[1],
            counterparty_name=party,
            counterparty_iban=iban,
            remittance=remittance,
            end_to_end_id=end_to_end,
            bank_ref=ref,
            booking_text=booking_text,
            direct_debit=direct_debit,
            reversal=reversal,
        )

    if len(details) <= 1:
        return [booking(details[0] if details else None, amount, entry_ref)]
    amounts = [_transaction_amount(tx) for tx in details]
    if any(a is None for a in amounts) or sum(a[0] for a in amounts if a) != amount[0]:
        # A batch whose parts do not add up cannot be split: it stays one booking.
        return [booking(None, amount, entry_ref)]
    bookings = []
    for index, (tx, part) in enumerate(zip(details, amounts, strict=True), 1):
        assert part is not None
        ref = _text(tx, "{*}Refs/{*}AcctSvcrRef") or (f"{entry_ref}/{index}" if entry_ref else "")
        bookings.append(booking(tx, part, ref))
    return bookings


def _transaction_amount(tx: etree._Element) -> tuple[Decimal, str] | None:
    return _amount(tx.find("{*}Amt")) or _amount(tx.find("{*}AmtDtls/{*}TxAmt/{*}Amt"))


def _party_name(tx: etree._Element, role: str) -> str:
    return (
        _text(tx, f"{{*}}RltdPties/{{*}}{role}/{{*}}Nm")
        or _text(tx, f"{{*}}RltdPties/{{*}}{role}/{{*}}Pty/{{*}}Nm")
        or _text(tx, f"{{*}}RltdPties/{{*}}Ultmt{role}/{{*}}Nm")
        or _text(tx, f"{{*}}RltdPties/{{*}}Ultmt{role}/{{*}}Pty/{{*}}Nm")
    )


def _parties(tx: etree._Element | None, paid_out: bool) -> tuple[str, str, str, str]:
    """Name and IBAN of the other side, remittance text, end-to-end reference."""
    if tx is None:
        return "", "", "", ""
    # Money in: the debtor paid us; money out: we paid the creditor (a reversal takes back a
    # booking of the other side and names its parties).
    role = "Cdtr" if paid_out else "Dbtr"
    lines = [(u.text or "").strip() for u in tx.iterfind("{*}RmtInf/{*}Ustrd")]
    lines += [(r.text or "").strip() for r in tx.iterfind("{*}RmtInf/{*}Strd/{*}CdtrRefInf/{*}Ref")]
    iban = _text(tx, f"{{*}}RltdPties/{{*}}{role}Acct/{{*}}Id/{{*}}IBAN")
    return (
        _party_name(tx, role),
        normalised_iban(iban),
        " ".join(line for line in lines if line),
        without_placeholder(_text(tx, "{*}Refs/{*}EndToEndId")),
    )
