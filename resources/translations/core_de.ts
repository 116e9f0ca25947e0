<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
  <context>
    <name>meinbuero</name>
    <message>
      <location filename="../../meinbuero/store/health.py" />
      <source>  Customer {number}, “{title}” (version {version}): file {state}</source>
      <translation>  Kunde {number}, „{title}“ (Version {version}): Datei {state}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/articles.py" />
      <source>(archived)</source>
      <translation>(archiviert)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>(draft {id})</source>
      <translation>(Entwurf {id})</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/csv_banks.py" />
      <source>(ignore)</source>
      <translation>(nicht übernehmen)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>(mandate {reference})</source>
      <translation>(Mandat {reference})</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/salutation.py" />
      <source>(not specified)</source>
      <translation>(keine Angabe)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>(on {base})</source>
      <translation>(auf {base})</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>(optional)</source>
      <translation>(optional)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>({percent} of {base})</source>
      <translation>({percent} von {base})</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>, Skonto {amount}</source>
      <translation>, Skonto {amount}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/matching.py" />
      <source>, overpayment kept as credit</source>
      <translation>, Überzahlung als Guthaben</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/matching.py" />
      <source>, partial payment</source>
      <translation>, Teilzahlung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/matching.py" />
      <source>, several invoices</source>
      <translation>, mehrere Rechnungen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/matching.py" />
      <source>, with Skonto</source>
      <translation>, mit Skonto</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>, {amount} kept as credit</source>
      <translation>, {amount} als Guthaben verbucht</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>--to is before --from.</source>
      <translation>--to liegt vor --from.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>1–30 days</source>
      <translation>1–30 Tage</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>31–60 days</source>
      <translation>31–60 Tage</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>61–90 days</source>
      <translation>61–90 Tage</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/datev.py" />
      <source>A DATEV batch covers one fiscal year: please choose a period from {start} to {end} at most, and export the rest separately.</source>
      <translation>Ein DATEV-Stapel umfasst ein Wirtschaftsjahr: Bitte wählen Sie einen Zeitraum von höchstens {start} bis {end} und exportieren Sie den Rest getrennt.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>A German postcode has five digits.</source>
      <translation>Eine deutsche Postleitzahl hat fünf Ziffern.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/articles.py" />
      <source>A VAT rate lies between 0 and 99 %.</source>
      <translation>Ein Umsatzsteuersatz liegt zwischen 0 und 99 %.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>A cancellation invoice cannot be copied.</source>
      <translation>Eine Stornorechnung kann nicht kopiert werden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/conditions.py" />
      <source>A cash discount needs both: the percentage and the days.</source>
      <translation>Für Skonto braucht es beides: den Prozentsatz und die Tage.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/custom_fields.py" />
      <source>A choice list needs at least one choice.</source>
      <translation>Eine Auswahlliste braucht mindestens einen Eintrag.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>A credit transfer needs your IBAN (BT-84): Settings &gt; My company.</source>
      <translation>Eine Überweisung braucht Ihre IBAN (BT-84): Einstellungen &gt; Meine Firma.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/backup.py" />
      <source>A document file changed during the backup; please try again.</source>
      <translation>Eine Dokumentdatei hat sich während der Sicherung geändert; bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>A document “{kind}” cannot be carried on as “{target}”.</source>
      <translation>Ein Beleg „{kind}“ kann nicht als „{target}“ weitergeführt werden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>A draft gets its status when it is finalised.</source>
      <translation>Ein Entwurf bekommt seinen Status beim Abschließen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>A draft keeps its kind; carry it on to make another kind.</source>
      <translation>Ein Entwurf behält seine Art; für eine andere Art führen Sie ihn weiter.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>A line is a JSON object {…}.</source>
      <translation>Eine Position ist ein JSON-Objekt {…}.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>A period is a list of two dates: ["2026-11-01", "2026-11-30"].</source>
      <translation>Ein Zeitraum ist eine Liste aus zwei Daten: ["2026-11-01", "2026-11-30"].</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>A period needs its first day.</source>
      <translation>Ein Zeitraum braucht seinen ersten Tag.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/articles.py" />
      <source>A price has at most {places} decimal places.</source>
      <translation>Ein Preis hat höchstens {places} Nachkommastellen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>A tax-exempt invoice needs the exemption reason (BT-120).</source>
      <translation>Eine steuerbefreite Rechnung braucht den Befreiungsgrund (BT-120).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>A tax-exempt invoice needs the seller's VAT ID or tax number: Settings &gt; My company.</source>
      <translation>Eine steuerbefreite Rechnung braucht die USt-IdNr. oder Steuernummer des Verkäufers: Einstellungen &gt; Meine Firma.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/templates.py" />
      <source>A template with this name exists already.</source>
      <translation>Eine Vorlage mit diesem Namen gibt es schon.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>A text line needs a text.</source>
      <translation>Eine Textzeile braucht einen Text.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/articles.py" />
      <source>ACTION</source>
      <translation>AKTION</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>ADDRESS</source>
      <translation>ADRESSE</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/payments.py" />
      <source>AMOUNT</source>
      <translation>BETRAG</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>Account holder</source>
      <translation>Kontoinhaber</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>Account length</source>
      <translation>Sachkontenlänge</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Address</source>
      <translation>Anschrift</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Advance payment invoice</source>
      <translation>Vorauszahlungsrechnung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/about.py" />
      <source>All rights reserved</source>
      <translation>alle Rechte vorbehalten</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Allowance</source>
      <translation>Nachlass</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Allowances</source>
      <translation>Nachlässe</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Already paid</source>
      <translation>Bereits gezahlt</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/bank.py" />
      <source>Amount</source>
      <translation>Betrag</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/matching.py" />
      <source>Amount and IBAN</source>
      <translation>Betrag und IBAN</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/matching.py" />
      <source>Amount and name</source>
      <translation>Betrag und Name</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Amount due</source>
      <translation>Zahlbetrag</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/matching.py" />
      <source>Amount only (the only open invoice of this amount)</source>
      <translation>Nur Betrag (die einzige offene Rechnung über diesen Betrag)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/bank.py" />
      <source>An IBAN with the country code {country} has {expected} characters, this one has {length} – please check for missing or extra characters.</source>
      <translation>Eine IBAN mit dem Länderkürzel {country} hat {expected} Zeichen, diese hat {length} – bitte auf fehlende oder überzählige Zeichen prüfen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/conditions.py" />
      <source>An XRechnung goes to a public buyer: please enter its Leitweg-ID.</source>
      <translation>Eine XRechnung geht an einen öffentlichen Auftraggeber: Bitte seine Leitweg-ID eingeben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/send.py" />
      <source>An XRechnung needs the customer's Leitweg-ID (customer, tab Konditionen).</source>
      <translation>Eine XRechnung braucht die Leitweg-ID des Kunden (Kunde, Reiter Konditionen).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/send.py" />
      <source>An XRechnung needs your phone number and e-mail address as the seller's contact (Settings &gt; My company).</source>
      <translation>Eine XRechnung braucht Ihre Telefonnummer und E-Mail-Adresse als Kontakt des Verkäufers (Einstellungen &gt; Meine Firma).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>An account number has at most {length} digits.</source>
      <translation>Eine Kontonummer hat höchstens {length} Ziffern.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>An amount due needs a due date (BT-9) or payment terms (BT-20): please enter the payment terms.</source>
      <translation>Ein Zahlbetrag braucht ein Fälligkeitsdatum (BT-9) oder Zahlungsbedingungen (BT-20): Bitte die Zahlungsbedingungen eingeben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>An amount has at most two places after the comma.</source>
      <translation>Ein Betrag hat höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>An export needs the seller's VAT ID (BT-31): Settings &gt; My company.</source>
      <translation>Eine Ausfuhrlieferung braucht die USt-IdNr. des Verkäufers (BT-31): Einstellungen &gt; Meine Firma.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>An intra-EU supply needs the country delivered to (BT-80).</source>
      <translation>Eine innergemeinschaftliche Lieferung braucht das Lieferland (BT-80).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>An intra-EU supply needs the delivery date (BT-72) or a period (BG-14).</source>
      <translation>Eine innergemeinschaftliche Lieferung braucht das Lieferdatum (BT-72) oder einen Leistungszeitraum (BG-14).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>An intra-EU supply needs the seller's VAT ID (BT-31) and the buyer's VAT ID (BT-48).</source>
      <translation>Eine innergemeinschaftliche Lieferung braucht die USt-IdNr. des Verkäufers (BT-31) und des Käufers (BT-48).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>An intra-EU supply needs your own VAT ID (Settings &gt; My company).</source>
      <translation>Eine innergemeinschaftliche Lieferung braucht Ihre eigene USt-IdNr. (Einstellungen &gt; Meine Firma).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>An invoice is cancelled with a cancellation invoice.</source>
      <translation>Eine Rechnung wird mit einer Stornorechnung storniert.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>An invoice needs the date of delivery or service (or the period); please enter it.</source>
      <translation>Eine Rechnung braucht das Liefer- bzw. Leistungsdatum (oder den Leistungszeitraum); bitte tragen Sie es ein.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>An invoice needs your tax number or VAT ID; please enter one in Settings &gt; My company.</source>
      <translation>Eine Rechnung braucht Ihre Steuernummer oder USt-IdNr.; bitte tragen Sie eine unter Einstellungen &gt; Meine Firma ein.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/faults.py" />
      <source>Another window or program is writing to the company file; nothing was changed. Please try again in a moment.</source>
      <translation>Ein anderes Fenster oder Programm schreibt gerade in die Firmendatei; es wurde nichts geändert. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>Appointment</source>
      <translation>Termin</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>Art.-No.</source>
      <translation>Art.-Nr.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/articles.py" />
      <source>Article group</source>
      <translation>Artikelgruppe</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/articles.py" />
      <source>Article number</source>
      <translation>Artikelnummer</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>As a small business (§ 19 UStG) you do not charge VAT; please choose the tax case “small business”.</source>
      <translation>Als Kleinunternehmer (§ 19 UStG) berechnen Sie keine Umsatzsteuer; bitte wählen Sie den Steuerfall „Kleinunternehmer“.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/backup_settings.py" />
      <source>At least one backup must be kept.</source>
      <translation>Mindestens eine Sicherung muss aufbewahrt werden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/conditions.py" />
      <source>At most two decimal places, please.</source>
      <translation>Bitte höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/choice_lists.py" />
      <source>At most {count} characters, please.</source>
      <translation>Bitte höchstens {count} Zeichen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/dunning_settings.py" />
      <source>At most {count} levels.</source>
      <translation>Höchstens {count} Stufen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>At most {places} decimal places.</source>
      <translation>Höchstens {places} Nachkommastellen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>Attachments: {names}</source>
      <translation>Anhänge: {names}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/backup_settings.py" />
      <source>Automatic backup</source>
      <translation>Automatische Datensicherung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>BACKUP</source>
      <translation>SICHERUNG</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/bank.py" />
      <source>BIC</source>
      <translation>BIC</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>Backup: {path}</source>
      <translation>Datensicherung: {path}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>Bad debt (write-off)</source>
      <translation>Forderungsverluste (Ausbuchung)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/statement.py" />
      <source>Balance</source>
      <translation>Saldo</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/statement.py" />
      <source>Balance carried forward</source>
      <translation>Saldovortrag</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/statement.py" />
      <source>Balance on {date}</source>
      <translation>Saldo am {date}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>Bank</source>
      <translation>Bank</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Bank card</source>
      <translation>Bankkarte</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>Bank transfer</source>
      <translation>Überweisung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/importing.py" />
      <source>Bank: {text}</source>
      <translation>Bank: {text}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/dunning_settings.py" />
      <source>Basiszinssatz</source>
      <translation>Basiszinssatz</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>Bcc</source>
      <translation>Bcc</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>Bcc: {addresses}</source>
      <translation>Bcc: {addresses}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Between 0 and 100 %, please.</source>
      <translation>Bitte zwischen 0 und 100 %.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Between 0 and 365 days, please.</source>
      <translation>Bitte zwischen 0 und 365 Tagen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Between 0 and 99.99 %, please.</source>
      <translation>Bitte zwischen 0 und 99,99 %.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>Birthday</source>
      <translation>Geburtstag</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/payments.py" />
      <source>Booked {amount} € on {number}; open now: {open} €.</source>
      <translation>{amount} € auf {number} gebucht; jetzt offen: {open} €.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/importing.py" />
      <source>Booked: {booked} ({total}); skipped as booked before: {skipped}; not assigned: {unassigned}.</source>
      <translation>Gebucht: {booked} ({total}); übersprungen, da bereits gebucht: {skipped}; nicht zugeordnet: {unassigned}.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/csv_banks.py" />
      <source>Booking date</source>
      <translation>Buchungstag</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/importing.py" />
      <source>Booking of {date} ({amount}, {name})</source>
      <translation>Buchung vom {date} ({amount}, {name})</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/statement.py" />
      <source>Booking of {date} undone: {reason}</source>
      <translation>Buchung vom {date} rückgängig gemacht: {reason}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/csv_banks.py" />
      <source>Booking text</source>
      <translation>Buchungstext</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/einvoice_read.py" />
      <source>Buyer</source>
      <translation>Käufer</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/documents.py" />
      <source>C</source>
      <translation>K</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>CHAR</source>
      <translation>ZEICHEN</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>COLUMN</source>
      <translation>SPALTE</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/__init__.py" />
      <source>COMMAND</source>
      <translation>BEFEHL</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/csv_banks.py" />
      <source>CSV (own column mapping)</source>
      <translation>CSV (eigene Spaltenzuordnung)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>CSV: delimiter (default: ;)</source>
      <translation>CSV: Trennzeichen (Standard: ;)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>CSV: encoding (default: utf-8-sig, UTF-8 with BOM; e.g. cp1252)</source>
      <translation>CSV: Zeichenkodierung (Standard: utf-8-sig, UTF-8 mit BOM; z. B. cp1252)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/contact.py" />
      <source>Call to {number}</source>
      <translation>Anruf bei {number}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Canary Islands general indirect tax</source>
      <translation>Kanarische Inseln (IGIC)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Cancellation invoice</source>
      <translation>Stornorechnung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Cancellation invoices</source>
      <translation>Stornorechnungen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Cancellation of invoice {number}</source>
      <translation>Storno der Rechnung {number}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/__init__.py" />
      <source>Cancelled.</source>
      <translation>Abgebrochen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>Cancelled: the payments become credit</source>
      <translation>Storniert: die Zahlungen werden Guthaben</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>Cancels</source>
      <translation>Storniert</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>Card</source>
      <translation>Karte</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/readers.py" />
      <source>Card {number}: its photo is larger than {size} MB and was not taken.</source>
      <translation>Karte {number}: Das Foto ist größer als {size} MB und wurde nicht übernommen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/printing/sales.py" />
      <source>Carried forward</source>
      <translation>Übertrag</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>Cash</source>
      <translation>bar</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>Cash discount</source>
      <translation>Skonto</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/conditions.py" />
      <source>Cash discount (%)</source>
      <translation>Skonto (%)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>Cash discount is a percentage and days: ["2", 14].</source>
      <translation>Skonto besteht aus Prozent und Tagen: ["2", 14].</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/conditions.py" />
      <source>Cash discount within (days)</source>
      <translation>Skonto innerhalb (Tage)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/documents.py" />
      <source>Category</source>
      <translation>Kategorie</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>Cc</source>
      <translation>Cc</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>Cc: {addresses}</source>
      <translation>Cc: {addresses}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Ceuta and Melilla tax</source>
      <translation>Ceuta und Melilla (IPSI)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/consent.py" />
      <source>Channel</source>
      <translation>Kanal</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Charge</source>
      <translation>Zuschlag</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Charges</source>
      <translation>Zuschläge</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>Chart of accounts</source>
      <translation>Kontenrahmen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Checked against the official rules: no errors.</source>
      <translation>Nach den amtlichen Regeln geprüft: keine Fehler.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Checked against the official rules: {count} errors.</source>
      <translation>Nach den amtlichen Regeln geprüft: {count} Fehler.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Cheque</source>
      <translation>Scheck</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/custom_fields.py" />
      <source>Choice list</source>
      <translation>Auswahlliste</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>City</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Clearing between partners</source>
      <translation>Verrechnung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>Client number</source>
      <translation>Mandantennummer</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/letters.py" />
      <source>Closing</source>
      <translation>Grußformel</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>Column {number}</source>
      <translation>Spalte {number}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/articles.py" />
      <source>Columns:</source>
      <translation>Spalten:</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>Company</source>
      <translation>Firma</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>Company addition</source>
      <translation>Firmenzusatz</translation>
    </message>
    <message>
      <location filename="../../meinbuero/store/health.py" />
      <source>Company file: {path}</source>
      <translation>Firmendatei: {path}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/settings.py" />
      <source>Company name</source>
      <translation>Firmenname</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>Company “{name}” created in {path}.</source>
      <translation>Firma „{name}“ in {path} angelegt.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/consent.py" />
      <source>Consent</source>
      <translation>Einwilligung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>Consultant number</source>
      <translation>Beraternummer</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Contact</source>
      <translation>Ansprechpartner</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>Contact person: {field}</source>
      <translation>Ansprechpartner: {field}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/suppliers.py" />
      <source>Contact: {name}</source>
      <translation>Ansprechpartner: {name}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Corrected invoice</source>
      <translation>Korrigierte Rechnung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/settings.py" />
      <source>Counting from 1 again each year needs the year in the number, otherwise numbers would repeat.</source>
      <translation>Jedes Jahr neu bei 1 zu beginnen braucht das Jahr in der Nummer, sonst wiederholen sich Nummern.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/statement.py" />
      <source>Credit</source>
      <translation>Guthaben</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/csv_banks.py" />
      <source>Credit (money in)</source>
      <translation>Haben (Eingang)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Credit card</source>
      <translation>Kreditkarte</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Credit note</source>
      <translation>Gutschrift</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/statement.py" />
      <source>Credit side</source>
      <translation>Haben</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Credit transfer</source>
      <translation>Überweisung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>Credit used</source>
      <translation>Guthaben verrechnet</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/csv_banks.py" />
      <source>Currency</source>
      <translation>Währung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/custom_fields.py" />
      <source>Custom field {slot}</source>
      <translation>Individuelles Feld {slot}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>Custom field: {label}</source>
      <translation>Individuelles Feld: {label}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>Customer</source>
      <translation>Kunde</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/conditions.py" />
      <source>Customer discount (%)</source>
      <translation>Kundenrabatt (%)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/settings.py" />
      <source>Customer group</source>
      <translation>Kundengruppe</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>Customer groups</source>
      <translation>Kundengruppen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/revenue_list.py" />
      <source>Customer no.</source>
      <translation>Kundennr.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>Customer number</source>
      <translation>Kundennummer</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/documents.py" />
      <source>Customer {number} has no documents.</source>
      <translation>Kunde {number} hat keine Dokumente.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/exporting.py" />
      <source>Customers</source>
      <translation>Kunden</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>Customers: {customers}, documents: {documents}, sales documents: {sales_documents}, invoices: {invoices}</source>
      <translation>Kunden: {customers}, Dokumente: {documents}, Verkaufsbelege: {sales_documents}, Rechnungen: {invoices}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>D</source>
      <translation>D</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/datev.py" />
      <source>DATE</source>
      <translation>DATUM</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/datev.py" />
      <source>DATEV export (Buchungsstapel) of invoices and payments</source>
      <translation>DATEV-Export (Buchungsstapel) der Rechnungen und Zahlungen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>DOC.json</source>
      <translation>BELEG.json</translation>
    </message>
    <message>
      <location filename="../../meinbuero/printing/page.py" />
      <source>DRAFT</source>
      <translation>ENTWURF</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>Data version {schema}, meinbuero {version}</source>
      <translation>Datenversion {schema}, meinbuero {version}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/store/health.py" />
      <source>Data version: {found} (current)</source>
      <translation>Datenversion: {found} (aktuell)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/store/health.py" />
      <source>Data version: {found} (is brought up to {known} when the file is next opened)</source>
      <translation>Datenversion: {found} (wird beim nächsten Öffnen auf {known} gebracht)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/store/health.py" />
      <source>Data version: {found} – newer than this program ({known}).</source>
      <translation>Datenversion: {found} – neuer als dieses Programm ({known}).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/bank.py" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>Date/time</source>
      <translation>Datum/Uhrzeit</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>Day of birth</source>
      <translation>Geburtstag (Tag)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/dunning.py" />
      <source>Days</source>
      <translation>Tage</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/open_items.py" />
      <source>Days overdue</source>
      <translation>Tage überfällig</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/dunning_settings.py" />
      <source>Days to pay</source>
      <translation>Zahlungsfrist</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/statement.py" />
      <source>Debit</source>
      <translation>Soll</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/csv_banks.py" />
      <source>Debit (money out)</source>
      <translation>Soll (Ausgang)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Debit card</source>
      <translation>Debitkarte</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Debit note</source>
      <translation>Belastungsanzeige</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Debit transfer</source>
      <translation>Lastschrift</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>Deleted: {path}</source>
      <translation>Gelöscht: {path}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Delivery date</source>
      <translation>Lieferdatum</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Delivery note</source>
      <translation>Lieferschein</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Delivery notes</source>
      <translation>Lieferscheine</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/conditions.py" />
      <source>Delivery terms</source>
      <translation>Lieferbedingungen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Delivery/service date</source>
      <translation>Liefer-/Leistungsdatum</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>Demo company created in {path}: {customers} customers, {contacts} contact persons, {notes} notes.</source>
      <translation>Demofirma in {path} angelegt: {customers} Kunden, {contacts} Ansprechpartner, {notes} Notizen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>Department</source>
      <translation>Abteilung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/articles.py" />
      <source>Description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/contact.py" />
      <source>Dialling</source>
      <translation>Wählen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Direct debit</source>
      <translation>Lastschrift</translation>
    </message>
    <message>
      <location filename="../../meinbuero/printing/sales.py" />
      <source>Disc.</source>
      <translation>Rabatt</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Discount (%)</source>
      <translation>Rabatt (%)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/documents.py" />
      <source>Document</source>
      <translation>Dokument</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>Document no.</source>
      <translation>Belegnr.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/documents.py" />
      <source>Document {id} written to {path}.</source>
      <translation>Dokument {id} nach {path} geschrieben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>Document {number} is not one of customer {customer}.</source>
      <translation>Das Dokument {number} gehört nicht zum Kunden {customer}.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/store/health.py" />
      <source>Documents: {count} files checked, OK</source>
      <translation>Dokumente: {count} Datei(en) geprüft, in Ordnung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/store/health.py" />
      <source>Documents: {count} files missing or changed</source>
      <translation>Dokumente: {count} Dateien fehlen oder sind verändert</translation>
    </message>
    <message>
      <location filename="../../meinbuero/store/health.py" />
      <source>Documents: {count} files without entry kept (written in the last minutes)</source>
      <translation>Dokumente: {count} Dateien ohne Eintrag behalten (in den letzten Minuten geschrieben)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/store/health.py" />
      <source>Documents: {count} stray files (without entry) removed</source>
      <translation>Dokumente: {count} verwaiste Dateien (ohne Eintrag) entfernt</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/letters.py" />
      <source>Draft</source>
      <translation>Entwurf</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/articles.py" />
      <source>Dry run: nothing was imported.</source>
      <translation>Probelauf: Es wurde nichts importiert.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/dunning.py" />
      <source>Dry run: {count} letters would be made.</source>
      <translation>Probelauf: {count} Schreiben würden erstellt.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/dunning.py" />
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Due date</source>
      <translation>Fällig am</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Due on {date}.</source>
      <translation>Fällig am {date}.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/conditions.py" />
      <source>Dunning block</source>
      <translation>Mahnsperre</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>Dunning letter</source>
      <translation>Mahnung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/open_items.py" />
      <source>Dunning level</source>
      <translation>Mahnstufe</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/statement.py" />
      <source>Dunning level {level}: {parts}</source>
      <translation>Mahnstufe {level}: {parts}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/dunning_settings.py" />
      <source>Dunning levels</source>
      <translation>Mahnstufen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>E-invoice written to {path}.</source>
      <translation>E-Rechnung nach {path} geschrieben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>E-invoice {number} from {seller}</source>
      <translation>E-Rechnung {number} von {seller}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>E-mail</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>E-mail account “{name}” saved.</source>
      <translation>E-Mail-Konto „{name}“ gespeichert.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>E-mail for invoices</source>
      <translation>E-Mail für Rechnungen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/contact.py" />
      <source>E-mail sent</source>
      <translation>E-Mail gesendet</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>E-mail sent to {addresses}; filed in the documents ({id}).</source>
      <translation>E-Mail an {addresses} gesendet; in den Dokumenten abgelegt ({id}).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/contact.py" />
      <source>E-mail to {address}</source>
      <translation>E-Mail an {address}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/templates.py" />
      <source>E-mail with a cancellation invoice</source>
      <translation>E-Mail mit Stornorechnung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/templates.py" />
      <source>E-mail with a delivery note</source>
      <translation>E-Mail mit Lieferschein</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/templates.py" />
      <source>E-mail with a quote</source>
      <translation>E-Mail mit Angebot</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/templates.py" />
      <source>E-mail with an invoice</source>
      <translation>E-Mail mit Rechnung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/templates.py" />
      <source>E-mail with an order confirmation</source>
      <translation>E-Mail mit Auftragsbestätigung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/contact.py" />
      <source>E-mail – {name}</source>
      <translation>E-Mail – {name}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/dunning_settings.py" />
      <source>Each entry needs a date and a rate.</source>
      <translation>Jeder Eintrag braucht ein Datum und einen Zinssatz.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Electronic address</source>
      <translation>Elektronische Adresse</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Electronic invoice ({format}) – view made by meinbuero on {date}</source>
      <translation>Elektronische Rechnung ({format}) – Ansicht erstellt von meinbuero am {date}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/email.py" />
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>Encrypted: {answer}</source>
      <translation>Verschlüsselt: {answer}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>End</source>
      <translation>Ende</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/csv_banks.py" />
      <source>End-to-end reference</source>
      <translation>End-to-End-Referenz</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>Event</source>
      <translation>Ereignis</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>Event type</source>
      <translation>Ereignisart</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Exempt from tax</source>
      <translation>Steuerbefreit</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>Export (third country)</source>
      <translation>Ausfuhr (Drittland)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Export outside the EU</source>
      <translation>Ausfuhr in ein Drittland</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Export to a non-EU country (tax-free)</source>
      <translation>Ausfuhr in ein Drittland (steuerfrei)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>Extension</source>
      <translation>Durchwahl</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/__init__.py" />
      <source>FILE</source>
      <translation>DATEI</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>FOLDER</source>
      <translation>ORDNER</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>FORMAT</source>
      <translation>FORMAT</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>Fax</source>
      <translation>Fax</translation>
    </message>
    <message>
      <location filename="../../meinbuero/printing/page.py" />
      <source>Fax {number}</source>
      <translation>Fax {number}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/dunning.py" />
      <source>Fee</source>
      <translation>Gebühr</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/documents.py" />
      <source>File type</source>
      <translation>Dateityp</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/documents.py" />
      <source>Filed in Documents: {title}</source>
      <translation>Abgelegt unter Dokumente: {title}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Final construction invoice</source>
      <translation>Schlussrechnung (Bauleistung)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/letters.py" />
      <source>Finished</source>
      <translation>Fertiggestellt</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>First name</source>
      <translation>Vorname</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>Fiscal year begins</source>
      <translation>Wirtschaftsjahresbeginn</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>Follow-up</source>
      <translation>Wiedervorlage</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>Form of address</source>
      <translation>Anrede (du/Sie)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/exporting.py" />
      <source>Form of address (du/Sie)</source>
      <translation>Du/Sie</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/salutation.py" />
      <source>Formal (Sie)</source>
      <translation>Förmlich (Sie)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>From the cancelled invoice {number}</source>
      <translation>Aus der stornierten Rechnung {number}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/documents.py" />
      <source>From: {sender}</source>
      <translation>Von: {sender}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>Full name (first and last name)</source>
      <translation>Vollständiger Name (Vor- und Nachname)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>GROUP</source>
      <translation>GRUPPE</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/layouts.py" />
      <source>Google Contacts</source>
      <translation>Google Kontakte</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/layouts.py" />
      <source>Google Contacts (old format)</source>
      <translation>Google Kontakte (altes Format)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/revenue_list.py" />
      <source>Gross</source>
      <translation>Brutto</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>Gross (€)</source>
      <translation>Brutto (€)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>Gross total</source>
      <translation>Gesamtbetrag</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/exporting.py" />
      <source>Groups</source>
      <translation>Gruppen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>HOST</source>
      <translation>SERVER</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/consent.py" />
      <source>How</source>
      <translation>Wie</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/bank.py" />
      <source>IBAN</source>
      <translation>IBAN</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/matching.py" />
      <source>IBAN of the customer, nothing open: credit</source>
      <translation>IBAN des Kunden, nichts offen: Guthaben</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/matching.py" />
      <source>IBAN of the customer; the amount differs</source>
      <translation>IBAN des Kunden; der Betrag weicht ab</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/csv_banks.py" />
      <source>IBAN of the payer / payee</source>
      <translation>IBAN des Auftraggebers / Empfängers</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/documents.py" />
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>Import of {source}</source>
      <translation>Import von {source}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>Imported: {count}</source>
      <translation>Importiert: {count}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>Imported: {imported}, updated: {updated}, unchanged: {unchanged}, skipped: {skipped}, refused: {refused}.</source>
      <translation>Importiert: {imported}, aktualisiert: {updated}, unverändert: {unchanged}, übersprungen: {skipped}, abgelehnt: {refused}.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/articles.py" />
      <source>Imported: {new} new, {updated} updated.</source>
      <translation>Importiert: {new} neu, {updated} geändert.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/salutation.py" />
      <source>Informal (du)</source>
      <translation>Persönlich (du)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/store/health.py" />
      <source>Integrity and references: OK</source>
      <translation>Integrität und Verweise: in Ordnung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/store/health.py" />
      <source>Integrity: {count} problems</source>
      <translation>Integrität: {count} Fehler</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/dunning.py" />
      <source>Interest</source>
      <translation>Zinsen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/dunning_settings.py" />
      <source>Interest points, businesses</source>
      <translation>Zinspunkte, Unternehmen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/dunning_settings.py" />
      <source>Interest points, consumers</source>
      <translation>Zinspunkte, Verbraucher</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>Interests</source>
      <translation>Interessen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>Intra-EU supply</source>
      <translation>Innergemeinschaftliche Lieferung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Intra-EU supply (tax-free)</source>
      <translation>Innergemeinschaftliche Lieferung (steuerfrei)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Intra-community supply</source>
      <translation>Innergemeinschaftliche Lieferung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/bank.py" />
      <source>Invoice</source>
      <translation>Rechnung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Invoice date</source>
      <translation>Rechnungsdatum</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/contact.py" />
      <source>Invoice e-mail</source>
      <translation>Rechnungs-E-Mail</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Invoice information for accounting purposes</source>
      <translation>Rechnungsinformation für Buchhaltungszwecke</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Invoice no.</source>
      <translation>Rechnungsnr.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/matching.py" />
      <source>Invoice number in the remittance text</source>
      <translation>Rechnungsnummer im Verwendungszweck</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Invoices</source>
      <translation>Rechnungen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/printing/sales.py" />
      <source>Item</source>
      <translation>Pos.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/printing/sales.py" />
      <source>Item name</source>
      <translation>Bezeichnung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Item no. {number}</source>
      <translation>Art.-Nr. {number}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>KIND</source>
      <translation>ART</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/backup_settings.py" />
      <source>Keep between 0 and {most} backups.</source>
      <translation>Bitte zwischen 0 und {most} Sicherungen aufbewahren.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/documents.py" />
      <source>Largest file</source>
      <translation>Größte Datei</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>Last name</source>
      <translation>Nachname</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/taxid.py" />
      <source>Leitweg-ID</source>
      <translation>Leitweg-ID</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>Letter</source>
      <translation>Brief</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>Letter salutation</source>
      <translation>Briefanrede</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>Letter “{subject}” filed and written to {path}.</source>
      <translation>Brief „{subject}“ abgelegt und nach {path} geschrieben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>Letter: {subject}</source>
      <translation>Brief: {subject}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/dunning.py" />
      <source>Level</source>
      <translation>Stufe</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/dunning_settings.py" />
      <source>Level {number}, {field}</source>
      <translation>Stufe {number}, {field}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/conditions.py" />
      <source>Limit of open invoices (€)</source>
      <translation>Limit offener Rechnungen (€)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>Line {line}: the structure does not follow the schema: {reason}</source>
      <translation>Zeile {line}: Der Aufbau entspricht nicht dem Schema: {reason}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>Line {number}</source>
      <translation>Zeile {number}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>Line {number}, {field}</source>
      <translation>Zeile {number}, {field}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/einvoice_read.py" />
      <source>Lines</source>
      <translation>Positionen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>Made from</source>
      <translation>Erstellt aus</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/suppliers.py" />
      <source>Made from the e-invoice {number}.</source>
      <translation>Angelegt aus der E-Rechnung {number}.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>Made: {when}</source>
      <translation>Erstellt: {when}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/printing/page.py" />
      <source>Managing director: {name}</source>
      <translation>Geschäftsführer: {name}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/contact.py" />
      <source>Map</source>
      <translation>Karte</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>Mapping</source>
      <translation>Zuordnung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/contact.py" />
      <source>Mobile</source>
      <translation>Mobil</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/contact.py" />
      <source>Mobile – {name}</source>
      <translation>Mobil – {name}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>Month of birth</source>
      <translation>Geburtstag (Monat)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>More cannot be paid back than was paid.</source>
      <translation>Es kann nicht mehr zurückgezahlt werden, als gezahlt wurde.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/salutation.py" />
      <source>Mr</source>
      <translation>Herr</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/salutation.py" />
      <source>Ms</source>
      <translation>Frau</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Mutually defined</source>
      <translation>Vereinbart</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>NAME</source>
      <translation>NAME</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>NO</source>
      <translation>NR</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>NUMBER</source>
      <translation>NUMMER</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>NUMBER|ID</source>
      <translation>NUMMER|ID</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/matching.py" />
      <source>Name of the customer, nothing open: credit</source>
      <translation>Name des Kunden, nichts offen: Guthaben</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/matching.py" />
      <source>Name of the customer; the amount differs</source>
      <translation>Name des Kunden; der Betrag weicht ab</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/revenue_list.py" />
      <source>Net</source>
      <translation>Netto</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>Net (€)</source>
      <translation>Netto (€)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/printing/sales.py" />
      <source>Net amount</source>
      <translation>Nettobetrag</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/revenue_list.py" />
      <source>Net export</source>
      <translation>Netto Ausfuhr</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/revenue_list.py" />
      <source>Net intra-EU supply</source>
      <translation>Netto innergem. Lieferung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/revenue_list.py" />
      <source>Net not taxable</source>
      <translation>Netto nicht steuerbar</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/articles.py" />
      <source>Net price (€)</source>
      <translation>Nettopreis (€)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/revenue_list.py" />
      <source>Net reverse charge</source>
      <translation>Netto Reverse Charge</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/revenue_list.py" />
      <source>Net small business</source>
      <translation>Netto Kleinunternehmer</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>Net total</source>
      <translation>Summe netto</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/revenue_list.py" />
      <source>Net {rate} %</source>
      <translation>Netto {rate} %</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>New custom field “{label}” ({type}) from column {column}.</source>
      <translation>Neues individuelles Feld „{label}“ ({type}) aus Spalte {column}.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>New custom fields: {names}</source>
      <translation>Neue individuelle Felder: {names}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/article_exchange.py" />
      <source>New: {new}, updated: {updated}, unchanged: {unchanged}, refused: {refused}.</source>
      <translation>Neu: {new}, geändert: {updated}, unverändert: {unchanged}, abgelehnt: {refused}.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/articles.py" />
      <source>No articles found.</source>
      <translation>Keine Artikel gefunden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>No column is assigned to a field: there is nothing to import.</source>
      <translation>Keine Spalte ist einem Feld zugeordnet – es gibt nichts zu importieren.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>No customer found for “{text}”.</source>
      <translation>Kein Kunde zu „{text}“ gefunden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>No encrypted connection to the server {host} could be made; please check the port and the security setting.</source>
      <translation>Zum Server {host} kam keine verschlüsselte Verbindung zustande; bitte prüfen Sie Port und Sicherheit.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/dunning.py" />
      <source>No invoice is due for dunning on {date}.</source>
      <translation>Am {date} ist keine Rechnung zu mahnen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>No letter was written: no customer selected has a postal address.</source>
      <translation>Es wurde kein Brief geschrieben: Kein ausgewählter Kunde hat eine Postanschrift.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/matching.py" />
      <source>No matching invoice found</source>
      <translation>Keine passende Rechnung gefunden</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/open_items.py" />
      <source>No open invoices.</source>
      <translation>Keine offenen Rechnungen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>No password is stored for {user}; give it with --password-stdin.</source>
      <translation>Für {user} ist kein Passwort gespeichert; geben Sie es mit --password-stdin an.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>No password is stored yet; give it with --password-stdin.</source>
      <translation>Es ist noch kein Passwort gespeichert; geben Sie es mit --password-stdin an.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>No sales documents found.</source>
      <translation>Keine Verkaufsbelege gefunden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>No.</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>None (unencrypted)</source>
      <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Not defined</source>
      <translation>Nicht angegeben</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/faults.py" />
      <source>Not enough memory for this; nothing was changed.</source>
      <translation>Dafür reicht der Arbeitsspeicher nicht; es wurde nichts geändert.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/__init__.py" />
      <source>Not found: {what}</source>
      <translation>Nicht gefunden: {what}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>Not imported (no field; --create-field COLUMN makes a custom field):</source>
      <translation>Nicht importiert (kein Feld; --create-field SPALTE legt ein individuelles Feld an):</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Not subject to VAT</source>
      <translation>Nicht steuerbar</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/einvoice_read.py" />
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>Notes:</source>
      <translation>Hinweise:</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>Nothing due on {date}.</source>
      <translation>Am {date} ist nichts fällig.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>Nothing is open on the invoice {number}.</source>
      <translation>Auf der Rechnung {number} ist nichts offen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/articles.py" />
      <source>Nothing was imported: please correct the refused rows and try again.</source>
      <translation>Es wurde nichts importiert: Bitte korrigieren Sie die abgelehnten Zeilen und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/open_items.py" />
      <source>Number</source>
      <translation>Zahl</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/numbering.py" />
      <source>Number range</source>
      <translation>Nummernkreis</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/datev.py" />
      <source>OUT</source>
      <translation>ZIEL</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/datev.py" />
      <source>OUT.csv</source>
      <translation>AUSGABE.csv</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>OUT.ics</source>
      <translation>DATEI.ics</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>OUT.pdf</source>
      <translation>ZIEL.pdf</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/articles.py" />
      <source>OUT.xlsx|OUT.csv</source>
      <translation>ZIEL.xlsx|ZIEL.csv</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>Objected to advertising (no letter):</source>
      <translation>Werbewiderspruch (kein Brief):</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>Only a finalised document can be sent by e-mail.</source>
      <translation>Nur ein abgeschlossenes Dokument kann per E-Mail gesendet werden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Only a finalised invoice can be cancelled.</source>
      <translation>Nur eine abgeschlossene Rechnung kann storniert werden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/send.py" />
      <source>Only a finalised invoice or cancellation invoice has an e-invoice.</source>
      <translation>Nur eine abgeschlossene Rechnung oder Stornorechnung hat eine E-Rechnung.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/contact.py" />
      <source>Only these placeholders can be used: {names}.</source>
      <translation>Nur diese Platzhalter sind möglich: {names}.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>Only {free} custom fields are free: {names} cannot become custom fields.</source>
      <translation>Nur {free} individuelle Felder sind frei: {names} können keine individuellen Felder werden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/dunning.py" />
      <source>Open</source>
      <translation>Offen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/open_items.py" />
      <source>Open (€)</source>
      <translation>Offen (€)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/open_items.py" />
      <source>Open in all: {amount} €</source>
      <translation>Offen insgesamt: {amount} €</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Order confirmation</source>
      <translation>Auftragsbestätigung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Order confirmations</source>
      <translation>Auftragsbestätigungen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Order no.</source>
      <translation>Bestellnr.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>Other</source>
      <translation>Sonstiges</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/contact.py" />
      <source>Outgoing call</source>
      <translation>Anruf ausgehend</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/layouts.py" />
      <source>Outlook (English)</source>
      <translation>Outlook (englisch)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/layouts.py" />
      <source>Outlook (German)</source>
      <translation>Outlook (deutsch)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>Overpayment of invoice {number}</source>
      <translation>Überzahlung der Rechnung {number}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/printing/page.py" />
      <source>Owner: {name}</source>
      <translation>Inhaber: {name}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>PATH</source>
      <translation>PFAD</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/send.py" />
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>PDF written to {path}.</source>
      <translation>PDF in {path} geschrieben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>PORT</source>
      <translation>PORT</translation>
    </message>
    <message>
      <location filename="../../meinbuero/printing/page.py" />
      <source>Page {page} of {pages}</source>
      <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/revenue_list.py" />
      <source>Paid</source>
      <translation>Bezahlt</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/open_items.py" />
      <source>Paid (€)</source>
      <translation>Bezahlt (€)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/statement.py" />
      <source>Paid back ({way})</source>
      <translation>Rückzahlung ({way})</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Partial construction invoice</source>
      <translation>Abschlagsrechnung (Bauleistung)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Partial final construction invoice</source>
      <translation>Teilschlussrechnung (Bauleistung)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Partial invoice</source>
      <translation>Teilrechnung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>Partner</source>
      <translation>Partner</translation>
    </message>
    <message>
      <location filename="../../meinbuero/printing/sales.py" />
      <source>Pay by code</source>
      <translation>Bezahlen per Code</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>PayPal</source>
      <translation>PayPal</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/bank.py" />
      <source>Payer / payee</source>
      <translation>Auftraggeber / Empfänger</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/einvoice_read.py" />
      <source>Payment</source>
      <translation>Zahlung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/statement.py" />
      <source>Payment ({way})</source>
      <translation>Zahlung ({way})</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/conditions.py" />
      <source>Payment due (days net)</source>
      <translation>Zahlungsziel (Tage netto)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>Payment instructions (BG-16) are missing: your IBAN, Settings &gt; My company.</source>
      <translation>Die Zahlungsanweisungen (BG-16) fehlen: Ihre IBAN, Einstellungen &gt; Meine Firma.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>Payment of {amount} on {date} ({way})</source>
      <translation>Zahlung von {amount} am {date} ({way})</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>Payment of {amount} on {date} undone: {reason}</source>
      <translation>Zahlung von {amount} vom {date} rückgängig gemacht: {reason}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/datev.py" />
      <source>Payment on account</source>
      <translation>Zahlung auf Kundenkonto</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Payment reference: {text}</source>
      <translation>Verwendungszweck: {text}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/conditions.py" />
      <source>Payment terms (text)</source>
      <translation>Zahlungsbedingungen (Text)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Payment to bank account</source>
      <translation>Zahlung auf Bankkonto</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/datev.py" />
      <source>Payment {number}</source>
      <translation>Zahlung {number}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>Payments are booked on finalised invoices.</source>
      <translation>Zahlungen werden auf abgeschlossene Rechnungen gebucht.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/statement.py" />
      <source>Payments made after {date} are not included. If you find a difference, please let us know.</source>
      <translation>Zahlungen nach dem {date} sind nicht berücksichtigt. Sollten Sie eine Abweichung feststellen, geben Sie uns bitte Bescheid.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/statement.py" />
      <source>Payments of the cancelled invoice moved to credit</source>
      <translation>Zahlungen der stornierten Rechnung ins Guthaben übertragen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>Per minute</source>
      <translation>Pro Minute</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/statement.py" />
      <source>Period</source>
      <translation>Zeitraum</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>Personal accounts</source>
      <translation>Personenkonten</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../meinbuero/printing/page.py" />
      <source>Phone {number}</source>
      <translation>Tel. {number}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/contact.py" />
      <source>Phone – {name}</source>
      <translation>Telefon – {name}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>Photo from vCard</source>
      <translation>Foto aus vCard</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>Please choose SKR03 or SKR04.</source>
      <translation>Bitte wählen Sie SKR03 oder SKR04.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/documents.py" />
      <source>Please choose a category.</source>
      <translation>Bitte eine Kategorie wählen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>Please choose a month.</source>
      <translation>Bitte wählen Sie einen Monat.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/exporting.py" />
      <source>Please choose at least one field to export.</source>
      <translation>Bitte wählen Sie mindestens ein Feld für den Export.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>Please choose how it was paid.</source>
      <translation>Bitte wählen Sie die Zahlungsart.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/csv_banks.py" />
      <source>Please choose the column of the booking date and the amount (or the debit and credit columns).</source>
      <translation>Bitte wählen Sie die Spalte des Buchungstags und des Betrags (oder die Soll- und Haben-Spalte).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>Please choose the format with --format xlsx, csv or vcf.</source>
      <translation>Bitte wählen Sie das Format mit --format xlsx, csv oder vcf.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>Please choose the type of event.</source>
      <translation>Bitte wählen Sie die Art des Ereignisses.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/documents.py" />
      <source>Please enter a name for the category.</source>
      <translation>Bitte einen Namen für die Kategorie eingeben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/settings.py" />
      <source>Please enter a name for the group.</source>
      <translation>Bitte einen Namen für die Gruppe eingeben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>Please enter a name for the mapping.</source>
      <translation>Bitte einen Namen für die Zuordnung eingeben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>Please enter a name for the type.</source>
      <translation>Bitte geben Sie einen Namen für die Art ein.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/articles.py" />
      <source>Please enter a name.</source>
      <translation>Bitte einen Namen eingeben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/conditions.py" />
      <source>Please enter a number of days (0 to 3650).</source>
      <translation>Bitte eine Zahl von Tagen eingeben (0 bis 3650).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/dunning_settings.py" />
      <source>Please enter a number of days ({low} to 365).</source>
      <translation>Bitte eine Anzahl Tage eingeben ({low} bis 365).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>Please enter a port from 1 to 65535.</source>
      <translation>Bitte geben Sie einen Port von 1 bis 65535 ein.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>Please enter a subject.</source>
      <translation>Bitte geben Sie einen Betreff ein.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/documents.py" />
      <source>Please enter a title.</source>
      <translation>Bitte einen Titel eingeben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/dunning_settings.py" />
      <source>Please enter a value from {low} to {high} with at most two decimal places.</source>
      <translation>Bitte einen Wert von {low} bis {high} mit höchstens zwei Nachkommastellen eingeben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/conditions.py" />
      <source>Please enter a value from {low} to {high}.</source>
      <translation>Bitte einen Wert von {low} bis {high} eingeben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>Please enter at least 1 mail per minute.</source>
      <translation>Bitte geben Sie mindestens 1 E-Mail pro Minute ein.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>Please enter at least one recipient.</source>
      <translation>Bitte geben Sie mindestens einen Empfänger ein.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/documents.py" />
      <source>Please enter between 1 and 100000 MB.</source>
      <translation>Bitte zwischen 1 und 100000 MB eingeben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>Please enter the SMTP server, e.g. smtp.example.com.</source>
      <translation>Bitte geben Sie den SMTP-Server ein, z. B. smtp.example.com.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>Please enter the amount paid.</source>
      <translation>Bitte geben Sie den gezahlten Betrag ein.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/payments.py" />
      <source>Please enter the amount.</source>
      <translation>Bitte geben Sie den Betrag ein.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>Please enter the company name.</source>
      <translation>Bitte den Firmennamen eingeben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/datev.py" />
      <source>Please enter the consultant and client number of your tax adviser under Einstellungen &gt; Buchhaltung first.</source>
      <translation>Bitte tragen Sie zuerst die Berater- und Mandantennummer Ihres Steuerberaters unter Einstellungen &gt; Buchhaltung ein.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/dunning_settings.py" />
      <source>Please enter the letter text.</source>
      <translation>Bitte den Text des Schreibens eingeben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>Please enter the name of the person.</source>
      <translation>Bitte den Namen der Person eingeben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>Please enter the sender address.</source>
      <translation>Bitte geben Sie die Absenderadresse ein.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Please enter what is sold.</source>
      <translation>Bitte geben Sie ein, was verkauft wird.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>Please enter when the appointment starts.</source>
      <translation>Bitte geben Sie ein, wann der Termin beginnt.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Please enter within how many days the discount holds.</source>
      <translation>Bitte geben Sie ein, innerhalb wie vieler Tage das Skonto gilt.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/settings.py" />
      <source>Please enter your company's name.</source>
      <translation>Bitte den Namen Ihrer Firma eingeben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/values.py" />
      <source>Please enter “ja” or “nein”, not “{value}”.</source>
      <translation>Bitte „ja“ oder „nein“ eingeben, nicht „{value}“.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Please finalise the document before carrying it on.</source>
      <translation>Bitte schließen Sie den Beleg ab, bevor Sie ihn weiterführen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>Please give a number such as "2.5".</source>
      <translation>Bitte geben Sie eine Zahl wie "2.5" an.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>Please give a text in quotes.</source>
      <translation>Bitte geben Sie einen Text in Anführungszeichen an.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>Please give a whole number of days.</source>
      <translation>Bitte geben Sie eine ganze Zahl von Tagen an.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>Please give either “service_date” or “service_period”, not both.</source>
      <translation>Bitte geben Sie entweder „service_date“ oder „service_period“ an, nicht beides.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>Please give the company a name (--name).</source>
      <translation>Bitte der Firma einen Namen geben (--name).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>Please give the customer's number.</source>
      <translation>Bitte geben Sie die Kundennummer an.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>Please give the text with --text-file.</source>
      <translation>Bitte geben Sie den Text mit --text-file an.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/dunning_settings.py" />
      <source>Please keep at least one level.</source>
      <translation>Mindestens eine Stufe muss bleiben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/articles.py" />
      <source>Please name the file .xlsx or .csv.</source>
      <translation>Bitte geben Sie der Datei die Endung .xlsx oder .csv.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>Please say why the payment is undone.</source>
      <translation>Bitte geben Sie an, warum die Zahlung zurückgenommen wird.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>Please set up an e-mail account first (Settings &gt; E-mail).</source>
      <translation>Bitte richten Sie zuerst ein E-Mail-Konto ein (Einstellungen &gt; E-Mail).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>Pos.</source>
      <translation>Pos.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/consent.py" />
      <source>Post</source>
      <translation>Post</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>Postcode</source>
      <translation>PLZ</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Preceding invoice</source>
      <translation>Bezug auf Rechnung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>Preferences</source>
      <translation>Vorlieben</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>Preview of the draft written to {path}.</source>
      <translation>Vorschau des Entwurfs in {path} geschrieben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/conditions.py" />
      <source>Price list</source>
      <translation>Preisliste</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>Priority</source>
      <translation>Priorität</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/exporting.py" />
      <source>Private person</source>
      <translation>Privatperson</translation>
    </message>
    <message>
      <location filename="../../meinbuero/printing/sales.py" />
      <source>Qty</source>
      <translation>Menge</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Quantity</source>
      <translation>Menge</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Quote</source>
      <translation>Angebot</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Quotes</source>
      <translation>Angebote</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>Read with the wrong code page (not repaired, --no-repair):</source>
      <translation>Mit falschem Zeichensatz gelesen (nicht repariert, --no-repair):</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/einvoice_read.py" />
      <source>Reads an e-invoice (CII or UBL; XML, or the XML embedded in a ZUGFeRD/Factur-X PDF) and prints it. With --json: an object with the keys format, type_code, number, issue_date, due_date, currency, buyer_reference, seller and buyer (name, street, additional_street, postcode, city, country, vat_id, tax_number, contact, phone, email), lines (id, name, quantity, unit_code, unit_price, net, vat_category, vat_rate), allowances_charges (charge, amount, reason, vat_category, vat_rate), tax_breakdown (category, rate, base, amount, exemption_reason), totals (line_total, allowances, charges, tax_basis, tax, grand_total, prepaid, payable) and payment (iban, skonto, terms); amounts are decimal strings as the file writes them, dates YYYY-MM-DD, what the file does not state is null.</source>
      <translation>Liest eine E-Rechnung (CII oder UBL; XML oder das in eine ZUGFeRD-/Factur-X-PDF eingebettete XML) und gibt sie aus. Mit --json: ein Objekt mit den Schlüsseln format, type_code, number, issue_date, due_date, currency, buyer_reference, seller und buyer (name, street, additional_street, postcode, city, country, vat_id, tax_number, contact, phone, email), lines (id, name, quantity, unit_code, unit_price, net, vat_category, vat_rate), allowances_charges (charge, amount, reason, vat_category, vat_rate), tax_breakdown (category, rate, base, amount, exemption_reason), totals (line_total, allowances, charges, tax_basis, tax, grand_total, prepaid, payable) und payment (iban, skonto, terms); Beträge sind Dezimalzahlen als Text, wie die Datei sie schreibt, Daten JJJJ-MM-TT, was die Datei nicht angibt, ist null.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/bank.py" />
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>Receivables (collective account)</source>
      <translation>Forderungen (Sammelkonto)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>Recognised layout: {name}</source>
      <translation>Erkanntes Format: {name}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Reference</source>
      <translation>Bezug / Ihr Zeichen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>Refused by the server: {addresses}</source>
      <translation>Vom Server abgelehnt: {addresses}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>Refused rows:</source>
      <translation>Abgelehnte Zeilen:</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>Refused: {count}</source>
      <translation>Abgelehnt: {count}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>Remarks / note</source>
      <translation>Anmerkungen / Notiz</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>Remarks, with the column's name</source>
      <translation>Anmerkungen, mit dem Spaltennamen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>Reminder</source>
      <translation>Erinnerung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/csv_banks.py" />
      <source>Remittance information</source>
      <translation>Verwendungszweck</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>Repaired (read with the wrong code page):</source>
      <translation>Repariert (mit falschem Zeichensatz gelesen):</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>Report saved in {path}.</source>
      <translation>Bericht gespeichert in {path}.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>Restored the backup of {when} into {path}.</source>
      <translation>Die Datensicherung vom {when} wurde in {path} wiederhergestellt.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>Revenue 0 % / other</source>
      <translation>Erlöse 0 % / sonstige</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>Revenue 19 %</source>
      <translation>Erlöse 19 %</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>Revenue 7 %</source>
      <translation>Erlöse 7 %</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/revenue_list.py" />
      <source>Revenue list</source>
      <translation>Umsatzliste</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/revenue_list.py" />
      <source>Revenue list {start} – {end}</source>
      <translation>Umsatzliste {start} – {end}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/revenue_list.py" />
      <source>Revenue {year} (net, invoices less cancellations): {amount} € of the small-business limit of 100.000 € ({share} %).</source>
      <translation>Umsatz {year} (netto, Rechnungen abzüglich Stornos): {amount} € von der Kleinunternehmergrenze 100.000 € ({share} %).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/revenue_list.py" />
      <source>Revenue {year}: {amount} € (limit for the prior year: 25.000 €).</source>
      <translation>Umsatz {year}: {amount} € (Grenze für das Vorjahr: 25.000 €).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/matching.py" />
      <source>Reversal by the bank</source>
      <translation>Storno der Bank</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Reverse charge</source>
      <translation>Steuerschuldnerschaft des Leistungsempfängers</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Reverse charge (§ 13b UStG)</source>
      <translation>Steuerschuldnerschaft des Leistungsempfängers (§ 13b UStG)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>Reverse charge (§ 13b)</source>
      <translation>Reverse Charge (§ 13b)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Reverse charge and intra-EU supplies need the customer's VAT ID; please enter it in the customer's address tab.</source>
      <translation>Reverse Charge und innergemeinschaftliche Lieferungen brauchen die USt-IdNr. des Kunden; bitte tragen Sie sie auf dem Reiter Adresse des Kunden ein.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>Reverse charge needs the exemption reason (BT-120).</source>
      <translation>Steuerschuldnerschaft des Leistungsempfängers braucht den Befreiungsgrund (BT-120).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>Reverse charge needs the seller's VAT ID (BT-31) and the buyer's VAT ID (BT-48).</source>
      <translation>Steuerschuldnerschaft des Leistungsempfängers braucht die USt-IdNr. des Verkäufers (BT-31) und des Käufers (BT-48).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Rounding</source>
      <translation>Rundung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>Row {line}</source>
      <translation>Zeile {line}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/article_exchange.py" />
      <source>Row {line}, column “{column}”: {reason}</source>
      <translation>Zeile {line}, Spalte „{column}“: {reason}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>Row {line}: {name} – likely duplicate of {existing} ({reason})</source>
      <translation>Zeile {line}: {name} – mögliche Dublette von {existing} ({reason})</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>Rule {rule} violated: {text}</source>
      <translation>Regel {rule} verletzt: {text}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>S</source>
      <translation>B</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>SEPA credit transfer</source>
      <translation>SEPA-Überweisung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>SEPA direct debit</source>
      <translation>SEPA-Lastschrift</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>SMTP server</source>
      <translation>SMTP-Server</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/articles.py" />
      <source>SOURCE</source>
      <translation>QUELLE</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>SSL/TLS (port 465)</source>
      <translation>SSL/TLS (Port 465)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>STARTTLS (port 587)</source>
      <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/bank.py" />
      <source>STATEMENT</source>
      <translation>KONTOAUSZUG</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>STATUS</source>
      <translation>STATUS</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>Sales document</source>
      <translation>Verkaufsbeleg</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>Salutation</source>
      <translation>Anrede</translation>
    </message>
    <message>
      <location filename="../../meinbuero/store/health.py" />
      <source>Search index: OK</source>
      <translation>Suchindex: in Ordnung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/store/health.py" />
      <source>Search index: {missing} customers missing, {stray} entries without customer</source>
      <translation>Suchindex: {missing} Kunden fehlen, {stray} Einträge ohne Kunden</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>Security</source>
      <translation>Sicherheit</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Self-billed invoice</source>
      <translation>Gutschrift (Selbstfakturierung)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/einvoice_read.py" />
      <source>Seller</source>
      <translation>Verkäufer</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>Send e-mails with</source>
      <translation>E-Mails senden mit</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>Sender address</source>
      <translation>Absenderadresse</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>Sender name</source>
      <translation>Absendername</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/conditions.py" />
      <source>Sending invoices</source>
      <translation>Rechnungsversand</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Service period</source>
      <translation>Leistungszeitraum</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Service period until</source>
      <translation>Leistungszeitraum bis</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/statement.py" />
      <source>Settled from credit</source>
      <translation>Mit Guthaben verrechnet</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>Settled from credit: {amount}</source>
      <translation>Mit Guthaben verrechnet: {amount}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/letters.py" />
      <source>Signature</source>
      <translation>Signatur</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/documents.py" />
      <source>Size</source>
      <translation>Größe</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>Skipped: {count}</source>
      <translation>Übersprungen: {count}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/statement.py" />
      <source>Skonto</source>
      <translation>Skonto</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/statement.py" />
      <source>Skonto and write-off of the cancelled invoice {number} taken back</source>
      <translation>Skonto und Abschreibung der stornierten Rechnung {number} zurückgenommen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>Skonto granted 0 %</source>
      <translation>Gewährte Skonti 0 %</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>Skonto granted 19 %</source>
      <translation>Gewährte Skonti 19 %</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>Skonto granted 7 %</source>
      <translation>Gewährte Skonti 7 %</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/datev.py" />
      <source>Skonto {rate} % {number}</source>
      <translation>Skonto {rate} % {number}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Small business (§ 19 UStG, no VAT)</source>
      <translation>Kleinunternehmer (§ 19 UStG, ohne USt.)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>Small business (§ 19)</source>
      <translation>Kleinunternehmer (§ 19)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>Social profile</source>
      <translation>Soziales Profil</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/readers.py" />
      <source>Some text looks garbled (e.g. “Ã¤” or “„” instead of umlauts): the file was probably saved with another character set. Please check the preview.</source>
      <translation>Einige Texte sehen verstümmelt aus (z. B. „Ã¤“ oder „„“ statt Umlauten): Die Datei wurde vermutlich mit einem anderen Zeichensatz gespeichert. Bitte die Vorschau prüfen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Standard (VAT charged)</source>
      <translation>Regelbesteuerung (mit USt.)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Standard rate</source>
      <translation>Regelsteuersatz</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Standing agreement</source>
      <translation>Dauerauftrag</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>Start</source>
      <translation>Beginn</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/open_items.py" />
      <source>State</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/statement.py" />
      <source>Statement of account</source>
      <translation>Kontoauszug</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/statement.py" />
      <source>Statement of account {period}</source>
      <translation>Kontoauszug {period}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/bank.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>Street</source>
      <translation>Straße</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>Subject</source>
      <translation>Betreff</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>Subtotal</source>
      <translation>Zwischensumme</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/revenue_list.py" />
      <source>Sum</source>
      <translation>Summe</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Sum of lines</source>
      <translation>Summe Positionen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/documents.py" />
      <source>T</source>
      <translation>T</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/articles.py" />
      <source>TEXT</source>
      <translation>TEXT</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>Taken without values that cannot be read:</source>
      <translation>Übernommen ohne unlesbare Werte:</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>Task</source>
      <translation>Aufgabe</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Tax case</source>
      <translation>Steuerfall</translation>
    </message>
    <message>
      <location filename="../../meinbuero/printing/page.py" />
      <source>Tax no. {number}</source>
      <translation>Steuernr. {number}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/taxid.py" />
      <source>Tax number</source>
      <translation>Steuernummer</translation>
    </message>
    <message>
      <location filename="../../meinbuero/printing/page.py" />
      <source>Tax office {name}</source>
      <translation>Finanzamt {name}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/statement.py" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The IBAN (BT-84) is not valid: Settings &gt; My company.</source>
      <translation>Die IBAN (BT-84) ist nicht gültig: Einstellungen &gt; Meine Firma.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/bank.py" />
      <source>The IBAN contains characters that do not belong there – please check the IBAN.</source>
      <translation>Die IBAN enthält Zeichen, die an dieser Stelle nicht vorkommen dürfen – bitte die IBAN prüfen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The PDF carries no e-invoice (no embedded factur-x.xml); it is a plain PDF.</source>
      <translation>Das PDF enthält keine E-Rechnung (keine eingebettete factur-x.xml); es ist ein einfaches PDF.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>The Skonto period ended on {date}; the payment came later.</source>
      <translation>Die Skontofrist endete am {date}; die Zahlung kam später.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The VAT of a rate (BT-117) is not its taxable amount × rate, rounded to cents.</source>
      <translation>Die Steuer eines Satzes (BT-117) ist nicht Bemessungsgrundlage × Satz, auf Cent gerundet.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The VAT total (BT-110) does not match the sum of the VAT of each rate (BT-117).</source>
      <translation>Die Umsatzsteuer gesamt (BT-110) stimmt nicht mit der Summe der Steuer je Satz (BT-117) überein.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>The account length is 4 to 8 digits.</source>
      <translation>Die Sachkontenlänge beträgt 4 bis 8 Stellen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/bank.py" />
      <source>The account number in the IBAN is not valid for this bank – please check the IBAN.</source>
      <translation>Die Kontonummer in der IBAN ist für diese Bank nicht gültig – bitte die IBAN prüfen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The amount due (BT-115) does not match the total less prepaid amounts.</source>
      <translation>Der Zahlbetrag (BT-115) stimmt nicht mit dem Gesamtbetrag abzüglich Anzahlungen überein.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>The amount is too large.</source>
      <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>The appointment cannot end before it starts.</source>
      <translation>Der Termin kann nicht enden, bevor er beginnt.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>The article no longer exists.</source>
      <translation>Den Artikel gibt es nicht mehr.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/articles.py" />
      <source>The article number {number} is taken.</source>
      <translation>Die Artikelnummer {number} ist schon vergeben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/article_exchange.py" />
      <source>The article number {number} was in row {line} already.</source>
      <translation>Die Artikelnummer {number} stand schon in Zeile {line}.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/articles.py" />
      <source>The article {number} is used in sales documents and cannot be deleted; archive it instead.</source>
      <translation>Der Artikel {number} steht in Verkaufsbelegen und kann nicht gelöscht werden; archivieren Sie ihn stattdessen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/backup.py" />
      <source>The backup could not be restored to {path}: {reason}</source>
      <translation>Die Datensicherung konnte nicht nach {path} wiederhergestellt werden: {reason}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/backup.py" />
      <source>The backup could not be written to {folder}: {reason}</source>
      <translation>Die Datensicherung konnte nicht in {folder} geschrieben werden: {reason}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/backup_settings.py" />
      <source>The backup folder {folder} cannot be reached (a USB stick not plugged in, a network drive offline?); nothing was backed up.</source>
      <translation>Der Sicherungsordner {folder} ist nicht erreichbar (USB-Stick nicht eingesteckt, Netzlaufwerk offline?); es wurde nichts gesichert.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/backup_settings.py" />
      <source>The backup into {folder} failed: {reason}</source>
      <translation>Die Datensicherung in {folder} ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/backup.py" />
      <source>The backup {name} cannot be read: {reason}</source>
      <translation>Die Datensicherung {name} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>The backup {name} is complete and undamaged.</source>
      <translation>Die Datensicherung {name} ist vollständig und unbeschädigt.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/backup.py" />
      <source>The backup {name} is damaged or incomplete and cannot be used.</source>
      <translation>Die Datensicherung {name} ist beschädigt oder unvollständig und kann nicht verwendet werden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/backup.py" />
      <source>The backup {name} is protected by a password.</source>
      <translation>Die Datensicherung {name} ist mit einem Passwort geschützt.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/backup.py" />
      <source>The backup {name} was made by a newer version of meinbuero (data version {found}; this program knows up to {known}). Please update meinbuero.</source>
      <translation>Die Datensicherung {name} wurde von einer neueren Version von meinbuero erstellt (Datenversion {found}; dieses Programm kennt bis {known}). Bitte aktualisieren Sie meinbuero.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/backup.py" />
      <source>The backup {name} was made by a newer version of meinbuero; please update meinbuero.</source>
      <translation>Die Datensicherung {name} wurde von einer neueren Version von meinbuero erstellt; bitte aktualisieren Sie meinbuero.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/backup.py" />
      <source>The backup {path} does not exist.</source>
      <translation>Die Datensicherung {path} gibt es nicht.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The buyer reference (BT-10) is missing: the Leitweg-ID in the customer's Konditionen.</source>
      <translation>Die Käuferreferenz (BT-10) fehlt: die Leitweg-ID in den Konditionen des Kunden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The buyer's city (BT-52) is missing: the customer's address.</source>
      <translation>Der Ort des Käufers (BT-52) fehlt: Adresse des Kunden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The buyer's country (BT-55) is missing: the customer's address.</source>
      <translation>Das Land des Käufers (BT-55) fehlt: Adresse des Kunden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The buyer's electronic address (BT-49) is missing: the customer's e-mail or Leitweg-ID.</source>
      <translation>Die elektronische Adresse des Käufers (BT-49) fehlt: E-Mail oder Leitweg-ID des Kunden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The buyer's name (BT-44) is missing: the customer's address.</source>
      <translation>Der Name des Käufers (BT-44) fehlt: Adresse des Kunden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The buyer's postal address (BG-8) is missing: the customer's address.</source>
      <translation>Die Anschrift des Käufers (BG-8) fehlt: Adresse des Kunden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The buyer's postcode (BT-53) is missing: the customer's address.</source>
      <translation>Die PLZ des Käufers (BT-53) fehlt: Adresse des Kunden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The cash discount is not in the form #SKONTO#TAGE=14#PROZENT=2.00# with a line break at the end (BT-20).</source>
      <translation>Das Skonto steht nicht in der Form #SKONTO#TAGE=14#PROZENT=2.00# mit Zeilenumbruch am Ende (BT-20).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/conditions.py" />
      <source>The cash discount period cannot be longer than the payment period.</source>
      <translation>Die Skontofrist kann nicht länger sein als das Zahlungsziel.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/documents.py" />
      <source>The category “{name}” is used by {count} documents and cannot be deleted; hide it instead.</source>
      <translation>Die Kategorie „{name}“ wird von {count} Dokumenten verwendet und kann nicht gelöscht werden; bitte stattdessen ausblenden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>The certificate of the server {host} is not trusted ({reason}); no connection was made, to keep the password safe.</source>
      <translation>Das Zertifikat des Servers {host} ist nicht vertrauenswürdig ({reason}); zum Schutz des Passworts wurde keine Verbindung aufgebaut.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/bank.py" />
      <source>The check digit does not match – please check the IBAN.</source>
      <translation>Die Prüfziffer stimmt nicht – bitte die IBAN prüfen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/taxid.py" />
      <source>The check digit of “{value}” does not match – please check the VAT ID for mistyped or swapped digits.</source>
      <translation>Die Prüfziffer von „{value}“ stimmt nicht – bitte die USt-IdNr. auf Tippfehler und Zahlendreher prüfen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/taxid.py" />
      <source>The check digits of “{value}” do not match – please check the Leitweg-ID for mistyped or swapped digits.</source>
      <translation>Die Prüfziffern von „{value}“ stimmen nicht – bitte die Leitweg-ID auf Tippfehler oder vertauschte Ziffern prüfen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/custom_fields.py" />
      <source>The choice “{choice}” is still in use and cannot be removed.</source>
      <translation>Der Eintrag „{choice}“ wird noch verwendet und kann nicht entfernt werden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>The client number has 1 to 5 digits (1–99999).</source>
      <translation>Die Mandantennummer hat 1 bis 5 Ziffern (1–99999).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/letters.py" />
      <source>The closing is too long (200 characters).</source>
      <translation>Die Grußformel ist zu lang (200 Zeichen).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/demo.py" />
      <source>The company file already contains customers. A demo company can only be created in an empty company file.</source>
      <translation>Die Firmendatei enthält bereits Kunden. Eine Demofirma kann nur in einer leeren Firmendatei angelegt werden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/faults.py" />
      <source>The company file cannot be opened (is its folder still there?).</source>
      <translation>Die Firmendatei kann nicht geöffnet werden (gibt es ihren Ordner noch?).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/faults.py" />
      <source>The company file could not be changed; nothing was changed.</source>
      <translation>Die Firmendatei konnte nicht geändert werden; es wurde nichts geändert.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/faults.py" />
      <source>The company file is damaged; nothing was changed. Please restore a backup (Datei &gt; Datensicherung).</source>
      <translation>Die Firmendatei ist beschädigt; es wurde nichts geändert. Bitte stellen Sie eine Datensicherung wieder her (Datei &gt; Datensicherung).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/faults.py" />
      <source>The company file is damaged; nothing was written to it. Please restore a backup (Datei &gt; Datensicherung).</source>
      <translation>Die Firmendatei ist beschädigt; es wurde nichts hineingeschrieben. Bitte stellen Sie eine Datensicherung wieder her (Datei &gt; Datensicherung).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/faults.py" />
      <source>The company file is write-protected; nothing was changed.</source>
      <translation>Die Firmendatei ist schreibgeschützt; es wurde nichts geändert.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/store/database.py" />
      <source>The company file {name} cannot be read: {reason}</source>
      <translation>Die Firmendatei {name} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/store/database.py" />
      <source>The company file {name} could not be brought up to date ({reason}). It was left unchanged.</source>
      <translation>Die Firmendatei {name} konnte nicht auf den neuen Stand gebracht werden ({reason}). Sie blieb unverändert.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/backup.py" />
      <source>The company file {name} exists already; restore into a new file, or replace it with --force (it is backed up first).</source>
      <translation>Die Firmendatei {name} gibt es schon; stellen Sie in eine neue Datei wieder her oder ersetzen Sie sie mit --force (sie wird vorher gesichert).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/backup.py" />
      <source>The company file {name} is damaged and cannot be opened.</source>
      <translation>Die Firmendatei {name} ist beschädigt und kann nicht geöffnet werden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/backup.py" />
      <source>The company file {name} is open in another window or program; close it first.</source>
      <translation>Die Firmendatei {name} ist in einem anderen Fenster oder Programm geöffnet; schließen Sie sie zuerst.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/store/database.py" />
      <source>The company file {name} is write-protected, and this version of meinbuero must bring it up to date first. Please remove the write protection.</source>
      <translation>Die Firmendatei {name} ist schreibgeschützt, und diese Version von meinbuero muss sie zuerst aktualisieren. Bitte heben Sie den Schreibschutz auf.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/backup.py" />
      <source>The company file {path} does not exist.</source>
      <translation>Die Firmendatei {path} gibt es nicht.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/accounting.py" />
      <source>The consultant number has 4 to 7 digits (1001–9999999).</source>
      <translation>Die Beraternummer hat 4 bis 7 Ziffern (1001–9999999).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>The contact person no longer exists.</source>
      <translation>Den Ansprechpartner gibt es nicht mehr.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>The credit has been used already; undo its use first.</source>
      <translation>Das Guthaben wurde bereits verrechnet; machen Sie zuerst die Verrechnung rückgängig.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>The customer has no credit to use.</source>
      <translation>Der Kunde hat kein Guthaben zum Verrechnen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/letters.py" />
      <source>The customer has no postal address (street and town).</source>
      <translation>Der Kunde hat keine Postanschrift (Straße und Ort).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>The customer is no longer in this company file.</source>
      <translation>Der Kunde ist nicht mehr in dieser Firmendatei.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>The customer no longer exists.</source>
      <translation>Den Kunden gibt es nicht mehr.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>The customer number {number} is taken.</source>
      <translation>Die Kundennummer {number} ist schon vergeben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>The date lies before that of {number} ({date}), which is issued already; please date the document {date} or later.</source>
      <translation>Das Datum liegt vor dem von {number} ({date}), das schon ausgestellt ist; bitte datieren Sie den Beleg auf den {date} oder später.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/consent.py" />
      <source>The date lies in the future.</source>
      <translation>Das Datum liegt in der Zukunft.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>The delimiter must be one character.</source>
      <translation>Das Trennzeichen muss ein einzelnes Zeichen sein.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/faults.py" />
      <source>The disk is full: {name} could not be written.</source>
      <translation>Der Datenträger ist voll: {name} konnte nicht geschrieben werden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/faults.py" />
      <source>The disk is full; nothing was changed. Please make room and try again.</source>
      <translation>Der Datenträger ist voll; es wurde nichts geändert. Bitte schaffen Sie Platz und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>The document has no position.</source>
      <translation>Der Beleg hat keine Position.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>The document is no longer in this company file.</source>
      <translation>Der Beleg ist nicht mehr in dieser Firmendatei.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>The document no longer exists.</source>
      <translation>Das Dokument gibt es nicht mehr.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>The draft no longer exists.</source>
      <translation>Den Entwurf gibt es nicht mehr.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/send.py" />
      <source>The e-invoice does not pass the official validation:</source>
      <translation>Die E-Rechnung besteht die offizielle Prüfung nicht:</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/send.py" />
      <source>The e-invoice needs the customer's postcode and city.</source>
      <translation>Die E-Rechnung braucht PLZ und Ort des Kunden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/send.py" />
      <source>The e-invoice needs your IBAN for the payment details (Settings &gt; My company).</source>
      <translation>Die E-Rechnung braucht Ihre IBAN für die Zahlungsangaben (Einstellungen &gt; Meine Firma).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>The e-mail account no longer exists.</source>
      <translation>Das E-Mail-Konto gibt es nicht mehr.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>The e-mail was kept as a draft.</source>
      <translation>Die E-Mail wurde als Entwurf gespeichert.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/contact.py" />
      <source>The entry no longer exists.</source>
      <translation>Den Eintrag gibt es nicht mehr.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/custom_fields.py" />
      <source>The field already holds values for {count} customers; its type can no longer change.</source>
      <translation>Das Feld hat schon Werte bei {count} Kunden; sein Typ kann nicht mehr geändert werden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>The file</source>
      <translation>Die Datei</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The file is no e-invoice: neither a CII (ZUGFeRD, XRechnung) nor a UBL invoice (it begins with &lt;{element}&gt;).</source>
      <translation>Die Datei ist keine E-Rechnung: weder CII (ZUGFeRD, XRechnung) noch UBL (sie beginnt mit &lt;{element}&gt;).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The file is not readable XML: {reason}</source>
      <translation>Die Datei ist kein lesbares XML: {reason}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/documents.py" />
      <source>The file of “{title}” is missing from the document store.</source>
      <translation>Die Datei von „{title}“ fehlt im Dokumentenspeicher.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/readers.py" />
      <source>The file was written in the old DOS character set (code page 850); umlauts were converted. Please check them in the preview.</source>
      <translation>Die Datei ist im alten DOS-Zeichensatz (Codepage 850) geschrieben; die Umlaute wurden umgewandelt. Bitte in der Vorschau prüfen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>The file {name} does not exist.</source>
      <translation>Die Datei {name} gibt es nicht.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/importing.py" />
      <source>The file {name} is empty.</source>
      <translation>Die Datei {name} ist leer.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/exporting.py" />
      <source>The file {path} cannot be written. Is it open in another program (e.g. Excel), or may you not write in this folder? Close it or choose another file.</source>
      <translation>Die Datei {path} kann nicht geschrieben werden. Ist sie in einem anderen Programm (z. B. Excel) geöffnet, oder fehlt die Berechtigung für diesen Ordner? Schließen Sie die Datei oder wählen Sie eine andere.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>The file {path} exists already.</source>
      <translation>Die Datei {path} gibt es schon.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/faults.py" />
      <source>The folder of {name} does not exist.</source>
      <translation>Den Ordner von {name} gibt es nicht.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/documents.py" />
      <source>The folder {path} does not exist.</source>
      <translation>Den Ordner {path} gibt es nicht.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/settings.py" />
      <source>The group “{name}” still has {count} customers and cannot be deleted.</source>
      <translation>Die Gruppe „{name}“ hat noch {count} Kunden und kann nicht gelöscht werden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>The import is complete, but its report could not be saved: {reason}</source>
      <translation>Der Import ist abgeschlossen, aber sein Bericht konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The invoice has no line (BG-25).</source>
      <translation>Die Rechnung hat keine Position (BG-25).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The invoice number (BT-1) is missing.</source>
      <translation>Die Rechnungsnummer (BT-1) fehlt.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>The invoice {number} is cancelled already.</source>
      <translation>Die Rechnung {number} ist schon storniert.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>The invoice {number} is cancelled and its payments became credit; undo nothing here, pay the credit back instead.</source>
      <translation>Die Rechnung {number} ist storniert, ihre Zahlungen sind Guthaben geworden; hier wird nichts rückgängig gemacht, zahlen Sie stattdessen das Guthaben zurück.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>The invoice {number} is cancelled; book the payment as credit of the customer.</source>
      <translation>Die Rechnung {number} ist storniert; buchen Sie die Zahlung als Guthaben des Kunden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>The invoice {number} is paid in full already.</source>
      <translation>Die Rechnung {number} ist bereits vollständig bezahlt.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/custom_fields.py" />
      <source>The label is too long (60 characters).</source>
      <translation>Die Bezeichnung ist zu lang (60 Zeichen).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/templates.py" />
      <source>The last template of a kind cannot be deleted.</source>
      <translation>Die letzte Vorlage einer Art kann nicht gelöscht werden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/letters.py" />
      <source>The letter has neither a subject nor a text.</source>
      <translation>Der Brief hat weder Betreff noch Text.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/letters.py" />
      <source>The letter is finished and can no longer be changed.</source>
      <translation>Der Brief ist fertiggestellt und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/letters.py" />
      <source>The letter no longer exists.</source>
      <translation>Den Brief gibt es nicht mehr.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>The lines are a list [{…}, {…}].</source>
      <translation>Die Positionen sind eine Liste [{…}, {…}].</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>The mapping file {name} cannot be read.</source>
      <translation>Die Zuordnungsdatei {name} kann nicht gelesen werden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/templates.py" />
      <source>The name is too long (100 characters).</source>
      <translation>Der Name ist zu lang (100 Zeichen).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/letters.py" />
      <source>The name is too long (200 characters).</source>
      <translation>Der Name ist zu lang (200 Zeichen).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>The name is too long.</source>
      <translation>Der Name ist zu lang.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/settings.py" />
      <source>The next number cannot go back below {number}: numbers already given out are never given again.</source>
      <translation>Die nächste Nummer kann nicht unter {number} zurückgehen: Vergebene Nummern werden nie wieder vergeben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/numbering.py" />
      <source>The next number is {value}, but it must be at least 1 – please enter a positive number.</source>
      <translation>Die nächste Nummer ist {value}, sie muss aber mindestens 1 sein – bitte eine positive Zahl eingeben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/notes.py" />
      <source>The note is empty.</source>
      <translation>Die Notiz ist leer.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>The number of customers cannot be negative.</source>
      <translation>Die Zahl der Kunden kann nicht negativ sein.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>The number of days cannot be negative.</source>
      <translation>Die Anzahl der Tage kann nicht negativ sein.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/numbering.py" />
      <source>The number of digits is {value}, but it must be between 1 and {maximum} – please choose a width in that range.</source>
      <translation>Die Stellenzahl ist {value}, sie muss aber zwischen 1 und {maximum} liegen – bitte eine Stellenzahl in diesem Bereich wählen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>The number of years cannot be negative.</source>
      <translation>Die Zahl der Jahre kann nicht negativ sein.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/settings.py" />
      <source>The number range already counts in {current}; a document dated {year} cannot get a number from it any more.</source>
      <translation>Der Nummernkreis zählt schon im Jahr {current}; ein Beleg mit Datum im Jahr {year} kann keine Nummer mehr daraus bekommen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/datev.py" />
      <source>The number {number} does not fit DATEV's Belegfeld 1 (at most 12 characters: letters, digits and $ &amp; % * + - /). Please shorten the number range under Stammdaten &gt; Nummernkreise; numbers already given stay as they are, so export those invoices by hand.</source>
      <translation>Die Nummer {number} passt nicht in das DATEV-Belegfeld 1 (höchstens 12 Zeichen: Buchstaben, Ziffern und $ &amp; % * + - /). Bitte kürzen Sie den Nummernkreis unter Stammdaten &gt; Nummernkreise; bereits vergebene Nummern bleiben, wie sie sind – diese Rechnungen bitte von Hand übergeben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/contact.py" />
      <source>The number “{number}” could not be read as a phone number; it is dialled as typed and may not connect.</source>
      <translation>Die Nummer „{number}“ konnte nicht als Telefonnummer gelesen werden; sie wird so gewählt, wie sie eingegeben wurde, und kommt vielleicht nicht zustande.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>The password file {name} is empty.</source>
      <translation>Die Passwortdatei {name} ist leer.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/backup.py" />
      <source>The password for the backup {name} is wrong.</source>
      <translation>Das Passwort für die Datensicherung {name} ist falsch.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>The password is kept in the system's password store.</source>
      <translation>Das Passwort ist im Passwortspeicher des Systems abgelegt.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/backup.py" />
      <source>The password must not be empty.</source>
      <translation>Das Passwort darf nicht leer sein.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>The payment covers the invoice; no Skonto is taken.</source>
      <translation>Die Zahlung deckt die Rechnung; es wird kein Skonto abgezogen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>The payment is no longer in this company file.</source>
      <translation>Die Zahlung ist nicht mehr in dieser Firmendatei.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/datev.py" />
      <source>The period ends before it begins.</source>
      <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/numbering.py" />
      <source>The prefix “{value}” contains a space – please remove it.</source>
      <translation>Das Präfix „{value}“ enthält ein Leerzeichen – bitte entfernen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/numbering.py" />
      <source>The prefix “{value}” has {length} characters, but at most {maximum} are allowed – please shorten it.</source>
      <translation>Das Präfix „{value}“ hat {length} Zeichen, erlaubt sind höchstens {maximum} – bitte kürzen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>The previous company file was backed up to {path}.</source>
      <translation>Die bisherige Firmendatei wurde in {path} gesichert.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>The priority is 1 (high), 2 (normal) or 3 (low).</source>
      <translation>Die Priorität ist 1 (hoch), 2 (normal) oder 3 (niedrig).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/letters.py" />
      <source>The recipient objected to advertising by post.</source>
      <translation>Der Empfänger hat Werbung per Post widersprochen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>The recipient's address is missing.</source>
      <translation>Die Anschrift des Empfängers fehlt.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/revenue_list.py" />
      <source>The revenue list is written as .xlsx or .pdf, not as “{suffix}”.</source>
      <translation>Die Umsatzliste wird als .xlsx oder .pdf geschrieben, nicht als „{suffix}“.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>The sales document no longer exists.</source>
      <translation>Den Verkaufsbeleg gibt es nicht mehr.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The seller needs a VAT ID (BT-31) or another identifier: Settings &gt; My company.</source>
      <translation>Der Verkäufer braucht eine USt-IdNr. (BT-31) oder eine andere Kennung: Einstellungen &gt; Meine Firma.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The seller's VAT ID or tax number (BT-31/BT-32) is missing: Settings &gt; My company.</source>
      <translation>USt-IdNr. oder Steuernummer des Verkäufers (BT-31/BT-32) fehlen: Einstellungen &gt; Meine Firma.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The seller's city (BT-37) is missing: Settings &gt; My company.</source>
      <translation>Der Ort des Verkäufers (BT-37) fehlt: Einstellungen &gt; Meine Firma.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The seller's contact (BG-6) is missing: Settings &gt; My company.</source>
      <translation>Der Kontakt des Verkäufers (BG-6) fehlt: Einstellungen &gt; Meine Firma.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The seller's contact name (BT-41) is missing: your name in the settings.</source>
      <translation>Der Ansprechpartner des Verkäufers (BT-41) fehlt: Ihr Name in den Einstellungen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The seller's country (BT-40) is missing: Settings &gt; My company.</source>
      <translation>Das Land des Verkäufers (BT-40) fehlt: Einstellungen &gt; Meine Firma.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The seller's e-mail (BT-43) is missing: Settings &gt; My company.</source>
      <translation>Die E-Mail des Verkäufers (BT-43) fehlt: Einstellungen &gt; Meine Firma.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The seller's electronic address (BT-34) is missing: your e-mail, Settings &gt; My company.</source>
      <translation>Die elektronische Adresse des Verkäufers (BT-34) fehlt: Ihre E-Mail, Einstellungen &gt; Meine Firma.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The seller's name (BT-27) is missing: Settings &gt; My company.</source>
      <translation>Der Name des Verkäufers (BT-27) fehlt: Einstellungen &gt; Meine Firma.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The seller's phone (BT-42) is missing: Settings &gt; My company.</source>
      <translation>Das Telefon des Verkäufers (BT-42) fehlt: Einstellungen &gt; Meine Firma.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The seller's postal address (BG-5) is missing: Settings &gt; My company.</source>
      <translation>Die Anschrift des Verkäufers (BG-5) fehlt: Einstellungen &gt; Meine Firma.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The seller's postcode (BT-38) is missing: Settings &gt; My company.</source>
      <translation>Die PLZ des Verkäufers (BT-38) fehlt: Einstellungen &gt; Meine Firma.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>The server {host} cannot be reached on port {port}; please check the server, the port and the internet connection.</source>
      <translation>Der Server {host} ist über Port {port} nicht erreichbar; bitte prüfen Sie Server, Port und Internetverbindung.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>The server {host} closed the connection unexpectedly.</source>
      <translation>Der Server {host} hat die Verbindung unerwartet beendet.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>The server {host} does not accept the address {address}.</source>
      <translation>Der Server {host} nimmt die Adresse {address} nicht an.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>The server {host} does not accept the sender address {address}.</source>
      <translation>Der Server {host} nimmt die Absenderadresse {address} nicht an.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>The server {host} does not answer (timed out).</source>
      <translation>Der Server {host} antwortet nicht (Zeitüberschreitung).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>The server {host} offers no STARTTLS; please choose the security SSL/TLS or ask your provider.</source>
      <translation>Der Server {host} bietet kein STARTTLS an; bitte wählen Sie die Sicherheit SSL/TLS oder fragen Sie Ihren Anbieter.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>The server {host} offers no login; please check the security setting.</source>
      <translation>Der Server {host} bietet keine Anmeldung an; bitte prüfen Sie die Sicherheit.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>The server {host} refused the e-mail: {code} {text}</source>
      <translation>Der Server {host} hat die E-Mail abgelehnt: {code} {text}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>The server {host} refused the e-mail: {text}</source>
      <translation>Der Server {host} hat die E-Mail abgelehnt: {text}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>The server {host} refused the login: the user name or the password is wrong.</source>
      <translation>Der Server {host} hat die Anmeldung abgelehnt: Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>The server {host} was not found; please check its name and the internet connection.</source>
      <translation>Der Server {host} wurde nicht gefunden; bitte prüfen Sie den Namen und die Internetverbindung.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The specification identifier (BT-24) is missing.</source>
      <translation>Die Spezifikationskennung (BT-24) fehlt.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The specification identifier (BT-24) is not that of XRechnung 3.0.</source>
      <translation>Die Spezifikationskennung (BT-24) ist nicht die der XRechnung 3.0.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/letters.py" />
      <source>The subject is too long (300 characters).</source>
      <translation>Der Betreff ist zu lang (300 Zeichen).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The sum of the lines does not match: the sum of line net amounts (BT-106) must be the sum of the lines' net amounts (BT-131).</source>
      <translation>Summe der Positionen stimmt nicht: Die Summe der Nettobeträge (BT-106) muss die Summe der Positions-Nettobeträge (BT-131) sein.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>The tax case is “small business”, but your company is not marked as a small business (Settings &gt; My company).</source>
      <translation>Der Steuerfall ist „Kleinunternehmer“, aber Ihre Firma ist nicht als Kleinunternehmer eingetragen (Einstellungen &gt; Meine Firma).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The taxable amount of a VAT rate (BT-116) does not match the sum of its lines.</source>
      <translation>Die Bemessungsgrundlage eines Steuersatzes (BT-116) stimmt nicht mit der Summe seiner Positionen überein.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The total with VAT (BT-112) does not match the total without VAT plus the VAT.</source>
      <translation>Der Gesamtbetrag mit USt. (BT-112) stimmt nicht mit Nettobetrag plus Umsatzsteuer überein.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/validate.py" />
      <source>The total without VAT (BT-109) does not match the sum of the lines minus allowances plus charges.</source>
      <translation>Der Gesamtbetrag ohne USt. (BT-109) stimmt nicht mit der Summe der Positionen abzüglich Nachlässe zuzüglich Zuschläge überein.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>The type “{name}” is used by {count} events and cannot be deleted; hide it instead.</source>
      <translation>Die Art „{name}“ wird von {count} Ereignissen verwendet und kann nicht gelöscht werden; blenden Sie sie stattdessen aus.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>The validity has not been checked.</source>
      <translation>Die Gültigkeit wurde nicht geprüft.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/conditions.py" />
      <source>The value cannot be negative.</source>
      <translation>Der Wert kann nicht negativ sein.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/birthday.py" />
      <source>The year {year} is not a plausible year of birth – please enter a year from {earliest} on.</source>
      <translation>Das Jahr {year} ist als Geburtsjahr nicht plausibel – bitte ein Jahr ab {earliest} eingeben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/birthday.py" />
      <source>The year {year} is not possible – please check the year.</source>
      <translation>Das Jahr {year} ist nicht möglich – bitte das Jahr prüfen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>There is no article {number}.</source>
      <translation>Es gibt keinen Artikel {number}.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>There is no customer {number}.</source>
      <translation>Es gibt keinen Kunden {number}.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>There is no group “{name}”.</source>
      <translation>Es gibt keine Gruppe „{name}“.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>There is no sales document {number}.</source>
      <translation>Einen Verkaufsbeleg {number} gibt es nicht.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>There is no saved mapping “{name}”.</source>
      <translation>Es gibt keine gespeicherte Zuordnung „{name}“.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/birthday.py" />
      <source>There is no {date} – please check day and month.</source>
      <translation>Den {date} gibt es nicht – bitte Tag und Monat prüfen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>These customer groups do not exist yet and will be created: {names}</source>
      <translation>Diese Kundengruppen gibt es noch nicht, sie werden angelegt: {names}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/datev.py" />
      <source>These customer numbers give no DATEV debtor account (10000–69999): {numbers}. Book them on the collective receivables account (Einstellungen &gt; Buchhaltung) or give the customers numeric numbers.</source>
      <translation>Diese Kundennummern ergeben kein DATEV-Debitorenkonto (10000–69999): {numbers}. Buchen Sie auf das Sammelkonto Forderungen (Einstellungen &gt; Buchhaltung) oder geben Sie den Kunden numerische Nummern.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>This PC has no password store (keyring) the program can use: the password is not saved and will be asked for each time an e-mail is sent.</source>
      <translation>Auf diesem PC gibt es keinen Passwortspeicher (Schlüsselbund), den das Programm nutzen kann: Das Passwort wird nicht gespeichert und bei jedem Senden abgefragt.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/documents.py" />
      <source>This PDF is a dunning letter; it is kept as it was sent and cannot be changed.</source>
      <translation>Dieses PDF ist eine Mahnung; es bleibt so, wie es verschickt wurde, und kann nicht geändert werden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/documents.py" />
      <source>This PDF is the issued document {number}; it is kept as it was sent and cannot be changed or deleted.</source>
      <translation>Dieses PDF ist der ausgestellte Beleg {number}; es bleibt so, wie es verschickt wurde, und kann nicht geändert oder gelöscht werden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>This bank booking has been booked already.</source>
      <translation>Diese Bankbuchung wurde bereits gebucht.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>This booking belongs to another one; undo that one.</source>
      <translation>Diese Buchung gehört zu einer anderen; machen Sie jene rückgängig.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/custom_fields.py" />
      <source>This field is not defined.</source>
      <translation>Dieses Feld ist nicht eingerichtet.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>This invoice grants no Skonto.</source>
      <translation>Diese Rechnung gewährt kein Skonto.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>This payment has been undone already.</source>
      <translation>Diese Zahlung wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>This status does not fit this kind of document.</source>
      <translation>Dieser Status passt nicht zu dieser Belegart.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/layouts.py" />
      <source>Thunderbird (English)</source>
      <translation>Thunderbird (englisch)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/layouts.py" />
      <source>Thunderbird (German)</source>
      <translation>Thunderbird (deutsch)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/documents.py" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>To</source>
      <translation>An</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>To: {addresses}</source>
      <translation>An: {addresses}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/dunning.py" />
      <source>Total</source>
      <translation>Gesamt</translation>
    </message>
    <message>
      <location filename="../../meinbuero/printing/sales.py" />
      <source>Total amount</source>
      <translation>Gesamtbetrag</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Totals</source>
      <translation>Summen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>Type</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>USER</source>
      <translation>BENUTZER</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>Unchanged: {count}</source>
      <translation>Unverändert: {count}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/datev.py" />
      <source>Undone: {booking}</source>
      <translation>Rückgängig: {booking}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/__init__.py" />
      <source>Unexpected error ({kind}): {error}</source>
      <translation>Unerwarteter Fehler ({kind}): {error}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/printing/sales.py" />
      <source>Unit</source>
      <translation>Einheit</translation>
    </message>
    <message>
      <location filename="../../meinbuero/printing/sales.py" />
      <source>Unit price</source>
      <translation>Einzelpreis</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/documents.py" />
      <source>Unknown category “{name}” (known: {known})</source>
      <translation>Unbekannte Kategorie „{name}“ (bekannt: {known})</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/consent.py" />
      <source>Unknown channel.</source>
      <translation>Unbekannter Kanal.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/send.py" />
      <source>Unknown choice “{value}”.</source>
      <translation>Unbekannte Auswahl „{value}“.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>Unknown choice.</source>
      <translation>Unbekannte Auswahl.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/send.py" />
      <source>Unknown e-invoice format “{value}”.</source>
      <translation>Unbekanntes E-Rechnungsformat „{value}“.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>Unknown encoding “{name}”.</source>
      <translation>Unbekannte Zeichenkodierung „{name}“.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/custom_fields.py" />
      <source>Unknown field type.</source>
      <translation>Unbekannter Feldtyp.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>Unknown field “{name}”.</source>
      <translation>Unbekanntes Feld „{name}“.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/consent.py" />
      <source>Unknown kind of change.</source>
      <translation>Unbekannte Art der Änderung.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>Unknown kind of line “{kind}”.</source>
      <translation>Unbekannte Zeilenart „{kind}“.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/templates.py" />
      <source>Unknown kind of template.</source>
      <translation>Unbekannte Art von Vorlage.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Unknown kind “{kind}”.</source>
      <translation>Unbekannte Belegart „{kind}“.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>Unknown placeholders (printed as they are): {names}</source>
      <translation>Unbekannte Platzhalter (unverändert gedruckt): {names}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/letters.py" />
      <source>Unknown placeholders: {names}</source>
      <translation>Unbekannte Platzhalter: {names}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Unknown tax case “{case}”.</source>
      <translation>Unbekannter Steuerfall „{case}“.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/contact.py" />
      <source>Unknown way of dialling.</source>
      <translation>Unbekannte Art zu wählen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/consent.py" />
      <source>Unknown way of giving consent.</source>
      <translation>Unbekannte Art der Einwilligung.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/conditions.py" />
      <source>Unknown way of sending “{value}”.</source>
      <translation>Unbekannter Rechnungsversand „{value}“.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>Updated: {count}</source>
      <translation>Aktualisiert: {count}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>Used for invoice {number}</source>
      <translation>Verrechnet mit Rechnung {number}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>User name</source>
      <translation>Benutzername</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/einvoice_read.py" />
      <source>VAT</source>
      <translation>USt.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>VAT (%)</source>
      <translation>USt. (%)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/taxid.py" />
      <source>VAT ID</source>
      <translation>USt-IdNr.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/printing/page.py" />
      <source>VAT ID {number}</source>
      <translation>USt-IdNr. {number}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>VAT rate</source>
      <translation>USt.-Satz</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/articles.py" />
      <source>VAT rate (%)</source>
      <translation>USt.-Satz (%)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>VAT {rate} % on {base}</source>
      <translation>USt. {rate} % auf {base}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Valid until</source>
      <translation>Gültig bis</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Validity</source>
      <translation>Gültigkeit</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/csv_banks.py" />
      <source>Value date</source>
      <translation>Valuta</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/statement.py" />
      <source>Voucher</source>
      <translation>Beleg</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/backup_settings.py" />
      <source>Warn after between 1 and {most} days.</source>
      <translation>Bitte nach 1 bis {most} Tagen warnen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/contact.py" />
      <source>Website</source>
      <translation>Internet</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>With Skonto {skonto} the amount to pay is {amount}; the payment is {short} short.</source>
      <translation>Mit Skonto von {skonto} sind zu zahlen {amount}; die Zahlung ist {short} zu wenig.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>With this invoice the customer owes {amount} €, more than the limit of {limit} € in the Konditionen.</source>
      <translation>Mit dieser Rechnung schuldet der Kunde {amount} €, mehr als das Limit von {limit} € in den Konditionen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>With this invoice your revenue this year passes 100.000 €: from it on you must charge VAT (§ 19 UStG); please ask your tax adviser.</source>
      <translation>Mit dieser Rechnung übersteigt Ihr Umsatz in diesem Jahr 100.000 €: ab ihr müssen Sie Umsatzsteuer berechnen (§ 19 UStG); bitte fragen Sie Ihre Steuerberatung.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>With this order the customer would owe {amount} €, more than the limit of {limit} € in the Konditionen.</source>
      <translation>Mit diesem Auftrag schuldete der Kunde {amount} €, mehr als das Limit von {limit} € in den Konditionen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>Without a postal address (no letter):</source>
      <translation>Ohne Postanschrift (kein Brief):</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/statement.py" />
      <source>Written off</source>
      <translation>Abschreibung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/datev.py" />
      <source>Written off {number}</source>
      <translation>Ausgebucht {number}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>Written off: {amount}</source>
      <translation>Ausgebucht: {amount}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/send.py" />
      <source>XRechnung (CII)</source>
      <translation>XRechnung (CII)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/send.py" />
      <source>XRechnung (UBL)</source>
      <translation>XRechnung (UBL)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/dunning.py" />
      <source>YYYY-MM-DD</source>
      <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>Year of birth</source>
      <translation>Geburtsjahr</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/custom_fields.py" />
      <source>Yes/no</source>
      <translation>Ja/Nein</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/statement.py" />
      <source>Your account is settled.</source>
      <translation>Ihr Konto ist ausgeglichen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/statement.py" />
      <source>Your balance in our favour: {amount}</source>
      <translation>Ihr Saldo zu unseren Gunsten: {amount}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Your company's address is incomplete (Settings &gt; My company).</source>
      <translation>Die Anschrift Ihrer Firma ist unvollständig (Einstellungen &gt; Meine Firma).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Your company's name is missing (Settings &gt; My company).</source>
      <translation>Der Name Ihrer Firma fehlt (Einstellungen &gt; Meine Firma).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/statement.py" />
      <source>Your credit: {amount}</source>
      <translation>Ihr Guthaben: {amount}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/settings.py" />
      <source>Your name</source>
      <translation>Ihr Name</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>Your reference</source>
      <translation>Ihre Referenz</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/revenue_list.py" />
      <source>Your revenue of {year} was more than 25.000 €: the small-business rule (§ 19 UStG) no longer applies this year.</source>
      <translation>Ihr Umsatz {year} lag über 25.000 €: die Kleinunternehmerregelung (§ 19 UStG) gilt in diesem Jahr nicht mehr.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>Your revenue this year is {amount} €, near the small-business limit of 100.000 € (§ 19 UStG).</source>
      <translation>Ihr Umsatz in diesem Jahr beträgt {amount} €, nahe der Kleinunternehmergrenze von 100.000 € (§ 19 UStG).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/revenue_list.py" />
      <source>Your revenue this year is {share} % of the small-business limit of 100.000 € (§ 19 UStG).</source>
      <translation>Ihr Umsatz in diesem Jahr beträgt {share} % der Kleinunternehmergrenze von 100.000 € (§ 19 UStG).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/revenue_list.py" />
      <source>Your revenue this year passed 100.000 €: from then on you must charge VAT (§ 19 UStG); please ask your tax adviser.</source>
      <translation>Ihr Umsatz in diesem Jahr hat 100.000 € überschritten: Ab da müssen Sie Umsatzsteuer berechnen (§ 19 UStG); bitte fragen Sie Ihren Steuerberater.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/send.py" />
      <source>ZUGFeRD (PDF with XML)</source>
      <translation>ZUGFeRD (PDF mit XML)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>Zero rated goods</source>
      <translation>Nullsatz</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>a contact person's ID</source>
      <translation>die ID eines Ansprechpartners</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/statement.py" />
      <source>a customer's statement of account: invoices and payments with the balance</source>
      <translation>Kontoauszug eines Kunden: Rechnungen und Zahlungen mit dem Saldo</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>a finalised sales document: its PDF attached, its subject and text</source>
      <translation>ein abgeschlossenes Verkaufsdokument: sein PDF als Anhang, sein Betreff und Text</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/payments.py" />
      <source>a note</source>
      <translation>eine Notiz</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>accepted</source>
      <translation>angenommen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>account holder {name}</source>
      <translation>Kontoinhaber {name}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/documents.py" />
      <source>add files to a customer's documents</source>
      <translation>Dateien zu den Dokumenten eines Kunden hinzufügen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>advertising: leave out who objected (default: as the template says)</source>
      <translation>Werbung: wer widersprochen hat, bekommt keinen Brief (Standard: wie die Vorlage)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/importing.py" />
      <source>already booked</source>
      <translation>bereits gebucht</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>also file each letter in its customer's documents and history</source>
      <translation>jeden Brief auch in Dokumenten und Historie seines Kunden ablegen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/payments.py" />
      <source>amount paid</source>
      <translation>gezahlter Betrag</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/common.py" />
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/articles.py" />
      <source>articles: list, import or export a price list</source>
      <translation>Artikel: auflisten, Preisliste importieren oder exportieren</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/open_items.py" />
      <source>as of (today)</source>
      <translation>Stichtag (heute)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>at most N</source>
      <translation>höchstens N</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>attachments</source>
      <translation>Anhänge</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>back up the company file and its documents into one file</source>
      <translation>Firmendatei und Dokumente in eine Datei sichern</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/statement.py" />
      <source>below you find the invoices and payments of the period with the running balance.</source>
      <translation>nachfolgend erhalten Sie die Rechnungen und Zahlungen des Zeitraums mit dem laufenden Saldo.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>billed</source>
      <translation>abgerechnet</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>birthdays in the next N days</source>
      <translation>Geburtstage der nächsten N Tage</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/payments.py" />
      <source>book a payment on an invoice</source>
      <translation>eine Zahlung auf eine Rechnung buchen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/bank.py" />
      <source>booked</source>
      <translation>gebucht</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/bank.py" />
      <source>booked before</source>
      <translation>bereits gebucht</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>by cancellation invoice {number}</source>
      <translation>durch Stornorechnung {number}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>by {kind} {number}</source>
      <translation>durch {kind} {number}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/contact.py" />
      <source>callto: (Skype and older dialling programs)</source>
      <translation>callto: (Skype und ältere Wählprogramme)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>cancel an invoice by a cancellation invoice</source>
      <translation>eine Rechnung durch eine Stornorechnung stornieren</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>cancelled</source>
      <translation>storniert</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>carry a finalised document on to the next kind (a new draft)</source>
      <translation>einen abgeschlossenen Beleg weiterführen (ein neuer Entwurf)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/documents.py" />
      <source>category (default: Sonstiges)</source>
      <translation>Kategorie (Vorgabe: Sonstiges)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/store/health.py" />
      <source>changed</source>
      <translation>verändert</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>check a company file</source>
      <translation>eine Firmendatei prüfen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/einvoice.py" />
      <source>check an e-invoice (XML or ZUGFeRD PDF) against the official rules</source>
      <translation>eine E-Rechnung (XML oder ZUGFeRD-PDF) nach den offiziellen Regeln prüfen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>check every part of a backup</source>
      <translation>jeden Teil einer Datensicherung prüfen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/common.py" />
      <source>company file (default: {path})</source>
      <translation>Firmendatei (Vorgabe: {path})</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/consent.py" />
      <source>consent given</source>
      <translation>Einwilligung erteilt</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/consent.py" />
      <source>consent withdrawn</source>
      <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>create a demo company with invented customers</source>
      <translation>eine Demofirma mit erfundenen Kunden anlegen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>create a draft from a JSON file</source>
      <translation>einen Entwurf aus einer JSON-Datei anlegen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>create an empty company file</source>
      <translation>eine leere Firmendatei anlegen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>created</source>
      <translation>angelegt</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/bank.py" />
      <source>credit</source>
      <translation>Guthaben</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>customer group “{name}”</source>
      <translation>Kundengruppe „{name}“</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/documents.py" />
      <source>customer number</source>
      <translation>Kundennummer</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/common.py" />
      <source>customer number {number}</source>
      <translation>Kundennummer {number}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/units.py" />
      <source>day</source>
      <translation>Tag</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>day (default: today)</source>
      <translation>Tag (Vorgabe: heute)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/payments.py" />
      <source>day paid (today)</source>
      <translation>Zahlungstag (heute)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>days to keep</source>
      <translation>Tage behalten</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>delete old backups in a folder, keeping daily, weekly and monthly ones</source>
      <translation>alte Datensicherungen in einem Ordner löschen, tägliche, wöchentliche und monatliche behalten</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/send.py" />
      <source>do not finalise the invoice</source>
      <translation>Rechnung nicht festschreiben</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/documents.py" />
      <source>document ID</source>
      <translation>Dokument-ID</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/documents.py" />
      <source>document {id}</source>
      <translation>Dokument {id}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>done</source>
      <translation>erledigt</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>draft</source>
      <translation>Entwurf</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/dunning.py" />
      <source>dunning: payment reminders and dunning letters</source>
      <translation>Mahnwesen: Zahlungserinnerungen und Mahnungen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/einvoice.py" />
      <source>e-invoices: ZUGFeRD and XRechnung</source>
      <translation>E-Rechnungen: ZUGFeRD und XRechnung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>encryption</source>
      <translation>Verschlüsselung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/einvoice.py" />
      <source>error</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/common.py" />
      <source>expected one argument</source>
      <translation>erwartet einen Wert</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>export appointments and tasks as an iCalendar file</source>
      <translation>Termine und Aufgaben als iCalendar-Datei exportieren</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>export customers to Excel, CSV or vCard</source>
      <translation>Kunden nach Excel, CSV oder vCard exportieren</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/articles.py" />
      <source>export the articles to Excel or CSV</source>
      <translation>die Artikel nach Excel oder CSV exportieren</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/statement.py" />
      <source>fee {amount}</source>
      <translation>Gebühr {amount}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>file format (default: from the file name)</source>
      <translation>Dateiformat (Standard: aus dem Dateinamen)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/documents.py" />
      <source>file or folder to write to</source>
      <translation>Zieldatei oder -ordner</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/articles.py" />
      <source>file to import</source>
      <translation>zu importierende Datei</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/articles.py" />
      <source>file to write</source>
      <translation>zu schreibende Datei</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/datev.py" />
      <source>file to write (.xlsx or .pdf)</source>
      <translation>zu schreibende Datei (.xlsx oder .pdf)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/documents.py" />
      <source>files to add</source>
      <translation>hinzuzufügende Dateien</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>finalise a draft: give it its number and file its PDF</source>
      <translation>einen Entwurf abschließen: Nummer vergeben und PDF ablegen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/send.py" />
      <source>finalise it as a plain PDF only</source>
      <translation>nur als PDF festschreiben</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>finalised</source>
      <translation>abgeschlossen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/datev.py" />
      <source>first day</source>
      <translation>erster Tag</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/statement.py" />
      <source>first day (YYYY-MM-DD); what is before it is carried forward</source>
      <translation>erster Tag (JJJJ-MM-TT); was davor liegt, wird als Saldovortrag übernommen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>folder or .meinbuero-backup file to write (default: FILE.backups beside it)</source>
      <translation>Ordner oder .meinbuero-backup-Datei, in die gesichert wird (Vorgabe: DATEI.backups daneben)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>follow-up {date}</source>
      <translation>Wiedervorlage {date}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/consent.py" />
      <source>form</source>
      <translation>Formular</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>from day</source>
      <translation>ab Tag</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>high</source>
      <translation>hoch</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/units.py" />
      <source>hour</source>
      <translation>Stunde</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/payments.py" />
      <source>how it was paid</source>
      <translation>Zahlungsart</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/bank.py" />
      <source>import a bank statement (CAMT.053 or CSV) and book the certain payments</source>
      <translation>Kontoauszug (CAMT.053 oder CSV) importieren und die sicheren Zahlungen buchen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/articles.py" />
      <source>import a price list (Excel or CSV): new articles and new prices</source>
      <translation>eine Preisliste importieren (Excel oder CSV): neue Artikel und neue Preise</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>import customers from an Excel, CSV or vCard file</source>
      <translation>Kunden aus einer Excel-, CSV- oder vCard-Datei importieren</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/consent.py" />
      <source>in writing</source>
      <translation>schriftlich</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/articles.py" />
      <source>include archived articles</source>
      <translation>archivierte Artikel einschließen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>include archived customers</source>
      <translation>archivierte Kunden einschließen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/statement.py" />
      <source>interest {amount}</source>
      <translation>Zinsen {amount}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/common.py" />
      <source>invalid %(type)s value: %(value)r</source>
      <translation>ungültiger Wert (%(type)s): %(value)r</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/common.py" />
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>ungültige Auswahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/documents.py" />
      <source>it is a folder</source>
      <translation>es ist ein Ordner</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>keep text read with the wrong code page as it is (default: repair it)</source>
      <translation>mit falschem Zeichensatz gelesenen Text lassen, wie er ist (Standard: reparieren)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/units.py" />
      <source>kg</source>
      <translation>kg</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/units.py" />
      <source>km</source>
      <translation>km</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/units.py" />
      <source>l</source>
      <translation>l</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/datev.py" />
      <source>last day</source>
      <translation>letzter Tag</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/statement.py" />
      <source>last day (YYYY-MM-DD)</source>
      <translation>letzter Tag (JJJJ-MM-TT)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>letter date (YYYY-MM-DD)</source>
      <translation>Briefdatum (JJJJ-MM-TT)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>letters and serial letters</source>
      <translation>Briefe und Serienbriefe</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/documents.py" />
      <source>list a customer's documents</source>
      <translation>die Dokumente eines Kunden auflisten</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/dunning.py" />
      <source>list only, make nothing</source>
      <translation>nur auflisten, nichts erstellen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>list sales documents</source>
      <translation>Verkaufsbelege auflisten</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/articles.py" />
      <source>list the articles</source>
      <translation>die Artikel auflisten</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/open_items.py" />
      <source>list the open invoices</source>
      <translation>die offenen Rechnungen auflisten</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>low</source>
      <translation>niedrig</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/units.py" />
      <source>lump sum</source>
      <translation>Pauschale</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/units.py" />
      <source>m</source>
      <translation>m</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>make a column no field takes a new custom field (repeatable; * for every such column)</source>
      <translation>eine Spalte ohne Feld als individuelles Feld anlegen (mehrfach möglich; * für jede solche Spalte)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/dunning.py" />
      <source>make the dunning letters due (list them only with --dry-run)</source>
      <translation>die fälligen Mahnungen erstellen (mit --dry-run nur auflisten)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/layouts.py" />
      <source>meinbuero export</source>
      <translation>meinbuero-Export</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/__init__.py" />
      <source>meinbuero – customers, contacts and notes of your business.</source>
      <translation>meinbuero – Kunden, Ansprechpartner und Notizen Ihrer Firma.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/units.py" />
      <source>minute</source>
      <translation>Minute</translation>
    </message>
    <message>
      <location filename="../../meinbuero/store/health.py" />
      <source>missing</source>
      <translation>fehlt</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/units.py" />
      <source>month</source>
      <translation>Monat</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>months to keep</source>
      <translation>Monate behalten</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>more than 90 days</source>
      <translation>über 90 Tage</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/units.py" />
      <source>m²</source>
      <translation>m²</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/units.py" />
      <source>m³</source>
      <translation>m³</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>name of your company (Meine Firma)</source>
      <translation>Name Ihrer Firma (Meine Firma)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>new kind</source>
      <translation>neue Belegart</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>no consent to advertising by e-mail</source>
      <translation>keine Einwilligung in Werbung per E-Mail</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail.py" />
      <source>no e-mail address</source>
      <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/documents.py" />
      <source>no permission, or the file is open in another program</source>
      <translation>keine Berechtigung, oder die Datei ist in einem anderen Programm geöffnet</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>normal</source>
      <translation>normal</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/bank.py" />
      <source>not assigned</source>
      <translation>nicht zugeordnet</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/about.py" />
      <source>not stated</source>
      <translation>keine Angabe</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>not yet due</source>
      <translation>noch nicht fällig</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/consent.py" />
      <source>nothing recorded</source>
      <translation>nichts erfasst</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>number of customers</source>
      <translation>Anzahl der Kunden</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>number or ID</source>
      <translation>Nummer oder ID</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/consent.py" />
      <source>objected to advertising</source>
      <translation>Werbewiderspruch</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/articles.py" />
      <source>only articles found by this search</source>
      <translation>nur die Artikel, die diese Suche findet</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>only customers found by this search</source>
      <translation>nur Kunden, die diese Suche findet</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>only customers found by this search (default: all not archived)</source>
      <translation>nur die Kunden, die diese Suche findet (Standard: alle nicht archivierten)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>only customers of this group</source>
      <translation>nur Kunden dieser Gruppe</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>only documents found by this search</source>
      <translation>nur die Belege, die diese Suche findet</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/open_items.py" />
      <source>only overdue invoices</source>
      <translation>nur überfällige Rechnungen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/bank.py" />
      <source>only show what would be booked</source>
      <translation>nur zeigen, was gebucht würde</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/articles.py" />
      <source>only show what would be imported</source>
      <translation>nur anzeigen, was importiert würde</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>only this customer number</source>
      <translation>nur diese Kundennummer</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>only this kind</source>
      <translation>nur diese Belegart</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>only this status</source>
      <translation>nur dieser Status</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>open</source>
      <translation>offen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/__init__.py" />
      <source>open the window on this company file (default: the last one used)</source>
      <translation>das Fenster mit dieser Firmendatei öffnen (sonst die zuletzt verwendete)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>open, due {date}</source>
      <translation>offen, fällig am {date}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/printing/sales.py" />
      <source>optional</source>
      <translation>optional</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/common.py" />
      <source>options</source>
      <translation>Optionen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/consent.py" />
      <source>orally</source>
      <translation>mündlich</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>overdue</source>
      <translation>überfällig</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/units.py" />
      <source>package</source>
      <translation>Paket</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>paid</source>
      <translation>bezahlt</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/payments.py" />
      <source>partly paid</source>
      <translation>teilbezahlt</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/payments.py" />
      <source>payments on invoices, bank statements</source>
      <translation>Zahlungen auf Rechnungen, Kontoauszüge</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/units.py" />
      <source>piece</source>
      <translation>Stück</translation>
    </message>
    <message>
      <location filename="../../meinbuero/printing/sales.py" />
      <source>plus {rate} VAT on {base}</source>
      <translation>zzgl. {rate} USt. auf {base}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/common.py" />
      <source>positional arguments</source>
      <translation>Argumente</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/articles.py" />
      <source>print JSON</source>
      <translation>als JSON ausgeben</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>read the backup's password from the first line of this file</source>
      <translation>das Passwort der Datensicherung aus der ersten Zeile dieser Datei lesen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>read the password from the first line of standard input</source>
      <translation>das Passwort aus der ersten Zeile der Standardeingabe lesen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>recipient (default: the customer's e-mail; the invoice e-mail for an invoice)</source>
      <translation>Empfänger (Standard: die E-Mail des Kunden; bei einer Rechnung die Rechnungs-E-Mail)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/suppliers.py" />
      <source>recognised by the IBAN</source>
      <translation>erkannt an der IBAN</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/suppliers.py" />
      <source>recognised by the VAT ID</source>
      <translation>erkannt an der USt-IdNr.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/suppliers.py" />
      <source>recognised by the name</source>
      <translation>erkannt am Namen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>refuse rows with a value that cannot be read (default: take them without the value)</source>
      <translation>Zeilen mit einem unlesbaren Wert ablehnen (Standard: ohne den Wert übernehmen)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>rejected</source>
      <translation>abgelehnt</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>replace an existing company file (it is backed up first)</source>
      <translation>eine vorhandene Firmendatei ersetzen (sie wird vorher gesichert)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>restore a backup into a company file</source>
      <translation>eine Datensicherung in eine Firmendatei wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/datev.py" />
      <source>revenue list of a period (.xlsx or .pdf)</source>
      <translation>Umsatzliste eines Zeitraums (.xlsx oder .pdf)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>row {line} of this file</source>
      <translation>Zeile {line} dieser Datei</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>sales documents: quotes, order confirmations, delivery notes, invoices</source>
      <translation>Verkaufsbelege: Angebote, Auftragsbestätigungen, Lieferscheine, Rechnungen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>same customer number</source>
      <translation>gleiche Kundennummer</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>same e-mail address</source>
      <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>same name and postcode</source>
      <translation>gleicher Name und gleiche PLZ</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>same phone number</source>
      <translation>gleiche Telefonnummer</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>same seed, same data</source>
      <translation>gleicher Startwert, gleiche Daten</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>saved column mapping (its name) or a JSON file {column: field}</source>
      <translation>gespeicherte Spaltenzuordnung (ihr Name) oder eine JSON-Datei {Spalte: Feld}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>search customers</source>
      <translation>Kunden suchen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>send an e-mail to a customer</source>
      <translation>eine E-Mail an einen Kunden senden</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>send e-mail, set up the e-mail account</source>
      <translation>E-Mails senden, E-Mail-Konto einrichten</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>sender address</source>
      <translation>Absenderadresse</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>sender name</source>
      <translation>Absendername</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/units.py" />
      <source>set</source>
      <translation>Satz</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>set up the SMTP account for sending</source>
      <translation>das SMTP-Konto zum Senden einrichten</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>show a document with its lines and totals</source>
      <translation>einen Beleg mit Positionen und Summen zeigen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/einvoice_read.py" />
      <source>show an e-invoice (XRechnung XML or ZUGFeRD PDF) in readable form</source>
      <translation>eine E-Rechnung (XRechnung-XML oder ZUGFeRD-PDF) lesbar anzeigen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/common.py" />
      <source>show this help message and exit</source>
      <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/__init__.py" />
      <source>show version</source>
      <translation>Version zeigen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>show what a backup holds</source>
      <translation>zeigen, was eine Datensicherung enthält</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>show what is due (tasks, follow-ups, birthdays)</source>
      <translation>zeigen, was fällig ist (Aufgaben, Wiedervorlagen, Geburtstage)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/contact.py" />
      <source>sip: (SIP softphones)</source>
      <translation>sip: (SIP-Softphones)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>start from this letter template (subject and text given replace its own)</source>
      <translation>mit dieser Briefvorlage beginnen (angegebener Betreff und Text ersetzen ihre)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>subject</source>
      <translation>Betreff</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/contact.py" />
      <source>tel: (standard, e.g. Windows phone link, Teams)</source>
      <translation>tel: (Standard, z. B. Smartphone-Link von Windows, Teams)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/templates.py" />
      <source>template {id}</source>
      <translation>Vorlage {id}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/templates.py" />
      <source>template “{name}”</source>
      <translation>Vorlage „{name}“</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the VAT total</source>
      <translation>die Umsatzsteuer</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the allowance amount</source>
      <translation>der Betrag des Nachlasses</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the allowance base amount</source>
      <translation>der Grundbetrag des Nachlasses</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the allowance percentage</source>
      <translation>der Prozentsatz des Nachlasses</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the amount due</source>
      <translation>der Zahlbetrag</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the amount paid</source>
      <translation>der bereits gezahlte Betrag</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>the backup file</source>
      <translation>die Sicherungsdatei</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>the backup folder</source>
      <translation>der Sicherungsordner</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/bank.py" />
      <source>the bank's file</source>
      <translation>die Datei der Bank</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the currency</source>
      <translation>die Währung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>the customer's number</source>
      <translation>die Kundennummer</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the date of the earlier invoice</source>
      <translation>das Datum der vorausgegangenen Rechnung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/dunning.py" />
      <source>the day of the letters (default: today)</source>
      <translation>Datum der Schreiben (Standard: heute)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the delivery date</source>
      <translation>das Lieferdatum</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>the document as JSON</source>
      <translation>der Beleg als JSON</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>the document's ID</source>
      <translation>ID des Belegs</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/documents.py" />
      <source>the documents of a customer</source>
      <translation>die Dokumente eines Kunden</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>the draft's ID</source>
      <translation>ID des Entwurfs</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the due date</source>
      <translation>das Fälligkeitsdatum</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/einvoice.py" />
      <source>the e-invoice</source>
      <translation>die E-Rechnung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the end of the period</source>
      <translation>das Ende des Leistungszeitraums</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/documents.py" />
      <source>the file does not exist</source>
      <translation>die Datei existiert nicht</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/common.py" />
      <source>the following arguments are required: %s</source>
      <translation>diese Angaben fehlen: %s</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the invoice date</source>
      <translation>das Rechnungsdatum</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the invoice number</source>
      <translation>die Rechnungsnummer</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/payments.py" />
      <source>the invoice's Skonto is taken</source>
      <translation>das Skonto der Rechnung wird abgezogen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/payments.py" />
      <source>the invoice's number</source>
      <translation>Nummer der Rechnung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>the letter template</source>
      <translation>die Briefvorlage</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>the letter's text (UTF-8; placeholders like {Briefanrede} are filled in)</source>
      <translation>der Text des Briefs (UTF-8; Platzhalter wie {Briefanrede} werden ausgefüllt)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the line amount</source>
      <translation>der Positionsbetrag</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the net total</source>
      <translation>der Nettobetrag</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the price quantity</source>
      <translation>die Preisbasismenge</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the quantity</source>
      <translation>die Menge</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the rounding amount</source>
      <translation>der Rundungsbetrag</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the start of the period</source>
      <translation>der Beginn des Leistungszeitraums</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>the subject</source>
      <translation>der Betreff</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the sum of the allowances</source>
      <translation>die Summe der Nachlässe</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the sum of the charges</source>
      <translation>die Summe der Zuschläge</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the sum of the lines</source>
      <translation>die Summe der Positionen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the tax amount</source>
      <translation>der Steuerbetrag</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the tax base amount</source>
      <translation>die Bemessungsgrundlage</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>the text (UTF-8)</source>
      <translation>der Text (UTF-8)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the total amount</source>
      <translation>der Gesamtbetrag</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>the unit price</source>
      <translation>der Einzelpreis</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/documents.py" />
      <source>title (default: the file name)</source>
      <translation>Titel (Vorgabe: der Dateiname)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/bank.py" />
      <source>to confirm in the window</source>
      <translation>im Fenster zu bestätigen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>to day</source>
      <translation>bis Tag</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/open_items.py" />
      <source>undone by {author}: {reason}</source>
      <translation>rückgängig gemacht von {author}: {reason}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/common.py" />
      <source>unrecognized arguments: %s</source>
      <translation>unbekannte Angaben: %s</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/statement.py" />
      <source>until {date}</source>
      <translation>bis {date}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/common.py" />
      <source>usage: </source>
      <translation>Aufruf: </translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>user name</source>
      <translation>Benutzername</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/layouts.py" />
      <source>vCard</source>
      <translation>vCard</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/documents.py" />
      <source>version (default: newest)</source>
      <translation>Version (Vorgabe: die neueste)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/einvoice.py" />
      <source>warning</source>
      <translation>Warnung</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/units.py" />
      <source>week</source>
      <translation>Woche</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>weeks to keep</source>
      <translation>Wochen behalten</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>what to do with likely duplicates (default: skip)</source>
      <translation>was mit möglichen Dubletten geschieht (Standard: skip = überspringen)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>what to look for</source>
      <translation>wonach gesucht wird</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/bank.py" />
      <source>would be booked</source>
      <translation>würde gebucht</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/documents.py" />
      <source>write a copy of a document to a file</source>
      <translation>eine Kopie eines Dokuments in eine Datei schreiben</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>write a letter to a customer, file it and write its PDF</source>
      <translation>einen Brief an einen Kunden schreiben, ablegen und als PDF schreiben</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>write one PDF of letters to the customers a search and group select</source>
      <translation>ein PDF mit Briefen an die Kunden schreiben, die Suche und Gruppe auswählen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>write the PDF of a document (of a draft: the preview)</source>
      <translation>das PDF eines Belegs schreiben (bei einem Entwurf: die Vorschau)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>write the e-invoice of a finalised invoice (ZUGFeRD or XRechnung)</source>
      <translation>die E-Rechnung einer abgeschlossenen Rechnung schreiben (ZUGFeRD oder XRechnung)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/statement.py" />
      <source>write the statement as PDF</source>
      <translation>den Kontoauszug als PDF schreiben</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>years of quotes and invoices ending today (default: 3; 0: none)</source>
      <translation>Jahre mit Angeboten und Rechnungen bis heute (Vorgabe: 3; 0: keine)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>zugferd (PDF/A-3), xrechnung-cii or xrechnung-ubl (XML)</source>
      <translation>zugferd (PDF/A-3), xrechnung-cii oder xrechnung-ubl (XML)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>{appointments} appointments and {tasks} tasks written to {path}.</source>
      <translation>{appointments} Termine und {tasks} Aufgaben in {path} geschrieben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>{articles} articles, {documents} finalised sales documents (with their PDFs) in the last year.</source>
      <translation>{articles} Artikel, {documents} abgeschlossene Verkaufsbelege (mit ihren PDFs) im letzten Jahr.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>{articles} articles, {documents} finalised sales documents (with their PDFs) in {years} years.</source>
      <translation>{articles} Artikel, {documents} abgeschlossene Verkaufsbelege (mit ihren PDFs) in {years} Jahren.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/importing.py" />
      <source>{booking}: the parts do not add up to the amount.</source>
      <translation>{booking}: Die Teile ergeben nicht den Betrag.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/einvoice_read.py" />
      <source>{category}: {amount} on {base}</source>
      <translation>{category}: {amount} auf {base}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/revenue_list.py" />
      <source>{company} · amounts in €</source>
      <translation>{company} · Beträge in €</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/articles.py" />
      <source>{count} articles written to {path}.</source>
      <translation>{count} Artikel in {path} geschrieben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/datev.py" />
      <source>{count} bookings written to {path}.</source>
      <translation>{count} Buchungen in {path} geschrieben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/backup.py" />
      <source>{count} document files were missing or damaged in the company's store and are not in the backup.</source>
      <translation>{count} Dokumentdateien fehlten oder waren beschädigt und sind nicht in der Datensicherung.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/revenue_list.py" />
      <source>{count} documents</source>
      <translation>{count} Belege</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/datev.py" />
      <source>{count} documents written to {path}.</source>
      <translation>{count} Belege in {path} geschrieben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/dunning.py" />
      <source>{count} dunning letters made.</source>
      <translation>{count} Mahnungen erstellt.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>{count} letters filed in the customers' documents.</source>
      <translation>{count} Briefe in den Dokumenten der Kunden abgelegt.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>{count} letters written to {path}.</source>
      <translation>{count} Briefe nach {path} geschrieben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>{customers} customers and {persons} contact persons written to {path}.</source>
      <translation>{customers} Kunden und {persons} Ansprechpartner nach {path} geschrieben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/exchange.py" />
      <source>{customers} customers written to {path}.</source>
      <translation>{customers} Kunden nach {path} geschrieben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/birthday.py" />
      <source>{date} is in the future – please check the year of birth.</source>
      <translation>Der {date} liegt in der Zukunft – bitte das Geburtsjahr prüfen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/einvoice.py" />
      <source>{file}: not valid.</source>
      <translation>{file}: nicht gültig.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/einvoice.py" />
      <source>{file}: valid ({syntax}, {specification}).</source>
      <translation>{file}: gültig ({syntax}, {specification}).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/bank.py" />
      <source>{file}: {format}, {count} bookings</source>
      <translation>{file}: {format}, {count} Buchungen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/send.py" />
      <source>{kind} {number} (XRechnung)</source>
      <translation>{kind} {number} (XRechnung)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/datev.py" />
      <source>{kind} {number} has a VAT rate of {rate} %, for which no revenue account is set (Einstellungen &gt; Buchhaltung).</source>
      <translation>{kind} {number} hat einen Steuersatz von {rate} %, für den kein Erlöskonto eingestellt ist (Einstellungen &gt; Buchhaltung).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>{kind} {number} is finalised and can no longer be changed.</source>
      <translation>{kind} {number} ist abgeschlossen und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/sales.py" />
      <source>{kind} {number} is finalised and is kept; an invoice is reversed by cancelling it.</source>
      <translation>{kind} {number} ist abgeschlossen und bleibt erhalten; eine Rechnung wird durch Stornieren aufgehoben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>{kind}: collected from IBAN {iban}</source>
      <translation>{kind}: Einzug vom Konto IBAN {iban}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/customers.py" />
      <source>{name} ({age} years)</source>
      <translation>{name} ({age} Jahre)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/readers.py" />
      <source>{name} cannot be read as an Excel workbook (the file is damaged or not an .xlsx file).</source>
      <translation>{name} kann nicht als Excel-Arbeitsmappe gelesen werden (die Datei ist beschädigt oder keine .xlsx-Datei).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/readers.py" />
      <source>{name} cannot be read as vCards: {reason}</source>
      <translation>{name} kann nicht als vCard gelesen werden: {reason}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/importing.py" />
      <source>{name} cannot be read: {reason}</source>
      <translation>{name} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/camt.py" />
      <source>{name} contains no CAMT statement (.xml).</source>
      <translation>{name} enthält keinen CAMT-Kontoauszug (.xml).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/csv_banks.py" />
      <source>{name} contains no booked transactions.</source>
      <translation>{name} enthält keine gebuchten Umsätze.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/readers.py" />
      <source>{name} contains no rows to import (only the column headings).</source>
      <translation>{name} enthält keine Zeilen zum Importieren (nur die Spaltenüberschriften).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/readers.py" />
      <source>{name} contains no vCards.</source>
      <translation>{name} enthält keine vCards.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/readers.py" />
      <source>{name} contains nothing to import.</source>
      <translation>{name} enthält nichts zum Importieren.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/faults.py" />
      <source>{name} does not exist.</source>
      <translation>{name} gibt es nicht.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/camt.py" />
      <source>{name} does not follow the schema {version} in every point (line {line}); it was read all the same.</source>
      <translation>{name} entspricht nicht in jedem Punkt dem Schema {version} (Zeile {line}); die Datei wurde trotzdem gelesen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/backup.py" />
      <source>{name} exists already; choose another name.</source>
      <translation>{name} gibt es schon; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/article_exchange.py" />
      <source>{name} has no column with the article number or name (e.g. “Artikelnummer”, “Bezeichnung”). Columns found: {headers}</source>
      <translation>{name} hat keine Spalte mit Artikelnummer oder Bezeichnung (z. B. „Artikelnummer“, „Bezeichnung“). Gefundene Spalten: {headers}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/camt.py" />
      <source>{name} is a damaged zip file.</source>
      <translation>{name} ist eine beschädigte ZIP-Datei.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/backup.py" />
      <source>{name} is a folder, not a company file.</source>
      <translation>{name} ist ein Ordner, keine Firmendatei.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/faults.py" />
      <source>{name} is a folder, not a file.</source>
      <translation>{name} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/store/database.py" />
      <source>{name} is an empty file, not a meinbuero company file.</source>
      <translation>{name} ist eine leere Datei, keine meinbuero-Firmendatei.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/store/documents.py" />
      <source>{name} is larger than {limit} MB and was not added.</source>
      <translation>{name} ist größer als {limit} MB und wurde nicht hinzugefügt.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/csv_banks.py" />
      <source>{name} is neither a CAMT statement nor a bank's CSV export.</source>
      <translation>{name} ist weder ein CAMT-Kontoauszug noch ein CSV-Export einer Bank.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/camt.py" />
      <source>{name} is no bank statement in the CAMT.053 format.</source>
      <translation>{name} ist kein Kontoauszug im Format CAMT.053.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/letters.py" />
      <source>{name} is not UTF-8 text.</source>
      <translation>{name} ist kein UTF-8-Text.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/mail.py" />
      <source>{name} is not a UTF-8 text file.</source>
      <translation>{name} ist keine UTF-8-Textdatei.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/backup.py" />
      <source>{name} is not a meinbuero company file (it belongs to another program).</source>
      <translation>{name} ist keine meinbuero-Firmendatei (sie gehört zu einem anderen Programm).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/store/database.py" />
      <source>{name} is not a meinbuero company file (it is not a database).</source>
      <translation>{name} ist keine meinbuero-Firmendatei (es ist keine Datenbank).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/readers.py" />
      <source>{name} is not a readable CSV file: {reason}</source>
      <translation>{name} ist keine lesbare CSV-Datei: {reason}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/camt.py" />
      <source>{name} is not a readable XML file (it is damaged or incomplete).</source>
      <translation>{name} ist keine lesbare XML-Datei (sie ist beschädigt oder unvollständig).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/readers.py" />
      <source>{name} is not a text file (it contains binary data).</source>
      <translation>{name} ist keine Textdatei (sie enthält Binärdaten).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/mail_files.py" />
      <source>{name} is not an Outlook message that can be read.</source>
      <translation>{name} ist keine lesbare Outlook-Nachricht.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/documents.py" />
      <source>{name} is not an ordinary file (a pipe or a device) and cannot be filed.</source>
      <translation>{name} ist keine gewöhnliche Datei (sondern eine Pipe oder ein Gerät) und kann nicht abgelegt werden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>{name} is not valid JSON: {reason} (line {line}, column {column}).</source>
      <translation>{name} ist kein gültiges JSON: {reason} (Zeile {line}, Spalte {column}).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/camt.py" />
      <source>{name} is too large to be a bank statement.</source>
      <translation>{name} ist zu groß für einen Kontoauszug.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/readers.py" />
      <source>{name} is too large to import (at most {rows} rows of {columns} columns, {cell} characters a cell). Please split it into smaller files.</source>
      <translation>{name} ist zu groß zum Importieren (höchstens {rows} Zeilen mit {columns} Spalten, {cell} Zeichen je Zelle). Bitte teilen Sie die Datei in kleinere auf.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/faults.py" />
      <source>{name} is write-protected (or you lack the right to change it).</source>
      <translation>{name} ist schreibgeschützt (oder Ihnen fehlt das Recht, es zu ändern).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>{name} must hold one JSON object {{…}} with the document.</source>
      <translation>{name} muss ein JSON-Objekt {{…}} mit dem Beleg enthalten.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/store/database.py" />
      <source>{name} was saved by a newer version of meinbuero (data version {found}; this program knows up to {known}). Please update meinbuero.</source>
      <translation>{name} wurde mit einer neueren meinbuero-Version gespeichert (Datenversion {found}; dieses Programm kennt bis {known}). Bitte meinbuero aktualisieren.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/csv_banks.py" />
      <source>{name}, line {line}: the date or the amount cannot be read.</source>
      <translation>{name}, Zeile {line}: Das Datum oder der Betrag kann nicht gelesen werden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/article_exchange.py" />
      <source>{name}: a price list is read from an Excel workbook (.xlsx) or a CSV file (.csv).</source>
      <translation>{name}: Eine Preisliste wird aus einer Excel-Arbeitsmappe (.xlsx) oder einer CSV-Datei (.csv) gelesen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/camt.py" />
      <source>{name}: an entry has no amount or no booking date.</source>
      <translation>{name}: Eine Buchung hat keinen Betrag oder kein Buchungsdatum.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/bank/csv_banks.py" />
      <source>{name}: the columns of this bank are not known yet; please assign them once (the assignment is remembered).</source>
      <translation>{name}: Die Spalten dieser Bank sind noch nicht bekannt; bitte ordnen Sie sie einmal zu (die Zuordnung wird gemerkt).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/readers.py" />
      <source>{name}: this kind of file cannot be imported. Please choose an Excel workbook (.xlsx), a CSV file (.csv) or vCards (.vcf).</source>
      <translation>{name}: Diese Art Datei kann nicht importiert werden. Bitte eine Excel-Arbeitsmappe (.xlsx), eine CSV-Datei (.csv) oder vCards (.vcf) wählen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/faults.py" />
      <source>{name}: {reason}</source>
      <translation>{name}: {reason}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>{number} of {date}</source>
      <translation>{number} vom {date}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/suppliers.py" />
      <source>{number} {name} ({how})</source>
      <translation>{number} {name} ({how})</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>{omitted} rows are taken without a value that cannot be read.</source>
      <translation>Ohne einen unlesbaren Wert übernommene Zeilen: {omitted}.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/documents.py" />
      <source>{path}: added as document {id} “{title}” ({category}).</source>
      <translation>{path}: als Dokument {id} „{title}“ ({category}) hinzugefügt.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>{percent} % within {days} days</source>
      <translation>{percent} % innerhalb von {days} Tagen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read_view.py" />
      <source>{percent} cash discount (Skonto) if paid within {days} days</source>
      <translation>{percent} Skonto bei Zahlung innerhalb von {days} Tagen</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/__init__.py" />
      <source>{problem} (see meinbuero --help)</source>
      <translation>{problem} (siehe meinbuero --help)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/dunning_settings.py" />
      <source>{rate} is no Basiszinssatz (−10 to 20 %, two decimal places).</source>
      <translation>{rate} ist kein Basiszinssatz (−10 bis 20 %, zwei Nachkommastellen).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>{rows} rows: {new} new customers, {updates} updates, {unchanged} unchanged, {duplicates} likely duplicates, {refused} refused.</source>
      <translation>Zeilen: {rows} – neue Kunden: {new}, Aktualisierungen: {updates}, unverändert: {unchanged}, mögliche Dubletten: {duplicates}, abgelehnt: {refused}.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/consent.py" />
      <source>{state} on {date}</source>
      <translation>{state} am {date}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/incoming.py" />
      <source>{title} (view)</source>
      <translation>{title} (Ansicht)</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/importing/service.py" />
      <source>{where}: taken without {field} „{value}“ ({message})</source>
      <translation>{where}: übernommen ohne {field} „{value}“ ({message})</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/birthday.py" />
      <source>{year} is not a leap year, so there is no 29.02.{year} – please check the date.</source>
      <translation>{year} ist kein Schaltjahr, den 29.02.{year} gibt es also nicht – bitte das Datum prüfen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>“optional” is true or false.</source>
      <translation>„optional“ ist true oder false.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>“{name}” cannot be read: {reason}</source>
      <translation>„{name}“ kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>“{name}” contains a document type declaration, which no e-invoice has; for safety it is not read.</source>
      <translation>„{name}“ enthält eine Dokumenttyp-Deklaration (DTD), die keine E-Rechnung hat; sie wird zur Sicherheit nicht gelesen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/choice_lists.py" />
      <source>“{name}” exists already.</source>
      <translation>„{name}“ gibt es schon.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>“{name}” is a PDF without an embedded e-invoice (no factur-x.xml, zugferd-invoice.xml or xrechnung.xml inside).</source>
      <translation>„{name}“ ist eine PDF-Datei ohne eingebettete E-Rechnung (kein factur-x.xml, zugferd-invoice.xml oder xrechnung.xml darin).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>“{name}” is a ZUGFeRD 1.0 invoice, a format no longer read; please ask the sender for ZUGFeRD 2 or XRechnung.</source>
      <translation>„{name}“ ist eine Rechnung im alten Format ZUGFeRD 1.0, das nicht mehr gelesen wird; bitte fordern Sie beim Absender ZUGFeRD 2 oder XRechnung an.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>“{name}” is a damaged PDF file and cannot be read.</source>
      <translation>„{name}“ ist eine beschädigte PDF-Datei und kann nicht gelesen werden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>“{name}” is an XML file but no e-invoice (neither CII nor UBL invoice).</source>
      <translation>„{name}“ ist eine XML-Datei, aber keine E-Rechnung (weder CII- noch UBL-Rechnung).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>“{name}” is empty.</source>
      <translation>„{name}“ ist leer.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>“{name}” is incomplete: {what} is missing.</source>
      <translation>„{name}“ ist unvollständig: {what} fehlt.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>“{name}” is neither XML nor PDF; an e-invoice is one of the two.</source>
      <translation>„{name}“ ist weder XML noch PDF; eine E-Rechnung ist eines von beiden.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>“{name}” is no readable XML file: it is damaged or cut off (line {line}).</source>
      <translation>„{name}“ ist keine lesbare XML-Datei: Sie ist beschädigt oder abgeschnitten (Zeile {line}).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>“{name}”: {field} “{value}” is not a date.</source>
      <translation>„{name}“: {field} „{value}“ ist kein Datum.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/einvoice/read.py" />
      <source>“{name}”: {field} “{value}” is not a number.</source>
      <translation>„{name}“: {field} „{value}“ ist keine Zahl.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/taxid.py" />
      <source>“{value}” contains letters or other characters – a tax number consists of digits only, optionally separated by slashes or spaces, e.g. 21/815/08150.</source>
      <translation>„{value}“ enthält Buchstaben oder andere Zeichen – eine Steuernummer besteht nur aus Ziffern, wahlweise durch Schrägstriche oder Leerzeichen getrennt, z. B. 21/815/08150.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/bank.py" />
      <source>“{value}” contains no known country code at positions 5 and 6 – please check the BIC.</source>
      <translation>„{value}“ enthält an 5. und 6. Stelle kein bekanntes Länderkürzel – bitte den BIC prüfen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/phone.py" />
      <source>“{value}” contains no phone number. It was saved as typed.</source>
      <translation>„{value}“ enthält keine Rufnummer. Der Text wurde so gespeichert, wie er eingegeben wurde.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/taxid.py" />
      <source>“{value}” does not have the length or format of a VAT ID with the country code {country} – please check for missing, extra or mistyped characters.</source>
      <translation>„{value}“ hat nicht die Länge oder das Format einer USt-IdNr. mit dem Länderkürzel {country} – bitte auf fehlende, überzählige oder falsche Zeichen prüfen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/taxid.py" />
      <source>“{value}” does not start with the country code of an EU member state – please enter the VAT ID with its country code, e.g. DE123456789.</source>
      <translation>„{value}“ beginnt nicht mit dem Länderkürzel eines EU-Staats – bitte die USt-IdNr. mit Länderkürzel eingeben, z. B. DE123456789.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/taxid.py" />
      <source>“{value}” fits the tax number format of no German state – please check the first digits.</source>
      <translation>„{value}“ passt zum Steuernummer-Format keines Bundeslands – bitte die ersten Ziffern prüfen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/birthday.py" />
      <source>“{value}” has a two-digit year – please enter the year with four digits, e.g. 16.04.1980.</source>
      <translation>„{value}“ hat ein zweistelliges Jahr – bitte das Jahr vierstellig eingeben, z. B. 16.04.1980.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/bank.py" />
      <source>“{value}” has the wrong length – a BIC has 8 or 11 characters, e.g. COBADEFFXXX.</source>
      <translation>„{value}“ hat die falsche Länge – ein BIC hat 8 oder 11 Zeichen, z. B. COBADEFFXXX.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/taxid.py" />
      <source>“{value}” has {count} digits, but a tax number has 10 or 11 digits (13 in the nationwide form) – please check for missing or extra digits.</source>
      <translation>„{value}“ hat {count} Ziffern, eine Steuernummer hat aber 10 oder 11 Ziffern (13 im bundeseinheitlichen Format) – bitte auf fehlende oder überzählige Ziffern prüfen.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/taxid.py" />
      <source>“{value}” is no Leitweg-ID: it is written like 04011000-1234512345-06 (coarse address, optional fine address, two check digits).</source>
      <translation>„{value}“ ist keine Leitweg-ID: Sie wird wie 04011000-1234512345-06 geschrieben (Grobadressierung, optional Feinadressierung, zwei Prüfziffern).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/phone.py" />
      <source>“{value}” is not a complete phone number (area code missing?). It was saved as typed.</source>
      <translation>„{value}“ ist keine vollständige Rufnummer (Vorwahl fehlt?). Sie wurde so gespeichert, wie sie eingegeben wurde.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>“{value}” is not a country code (e.g. DE, AT, CH).</source>
      <translation>„{value}“ ist kein Ländercode (z. B. DE, AT, CH).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/common.py" />
      <source>“{value}” is not a date (YYYY-MM-DD).</source>
      <translation>„{value}“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/values.py" />
      <source>“{value}” is not a date of the calendar.</source>
      <translation>„{value}“ ist kein Datum, das es im Kalender gibt.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/birthday.py" />
      <source>“{value}” is not a date – please enter it as DD.MM.YYYY, e.g. 16.04.1980, or without the year as 16.04.</source>
      <translation>„{value}“ ist kein Datum – bitte als TT.MM.JJJJ eingeben, z. B. 16.04.1980, oder ohne Jahr als 16.04.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/values.py" />
      <source>“{value}” is not a date. Please enter it as DD.MM.YYYY.</source>
      <translation>„{value}“ ist kein Datum. Bitte als TT.MM.JJJJ eingeben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>“{value}” is not a kind of document; please choose {choices}.</source>
      <translation>„{value}“ ist keine Belegart; bitte wählen Sie {choices}.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/bank.py" />
      <source>“{value}” is not a known country code – an IBAN starts with two letters for the country, such as DE, followed by two check digits.</source>
      <translation>„{value}“ ist kein bekanntes Länderkürzel – eine IBAN beginnt mit zwei Buchstaben für das Land, z. B. DE, gefolgt von zwei Prüfziffern.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/history.py" />
      <source>“{value}” is not a number of minutes.</source>
      <translation>„{value}“ ist keine Anzahl Minuten.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/values.py" />
      <source>“{value}” is not a number. Example: 1.234,56</source>
      <translation>„{value}“ ist keine Zahl. Beispiel: 1.234,56</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>“{value}” is not a number; please write it with a dot, such as "2.5".</source>
      <translation>„{value}“ ist keine Zahl; bitte mit Punkt schreiben, etwa "2.5".</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>“{value}” is not a tax case; please choose {choices}.</source>
      <translation>„{value}“ ist kein Steuerfall; bitte wählen Sie {choices}.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/values.py" />
      <source>“{value}” is not a time. Please enter it as HH:MM, e.g. 14:30.</source>
      <translation>„{value}“ ist keine Uhrzeit. Bitte im Format HH:MM eingeben, z. B. 14:30.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/cli/sales.py" />
      <source>“{value}” is not a unit the program knows.</source>
      <translation>„{value}“ ist keine Einheit, die das Programm kennt.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/bank.py" />
      <source>“{value}” is not a valid BIC – it consists of letters and digits only, e.g. COBADEFFXXX.</source>
      <translation>„{value}“ ist kein gültiger BIC – ein BIC besteht nur aus Buchstaben und Ziffern, z. B. COBADEFFXXX.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/email.py" />
      <source>“{value}” is not a valid email address – please enter it as name@example.com.</source>
      <translation>„{value}“ ist keine gültige E-Mail-Adresse – bitte in der Form name@beispiel.de eingeben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/customers.py" />
      <source>“{value}” is not a web address.</source>
      <translation>„{value}“ ist keine Webadresse.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/services/custom_fields.py" />
      <source>“{value}” is not one of the choices.</source>
      <translation>„{value}“ ist keine der möglichen Angaben.</translation>
    </message>
    <message>
      <location filename="../../meinbuero/domain/values.py" />
      <source>“{value}” is too large a number.</source>
      <translation>„{value}“ ist eine zu große Zahl.</translation>
    </message>
  </context>
</TS>
