"""Sender, subject and date of a saved e-mail: .eml (RFC 822) and Outlook's .msg.

An .eml is read with Python's ``email`` package. A .msg is an OLE compound file ([MS-OXMSG]);
``olefile`` reads the container, and the few MAPI properties needed here are read from it by
their documented stream names: the subject, the sender's name and SMTP address, the time it was
sent, and (where Outlook kept them) the original internet headers.
"""

from __future__ import annotations

import email.policy
import io
import struct
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime

import olefile  # type: ignore[import-untyped]

from meinbuero.domain.values import LOCAL_ZONE
from meinbuero.i18n import tr

# MAPI property ids ([MS-OXPROPS]) and types.
PR_SUBJECT = 0x0037
PR_CLIENT_SUBMIT_TIME = 0x0039
PR_SENT_REPRESENTING_NAME = 0x0042
PR_TRANSPORT_MESSAGE_HEADERS = 0x007D
PR_SENDER_NAME = 0x0C1A
PR_SENDER_EMAIL_ADDRESS = 0x0C1F
PR_MESSAGE_DELIVERY_TIME = 0x0E06
PR_MESSAGE_CODEPAGE = 0x3FFD
PR_SENDER_SMTP_ADDRESS = 0x5D01
PT_UNICODE = 0x001F
PT_STRING8 = 0x001E
PT_SYSTIME = 0x0040
PT_LONG = 0x0003
_PROPERTIES = "__properties_version1.0"
# The property stream of the message itself starts with a 32-byte header.
_TOP_HEADER = 32
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)


class UnreadableMail(ValueError):
    """The file is not an e-mail this program can read (the message names it)."""


@dataclass(frozen=True)
class MailHeader:
    sender: str
    sender_address: str
    subject: str
    sent_at: datetime | None


def _shown(name: str, address: str, fallback: str = "") -> str:
    if name and address and name != address:
        return f"{name} <{address}>"
    return address or name or fallback


def read_eml_header(content: bytes) -> MailHeader:
    """Sender, subject and date of an RFC 822 message (.eml); what is missing stays empty."""
    message = BytesParser(policy=email.policy.default).parsebytes(content, headersonly=True)
    sender = str(message.get("From", "") or "")
    addresses = getaddresses([sender]) if sender else []
    name, address = addresses[0] if addresses else ("", "")
    sent_at: datetime | None = None
    raw_date = message.get("Date")
    if raw_date:
        try:
            sent_at = parsedate_to_datetime(str(raw_date))
        except (TypeError, ValueError):
            sent_at = None
        if sent_at is not None and sent_at.tzinfo is None:
            sent_at = sent_at.replace(tzinfo=LOCAL_ZONE)
    subject = " ".join(str(message.get("Subject", "") or "").split())
    return MailHeader(_shown(name, address, sender), address, subject, sent_at)


class _Msg:
    def __init__(self, ole: olefile.OleFileIO) -> None:
        self._ole = ole
        self._fixed: dict[int, tuple[int, bytes]] = {}
        if ole.exists(_PROPERTIES):
            data = ole.openstream(_PROPERTIES).read()
            for offset in range(_TOP_HEADER, len(data) - 15, 16):
                tag, _flags = struct.unpack_from("<II", data, offset)
                self._fixed[tag >> 16] = (tag & 0xFFFF, data[offset + 8 : offset + 16])
        codepage = self.long(PR_MESSAGE_CODEPAGE)
        self._codepage = f"cp{codepage}" if codepage else "cp1252"

    def long(self, property_id: int) -> int | None:
        found = self._fixed.get(property_id)
        if found is None or found[0] != PT_LONG:
            return None
        return int(struct.unpack_from("<I", found[1])[0])

    def time(self, property_id: int) -> datetime | None:
        found = self._fixed.get(property_id)
        if found is None or found[0] != PT_SYSTIME:
            return None
        ticks = struct.unpack_from("<Q", found[1])[0]
        if not ticks:
            return None
        try:
            return _FILETIME_EPOCH + timedelta(microseconds=ticks // 10)
        except OverflowError:
            return None

    def text(self, property_id: int) -> str:
        for kind, encoding in ((PT_UNICODE, "utf-16-le"), (PT_STRING8, self._codepage)):
            name = f"__substg1.0_{property_id:04X}{kind:04X}"
            if self._ole.exists(name):
                raw = self._ole.openstream(name).read()
                try:
                    return str(raw.decode(encoding, errors="replace")).rstrip("\x00").strip()
                except LookupError:  # an unknown code page
                    return str(raw.decode("cp1252", errors="replace")).rstrip("\x00").strip()
        return ""


def read_msg_header(content: bytes, *, name: str = "") -> MailHeader:
    """Sender, subject and date of an Outlook message (.msg).

    Raises:
        UnreadableMail: the content is not an Outlook message.
    """
    try:
        ole = olefile.OleFileIO(io.BytesIO(content))
    except (OSError, ValueError, struct.error) as error:
        raise UnreadableMail(
            tr("{name} is not an Outlook message that can be read.", name=name)
        ) from error
    try:
        msg = _Msg(ole)
        headers = msg.text(PR_TRANSPORT_MESSAGE_HEADERS)
        internet = read_eml_header(headers.encode()) if headers else None
        sender_name = msg.text(PR_SENDER_NAME) or msg.text(PR_SENT_REPRESENTING_NAME)
        address = msg.text(PR_SENDER_SMTP_ADDRESS)
        if not address:
            typed = msg.text(PR_SENDER_EMAIL_ADDRESS)
            address = typed if "@" in typed else ""  # not an Exchange "/O=…" address
        if not address and internet is not None:
            address = internet.sender_address
        subject = " ".join(msg.text(PR_SUBJECT).split())
        sent_at = msg.time(PR_CLIENT_SUBMIT_TIME) or msg.time(PR_MESSAGE_DELIVERY_TIME)
    except (OSError, ValueError, struct.error) as error:
        raise UnreadableMail(
            tr("{name} is not an Outlook message that can be read.", name=name)
        ) from error
    finally:
        ole.close()
    sender = _shown(sender_name, address)
    if internet is not None:
        subject = subject or internet.subject
        sent_at = sent_at or internet.sent_at
        sender = sender or internet.sender
    return MailHeader(sender, address, subject, sent_at)
