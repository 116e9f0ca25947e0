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
from typing import Any

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
    return _schema_problems(etree.fromstring(data, _parser()))


def _schema_problems(root: etree._Element) -> list[str]:
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
    errors = _schema_problems(root)
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
    paths = _paths(namespace)
    bookings: list[BankBooking] = []
    account = ""
    for statement in statements:
        own = normalised_iban(statement.findtext("{*}Acct/{*}Id/{*}IBAN") or "")
        own = own or (statement.findtext("{*}Acct/{*}Id/{*}Othr/{*}Id") or "").strip()
        account = account or own
        part = []
        for entry in statement.iterfind("{*}Ntry"):
            part.extend(_entry_bookings(entry, paths, name))
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


class _Paths:
    """The XPaths of the fields read, compiled once per namespace (version): lxml's find()
    compiles its path on every call, and 15 finds an entry would cost more than the parse."""

    def __init__(self, namespace: str) -> None:
        spaces = {"c": namespace}

        def text(expression: str) -> Any:
            # Each step of a path in the statement's namespace: "Amt/@Ccy" -> "c:Amt/@Ccy".
            prefixed = re.sub(r"(?<![@\w:-])([A-Z][A-Za-z]+)", r"c:\1", expression)
            return etree.XPath(f"normalize-space({prefixed})", namespaces=spaces)

        # 001.02: <Sts>BOOK</Sts>; from 001.08: <Sts><Cd>BOOK</Cd></Sts>: both say "BOOK".
        self.status = text("Sts")
        self.amount = text("Amt")
        self.currency = text("Amt/@Ccy")
        self.indicator = text("CdtDbtInd")
        self.reversal = text("RvslInd")
        self.family = text("BkTxCd/Domn/Fmly/Cd")
        self.entry_text = text("AddtlNtryInf")
        self.entry_ref = text("(AcctSvcrRef | NtryRef)[1]")
        self.dates = {
            path: (text(f"{path}/Dt"), text(f"substring({path}/DtTm, 1, 10)"))
            for path in ("BookgDt", "ValDt")
        }
        self.transactions = etree.XPath("c:NtryDtls/c:TxDtls", namespaces=spaces)
        self.tx_amount = text("(Amt | AmtDtls/TxAmt/Amt)[1]")
        self.tx_currency = text("(Amt | AmtDtls/TxAmt/Amt)[1]/@Ccy")
        self.tx_ref = text("Refs/AcctSvcrRef")
        self.end_to_end = text("Refs/EndToEndId")
        self.remittance = etree.XPath(
            "c:RmtInf/c:Ustrd/text() | c:RmtInf/c:Strd/c:CdtrRefInf/c:Ref/text()",
            namespaces=spaces,
        )
        self.party = {
            role: (
                text(
                    f"(RltdPties/{role}/Nm | RltdPties/{role}/Pty/Nm | RltdPties/Ultmt{role}/Nm"
                    f" | RltdPties/Ultmt{role}/Pty/Nm)[1]"
                ),
                text(f"RltdPties/{role}Acct/Id/IBAN"),
            )
            for role in ("Dbtr", "Cdtr")
        }

    def date(self, element: etree._Element, path: str) -> date | None:
        day, moment = self.dates[path]
        value = day(element) or moment(element)
        try:
            return date.fromisoformat(value) if value else None
        except ValueError:
            return None


@cache
def _paths(namespace: str) -> _Paths:
    return _Paths(namespace)


def _amount(text: str, currency: str) -> tuple[Decimal, str] | None:
    try:
        return (Decimal(text), currency) if text else None
    except InvalidOperation:
        return None


def _entry_bookings(entry: etree._Element, paths: _Paths, name: str) -> list[BankBooking]:
    if paths.status(entry).upper() != "BOOK":
        return []
    amount = _amount(paths.amount(entry), paths.currency(entry))
    booked_on = paths.date(entry, "BookgDt") or paths.date(entry, "ValDt")
    if amount is None or booked_on is None:
        raise StatementError(tr("{name}: an entry has no amount or no booking date.", name=name))
    debit = paths.indicator(entry) == "DBIT"
    reversal = paths.reversal(entry).lower() == "true"
    booking_text = paths.entry_text(entry)
    direct_debit = (
        paths.family(entry) in _DIRECT_DEBIT_FAMILIES or "lastschrift" in booking_text.lower()
    )
    entry_ref = paths.entry_ref(entry)
    value_date = paths.date(entry, "ValDt")
    details = paths.transactions(entry)
    sign = -1 if debit else 1

    def booking(tx: etree._Element | None, part: tuple[Decimal, str], ref: str) -> BankBooking:
        party, iban, remittance, end_to_end = _parties(tx, paths, debit != reversal)
        return BankBooking(
            booking_date=booked_on,
            value_date=value_date,
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
    amounts = [_amount(paths.tx_amount(tx), paths.tx_currency(tx)) for tx in details]
    if any(a is None for a in amounts) or sum(a[0] for a in amounts if a) != amount[0]:
        # A batch whose parts do not add up cannot be split: it stays one booking.
        return [booking(None, amount, entry_ref)]
    bookings = []
    for index, (tx, part) in enumerate(zip(details, amounts, strict=True), 1):
        assert part is not None
        ref = paths.tx_ref(tx) or (f"{entry_ref}/{index}" if entry_ref else "")
        bookings.append(booking(tx, part, ref))
    return bookings


def _parties(tx: etree._Element | None, paths: _Paths, paid_out: bool) -> tuple[str, str, str, str]:
    """Name and IBAN of the other side, remittance text, end-to-end reference."""
    if tx is None:
        return "", "", "", ""
    # Money in: the debtor paid us; money out: we paid the creditor (a reversal takes back a
    # booking of the other side and names its parties).
    name, iban = paths.party["Cdtr" if paid_out else "Dbtr"]
    lines = (str(line).strip() for line in paths.remittance(tx))
    return (
        name(tx),
        normalised_iban(iban(tx)),
        " ".join(line for line in lines if line),
        without_placeholder(paths.end_to_end(tx)),
    )
