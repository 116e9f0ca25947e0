"""Einstellungen > Buchhaltung: what the DATEV export needs to know of the tax adviser's books.

Kontenrahmen (SKR03 or SKR04), Beraternummer, Mandantennummer, the month the fiscal year
begins, the length of the general ledger accounts (Sachkontenlänge), and the accounts each kind
of booking goes to. The defaults are the charts' automatic accounts (Automatikkonten: the
account itself says the VAT rate, so the export needs no BU-Schlüssel):

========================  ======  ======
booking                   SKR03   SKR04
========================  ======  ======
revenue 19 %              8400    4400
revenue 7 %               8300    4300
revenue 0 % / other       8200    4200
intra-EU supply (§4 1b)   8125    4125
reverse charge (§13b)     8337    4337
export (third country)    8120    4120
small business (§19)      8195    4185
bank                      1200    1800
cash                      1000    1600
receivables (collective)  1400    1200
Skonto granted 19 %       8736    4736
Skonto granted 7 %        8731    4731
Skonto granted 0 %        8730    4730
bad debt (write-off)      2400    6930
========================  ======  ======

Customers are booked on personal accounts (Debitoren) made from their customer number
(K10001 → 10001) when it is one — what tax advisers want, and the DATEV range of a Sachkonten-
länge of 4 is 10000–69999 — or on the collective receivables account when that is chosen.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from meinbuero.domain.errors import ValidationError
from meinbuero.i18n import tr
from meinbuero.services.errors import InvalidInput
from meinbuero.store.models import Setting

CHARTS = ("SKR03", "SKR04")
ACCOUNT_KEYS = (
    "revenue_19",
    "revenue_7",
    "revenue_0",
    "intra_eu",
    "reverse_charge",
    "export",
    "small_business",
    "bank",
    "cash",
    "receivables",
    "skonto_19",
    "skonto_7",
    "skonto_0",
    "write_off",
)
DEFAULT_ACCOUNTS = {
    "SKR03": dict(
        zip(
            ACCOUNT_KEYS,
            (
                "8400",
                "8300",
                "8200",
                "8125",
                "8337",
                "8120",
                "8195",
                "1200",
                "1000",
                "1400",
                "8736",
                "8731",
                "8730",
                "2400",
            ),
            strict=True,
        )
    ),
    "SKR04": dict(
        zip(
            ACCOUNT_KEYS,
            (
                "4400",
                "4300",
                "4200",
                "4125",
                "4337",
                "4120",
                "4185",
                "1800",
                "1600",
                "1200",
                "4736",
                "4731",
                "4730",
                "6930",
            ),
            strict=True,
        )
    ),
}

_PREFIX = "accounting_"
MIN_ACCOUNT_LENGTH = 4
MAX_ACCOUNT_LENGTH = 8


def account_labels() -> dict[str, str]:
    return {
        "revenue_19": tr("Revenue 19 %"),
        "revenue_7": tr("Revenue 7 %"),
        "revenue_0": tr("Revenue 0 % / other"),
        "intra_eu": tr("Intra-EU supply"),
        "reverse_charge": tr("Reverse charge (§ 13b)"),
        "export": tr("Export (third country)"),
        "small_business": tr("Small business (§ 19)"),
        "bank": tr("Bank"),
        "cash": tr("Cash"),
        "receivables": tr("Receivables (collective account)"),
        "skonto_19": tr("Skonto granted 19 %"),
        "skonto_7": tr("Skonto granted 7 %"),
        "skonto_0": tr("Skonto granted 0 %"),
        "write_off": tr("Bad debt (write-off)"),
    }


def labels() -> dict[str, str]:
    """The fields' names as the settings page shows them (for the messages)."""
    return {
        "chart": tr("Chart of accounts"),
        "consultant": tr("Consultant number"),
        "client": tr("Client number"),
        "fiscal_year_start": tr("Fiscal year begins"),
        "account_length": tr("Account length"),
        "personal_accounts": tr("Personal accounts"),
        **account_labels(),
    }


@dataclass(frozen=True)
class AccountingSettings:
    chart: str = "SKR03"
    consultant: str = ""  # Beraternummer
    client: str = ""  # Mandantennummer
    fiscal_year_start: int = 1  # the month
    account_length: int = 4  # Sachkontenlänge
    personal_accounts: bool = True  # Debitoren per customer, else the collective account
    accounts: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_ACCOUNTS["SKR03"]))

    def fiscal_year_of(self, day: date) -> tuple[date, date]:
        """First and last day of the fiscal year ``day`` is in."""
        year = day.year if day.month >= self.fiscal_year_start else day.year - 1
        start = date(year, self.fiscal_year_start, 1)
        next_start = date(year + 1, self.fiscal_year_start, 1)
        return start, date.fromordinal(next_start.toordinal() - 1)

    def account(self, key: str) -> str:
        """A general ledger account as the file writes it (filled up to the length)."""
        return self.accounts[key].ljust(self.account_length, "0")


def _values(session: Session) -> dict[str, str]:
    rows = session.execute(
        select(Setting.key, Setting.value).where(Setting.key.like(f"{_PREFIX}%"))
    )
    return {key.removeprefix(_PREFIX): value for key, value in rows}


def load(session: Session) -> AccountingSettings:
    values = _values(session)
    chart = values.get("chart", "SKR03")
    if chart not in CHARTS:
        chart = "SKR03"
    accounts = dict(DEFAULT_ACCOUNTS[chart])
    try:
        stored = json.loads(values.get("accounts", "") or "{}")
    except ValueError:
        stored = {}
    if isinstance(stored, dict):
        accounts.update({k: str(v) for k, v in stored.items() if k in ACCOUNT_KEYS and v})
    return AccountingSettings(
        chart=chart,
        consultant=values.get("consultant", ""),
        client=values.get("client", ""),
        fiscal_year_start=int(values.get("fiscal_year_start", "1") or 1),
        account_length=int(values.get("account_length", "4") or 4),
        personal_accounts=values.get("personal_accounts", "1") != "0",
        accounts=accounts,
    )


def check(data: AccountingSettings) -> list[ValidationError]:
    """What is wrong with ``data`` (nothing: an empty list)."""
    names = labels()
    errors: list[ValidationError] = []
    if data.chart not in CHARTS:
        errors.append(ValidationError(names["chart"], tr("Please choose SKR03 or SKR04.")))
    if data.consultant and not (
        data.consultant.isdigit() and 1001 <= int(data.consultant) <= 9_999_999
    ):
        errors.append(
            ValidationError(
                names["consultant"], tr("The consultant number has 4 to 7 digits (1001–9999999).")
            )
        )
    if data.client and not (data.client.isdigit() and 1 <= int(data.client) <= 99_999):
        errors.append(
            ValidationError(names["client"], tr("The client number has 1 to 5 digits (1–99999)."))
        )
    if not 1 <= data.fiscal_year_start <= 12:
        errors.append(ValidationError(names["fiscal_year_start"], tr("Please choose a month.")))
    if not MIN_ACCOUNT_LENGTH <= data.account_length <= MAX_ACCOUNT_LENGTH:
        errors.append(
            ValidationError(names["account_length"], tr("The account length is 4 to 8 digits."))
        )
    for key in ACCOUNT_KEYS:
        value = data.accounts.get(key, "")
        if not value.isdigit() or len(value) > data.account_length:
            errors.append(
                ValidationError(
                    names[key],
                    tr(
                        "An account number has at most {length} digits.",
                        length=data.account_length,
                    ),
                )
            )
    return errors


def save(session: Session, data: AccountingSettings) -> None:
    """Check and store the settings.

    Raises:
        InvalidInput: naming each refused field.
    """
    errors = check(data)
    if errors:
        raise InvalidInput(errors)
    values = {
        "chart": data.chart,
        "consultant": data.consultant,
        "client": data.client,
        "fiscal_year_start": str(data.fiscal_year_start),
        "account_length": str(data.account_length),
        "personal_accounts": "1" if data.personal_accounts else "0",
        "accounts": json.dumps({k: data.accounts[k] for k in ACCOUNT_KEYS}),
    }
    for key, value in values.items():
        session.merge(Setting(key=f"{_PREFIX}{key}", value=value))
    session.flush()


__all__ = [
    "ACCOUNT_KEYS",
    "CHARTS",
    "DEFAULT_ACCOUNTS",
    "AccountingSettings",
    "account_labels",
    "check",
    "labels",
    "load",
    "save",
]
