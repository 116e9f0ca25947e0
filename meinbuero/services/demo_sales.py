"""Years of selling in the demo company: articles, quotes, order confirmations, delivery notes,
invoices and a few cancellations, made through the sales services as a user would make them.

Every document is made on its own date and finalised in date order, so the numbers of each
year and kind have no gaps and ascend with the dates (a number range refuses a year before
the one it counts in). Finalising files each PDF in the customer's Dokumente, as in use; that
is the slow part (some 15 ms a document), so ``years`` (and the number of customers) bound it.

A quote older than a month was either accepted (then it was carried on to an order
confirmation, for goods a delivery note, and an invoice) or rejected; the newer ones are open.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from random import Random

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from meinbuero.domain.values import LOCAL_ZONE
from meinbuero.services import articles, dunning, payments, sales
from meinbuero.store.models import (
    Customer,
    PaymentWay,
    SalesDocument,
    SalesKind,
    SalesStatus,
    SalesStatusChange,
)

# (group, name, description, unit, net price, VAT rate) — an office-equipment business.
ARTICLES: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("Dienstleistung", "IT-Beratung", "Beratung durch einen Systemberater", "HUR", "95", "19"),
    (
        "Dienstleistung",
        "Techniker-Einsatz vor Ort",
        "Servicetechniker, je Stunde",
        "HUR",
        "78",
        "19",
    ),
    (
        "Dienstleistung",
        "Montage Büromöbel",
        "Aufbau und Montage, je Monteur und Stunde",
        "HUR",
        "65",
        "19",
    ),
    ("Dienstleistung", "Anfahrtspauschale", "Anfahrt im Stadtgebiet", "LS", "45", "19"),
    (
        "Dienstleistung",
        "Einrichtung Arbeitsplatz-PC",
        "Installation, Updates, Datenübernahme",
        "LS",
        "149",
        "19",
    ),
    (
        "Dienstleistung",
        "Schulung (Tagessatz)",
        "Anwenderschulung vor Ort, bis 8 Teilnehmer",
        "DAY",
        "890",
        "19",
    ),
    (
        "Dienstleistung",
        "Wartungspauschale Drucker",
        "Wartung und Reinigung, je Monat",
        "MON",
        "39",
        "19",
    ),
    (
        "Hardware",
        "Multifunktionsdrucker A4 Farblaser",
        "Drucken, Kopieren, Scannen, Fax",
        "C62",
        "649",
        "19",
    ),
    ("Hardware", "Monitor 27 Zoll", "IPS, 2560 × 1440, höhenverstellbar", "C62", "289", "19"),
    ("Hardware", "Notebook 14 Zoll", "16 GB RAM, 512 GB SSD, Windows 11 Pro", "C62", "1149", "19"),
    ("Hardware", "Dockingstation USB-C", "mit Netzteil 100 W", "C62", "189", "19"),
    ("Hardware", "Tastatur-Maus-Set kabellos", "deutsches Tastaturlayout", "C62", "49", "19"),
    ("Hardware", "USV 900 VA", "unterbrechungsfreie Stromversorgung", "C62", "179", "19"),
    (
        "Büroeinrichtung",
        "Schreibtisch höhenverstellbar",
        "elektrisch, 160 × 80 cm",
        "C62",
        "689",
        "19",
    ),
    (
        "Büroeinrichtung",
        "Bürodrehstuhl ergonomisch",
        "Synchronmechanik, Lordosenstütze",
        "C62",
        "349",
        "19",
    ),
    ("Büroeinrichtung", "Rollcontainer", "3 Schubladen, abschließbar", "C62", "219", "19"),
    ("Büroeinrichtung", "Akustik-Trennwand", "160 × 120 cm, Stoff grau", "C62", "189", "19"),
    ("Büroeinrichtung", "Teppichboden Nadelvlies", "verlegt, inkl. Kleber", "MTK", "24.90", "19"),
    ("Verbrauchsmaterial", "Netzwerkkabel Cat. 6", "verlegt, je Meter", "MTR", "1.85", "19"),
    ("Verbrauchsmaterial", "Kabelkanal 40 × 60 mm", "weiß, je Meter", "MTR", "7.40", "19"),
    (
        "Verbrauchsmaterial",
        "Tonerkartusche schwarz",
        "für Multifunktionsdrucker, 6 000 Seiten",
        "C62",
        "89",
        "19",
    ),
    ("Verbrauchsmaterial", "Kopierpapier A4", "80 g/m², Paket zu 500 Blatt", "XPK", "5.49", "19"),
    ("Verbrauchsmaterial", "Kaffeebohnen Espresso", "für Kaffeevollautomaten", "KGM", "18.90", "7"),
    ("Verbrauchsmaterial", "Fachbuch „Büroorganisation heute“", "", "C62", "39.90", "7"),
    (
        "Verbrauchsmaterial",
        "Fachzeitschrift Office-Praxis (Abo)",
        "Monatsausgabe",
        "MON",
        "8.50",
        "7",
    ),
)


@dataclass(frozen=True)
class Job:
    """A kind of order: its subject, what it sells (article name → quantities to pick from)."""

    subject: str
    lines: tuple[tuple[str, tuple[str, ...]], ...]
    optional: tuple[str, ...] = ()  # further lines, each taken with some chance
    goods: bool = False  # delivered: a delivery note between order confirmation and invoice


JOBS: tuple[Job, ...] = (
    Job(
        "IT-Service vor Ort",
        (
            ("Techniker-Einsatz vor Ort", ("1", "1.5", "2", "3", "4.5")),
            ("Anfahrtspauschale", ("1",)),
        ),
        ("Netzwerkkabel Cat. 6", "Kabelkanal 40 × 60 mm"),
    ),
    Job(
        "Lieferung und Einrichtung Arbeitsplätze",
        (
            ("Notebook 14 Zoll", ("1", "2", "3", "5")),
            ("Einrichtung Arbeitsplatz-PC", ("1", "2", "3")),
        ),
        (
            "Monitor 27 Zoll",
            "Dockingstation USB-C",
            "Tastatur-Maus-Set kabellos",
            "Anfahrtspauschale",
        ),
        goods=True,
    ),
    Job(
        "Büroeinrichtung",
        (
            ("Schreibtisch höhenverstellbar", ("1", "2", "4", "6")),
            ("Montage Büromöbel", ("2", "3", "4", "6")),
        ),
        (
            "Bürodrehstuhl ergonomisch",
            "Rollcontainer",
            "Akustik-Trennwand",
            "Teppichboden Nadelvlies",
        ),
        goods=True,
    ),
    Job(
        "Beratung Netzwerk und Datensicherung",
        (("IT-Beratung", ("2", "4", "6", "8", "12")),),
        ("Schulung (Tagessatz)", "USV 900 VA"),
    ),
    Job(
        "Verbrauchsmaterial",
        (("Tonerkartusche schwarz", ("1", "2", "4")), ("Kopierpapier A4", ("5", "10", "20", "40"))),
        ("Kaffeebohnen Espresso", "Fachbuch „Büroorganisation heute“"),
    ),
    Job(
        "Druckerlieferung",
        (("Multifunktionsdrucker A4 Farblaser", ("1", "2")), ("Anfahrtspauschale", ("1",))),
        ("Tonerkartusche schwarz", "Einrichtung Arbeitsplatz-PC"),
        goods=True,
    ),
)
# Quantities of the optional lines, by unit.
UNIT_QUANTITIES = {
    "C62": ("1", "2", "3", "4"),
    "HUR": ("1", "2", "3"),
    "MTR": ("10", "25", "40", "75"),
    "MTK": ("12.5", "24", "38.5", "60"),
    "KGM": ("2", "5", "10"),
    "DAY": ("1", "2"),
    "LS": ("1",),
    "MON": ("3", "12"),
    "XPK": ("5", "10"),
}
REJECTIONS = (
    "Kunde hat sich für ein anderes Angebot entschieden",
    "Projekt verschoben",
    "zu teuer",
    "keine Rückmeldung",
)
CANCELLATION_REASONS = (
    "falsche Menge berechnet",
    "falsche Rechnungsanschrift",
    "doppelt berechnet",
)
OPEN_QUOTE_DAYS = 30


@dataclass
class SalesSummary:
    articles: int = 0
    documents: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)

    def count(self, kind: str) -> None:
        self.documents += 1
        self.by_kind[kind] = self.by_kind.get(kind, 0) + 1


Step = Callable[[Session], None]


class _Seller:
    def __init__(
        self, session: Session, *, rng: Random, today: date, first_day: date, payment_seed: int
    ) -> None:
        self.session = session
        self.rng = rng
        self.today = today
        self.first_day = first_day
        self.summary = SalesSummary()
        self.articles: dict[str, int] = {}
        self.units: dict[str, str] = {}
        self.events: list[tuple[date, int, Step]] = []
        self.order = 0
        self.customers: list[tuple[int, date, float]] = []
        # Payments draw from their own sequence: the documents stay what they were.
        self.payment_rng = Random(f"payments-{payment_seed}")

    # --- the plan ---------------------------------------------------------------------------

    def at(self, day: date, step: Step) -> None:
        """Do ``step`` on ``day`` (steps of one day in the order they were planned)."""
        if day < self.today:
            self.order += 1
            heapq.heappush(self.events, (day, self.order, step))

    def run(self) -> None:
        while self.events:
            _, _, step = heapq.heappop(self.events)
            step(self.session)

    def workday(self, day: date) -> date:
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return day

    def later(self, day: date, first: int, last: int) -> date:
        return self.workday(day + timedelta(days=self.rng.randint(first, last)))

    def random_day(self, start: date, end: date) -> date:
        return self.workday(start + timedelta(days=self.rng.randint(0, (end - start).days)))

    # --- articles and customers -------------------------------------------------------------

    def make_articles(self) -> None:
        for group, name, description, unit, price, rate in ARTICLES:
            self.articles[name] = articles.save_article(
                self.session,
                None,
                articles.ArticleInput(
                    name=name,
                    description=description,
                    unit=unit,
                    unit_price=price.replace(".", ","),
                    vat_rate=rate,
                    group=group,
                ),
            )
            self.units[name] = unit
            self.summary.articles += 1

    def load_customers(self) -> None:
        """The buyers: customers not archived; a regular third buys most, companies more."""
        rows = self.session.execute(
            select(Customer.id, Customer.kind, Customer.created_at)
            .where(Customer.archived_at.is_(None))
            .order_by(Customer.id)
        ).all()
        for customer_id, kind, created in rows:
            weight = 3.0 if kind == "company" else 1.0
            if self.rng.random() < 0.3:
                weight *= 6
            self.customers.append((customer_id, created.date(), weight))

    def customer(self, day: date) -> int | None:
        known = [(c, w) for c, created, w in self.customers if created <= day]
        if not known:
            return None
        return self.rng.choices([c for c, _ in known], weights=[w for _, w in known])[0]

    # --- documents --------------------------------------------------------------------------

    def lines(self, job: Job, customer_id: int) -> list[sales.LineInput]:
        rng = self.rng
        chosen = [(name, rng.choice(quantities)) for name, quantities in job.lines]
        for name in job.optional:
            if rng.random() < 0.45:
                chosen.append((name, rng.choice(UNIT_QUANTITIES[self.units[name]])))
        result = []
        for name, quantity in chosen[:8]:
            line = sales.line_from_article(
                self.session, self.articles[name], customer_id=customer_id
            )
            line.quantity = Decimal(quantity)
            result.append(line)
        return result

    def draft(
        self,
        kind: str,
        customer_id: int,
        day: date,
        job: Job,
        *,
        service: date | None = None,
        service_end: date | None = None,
        lines: list[sales.LineInput] | None = None,
    ) -> int:
        data = sales.new_document(self.session, kind=kind, customer_id=customer_id, today=day)
        data.subject = job.subject
        data.service_date = service
        data.service_end = service_end
        data.lines = lines if lines is not None else self.lines(job, customer_id)
        return sales.save_draft(self.session, None, data, at=self.moment(day)).id

    def moment(self, day: date) -> datetime:
        """A time of the office day ``day``: when the demo's past things happened."""
        # From the date, not the random sequence: the demo's documents stay the same.
        minutes = 8 * 60 + (day.toordinal() * 37) % (9 * 60)
        return datetime.combine(day, time(minutes // 60, minutes % 60), LOCAL_ZONE)

    def finalise(self, document_id: int, *, paid: bool = True) -> None:
        day = sales.get_document(self.session, document_id).document_date
        document = sales.finalise(self.session, document_id, at=self.moment(day))
        self.summary.count(document.kind)
        if document.kind == SalesKind.INVOICE and paid:
            self.plan_payment(document)

    def plan_payment(self, invoice: SalesDocument) -> None:
        """How the customer pays: mostly on time, some with Skonto, some late, a few in two
        parts, a few not at all (those are dunned)."""
        rng = self.payment_rng
        document_id, day = invoice.id, invoice.document_date
        net_days = invoice.net_days or 14
        skonto_days = invoice.skonto_days if invoice.skonto_percent else None
        way = rng.choices(
            [PaymentWay.TRANSFER, PaymentWay.PAYPAL, PaymentWay.CASH, PaymentWay.DIRECT_DEBIT],
            weights=[80, 8, 4, 8],
        )[0]
        roll = rng.random()
        plan: list[tuple[date, Decimal | None, bool]] = []  # day, amount (None: the rest), Skonto
        if skonto_days is not None and roll < 0.35:
            plan.append((self.later(day, 2, skonto_days), None, True))
        elif roll < 0.75:
            plan.append((self.later(day, 3, net_days), None, False))
        elif roll < 0.88:
            plan.append((self.later(day, net_days + 3, net_days + 50), None, False))
        elif roll < 0.95:
            half = (invoice.gross_total / 2).quantize(Decimal("1"))
            first = self.later(day, 5, net_days)
            plan += [(first, half, False), (self.later(first, 20, 60), None, False)]
        # else: not paid (yet)

        for when, amount, skonto in plan:

            def pay(
                session: Session,
                when: date = when,
                amount: Decimal | None = amount,
                skonto: bool = skonto,
            ) -> None:
                document = session.get(SalesDocument, document_id)
                assert document is not None
                session.refresh(document)
                if document.status == SalesStatus.CANCELLED:
                    return
                rest = payments.open_of(document)
                offer = payments.amount_with_skonto(session, document_id, when) if skonto else None
                skonto = offer is not None  # a weekend may have pushed it past the period
                rest = offer if offer is not None else rest
                payments.book(
                    session,
                    payments.PaymentInput(
                        document_id=document_id,
                        on=when,
                        amount=rest if amount is None else amount,
                        way=way,
                        skonto=skonto,
                    ),
                    at=self.moment(when),
                )

            self.at(when, pay)

    def carry_on(self, source_id: int, kind: str, day: date, *, service: date | None) -> int:
        draft_id = sales.convert(self.session, source_id, kind, today=day, at=self.moment(day))
        if service is not None:
            data = sales.document_input(sales.get_document(self.session, draft_id))
            sales.save_draft(self.session, draft_id, replace(data, service_date=service))
        self.finalise(draft_id)
        return draft_id

    # --- what happens in a year -------------------------------------------------------------

    def plan_quote(self, day: date) -> None:
        customer_id = self.customer(day)
        if customer_id is None:
            return
        job = self.rng.choice(JOBS)
        rng = self.rng
        accepted = rng.random() < 0.55
        confirmed = self.later(day, 3, 21)
        delivered = self.later(confirmed, 5, 20)
        billed = self.later(delivered if job.goods else confirmed, 0, 10 if job.goods else 25)
        ids: dict[str, int] = {}

        def quote(session: Session) -> None:
            lines = self.lines(job, customer_id)
            offered = {line.article_id for line in lines}
            alternatives = [name for name in job.optional if self.articles[name] not in offered]
            if alternatives and rng.random() < 0.3:
                # An alternative position: shown with its price, not counted, and left out
                # when the quote is carried on.
                extra = sales.line_from_article(
                    session, self.articles[rng.choice(alternatives)], customer_id=customer_id
                )
                extra.optional = True
                lines.append(extra)
            ids["quote"] = self.draft(SalesKind.QUOTE, customer_id, day, job, lines=lines[:8])
            self.finalise(ids["quote"])

        def confirm(session: Session) -> None:
            ids["order"] = self.carry_on(
                ids["quote"], SalesKind.ORDER_CONFIRMATION, confirmed, service=None
            )

        def deliver(session: Session) -> None:
            ids["delivery"] = self.carry_on(
                ids["order"], SalesKind.DELIVERY_NOTE, delivered, service=delivered
            )

        def bill(session: Session) -> None:
            source = ids.get("delivery", ids["order"])
            service = delivered if job.goods else self.later(confirmed, 1, 20)
            self.carry_on(source, SalesKind.INVOICE, billed, service=min(service, billed))

        rejected = day

        def reject(session: Session) -> None:
            sales.set_status(
                session,
                ids["quote"],
                SalesStatus.REJECTED,
                rng.choice(REJECTIONS),
                at=self.moment(rejected),
            )

        self.at(day, quote)
        if (self.today - day).days <= OPEN_QUOTE_DAYS:
            return  # still open
        if not accepted:
            rejected = self.later(day, 7, OPEN_QUOTE_DAYS)
            self.at(rejected, reject)
            return
        if billed >= self.today:
            return  # accepted lately: confirmed, not yet billed (or not yet confirmed)
        self.at(confirmed, confirm)
        if job.goods:
            self.at(delivered, deliver)
        self.at(billed, bill)

    def plan_invoice(self, day: date, *, cancelled: bool = False) -> None:
        customer_id = self.customer(day)
        if customer_id is None:
            return
        rng = self.rng
        job = rng.choice(JOBS)
        service = day - timedelta(days=rng.randint(0, 6))
        lines = self.lines(job, customer_id)
        ids: dict[str, int] = {}

        def invoice(session: Session) -> None:
            ids["invoice"] = self.draft(
                SalesKind.INVOICE, customer_id, day, job, service=service, lines=lines
            )
            self.finalise(ids["invoice"], paid=not cancelled)

        self.at(day, invoice)
        if not cancelled:
            return
        again = self.later(day, 3, 15)

        def cancel(session: Session) -> None:
            sales.cancel(session, ids["invoice"], today=again, at=self.moment(again))
            self.summary.count(SalesKind.CANCELLATION)
            corrected = [replace(line) for line in lines]
            if corrected[0].quantity > 1:
                corrected[0].quantity -= 1
            draft_id = self.draft(
                SalesKind.INVOICE, customer_id, again, job, service=service, lines=corrected
            )
            self.finalise(draft_id)

        self.at(again, cancel)

    def plan_maintenance(self, quarter_start: date) -> None:
        """A quarter's printer maintenance, billed for the period after it."""
        customer_id = self.customer(quarter_start)
        if customer_id is None:
            return
        month = quarter_start.month + 3
        end = date(quarter_start.year + (month > 12), (month - 1) % 12 + 1, 1) - timedelta(days=1)
        day = self.workday(end + timedelta(days=1))
        job = Job(
            f"Wartungsvertrag Drucker {quarter_start:%m}–{end:%m/%Y}",
            (("Wartungspauschale Drucker", ("3",)),),
        )

        def invoice(session: Session) -> None:
            document_id = self.draft(
                SalesKind.INVOICE, customer_id, day, job, service=quarter_start, service_end=end
            )
            self.finalise(document_id)

        self.at(day, invoice)


def make_sales(
    session: Session, *, years: int, today: date, seed: int, customers: int
) -> SalesSummary:
    """Articles and ``years`` of selling ending yesterday, in the caller's transaction.

    The volume follows the number of customers (a few hundred documents a year at most).
    """
    rng = Random(f"sales-{seed}")
    first_day = today.replace(year=today.year - years) if years else today
    seller = _Seller(session, rng=rng, today=today, first_day=first_day, payment_seed=seed)
    seller.make_articles()
    if years <= 0 or customers <= 0:
        return seller.summary
    seller.load_customers()
    # "Letzte Verarbeitung" as it was, before the flushes below set it to today.
    processed = {
        row.id: row.last_processed_at
        for row in session.execute(select(Customer.id, Customer.last_processed_at))
    }
    quotes_a_year = max(4, min(20, customers // 8))
    invoices_a_year = max(6, min(40, customers // 4))
    for _ in range(quotes_a_year * years):
        seller.plan_quote(seller.random_day(first_day, today - timedelta(days=1)))
    cancelled = set(rng.sample(range(invoices_a_year * years), k=min(3, invoices_a_year * years)))
    for index in range(invoices_a_year * years):
        # Not in the last three weeks: a cancellation and its corrected invoice follow.
        last = today - timedelta(days=21 if index in cancelled else 1)
        seller.plan_invoice(seller.random_day(first_day, last), cancelled=index in cancelled)
    quarter = date(first_day.year, (first_day.month - 1) // 3 * 3 + 1, 1)
    contracts = max(1, customers // 100)
    while quarter < today:
        if quarter >= first_day:
            for _ in range(contracts):
                seller.plan_maintenance(quarter)
        month = quarter.month + 3
        quarter = date(quarter.year + (month > 12), (month - 1) % 12 + 1, 1)
    seller.run()
    # A few customers did not pay: the last weeks' dunning runs, as the user made them.
    dunning.demo_notices(session, today)
    _date_processing(session, processed)
    return seller.summary


def _date_processing(session: Session, processed: dict[int, datetime]) -> None:
    """Each selling customer's "Letzte Verarbeitung": its latest document event, the moment the
    demo gave it (the flushes set the real time, years after the events)."""
    latest = session.execute(
        select(SalesDocument.customer_id, func.max(SalesStatusChange.at))
        .join(SalesStatusChange, SalesStatusChange.document_id == SalesDocument.id)
        .group_by(SalesDocument.customer_id)
    ).all()
    rows = [
        {"id": customer_id, "last_processed_at": max(moment, processed[customer_id])}
        for customer_id, moment in latest
        if customer_id in processed
    ]
    if rows:
        session.execute(update(Customer), rows)
