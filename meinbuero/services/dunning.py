"""Mahnwesen: which overdue invoices are due for which dunning level, and the letters.

:func:`due_for_dunning` proposes, for every overdue open invoice of a customer without
Mahnsperre, the next level it is due for (by the days since its due date or since the previous
letter), with the fee and the interest it would charge. :func:`run` makes the letters in the
caller's one transaction: a :class:`~meinbuero.store.models.DunningNotice` per invoice (the
database refuses any change to it), its PDF filed in the customer's Dokumente under "Mahnung",
its entry in the Historie (the notices are a kind of the history's union), and the invoice's
``dunning_level``. A letter never changes the invoice.

Charges: each notice records what it *adds* (its fee, the interest since the interest of the
previous notice), so the customer's statement can list each notice's charges once; the letter
shows the earlier notices' charges beside them. Between businesses the 40 € flat fee of § 288
Abs. 5 BGB is charged once when set (from the configured level on), and dunning fees are
counted against it (§ 288 Abs. 5 Satz 3): the fees of all letters together are the larger of
40 € and the sum of the levels' fees.

The letters are German whatever language the program shows (they go to German customers): the
texts and labels here are data, like those of :mod:`meinbuero.services.sales_print`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from meinbuero.domain import interest as interest_rules
from meinbuero.domain.interest import Interest
from meinbuero.domain.money import ZERO
from meinbuero.domain.values import LOCAL_ZONE, format_date_de, format_decimal_de
from meinbuero.printing.model import InfoItem, PaymentQr
from meinbuero.services import dunning_settings, faults, payments, settings
from meinbuero.services.dunning_settings import DunningLevel, DunningSettings
from meinbuero.services.errors import NotFound
from meinbuero.services.payments import OpenItem, OpenItemsQuery
from meinbuero.store.models import (
    Conditions,
    ContactPerson,
    Customer,
    DunningNotice,
    Payment,
    SalesDocument,
)
from meinbuero.store.types import utcnow

#: The category of the customer's Dokumente the letters are filed under (migration 0008).
CATEGORY = "Mahnung"


# --- Proposals -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Charges:
    """What a letter claims beside the open amount."""

    earlier: Decimal  # fees and interest of the earlier letters on the invoice
    fee: Decimal  # this letter's fee (with the flat fee, if it applies)
    level_fee: Decimal  # the level's own fee
    flat_fee: bool  # the § 288 Abs. 5 flat fee is charged with this letter (fees counted in)
    interest: Interest
    interest_from: date | None  # None: this level charges no interest

    @property
    def new(self) -> Decimal:
        return self.fee + self.interest.total


@dataclass(frozen=True)
class Proposal:
    """An invoice due for its next dunning level, and what the letter would claim."""

    item: OpenItem
    business: bool
    level: int  # 1, 2, … the level the letter would have
    level_name: str
    charges: Charges
    pay_by: date

    @property
    def document_id(self) -> int:
        return self.item.document_id

    @property
    def total(self) -> Decimal:
        """What the customer is asked to pay: the open amount and every charge."""
        return self.item.open + self.charges.earlier + self.charges.new


@dataclass(frozen=True)
class _History:
    """The earlier letters on one invoice."""

    last_date: date | None = None
    earlier: Decimal = ZERO
    level_fees: Decimal = ZERO
    fees: Decimal = ZERO
    flat_fee: bool = False
    interest_until: date | None = None


def _histories(session: Session, document_ids: Sequence[int]) -> dict[int, _History]:
    found: dict[int, _History] = {}
    for start in range(0, len(document_ids), 500):
        chunk = document_ids[start : start + 500]
        rows = session.scalars(
            select(DunningNotice)
            .where(DunningNotice.document_id.in_(chunk))
            .order_by(DunningNotice.notice_date, DunningNotice.id)
        )
        for notice in rows:
            before = found.get(notice.document_id, _History())
            details = _details(notice)
            until = details.get("interest_until")
            found[notice.document_id] = _History(
                last_date=notice.notice_date,
                earlier=before.earlier + notice.fee + notice.interest,
                level_fees=before.level_fees + Decimal(str(details.get("level_fee", notice.fee))),
                fees=before.fees + notice.fee,
                flat_fee=before.flat_fee or bool(details.get("flat_fee")),
                interest_until=date.fromisoformat(str(until)) if until else before.interest_until,
            )
    return found


def _details(notice: DunningNotice) -> dict[str, object]:
    try:
        value = json.loads(notice.interest_details or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _balances(session: Session, items: Sequence[OpenItem]) -> dict[int, list[tuple[date, Decimal]]]:
    """Per invoice the open amount from each day on (the gross amount, less each payment from
    the day it was booked; undone payments do not count)."""
    settled: dict[int, dict[date, Decimal]] = {}
    ids = [item.document_id for item in items]
    for start in range(0, len(ids), 500):
        for payment in session.scalars(
            select(Payment).where(
                Payment.document_id.in_(ids[start : start + 500]), Payment.undone_at.is_(None)
            )
        ):
            assert payment.document_id is not None
            days = settled.setdefault(payment.document_id, {})
            days[payment.booked_on] = days.get(payment.booked_on, ZERO) + payment.settles
    balances: dict[int, list[tuple[date, Decimal]]] = {}
    for item in items:
        amount = item.gross
        timeline = [(item.due, amount)]
        for day, paid in sorted(settled.get(item.document_id, {}).items()):
            amount -= paid
            timeline.append((day, amount))
        balances[item.document_id] = timeline
    return balances


def _charges(
    *,
    rules: DunningSettings,
    level_number: int,
    level: DunningLevel,
    business: bool,
    history: _History,
    balances: list[tuple[date, Decimal]],
    due: date,
    today: date,
) -> Charges:
    flat = (
        business
        and rules.flat_fee_business
        and (history.flat_fee or level_number >= rules.flat_fee_from_level)
    )
    level_fees = history.level_fees + level.fee
    if flat:
        fee = max(max(interest_rules.FLAT_FEE_BUSINESS, level_fees) - history.fees, ZERO)
    else:
        fee = level.fee
    interest_from = None
    computed = Interest(ZERO, ZERO, ())
    if level.interest:
        interest_from = (history.interest_until or due) + timedelta(days=1)
        computed = interest_rules.late_interest(
            balances=balances,
            first=interest_from,
            last=today,
            points=rules.points_business if business else rules.points_consumer,
            rates=rules.rates,
        )
    return Charges(
        earlier=history.earlier,
        fee=fee,
        level_fee=level.fee,
        flat_fee=flat,
        interest=computed,
        interest_from=interest_from,
    )


def _blocked(session: Session) -> set[int]:
    return set(
        session.scalars(select(Conditions.customer_id).where(Conditions.dunning_block.is_(True)))
    )


def _businesses(session: Session, customer_ids: Iterable[int]) -> set[int]:
    ids = list(set(customer_ids))
    found: set[int] = set()
    for start in range(0, len(ids), 500):
        found.update(
            session.scalars(
                select(Customer.id).where(
                    Customer.id.in_(ids[start : start + 500]), Customer.kind == "company"
                )
            )
        )
    return found


def due_for_dunning(
    session: Session,
    today: date,
    *,
    rules: DunningSettings | None = None,
    document_ids: Sequence[int] | None = None,
) -> list[Proposal]:
    """Every overdue open invoice due for its next level today (customers with Mahnsperre left
    out), the longest overdue first; ``document_ids`` limits it to those invoices."""
    rules = rules or dunning_settings.load(session)
    blocked = _blocked(session)
    wanted = set(document_ids) if document_ids is not None else None
    items = [
        item
        for item in payments.open_items(session, today, OpenItemsQuery(overdue_only=True))
        if item.customer_id not in blocked
        and item.dunning_level < len(rules.levels)
        and (wanted is None or item.document_id in wanted)
    ]
    histories = _histories(session, [item.document_id for item in items])
    businesses = _businesses(session, (item.customer_id for item in items))
    candidates: list[tuple[OpenItem, _History, int, DunningLevel]] = []
    for item in items:
        history = histories.get(item.document_id, _History())
        if history.last_date is not None and history.last_date >= today:
            continue  # a letter of today (or later) exists: nothing twice
        number = item.dunning_level + 1
        level = rules.levels[number - 1]
        since = history.last_date if history.last_date is not None else item.due
        if today < since + timedelta(days=level.days):
            continue
        candidates.append((item, history, number, level))
    balances = _balances(session, [c[0] for c in candidates])
    proposals = []
    for item, history, number, level in candidates:
        business = item.customer_id in businesses
        proposals.append(
            Proposal(
                item=item,
                business=business,
                level=number,
                level_name=level.name,
                charges=_charges(
                    rules=rules,
                    level_number=number,
                    level=level,
                    business=business,
                    history=history,
                    balances=balances[item.document_id],
                    due=item.due,
                    today=today,
                ),
                pay_by=today + timedelta(days=level.days_to_pay),
            )
        )
    return proposals


# --- The letter ------------------------------------------------------------------------------


def _money(value: Decimal) -> str:
    return format_decimal_de(value, places=2) + " €"


def _percent(value: Decimal) -> str:
    return format_decimal_de(value, places=2) + " %"


def _recipient(session: Session, invoice: SalesDocument) -> tuple[Customer, ContactPerson | None]:
    customer = session.get(Customer, invoice.customer_id)
    if customer is None:
        raise NotFound(invoice.customer_id)
    person = (
        session.get(ContactPerson, invoice.contact_person_id)
        if invoice.contact_person_id is not None
        else None
    )
    return customer, person


def _letter_texts(
    proposal: Proposal, level: DunningLevel, invoice: SalesDocument, salutation: str
) -> tuple[str, str]:
    charges = proposal.charges
    values = {
        "{Anrede}": salutation,
        "{Rechnungsnummer}": invoice.number or "",
        "{Rechnungsdatum}": format_date_de(invoice.document_date),
        "{Fälligkeit}": format_date_de(proposal.item.due),
        "{Betrag}": _money(invoice.gross_total),
        "{offen}": _money(proposal.item.open),
        "{Gebühr}": _money(charges.fee),
        "{Zinsen}": _money(charges.interest.total),
        "{Gesamt}": _money(proposal.total),
        "{Zahlungsziel}": format_date_de(proposal.pay_by),
    }
    return (
        dunning_settings.fill(level.subject, values),
        dunning_settings.fill(level.text, values),
    )


def interest_line(period: dict[str, object]) -> str:
    """One line of the interest breakdown as the letter prints it."""
    first = date.fromisoformat(str(period["from"]))
    last = date.fromisoformat(str(period["to"]))
    return (
        f"{format_date_de(first)} – {format_date_de(last)}: {period['days']} Tage, "
        f"{_percent(Decimal(str(period['rate'])))} "
        f"(Basiszinssatz {_percent(Decimal(str(period['base_rate'])))}) "
        f"auf {_money(Decimal(str(period['amount'])))}: "
        f"{_money(Decimal(str(period['interest'])))}"
    )


def _charge_lines(
    charges_earlier: Decimal,
    fee: Decimal,
    flat_fee: bool,
    interest_total: Decimal,
    points: Decimal,
    periods: Sequence[dict[str, object]],
) -> list[tuple[str, Decimal, tuple[str, ...]]]:
    lines: list[tuple[str, Decimal, tuple[str, ...]]] = []
    if charges_earlier:
        lines.append(("Mahngebühren und Zinsen früherer Schreiben", charges_earlier, ()))
    if flat_fee and fee:
        lines.append(
            (
                "Verzugspauschale nach § 288 Abs. 5 BGB (Mahngebühren darauf angerechnet)",
                fee,
                (),
            )
        )
    elif fee:
        lines.append(("Mahngebühr", fee, ()))
    if periods:
        lines.append(
            (
                f"Verzugszinsen ({format_decimal_de(points)} Prozentpunkte über dem "
                "Basiszinssatz, § 288 BGB)",
                interest_total,
                tuple(interest_line(period) for period in periods),
            )
        )
    return lines


@dataclass(frozen=True)
class _Letter:
    """Everything :func:`_render` needs, as stored in (or about to be stored in) a notice."""

    invoice: SalesDocument
    level_name: str
    notice_date: date
    pay_by: date
    open_amount: Decimal
    earlier: Decimal
    fee: Decimal
    interest: Decimal
    details: dict[str, object]
    subject: str
    text: str
    draft: bool = False


def _render(session: Session, letter: _Letter) -> bytes:
    from meinbuero.printing.dunning import ChargeLine, DunningLetter, render_dunning_letter
    from meinbuero.services import sales, sales_print

    invoice = letter.invoice
    company = settings.company(session)
    customer, person = _recipient(session, invoice)
    total = letter.open_amount + letter.earlier + letter.fee + letter.interest
    qr = None
    if company.iban and total > ZERO:
        qr = PaymentQr(
            name=company.name[:70],
            iban=company.iban,
            bic=company.bic,
            amount=total,
            text=invoice.number or "",
        )
    periods = letter.details.get("periods") or []
    assert isinstance(periods, list)
    charges = _charge_lines(
        letter.earlier,
        letter.fee,
        bool(letter.details.get("flat_fee")),
        letter.interest,
        Decimal(str(letter.details.get("points", "0"))),
        periods,
    )
    info = [
        InfoItem("Kundennr.", customer.number),
        InfoItem("Rechnungsnr.", invoice.number or ""),
        InfoItem("Rechnungsdatum", format_date_de(invoice.document_date)),
        InfoItem("Datum", format_date_de(letter.notice_date)),
        InfoItem("Bearbeiter", settings.display_name(session)),
    ]
    return render_dunning_letter(
        DunningLetter(
            title=letter.level_name,
            letterhead=sales_print.letterhead(company),
            return_line=sales_print.return_line(company),
            address_lines=tuple(sales.address_lines(customer, person)),
            info=tuple(item for item in info if item.value),
            subject=letter.subject,
            text=letter.text,
            invoice_number=invoice.number or "",
            invoice_date=invoice.document_date,
            due=payments.due_date(invoice),
            gross=invoice.gross_total,
            paid=invoice.gross_total - letter.open_amount,
            open_amount=letter.open_amount,
            charges=tuple(ChargeLine(label, amount, details) for label, amount, details in charges),
            total=total,
            pay_by=letter.pay_by,
            closing=f"Mit freundlichen Grüßen\n\n{company.name}",
            qr=qr,
            draft=letter.draft,
        )
    )


def _letter_of(session: Session, proposal: Proposal, today: date, *, draft: bool) -> _Letter:
    from meinbuero.services import sales

    rules = dunning_settings.load(session)
    level = rules.levels[proposal.level - 1]
    invoice = session.get(SalesDocument, proposal.document_id)
    if invoice is None:
        raise NotFound(proposal.document_id)
    customer, person = _recipient(session, invoice)
    subject, text = _letter_texts(
        proposal, level, invoice, sales.letter_salutation_of(customer, person)
    )
    charges = proposal.charges
    details: dict[str, object] = {
        "level_fee": str(charges.level_fee),
        "flat_fee": charges.flat_fee,
        "business": proposal.business,
        "points": str(charges.interest.points),
        "periods": charges.interest.to_json(),
    }
    if charges.interest_from is not None:
        details["interest_from"] = charges.interest_from.isoformat()
        details["interest_until"] = today.isoformat()
    return _Letter(
        invoice=invoice,
        level_name=level.name,
        notice_date=today,
        pay_by=proposal.pay_by,
        open_amount=proposal.item.open,
        earlier=charges.earlier,
        fee=charges.fee,
        interest=charges.interest.total,
        details=details,
        subject=subject,
        text=text,
        draft=draft,
    )


# --- Making the letters ------------------------------------------------------------------------


def _ids(proposals_or_ids: Iterable[Proposal | int]) -> list[int]:
    return [p.document_id if isinstance(p, Proposal) else int(p) for p in proposals_or_ids]


def run(
    session: Session,
    proposals_or_ids: Iterable[Proposal | int],
    today: date,
    *,
    at: datetime | None = None,
) -> list[DunningNotice]:
    """Make the letters of the given invoices (proposals or invoice ids) in the caller's
    transaction; returns the notices made (``at``: when they were made, now if not given).

    What is due is computed again here (the proposals may be old): an invoice paid or dunned
    meanwhile, or not due for a level today, gets no letter. Run twice on one day, the second
    run makes nothing.
    """
    # Take the write lock first (as a payment does): two programs dunning at once wait for each
    # other instead of both making a letter.
    faults.lock_for_writing(session)
    wanted = _ids(proposals_or_ids)
    if not wanted:
        return []
    made = []
    for proposal in due_for_dunning(session, today, document_ids=wanted):
        made.append(_make(session, proposal, today, at or utcnow()))
    return made


def _make(session: Session, proposal: Proposal, today: date, at: datetime) -> DunningNotice:
    from meinbuero.services import documents

    letter = _letter_of(session, proposal, today, draft=False)
    invoice = letter.invoice
    pdf = _render(session, letter)
    title = f"{letter.level_name} {invoice.number}"
    filed = documents.add_document_bytes(
        session,
        customer_id=invoice.customer_id,
        content=pdf,
        file_name=f"{title}.pdf",
        category=CATEGORY,
        title=title,
        contact_person_id=invoice.contact_person_id,
    )
    filed.document_date = today
    notice = DunningNotice(
        customer_id=invoice.customer_id,
        document_id=invoice.id,
        level=proposal.level,
        notice_date=today,
        pay_by=letter.pay_by,
        open_amount=letter.open_amount,
        fee=letter.fee,
        interest=letter.interest,
        interest_details=json.dumps(letter.details, ensure_ascii=False),
        text=f"{letter.subject}\n\n{letter.text}",
        pdf_document_id=filed.id,
        author=settings.display_name(session),
        created_at=at,
    )
    session.add(notice)
    invoice.dunning_level = proposal.level
    session.flush()
    return notice


def preview_pdf(session: Session, document_id: int, today: date) -> bytes | None:
    """The letter the invoice would get today, marked ENTWURF (None: it is not due)."""
    found = due_for_dunning(session, today, document_ids=[document_id])
    if not found:
        return None
    return _render(session, _letter_of(session, found[0], today, draft=True))


# --- Reading ---------------------------------------------------------------------------------


def notices_of(session: Session, document_id: int) -> list[DunningNotice]:
    """The letters on an invoice, oldest first."""
    return list(
        session.scalars(
            select(DunningNotice)
            .where(DunningNotice.document_id == document_id)
            .order_by(DunningNotice.notice_date, DunningNotice.id)
        )
    )


def get_notice(session: Session, notice_id: int) -> DunningNotice:
    notice = session.get(DunningNotice, notice_id)
    if notice is None:
        raise NotFound(notice_id)
    return notice


@dataclass(frozen=True)
class NoticeRow:
    """A letter made, as the list of sent letters shows it."""

    id: int
    notice_date: date
    level: int
    level_name: str
    customer_id: int
    customer_number: str
    customer_name: str
    invoice_number: str
    open_amount: Decimal
    fee: Decimal
    interest: Decimal
    pay_by: date | None
    pdf_document_id: int | None
    author: str

    @property
    def charges(self) -> Decimal:
        return self.fee + self.interest


def notice_rows(session: Session, *, customer_id: int | None = None) -> list[NoticeRow]:
    """The letters made, newest first."""
    from meinbuero.store.models import display_name_of

    names = {
        number: level.name
        for number, level in enumerate(dunning_settings.load(session).levels, start=1)
    }
    query = (
        select(
            DunningNotice,
            Customer.number,
            Customer.kind,
            Customer.company_name,
            Customer.first_name,
            Customer.last_name,
            SalesDocument.number.label("invoice_number"),
        )
        .join(Customer, Customer.id == DunningNotice.customer_id)
        .join(SalesDocument, SalesDocument.id == DunningNotice.document_id)
        .order_by(DunningNotice.notice_date.desc(), DunningNotice.id.desc())
    )
    if customer_id is not None:
        query = query.where(DunningNotice.customer_id == customer_id)
    rows = []
    for notice, number, kind, company, first, last, invoice_number in session.execute(query):
        rows.append(
            NoticeRow(
                id=notice.id,
                notice_date=notice.notice_date,
                level=notice.level,
                level_name=(notice.text.splitlines() or [""])[0]
                or names.get(notice.level, str(notice.level)),
                customer_id=notice.customer_id,
                customer_number=number,
                customer_name=display_name_of(kind, company, first, last),
                invoice_number=invoice_number or "",
                open_amount=notice.open_amount,
                fee=notice.fee,
                interest=notice.interest,
                pay_by=notice.pay_by,
                pdf_document_id=notice.pdf_document_id,
                author=notice.author,
            )
        )
    return rows


def notice_pdf(session: Session, notice_id: int) -> bytes:
    """The letter's PDF as it was made (never made again)."""
    from meinbuero.services import documents

    notice = get_notice(session, notice_id)
    if notice.pdf_document_id is None:
        raise NotFound(notice_id)
    return documents.stored_path(session, notice.pdf_document_id).read_bytes()


def combined_pdf(session: Session, notice_ids: Sequence[int]) -> bytes:
    """The letters one after another in one PDF (to print them in one go)."""
    from meinbuero.printing.dunning import combine

    return combine([notice_pdf(session, notice_id) for notice_id in notice_ids])


# --- The demo company ------------------------------------------------------------------------


def demo_notices(session: Session, today: date) -> list[DunningNotice]:
    """The demo company's letters: dunning run every two weeks over the ten weeks before the
    last two, as a user would (call after the demo's payments are booked)."""
    made: list[DunningNotice] = []
    # Up to two weeks ago: what has become due since is what the Mahnwesen shows today.
    for weeks in (10, 8, 6, 4, 2):
        day = today - timedelta(weeks=weeks)
        # Made that morning (today's run: now, never in the future).
        at = min(datetime.combine(day, time(9, 30), LOCAL_ZONE), utcnow())
        made += run(session, due_for_dunning(session, day), day, at=at)
    return made
