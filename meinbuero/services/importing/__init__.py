"""Import customers from Excel (.xlsx), CSV and vCard files (see :mod:`.service`)."""

from meinbuero.services.importing.readers import ImportFailed, Photo, SourceTable, read_source
from meinbuero.services.importing.service import (
    Decision,
    ImportCancelled,
    ImportReport,
    Preview,
    Refusal,
    RowStatus,
    file_photo,
    load_mapping,
    prepare,
    propose_mapping,
    run_import,
    save_mapping,
    save_report,
    saved_mappings,
    target_labels,
)

__all__ = [
    "Decision",
    "ImportCancelled",
    "ImportFailed",
    "ImportReport",
    "Photo",
    "Preview",
    "Refusal",
    "RowStatus",
    "SourceTable",
    "file_photo",
    "load_mapping",
    "prepare",
    "propose_mapping",
    "read_source",
    "run_import",
    "save_mapping",
    "save_report",
    "saved_mappings",
    "target_labels",
]
