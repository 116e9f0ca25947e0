<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Placeholders: {names}</source>
        <translation>Platzhalter: {names}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About meinbuero</source>
        <translation>Über meinbuero</translation>
    </message>
    <message>
        <source>&lt;h3&gt;meinbuero {version}&lt;/h3&gt;&lt;p&gt;Customers, contacts, selling and letters of your business.&lt;/p&gt;&lt;p&gt;Licence: {licence}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;meinbuero {version}&lt;/h3&gt;&lt;p&gt;Kunden, Kontakte, Verkauf und Briefe Ihrer Firma.&lt;/p&gt;&lt;p&gt;Lizenz: {licence}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Company file: {path}</source>
        <translation>Firmendatei: {path}</translation>
    </message>
    <message>
        <source>Built with Python {python} and Qt {qt}, and these libraries:</source>
        <translation>Erstellt mit Python {python} und Qt {qt} und diesen Bibliotheken:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
</context>
<context>
    <name>AccountingPage</name>
    <message>
        <source>DATEV</source>
        <translation>DATEV</translation>
    </message>
    <message>
        <source>Chart of accounts:</source>
        <translation>Kontenrahmen:</translation>
    </message>
    <message>
        <source>Consultant number:</source>
        <translation>Beraternummer:</translation>
    </message>
    <message>
        <source>Client number:</source>
        <translation>Mandantennummer:</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>Fiscal year begins in:</source>
        <translation>Wirtschaftsjahr beginnt im:</translation>
    </message>
    <message>
        <source>Account length:</source>
        <translation>Sachkontenlänge:</translation>
    </message>
    <message>
        <source>A debtor account per customer (from the customer number)</source>
        <translation>Ein Debitorenkonto je Kunde (aus der Kundennummer)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Standard accounts of the chart</source>
        <translation>Standardkonten des Kontenrahmens</translation>
    </message>
    <message>
        <source>The export books invoices, cancellations and payments for your tax adviser (menu Finance &gt; DATEV export…). The revenue and Skonto accounts are the charts&apos; automatic accounts, so no BU key is needed.</source>
        <translation>Der Export bucht Rechnungen, Stornorechnungen und Zahlungen für Ihren Steuerberater (Menü Finanzen &gt; DATEV-Export…). Die Erlös- und Skontokonten sind Automatikkonten des Kontenrahmens, ein BU-Schlüssel ist daher nicht nötig.</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Buchhaltung</translation>
    </message>
</context>
<context>
    <name>AddressTab</name>
    <message>
        <source>assigned when saving</source>
        <translation>wird beim Speichern vergeben</translation>
    </message>
    <message>
        <source>Tick the groups the customer belongs to.</source>
        <translation>Kreuzen Sie die Gruppen an, zu denen der Kunde gehört.</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>assigned when saving</source>
        <extracomment>The VAT rates offered (German law: standard, reduced, none).</extracomment>
        <translation>wird beim Speichern vergeben</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Article {number} – {name}</source>
        <translation>Artikel {number} – {name}</translation>
    </message>
    <message>
        <source>This article is no longer in the company file.</source>
        <translation>Dieser Artikel ist nicht mehr in der Firmendatei.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Article &amp;no.:</source>
        <translation>Artikel&amp;nr.:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>Net &amp;price (€):</source>
        <translation>Netto&amp;preis (€):</translation>
    </message>
    <message>
        <source>&amp;VAT rate:</source>
        <translation>&amp;USt.-Satz:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>Artikel&amp;gruppe:</translation>
    </message>
    <message>
        <source>&amp;Archived (no longer offered)</source>
        <translation>&amp;Archiviert (wird nicht mehr angeboten)</translation>
    </message>
</context>
<context>
    <name>ArticlesArea</name>
    <message>
        <source>Import articles…</source>
        <extracomment>QSettings key: the folder a price list was last read from or written to.</extracomment>
        <translation>Artikel importieren…</translation>
    </message>
    <message>
        <source>Read a price list (Excel or CSV): new articles and new prices</source>
        <translation>Eine Preisliste einlesen (Excel oder CSV): neue Artikel und neue Preise</translation>
    </message>
    <message>
        <source>Export articles…</source>
        <translation>Artikel exportieren…</translation>
    </message>
    <message>
        <source>Write the articles to Excel or CSV</source>
        <translation>Die Artikel als Excel- oder CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Article no.</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Article name</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Preis netto</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>USt.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Search: number, name, description… (Ctrl+F)</source>
        <translation>Suchen: Nummer, Bezeichnung, Beschreibung… (Strg+F)</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation>Artikel bearbeiten</translation>
    </message>
    <message>
        <source>Delete/archive…</source>
        <translation>Löschen/Archivieren…</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Artikel löschen</translation>
    </message>
    <message>
        <source>Delete the article {article}?</source>
        <translation>Den Artikel {article} löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>{reason}

Archive the article instead? It is then no longer offered but stays in the documents.</source>
        <translation>{reason}

Den Artikel stattdessen archivieren? Er wird dann nicht mehr angeboten, bleibt aber in den Belegen erhalten.</translation>
    </message>
    <message>
        <source>Archive article</source>
        <translation>Artikel archivieren</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>{article} was archived.</source>
        <translation>{article} wurde archiviert.</translation>
    </message>
    <message>
        <source>{article} was deleted.</source>
        <translation>{article} wurde gelöscht.</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Price lists (*.xlsx *.csv);;All files (*)</source>
        <translation>Preislisten (*.xlsx *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file, semicolons (*.csv)</source>
        <translation>CSV-Datei, Semikolon (*.csv)</translation>
    </message>
    <message>
        <source>Export articles</source>
        <translation>Artikel exportieren</translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} changed articles.</source>
        <translation>Importiert: {new} neue, {updated} geänderte Artikel.</translation>
    </message>
    <message>
        <source>Articles.xlsx</source>
        <translation>Artikel.xlsx</translation>
    </message>
    <message>
        <source>{count} articles written to {path}.</source>
        <translation>{count} Artikel in {path} geschrieben.</translation>
    </message>
    <message>
        <source>{count} articles</source>
        <translation>{count} Artikel</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backup</source>
        <translation>Datensicherung</translation>
    </message>
    <message>
        <source>Change…</source>
        <extracomment>Restores a backup (with its password) over the open company: the window&apos;s business. What the last step told the user (for tests and the status line).</extracomment>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>With a password the backup is encrypted (AES-256). The password is not stored: without it the backup cannot be restored.</source>
        <translation>Mit einem Passwort wird die Datensicherung verschlüsselt (AES-256). Das Passwort wird nicht gespeichert: Ohne es kann die Sicherung nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Back up automatically</source>
        <translation>Automatisch sichern</translation>
    </message>
    <message>
        <source>When the program is closed</source>
        <translation>Beim Beenden des Programms</translation>
    </message>
    <message>
        <source>Daily, on the first start of a day</source>
        <translation>Täglich, beim ersten Start des Tages</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>Automatic backups are not encrypted (no password is stored); if you want a password, leave them off and back up with “Back up now”.</source>
        <translation>Automatische Sicherungen werden nicht verschlüsselt (kein Passwort wird gespeichert); wenn Sie ein Passwort möchten, lassen Sie sie aus und sichern Sie mit „Jetzt sichern“.</translation>
    </message>
    <message>
        <source>Keep the last:</source>
        <translation>Aufbewahren, die letzten:</translation>
    </message>
    <message>
        <source>Warn when the last backup is older than:</source>
        <translation>Warnen, wenn die letzte Sicherung älter ist als:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Ordner für Datensicherungen</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Gesichert in {path}.</translation>
    </message>
    <message>
        <source>The backup {name} is complete and undamaged.</source>
        <translation>Die Datensicherung {name} ist vollständig und unbeschädigt.</translation>
    </message>
    <message>
        <source>Restore into a new company file</source>
        <translation>In eine neue Firmendatei wiederherstellen</translation>
    </message>
    <message>
        <source>meinbuero company files (*.sqlite)</source>
        <translation>meinbuero-Firmendateien (*.sqlite)</translation>
    </message>
    <message>
        <source>The open company file cannot be replaced while it is open. Restore into a new file; it can then be opened instead.</source>
        <translation>Die geöffnete Firmendatei kann nicht ersetzt werden, solange sie geöffnet ist. Stellen Sie in eine neue Datei wieder her; diese kann dann stattdessen geöffnet werden.</translation>
    </message>
    <message>
        <source>Restored into {path}.</source>
        <translation>Wiederhergestellt in {path}.</translation>
    </message>
    <message>
        <source>Replace the open company {name} with this backup? The company is closed, backed up beside itself first, and opened again restored.</source>
        <translation>Die geöffnete Firma {name} durch diese Datensicherung ersetzen? Die Firma wird geschlossen, vorher daneben gesichert und wiederhergestellt neu geöffnet.</translation>
    </message>
    <message>
        <source>Restored into {path}. Open this company file now?</source>
        <translation>Wiederhergestellt in {path}. Diese Firmendatei jetzt öffnen?</translation>
    </message>
</context>
<context>
    <name>BankImportDialog</name>
    <message>
        <source>Import bank statement</source>
        <translation>Kontoauszug importieren</translation>
    </message>
    <message>
        <source>CAMT.053 (.xml, .zip) or the bank&apos;s CSV export – or drop the file here</source>
        <translation>CAMT.053 (.xml, .zip) oder der CSV-Export der Bank – oder die Datei hierher ziehen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Einlesen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Assign the columns of this bank (remembered)</source>
        <translation>Spalten dieser Bank zuordnen (wird gemerkt)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Apply the assignment</source>
        <translation>Zuordnung übernehmen</translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation>&amp;Zuordnen zu:</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <source>Choose a bank statement</source>
        <translation>Kontoauszug wählen</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.zip *.csv *.txt);;All files (*)</source>
        <translation>Kontoauszüge (*.xml *.zip *.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Format: %1 – account %2 – %3 bookings</source>
        <translation>Format: %1 – Konto %2 – %3 Buchungen</translation>
    </message>
    <message>
        <source>Ignore (do not book)</source>
        <translation>Ignorieren (nicht buchen)</translation>
    </message>
    <message>
        <source>%1 – %2 – open %3</source>
        <translation>%1 – %2 – offen %3</translation>
    </message>
    <message>
        <source>Credit of %1</source>
        <translation>Als Guthaben von %1</translation>
    </message>
    <message>
        <source>%1 bookings ticked, together %2</source>
        <translation>%1 Buchungen angehakt, zusammen %2</translation>
    </message>
</context>
<context>
    <name>BankRowsModel</name>
    <message>
        <source>Book</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Payer / payee</source>
        <translation>Auftraggeber / Empfänger</translation>
    </message>
    <message>
        <source>Remittance information</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Skonto</source>
        <translation>Skonto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>already booked</source>
        <translation>bereits gebucht</translation>
    </message>
    <message>
        <source>assigned by hand</source>
        <translation>von Hand zugeordnet</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Appointments and tasks of all customers in this period:</source>
        <translation>Termine und Aufgaben aller Kunden in diesem Zeitraum:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
</context>
<context>
    <name>CalendarExporter</name>
    <message>
        <source>The file {path} could not be written: {error}</source>
        <translation>Die Datei {path} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>{appointments} appointments and {tasks} tasks written to {path}.</source>
        <translation>{appointments} Termine und {tasks} Aufgaben in {path} geschrieben.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>meinbuero</source>
        <translation>meinbuero</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Columns shown in the customer list:</source>
        <translation>Spalten der Kundenliste:</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>My company</source>
        <translation>Meine Firma</translation>
    </message>
</context>
<context>
    <name>ConditionsTab</name>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>payable within {days} days net</source>
        <translation>zahlbar innerhalb von {days} Tagen netto</translation>
    </message>
    <message>
        <source>{percent} % cash discount within {days} days</source>
        <translation>{percent} % Skonto innerhalb von {days} Tagen</translation>
    </message>
    <message>
        <source>(no payment terms)</source>
        <translation>(keine Zahlungsbedingungen)</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <source>Consent to advertising</source>
        <extracomment>A change was recorded (the customer&apos;s id).</extracomment>
        <translation>Einwilligungen (Werbung)</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>den Kunden selbst</translation>
    </message>
    <message>
        <source>(after saving)</source>
        <translation>(nach dem Speichern)</translation>
    </message>
    <message>
        <source>advertising allowed</source>
        <translation>Werbung erlaubt</translation>
    </message>
    <message>
        <source>no advertising</source>
        <translation>keine Werbung</translation>
    </message>
</context>
<context>
    <name>ConsentChangeDialog</name>
    <message>
        <source>Consent: {channel}</source>
        <translation>Einwilligung: {channel}</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>Ä&amp;nderung:</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;How given:</source>
        <translation>&amp;Wie erteilt:</translation>
    </message>
    <message>
        <source>e.g. form at the trade fair, signed 12.03.</source>
        <translation>z. B. Formular auf der Messe, unterschrieben am 12.03.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>ContactLauncher</name>
    <message>
        <source>“{text}” is not a web address.</source>
        <translation>„{text}“ ist keine Internetadresse.</translation>
    </message>
    <message>
        <source>Please enter at least the postcode or the city.</source>
        <translation>Bitte geben Sie mindestens die PLZ oder den Ort ein.</translation>
    </message>
    <message>
        <source>No e-mail program could be started. Please set a default e-mail program in Windows (Settings &gt; Apps &gt; Default apps).</source>
        <translation>Es konnte kein E-Mail-Programm gestartet werden. Bitte legen Sie in Windows ein Standard-E-Mail-Programm fest (Einstellungen &gt; Apps &gt; Standard-Apps).</translation>
    </message>
    <message>
        <source>No program for phone calls could be started. Please set one in Windows (Settings &gt; Apps &gt; Default apps), or choose another way of dialling in Settings &gt; History.</source>
        <translation>Es konnte kein Programm zum Telefonieren gestartet werden. Bitte legen Sie eines in Windows fest (Einstellungen &gt; Apps &gt; Standard-Apps) oder wählen Sie unter Einstellungen &gt; Historie eine andere Art zu wählen.</translation>
    </message>
    <message>
        <source>The browser could not be started.</source>
        <translation>Der Browser konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>E-mail to {address}</source>
        <translation>E-Mail an {address}</translation>
    </message>
    <message>
        <source>Call to {number}</source>
        <translation>Anruf bei {number}</translation>
    </message>
    <message>
        <source>Note for the history</source>
        <translation>Notiz für die Historie</translation>
    </message>
    <message>
        <source>Note for the history (optional):</source>
        <translation>Notiz für die Historie (freiwillig):</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Wählen</translation>
    </message>
    <message>
        <source>Dial anyway?</source>
        <translation>Trotzdem wählen?</translation>
    </message>
    <message>
        <source>meinbuero</source>
        <translation>meinbuero</translation>
    </message>
</context>
<context>
    <name>ContactPerson</name>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. Dr.</source>
        <translation>z. B. Dr.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>DD.MM. or DD.MM.YYYY</source>
        <translation>TT.MM. oder TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>Hauptansprechpartner</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Durchwahl</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Anrede (du/Sie)</translation>
    </message>
    <message>
        <source>Formal (Sie)</source>
        <translation>Förmlich (Sie)</translation>
    </message>
    <message>
        <source>Informal (du)</source>
        <translation>Persönlich (du)</translation>
    </message>
    <message>
        <source>Letter opens with</source>
        <translation>Brief beginnt mit</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Anpassen</translation>
    </message>
    <message>
        <source>Type the letter salutation yourself instead of the one made from the name</source>
        <translation>Die Briefanrede selbst eingeben statt der aus dem Namen gebildeten</translation>
    </message>
    <message>
        <source>Social profiles</source>
        <translation>Soziale Profile</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Vorlieben</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ContactPersonTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>Hauptansprechpartner</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Contact person: {name}</source>
        <translation>Ansprechpartner: {name}</translation>
    </message>
    <message>
        <source>New contact person</source>
        <translation>Neuer Ansprechpartner</translation>
    </message>
    <message>
        <source>Delete contact person</source>
        <translation>Ansprechpartner löschen</translation>
    </message>
    <message>
        <source>Delete the contact person “{name}”?</source>
        <translation>Den Ansprechpartner „{name}“ löschen?</translation>
    </message>
    <message>
        <source>Make main contact</source>
        <translation>Als Hauptansprechpartner</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>CustomFieldsPage</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Field label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Field type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Individuelle Felder</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(nicht verwendet)</translation>
    </message>
    <message>
        <source>Field {slot}</source>
        <translation>Feld {slot}</translation>
    </message>
</context>
<context>
    <name>CustomFieldsTab</name>
    <message>
        <source>e.g. 1.234,56</source>
        <translation>z. B. 1.234,56</translation>
    </message>
    <message>
        <source>Empty the date</source>
        <translation>Datum leeren</translation>
    </message>
</context>
<context>
    <name>CustomerAddress</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Company addition</source>
        <translation>Firmenzusatz</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. Dr.</source>
        <translation>z. B. Dr.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode / city</source>
        <translation>PLZ / Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>DD.MM. or DD.MM.YYYY</source>
        <translation>TT.MM. oder TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Letter salutation</source>
        <translation>Briefanrede</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Anrede (du/Sie)</translation>
    </message>
    <message>
        <source>Formal (Sie)</source>
        <translation>Förmlich (Sie)</translation>
    </message>
    <message>
        <source>Informal (du)</source>
        <translation>Persönlich (du)</translation>
    </message>
    <message>
        <source>Letter opens with</source>
        <translation>Brief beginnt mit</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Anpassen</translation>
    </message>
    <message>
        <source>Type the letter salutation yourself instead of the one made from the name</source>
        <translation>Die Briefanrede selbst eingeben statt der aus dem Namen gebildeten</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Durchwahl</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>E-mail for invoices</source>
        <translation>E-Mail für Rechnungen</translation>
    </message>
    <message>
        <source>if other than the e-mail</source>
        <translation>falls abweichend von der E-Mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Social profiles</source>
        <translation>Soziale Profile</translation>
    </message>
    <message>
        <source>Customer groups</source>
        <translation>Kundengruppen</translation>
    </message>
    <message>
        <source>Tax and bank details</source>
        <translation>Steuer und Bankverbindung</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Kontoinhaber</translation>
    </message>
    <message>
        <source>Remarks / note</source>
        <translation>Anmerkungen / Notiz</translation>
    </message>
</context>
<context>
    <name>CustomerConditions</name>
    <message>
        <source>Prices and delivery</source>
        <translation>Preise und Lieferung</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Preisliste</translation>
    </message>
    <message>
        <source>Customer discount</source>
        <translation>Kundenrabatt</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>Lieferbedingungen</translation>
    </message>
    <message>
        <source>Limit of open invoices</source>
        <translation>Limit offener Rechnungen</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Before a new invoice would take the open invoices of this customer above the limit, the program warns. Empty: no limit.</source>
        <translation>Bevor eine neue Rechnung die offenen Rechnungen dieses Kunden über das Limit bringen würde, warnt das Programm. Leer: kein Limit.</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>E-Rechnung</translation>
    </message>
    <message>
        <source>Sending invoices</source>
        <translation>Rechnungsversand</translation>
    </message>
    <message>
        <source>Leitweg-ID</source>
        <translation>Leitweg-ID</translation>
    </message>
    <message>
        <source>The routing ID of a public buyer, e.g. 04011000-1234512345-06; an XRechnung names it as buyer reference.</source>
        <translation>Die Leitweg-ID eines öffentlichen Auftraggebers, z. B. 04011000-1234512345-06; eine XRechnung nennt sie als Käuferreferenz.</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsbedingungen</translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <source>days net</source>
        <translation>Tage netto</translation>
    </message>
    <message>
        <source>Cash discount</source>
        <translation>Skonto</translation>
    </message>
    <message>
        <source>% within</source>
        <translation>% innerhalb von</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Payment terms (text)</source>
        <translation>Zahlungsbedingungen (Text)</translation>
    </message>
    <message>
        <source>On invoices</source>
        <translation>Auf Rechnungen</translation>
    </message>
    <message>
        <source>No payment reminders or dunning letters for this customer</source>
        <translation>Keine Zahlungserinnerungen oder Mahnungen an diesen Kunden</translation>
    </message>
    <message>
        <source>Dunning block (no reminders)</source>
        <translation>Mahnsperre (keine Mahnungen)</translation>
    </message>
</context>
<context>
    <name>CustomerContacts</name>
    <message>
        <source>New contact person</source>
        <translation>Neuer Ansprechpartner</translation>
    </message>
    <message>
        <source>Save contact person</source>
        <translation>Ansprechpartner speichern</translation>
    </message>
    <message>
        <source>Make main contact</source>
        <translation>Als Hauptansprechpartner</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechpartner</translation>
    </message>
</context>
<context>
    <name>CustomerCustomFields</name>
    <message>
        <source>No custom fields are defined yet. You can set up to 20 fields with their own label and type under Extras &gt; Settings &gt; Custom fields.</source>
        <translation>Es sind noch keine individuellen Felder festgelegt. Bis zu 20 Felder mit eigener Bezeichnung und eigenem Typ legen Sie unter Extras &gt; Einstellungen &gt; Individuelle Felder fest.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Konditionen</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Individuelle Felder</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Save and keep the window open (Ctrl+S)</source>
        <translation>Speichern, das Fenster bleibt offen (Strg+S)</translation>
    </message>
    <message>
        <source>Write letter…</source>
        <translation>Brief schreiben…</translation>
    </message>
    <message>
        <source>Write e-mail…</source>
        <translation>E-Mail schreiben…</translation>
    </message>
    <message>
        <source>Write e-mail (mail program)</source>
        <translation>E-Mail schreiben (E-Mail-Programm)</translation>
    </message>
    <message>
        <source>Call (phone)</source>
        <translation>Anrufen (Telefon)</translation>
    </message>
    <message>
        <source>Open website (browser)</source>
        <translation>Website öffnen (Browser)</translation>
    </message>
    <message>
        <source>Show on map (OpenStreetMap)</source>
        <translation>Auf der Karte zeigen (OpenStreetMap)</translation>
    </message>
    <message>
        <source>This customer is no longer in the company file.</source>
        <translation>Diesen Kunden gibt es in der Firmendatei nicht mehr.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Customer {number} – {name}</source>
        <translation>Kunde {number} – {name}</translation>
    </message>
    <message>
        <source>Last processed: {time}</source>
        <translation>Letzte Verarbeitung: {time}</translation>
    </message>
</context>
<context>
    <name>CustomerDocuments</name>
    <message>
        <source>Please save the new customer first; then documents can be filed here.</source>
        <translation>Bitte speichern Sie den neuen Kunden zuerst; danach können hier Dokumente abgelegt werden.</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Search title, remark and file name</source>
        <translation>Titel, Bemerkung und Dateiname durchsuchen</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Show the deleted documents of this customer</source>
        <translation>Die gelöschten Dokumente dieses Kunden anzeigen</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Ansprechpartner:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation>Bemerkung:</translation>
    </message>
    <message>
        <source>Versions (double-click opens):</source>
        <translation>Versionen (Doppelklick öffnet):</translation>
    </message>
    <message>
        <source>Save properties</source>
        <translation>Eigenschaften speichern</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Änderungen übernehmen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Empty recycle bin…</source>
        <translation>Papierkorb leeren…</translation>
    </message>
</context>
<context>
    <name>CustomerHistory</name>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Search subject and text</source>
        <translation>Betreff und Text durchsuchen</translation>
    </message>
    <message>
        <source>New… (F10)</source>
        <translation>Neu… (F10)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Kalender exportieren…</translation>
    </message>
    <message>
        <source>This customer&apos;s appointments and tasks as an iCalendar file (.ics) for Outlook, Thunderbird or Google</source>
        <translation>Die Termine und Aufgaben dieses Kunden als iCalendar-Datei (.ics) für Outlook, Thunderbird oder Google</translation>
    </message>
</context>
<context>
    <name>CustomerNotes</name>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Type the note here; date, time and your name are added automatically.</source>
        <translation>Notiz hier eingeben; Datum, Uhrzeit und Ihr Name werden automatisch ergänzt.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Customer no.</source>
        <extracomment>Role of a row&apos;s customer id (an int) in every column. Role telling whether the row&apos;s customer is archived (a bool). Hidden unless chosen (the money columns, read only while shown). Ids fetched per query when the view asks for a row that is not cached (~15 ms). Rows kept at most; the oldest blocks are dropped first. Custom fields whose values are fetched (None: all defined ones). Whether the money columns are fetched (one of them is shown).</extracomment>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Name / company</source>
        <translation>Name / Firma</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Last processed</source>
        <translation>Letzte Verarbeitung</translation>
    </message>
    <message>
        <source>Revenue this year</source>
        <translation>Umsatz dieses Jahr</translation>
    </message>
    <message>
        <source>Revenue last year</source>
        <translation>Umsatz Vorjahr</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <source>Last invoice</source>
        <translation>Letzte Rechnung</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
</context>
<context>
    <name>CustomersArea</name>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Kunde bearbeiten</translation>
    </message>
    <message>
        <source>Delete/archive…</source>
        <translation>Löschen/Archivieren…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>New event, task or appointment for the selected customer (F10)</source>
        <translation>Neues Ereignis, neue Aufgabe oder neuer Termin für den gewählten Kunden (F10)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Spalten…</translation>
    </message>
    <message>
        <source>New quote for this customer</source>
        <translation>Neues Angebot für diesen Kunden</translation>
    </message>
    <message>
        <source>New invoice for this customer</source>
        <translation>Neue Rechnung für diesen Kunden</translation>
    </message>
    <message>
        <source>New document for this customer</source>
        <translation>Neuer Beleg für diesen Kunden</translation>
    </message>
    <message>
        <source>Write letter…</source>
        <translation>Brief schreiben…</translation>
    </message>
    <message>
        <source>Serial letter to the customers shown…</source>
        <translation>Serienbrief an die angezeigten Kunden…</translation>
    </message>
    <message>
        <source>Write e-mail…</source>
        <translation>E-Mail schreiben…</translation>
    </message>
    <message>
        <source>Serial e-mail to the customers shown…</source>
        <translation>Serien-E-Mail an die angezeigten Kunden…</translation>
    </message>
    <message>
        <source>Search: number, name, city, phone, e-mail… (Ctrl+F)</source>
        <translation>Suchen: Nummer, Name, Ort, Telefon, E-Mail… (Strg+F)</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>Hauptansprechpartner</translation>
    </message>
    <message>
        <source>Last processed</source>
        <translation>Letzte Verarbeitung</translation>
    </message>
    <message>
        <source>Show on map (OpenStreetMap)</source>
        <translation>Auf der Karte zeigen (OpenStreetMap)</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation>E-Mail schreiben</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>Website öffnen</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Kunde löschen</translation>
    </message>
    <message>
        <source>Archive customer</source>
        <translation>Kunde archivieren</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>{customer} is already archived. It has contact persons, notes or other data and is therefore kept in the archive, not deleted.</source>
        <translation>{customer} ist bereits archiviert. Zu diesem Kunden gibt es Ansprechpartner, Notizen oder andere Daten; er bleibt deshalb im Archiv und wird nicht gelöscht.</translation>
    </message>
    <message>
        <source>{customer} has contact persons, notes or other data and is therefore archived, not deleted. It no longer appears in the list but can be restored at any time (View &gt; Show archived).

Archive the customer?</source>
        <translation>Zu {customer} gibt es Ansprechpartner, Notizen oder andere Daten; der Kunde wird deshalb archiviert, nicht gelöscht. Er erscheint nicht mehr in der Liste, kann aber jederzeit wiederhergestellt werden (Ansicht &gt; Archivierte anzeigen).

Kunden archivieren?</translation>
    </message>
    <message>
        <source>Delete {customer}?

Nothing is attached to this customer; it will be deleted permanently.</source>
        <translation>{customer} löschen?

Zu diesem Kunden ist nichts weiter gespeichert; er wird endgültig gelöscht.</translation>
    </message>
    <message>
        <source>{customer} was archived.</source>
        <translation>{customer} wurde archiviert.</translation>
    </message>
    <message>
        <source>{customer} was deleted.</source>
        <translation>{customer} wurde gelöscht.</translation>
    </message>
    <message>
        <source>Create your first customer</source>
        <translation>Ersten Kunden anlegen</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Strg+N</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>Kunden importieren…</translation>
    </message>
    <message>
        <source>from Excel, Outlook, CSV or vCard</source>
        <translation>aus Excel, Outlook, CSV oder vCard</translation>
    </message>
    <message>
        <source>Fill in Meine Firma</source>
        <translation>Meine Firma ausfüllen</translation>
    </message>
    <message>
        <source>your address, tax number and bank for letters and invoices</source>
        <translation>Ihre Anschrift, Steuernummer und Bank für Briefe und Rechnungen</translation>
    </message>
    <message>
        <source>No customers yet. What would you like to do first?</source>
        <translation>Noch keine Kunden. Womit möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>First steps in the handbook</source>
        <translation>Erste Schritte im Handbuch</translation>
    </message>
</context>
<context>
    <name>DocumentCategoriesPage</name>
    <message>
        <source>Largest file to add:</source>
        <translation>Größte Datei zum Hinzufügen:</translation>
    </message>
    <message>
        <source>Document categories</source>
        <translation>Dokumentkategorien</translation>
    </message>
    <message>
        <source>Each document in a customer&apos;s file has a category. A category that documents have cannot be deleted: hide it, and it is no longer offered for new documents.</source>
        <translation>Jedes Dokument in der Kundenakte hat eine Kategorie. Eine Kategorie, die Dokumente haben, kann nicht gelöscht werden: Blenden Sie sie aus, dann wird sie für neue Dokumente nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>Name of the category:</source>
        <translation>Name der Kategorie:</translation>
    </message>
    <message>
        <source>New document category</source>
        <translation>Neue Dokumentkategorie</translation>
    </message>
    <message>
        <source>Rename document category</source>
        <translation>Dokumentkategorie umbenennen</translation>
    </message>
    <message>
        <source>The category was deleted meanwhile in another window.</source>
        <translation>Die Kategorie wurde inzwischen in einem anderen Fenster gelöscht.</translation>
    </message>
</context>
<context>
    <name>DocumentListDialog</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>{count} documents</source>
        <translation>{count} Belege</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>File type</source>
        <extracomment>A header was clicked: read the rows again in this order.</extracomment>
        <translation>Dateityp</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Copy files into this customer&apos;s documents</source>
        <extracomment>Files were added (from a drop or &quot;Hinzufügen…&quot;): the ids of the new documents. A working copy&apos;s changes were kept as a new version of the document with this id. The e-invoice windows opened from this tab (a drop, a double-click).</extracomment>
        <translation>Dateien in die Dokumente dieses Kunden kopieren</translation>
    </message>
    <message>
        <source>Open a working copy for changing; saved changes become a new version</source>
        <translation>Eine Arbeitskopie zum Ändern öffnen; gespeicherte Änderungen werden eine neue Version</translation>
    </message>
    <message>
        <source>Keep the changes of opened working copies now</source>
        <translation>Die Änderungen geöffneter Arbeitskopien jetzt übernehmen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>{count} documents in the recycle bin</source>
        <translation>Im Papierkorb: {count} Dokument(e)</translation>
    </message>
    <message>
        <source>{count} documents</source>
        <translation>Dokumente: {count}</translation>
    </message>
    <message>
        <source>{count} in the recycle bin</source>
        <translation>im Papierkorb: {count}</translation>
    </message>
    <message>
        <source>{name} · {size} · added {time} by {author}</source>
        <translation>{name} · {size} · hinzugefügt {time} von {author}</translation>
    </message>
    <message>
        <source>Version {number} · {time} · {size}</source>
        <translation>Version {number} · {time} · {size}</translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>von {author}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>This document is no longer there.</source>
        <translation>Dieses Dokument ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Properties saved.</source>
        <translation>Eigenschaften gespeichert.</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Dokumente hinzufügen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Adding documents…</source>
        <translation>Dokumente werden hinzugefügt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>{name} wird hinzugefügt…</translation>
    </message>
    <message>
        <source>{count} documents added.</source>
        <translation>Hinzugefügte Dokumente: {count}.</translation>
    </message>
    <message>
        <source>The document cannot be opened: {reason}</source>
        <translation>Das Dokument kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>“{title}” is open for changing. Saved changes are kept as a new version.</source>
        <translation>„{title}“ ist zum Ändern geöffnet. Gespeicherte Änderungen werden als neue Version übernommen.</translation>
    </message>
    <message>
        <source>Version {number} of “{title}” stored.</source>
        <translation>Version {number} von „{title}“ gespeichert.</translation>
    </message>
    <message>
        <source>Save document as</source>
        <translation>Dokument speichern unter</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}</source>
        <translation>{name} konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>Delete documents</source>
        <translation>Dokumente löschen</translation>
    </message>
    <message>
        <source>Move {count} documents to the recycle bin?</source>
        <translation>{count} Dokument(e) in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <source>{count} documents moved to the recycle bin.</source>
        <translation>{count} Dokument(e) in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>{count} documents restored.</source>
        <translation>{count} Dokument(e) wiederhergestellt.</translation>
    </message>
    <message>
        <source>Empty recycle bin</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <source>Delete the {count} documents in the recycle bin for good? This cannot be undone.</source>
        <translation>Die {count} Dokument(e) im Papierkorb endgültig löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>{count} documents deleted for good.</source>
        <translation>{count} Dokument(e) endgültig gelöscht.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <source>Due on {day}: open tasks, follow-ups and birthdays of the next 14 days</source>
        <extracomment>A line was opened (double-click, Enter): the customer&apos;s id.</extracomment>
        <translation>Fällig am {day}: offene Aufgaben, Wiedervorlagen und Geburtstage der nächsten 14 Tage</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Show at start</source>
        <translation>Beim Start anzeigen</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <source>Date</source>
        <extracomment>Overdue lines: the red of the status bar&apos;s backup warning. The entries (a list of DueEntry); an empty list when they could not be read.</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Subject/occasion</source>
        <translation>Betreff/Anlass</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Birthday ({age} years)</source>
        <translation>Geburtstag ({age} Jahre)</translation>
    </message>
    <message>
        <source>overdue since {day}</source>
        <translation>überfällig seit {day}</translation>
    </message>
</context>
<context>
    <name>DunningArea</name>
    <message>
        <source>Dunning date:</source>
        <translation>Mahndatum:</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Keine auswählen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Create dunning letters</source>
        <translation>Mahnungen erstellen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Sent dunning letters</source>
        <translation>Versendete Mahnungen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Zinsen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Pay by</source>
        <translation>Zahlbar bis</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>{count} dunning letters sent</source>
        <translation>{count} Mahnungen versendet</translation>
    </message>
    <message>
        <source>{count} invoices due for dunning · total {total}</source>
        <translation>{count} Rechnungen zu mahnen · gesamt {total}</translation>
    </message>
    <message>
        <source>Open letter</source>
        <translation>Brief öffnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The letter cannot be opened: {reason}</source>
        <translation>Das Schreiben lässt sich nicht öffnen: {reason}</translation>
    </message>
    <message>
        <source>Dunning letters</source>
        <translation>Mahnungen</translation>
    </message>
    <message>
        <source>{count} dunning letters were made and filed with the customers. Open them in one PDF to print?</source>
        <translation>{count} Mahnungen wurden erstellt und bei den Kunden abgelegt. In einem PDF zum Drucken öffnen?</translation>
    </message>
    <message>
        <source>Please tick the invoices to dun.</source>
        <translation>Bitte die zu mahnenden Rechnungen ankreuzen.</translation>
    </message>
    <message>
        <source>Nothing was due any more; no letter was made.</source>
        <translation>Es war nichts mehr fällig; es wurde keine Mahnung erstellt.</translation>
    </message>
    <message>
        <source>{count} dunning letters made.</source>
        <translation>{count} Mahnungen erstellt.</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Kunde öffnen</translation>
    </message>
</context>
<context>
    <name>DunningSettingsPage</name>
    <message>
        <source>Placeholders: {placeholders}</source>
        <translation>Platzhalter: {placeholders}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Zinssatz (%)</translation>
    </message>
    <message>
        <source>Dunning</source>
        <translation>Mahnwesen</translation>
    </message>
    <message>
        <source>days after the due date</source>
        <translation>Tage nach Fälligkeit</translation>
    </message>
    <message>
        <source>days after the previous letter</source>
        <translation>Tage nach dem vorigen Schreiben</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Level {number}</source>
        <translation>Stufe {number}</translation>
    </message>
    <message>
        <source>Latest known rate: {rate} % since {date}. Add a new rate when the Bundesbank announces one (1 January, 1 July).</source>
        <translation>Zuletzt bekannt: {rate} % seit {date}. Tragen Sie einen neuen Satz ein, sobald die Bundesbank ihn bekannt gibt (1. Januar, 1. Juli).</translation>
    </message>
</context>
<context>
    <name>EInvoiceViewDialog</name>
    <message>
        <source>E-invoice {number} from {seller}</source>
        <extracomment>The invoice was filed in the documents of this customer (its id).</extracomment>
        <translation>E-Rechnung {number} von {seller}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Keep the e-invoice and its PDF view in this supplier&apos;s documents</source>
        <translation>Die E-Rechnung und ihre PDF-Ansicht in den Dokumenten dieses Lieferanten ablegen</translation>
    </message>
    <message>
        <source>Create the seller as a customer in the group Lieferant and file it there</source>
        <translation>Den Verkäufer als Kunden in der Gruppe Lieferant anlegen und die Rechnung dort ablegen</translation>
    </message>
    <message>
        <source>No supplier matches the seller (by VAT ID, IBAN or name). It can be created as a new supplier with the invoice&apos;s data.</source>
        <translation>Kein Lieferant passt zum Verkäufer (nach USt-IdNr., IBAN oder Name). Er kann mit den Daten der Rechnung als neuer Lieferant angelegt werden.</translation>
    </message>
    <message>
        <source>Supplier: {match}</source>
        <translation>Lieferant: {match}</translation>
    </message>
    <message>
        <source>Filed with {name}.</source>
        <translation>Abgelegt bei {name}.</translation>
    </message>
    <message>
        <source>The e-invoice was filed with {name}.</source>
        <translation>Die E-Rechnung wurde bei {name} abgelegt.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>Gespeichert als {name}.</translation>
    </message>
    <message>
        <source>Open e-invoice</source>
        <translation>E-Rechnung öffnen</translation>
    </message>
    <message>
        <source>E-invoices (*.xml *.pdf);;All files (*)</source>
        <translation>E-Rechnungen (*.xml *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>E-Rechnung</translation>
    </message>
    <message>
        <source>File with the supplier</source>
        <translation>Beim Lieferanten ablegen</translation>
    </message>
    <message>
        <source>Create as new supplier</source>
        <translation>Als neuen Lieferanten anlegen</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Save changes?</source>
        <translation>Änderungen speichern?</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 Minuten vorher</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 Stunde vorher</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 Tag vorher</translation>
    </message>
    <message>
        <source>(no contact person)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Edit event – {name}</source>
        <translation>Ereignis bearbeiten – {name}</translation>
    </message>
    <message>
        <source>Edit task – {name}</source>
        <translation>Aufgabe bearbeiten – {name}</translation>
    </message>
    <message>
        <source>Edit appointment – {name}</source>
        <translation>Termin bearbeiten – {name}</translation>
    </message>
    <message>
        <source>New entry – {name}</source>
        <translation>Neu – {name}</translation>
    </message>
    <message>
        <source>{minutes} minutes before</source>
        <translation>{minutes} Minuten vorher</translation>
    </message>
    <message>
        <source>This entry is no longer in the company file.</source>
        <translation>Dieser Eintrag ist nicht mehr in der Firmendatei.</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>What do you want to record?</source>
        <translation>Was möchten Sie erfassen?</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Ereignis</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Aufgabe</translation>
    </message>
    <message>
        <source>A&amp;ppointment</source>
        <translation>&amp;Termin</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Date/time:</source>
        <translation>Datum/Uhrzeit:</translation>
    </message>
    <message>
        <source>dd.mm.yyyy hh:mm</source>
        <translation>TT.MM.JJJJ hh:mm</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <source>hh:mm or dd.mm.yyyy hh:mm</source>
        <translation>hh:mm oder TT.MM.JJJJ hh:mm</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Reminder:</source>
        <translation>Erinnerung:</translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation>Fällig am:</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Ansprechpartner:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Wiedervorlage:</translation>
    </message>
    <message>
        <source>dd.mm.yyyy (optional)</source>
        <translation>TT.MM.JJJJ (optional)</translation>
    </message>
</context>
<context>
    <name>EventTypesPage</name>
    <message>
        <source>Event types</source>
        <translation>Ereignisarten</translation>
    </message>
    <message>
        <source>The types an event in the Historie can have (F10). A type that events use cannot be deleted: hide it, and it is no longer offered for new events while the old ones keep it. E-mails and calls you start with a click are recorded under the first shown outgoing e-mail or call type.</source>
        <translation>Die Arten, die ein Ereignis in der Historie haben kann (F10). Eine Art, die Ereignisse verwenden, kann nicht gelöscht werden: Blenden Sie sie aus, dann wird sie für neue Ereignisse nicht mehr angeboten, die alten behalten sie. E-Mails und Anrufe, die Sie per Klick starten, werden unter der ersten sichtbaren ausgehenden E-Mail- bzw. Anruf-Art festgehalten.</translation>
    </message>
    <message>
        <source>Name of the type:</source>
        <translation>Name der Art:</translation>
    </message>
    <message>
        <source>New event type</source>
        <translation>Neue Ereignisart</translation>
    </message>
    <message>
        <source>Rename event type</source>
        <translation>Ereignisart umbenennen</translation>
    </message>
    <message>
        <source>The type was deleted meanwhile in another window.</source>
        <translation>Die Art wurde inzwischen in einem anderen Fenster gelöscht.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The {count} customers shown in the list</source>
        <extracomment>Emitted on the GUI thread when an export ended: the report (``cancelled`` or not). Emitted when an export failed, with the German message shown.</extracomment>
        <translation>Die {count} in der Liste angezeigten Kunden</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>CSV text file (.csv)</source>
        <translation>CSV-Textdatei (.csv)</translation>
    </message>
    <message>
        <source>vCard address cards (.vcf)</source>
        <translation>vCard-Visitenkarten (.vcf)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (for Excel)</source>
        <translation>UTF-8 mit BOM (für Excel)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows (ANSI)</source>
        <translation>Windows (ANSI)</translation>
    </message>
    <message>
        <source>Customers.xlsx</source>
        <translation>Kunden.xlsx</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>One card per customer and one per contact person; the fields choose what the cards carry.</source>
        <translation>Eine Karte je Kunde und je Ansprechpartner; die gewählten Felder bestimmen, was auf den Karten steht.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Kunden exportieren</translation>
    </message>
    <message>
        <source>Please choose at least one field to export.</source>
        <translation>Bitte wählen Sie mindestens ein Feld für den Export.</translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation>Export läuft …</translation>
    </message>
    <message>
        <source>Cancelling …</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>{done} of {total} customers …</source>
        <translation>{done} von {total} Kunden …</translation>
    </message>
    <message>
        <source>Export cancelled – no file was written.</source>
        <translation>Export abgebrochen – es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>{customers} customers and {persons} contact persons exported to {path}.</source>
        <translation>{customers} Kunden und {persons} Ansprechpartner nach {path} exportiert.</translation>
    </message>
    <message>
        <source>{customers} customers exported to {path}.</source>
        <translation>{customers} Kunden nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>The customers shown in the list</source>
        <translation>Die in der Liste angezeigten Kunden</translation>
    </message>
    <message>
        <source>All customers (without the archived ones)</source>
        <translation>Alle Kunden (ohne archivierte)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File &amp;type:</source>
        <translation>Datei&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Zeichensatz:</translation>
    </message>
    <message>
        <source>Fields to export</source>
        <translation>Zu exportierende Felder</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;alle</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;keine</translation>
    </message>
    <message>
        <source>Target file</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>The export failed ({kind}): {error}</source>
        <extracomment>The :class:`ExportReport` (also when cancelled). A German message: the file could not be written, or something unexpected.</extracomment>
        <translation>Der Export ist fehlgeschlagen ({kind}): {error}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <extracomment>Likely duplicates and refusals listed in the preview at most (a choice widget each for the duplicates); the others follow the choice for all, the report lists every refusal.</extracomment>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx), CSV file (.csv) or vCards (.vcf) – e.g. an export from Outlook, Google Contacts or Thunderbird.</source>
        <translation>Excel-Arbeitsmappe (.xlsx), CSV-Datei (.csv) oder vCards (.vcf) – z. B. ein Export aus Outlook, Google Kontakte oder Thunderbird.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
</context>
<context>
    <name>FinanceExportDialog</name>
    <message>
        <source>DATEV export</source>
        <translation>DATEV-Export</translation>
    </message>
    <message>
        <source>Revenue list</source>
        <translation>Umsatzliste</translation>
    </message>
    <message>
        <source>Invoices, cancellations and payments of the period as a DATEV Buchungsstapel (EXTF) for your tax adviser.</source>
        <translation>Rechnungen, Stornorechnungen und Zahlungen des Zeitraums als DATEV-Buchungsstapel (EXTF) für Ihren Steuerberater.</translation>
    </message>
    <message>
        <source>Every invoice and cancellation of the period with net per VAT rate, VAT, gross and paid, and the year&apos;s revenue against the small-business limits.</source>
        <translation>Jede Rechnung und Stornorechnung des Zeitraums mit Netto je Steuersatz, Umsatzsteuer, Brutto und Bezahlt, dazu der Jahresumsatz gegenüber den Kleinunternehmergrenzen.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Revenue list {start} to {end}</source>
        <translation>Umsatzliste {start} bis {end}</translation>
    </message>
    <message>
        <source>DATEV file (*.csv)</source>
        <translation>DATEV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{count} bookings written to {file}.</source>
        <translation>{count} Buchungen in {file} geschrieben.</translation>
    </message>
    <message>
        <source>{count} documents written to {file}.</source>
        <translation>{count} Belege in {file} geschrieben.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Customer groups</source>
        <translation>Kundengruppen</translation>
    </message>
    <message>
        <source>Customer groups sort your customers (customer, supplier, prospect, …). A customer can be in several groups; a group that still has customers cannot be deleted.</source>
        <translation>Kundengruppen ordnen Ihre Kunden (Kunde, Lieferant, Interessent, …). Ein Kunde kann in mehreren Gruppen sein; eine Gruppe, die noch Kunden hat, kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>New customer group</source>
        <translation>Neue Kundengruppe</translation>
    </message>
    <message>
        <source>Rename customer group</source>
        <translation>Kundengruppe umbenennen</translation>
    </message>
    <message>
        <source>The group was deleted meanwhile in another window.</source>
        <translation>Die Gruppe wurde inzwischen in einem anderen Fenster gelöscht.</translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>Name der Gruppe:</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>meinbuero – Handbook</source>
        <extracomment>The handbook&apos;s pages in the order of the contents; pages not named here follow by name. What F1 shows: main window areas (&quot;area:&lt;key&gt;&quot;, a prefix ends with &quot;_&quot;), tabs and windows by their object name, settings pages as &quot;settings:&lt;page&gt;&quot;.</extracomment>
        <translation>meinbuero – Handbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>{count} places found</source>
        <translation>{count} Stellen gefunden</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
</context>
<context>
    <name>HistorySettingsPage</name>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>All</source>
        <extracomment>An entry was chosen (double-click, Enter): its kind and id (a sales document&apos;s id for kind &quot;sales&quot;, which the details window opens in the sales document window). &quot;Neu… (F10)&quot; was clicked. &quot;Kalender exportieren…&quot; was clicked.</extracomment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Sales documents</source>
        <translation>Verkaufsbelege</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <source>Dunning letters</source>
        <translation>Mahnungen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>Einträge: {count}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>New… (F10)</source>
        <translation>Neu… (F10)</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Date</source>
        <extracomment>Entries read per query when the view asks for a row that is not cached.</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import customers</source>
        <extracomment>Where the file dialog starts (the folder of the last import is kept here).</extracomment>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig stellen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Contacts (*.xlsx *.csv *.txt *.vcf);;All files (*)</source>
        <translation>Kontakte (*.xlsx *.csv *.txt *.vcf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Die Zeilen werden geprüft…</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>The company file {path} is already open – in another window of meinbuero or on another computer. Please close it there first.</source>
        <translation>Die Firmendatei {path} ist bereits geöffnet – in einem anderen Fenster von meinbuero oder auf einem anderen Rechner. Bitte schließen Sie sie dort zuerst.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Fill in the placeholders, file the PDF in the customer&apos;s documents</source>
        <translation>Platzhalter ausfüllen, PDF in den Dokumenten des Kunden ablegen</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Entwurf löschen…</translation>
    </message>
    <message>
        <source>Placeholders: {names}</source>
        <translation>Platzhalter: {names}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>This letter is finished and filed in the customer&apos;s documents; it can no longer be changed.</source>
        <translation>Dieser Brief ist fertiggestellt und in den Dokumenten des Kunden abgelegt; er kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>New letter</source>
        <translation>Neuer Brief</translation>
    </message>
    <message>
        <source>Letter (draft)</source>
        <translation>Brief (Entwurf)</translation>
    </message>
    <message>
        <source>This letter is no longer in the company file.</source>
        <translation>Dieser Brief ist nicht mehr in der Firmendatei.</translation>
    </message>
    <message>
        <source>Please choose a customer.</source>
        <translation>Bitte wählen Sie einen Kunden.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>After finishing, the letter can no longer be changed; its PDF is filed in the customer&apos;s documents and it shows in the history. Finish now?</source>
        <translation>Nach dem Fertigstellen kann der Brief nicht mehr geändert werden; sein PDF wird in den Dokumenten des Kunden abgelegt und er erscheint in der Historie. Jetzt fertigstellen?</translation>
    </message>
    <message>
        <source>The letter cannot be finished yet:</source>
        <translation>Der Brief kann noch nicht fertiggestellt werden:</translation>
    </message>
    <message>
        <source>The letter is finished and filed in the customer&apos;s documents.</source>
        <translation>Der Brief ist fertiggestellt und in den Dokumenten des Kunden abgelegt.</translation>
    </message>
    <message>
        <source>Delete this draft? This cannot be undone.</source>
        <translation>Diesen Entwurf löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Type a name or number…</source>
        <translation>Name oder Nummer eingeben…</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>&amp;Ansprechpartner:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Replace subject and text by the template&apos;s</source>
        <translation>Betreff und Text durch die der Vorlage ersetzen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>&amp;Advertising</source>
        <translation>&amp;Werbung</translation>
    </message>
    <message>
        <source>Advertising is not sent to recipients who objected to it (Post).</source>
        <translation>Werbung geht nicht an Empfänger, die ihr widersprochen haben (Post).</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>C&amp;losing:</source>
        <translation>&amp;Grußformel:</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>&amp;Unterschrift:</translation>
    </message>
    <message>
        <source>As the recipient reads it:</source>
        <translation>So liest es der Empfänger:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>LettersArea</name>
    <message>
        <source>Serial letter…</source>
        <translation>Serienbrief…</translation>
    </message>
    <message>
        <source>A letter to each customer the customer list shows (search, group)</source>
        <translation>Ein Brief an jeden Kunden, den die Kundenliste zeigt (Suche, Gruppe)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Kundennr.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Search: customer, subject… (Ctrl+F)</source>
        <translation>Suchen: Kunde, Betreff… (Strg+F)</translation>
    </message>
    <message>
        <source>{count} letters</source>
        <translation>{count} Briefe</translation>
    </message>
    <message>
        <source>New letter</source>
        <translation>Neuer Brief</translation>
    </message>
    <message>
        <source>Open letter</source>
        <translation>Brief öffnen</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Entwurf löschen…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>{letter} is finished and filed; it is kept as it was sent.</source>
        <translation>{letter} ist fertiggestellt und abgelegt; er bleibt so erhalten, wie er versandt wurde.</translation>
    </message>
    <message>
        <source>Delete the draft {letter}?</source>
        <translation>Den Entwurf {letter} löschen?</translation>
    </message>
</context>
<context>
    <name>ListArea</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Period…</source>
        <translation>Zeitraum…</translation>
    </message>
    <message>
        <source>Search… (Ctrl+F)</source>
        <extracomment>Today, as the period filter sees it (tests fix it).</extracomment>
        <translation>Suchen… (Strg+F)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>Password for {user} at {host}:</source>
        <extracomment>The result of ``work``. The exception ``work`` raised.</extracomment>
        <translation>Passwort für {user} bei {host}:</translation>
    </message>
    <message>
        <source>E-mail password</source>
        <translation>E-Mail-Passwort</translation>
    </message>
    <message>
        <source>E-mail to {name}</source>
        <extracomment>The mail was sent: the id of the .eml filed in the customer&apos;s Dokumente. Sending failed: the German message (the mail is kept as a draft).</extracomment>
        <translation>E-Mail an {name}</translation>
    </message>
    <message>
        <source>(choose a template to use its text)</source>
        <translation>(Vorlage wählen, um ihren Text zu übernehmen)</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>No e-mail account is set up yet: please add one in Settings &gt; E-mail.</source>
        <translation>Es ist noch kein E-Mail-Konto eingerichtet: Bitte legen Sie eines unter Einstellungen &gt; E-Mail an.</translation>
    </message>
    <message>
        <source>From documents…</source>
        <translation>Aus Dokumenten…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Als &amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Replace the subject and text typed with the template&apos;s?</source>
        <translation>Betreff und Text durch die der Vorlage ersetzen?</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Dokumente anhängen</translation>
    </message>
    <message>
        <source>The customer has no documents yet.</source>
        <translation>Der Kunde hat noch keine Dokumente.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Kept as a draft.</source>
        <translation>Als Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>Sending to {addresses} …</source>
        <translation>Wird an {addresses} gesendet …</translation>
    </message>
    <message>
        <source>The e-mail was sent, but the server refused: {addresses}</source>
        <translation>Die E-Mail wurde gesendet, aber der Server hat abgelehnt: {addresses}</translation>
    </message>
    <message>
        <source>The e-mail is kept as a draft.</source>
        <translation>Die E-Mail ist als Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>The e-mail could not be sent ({kind}): {error}</source>
        <translation>Die E-Mail konnte nicht gesendet werden ({kind}): {error}</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>New e-mail…</source>
        <translation>Neue E-Mail…</translation>
    </message>
    <message>
        <source>Draft: {subject} ({when})</source>
        <translation>Entwurf: {subject} ({when})</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(ohne Betreff)</translation>
    </message>
</context>
<context>
    <name>MailSettingsPage</name>
    <message>
        <source>E-mail program (mailto)</source>
        <translation>E-Mail-Programm (mailto)</translation>
    </message>
    <message>
        <source>meinbuero</source>
        <translation>meinbuero</translation>
    </message>
    <message>
        <source>Send e-mails with:</source>
        <translation>E-Mails senden mit:</translation>
    </message>
    <message>
        <source>SMTP accounts</source>
        <translation>SMTP-Konten</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Default account</source>
        <translation>Standardkonto</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Send a test e-mail to the sender address</source>
        <translation>Eine Test-E-Mail an die Absenderadresse senden</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>The password is kept in the system&apos;s password store (keyring), never in the company file.</source>
        <translation>Das Passwort liegt im Passwortspeicher des Systems (Schlüsselbund), nie in der Firmendatei.</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(gespeichert)</translation>
    </message>
    <message>
        <source>(new account)</source>
        <translation>(neues Konto)</translation>
    </message>
    <message>
        <source>meinbuero: test e-mail</source>
        <translation>meinbuero: Test-E-Mail</translation>
    </message>
    <message>
        <source>This test e-mail shows that meinbuero can send through {host}.</source>
        <translation>Diese Test-E-Mail zeigt, dass meinbuero über {host} senden kann.</translation>
    </message>
    <message>
        <source>Sending a test e-mail …</source>
        <translation>Test-E-Mail wird gesendet …</translation>
    </message>
    <message>
        <source>The test e-mail to {address} was sent.</source>
        <translation>Die Test-E-Mail an {address} wurde gesendet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New company…</source>
        <translation>Neue Firma…</translation>
    </message>
    <message>
        <source>Open company…</source>
        <translation>Firma öffnen…</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Kunde bearbeiten</translation>
    </message>
    <message>
        <source>Delete/archive…</source>
        <translation>Löschen/Archivieren…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Customers</source>
        <extracomment>The kinds of sales documents that have an area of their own, in the navigation&apos;s order. Datei &gt; Neue Firma / Firma öffnen / Zuletzt verwendet: (file, made just now). A backup (path, password) to restore over this window&apos;s company: the launcher closes the window, restores and opens the company again. The window was closed (the company file can be closed).</extracomment>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Order confirmations</source>
        <translation>Auftragsbestätigungen</translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation>Lieferscheine</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <source>Dunning</source>
        <translation>Mahnwesen</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Offene Posten</translation>
    </message>
    <message>
        <source>Meine Firma…</source>
        <translation>Meine Firma…</translation>
    </message>
    <message>
        <source>Custom fields…</source>
        <translation>Individuelle Felder…</translation>
    </message>
    <message>
        <source>Customer groups…</source>
        <translation>Kundengruppen…</translation>
    </message>
    <message>
        <source>Number ranges…</source>
        <translation>Nummernkreise…</translation>
    </message>
    <message>
        <source>History settings…</source>
        <translation>Einstellungen Historie…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>About meinbuero…</source>
        <translation>Über meinbuero…</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Follow-ups…</source>
        <translation>Wiedervorlage…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Open e-invoice…</source>
        <translation>E-Rechnung öffnen…</translation>
    </message>
    <message>
        <source>Import bank statement…</source>
        <translation>Kontoauszug importieren…</translation>
    </message>
    <message>
        <source>Backup…</source>
        <translation>Datensicherung…</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Kalender exportieren…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Master data</source>
        <translation>&amp;Stammdaten</translation>
    </message>
    <message>
        <source>Small master data</source>
        <translation>Kleinstammdaten</translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation>&amp;Verkauf</translation>
    </message>
    <message>
        <source>&amp;Correspondence</source>
        <translation>&amp;Korrespondenz</translation>
    </message>
    <message>
        <source>E&amp;xtras</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Finance</source>
        <translation>&amp;Finanzen</translation>
    </message>
    <message>
        <source>DATEV export…</source>
        <translation>DATEV-Export…</translation>
    </message>
    <message>
        <source>Revenue list…</source>
        <translation>Umsatzliste…</translation>
    </message>
    <message>
        <source>Accounting settings…</source>
        <translation>Einstellungen Buchhaltung…</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Symbolleiste</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Korrespondenz</translation>
    </message>
    <message>
        <source>Payments / finance</source>
        <translation>Zahlungen / Finanzen</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>{company} – meinbuero</source>
        <translation>{company} – meinbuero</translation>
    </message>
    <message>
        <source>{shown} of {total} customers</source>
        <translation>{shown} von {total} Kunden</translation>
    </message>
    <message>
        <source>Event types…</source>
        <translation>Ereignisarten…</translation>
    </message>
    <message>
        <source>Document categories…</source>
        <translation>Dokumentkategorien…</translation>
    </message>
    <message>
        <source>meinbuero</source>
        <translation>meinbuero</translation>
    </message>
    <message>
        <source>Click here or use File &gt; Backup… to back up and to set automatic backups.</source>
        <translation>Klicken Sie hier oder verwenden Sie Datei &gt; Datensicherung…, um zu sichern und automatische Sicherungen einzurichten.</translation>
    </message>
    <message>
        <source>Backup folder unreachable</source>
        <translation>Sicherungsordner nicht erreichbar</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be reached: plug in the USB stick or connect the network drive, or choose another folder.</source>
        <translation>Der Sicherungsordner {folder} ist nicht erreichbar: Stecken Sie den USB-Stick ein oder verbinden Sie das Netzlaufwerk, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Noch keine Datensicherung</translation>
    </message>
    <message>
        <source>There is no backup of this company in {folder} yet.</source>
        <translation>In {folder} gibt es noch keine Sicherung dieser Firma.</translation>
    </message>
    <message>
        <source>Last backup {days} days ago</source>
        <translation>Letzte Sicherung vor {days} Tagen</translation>
    </message>
    <message>
        <source>The last backup in {folder} is from {date}.</source>
        <translation>Die letzte Sicherung in {folder} ist vom {date}.</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Gesichert in {path}.</translation>
    </message>
    <message>
        <source>The automatic backup was not made; nothing is lost. {reason}</source>
        <translation>Die automatische Datensicherung wurde nicht erstellt; es ist nichts verloren. {reason}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Assign columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>The layout of this file is not known. Choose for each column the field it goes into; the proposal comes from the column headings.</source>
        <translation>Der Aufbau dieser Datei ist nicht bekannt. Bitte für jede Spalte das Feld wählen, in das sie übernommen wird; der Vorschlag stammt aus den Spaltenüberschriften.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>Gespeicherte Zuordnung:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Recognised as</source>
        <translation>Erkannt als</translation>
    </message>
    <message>
        <source>Save this mapping as:</source>
        <translation>Diese Zuordnung speichern unter:</translation>
    </message>
    <message>
        <source>like “{name}” ({score} %)</source>
        <translation>ähnlich „{name}“ ({score} %)</translation>
    </message>
    <message>
        <source>Please assign at least one column to a field.</source>
        <translation>Bitte mindestens eine Spalte einem Feld zuordnen.</translation>
    </message>
</context>
<context>
    <name>NamedListPage</name>
    <message>
        <source>&amp;New…</source>
        <extracomment>The entry&apos;s key on this page (new entries have no id until saved). Whether entries can be hidden (the Ausblenden button shows).</extracomment>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>{name} (hidden)</source>
        <translation>{name} (ausgeblendet)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Einblenden</translation>
    </message>
</context>
<context>
    <name>NoteTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Adds the note with date, time and your name (Ctrl+Enter)</source>
        <translation>Fügt die Notiz mit Datum, Uhrzeit und Ihrem Namen hinzu (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Delete the note of {date}?

{text}</source>
        <translation>Die Notiz vom {date} löschen?

{text}</translation>
    </message>
</context>
<context>
    <name>NumberRangesPage</name>
    <message>
        <source>Number ranges</source>
        <translation>Nummernkreise</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Order confirmations</source>
        <translation>Auftragsbestätigungen</translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation>Lieferscheine</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Cancellation invoices</source>
        <translation>Stornorechnungen</translation>
    </message>
    <message>
        <source>Next customer number: {number}</source>
        <translation>Nächste Kundennummer: {number}</translation>
    </message>
    <message>
        <source>Next article number: {number}</source>
        <translation>Nächste Artikelnummer: {number}</translation>
    </message>
    <message>
        <source>Next quote number: {number}</source>
        <translation>Nächste Angebotsnummer: {number}</translation>
    </message>
    <message>
        <source>Next order confirmation number: {number}</source>
        <translation>Nächste Auftragsbestätigungsnummer: {number}</translation>
    </message>
    <message>
        <source>Next delivery note number: {number}</source>
        <translation>Nächste Lieferscheinnummer: {number}</translation>
    </message>
    <message>
        <source>Next invoice number: {number}</source>
        <translation>Nächste Rechnungsnummer: {number}</translation>
    </message>
    <message>
        <source>Next cancellation invoice number: {number}</source>
        <translation>Nächste Stornorechnungsnummer: {number}</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Year in the number</source>
        <translation>Jahr in der Nummer</translation>
    </message>
    <message>
        <source>Start again at 1 every year</source>
        <translation>Jedes Jahr neu bei 1 beginnen</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Nächste Nummer</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>{range}: the number {number} has {length} characters; DATEV&apos;s Belegfeld 1 holds at most {maximum}.</source>
        <translation>{range}: Die Nummer {number} hat {length} Zeichen; das Belegfeld 1 von DATEV fasst höchstens {maximum}.</translation>
    </message>
</context>
<context>
    <name>OpenItemsArea</name>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>Click: show only these invoices; again: all</source>
        <translation>Klick: nur diese Rechnungen zeigen; noch einmal: alle</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Dunning level</source>
        <translation>Mahnstufe</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Search: invoice number, customer… (Ctrl+F)</source>
        <translation>Suche: Rechnungsnummer, Kunde… (Strg+F)</translation>
    </message>
    <message>
        <source>{count} open invoices · open {total}</source>
        <translation>{count} offene Rechnungen · offen {total}</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <source>Book payment…</source>
        <translation>Zahlung buchen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Open invoice</source>
        <translation>Rechnung öffnen</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Kunde öffnen</translation>
    </message>
    <message>
        <source>Import bank statement…</source>
        <translation>Kontoauszug importieren…</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Gross:</source>
        <translation>Brutto:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Bezahlt:</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Offen:</translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation>Fällig am:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>New payment</source>
        <translation>Neue Zahlung</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Way:</source>
        <translation>Zahlungs&amp;art:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Book payment</source>
        <translation>Zahlung &amp;buchen</translation>
    </message>
    <message>
        <source>Bookings on this invoice</source>
        <translation>Buchungen zu dieser Rechnung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Skonto</source>
        <translation>Skonto</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Abschreibung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>&amp;Undo…</source>
        <translation>&amp;Rückgängig…</translation>
    </message>
    <message>
        <source>Write off the &amp;rest…</source>
        <translation>&amp;Rest ausbuchen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Book payment – invoice {number}</source>
        <translation>Zahlung buchen – Rechnung {number}</translation>
    </message>
    <message>
        <source>Invoice {number} – {customer}</source>
        <translation>Rechnung {number} – {customer}</translation>
    </message>
    <message>
        <source>{date} ({days} days overdue)</source>
        <translation>{date} ({days} Tage überfällig)</translation>
    </message>
    <message>
        <source>Use credit ({amount})</source>
        <translation>Guthaben verrechnen ({amount})</translation>
    </message>
    <message>
        <source>with {percent} % Skonto until {date}: {amount}</source>
        <translation>mit {percent} % Skonto bis {date}: {amount}</translation>
    </message>
    <message>
        <source>Please enter the date.</source>
        <translation>Bitte geben Sie das Datum ein.</translation>
    </message>
    <message>
        <source>Please enter the amount.</source>
        <translation>Bitte geben Sie den Betrag ein.</translation>
    </message>
    <message>
        <source>Payment of {amount} booked.</source>
        <translation>Zahlung von {amount} gebucht.</translation>
    </message>
    <message>
        <source>Payment of {amount} booked with Skonto.</source>
        <translation>Zahlung von {amount} mit Skonto gebucht.</translation>
    </message>
    <message>
        <source>Undo payment</source>
        <translation>Zahlung rückgängig machen</translation>
    </message>
    <message>
        <source>Why is the payment undone (e.g. returned direct debit)?</source>
        <translation>Warum wird die Zahlung rückgängig gemacht (z. B. Rücklastschrift)?</translation>
    </message>
    <message>
        <source>The payment was undone.</source>
        <translation>Die Zahlung wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Write off the remaining {amount} of invoice {number}? The invoice then counts as settled.</source>
        <translation>Den Rest von {amount} der Rechnung {number} ausbuchen? Die Rechnung gilt dann als erledigt.</translation>
    </message>
    <message>
        <source>{amount} written off.</source>
        <translation>{amount} ausgebucht.</translation>
    </message>
    <message>
        <source>{amount} of the credit used.</source>
        <translation>{amount} des Guthabens verrechnet.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>This is what the import will do. Nothing has been written yet.</source>
        <translation>So wird importiert. Bisher wurde noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>Aus der Datei</translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation>Vorhandener Kunde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Apply to all</source>
        <translation>Auf alle anwenden</translation>
    </message>
    <message>
        <source>For all likely duplicates:</source>
        <translation>Für alle möglichen Dubletten:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Refuse rows with a value that cannot be read</source>
        <translation>Zeilen mit einem unlesbaren Wert ablehnen</translation>
    </message>
    <message>
        <source>Otherwise such a row is imported without the value, and the report lists it.</source>
        <translation>Sonst wird eine solche Zeile ohne den Wert importiert, und der Bericht nennt ihn.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Create as custom field</source>
        <translation>Als individuelles Feld anlegen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Repair these values as the column “Repaired” shows</source>
        <translation>Diese Werte reparieren, wie die Spalte „Repariert“ zeigt</translation>
    </message>
    <message>
        <source>As read</source>
        <translation>Wie gelesen</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Repariert</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Mögliche Dubletten</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Without unreadable values</source>
        <translation>Ohne unlesbare Werte</translation>
    </message>
    <message>
        <source>Columns not imported</source>
        <translation>Nicht übernommene Spalten</translation>
    </message>
    <message>
        <source>Character set</source>
        <translation>Zeichensatz</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Update the existing one</source>
        <translation>Vorhandenen aktualisieren</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Trotzdem importieren</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Likely duplicate</source>
        <translation>Mögliche Dublette</translation>
    </message>
    <message>
        <source>{rows} rows: {new} new customers, {updates} updates (same customer number or e-mail), {unchanged} unchanged, {duplicates} likely duplicates, {refused} refused.</source>
        <translation>Zeilen: {rows} – neue Kunden: {new}, Aktualisierungen (gleiche Kundennummer oder E-Mail): {updates}, unverändert: {unchanged}, mögliche Dubletten: {duplicates}, abgelehnt: {refused}.</translation>
    </message>
    <message>
        <source>{omitted} of them without a value that cannot be read.</source>
        <translation>Davon ohne einen unlesbaren Wert: {omitted}.</translation>
    </message>
    <message>
        <source>Without unreadable values ({count})</source>
        <translation>Ohne unlesbare Werte ({count})</translation>
    </message>
    <message>
        <source>Columns not imported ({count})</source>
        <translation>Nicht übernommene Spalten ({count})</translation>
    </message>
    <message>
        <source>Character set ({count})</source>
        <translation>Zeichensatz ({count})</translation>
    </message>
    <message>
        <source>These columns have no field and are not imported. Tick a column to create it as a custom field ({free} of 20 free; the type is guessed from the values).</source>
        <translation>Diese Spalten haben kein Feld und werden nicht importiert. Haken Sie eine Spalte an, um sie als individuelles Feld anzulegen ({free} von 20 frei; der Typ wird aus den Werten erkannt).</translation>
    </message>
    <message>
        <source>Listed: the first {listed} of {count} likely duplicates. The others get the choice for all.</source>
        <translation>Aufgeführt: die ersten {listed} von {count} möglichen Dubletten. Für die übrigen gilt die Auswahl für alle.</translation>
    </message>
    <message>
        <source>Listed: the first {listed} of {count} reasons. The import report lists all.</source>
        <translation>Aufgeführt: die ersten {listed} von {count} Gründen. Der Importbericht führt alle auf.</translation>
    </message>
    <message>
        <source>Likely duplicates ({count})</source>
        <translation>Mögliche Dubletten ({count})</translation>
    </message>
    <message>
        <source>Refused ({count})</source>
        <translation>Abgelehnt ({count})</translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message>
        <source>&amp;Import</source>
        <extracomment>The tabs of the preview. What the import wrote (None: not imported).</extracomment>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Datei: {path}</translation>
    </message>
    <message>
        <source>New: {count}</source>
        <translation>Neu: {count}</translation>
    </message>
    <message>
        <source>Changed: {count}</source>
        <translation>Geändert: {count}</translation>
    </message>
    <message>
        <source>Unchanged: {count}</source>
        <translation>Unverändert: {count}</translation>
    </message>
    <message>
        <source>Refused: {count}</source>
        <translation>Abgelehnt: {count}</translation>
    </message>
    <message>
        <source>Columns: {columns}</source>
        <translation>Spalten: {columns}</translation>
    </message>
    <message>
        <source>Refused ({count})</source>
        <translation>Abgelehnt ({count})</translation>
    </message>
    <message>
        <source>New and changed ({count})</source>
        <translation>Neu und geändert ({count})</translation>
    </message>
    <message>
        <source>Nothing can be imported while rows are refused: please correct them in the file and import it again.</source>
        <translation>Solange Zeilen abgelehnt sind, wird nichts importiert: Bitte korrigieren Sie sie in der Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Nothing to import: every article of the file is as it is already.</source>
        <translation>Nichts zu importieren: Alle Artikel der Datei sind bereits so gespeichert.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>(from the number range)</source>
        <translation>(aus dem Nummernkreis)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Es wurde nichts importiert: {reason}</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>New and changed</source>
        <translation>Neu und geändert</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Article no.</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Article name</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Preis netto</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>USt.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The customers are written in one go: cancelled means nothing is imported.</source>
        <translation>Die Kunden werden in einem Zug gespeichert: Bei Abbruch wird nichts importiert.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <source>{done} of {total} rows</source>
        <translation>{done} von {total} Zeilen</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import abgeschlossen.</translation>
    </message>
    <message>
        <source>The report was saved as {path}.</source>
        <translation>Der Bericht wurde unter {path} gespeichert.</translation>
    </message>
    <message>
        <source>The import failed; nothing was imported. {message}</source>
        <translation>Der Import ist fehlgeschlagen; es wurde nichts importiert. {message}</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>SalesArea</name>
    <message>
        <source>Book payment…</source>
        <extracomment>The status filter&apos;s entry that shows only the cancellations in the Rechnungen area.</extracomment>
        <translation>Zahlung buchen…</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlstatus</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Cancellation invoices</source>
        <translation>Stornorechnungen</translation>
    </message>
    <message>
        <source>Search: number, customer, subject… (Ctrl+F)</source>
        <translation>Suchen: Nummer, Kunde, Betreff… (Strg+F)</translation>
    </message>
    <message>
        <source>{count} {documents} · net {net} · gross {gross}</source>
        <translation>{count} {documents} · netto {net} · brutto {gross}</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <source>Open quote</source>
        <translation>Angebot öffnen</translation>
    </message>
    <message>
        <source>New order confirmation</source>
        <translation>Neue Auftragsbestätigung</translation>
    </message>
    <message>
        <source>Open order confirmation</source>
        <translation>Auftragsbestätigung öffnen</translation>
    </message>
    <message>
        <source>New delivery note</source>
        <translation>Neuer Lieferschein</translation>
    </message>
    <message>
        <source>Open delivery note</source>
        <translation>Lieferschein öffnen</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <source>Open invoice</source>
        <translation>Rechnung öffnen</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Neuer Beleg</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Beleg öffnen</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Entwurf löschen…</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>{document} is finalised and cannot be deleted: issued documents are kept as they were sent. Correct an invoice with a cancellation.</source>
        <translation>{document} ist abgeschlossen und kann nicht gelöscht werden: ausgestellte Belege bleiben so erhalten, wie sie verschickt wurden. Eine Rechnung korrigieren Sie mit einer Stornorechnung.</translation>
    </message>
    <message>
        <source>Delete the draft {document}?</source>
        <translation>Den Entwurf {document} löschen?</translation>
    </message>
    <message>
        <source>{document} was deleted.</source>
        <translation>{document} wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>SalesDocumentDialog</name>
    <message>
        <source>These placeholders are filled in when printing: {placeholders}</source>
        <extracomment>A new document was made from this one (carried on, copied, the cancellation): its id. Windows this one opened itself (when no ``open_document`` was given).</extracomment>
        <translation>Diese Platzhalter werden beim Drucken ausgefüllt: {placeholders}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Save PDF as…</source>
        <translation>PDF speichern unter…</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Per E-Mail senden…</translation>
    </message>
    <message>
        <source>Save e-invoice as…</source>
        <translation>E-Rechnung speichern unter…</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Weiterführen</translation>
    </message>
    <message>
        <source>to {kind}</source>
        <translation>zu {kind}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Cancel invoice…</source>
        <translation>Stornieren…</translation>
    </message>
    <message>
        <source>Book payment…</source>
        <translation>Zahlung buchen…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Wieder offen</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Entwurf löschen…</translation>
    </message>
    <message>
        <source>This document is no longer in the company file.</source>
        <translation>Dieses Dokument ist nicht mehr in der Firmendatei.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>{kind} {number} is finalised and can no longer be changed. Status: {status}</source>
        <translation>{kind} {number} ist abgeschlossen und kann nicht mehr geändert werden. Status: {status}</translation>
    </message>
    <message>
        <source>made from {number}</source>
        <translation>erstellt aus {number}</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>Neu: {kind}</translation>
    </message>
    <message>
        <source>{kind} (draft)</source>
        <translation>{kind} (Entwurf)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Text below the line&apos;s name:</source>
        <translation>Text unter der Bezeichnung:</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>plus {rate} % VAT on {base}</source>
        <translation>zzgl. {rate} % USt auf {base}</translation>
    </message>
    <message>
        <source>without VAT on {base}</source>
        <translation>ohne USt auf {base}</translation>
    </message>
    <message>
        <source>Total gross</source>
        <translation>Gesamt brutto</translation>
    </message>
    <message>
        <source>Cash discount {percent} % within {days} days</source>
        <translation>Skonto {percent} % bei Zahlung innerhalb von {days} Tagen</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number of days.</source>
        <translation>„{value}“ ist keine ganze Zahl von Tagen.</translation>
    </message>
    <message>
        <source>Please choose a customer.</source>
        <translation>Bitte wählen Sie einen Kunden.</translation>
    </message>
    <message>
        <source>Please enter the date.</source>
        <translation>Bitte geben Sie das Datum ein.</translation>
    </message>
    <message>
        <source>Line {number}, {field}: {reason}</source>
        <translation>Zeile {number}, {field}: {reason}</translation>
    </message>
    <message>
        <source>At most 6 lines fit into the window of the envelope.</source>
        <translation>In das Fenster des Umschlags passen höchstens 6 Zeilen.</translation>
    </message>
    <message>
        <source>After finalising, the {kind} can no longer be changed; it gets its number and its PDF is filed in the customer&apos;s documents. Finalise now?</source>
        <translation>Nach dem Abschließen kann das Dokument ({kind}) nicht mehr geändert werden; es erhält seine Nummer, und sein PDF wird in den Dokumenten des Kunden abgelegt. Jetzt abschließen?</translation>
    </message>
    <message>
        <source>The document cannot be finalised yet:</source>
        <translation>Das Dokument kann noch nicht abgeschlossen werden:</translation>
    </message>
    <message>
        <source>Finalised as {kind} {number}.</source>
        <translation>Abgeschlossen als {kind} {number}.</translation>
    </message>
    <message>
        <source>Cancel invoice {number}? A cancellation invoice that reverses it is made and finalised at once.</source>
        <translation>Rechnung {number} stornieren? Eine Stornorechnung, die sie aufhebt, wird erstellt und sofort abgeschlossen.</translation>
    </message>
    <message>
        <source>Cancelled by cancellation invoice {number}.</source>
        <translation>Storniert durch Stornorechnung {number}.</translation>
    </message>
    <message>
        <source>Delete this draft? This cannot be undone.</source>
        <translation>Diesen Entwurf löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Save PDF as</source>
        <translation>PDF speichern unter</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {problem}</source>
        <translation>Das PDF konnte nicht gespeichert werden: {problem}</translation>
    </message>
    <message>
        <source>Save e-invoice as</source>
        <translation>E-Rechnung speichern unter</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML-Dateien (*.xml)</translation>
    </message>
    <message>
        <source>The e-invoice could not be saved: {problem}</source>
        <translation>Die E-Rechnung konnte nicht gespeichert werden: {problem}</translation>
    </message>
    <message>
        <source>Payment: {state}</source>
        <translation>Zahlung: {state}</translation>
    </message>
    <message>
        <source>Payment: {state} · paid {paid} · open {open}</source>
        <translation>Zahlung: {state} · bezahlt {paid} · offen {open}</translation>
    </message>
    <message>
        <source>Sales document</source>
        <translation>Verkaufsbeleg</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Type a name, number or city …</source>
        <translation>Name, Nummer oder Ort eingeben …</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>A&amp;nsprechpartner:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Ans&amp;chrift:</translation>
    </message>
    <message>
        <source>The address as printed in the window (at most 6 lines)</source>
        <translation>Die Anschrift, wie sie im Fenster des Umschlags steht (höchstens 6 Zeilen)</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Ihr &amp;Zeichen:</translation>
    </message>
    <message>
        <source>Your reference / order no.</source>
        <translation>Ihr Zeichen / Bestellnr.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Deli&amp;very/service date:</source>
        <translation>L&amp;eistungsdatum:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Gültig bis:</translation>
    </message>
    <message>
        <source>Pa&amp;yment:</source>
        <translation>Za&amp;hlung:</translation>
    </message>
    <message>
        <source>days net,</source>
        <translation>Tage netto,</translation>
    </message>
    <message>
        <source>% cash discount within</source>
        <translation>% Skonto innerhalb von</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>&amp;Tax:</source>
        <translation>S&amp;teuer:</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Positionen</translation>
    </message>
    <message>
        <source>A new line: type the article&apos;s number or name and pick it</source>
        <translation>Neue Position: Artikelnummer oder Namen eingeben und auswählen</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Free line</source>
        <translation>Freie Position</translation>
    </message>
    <message>
        <source>Text line</source>
        <translation>Textzeile</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>The longer text printed below the line&apos;s name (Ctrl+D)</source>
        <translation>Der längere Text, der unter der Bezeichnung gedruckt wird (Strg+D)</translation>
    </message>
    <message>
        <source>Description…</source>
        <translation>Beschreibung…</translation>
    </message>
    <message>
        <source>Remove the selected lines (Del)</source>
        <translation>Die markierten Positionen entfernen (Entf)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move the line up (Ctrl+Up)</source>
        <translation>Position nach oben schieben (Strg+Pfeil hoch)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the line down (Ctrl+Down)</source>
        <translation>Position nach unten schieben (Strg+Pfeil runter)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Enter: next cell · Ins: insert line · Del: remove lines · Ctrl+Up/Down: move line</source>
        <translation>Eingabe: nächste Zelle · Einfg: Position einfügen · Entf: Positionen entfernen · Strg+Pfeil hoch/runter: Position verschieben</translation>
    </message>
    <message>
        <source>Te&amp;xts</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>Text &amp;above the lines:</source>
        <translation>Text &amp;über den Positionen:</translation>
    </message>
    <message>
        <source>Text &amp;below the lines:</source>
        <translation>Text &amp;unter den Positionen:</translation>
    </message>
    <message>
        <source>&amp;Status log</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>SalesLinesModel</name>
    <message>
        <source>Pos.</source>
        <extracomment>An article number was typed into a line&apos;s Art.-Nr. (row, text): the window looks it up. Anything in the lines changed (values, rows added, removed, moved).</extracomment>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>Item no.</source>
        <translation>Art.-Nr.</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>USt %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
</context>
<context>
    <name>SalesTextsPage</name>
    <message>
        <source>Double-click to insert {placeholder}</source>
        <translation>Doppelklick fügt {placeholder} ein</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>The letter salutation: “Sehr geehrte Frau Müller,”</source>
        <translation>Die Briefanrede: „Sehr geehrte Frau Müller,“</translation>
    </message>
    <message>
        <source>The date of the document</source>
        <translation>Das Datum des Belegs</translation>
    </message>
    <message>
        <source>Valid until (quotes)</source>
        <translation>Gültig bis (Angebote)</translation>
    </message>
    <message>
        <source>The number of the document</source>
        <translation>Die Nummer des Belegs</translation>
    </message>
    <message>
        <source>The customer number</source>
        <translation>Die Kundennummer</translation>
    </message>
    <message>
        <source>The reference, e.g. the invoice a cancellation cancels</source>
        <translation>Der Bezug, z. B. die Rechnung, die eine Stornorechnung storniert</translation>
    </message>
    <message>
        <source>{placeholders}: no placeholder the program knows, printed as it is written.</source>
        <translation>{placeholders}: Kein Platzhalter, den das Programm kennt; wird so gedruckt, wie er geschrieben ist.</translation>
    </message>
    <message>
        <source>{kind}: an empty text is not kept; new documents start with the standard text instead.</source>
        <translation>{kind}: Ein leerer Text wird nicht gespeichert; neue Belege beginnen stattdessen mit dem Standardtext.</translation>
    </message>
</context>
<context>
    <name>SerialLetterDialog</name>
    <message>
        <source>Serial letter</source>
        <extracomment>The serial letter is made (its SerialResult).</extracomment>
        <translation>Serienbrief</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Advertising: leave out customers who objected to advertising by post</source>
        <translation>&amp;Werbung: Kunden auslassen, die Werbung per Post widersprochen haben</translation>
    </message>
    <message>
        <source>One &amp;PDF with all letters, for printing</source>
        <translation>Ein &amp;PDF mit allen Briefen, zum Drucken</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>Erstellen:</translation>
    </message>
    <message>
        <source>&amp;File a finished letter in each customer&apos;s documents and history</source>
        <translation>Je Kunde einen fertigen Brief in Dokumenten und Historie &amp;ablegen</translation>
    </message>
    <message>
        <source>&amp;Create letters</source>
        <translation>Briefe &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>PDF ö&amp;ffnen</translation>
    </message>
    <message>
        <source>search “{text}”</source>
        <translation>Suche „{text}“</translation>
    </message>
    <message>
        <source>group {name}</source>
        <translation>Gruppe {name}</translation>
    </message>
    <message>
        <source>archived ones included</source>
        <translation>mit archivierten</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>alle Kunden</translation>
    </message>
    <message>
        <source>To the {count} customers the customer list shows ({filter}).</source>
        <translation>An die {count} Kunden, die die Kundenliste zeigt ({filter}).</translation>
    </message>
    <message>
        <source>Save serial letter as</source>
        <translation>Serienbrief speichern unter</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Please choose what to make: a PDF, filed letters, or both.</source>
        <translation>Bitte wählen Sie, was erstellt werden soll: ein PDF, abgelegte Briefe oder beides.</translation>
    </message>
    <message>
        <source>{count} letters written to {path}.</source>
        <translation>{count} Briefe nach {path} geschrieben.</translation>
    </message>
    <message>
        <source>{count} letters filed in the customers&apos; documents.</source>
        <translation>{count} Briefe in den Dokumenten der Kunden abgelegt.</translation>
    </message>
    <message>
        <source>No letter was made.</source>
        <translation>Es wurde kein Brief erstellt.</translation>
    </message>
    <message>
        <source>Without a postal address (no letter):</source>
        <translation>Ohne Postanschrift (kein Brief):</translation>
    </message>
    <message>
        <source>Objected to advertising (no letter):</source>
        <translation>Werbewiderspruch (kein Brief):</translation>
    </message>
    <message>
        <source>Unknown placeholders (printed as they are): {names}</source>
        <translation>Unbekannte Platzhalter (unverändert gedruckt): {names}</translation>
    </message>
</context>
<context>
    <name>SerialMailDialog</name>
    <message>
        <source>Serial e-mail</source>
        <extracomment>The run ended (its :class:`~meinbuero.services.mail.SerialReport`).</extracomment>
        <translation>Serien-E-Mail</translation>
    </message>
    <message>
        <source>To the {count} customers the customer list shows.</source>
        <translation>An die {count} Kunden, die die Kundenliste zeigt.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Advertising: only to customers who consented to advertising by e-mail</source>
        <translation>&amp;Werbung: nur an Kunden, die in Werbung per E-Mail eingewilligt haben</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>pro Minute</translation>
    </message>
    <message>
        <source>Mail providers block accounts that send too many e-mails at once.</source>
        <translation>E-Mail-Anbieter sperren Konten, die zu viele E-Mails auf einmal senden.</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Höchstens:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No e-mail account is set up yet: please add one in Settings &gt; E-mail.</source>
        <translation>Es ist noch kein E-Mail-Konto eingerichtet: Bitte legen Sie eines unter Einstellungen &gt; E-Mail an.</translation>
    </message>
    <message>
        <source>Please enter a subject.</source>
        <translation>Bitte geben Sie einen Betreff ein.</translation>
    </message>
    <message>
        <source>Sending …</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Cancelling after the current e-mail …</source>
        <translation>Wird nach der aktuellen E-Mail abgebrochen …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{done} of {total} customers …</source>
        <translation>{done} von {total} Kunden …</translation>
    </message>
    <message>
        <source>Sent: {sent} · failed: {failed} · left out: {skipped}</source>
        <translation>Gesendet: {sent} · fehlgeschlagen: {failed} · ausgelassen: {skipped}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Not sent:</source>
        <translation>Nicht gesendet:</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Ausgelassen:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Gesendet:</translation>
    </message>
    <message>
        <source>The serial e-mail stopped ({kind}): {error}</source>
        <translation>Die Serien-E-Mail wurde abgebrochen ({kind}): {error}</translation>
    </message>
</context>
<context>
    <name>SerialWorker</name>
    <message>
        <source>The PDF could not be saved: {problem}</source>
        <translation>Das PDF konnte nicht gespeichert werden: {problem}</translation>
    </message>
    <message>
        <source>The serial letter failed ({kind}): {error}</source>
        <translation>Der Serienbrief ist fehlgeschlagen ({kind}): {error}</translation>
    </message>
</context>
<context>
    <name>SettingsCompany</name>
    <message>
        <source>Postal address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation>Firmen&amp;name</translation>
    </message>
    <message>
        <source>Name &amp;addition</source>
        <translation>Namens&amp;zusatz</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>In&amp;haber</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Straße</translation>
    </message>
    <message>
        <source>&amp;Postcode / city</source>
        <translation>&amp;PLZ / Ort</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Phone and internet</source>
        <translation>Telefon und Internet</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Fax</source>
        <translation>Fa&amp;x</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Internet</translation>
    </message>
    <message>
        <source>Taxes and register</source>
        <translation>Steuern und Handelsregister</translation>
    </message>
    <message>
        <source>&amp;VAT ID</source>
        <translation>USt-I&amp;dNr.</translation>
    </message>
    <message>
        <source>&amp;Tax number</source>
        <translation>Steuernu&amp;mmer</translation>
    </message>
    <message>
        <source>Ta&amp;x office</source>
        <translation>&amp;Finanzamt</translation>
    </message>
    <message>
        <source>Register &amp;court</source>
        <translation>Registerger&amp;icht</translation>
    </message>
    <message>
        <source>Commercial &amp;register no.</source>
        <translation>Handels&amp;registernummer</translation>
    </message>
    <message>
        <source>&amp;Managing director</source>
        <translation>&amp;Geschäftsführer</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankverbindung</translation>
    </message>
    <message>
        <source>&amp;IBAN</source>
        <translation>I&amp;BAN</translation>
    </message>
    <message>
        <source>&amp;BIC</source>
        <translation>BI&amp;C</translation>
    </message>
    <message>
        <source>Ban&amp;k</source>
        <translation>Ban&amp;k</translation>
    </message>
    <message>
        <source>Sma&amp;ll business (§ 19 UStG): invoices without VAT</source>
        <translation>Klein&amp;unternehmer nach § 19 UStG: Rechnungen ohne Umsatzsteuer</translation>
    </message>
</context>
<context>
    <name>SettingsCustomFields</name>
    <message>
        <source>Every customer has 20 fields of your own. Give a field a label and a type to show it in the customer details; a field without a label is hidden.</source>
        <translation>Jeder Kunde hat 20 Felder zur freien Verwendung. Geben Sie einem Feld eine Bezeichnung und einen Typ, dann erscheint es in den Kundendetails; ein Feld ohne Bezeichnung wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Individuelle Felder</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Bezeichnung</translation>
    </message>
    <message>
        <source>empty: the field is hidden</source>
        <translation>leer: Das Feld wird nicht angezeigt</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;Choices</source>
        <translation>&amp;Auswahlwerte</translation>
    </message>
    <message>
        <source>One choice per line.</source>
        <translation>Ein Wert pro Zeile.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>(and {count} more, marked in red)</source>
        <translation>(und {count} weitere, rot markiert)</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Änderungen speichern?</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
</context>
<context>
    <name>SettingsDunning</name>
    <message>
        <source>Dunning levels</source>
        <translation>Mahnstufen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Fällig nach</translation>
    </message>
    <message>
        <source>&amp;Fee</source>
        <translation>&amp;Gebühr</translation>
    </message>
    <message>
        <source>Charge &amp;interest (§ 288 BGB)</source>
        <translation>&amp;Verzugszinsen berechnen (§ 288 BGB)</translation>
    </message>
    <message>
        <source>New dead&amp;line</source>
        <translation>Neue &amp;Zahlungsfrist</translation>
    </message>
    <message>
        <source>days after the letter</source>
        <translation>Tage nach dem Schreiben</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>Interest and flat fee</source>
        <translation>Zinsen und Pauschale</translation>
    </message>
    <message>
        <source>Interest (§ 288 BGB)</source>
        <translation>Verzugszinsen (§ 288 BGB)</translation>
    </message>
    <message>
        <source>Points above the base rate, &amp;businesses</source>
        <translation>Prozentpunkte über Basiszins, &amp;Unternehmen</translation>
    </message>
    <message>
        <source>Points above the base rate, &amp;consumers</source>
        <translation>Prozentpunkte über Basiszins, &amp;Verbraucher</translation>
    </message>
    <message>
        <source>Charge businesses the &amp;flat fee of 40 € (§ 288 Abs. 5 BGB)</source>
        <translation>Unternehmen die &amp;Pauschale von 40 € berechnen (§ 288 Abs. 5 BGB)</translation>
    </message>
    <message>
        <source>F&amp;rom level</source>
        <translation>Ab &amp;Stufe</translation>
    </message>
    <message>
        <source>Basiszinssatz (Deutsche Bundesbank)</source>
        <translation>Basiszinssatz (Deutsche Bundesbank)</translation>
    </message>
    <message>
        <source>Add &amp;rate</source>
        <translation>Zinssatz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove ra&amp;te</source>
        <translation>Zinssatz en&amp;tfernen</translation>
    </message>
</context>
<context>
    <name>SettingsHistory</name>
    <message>
        <source>A click on an e-mail address or a phone number in a customer&apos;s record starts your mail program or your phone. Here you set what the program writes down in the Historie when you do.</source>
        <translation>Ein Klick auf eine E-Mail-Adresse oder eine Telefonnummer beim Kunden startet Ihr E-Mail-Programm oder Ihr Telefon. Hier legen Sie fest, was das Programm dabei in der Historie festhält.</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Record an event (E-mail sent) when I write to a customer</source>
        <translation>Ereignis „E-Mail gesendet“ anlegen, wenn ich einem Kunden schreibe</translation>
    </message>
    <message>
        <source>Ask for a short note about the e-mail</source>
        <translation>Nach einer kurzen Notiz zur E-Mail fragen</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Record an event (Outgoing call) when I call a customer</source>
        <translation>Ereignis „Anruf ausgehend“ anlegen, wenn ich einen Kunden anrufe</translation>
    </message>
    <message>
        <source>Ask for a short note about the call</source>
        <translation>Nach einer kurzen Notiz zum Anruf fragen</translation>
    </message>
    <message>
        <source>&amp;Dial with:</source>
        <translation>&amp;Wählen mit:</translation>
    </message>
    <message>
        <source>New e-mail</source>
        <translation>Neue E-Mail</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Placeholders: {salutation} the letter salutation, {customer_number}, {company} your company, {user} your name. Long texts are shortened to what mail programs accept from a link.</source>
        <translation>Platzhalter: {Briefanrede} die Briefanrede, {Kundennummer}, {Firma} Ihre Firma, {Benutzer} Ihr Name. Lange Texte werden auf das gekürzt, was E-Mail-Programme aus einem Link annehmen.</translation>
    </message>
</context>
<context>
    <name>SettingsNamedList</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Changes to the list are saved with OK or Apply; Cancel discards them.</source>
        <translation>Änderungen an der Liste werden mit OK oder Übernehmen gespeichert; Abbrechen verwirft sie.</translation>
    </message>
</context>
<context>
    <name>SettingsNumberRanges</name>
    <message>
        <source>Numbers of customers, articles and documents</source>
        <translation>Nummern von Kunden, Artikeln und Belegen</translation>
    </message>
    <message>
        <source>Number range</source>
        <translation>Nummernkreis</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Year in
the number</source>
        <translation>Jahr in
der Nummer</translation>
    </message>
    <message>
        <source>Start again at 1
every year</source>
        <translation>Jedes Jahr neu
bei 1 beginnen</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Nächste Nummer</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Numbers once given out are never given again, so the next number can only move forward. Shorter numbers are filled with leading zeros up to the number of digits.</source>
        <translation>Einmal vergebene Nummern werden nie wieder vergeben, deshalb kann die nächste Nummer nur erhöht werden. Kürzere Nummern werden bis zur Stellenzahl mit führenden Nullen aufgefüllt.</translation>
    </message>
    <message>
        <source>With the year in the number, a document gets the year of its date: RE-2026-0001. A range that starts again at 1 every year does so with the first document of a new year; this needs the year in the number, otherwise numbers would repeat.</source>
        <translation>Mit dem Jahr in der Nummer erhält ein Beleg das Jahr seines Datums: RE-2026-0001. Ein Nummernkreis, der jedes Jahr neu bei 1 beginnt, tut das mit dem ersten Beleg eines neuen Jahres; dafür muss das Jahr in der Nummer stehen, sonst würden sich Nummern wiederholen.</translation>
    </message>
</context>
<context>
    <name>SettingsSalesTexts</name>
    <message>
        <source>Payment terms for customers without their own Konditionen</source>
        <translation>Zahlungsbedingungen für Kunden ohne eigene Konditionen</translation>
    </message>
    <message>
        <source>&amp;Payment due within</source>
        <translation>&amp;Zahlbar innerhalb von</translation>
    </message>
    <message>
        <source>days net</source>
        <translation>Tagen netto</translation>
    </message>
    <message>
        <source>Cash &amp;discount</source>
        <translation>S&amp;konto</translation>
    </message>
    <message>
        <source>% within</source>
        <translation>% bei Zahlung innerhalb von</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>A customer&apos;s own payment terms are set on the Konditionen tab of the customer.</source>
        <translation>Eigene Zahlungsbedingungen eines Kunden legen Sie auf seiner Registerkarte Konditionen fest.</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>E-Rechnung</translation>
    </message>
    <message>
        <source>When the e-invoice is not valid</source>
        <translation>Wenn die E-Rechnung nicht gültig ist</translation>
    </message>
    <message>
        <source>Customers get an e-invoice (ZUGFeRD or XRechnung) as set on their Konditionen tab; it is checked against the official rules when the invoice is finalised.</source>
        <translation>Kunden erhalten eine E-Rechnung (ZUGFeRD oder XRechnung), wie auf ihrer Registerkarte Konditionen eingestellt; sie wird beim Abschließen der Rechnung nach den offiziellen Regeln geprüft.</translation>
    </message>
    <message>
        <source>Texts of new documents</source>
        <translation>Texte neuer Belege</translation>
    </message>
    <message>
        <source>A new quote, order confirmation, delivery note or invoice starts with these texts above and below its lines; you can still change them in each document. The placeholders in braces are filled in when the document is printed.</source>
        <translation>Ein neues Angebot, eine neue Auftragsbestätigung, ein neuer Lieferschein oder eine neue Rechnung beginnt mit diesen Texten über und unter den Positionen; in jedem Beleg können Sie sie noch ändern. Die Platzhalter in geschweiften Klammern werden beim Drucken ausgefüllt.</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Beleg:</translation>
    </message>
    <message>
        <source>&amp;Restore the standard texts</source>
        <translation>&amp;Standardtexte wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Text above the lines (header):</source>
        <translation>&amp;Text über den Positionen (Kopftext):</translation>
    </message>
    <message>
        <source>Text &amp;below the lines (footer):</source>
        <translation>Text &amp;unter den Positionen (Fußtext):</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
</context>
<context>
    <name>SettingsUser</name>
    <message>
        <source>Your &amp;name</source>
        <translation>Ihr &amp;Name</translation>
    </message>
    <message>
        <source>Shown as the author of notes.</source>
        <translation>Wird als Verfasser von Notizen angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The language takes effect the next time the program starts.</source>
        <translation>Die Sprache wird beim nächsten Programmstart wirksam.</translation>
    </message>
</context>
<context>
    <name>SocialProfilesEditor</name>
    <message>
        <source>Add profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>meinbuero</source>
        <extracomment>Another program (this one, elsewhere) has the file open. No lock file can be made there (read-only folder, missing folder): go on without. Another start on the same file asked this one to come to the front.</extracomment>
        <translation>meinbuero</translation>
    </message>
    <message>
        <source>Welcome to meinbuero</source>
        <translation>Willkommen bei meinbuero</translation>
    </message>
    <message>
        <source>Choose a company</source>
        <translation>Firma wählen</translation>
    </message>
    <message>
        <source>meinbuero keeps your customers in a company file on this computer. How would you like to start?</source>
        <translation>meinbuero speichert Ihre Kunden in einer Firmendatei auf diesem Rechner. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Which company file would you like to work with?</source>
        <translation>Mit welcher Firmendatei möchten Sie arbeiten?</translation>
    </message>
    <message>
        <source>Create an empty company</source>
        <translation>Leere Firma anlegen</translation>
    </message>
    <message>
        <source>Enter the name of your company; address, bank account and tax number follow under Meine Firma.</source>
        <translation>Sie geben den Namen Ihrer Firma ein; Anschrift, Bankverbindung und Steuernummer ergänzen Sie danach unter Meine Firma.</translation>
    </message>
    <message>
        <source>Open the demo company</source>
        <translation>Demofirma öffnen</translation>
    </message>
    <message>
        <source>A sample company with {count} invented customers, articles, quotes and invoices to try everything out.</source>
        <translation>Eine Beispielfirma mit {count} erfundenen Kunden, Artikeln, Angeboten und Rechnungen zum Ausprobieren.</translation>
    </message>
    <message>
        <source>Open another company file…</source>
        <translation>Andere Firmendatei öffnen…</translation>
    </message>
    <message>
        <source>A company file (.sqlite) you already have, e.g. from another computer.</source>
        <translation>Eine Firmendatei (.sqlite), die Sie schon haben, z. B. von einem anderen Rechner.</translation>
    </message>
    <message>
        <source>Recently used:</source>
        <translation>Zuletzt verwendet:</translation>
    </message>
</context>
<context>
    <name>StatementWindow</name>
    <message>
        <source>Everything</source>
        <extracomment>A line&apos;s sales document should open (its id). The PDF was filed in the customer&apos;s Dokumente.</extracomment>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Vorjahr</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Period…</source>
        <translation>Zeitraum…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Double-click: open the document</source>
        <translation>Doppelklick: Beleg öffnen</translation>
    </message>
    <message>
        <source>Print / PDF…</source>
        <translation>Drucken/PDF…</translation>
    </message>
    <message>
        <source>Save the statement as PDF (and file it in the customer&apos;s documents)</source>
        <translation>Den Kontoauszug als PDF speichern (und in den Dokumenten des Kunden ablegen)</translation>
    </message>
    <message>
        <source>Statement of account – {number} {name}</source>
        <translation>Kontoauszug – {number} {name}</translation>
    </message>
    <message>
        <source>Balance carried forward</source>
        <translation>Saldovortrag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Credit side</source>
        <translation>Haben</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>{sentence} (as of {date})</source>
        <translation>{sentence} (Stand: {date})</translation>
    </message>
    <message>
        <source>Save statement as PDF</source>
        <translation>Kontoauszug als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <source>File the statement in the customer&apos;s documents as well?</source>
        <translation>Den Kontoauszug auch in den Dokumenten des Kunden ablegen?</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}. Please choose another folder.</source>
        <translation>Die PDF-Datei konnte nicht unter {path} gespeichert werden. Bitte wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The statement could not be filed in the customer&apos;s documents.</source>
        <translation>Der Kontoauszug konnte nicht in den Dokumenten des Kunden abgelegt werden.</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>Show the documents behind this figure</source>
        <extracomment>A sales document should open in its window (its id).</extracomment>
        <translation>Die Belege zu dieser Zahl anzeigen</translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Jahr:</translation>
    </message>
    <message>
        <source>Click a bar to see its documents.</source>
        <translation>Klick auf einen Balken zeigt die Belege.</translation>
    </message>
    <message>
        <source>Article no.</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Double-click: the documents with this article</source>
        <translation>Doppelklick: die Belege mit diesem Artikel</translation>
    </message>
    <message>
        <source>Top articles</source>
        <translation>Top-Artikel</translation>
    </message>
    <message>
        <source>Statement of account…</source>
        <translation>Kontoauszug…</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Net revenue, total</source>
        <translation>Nettoumsatz gesamt</translation>
    </message>
    <message>
        <source>Net revenue {year}</source>
        <translation>Nettoumsatz {year}</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Offene Rechnungen</translation>
    </message>
    <message>
        <source>{count} · {amount}</source>
        <translation>{count} · {amount}</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Average days to payment</source>
        <translation>Ø Tage bis zur Zahlung</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} Tage</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Letzter Auftrag</translation>
    </message>
    <message>
        <source>First invoice</source>
        <translation>Erste Rechnung</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <source>Documents with {article}</source>
        <translation>Belege mit {article}</translation>
    </message>
    <message>
        <source>Net revenue {month} {year}</source>
        <translation>Nettoumsatz {month} {year}</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mär</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Advertising</source>
        <translation>&amp;Werbung</translation>
    </message>
    <message>
        <source>Consent is checked when sending.</source>
        <translation>Beim Senden wird die Einwilligung geprüft.</translation>
    </message>
    <message>
        <source>End of letters</source>
        <translation>Briefschluss</translation>
    </message>
    <message>
        <source>C&amp;losing:</source>
        <translation>&amp;Grußformel:</translation>
    </message>
    <message>
        <source>Si&amp;gnature name:</source>
        <translation>Name unter der &amp;Unterschrift:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Placeholders: {names}</source>
        <translation>Platzhalter: {names}</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <source>User</source>
        <extracomment>The QSettings key app.py reads the language from at start.</extracomment>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>fault</name>
    <message>
        <source>Something unexpected went wrong ({kind}). What you saved before is safe; the details are in the file {log}.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen ({kind}). Was Sie vorher gespeichert haben, ist sicher; die Einzelheiten stehen in der Datei {log}.</translation>
    </message>
    <message>
        <source>meinbuero</source>
        <translation>meinbuero</translation>
    </message>
</context>
<context>
    <name>handlers</name>
    <message>
        <source>No e-mail program is set up on this PC, so no message was started and nothing was recorded in the history. Set a default e-mail program (Windows: Settings &gt; Apps &gt; Default apps) or copy the address with the right mouse button.</source>
        <extracomment>The schemes whose program is checked before starting it (browsers and maps are not: a PC without a browser is not one this program runs on).</extracomment>
        <translation>Auf diesem PC ist kein E-Mail-Programm eingerichtet, daher wurde keine Nachricht begonnen und nichts in der Historie vermerkt. Richten Sie ein Standard-E-Mail-Programm ein (Windows: Einstellungen &gt; Apps &gt; Standard-Apps) oder kopieren Sie die Adresse mit der rechten Maustaste.</translation>
    </message>
    <message>
        <source>No program for phone calls is set up on this PC, so no call was started and nothing was recorded in the history. Set one (Windows: Settings &gt; Apps &gt; Default apps) or choose another way of dialling in Settings &gt; History.</source>
        <translation>Auf diesem PC ist kein Programm zum Telefonieren eingerichtet, daher wurde kein Anruf begonnen und nichts in der Historie vermerkt. Richten Sie eines ein (Windows: Einstellungen &gt; Apps &gt; Standard-Apps) oder wählen Sie unter Einstellungen &gt; Historie eine andere Art zu wählen.</translation>
    </message>
</context>
<context>
    <name>self.model</name>
    <message>
        <source>overdue since {day}</source>
        <translation>überfällig seit {day}</translation>
    </message>
</context>
<context>
    <name>start</name>
    <message>
        <source>The file {path} exists already.</source>
        <translation>Die Datei {path} gibt es schon.</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <source>Name of your company:</source>
        <translation>Name Ihrer Firma:</translation>
    </message>
    <message>
        <source>Open company file</source>
        <translation>Firmendatei öffnen</translation>
    </message>
    <message>
        <source>Company files (*.sqlite);;All files (*)</source>
        <translation>Firmendateien (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save new company file as</source>
        <translation>Neue Firmendatei speichern unter</translation>
    </message>
    <message>
        <source>Company files (*.sqlite)</source>
        <translation>Firmendateien (*.sqlite)</translation>
    </message>
    <message>
        <source>meinbuero</source>
        <translation>meinbuero</translation>
    </message>
</context>
</TS>
