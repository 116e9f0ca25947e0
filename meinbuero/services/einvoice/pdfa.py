"""ZUGFeRD/Factur-X: the invoice's PDF (fonts embedded by the printing) as PDF/A-3 with the CII XML
embedded as ``factur-x.xml``.

The ``factur-x`` package embeds the file (AFRelationship Alternative, the catalogue's /AF) and
writes the XMP metadata (pdfaid part 3 B, the Factur-X extension schema naming the profile);
pikepdf adds what it leaves out, the sRGB OutputIntent, with the sRGB profile of the Debian package
icc-profiles-free (``resources/einvoice/sRGB.icc``, LittleCMS, "no copyright, use freely").
"""

from __future__ import annotations

import io
import logging

import pikepdf

from meinbuero.paths import bundled

FACTURX_FILE = "factur-x.xml"


def _icc_profile() -> bytes:
    return (bundled("resources") / "einvoice" / "sRGB.icc").read_bytes()


def _add_output_intent(pdf: pikepdf.Pdf) -> None:
    profile = pikepdf.Stream(pdf, _icc_profile())
    profile["/N"] = 3
    intent = pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent,
        S=pikepdf.Name.GTS_PDFA1,
        OutputConditionIdentifier=pikepdf.String("sRGB IEC61966-2.1"),
        RegistryName=pikepdf.String("http://www.color.org"),
        Info=pikepdf.String("sRGB IEC61966-2.1"),
        DestOutputProfile=pdf.make_indirect(profile),
    )
    pdf.Root.OutputIntents = pikepdf.Array([pdf.make_indirect(intent)])


def load_libraries() -> None:
    """Import factur-x (half a second: it brings pypdf and requests) ahead of need."""
    import facturx  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401


def zugferd_pdf(pdf: bytes, xml: bytes, *, title: str, author: str, subject: str) -> bytes:
    """The PDF/A-3 of ``pdf`` with ``xml`` (CII, profile EN 16931) embedded."""
    from facturx import generate_from_binary  # type: ignore[import-untyped,import-not-found,unused-ignore]

    # factur-x logs each step at INFO; the program's log is not the place for it.
    logging.getLogger("facturx").setLevel(logging.WARNING)
    combined = generate_from_binary(
        pdf,
        xml,
        flavor="factur-x",
        level="en16931",
        check_xsd=False,
        pdf_metadata={
            "author": author,
            "keywords": "Factur-X, ZUGFeRD, Rechnung",
            "title": title,
            "subject": subject,
        },
        lang="de-DE",
        afrelationship="alternative",
        # PDF/A wants the metadata stream readable as it is.
        xmp_compression=False,
    )
    with pikepdf.open(io.BytesIO(combined)) as document:
        _add_output_intent(document)
        # PDF/A: the document information and the XMP metadata say the same (factur-x names
        # pypdf as the producer in the XMP, the PDF's information names reportlab).
        with document.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta["pdf:Producer"] = str(document.docinfo.get("/Producer", ""))
        out = io.BytesIO()
        document.save(out, compress_streams=False, deterministic_id=True, min_version="1.7")
    return out.getvalue()
