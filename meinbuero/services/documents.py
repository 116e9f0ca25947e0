"""Dokumente: the electronic customer file.

A document (title, category, optional contact person, date, remark) keeps its content in
versions; the newest is what opening shows. Content lives in the document store beside the
company file (:mod:`meinbuero.store.documents`), written and synced before the row that names it
is committed by the caller. Deleting moves a document into the program's recycle bin; only
emptying the bin removes rows, and the files no row names any more go after the commit.
"""

from __future__ import annotations

import contextlib
import errno
import mimetypes
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, event, func, select
from sqlalchemy.orm import Session

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.files import extension_of
from meinbuero.domain.values import LOCAL_ZONE, format_date_de, parse_date_de
from meinbuero.i18n import tr
from meinbuero.services import faults, settings
from meinbuero.services.choice_lists import ChoiceList
from meinbuero.services.customers import check_contact_person, existing_customer
from meinbuero.services.errors import InvalidInput, NotFound, Refused
from meinbuero.services.mail_files import UnreadableMail, read_eml_header, read_msg_header
from meinbuero.store import search
from meinbuero.store.documents import DocumentStore, FileTooLarge, StoredFile
from meinbuero.store.models import (
    ContactPerson,
    Document,
    DocumentCategory,
    DocumentVersion,
    DunningNotice,
    EventType,
    SalesDocument,
    Setting,
)
from meinbuero.store.types import utcnow

MAX_SIZE_KEY = "documents_max_size_mb"
DEFAULT_MAX_SIZE_MB = 200
DEFAULT_CATEGORY = "Sonstiges"
MAIL_CATEGORY = "Korrespondenz"
MAIL_EXTENSIONS = ("eml", "msg")
_TITLE_LENGTH = 300
_SESSION_KEY = "meinbuero.documents"
_LISTENING_KEY = "meinbuero.documents.listening"

#: Called with the stored file after it is written and before its row exists (tests crash here).
AfterWrite = Callable[[StoredFile], None]


# --- Settings -------------------------------------------------------------------------------


def max_size_mb(session: Session) -> int:
    """The largest file (in MB) this company takes into its documents."""
    value = session.scalar(select(Setting.value).where(Setting.key == MAX_SIZE_KEY))
    try:
        return int(value) if value else DEFAULT_MAX_SIZE_MB
    except ValueError:
        return DEFAULT_MAX_SIZE_MB


def set_max_size_mb(session: Session, megabytes: int) -> None:
    if not 1 <= megabytes <= 100_000:
        raise InvalidInput(
            [ValidationError(tr("Largest file"), tr("Please enter between 1 and 100000 MB."))]
        )
    session.merge(Setting(key=MAX_SIZE_KEY, value=str(megabytes)))
    session.flush()


# --- Categories -----------------------------------------------------------------------------


def category_usage(session: Session, category_id: int) -> int:
    return int(
        session.scalar(
            select(func.count()).select_from(Document).where(Document.category_id == category_id)
        )
        or 0
    )


#: Dokumentkategorien (Kleinstammdaten).
CATEGORIES = ChoiceList(
    DocumentCategory,
    field=lambda: tr("Category"),
    empty=lambda: tr("Please enter a name for the category."),
    in_use=lambda name, count: tr(
        "The category “{name}” is used by {count} documents and cannot be deleted;"
        " hide it instead.",
        name=name,
        count=count,
    ),
    usage=category_usage,
)


def categories(session: Session, *, include_hidden: bool = False) -> list[DocumentCategory]:
    return CATEGORIES.entries(session, include_hidden=include_hidden)


def category_named(session: Session, name: str) -> DocumentCategory:
    """The category of that name; an unknown name gives "Sonstiges" (made if it is gone)."""
    found = session.scalar(select(DocumentCategory).where(DocumentCategory.name == name.strip()))
    if found is not None:
        return found
    fallback = session.scalar(
        select(DocumentCategory).where(DocumentCategory.name == DEFAULT_CATEGORY)
    )
    if fallback is None:
        fallback = add_category(session, DEFAULT_CATEGORY)
    return fallback


def add_category(session: Session, name: str) -> DocumentCategory:
    return CATEGORIES.add(session, name)


def rename_category(session: Session, category_id: int, name: str) -> None:
    CATEGORIES.rename(session, category_id, name)


def hide_category(session: Session, category_id: int, *, hidden: bool = True) -> None:
    """Hide a category from the choice for documents (its documents keep it); or show it."""
    CATEGORIES.hide(session, category_id, hidden=hidden)


def delete_category(session: Session, category_id: int) -> None:
    """Delete a category no document has; one in use is refused (hide it instead)."""
    CATEGORIES.delete(session, category_id)


# --- Files of a transaction -----------------------------------------------------------------


class _Pending:
    """Files to remove when the transaction ends: new ones on rollback, unused ones on commit."""

    def __init__(self, store: DocumentStore) -> None:
        self.store = store
        self.created: list[str] = []
        self.unused: set[str] = set()


def _pending(session: Session) -> _Pending:
    pending: _Pending | None = session.info.get(_SESSION_KEY)
    if pending is None:
        pending = _Pending(DocumentStore.of(session))
        session.info[_SESSION_KEY] = pending
        if not session.info.get(_LISTENING_KEY):
            session.info[_LISTENING_KEY] = True
            event.listen(session, "after_commit", _after_commit)
            event.listen(session, "after_rollback", _after_rollback)
    return pending


def _after_commit(session: Session) -> None:
    pending: _Pending | None = session.info.pop(_SESSION_KEY, None)
    if pending is not None:
        for sha256 in pending.unused:
            with contextlib.suppress(OSError):  # else left for `meinbuero check`
                pending.store.remove(sha256)


def _after_rollback(session: Session) -> None:
    pending: _Pending | None = session.info.pop(_SESSION_KEY, None)
    if pending is not None:
        for sha256 in pending.created:
            with contextlib.suppress(OSError):
                pending.store.remove(sha256)


def store_of(session: Session) -> DocumentStore:
    return DocumentStore.of(session)


# --- Adding ---------------------------------------------------------------------------------


def _title_from(file_name: str) -> str:
    base = Path(file_name.replace("\\", "/")).name
    stem = base.rsplit(".", 1)[0] if extension_of(base) else base
    return (stem.strip() or base.strip() or tr("Document"))[:_TITLE_LENGTH]


def _mime_type(file_name: str) -> str:
    return mimetypes.guess_type("x." + extension_of(file_name))[0] or ""


def _store(
    session: Session,
    put: Callable[[DocumentStore, int], StoredFile],
    *,
    name: str,
    after_write: AfterWrite | None,
) -> StoredFile:
    pending = _pending(session)
    try:
        stored = put(pending.store, max_size_mb(session) * 1024 * 1024)
    except FileTooLarge as error:
        raise Refused(str(error)) from None
    if stored.created:
        pending.created.append(stored.sha256)
    pending.unused.discard(stored.sha256)
    if after_write is not None:
        after_write(stored)
    return stored


def _version(
    session: Session,
    document: Document,
    stored: StoredFile,
    *,
    file_name: str,
    number: int,
    author: str,
) -> DocumentVersion:
    base = Path(file_name.replace("\\", "/")).name or file_name
    version = DocumentVersion(
        document=document,
        number=number,
        sha256=stored.sha256,
        size=stored.size,
        file_name=base[:300],
        extension=extension_of(base),
        mime_type=_mime_type(base),
        author=author,
        created_at=utcnow(),
    )
    session.add(version)
    return version


def _new_document(
    session: Session,
    stored: StoredFile,
    *,
    customer_id: int,
    file_name: str,
    category: DocumentCategory,
    title: str | None,
    contact_person_id: int | None,
    document_date: date | None,
    remark: str,
) -> Document:
    # Read before the new rows are added: a query after it would flush them twice.
    author = settings.display_name(session)
    document = Document(
        customer_id=customer_id,
        contact_person_id=contact_person_id,
        category=category,
        title=((title or "").strip() or _title_from(file_name))[:_TITLE_LENGTH],
        document_date=document_date or date.today(),
        remark=remark,
        author=author,
        created_at=utcnow(),
    )
    session.add(document)
    _version(session, document, stored, file_name=file_name, number=1, author=author)
    session.flush()
    return document


def add_document_bytes(
    session: Session,
    *,
    customer_id: int,
    content: bytes,
    file_name: str,
    category: str,
    title: str | None = None,
    contact_person_id: int | None = None,
) -> Document:
    """File ``content`` (a photo, a generated PDF, …) in the customer's documents.

    ``category`` is a name; an unknown one gives "Sonstiges". The title defaults to the file
    name without its extension.
    """
    existing_customer(session, customer_id)
    check_contact_person(session, customer_id, contact_person_id)
    stored = _store(
        session,
        lambda store, limit: store.put_bytes(content, max_size=limit, name=file_name),
        name=file_name,
        after_write=None,
    )
    return _new_document(
        session,
        stored,
        customer_id=customer_id,
        file_name=file_name,
        category=category_named(session, category),
        title=title,
        contact_person_id=contact_person_id,
        document_date=None,
        remark="",
    )


def _unreadable(path: Path, error: OSError) -> Refused:
    if error.errno in (errno.ENOSPC, errno.EROFS):  # writing into the document store
        return Refused(faults.explain_os(OSError(error.errno, error.strerror, str(path))))
    reason = error.strerror or str(error)
    if isinstance(error, PermissionError):
        reason = tr("no permission, or the file is open in another program")
    elif isinstance(error, FileNotFoundError):
        reason = tr("the file does not exist")
    elif isinstance(error, IsADirectoryError):
        reason = tr("it is a folder")
    return Refused(tr("{name} cannot be read: {reason}", name=path.name, reason=reason))


def _put_path(session: Session, path: Path, *, after_write: AfterWrite | None = None) -> StoredFile:
    if path.is_dir():
        raise _unreadable(path, IsADirectoryError(path))
    if path.exists() and not path.is_file():
        # A named pipe or a device would block the copy forever or never end.
        raise Refused(
            tr(
                "{name} is not an ordinary file (a pipe or a device) and cannot be filed.",
                name=path.name,
            )
        )

    def put(store: DocumentStore, limit: int) -> StoredFile:
        try:
            return store.put_file(path, max_size=limit)
        except OSError as error:
            raise _unreadable(path, error) from None

    return _store(session, put, name=path.name, after_write=after_write)


def add_document_file(
    session: Session,
    *,
    customer_id: int,
    path: Path,
    category: str | None = None,
    title: str | None = None,
    contact_person_id: int | None = None,
    after_write: AfterWrite | None = None,
) -> Document:
    """Copy a file into the customer's documents (the original stays where it is).

    An e-mail (.eml, or Outlook's .msg) is filed as Korrespondenz with its sender, subject and
    date and recorded as "E-Mail eingegangen" in the Historie, unless a ``category`` is given.

    Raises:
        Refused: the file is too large, cannot be read, or is a .msg that is no Outlook message.
    """
    existing_customer(session, customer_id)
    check_contact_person(session, customer_id, contact_person_id)
    if extension_of(path.name) in MAIL_EXTENSIONS and category is None:
        return add_mail_file(
            session,
            customer_id=customer_id,
            path=path,
            contact_person_id=contact_person_id,
            after_write=after_write,
        )
    stored = _put_path(session, path, after_write=after_write)
    return _new_document(
        session,
        stored,
        customer_id=customer_id,
        file_name=path.name,
        category=category_named(session, category or DEFAULT_CATEGORY),
        title=title,
        contact_person_id=contact_person_id,
        document_date=None,
        remark="",
    )


# --- E-mails --------------------------------------------------------------------------------


def incoming_mail_type(session: Session) -> EventType | None:
    """The event type the program records an incoming e-mail under (kind e-mail, direction in)."""
    return session.scalar(
        select(EventType)
        .where(EventType.kind == "email", EventType.direction == "in")
        .order_by(EventType.hidden, EventType.position, EventType.id)
    )


def add_mail_file(
    session: Session,
    *,
    customer_id: int,
    path: Path,
    contact_person_id: int | None = None,
    after_write: AfterWrite | None = None,
) -> Document:
    """File an e-mail (.eml, .msg) as Korrespondenz; record "E-Mail eingegangen" in the Historie."""
    from meinbuero.services.history import EventInput, add_event

    stored = _put_path(session, path, after_write=after_write)
    content = _pending(session).store.read_bytes(stored.sha256)
    try:
        if extension_of(path.name) == "msg":
            header = read_msg_header(content, name=path.name)
        else:
            header = read_eml_header(content)
    except UnreadableMail as error:
        raise Refused(str(error)) from None
    if contact_person_id is None and header.sender_address:
        contact_person_id = session.scalar(
            select(ContactPerson.id).where(
                ContactPerson.customer_id == customer_id,
                func.lower(ContactPerson.email) == header.sender_address.lower(),
            )
        )
    remark = tr("From: {sender}", sender=header.sender) if header.sender else ""
    sent_local = header.sent_at.astimezone(LOCAL_ZONE) if header.sent_at else None
    document = _new_document(
        session,
        stored,
        customer_id=customer_id,
        file_name=path.name,
        category=category_named(session, MAIL_CATEGORY),
        title=header.subject or None,
        contact_person_id=contact_person_id,
        document_date=sent_local.date() if sent_local else None,
        remark=remark,
    )
    mail_type = incoming_mail_type(session)
    if mail_type is not None:
        add_event(
            session,
            customer_id=customer_id,
            data=EventInput(
                event_type_id=mail_type.id,
                occurred_at=sent_local.strftime("%d.%m.%Y %H:%M") if sent_local else "",
                contact_person_id=contact_person_id,
                subject=(header.subject or document.title)[:200],
                text="\n".join(
                    line
                    for line in (remark, tr("Filed in Documents: {title}", title=document.title))
                    if line
                ),
            ),
        )
    return document


# --- Versions -------------------------------------------------------------------------------


def get_document(session: Session, document_id: int) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise NotFound(document_id)
    return document


def refuse_if_issued(session: Session, document_id: int) -> None:
    """A finalised sales document's PDF is kept as issued: no new version, no recycle bin."""
    number = session.scalar(
        select(SalesDocument.number).where(SalesDocument.pdf_document_id == document_id)
    )
    if number is not None:
        raise Refused(
            tr(
                "This PDF is the issued document {number}; it is kept as it was sent and "
                "cannot be changed or deleted.",
                number=number,
            )
        )
    if session.scalar(select(DunningNotice.id).where(DunningNotice.pdf_document_id == document_id)):
        raise Refused(
            tr("This PDF is a dunning letter; it is kept as it was sent and cannot be changed.")
        )


def _add_version(
    session: Session, document: Document, stored: StoredFile, file_name: str
) -> DocumentVersion | None:
    if document.current.sha256 == stored.sha256:
        return None
    version = _version(
        session,
        document,
        stored,
        file_name=file_name,
        number=document.current.number + 1,
        author=settings.display_name(session),
    )
    session.flush()
    return version


def add_version_file(session: Session, document_id: int, path: Path) -> DocumentVersion | None:
    """Keep the content of ``path`` as the document's newest version; None when unchanged."""
    document = get_document(session, document_id)
    refuse_if_issued(session, document_id)
    stored = _put_path(session, path)
    return _add_version(session, document, stored, document.current.file_name)


def add_version_bytes(session: Session, document_id: int, content: bytes) -> DocumentVersion | None:
    document = get_document(session, document_id)
    refuse_if_issued(session, document_id)
    name = document.current.file_name
    stored = _store(
        session,
        lambda store, limit: store.put_bytes(content, max_size=limit, name=name),
        name=name,
        after_write=None,
    )
    return _add_version(session, document, stored, name)


def version(session: Session, document_id: int, number: int | None = None) -> DocumentVersion:
    """A version of the document (None: the newest)."""
    document = get_document(session, document_id)
    if number is None:
        return document.current
    for candidate in document.versions:
        if candidate.number == number:
            return candidate
    raise NotFound(number)


def stored_path(session: Session, document_id: int, number: int | None = None) -> Path:
    """Where the content is in the store (read-only; copy it before handing it to a program)."""
    return store_of(session).path_of(version(session, document_id, number).sha256)


def export_copy(
    session: Session, document_id: int, target: Path, *, number: int | None = None
) -> Path:
    """Write a copy of the document (its newest version, or ``number``) to ``target``."""
    found = version(session, document_id, number)
    source = store_of(session).path_of(found.sha256)
    if not source.is_file():
        raise Refused(
            tr(
                "The file of “{title}” is missing from the document store.",
                title=found.document.title,
            )
        )
    temp = target.with_name(target.name + ".part")
    try:
        shutil.copyfile(source, temp)
        temp.replace(target)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise Refused(faults.explain_os(error, target)) from None
    return target


# --- Metadata -------------------------------------------------------------------------------


@dataclass
class DocumentInput:
    """What the user can change about a document, as typed."""

    title: str = ""
    category_id: int | None = None
    contact_person_id: int | None = None
    document_date: str = ""
    remark: str = ""

    @classmethod
    def of(cls, document: Document) -> DocumentInput:
        return cls(
            title=document.title,
            category_id=document.category_id,
            contact_person_id=document.contact_person_id,
            document_date=format_date_de(document.document_date),
            remark=document.remark,
        )


def update_document(session: Session, document_id: int, data: DocumentInput) -> Document:
    document = get_document(session, document_id)
    errors: list[ValidationError] = []
    title = " ".join(data.title.split())
    if not title:
        errors.append(ValidationError(tr("Title"), tr("Please enter a title.")))
    elif len(title) > _TITLE_LENGTH:
        errors.append(
            ValidationError(tr("Title"), tr("At most {count} characters, please.", count=300))
        )
    category = session.get(DocumentCategory, data.category_id) if data.category_id else None
    if category is None:
        errors.append(ValidationError(tr("Category"), tr("Please choose a category.")))
    day: date | None = None
    try:
        day = parse_date_de(data.document_date, field=tr("Date"))
    except ValidationError as error:
        errors.append(error)
    if errors:
        raise InvalidInput(errors)
    check_contact_person(session, document.customer_id, data.contact_person_id)
    document.title = title
    document.category_id = data.category_id  # type: ignore[assignment]  # checked above
    document.contact_person_id = data.contact_person_id
    document.document_date = day
    document.remark = data.remark.strip()
    session.flush()
    return document


# --- Recycle bin ----------------------------------------------------------------------------


def delete_document(session: Session, document_id: int) -> None:
    """Move a document into the recycle bin (restorable); an issued sales PDF is refused."""
    document = get_document(session, document_id)
    refuse_if_issued(session, document_id)
    if document.deleted_at is None:
        document.deleted_at = utcnow()
        session.flush()


def restore_document(session: Session, document_id: int) -> None:
    get_document(session, document_id).deleted_at = None
    session.flush()


def empty_recycle_bin(session: Session, customer_id: int | None = None) -> int:
    """Delete the documents in the bin for good (of one customer, or all); how many.

    The files no other version names are removed after the transaction is committed.
    """
    query = select(Document).where(Document.deleted_at.is_not(None))
    if customer_id is not None:
        query = query.where(Document.customer_id == customer_id)
    documents = list(session.scalars(query))
    hashes = {v.sha256 for d in documents for v in d.versions}
    for document in documents:
        session.delete(document)
    session.flush()
    if hashes:
        still_used = set(
            session.scalars(
                select(DocumentVersion.sha256).where(DocumentVersion.sha256.in_(hashes))
            )
        )
        _pending(session).unused |= hashes - still_used
    return len(documents)


# --- Lists ----------------------------------------------------------------------------------


class SortKey(StrEnum):
    DATE = "date"
    TITLE = "title"
    CATEGORY = "category"
    SIZE = "size"
    TYPE = "type"
    CONTACT_PERSON = "contact_person"
    ADDED = "added"


@dataclass(frozen=True)
class DocumentRow:
    """One line of a customer's document list."""

    id: int
    title: str
    category: str
    category_id: int
    document_date: date | None
    contact_person: str
    contact_person_id: int | None
    remark: str
    author: str
    created_at: datetime
    deleted_at: datetime | None
    file_name: str
    extension: str
    mime_type: str
    size: int
    sha256: str
    versions: int
    changed_at: datetime


def _contact_name() -> ColumnElement[str]:
    return func.trim(ContactPerson.first_name + " " + ContactPerson.last_name)


def list_documents(
    session: Session,
    customer_id: int,
    *,
    category_id: int | None = None,
    text: str = "",
    deleted: bool = False,
    sort: SortKey | str = SortKey.DATE,
    descending: bool = True,
) -> list[DocumentRow]:
    """A customer's documents (or what is in the bin), with their newest version.

    ``text`` finds words in titles, remarks and file names (case and umlauts ignored, each word
    anywhere in them).
    """
    newest = (
        select(DocumentVersion.document_id, func.max(DocumentVersion.number).label("number"))
        .group_by(DocumentVersion.document_id)
        .subquery()
    )
    count = func.count(DocumentVersion.id).over(partition_by=DocumentVersion.document_id)
    current = select(DocumentVersion, count.label("versions")).subquery()
    query = (
        select(
            Document.id,
            Document.title,
            DocumentCategory.name.label("category"),
            Document.category_id,
            Document.document_date,
            func.coalesce(_contact_name(), "").label("contact_person"),
            Document.contact_person_id,
            Document.remark,
            Document.author,
            Document.created_at,
            Document.deleted_at,
            current.c.file_name,
            current.c.extension,
            current.c.mime_type,
            current.c.size,
            current.c.sha256,
            current.c.versions,
            current.c.created_at.label("changed_at"),
        )
        .join(DocumentCategory, DocumentCategory.id == Document.category_id)
        .join(newest, newest.c.document_id == Document.id)
        .join(
            current,
            (current.c.document_id == Document.id) & (current.c.number == newest.c.number),
        )
        .outerjoin(ContactPerson, ContactPerson.id == Document.contact_person_id)
        .where(Document.customer_id == customer_id)
        .where(Document.deleted_at.is_not(None) if deleted else Document.deleted_at.is_(None))
    )
    if category_id is not None:
        query = query.where(Document.category_id == category_id)
    query = query.where(
        *search.words_in(text, Document.title, Document.remark, current.c.file_name)
    )
    query = query.order_by(*_order(SortKey(sort), descending, current))
    return [_row(mapping) for mapping in session.execute(query).mappings()]


def _order(key: SortKey, descending: bool, current: Any) -> list[Any]:
    columns: dict[SortKey, list[Any]] = {
        SortKey.DATE: [Document.document_date, Document.created_at],
        SortKey.TITLE: [func.lower(Document.title)],
        SortKey.CATEGORY: [DocumentCategory.position, DocumentCategory.name],
        SortKey.SIZE: [current.c.size],
        SortKey.TYPE: [current.c.extension],
        SortKey.CONTACT_PERSON: [func.coalesce(_contact_name(), "")],
        SortKey.ADDED: [Document.created_at],
    }
    chosen = [c.desc() if descending else c.asc() for c in columns[key]]
    tie = Document.id.desc() if descending else Document.id.asc()
    return [*chosen, tie]


def _row(mapping: Any) -> DocumentRow:
    return DocumentRow(**{name: mapping[name] for name in DocumentRow.__dataclass_fields__})


def document_counts(session: Session, customer_id: int) -> tuple[int, int]:
    """(documents, documents in the bin) of a customer."""
    rows = session.execute(
        select(Document.deleted_at.is_(None), func.count())
        .where(Document.customer_id == customer_id)
        .group_by(Document.deleted_at.is_(None))
    ).all()
    live = sum(n for is_live, n in rows if is_live)
    binned = sum(n for is_live, n in rows if not is_live)
    return int(live), int(binned)
