<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>A calm trainer for reverse Kegels and pelvic-floor relaxation.</source>
        <translation>Ein ruhiger Trainer für Reverse-Kegel-Übungen und die Entspannung des Beckenbodens.</translation>
    </message>
    <message>
        <source>folder for history, settings, backups and the lock</source>
        <translation>Ordner für Verlauf, Einstellungen, Sicherungen und die Sperrdatei</translation>
    </message>
    <message>
        <source>preselect a routine by its id</source>
        <translation>eine Übung über ihre ID vorauswählen</translation>
    </message>
    <message>
        <source>open the main window, paint it, and exit</source>
        <translation>das Hauptfenster öffnen, zeichnen und beenden</translation>
    </message>
    <message>
        <source>render the window to a PNG and exit</source>
        <translation>das Fenster als PNG speichern und beenden</translation>
    </message>
    <message>
        <source>page for --screenshot</source>
        <translation>Seite für --screenshot</translation>
    </message>
    <message>
        <source>start with no window: tray and reminders only</source>
        <translation>ohne Fenster starten: nur Infobereich und Erinnerungen</translation>
    </message>
    <message>
        <source>print streaks and totals</source>
        <translation>Serien und Summen ausgeben</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>export the session history</source>
        <translation>den Übungsverlauf exportieren</translation>
    </message>
    <message>
        <source>print today&apos;s plan from the programme and the history</source>
        <translation>den heutigen Plan aus Programm und Verlauf ausgeben</translation>
    </message>
    <message>
        <source>plan for this routine</source>
        <translation>Plan für diese Übung</translation>
    </message>
    <message>
        <source>import or export a routine file</source>
        <translation>eine Übungsdatei importieren oder exportieren</translation>
    </message>
    <message>
        <source>add a routine file to your routines</source>
        <translation>eine Übungsdatei zu deinen Übungen hinzufügen</translation>
    </message>
    <message>
        <source>write a routine to a file</source>
        <translation>eine Übung in eine Datei schreiben</translation>
    </message>
    <message>
        <source>merge another history, export or device log</source>
        <translation>einen anderen Verlauf, Export oder ein Geräteprotokoll zusammenführen</translation>
    </message>
    <message>
        <source>sync once with the settings&apos; sync folder</source>
        <translation>einmal mit dem Sync-Ordner aus den Einstellungen abgleichen</translation>
    </message>
    <message>
        <source>write a one- or two-page PDF for a physiotherapist</source>
        <translation>ein ein- oder zweiseitiges PDF für die Physiotherapie schreiben</translation>
    </message>
    <message>
        <source>the last N days (28 unless told)</source>
        <translation>die letzten N Tage (28, wenn nicht angegeben)</translation>
    </message>
    <message>
        <source>a name to print on the report (none unless given)</source>
        <translation>ein Name für den Bericht (keiner, wenn nicht angegeben)</translation>
    </message>
    <message>
        <source>unknown routine &apos;{id}&apos; (known: {known})</source>
        <translation>unbekannte Übung „{id}“ (bekannt: {known})</translation>
    </message>
    <message>
        <source>--page only goes with --screenshot</source>
        <translation>--page geht nur zusammen mit --screenshot</translation>
    </message>
    <message>
        <source>--screenshot needs a file name ending in .png</source>
        <translation>--screenshot braucht einen Dateinamen, der auf .png endet</translation>
    </message>
    <message>
        <source>--background opens no window, so it does not go with --smoke or --screenshot</source>
        <translation>--background öffnet kein Fenster und geht daher nicht zusammen mit --smoke oder --screenshot</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Aktuelle Serie</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>Längste Serie</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>{done} of 1 set</source>
        <translation>{done} von 1 Satz</translation>
    </message>
    <message>
        <source>{done} of {n} sets</source>
        <translation>{done} von {n} Sätzen</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>1 set</source>
        <translation>1 Satz</translation>
    </message>
    <message>
        <source>{n} sets</source>
        <translation>{n} Sätze</translation>
    </message>
    <message>
        <source>Practice days</source>
        <translation>Übungstage</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Sets in all</source>
        <translation>Sätze insgesamt</translation>
    </message>
    <message>
        <source>Minutes in all</source>
        <translation>Minuten insgesamt</translation>
    </message>
    <message>
        <source>cannot export to {path}: the folder {folder} does not exist</source>
        <translation>Export nach {path} nicht möglich: Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>cannot export to {path}: it is a folder</source>
        <translation>Export nach {path} nicht möglich: Das ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Exported {n} sessions to {path}</source>
        <translation>{n} Einheiten nach {path} exportiert</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>{path} cannot be read and written</source>
        <translation>{path} kann nicht gelesen und geschrieben werden</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be read and written.</source>
        <translation>Der Datenordner {path} kann nicht gelesen und geschrieben werden.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be read.</source>
        <translation>Der Datenordner {path} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot create the data folder {path}: {reason}.</source>
        <translation>Der Datenordner {path} kann nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
        <source>The data folder {path} is a file, not a folder.</source>
        <translation>Der Datenordner {path} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot use the data folder {path}: {reason}.</source>
        <translation>Der Datenordner {path} kann nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <source>Settle in and breathe</source>
        <translation>Komm an und atme</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <source>{n} new sessions imported from {path}</source>
        <translation>{n} neue Einheiten aus {path} importiert</translation>
    </message>
    <message>
        <source>{n} updated</source>
        <translation>{n} aktualisiert</translation>
    </message>
    <message>
        <source>{n} already here</source>
        <translation>{n} schon vorhanden</translation>
    </message>
    <message>
        <source>{n} invalid entries skipped</source>
        <translation>{n} ungültige Einträge übersprungen</translation>
    </message>
    <message>
        <source>Pelvic Floor Trainer is already running with the data folder {path}.</source>
        <translation>Der Beckenboden-Trainer läuft bereits mit dem Datenordner {path}.</translation>
    </message>
    <message>
        <source>Pelvic Floor Trainer is already running with the data folder {path} (process {pid}).</source>
        <translation>Der Beckenboden-Trainer läuft bereits mit dem Datenordner {path} (Prozess {pid}).</translation>
    </message>
    <message>
        <source>Cannot open the lock file {path}: {reason}.</source>
        <translation>Die Sperrdatei {path} kann nicht geöffnet werden: {reason}.</translation>
    </message>
    <message>
        <source>The history was opened read-only.</source>
        <translation>Der Verlauf wurde schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written: your history is shown, but nothing is saved there.</source>
        <translation>In den Datenordner {path} kann nicht geschrieben werden: Dein Verlauf wird angezeigt, aber dort wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>1 session could not be saved ({reason}). It is kept while the app is open and saved as soon as the history can be written.</source>
        <translation>1 Einheit konnte nicht gespeichert werden ({reason}). Sie bleibt erhalten, solange die App geöffnet ist, und wird gespeichert, sobald in den Verlauf geschrieben werden kann.</translation>
    </message>
    <message>
        <source>{n} sessions could not be saved ({reason}). They are kept while the app is open and saved as soon as the history can be written.</source>
        <translation>{n} Einheiten konnten nicht gespeichert werden ({reason}). Sie bleiben erhalten, solange die App geöffnet ist, und werden gespeichert, sobald in den Verlauf geschrieben werden kann.</translation>
    </message>
    <message>
        <source>1 session could not be saved ({reason}). It is kept in {path} and saved to your history as soon as it can be written.</source>
        <translation>1 Einheit konnte nicht gespeichert werden ({reason}). Sie liegt in {path} und wird in deinen Verlauf übernommen, sobald in ihn geschrieben werden kann.</translation>
    </message>
    <message>
        <source>{n} sessions could not be saved ({reason}). They are kept in {path} and saved to your history as soon as it can be written.</source>
        <translation>{n} Einheiten konnten nicht gespeichert werden ({reason}). Sie liegen in {path} und werden in deinen Verlauf übernommen, sobald in ihn geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Backups are off: {reason}. Your history still opens and saves; move that file away to have daily backups again.</source>
        <translation>Sicherungen sind aus: {reason}. Dein Verlauf öffnet und speichert weiterhin; verschiebe diese Datei, um wieder tägliche Sicherungen zu haben.</translation>
    </message>
    <message>
        <source>{error} The default settings are used, and changes are not saved.</source>
        <translation>{error} Es gelten die Standardeinstellungen, und Änderungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Your settings file was damaged, so the default settings are used. The damaged file was kept as {corrupt}.</source>
        <translation>Deine Einstellungsdatei war beschädigt, daher gelten die Standardeinstellungen. Die beschädigte Datei wurde als {corrupt} aufbewahrt.</translation>
    </message>
    <message>
        <source>Your settings file is damaged, so the default settings are used for now.</source>
        <translation>Deine Einstellungsdatei ist beschädigt, daher gelten vorerst die Standardeinstellungen.</translation>
    </message>
    <message>
        <source>Some settings in settings.json were not understood and are left as they were: {names}. The usual values are used for them meanwhile.</source>
        <translation>Einige Einstellungen in settings.json wurden nicht verstanden und bleiben, wie sie sind: {names}. Solange gelten für sie die üblichen Werte.</translation>
    </message>
    <message>
        <source>1 session that could not be saved earlier is now in your history.</source>
        <translation>1 Einheit, die vorher nicht gespeichert werden konnte, ist jetzt in deinem Verlauf.</translation>
    </message>
    <message>
        <source>{n} sessions that could not be saved earlier are now in your history.</source>
        <translation>{n} Einheiten, die vorher nicht gespeichert werden konnten, sind jetzt in deinem Verlauf.</translation>
    </message>
    <message>
        <source>1 session is waiting in {path} to be saved to your history.</source>
        <translation>1 Einheit wartet in {path} darauf, in deinen Verlauf übernommen zu werden.</translation>
    </message>
    <message>
        <source>{n} sessions are waiting in {path} to be saved to your history.</source>
        <translation>{n} Einheiten warten in {path} darauf, in deinen Verlauf übernommen zu werden.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date like 2026-03-29</source>
        <translation>„{text}“ ist kein Datum wie 2026-03-29</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of days from 1 to {most}</source>
        <translation>„{text}“ ist keine Anzahl Tage von 1 bis {most}</translation>
    </message>
    <message>
        <source>--from and --to go together</source>
        <translation>--from und --to gehören zusammen</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to liegt vor --from</translation>
    </message>
    <message>
        <source>a report covers at most {most} days</source>
        <translation>ein Bericht umfasst höchstens {most} Tage</translation>
    </message>
    <message>
        <source>Today: {title} instead</source>
        <translation>Heute: stattdessen {title}</translation>
    </message>
    <message>
        <source>Today: {title}</source>
        <translation>Heute: {title}</translation>
    </message>
    <message>
        <source>Today: hold {hold} s, your own choice (the programme suggests {suggested} s)</source>
        <translation>Heute: {hold} s halten, deine eigene Wahl (das Programm schlägt {suggested} s vor)</translation>
    </message>
    <message>
        <source>Today: hold {hold} s</source>
        <translation>Heute: {hold} s halten</translation>
    </message>
    <message>
        <source>{done} of {n} set done</source>
        <translation>{done} von {n} Satz geschafft</translation>
    </message>
    <message>
        <source>{done} of {n} sets done</source>
        <translation>{done} von {n} Sätzen geschafft</translation>
    </message>
    <message>
        <source>eased off after discomfort; next time, hold {hold} s</source>
        <translation>nach Beschwerden zurückgenommen; halte nächstes Mal {hold} s</translation>
    </message>
    <message>
        <source>eased off after discomfort</source>
        <translation>nach Beschwerden zurückgenommen</translation>
    </message>
    <message>
        <source>stepped up after comfortable sessions</source>
        <translation>nach angenehmen Einheiten gesteigert</translation>
    </message>
    <message>
        <source>starting gently</source>
        <translation>sanfter Einstieg</translation>
    </message>
    <message>
        <source>staying at this hold for one more session</source>
        <translation>bleibt noch eine Einheit bei dieser Haltedauer</translation>
    </message>
    <message>
        <source>staying at this hold for {n} more sessions</source>
        <translation>bleibt noch {n} Einheiten bei dieser Haltedauer</translation>
    </message>
    <message>
        <source>the longest hold in the programme</source>
        <translation>die längste Haltedauer im Programm</translation>
    </message>
    <message>
        <source>keep going while it feels easy</source>
        <translation>mach weiter, solange es sich leicht anfühlt</translation>
    </message>
    <message>
        <source>repeat once</source>
        <translation>einmal wiederholen</translation>
    </message>
    <message>
        <source>repeat {n} times</source>
        <translation>{n}-mal wiederholen</translation>
    </message>
    <message>
        <source>1 set a day</source>
        <translation>1 Satz am Tag</translation>
    </message>
    <message>
        <source>{n} sets a day</source>
        <translation>{n} Sätze am Tag</translation>
    </message>
    <message>
        <source>Hold {hold} s, rest {rest} s, {reps}, {sets}</source>
        <translation>{hold} s halten, {rest} s Pause, {reps}, {sets}</translation>
    </message>
    <message>
        <source>1 slow breath</source>
        <translation>1 langsamer Atemzug</translation>
    </message>
    <message>
        <source>{n} slow breaths</source>
        <translation>{n} langsame Atemzüge</translation>
    </message>
    <message>
        <source>{breaths} of {cycle} s each, {sets}</source>
        <translation>{breaths} von je {cycle} s, {sets}</translation>
    </message>
    <message>
        <source>{cycle} s each time, {reps}, {sets}</source>
        <translation>je {cycle} s, {reps}, {sets}</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>is not valid JSON ({reason})</source>
        <translation>ist kein gültiges JSON ({reason})</translation>
    </message>
    <message>
        <source>unknown format {format}</source>
        <translation>unbekanntes Format {format}</translation>
    </message>
    <message>
        <source>needs at least one track</source>
        <translation>braucht mindestens eine Spur</translation>
    </message>
    <message>
        <source>must be &apos;hold-drop&apos; or &apos;hold-squeeze&apos;, once each</source>
        <translation>muss „hold-drop“ oder „hold-squeeze“ sein, jeweils einmal</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>has the wrong type</source>
        <translation>hat den falschen Typ</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>under {high}</source>
        <translation>unter {high}</translation>
    </message>
    <message>
        <source>at most {high}</source>
        <translation>höchstens {high}</translation>
    </message>
    <message>
        <source>must be a number from {low}, {limit}</source>
        <translation>muss eine Zahl ab {low} sein, {limit}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation>muss eine ganze Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>it is a link to {target}, which does not exist</source>
        <translation>es ist ein Verweis auf {target}, das nicht existiert</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, a device or a socket)</source>
        <translation>es ist keine normale Datei (eine Pipe, ein Gerät oder ein Socket)</translation>
    </message>
    <message>
        <source>it is larger than {mib} MiB</source>
        <translation>es ist größer als {mib} MiB</translation>
    </message>
    <message>
        <source>sets done</source>
        <translation>geschaffte Sätze</translation>
    </message>
    <message>
        <source>reps planned</source>
        <translation>geplante Wiederholungen</translation>
    </message>
    <message>
        <source>reps done</source>
        <translation>geschaffte Wiederholungen</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>hold length</source>
        <translation>Haltedauer</translation>
    </message>
    <message>
        <source>self-timed holds</source>
        <translation>selbst getimte Haltephasen</translation>
    </message>
    <message>
        <source>{error} Nothing is written to it; move it away to start a history there.</source>
        <translation>{error} Es wird nichts hineingeschrieben; verschiebe es, um dort einen Verlauf zu beginnen.</translation>
    </message>
    <message>
        <source>The history was written by a newer version of Pelvic Floor Trainer and cannot be changed.</source>
        <translation>Der Verlauf wurde von einer neueren Version des Beckenboden-Trainers geschrieben und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Your history was written by a newer version of Pelvic Floor Trainer (format {version}). It is open read-only: new sessions and settings changes will not be saved.</source>
        <translation>Dein Verlauf wurde von einer neueren Version des Beckenboden-Trainers geschrieben (Format {version}). Er ist schreibgeschützt geöffnet: Neue Einheiten und Änderungen an den Einstellungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>1 session in your history holds a value no session can have ({fields}). It is kept in the file exactly as it is, and left out of your progress and statistics.</source>
        <translation>1 Einheit in deinem Verlauf enthält einen Wert, den keine Einheit haben kann ({fields}). Sie bleibt genau so in der Datei und wird in deinem Fortschritt und deinen Statistiken nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>{n} sessions in your history hold a value no session can have ({fields}). They are kept in the file exactly as they are, and left out of your progress and statistics.</source>
        <translation>{n} Einheiten in deinem Verlauf enthalten einen Wert, den keine Einheit haben kann ({fields}). Sie bleiben genau so in der Datei und werden in deinem Fortschritt und deinen Statistiken nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>Your history was updated from format {old} to format {new}. The previous file was backed up as {backup}.</source>
        <translation>Dein Verlauf wurde von Format {old} auf Format {new} aktualisiert. Die vorherige Datei wurde als {backup} gesichert.</translation>
    </message>
    <message>
        <source>Your history is in an older format; it will be updated when the app opens it.</source>
        <translation>Dein Verlauf hat ein älteres Format; er wird aktualisiert, wenn die App ihn öffnet.</translation>
    </message>
    <message>
        <source>Your history file is damaged; the app will restore a backup when it opens it.</source>
        <translation>Deine Verlaufsdatei ist beschädigt; die App stellt beim Öffnen eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Your history file was damaged and no usable backup was found. It was kept as {corrupt}; a new history starts with your next session.</source>
        <translation>Deine Verlaufsdatei war beschädigt, und es wurde keine brauchbare Sicherung gefunden. Sie wurde als {corrupt} aufbewahrt; mit deiner nächsten Einheit beginnt ein neuer Verlauf.</translation>
    </message>
    <message>
        <source>Your history file was damaged. It was kept as {corrupt}, and the backup from {day} was restored; sessions recorded after that backup are only in the damaged file.</source>
        <translation>Deine Verlaufsdatei war beschädigt. Sie wurde als {corrupt} aufbewahrt, und die Sicherung vom {day} wurde wiederhergestellt; Einheiten nach dieser Sicherung stehen nur in der beschädigten Datei.</translation>
    </message>
    <message>
        <source>Your history file was missing after a repair was cut short; the backup from {day} was restored. The damaged file is still kept beside it.</source>
        <translation>Deine Verlaufsdatei fehlte nach einer abgebrochenen Reparatur; die Sicherung vom {day} wurde wiederhergestellt. Die beschädigte Datei liegt weiterhin daneben.</translation>
    </message>
    <message>
        <source>It is shown as it will be; this reading command changed nothing on disk.</source>
        <translation>Er wird so gezeigt, wie er sein wird; dieser Lesebefehl hat auf der Festplatte nichts geändert.</translation>
    </message>
    <message>
        <source>It is shown as it will be, but nothing was changed on disk: another window has the data folder open, or it cannot be written.</source>
        <translation>Er wird so gezeigt, wie er sein wird, aber auf der Festplatte wurde nichts geändert: Ein anderes Fenster hat den Datenordner geöffnet, oder er ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Time for a short breathing break</source>
        <comment>reminders</comment>
        <translation>Zeit für eine kurze Atempause</translation>
    </message>
    <message>
        <source>Time for your pelvic floor relaxation</source>
        <comment>reminders</comment>
        <translation>Zeit für deine Beckenboden-Entspannung</translation>
    </message>
    <message>
        <source>{count} set to go today</source>
        <comment>reminders</comment>
        <translation>Heute noch {count} Satz</translation>
    </message>
    <message>
        <source>{count} sets to go today</source>
        <comment>reminders</comment>
        <translation>Heute noch {count} Sätze</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>must be a positive number of seconds</source>
        <translation>muss eine positive Anzahl Sekunden sein</translation>
    </message>
    <message>
        <source>is longer than 10 minutes</source>
        <translation>ist länger als 10 Minuten</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to {maximum}</source>
        <translation>muss eine ganze Zahl von 1 bis {maximum} sein</translation>
    </message>
    <message>
        <source>must be one of: {choices}</source>
        <translation>muss eines davon sein: {choices}</translation>
    </message>
    <message>
        <source>needs at least one block</source>
        <translation>braucht mindestens einen Block</translation>
    </message>
    <message>
        <source>has more than {n} blocks</source>
        <translation>hat mehr als {n} Blöcke</translation>
    </message>
    <message>
        <source>may hold only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>darf nur Buchstaben, Ziffern, „-“, „_“ und „.“ enthalten</translation>
    </message>
    <message>
        <source>make a session longer than 2 hours ({minutes:.0f} minutes)</source>
        <translation>ergeben eine Einheit von mehr als 2 Stunden ({minutes:.0f} Minuten)</translation>
    </message>
    <message>
        <source>make more than {n} reps in a session</source>
        <translation>ergeben mehr als {n} Wiederholungen in einer Einheit</translation>
    </message>
    <message>
        <source>make more than {n} phases in a session</source>
        <translation>ergeben mehr als {n} Phasen in einer Einheit</translation>
    </message>
    <message>
        <source>needs at least one phase</source>
        <translation>braucht mindestens eine Phase</translation>
    </message>
    <message>
        <source>has more than {n} phases</source>
        <translation>hat mehr als {n} Phasen</translation>
    </message>
    <message>
        <source>unknown phase &apos;{phase}&apos;</source>
        <translation>unbekannte Phase „{phase}“</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>is larger than {kib} KiB</source>
        <translation>ist größer als {kib} KiB</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine normale Datei</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by another routine</source>
        <translation>„{id}“ wird schon von einer anderen Übung verwendet</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} existiert nicht</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a regular file</source>
        <translation>{path} ist keine normale Datei</translation>
    </message>
    <message>
        <source>{path} is too big to be a history (over {most} MB)</source>
        <translation>{path} ist zu groß für einen Verlauf (über {most} MB)</translation>
    </message>
    <message>
        <source>{path} is too big to be a history</source>
        <translation>{path} ist zu groß für einen Verlauf</translation>
    </message>
    <message>
        <source>{path} is not a history, an export or a device log</source>
        <translation>{path} ist weder ein Verlauf noch ein Export noch ein Geräteprotokoll</translation>
    </message>
    <message>
        <source>none of the {n} sessions in {path} is valid</source>
        <translation>keine der {n} Einheiten in {path} ist gültig</translation>
    </message>
    <message>
        <source>{path} holds no sessions</source>
        <translation>{path} enthält keine Einheiten</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Pelvic Floor Trainer</source>
        <translation>{path} wurde von einer neueren Version des Beckenboden-Trainers geschrieben</translation>
    </message>
    <message>
        <source>Backups are off: {reason}. Your history still saves.</source>
        <translation>Sicherungen sind aus: {reason}. Dein Verlauf wird weiterhin gespeichert.</translation>
    </message>
    <message>
        <source>The sync folder {folder} is inside the data folder {data}; choose a folder of its own.</source>
        <translation>Der Sync-Ordner {folder} liegt im Datenordner {data}; wähle einen eigenen Ordner.</translation>
    </message>
    <message>
        <source>The data folder {data} is inside the sync folder {folder}; choose a folder outside it.</source>
        <translation>Der Datenordner {data} liegt im Sync-Ordner {folder}; wähle einen Ordner außerhalb davon.</translation>
    </message>
    <message>
        <source>No sync folder is set.</source>
        <translation>Es ist kein Sync-Ordner eingestellt.</translation>
    </message>
    <message>
        <source>The history is read-only, so it cannot be synced.</source>
        <translation>Der Verlauf ist schreibgeschützt und kann daher nicht abgeglichen werden.</translation>
    </message>
    <message>
        <source>The sync folder {folder} is not there; syncing waits until it is back.</source>
        <translation>Der Sync-Ordner {folder} ist nicht da; der Abgleich wartet, bis er wieder da ist.</translation>
    </message>
    <message>
        <source>The sync folder {folder} is empty (is its drive mounted?); syncing waits. Create {shared} to start it there.</source>
        <translation>Der Sync-Ordner {folder} ist leer (ist sein Laufwerk eingebunden?); der Abgleich wartet. Lege {shared} an, um dort zu beginnen.</translation>
    </message>
    <message>
        <source>Cannot use the sync folder {folder}: {reason}.</source>
        <translation>Der Sync-Ordner {folder} kann nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <source>Synced: {new} new, {updated} updated, {published} shared from this device.</source>
        <translation>Abgeglichen: {new} neu, {updated} aktualisiert, {published} von diesem Gerät geteilt.</translation>
    </message>
    <message>
        <source>Skipped a log in the sync folder: {reason}.</source>
        <translation>Ein Protokoll im Sync-Ordner übersprungen: {reason}.</translation>
    </message>
    <message>
        <source>Skipped {n} damaged lines in {name}; the rest of it was read.</source>
        <translation>{n} beschädigte Zeilen in {name} übersprungen; der Rest wurde gelesen.</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is the id of a built-in routine; give this routine another id</source>
        <translation>„{id}“ ist die ID einer eingebauten Übung; gib dieser Übung eine andere ID</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already the id of another of your routines</source>
        <translation>„{id}“ ist schon die ID einer anderen deiner Übungen</translation>
    </message>
    <message>
        <source>built-in routines cannot be changed; duplicate it instead</source>
        <translation>eingebaute Übungen können nicht geändert werden; dupliziere sie stattdessen</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is a built-in routine and cannot be deleted</source>
        <translation>„{id}“ ist eine eingebaute Übung und kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>cannot delete {path}: {reason}</source>
        <translation>{path} kann nicht gelöscht werden: {reason}</translation>
    </message>
    <message>
        <source>{path} already exists and holds another routine</source>
        <translation>{path} existiert bereits und enthält eine andere Übung</translation>
    </message>
    <message>
        <source>there is no routine &apos;{id}&apos; (known: {known})</source>
        <translation>es gibt keine Übung „{id}“ (bekannt: {known})</translation>
    </message>
    <message>
        <source>Imported &apos;{id}&apos; to {path}</source>
        <translation>„{id}“ nach {path} importiert</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already there, unchanged ({path})</source>
        <translation>„{id}“ ist schon da, unverändert ({path})</translation>
    </message>
    <message>
        <source>Exported &apos;{id}&apos; to {path}</source>
        <translation>„{id}“ nach {path} exportiert</translation>
    </message>
    <message>
        <source>{reason} Close it, or use its menu, and try again.</source>
        <translation>{reason} Schließe es oder nutze sein Menü und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>cannot save the history: {reason}</source>
        <translation>der Verlauf kann nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>no sync folder is set: choose one in the app&apos;s settings, or set &quot;sync_folder&quot; in {path}</source>
        <translation>es ist kein Sync-Ordner eingestellt: Wähle einen in den Einstellungen der App oder setze „sync_folder“ in {path}</translation>
    </message>
    <message>
        <source>{n} conflict copies were merged and moved to {folder}.</source>
        <translation>{n} Konfliktkopien wurden zusammengeführt und nach {folder} verschoben.</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>{path} kann nicht geschrieben werden: Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder</source>
        <translation>{path} kann nicht geschrieben werden: Das ist ein Ordner</translation>
    </message>
    <message>
        <source>Wrote a {pages}-page report for {start} to {end} to {path}</source>
        <translation>Bericht mit {pages} Seite(n) für {start} bis {end} nach {path} geschrieben</translation>
    </message>
    <message>
        <source>cannot write the screenshot to {path}</source>
        <translation>das Bildschirmfoto kann nicht nach {path} geschrieben werden</translation>
    </message>
    <message>
        <source>Choose a routine to begin</source>
        <translation>Wähle eine Übung, um zu beginnen</translation>
    </message>
    <message>
        <source>Press Space to begin</source>
        <translation>Drück die Leertaste, um zu beginnen</translation>
    </message>
    <message>
        <source>About {time}</source>
        <translation>Etwa {time}</translation>
    </message>
    <message>
        <source>Take a moment before you get up.</source>
        <translation>Nimm dir einen Moment, bevor du aufstehst.</translation>
    </message>
    <message>
        <source>Rest now</source>
        <translation>Ruh dich jetzt aus</translation>
    </message>
    <message>
        <source>When you are ready, the breathing drop is a gentle way back.</source>
        <translation>Wenn du bereit bist, ist die Atemübung ein sanfter Weg zurück.</translation>
    </message>
    <message>
        <source>Rest now. Press Space to start again.</source>
        <translation>Ruh dich jetzt aus. Drück die Leertaste, um noch einmal zu beginnen.</translation>
    </message>
    <message>
        <source>Press Space to carry on</source>
        <translation>Drück die Leertaste, um weiterzumachen</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Mach dich bereit</translation>
    </message>
    <message>
        <source>Between sets</source>
        <translation>Zwischen den Sätzen</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{start} to {end} ({days} days)</source>
        <translation>{start} bis {end} ({days} Tage)</translation>
    </message>
    <message>
        <source>Pelvic-floor practice report</source>
        <translation>Bericht zum Beckenbodentraining</translation>
    </message>
    <message>
        <source>For: {name}</source>
        <translation>Für: {name}</translation>
    </message>
    <message>
        <source>Made with Pelvic Floor Trainer on {day}.</source>
        <translation>Erstellt mit dem Beckenboden-Trainer am {day}.</translation>
    </message>
    <message>
        <source>These figures are what the person recorded in the app themselves; they are not a diagnosis.</source>
        <translation>Diese Zahlen hat die Person selbst in der App erfasst; sie sind keine Diagnose.</translation>
    </message>
    <message>
        <source>{reps} reps × {sets} set(s) a session</source>
        <translation>{reps} Wiederholungen × {sets} Satz/Sätze pro Einheit</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>{title}: {n} sessions</source>
        <translation>{title}: {n} Einheiten</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>keine Einheiten</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>{done} of {planned} planned reps done ({share})</source>
        <translation>{done} von {planned} geplanten Wiederholungen geschafft ({share})</translation>
    </message>
    <message>
        <source>Sets a day</source>
        <translation>Sätze am Tag</translation>
    </message>
    <message>
        <source>{sets} sets in {days} days; target met on {met} of them</source>
        <translation>{sets} Sätze an {days} Tagen; Ziel an {met} davon erreicht</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>{n} of {days} days ({minutes:.0f} minutes in all)</source>
        <translation>{n} von {days} Tagen ({minutes:.0f} Minuten insgesamt)</translation>
    </message>
    <message>
        <source>Prescribed (as set now)</source>
        <translation>Verordnet (aktueller Stand)</translation>
    </message>
    <message>
        <source>Done in this period</source>
        <translation>In diesem Zeitraum gemacht</translation>
    </message>
    <message>
        <source>Prescription and practice</source>
        <translation>Verordnung und Übungspraxis</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Monat für Monat</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Woche für Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Sets (target)</source>
        <translation>Sätze (Ziel)</translation>
    </message>
    <message>
        <source>Days at target</source>
        <translation>Tage mit erreichtem Ziel</translation>
    </message>
    <message>
        <source>Hold set</source>
        <translation>Eingestellte Haltedauer</translation>
    </message>
    <message>
        <source>Self-timed holds: average, longest</source>
        <translation>Selbst getimtes Halten: Durchschnitt, längstes</translation>
    </message>
    <message>
        <source>Discomfort and stops</source>
        <translation>Beschwerden und Abbrüche</translation>
    </message>
    <message>
        <source>{rating}/10: {n} sessions</source>
        <translation>{rating}/10: {n} Einheiten</translation>
    </message>
    <message>
        <source>Discomfort ratings given after sessions: {counts}.</source>
        <translation>Nach den Einheiten angegebene Beschwerden: {counts}.</translation>
    </message>
    <message>
        <source>No discomfort ratings were given.</source>
        <translation>Es wurden keine Beschwerden angegeben.</translation>
    </message>
    <message>
        <source>No session was stopped early or rated above 0.</source>
        <translation>Keine Einheit wurde vorzeitig beendet oder über 0 bewertet.</translation>
    </message>
    <message>
        <source>… {n} earlier stops and ratings are in the app.</source>
        <translation>… {n} frühere Abbrüche und Bewertungen stehen in der App.</translation>
    </message>
    <message>
        <source>stopped early after {done} of {planned} reps</source>
        <translation>vorzeitig beendet nach {done} von {planned} Wiederholungen</translation>
    </message>
    <message>
        <source>stopped for discomfort after {done} of {planned} reps</source>
        <translation>wegen Beschwerden beendet nach {done} von {planned} Wiederholungen</translation>
    </message>
    <message>
        <source>completed {done} of {planned} reps</source>
        <translation>{done} von {planned} Wiederholungen geschafft</translation>
    </message>
    <message>
        <source>discomfort {rating}/10; {what}</source>
        <translation>Beschwerden {rating}/10; {what}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>Keine Notizen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>… {n} earlier notes are in the app.</source>
        <translation>… {n} frühere Notizen stehen in der App.</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Breathe softly</source>
        <translation>Sanft atmen</translation>
    </message>
    <message>
        <source>Breathe evenly</source>
        <translation>Gleichmäßig atmen</translation>
    </message>
    <message>
        <source>Breathe freely</source>
        <translation>Frei atmen</translation>
    </message>
    <message>
        <source>Breathing in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathing out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Sinken lassen</translation>
    </message>
    <message>
        <source>Hold the drop</source>
        <translation>Unten halten</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zurückkehren</translation>
    </message>
    <message>
        <source>Squeeze</source>
        <translation>Anspannen</translation>
    </message>
    <message>
        <source>Hold the squeeze</source>
        <translation>Spannung halten</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Loslassen</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} Min. {seconds} s</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Satz {set} von {sets}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>Get ready. {cue}</source>
        <translation>Mach dich bereit. {cue}</translation>
    </message>
    <message>
        <source>Paused while you were away</source>
        <translation>Pausiert, während du weg warst</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor du beginnst</translation>
    </message>
    <message>
        <source>About Breathing Trainer</source>
        <translation>Über den Atemtrainer</translation>
    </message>
    <message>
        <source>About Pelvic Floor Trainer</source>
        <translation>Über den Beckenboden-Trainer</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Männer</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Frauen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Reverse Kegels (letting go)</source>
        <translation>Reverse-Kegel-Übungen (Loslassen)</translation>
    </message>
    <message>
        <source>Breathing only</source>
        <translation>Nur Atmen</translation>
    </message>
    <message>
        <source>Kegels (squeezing)</source>
        <translation>Kegel-Übungen (Anspannen)</translation>
    </message>
    <message>
        <source>Both, combined</source>
        <translation>Beides kombiniert</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Get ready for</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>So geht es</translation>
    </message>
    <message>
        <source>One instruction a line</source>
        <translation>Eine Anweisung pro Zeile</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>Block hinzufügen</translation>
    </message>
    <message>
        <source>Lying</source>
        <translation>Liegend</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sitzend</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stehend</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blöcke</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Practice calendar</source>
        <translation>Übungskalender</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>App icon</source>
        <translation>App-Symbol</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>A calm companion for reverse Kegels: relaxing and lowering the pelvic floor in time with the breath, with Kegel and breath-only routines beside them.</source>
        <translation>Ein ruhiger Begleiter für Reverse-Kegel-Übungen: den Beckenboden im Takt des Atems entspannen und sinken lassen, dazu Kegel-Übungen und reine Atemübungen.</translation>
    </message>
    <message>
        <source>Your practice history stays on this computer. Nothing is sent anywhere.</source>
        <translation>Dein Übungsverlauf bleibt auf diesem Computer. Nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>General information for practice, not medical advice.</source>
        <translation>Allgemeine Informationen zum Üben, keine medizinische Beratung.</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Datenordner: {path}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. Made with Qt {qt} and PySide6 {pyside}.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder neuer. Erstellt mit Qt {qt} und PySide6 {pyside}.</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Open the data folder in the file manager</source>
        <translation>Den Datenordner im Dateimanager öffnen</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <source>Your choice could not be saved: {reason}</source>
        <translation>Deine Auswahl konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Your settings could not be saved: {reason}</source>
        <translation>Deine Einstellungen konnten nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>This session could not be saved: the history was written by a newer version of the app, so this one only reads it.</source>
        <translation>Diese Einheit konnte nicht gespeichert werden: Der Verlauf wurde von einer neueren Version der App geschrieben, daher liest diese ihn nur.</translation>
    </message>
    <message>
        <source>This session could not be saved: {reason}</source>
        <translation>Diese Einheit konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Your feedback could not be saved: {reason}</source>
        <translation>Deine Rückmeldung konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Your change to the history could not be saved: {reason}</source>
        <translation>Deine Änderung am Verlauf konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Kept for now while the app is open; it will be written to your history as soon as the disk allows.</source>
        <translation>Vorläufig aufbewahrt, solange die App geöffnet ist; wird in deinen Verlauf geschrieben, sobald der Datenträger es zulässt.</translation>
    </message>
    <message>
        <source>Saved for now in {path}; it will be written to your history as soon as the disk allows.</source>
        <translation>Vorläufig in {path} gesichert; wird in deinen Verlauf geschrieben, sobald der Datenträger es zulässt.</translation>
    </message>
    <message>
        <source>Your history was written by a newer version of the app, so this one only reads it and cannot import into it.</source>
        <translation>Dein Verlauf wurde von einer neueren Version der App geschrieben, daher liest diese ihn nur und kann nichts in ihn importieren.</translation>
    </message>
    <message>
        <source>Your history could not be saved: {reason}</source>
        <translation>Dein Verlauf konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>No sync folder is set.</source>
        <translation>Es ist kein Sync-Ordner eingestellt.</translation>
    </message>
    <message>
        <source>The synced sessions could not be saved: {reason}</source>
        <translation>Die abgeglichenen Einheiten konnten nicht gespeichert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <source>Repeat the steps</source>
        <translation>Schritte wiederholen</translation>
    </message>
    <message>
        <source> times</source>
        <translation> Mal</translation>
    </message>
    <message>
        <source>Remove block</source>
        <translation>Block entfernen</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Grows</source>
        <translation>Wächst</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Block {n}</source>
        <translation>Block {n}</translation>
    </message>
    <message>
        <source>Block {n}: times to repeat</source>
        <translation>Block {n}: Anzahl Wiederholungen</translation>
    </message>
    <message>
        <source>Remove block {n}</source>
        <translation>Block {n} entfernen</translation>
    </message>
    <message>
        <source>Add a step to block {n}</source>
        <translation>Einen Schritt zu Block {n} hinzufügen</translation>
    </message>
    <message>
        <source>Block {block}, step {step}: phase</source>
        <translation>Block {block}, Schritt {step}: Phase</translation>
    </message>
    <message>
        <source>Block {block}, step {step}: seconds</source>
        <translation>Block {block}, Schritt {step}: Sekunden</translation>
    </message>
    <message>
        <source>Block {block}, step {step}: cue</source>
        <translation>Block {block}, Schritt {step}: Hinweis</translation>
    </message>
    <message>
        <source>Block {block}, step {step}: the hold grows as you progress</source>
        <translation>Block {block}, Schritt {step}: Das Halten wird mit deinem Fortschritt länger</translation>
    </message>
    <message>
        <source>Move step {step} up</source>
        <translation>Schritt {step} nach oben verschieben</translation>
    </message>
    <message>
        <source>Move step {step} down</source>
        <translation>Schritt {step} nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove step {step}</source>
        <translation>Schritt {step} entfernen</translation>
    </message>
    <message>
        <source>Times to repeat</source>
        <translation>Anzahl Wiederholungen</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>grows</source>
        <translation>wächst</translation>
    </message>
    <message>
        <source>Step {step}, {part}</source>
        <translation>Schritt {step}, {part}</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <source>%1: no practice</source>
        <translation>%1: keine Übung</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with practice in the last year</source>
        <translation>
            <numerusform>%n Tag mit Übung im letzten Jahr</numerusform>
            <numerusform>%n Tage mit Übung im letzten Jahr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n set(s)</source>
        <translation>
            <numerusform>%1: %n Satz</numerusform>
            <numerusform>%1: %n Sätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
</context>
<context>
    <name>Companion</name>
    <message>
        <source>Start at login could not be changed: {error}</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden: {error}</translation>
    </message>
</context>
<context>
    <name>DBusNotifier</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>10 Min. später</translation>
    </message>
</context>
<context>
    <name>DayAxis</name>
    <message>
        <source>d MMM</source>
        <comment>a date format: day and short month name</comment>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Your practice will show up here</source>
        <translation>Hier erscheint deine Übungspraxis</translation>
    </message>
    <message>
        <source>After your first session you will find your streak, your sets for each day and a calendar of the days you practised. A few unhurried minutes a day is all it takes.</source>
        <translation>Nach deiner ersten Einheit findest du hier deine Serie, deine Sätze pro Tag und einen Kalender deiner Übungstage. Ein paar ruhige Minuten am Tag genügen.</translation>
    </message>
    <message>
        <source>Your history stays on this computer.</source>
        <translation>Dein Verlauf bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Go to Train</source>
        <translation>Zu „Üben“</translation>
    </message>
    <message>
        <source>Go to the Train page</source>
        <translation>Zur Seite „Üben“ wechseln</translation>
    </message>
    <message>
        <source>No practice yet</source>
        <translation>Noch keine Übung</translation>
    </message>
</context>
<context>
    <name>FeedbackEditor</name>
    <message>
        <source>Rating and note</source>
        <translation>Bewertung und Notiz</translation>
    </message>
    <message>
        <source>{routine}, {day}</source>
        <translation>{routine}, {day}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Discomfort from 0 to 10, optional</source>
        <translation>Beschwerden von 0 bis 10, freiwillig</translation>
    </message>
    <message>
        <source>0 means none at all, 10 the worst you can imagine.</source>
        <translation>0 heißt gar keine, 10 die schlimmsten, die du dir vorstellen kannst.</translation>
    </message>
    <message>
        <source>Optional, for you or your therapist</source>
        <translation>Freiwillig, für dich oder deine Therapie</translation>
    </message>
    <message>
        <source>Note about this session, optional</source>
        <translation>Notiz zu dieser Einheit, freiwillig</translation>
    </message>
    <message>
        <source>Discomfort (0–10):</source>
        <translation>Beschwerden (0–10):</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
</context>
<context>
    <name>FigurePreview</name>
    <message>
        <source>Preview of the figure</source>
        <translation>Vorschau der Figur</translation>
    </message>
    <message>
        <source>Play one rep</source>
        <translation>Eine Wiederholung abspielen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
</context>
<context>
    <name>FolderPathDialog</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>No file manager answered, so the folder could not be opened. It is here:</source>
        <translation>Kein Dateimanager hat geantwortet, daher konnte der Ordner nicht geöffnet werden. Er liegt hier:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the folder&apos;s path</source>
        <translation>Den Pfad des Ordners kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>How to practise</source>
        <translation>So übst du</translation>
    </message>
    <message>
        <source>Technique guide</source>
        <translation>Anleitung zur Technik</translation>
    </message>
    <message>
        <source>Safety notice…</source>
        <translation>Sicherheitshinweis…</translation>
    </message>
    <message>
        <source>Show the safety notice</source>
        <translation>Den Sicherheitshinweis zeigen</translation>
    </message>
    <message>
        <source>What a reverse Kegel is</source>
        <translation>Was eine Reverse-Kegel-Übung ist</translation>
    </message>
    <message>
        <source>The pelvic floor is a hammock of muscles at the base of the pelvis. A Kegel squeezes and lifts it; a reverse Kegel does the opposite: it lets the muscles relax, lengthen and lower. Healthy muscles need both, and for a floor that is often tight, letting go is the skill to learn.</source>
        <translation>Der Beckenboden ist eine Hängematte aus Muskeln am unteren Ende des Beckens. Eine Kegel-Übung spannt ihn an und hebt ihn; eine Reverse-Kegel-Übung macht das Gegenteil: Sie lässt die Muskeln entspannen, länger werden und sinken. Gesunde Muskeln brauchen beides, und bei einem oft verspannten Beckenboden ist das Loslassen die Fähigkeit, die es zu lernen gilt.</translation>
    </message>
    <message>
        <source>The breath leads</source>
        <translation>Der Atem führt</translation>
    </message>
    <message>
        <source>The diaphragm and the pelvic floor move together, like a piston. As you breathe in, the diaphragm moves down and the floor softens and drops. As you breathe out, both rise gently again.</source>
        <translation>Zwerchfell und Beckenboden bewegen sich gemeinsam, wie ein Kolben. Beim Einatmen senkt sich das Zwerchfell, und der Beckenboden wird weich und sinkt. Beim Ausatmen heben sich beide wieder sanft.</translation>
    </message>
    <message>
        <source>The drop is passive. Let it happen; never push or bear down. Some therapists cue the release on the out-breath instead: you can switch this in Settings.</source>
        <translation>Das Sinken geschieht passiv. Lass es geschehen; drücke oder presse nie. Manche Therapeutinnen und Therapeuten leiten das Loslassen stattdessen beim Ausatmen an: Das kannst du in den Einstellungen umstellen.</translation>
    </message>
    <message>
        <source>Lie on your back with your knees bent, sit upright, or stand; one hand on your belly helps keep the breath low.</source>
        <translation>Leg dich mit angewinkelten Knien auf den Rücken, sitz aufrecht oder steh; eine Hand auf dem Bauch hilft, den Atem tief zu halten.</translation>
    </message>
    <message>
        <source>Breathe in slowly through your nose and let your belly rise. Let the muscles around the back passage soften; feel the space between pubic bone and tailbone grow and the sit bones widen.</source>
        <translation>Atme langsam durch die Nase ein und lass den Bauch sich heben. Lass die Muskeln rund um den After weich werden; spüre, wie der Raum zwischen Schambein und Steißbein größer wird und die Sitzbeinhöcker sich weiten.</translation>
    </message>
    <message>
        <source>Stay soft for the hold, breathing gently. Then breathe out and let the floor return on its own, without squeezing. Belly, buttocks and inner thighs stay relaxed.</source>
        <translation>Bleib während des Haltens weich und atme sanft. Atme dann aus und lass den Beckenboden von selbst zurückkehren, ohne anzuspannen. Bauch, Gesäß und Innenseiten der Oberschenkel bleiben entspannt.</translation>
    </message>
    <message>
        <source>How much, and how to progress</source>
        <translation>Wie viel, und wie du dich steigerst</translation>
    </message>
    <message>
        <source>Start with holds of about five seconds and around three sets of ten a day, spread out. Rest at least as long as you hold.</source>
        <translation>Beginne mit etwa fünf Sekunden Halten und ungefähr drei Sätzen zu je zehn am Tag, über den Tag verteilt. Ruh dich mindestens so lange aus, wie du hältst.</translation>
    </message>
    <message>
        <source>When it feels easy and comfortable, lengthen the hold toward ten seconds first, then add repetitions, then sets; move from lying to sitting to standing. Keep the daily total well under fifteen minutes.</source>
        <translation>Wenn es sich leicht und angenehm anfühlt, verlängere zuerst das Halten Richtung zehn Sekunden, dann füge Wiederholungen hinzu, dann Sätze; geh vom Liegen zum Sitzen zum Stehen über. Bleib insgesamt deutlich unter fünfzehn Minuten am Tag.</translation>
    </message>
    <message>
        <source>Change takes weeks to months. Little and often matters more than long sessions.</source>
        <translation>Veränderung braucht Wochen bis Monate. Wenig und oft zählt mehr als lange Einheiten.</translation>
    </message>
    <message>
        <source>Using the trainer</source>
        <translation>Den Trainer benutzen</translation>
    </message>
    <message>
        <source>Choose a routine on the Train page and follow the figure and the cues. The Progress page shows your streak and sets per day. Ctrl+1 and Ctrl+2 switch between them.</source>
        <translation>Wähle auf der Seite „Üben“ eine Übung und folge der Figur und den Hinweisen. Die Seite „Fortschritt“ zeigt deine Serie und deine Sätze pro Tag. Mit Strg+1 und Strg+2 wechselst du zwischen ihnen.</translation>
    </message>
    <message>
        <source>Stay safe</source>
        <translation>Achte auf dich</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>Your sessions, newest first</source>
        <translation>Deine Einheiten, neueste zuerst</translation>
    </message>
    <message>
        <source>Edit rating and note…</source>
        <translation>Bewertung und Notiz bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected session&apos;s discomfort rating and note (Enter)</source>
        <translation>Bewertung der Beschwerden und Notiz der ausgewählten Einheit ändern (Eingabetaste)</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Einheit entfernen</translation>
    </message>
    <message>
        <source>Remove the selected session if it was recorded by mistake (Delete)</source>
        <translation>Die ausgewählte Einheit entfernen, wenn sie versehentlich erfasst wurde (Entf)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Bring back the session just removed</source>
        <translation>Die gerade entfernte Einheit zurückholen</translation>
    </message>
    <message>
        <source>Removed the session of {day} ({routine}). It no longer counts in your figures.</source>
        <translation>Die Einheit vom {day} ({routine}) wurde entfernt. Sie zählt nicht mehr in deinen Zahlen.</translation>
    </message>
</context>
<context>
    <name>HoldTrendChart</name>
    <message numerus="yes">
        <source>Longest hold per day, last %n days: no holds yet</source>
        <translation>
            <numerusform>Längstes Halten pro Tag, letzter %n Tag: noch keine Haltephasen</numerusform>
            <numerusform>Längstes Halten pro Tag, letzte %n Tage: noch keine Haltephasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest hold per day, last %n days: held up to {seconds} s on {practised} of them</source>
        <translation>
            <numerusform>Längstes Halten pro Tag, letzter %n Tag: bis zu {seconds} s gehalten, an {practised} davon</numerusform>
            <numerusform>Längstes Halten pro Tag, letzte %n Tage: bis zu {seconds} s gehalten, an {practised} davon</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <source>Language and text</source>
        <translation>Sprache und Text</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Textgröße:</translation>
    </message>
    <message>
        <source>The new language and text size take effect the next time you open the trainer.</source>
        <translation>Die neue Sprache und Textgröße gelten ab dem nächsten Öffnen des Trainers.</translation>
    </message>
</context>
<context>
    <name>LevelGauge</name>
    <message>
        <source>Diaphragm</source>
        <translation>Zwerchfell</translation>
    </message>
    <message>
        <source>Pelvic floor</source>
        <translation>Beckenboden</translation>
    </message>
    <message>
        <source>up</source>
        <translation>oben</translation>
    </message>
    <message>
        <source>down</source>
        <translation>unten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Trainer</source>
        <translation>&amp;Trainer</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>Ü&amp;ben</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>How to &amp;Practise</source>
        <translation>So &amp;übst du</translation>
    </message>
    <message>
        <source>&amp;Safety Notice…</source>
        <translation>&amp;Sicherheitshinweis…</translation>
    </message>
    <message>
        <source>1 routine file could not be loaded:</source>
        <translation>1 Übungsdatei konnte nicht geladen werden:</translation>
    </message>
    <message>
        <source>{count} routine files could not be loaded:</source>
        <translation>{count} Übungsdateien konnten nicht geladen werden:</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>Die Einheit beenden?</translation>
    </message>
    <message>
        <source>A session is still running. Close the trainer and end it now? What you have done so far is kept.</source>
        <translation>Eine Einheit läuft noch. Den Trainer schließen und sie jetzt beenden? Was du bisher gemacht hast, bleibt gespeichert.</translation>
    </message>
    <message>
        <source>Breathing Trainer</source>
        <translation>Atemtrainer</translation>
    </message>
    <message>
        <source>Pelvic Floor Trainer</source>
        <translation>Beckenboden-Trainer</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Your history was repaired</source>
        <translation>Dein Verlauf wurde repariert</translation>
    </message>
    <message>
        <source>Your history could not be repaired</source>
        <translation>Dein Verlauf konnte nicht repariert werden</translation>
    </message>
    <message>
        <source>A repair is waiting</source>
        <translation>Eine Reparatur steht aus</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>Your history was updated</source>
        <translation>Dein Verlauf wurde aktualisiert</translation>
    </message>
    <message>
        <source>Your history cannot be read</source>
        <translation>Dein Verlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Your settings cannot be read</source>
        <translation>Deine Einstellungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Settings back to the defaults</source>
        <translation>Einstellungen auf Standard zurückgesetzt</translation>
    </message>
    <message>
        <source>Backups are off</source>
        <translation>Sicherungen sind aus</translation>
    </message>
    <message>
        <source>Sessions kept safe</source>
        <translation>Einheiten sicher aufbewahrt</translation>
    </message>
    <message>
        <source>Sessions saved</source>
        <translation>Einheiten gespeichert</translation>
    </message>
    <message>
        <source>Some sessions are set aside</source>
        <translation>Einige Einheiten sind beiseitegelegt</translation>
    </message>
    <message>
        <source>Some settings were not understood</source>
        <translation>Einige Einstellungen wurden nicht verstanden</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Sync-Ordner</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Open settings (Ctrl+,)</source>
        <translation>Einstellungen öffnen (Strg+,)</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Einstellungen (Strg+,)</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Train page (Ctrl+1)</source>
        <translation>Seite „Üben“ (Strg+1)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Progress page (Ctrl+2)</source>
        <translation>Seite „Fortschritt“ (Strg+2)</translation>
    </message>
</context>
<context>
    <name>PendingClose</name>
    <message>
        <source>1 session could not be written to your history, nor kept in any other folder: the disk is full or read-only. Its figures were in the summary after the session.</source>
        <translation>1 Einheit konnte weder in deinen Verlauf geschrieben noch in einem anderen Ordner aufbewahrt werden: Der Datenträger ist voll oder schreibgeschützt. Ihre Werte standen in der Zusammenfassung nach der Einheit.</translation>
    </message>
    <message>
        <source>{n} sessions could not be written to your history, nor kept in any other folder: the disk is full or read-only. Their figures were in the summaries after them.</source>
        <translation>{n} Einheiten konnten weder in deinen Verlauf geschrieben noch in einem anderen Ordner aufbewahrt werden: Der Datenträger ist voll oder schreibgeschützt. Ihre Werte standen in den Zusammenfassungen nach den Einheiten.</translation>
    </message>
    <message>
        <source>1 session is still waiting to be written to your history. It is kept safe in {path} and will be written the next time the app starts.</source>
        <translation>1 Einheit wartet noch darauf, in deinen Verlauf geschrieben zu werden. Sie ist sicher in {path} aufbewahrt und wird beim nächsten Start der App geschrieben.</translation>
    </message>
    <message>
        <source>{n} sessions are still waiting to be written to your history. They are kept safe in {path} and will be written the next time the app starts.</source>
        <translation>{n} Einheiten warten noch darauf, in deinen Verlauf geschrieben zu werden. Sie sind sicher in {path} aufbewahrt und werden beim nächsten Start der App geschrieben.</translation>
    </message>
    <message>
        <source>Sessions kept for later</source>
        <translation>Einheiten für später aufbewahrt</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PistonView</name>
    <message>
        <source>Diaphragm</source>
        <translation>Zwerchfell</translation>
    </message>
    <message>
        <source>Pelvic floor</source>
        <translation>Beckenboden</translation>
    </message>
    <message>
        <source>Session view</source>
        <translation>Ansicht der Einheit</translation>
    </message>
</context>
<context>
    <name>PlanLine</name>
    <message>
        <source>Today&apos;s plan</source>
        <translation>Plan für heute</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Follow the programme</source>
        <translation>Dem Programm folgen</translation>
    </message>
    <message>
        <source>Forget your own hold length and use the one the programme suggests</source>
        <translation>Deine eigene Haltedauer verwerfen und die vom Programm vorgeschlagene verwenden</translation>
    </message>
    <message>
        <source>Choose {title}</source>
        <translation>{title} wählen</translation>
    </message>
</context>
<context>
    <name>Portal</name>
    <message>
        <source>To remind you to practise, without a window open</source>
        <translation>Um dich ans Üben zu erinnern, ohne dass ein Fenster offen ist</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Sets per day</source>
        <translation>Sätze pro Tag</translation>
    </message>
    <message>
        <source>Holds grow as the release gets easier. Lengthen them only when a session feels comfortable.</source>
        <translation>Das Halten wird länger, je leichter das Loslassen fällt. Verlängere es nur, wenn sich eine Einheit angenehm anfühlt.</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Dein Fortschritt</translation>
    </message>
    <message>
        <source>Remove a session recorded by mistake, or change its rating and note.</source>
        <translation>Entferne eine versehentlich erfasste Einheit oder ändere ihre Bewertung und Notiz.</translation>
    </message>
    <message>
        <source>Longest hold</source>
        <translation>Längstes Halten</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message numerus="yes">
        <source>The dashed line is your daily target of %n set(s)</source>
        <translation>
            <numerusform>Die gestrichelte Linie ist dein Tagesziel von %n Satz</numerusform>
            <numerusform>Die gestrichelte Linie ist dein Tagesziel von %n Sätzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Solid line with dots: the planned hold. Dashed line with squares: your own holds, the day&apos;s average.</source>
        <translation>Durchgezogene Linie mit Punkten: die geplante Haltedauer. Gestrichelte Linie mit Quadraten: dein eigenes Halten, im Tagesdurchschnitt.</translation>
    </message>
</context>
<context>
    <name>RangeSelector</name>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Show the last 30 days</source>
        <translation>Die letzten 30 Tage zeigen</translation>
    </message>
    <message>
        <source>Show the last 90 days</source>
        <translation>Die letzten 90 Tage zeigen</translation>
    </message>
    <message>
        <source>Show the last 365 days</source>
        <translation>Die letzten 365 Tage zeigen</translation>
    </message>
    <message>
        <source>Time span</source>
        <translation>Zeitraum</translation>
    </message>
</context>
<context>
    <name>ReminderCard</name>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the next routine</source>
        <translation>Die nächste Übung starten</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>10 Min. später</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss this reminder</source>
        <translation>Diese Erinnerung ausblenden</translation>
    </message>
</context>
<context>
    <name>RemindersGroup</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Remind me to practise</source>
        <translation>Erinnere mich ans Üben</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>Uhrzeit hinzufügen</translation>
    </message>
    <message>
        <source>Add a reminder time</source>
        <translation>Eine Erinnerungszeit hinzufügen</translation>
    </message>
    <message>
        <source>Skipped once today&apos;s target is met, or within an hour of a session.</source>
        <translation>Entfällt, sobald das heutige Ziel erreicht ist oder innerhalb einer Stunde nach einer Einheit.</translation>
    </message>
    <message>
        <source>Closing the window keeps the trainer in the tray</source>
        <translation>Beim Schließen des Fensters bleibt der Trainer im Infobereich</translation>
    </message>
    <message>
        <source>This desktop has no tray: reminders come as notifications instead.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich: Erinnerungen kommen stattdessen als Benachrichtigungen.</translation>
    </message>
    <message>
        <source>Start at login, without a window, for the reminders</source>
        <translation>Bei der Anmeldung ohne Fenster starten, für die Erinnerungen</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Erinnerungszeit</translation>
    </message>
    <message>
        <source>Remove this time</source>
        <translation>Diese Uhrzeit entfernen</translation>
    </message>
    <message>
        <source>Remove this reminder time</source>
        <translation>Diese Erinnerungszeit entfernen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Pelvic-floor practice report</source>
        <translation>Bericht zum Beckenbodentraining</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for your physiotherapist</source>
        <translation>Bericht für die Physiotherapie</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Vorschau des Berichts</translation>
    </message>
    <message>
        <source>A page or two to bring to your appointment: what you were set to do, what you did, your holds, any discomfort, and your notes.</source>
        <translation>Ein bis zwei Seiten für deinen Termin: was vorgesehen war, was du gemacht hast, dein Halten, etwaige Beschwerden und deine Notizen.</translation>
    </message>
    <message>
        <source>The last</source>
        <translation>Die letzten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>Anzahl Tage</translation>
    </message>
    <message>
        <source>From a date to a date</source>
        <translation>Von einem Datum bis zu einem Datum</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>Dein Name (freiwillig)</translation>
    </message>
    <message>
        <source>Name printed on the report</source>
        <translation>Name auf dem Bericht</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>No name is printed unless you type one.</source>
        <translation>Es wird kein Name gedruckt, außer du gibst einen ein.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Page {n} of the report</source>
        <translation>Seite {n} des Berichts</translation>
    </message>
    <message>
        <source>One page, for {start} to {end}.</source>
        <translation>Eine Seite, für {start} bis {end}.</translation>
    </message>
    <message>
        <source>{n} pages, for {start} to {end}.</source>
        <translation>{n} Seiten, für {start} bis {end}.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Den Bericht speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}</source>
        <translation>Der Bericht konnte nicht gespeichert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>RestOffer</name>
    <message>
        <source>Try the breathing drop</source>
        <translation>Die Atemübung ausprobieren</translation>
    </message>
    <message>
        <source>Choose the calm, breath-only routine</source>
        <translation>Die ruhige Übung nur mit dem Atem wählen</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>&amp;New Routine…</source>
        <translation>&amp;Neue Übung…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>&amp;Duplicate Routine…</source>
        <translation>Übung &amp;duplizieren…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Edit Routine…</source>
        <translation>Übung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>De&amp;lete Routine…</source>
        <translation>Übung &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Import Routine File…</source>
        <translation>Übungsdatei &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport Routine File…</source>
        <translation>Übungsdatei e&amp;xportieren…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Import a routine file</source>
        <translation>Eine Übungsdatei importieren</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Übungsdateien (*.json)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>This routine file could not be imported: {reason}</source>
        <translation>Diese Übungsdatei konnte nicht importiert werden: {reason}</translation>
    </message>
    <message>
        <source>“{title}” is already one of your routines, unchanged.</source>
        <translation>„{title}“ ist schon eine deiner Übungen, unverändert.</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Schon vorhanden</translation>
    </message>
    <message>
        <source>Export “{title}”</source>
        <translation>„{title}“ exportieren</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Übung löschen</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>„{title}“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>To keep a copy, export it to a file first (Routines menu).</source>
        <translation>Um eine Kopie zu behalten, exportiere sie vorher in eine Datei (Menü „Übungen“).</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>Ü&amp;bungen</translation>
    </message>
</context>
<context>
    <name>RoutineDetails</name>
    <message>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>What it should feel like</source>
        <translation>Wie es sich anfühlen sollte</translation>
    </message>
    <message>
        <source>Hold length</source>
        <translation>Haltedauer</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold length in seconds</source>
        <translation>Haltedauer in Sekunden</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Verordnung</translation>
    </message>
    <message>
        <source>Today&apos;s plan sets the hold; change it here to choose your own.</source>
        <translation>Der Plan für heute legt die Haltedauer fest; ändere sie hier, um deine eigene zu wählen.</translation>
    </message>
    <message>
        <source>I have emptied my bladder</source>
        <translation>Ich habe meine Blase entleert</translation>
    </message>
    <message>
        <source>I&apos;m not in the middle of a core workout</source>
        <translation>Ich bin nicht mitten in einem Rumpftraining</translation>
    </message>
    <message>
        <source>I&apos;ll stop if anything hurts</source>
        <translation>Ich höre auf, wenn etwas wehtut</translation>
    </message>
    <message>
        <source>Just a reminder: you can start whenever you are ready.</source>
        <translation>Nur zur Erinnerung: Du kannst beginnen, wann immer du bereit bist.</translation>
    </message>
    <message>
        <source>{sets} × {reps} reps</source>
        <translation>{sets} × {reps} Wiederholungen</translation>
    </message>
    <message>
        <source>{reps} reps</source>
        <translation>{reps} Wiederholungen</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Total length</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Verordnung</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>Zum Bearbeiten duplizieren</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (Kopie)</translation>
    </message>
    <message>
        <source>New routine from “{title}”</source>
        <translation>Neue Übung aus „{title}“</translation>
    </message>
    <message>
        <source>“{title}” (built in)</source>
        <translation>„{title}“ (eingebaut)</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>„{title}“ bearbeiten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Built-in routines cannot be changed. Duplicate this one to make your own version.</source>
        <translation>Eingebaute Übungen können nicht geändert werden. Dupliziere diese, um deine eigene Version zu erstellen.</translation>
    </message>
    <message>
        <source>Let go and soften</source>
        <translation>Loslassen und weich werden</translation>
    </message>
    <message>
        <source>Stay soft and open</source>
        <translation>Weich und offen bleiben</translation>
    </message>
    <message>
        <source>Let it rise on its own</source>
        <translation>Von selbst aufsteigen lassen</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Meine Übung</translation>
    </message>
    <message>
        <source>My own reverse Kegels.</source>
        <translation>Meine eigenen Reverse-Kegel-Übungen.</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Gespeichert als {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n field needs attention</source>
        <translation>
            <numerusform>%n Feld muss geprüft werden</numerusform>
            <numerusform>%n Felder müssen geprüft werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields need attention</source>
        <translation>
            <numerusform>%n Feld muss geprüft werden</numerusform>
            <numerusform>%n Felder müssen geprüft werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Length: not yet known</source>
        <translation>Dauer: noch nicht bekannt</translation>
    </message>
    <message>
        <source>About {length}</source>
        <translation>Etwa {length}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>Rest and breathe</source>
        <translation>Ausruhen und atmen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <source>For men</source>
        <translation>Für Männer</translation>
    </message>
    <message>
        <source>For women</source>
        <translation>Für Frauen</translation>
    </message>
    <message>
        <source>For everyone</source>
        <translation>Für alle</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Männer</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Frauen</translation>
    </message>
    <message>
        <source>Breath only</source>
        <translation>Nur Atem</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>Show routines: {filter}</source>
        <translation>Übungen zeigen: {filter}</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Übungen</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>This trainer gives general information and a gentle pace to practise with. It is not medical advice, and it does not replace care from a professional.</source>
        <translation>Dieser Trainer gibt allgemeine Informationen und ein sanftes Tempo zum Üben. Er ist keine medizinische Beratung und ersetzt keine Behandlung durch Fachleute.</translation>
    </message>
    <message>
        <source>Safety points</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Ich habe verstanden</translation>
    </message>
    <message>
        <source>I understand the safety notice</source>
        <translation>Ich habe den Sicherheitshinweis verstanden</translation>
    </message>
    <message>
        <source>You accepted this notice on {when}.</source>
        <translation>Du hast diesen Hinweis am {when} bestätigt.</translation>
    </message>
    <message>
        <source>Close the safety notice</source>
        <translation>Den Sicherheitshinweis schließen</translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <source>If you can, see a pelvic-health physiotherapist before you begin, especially if you have pain, leaking, bladder or bowel symptoms, have recently had surgery or given birth, or have a catheter in place.</source>
        <translation>Geh nach Möglichkeit zu einer Physiotherapeutin oder einem Physiotherapeuten für Beckengesundheit, bevor du beginnst, besonders wenn du Schmerzen, ungewollten Urinverlust, Blasen- oder Darmbeschwerden hast, vor Kurzem operiert wurdest oder ein Kind geboren hast oder einen Katheter trägst.</translation>
    </message>
    <message>
        <source>Empty your bladder before each session.</source>
        <translation>Entleere vor jeder Einheit deine Blase.</translation>
    </message>
    <message>
        <source>Practise on its own, not in the middle of a core or abdominal workout.</source>
        <translation>Übe für sich allein, nicht mitten in einem Rumpf- oder Bauchmuskeltraining.</translation>
    </message>
    <message>
        <source>Go gently. Add time or sessions only when the practice feels comfortable.</source>
        <translation>Geh sanft vor. Verlängere die Zeit oder füge Einheiten nur hinzu, wenn sich das Üben angenehm anfühlt.</translation>
    </message>
    <message>
        <source>If anything hurts or feels wrong, stop and rest. If pain or discomfort stays, see a doctor.</source>
        <translation>Wenn etwas wehtut oder sich falsch anfühlt, hör auf und ruh dich aus. Wenn Schmerzen oder Beschwerden bleiben, geh zu einer Ärztin oder einem Arzt.</translation>
    </message>
    <message>
        <source>Breathe slowly into your belly. Never hold your breath, push or strain: the release is soft.</source>
        <translation>Atme langsam in den Bauch. Halte nie den Atem an, drücke oder presse nie: Das Loslassen ist sanft.</translation>
    </message>
</context>
<context>
    <name>SecondsAxis</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the session (Space)</source>
        <translation>Die Einheit starten (Leertaste)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip to the next phase (Right arrow)</source>
        <translation>Zur nächsten Phase springen (Pfeil nach rechts)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Die Einheit beenden (Esc)</translation>
    </message>
    <message>
        <source>This hurts — stop</source>
        <translation>Das tut weh – aufhören</translation>
    </message>
    <message>
        <source>Stop now because something hurts</source>
        <translation>Jetzt aufhören, weil etwas wehtut</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Press and hold for as long as you hold; let go to end the hold (Space)</source>
        <translation>Gedrückt halten, solange du hältst; loslassen, um das Halten zu beenden (Leertaste)</translation>
    </message>
    <message>
        <source>Start the routine</source>
        <translation>Die Übung starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the session (Space)</source>
        <translation>Die Einheit pausieren (Leertaste)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Resume the session (Space)</source>
        <translation>Die Einheit fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Start the routine again (Space)</source>
        <translation>Die Übung noch einmal starten (Leertaste)</translation>
    </message>
</context>
<context>
    <name>SessionCues</name>
    <message>
        <source>Session complete</source>
        <translation>Einheit abgeschlossen</translation>
    </message>
</context>
<context>
    <name>SetsPerDayChart</name>
    <message numerus="yes">
        <source>Sets per day, last %n days: target met on {met} of them</source>
        <translation>
            <numerusform>Sätze pro Tag, letzter %n Tag: Ziel an {met} davon erreicht</numerusform>
            <numerusform>Sätze pro Tag, letzte %n Tage: Ziel an {met} davon erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n set(s)</source>
        <translation>
            <numerusform>%1: %n Satz</numerusform>
            <numerusform>%1: %n Sätze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source> sets</source>
        <translation> Sätze</translation>
    </message>
    <message>
        <source>Daily target in sets</source>
        <translation>Tagesziel in Sätzen</translation>
    </message>
    <message>
        <source>Daily target:</source>
        <translation>Tagesziel:</translation>
    </message>
    <message>
        <source>Midnight</source>
        <translation>Mitternacht</translation>
    </message>
    <message>
        <source>Day starts at</source>
        <translation>Der Tag beginnt um</translation>
    </message>
    <message>
        <source>Day starts at:</source>
        <translation>Der Tag beginnt um:</translation>
    </message>
    <message>
        <source>Sessions before this hour count for the previous day.</source>
        <translation>Einheiten vor dieser Uhrzeit zählen zum Vortag.</translation>
    </message>
    <message>
        <source>Breath and movement</source>
        <translation>Atem und Bewegung</translation>
    </message>
    <message>
        <source>Release as you breathe in (usual)</source>
        <translation>Beim Einatmen loslassen (üblich)</translation>
    </message>
    <message>
        <source>The floor drops with the in-breath, as the diaphragm descends.</source>
        <translation>Der Beckenboden sinkt mit dem Einatmen, während sich das Zwerchfell senkt.</translation>
    </message>
    <message>
        <source>Release as you breathe out</source>
        <translation>Beim Ausatmen loslassen</translation>
    </message>
    <message>
        <source>For people whose therapist cues the letting go on the out-breath.</source>
        <translation>Für alle, deren Therapeutin oder Therapeut das Loslassen beim Ausatmen anleitet.</translation>
    </message>
    <message>
        <source>The breath-only routine always follows the natural piston.</source>
        <translation>Die reine Atemübung folgt immer dem natürlichen Kolben.</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Bewegung reduzieren</translation>
    </message>
    <message>
        <source>A calmer, simpler animation, for when movement on screen is tiring.</source>
        <translation>Eine ruhigere, einfachere Animation, wenn Bewegung auf dem Bildschirm anstrengt.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Farbschema:</translation>
    </message>
    <message>
        <source>Discreet window title (“Breathing Trainer”)</source>
        <translation>Unauffälliger Fenstertitel („Atemtrainer“)</translation>
    </message>
    <message>
        <source>Discreet window title</source>
        <translation>Unauffälliger Fenstertitel</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Soft sound at each phase change</source>
        <translation>Sanfter Ton bei jedem Phasenwechsel</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>Tonsignale</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Lautstärke:</translation>
    </message>
    <message>
        <source>Speak the cues aloud</source>
        <translation>Hinweise laut vorlesen</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Gesprochene Hinweise</translation>
    </message>
    <message>
        <source>A voice says each cue, in place of the chime.</source>
        <translation>Eine Stimme spricht jeden Hinweis, statt des Klangs.</translation>
    </message>
    <message>
        <source>No speech engine is installed on this computer, so the cues stay silent.</source>
        <translation>Auf diesem Computer ist keine Sprachausgabe installiert, daher bleiben die Hinweise stumm.</translation>
    </message>
</context>
<context>
    <name>SharingActions</name>
    <message>
        <source>&amp;Export History…</source>
        <translation>Verlauf e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Import History…</source>
        <translation>Verlauf &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Report for Your Physiotherapist…</source>
        <translation>Be&amp;richt für die Physiotherapie…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export your history</source>
        <translation>Deinen Verlauf exportieren</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>The history could not be written to {path}: {reason}</source>
        <translation>Der Verlauf konnte nicht nach {path} geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>1 session was written to {path}.</source>
        <translation>1 Einheit wurde nach {path} geschrieben.</translation>
    </message>
    <message>
        <source>{n} sessions were written to {path}.</source>
        <translation>{n} Einheiten wurden nach {path} geschrieben.</translation>
    </message>
    <message>
        <source>History exported</source>
        <translation>Verlauf exportiert</translation>
    </message>
    <message>
        <source>Import a history</source>
        <translation>Einen Verlauf importieren</translation>
    </message>
    <message>
        <source>Histories, exports and device logs (*.json *.jsonl);;All files (*)</source>
        <translation>Verläufe, Exporte und Geräteprotokolle (*.json *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>History imported</source>
        <translation>Verlauf importiert</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Bericht gespeichert</translation>
    </message>
    <message>
        <source>The report was saved to {path}.</source>
        <translation>Der Bericht wurde unter {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>SoundCues</name>
    <message>
        <source>The sounds cannot play here: {error}</source>
        <translation>Die Töne können hier nicht abgespielt werden: {error}</translation>
    </message>
    <message>
        <source>The sounds could not be loaded, so sessions are silent.</source>
        <translation>Die Töne konnten nicht geladen werden, daher bleiben die Einheiten stumm.</translation>
    </message>
</context>
<context>
    <name>SoundThemeRow</name>
    <message>
        <source>Soft tones</source>
        <translation>Sanfte Töne</translation>
    </message>
    <message>
        <source>A single bell</source>
        <translation>Eine einzelne Glocke</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Kein Ton</translation>
    </message>
    <message>
        <source>Sound theme</source>
        <translation>Klangschema</translation>
    </message>
    <message>
        <source>Play a sample</source>
        <translation>Hörprobe abspielen</translation>
    </message>
    <message>
        <source>Play a sample of the sound theme</source>
        <translation>Eine Hörprobe des Klangschemas abspielen</translation>
    </message>
    <message>
        <source>Sounds:</source>
        <translation>Töne:</translation>
    </message>
</context>
<context>
    <name>SpeechProcess</name>
    <message>
        <source>No speech engine is installed on this computer.</source>
        <translation>Auf diesem Computer ist keine Sprachausgabe installiert.</translation>
    </message>
    <message>
        <source>The speech service did not answer, so the chime marks each phase instead.</source>
        <translation>Die Sprachausgabe hat nicht geantwortet, daher markiert stattdessen der Klang jede Phase.</translation>
    </message>
    <message>
        <source>The speech service stopped, so the chime marks each phase instead.</source>
        <translation>Die Sprachausgabe wurde beendet, daher markiert stattdessen der Klang jede Phase.</translation>
    </message>
    <message>
        <source>Speech could not be started.</source>
        <translation>Die Sprachausgabe konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>SpokenCues</name>
    <message>
        <source>No speech engine is installed on this computer.</source>
        <translation>Auf diesem Computer ist keine Sprachausgabe installiert.</translation>
    </message>
    <message>
        <source>The voice stopped working.</source>
        <translation>Die Stimme funktioniert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>StatCards</name>
    <message>
        <source>Current streak</source>
        <translation>Aktuelle Serie</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>Längste Serie</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Time practised</source>
        <translation>Geübte Zeit</translation>
    </message>
    <message>
        <source>Today&apos;s sets against the daily target</source>
        <translation>Heutige Sätze im Vergleich zum Tagesziel</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practice day(s) in all</source>
        <translation>
            <numerusform>%n Übungstag insgesamt</numerusform>
            <numerusform>%n Übungstage insgesamt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) to go</source>
        <translation>
            <numerusform>noch %n Satz</numerusform>
            <numerusform>noch %n Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it going today</source>
        <translation>Mach heute weiter</translation>
    </message>
    <message>
        <source>A new one starts with one set</source>
        <translation>Eine neue beginnt mit einem Satz</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Daily target met</source>
        <translation>Tagesziel erreicht</translation>
    </message>
    <message>
        <source>Since Monday</source>
        <translation>Seit Montag</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Session summary</source>
        <translation>Zusammenfassung der Einheit</translation>
    </message>
    <message>
        <source>Stopped early. What you did is kept in your history.</source>
        <translation>Vorzeitig beendet. Was du gemacht hast, bleibt in deinem Verlauf.</translation>
    </message>
    <message>
        <source>This session could not be saved, so there is nothing to add feedback to.</source>
        <translation>Diese Einheit konnte nicht gespeichert werden, daher gibt es nichts, wozu du eine Rückmeldung geben kannst.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Close the summary</source>
        <translation>Die Zusammenfassung schließen</translation>
    </message>
    <message>
        <source>Rest now</source>
        <translation>Ruh dich jetzt aus</translation>
    </message>
    <message>
        <source>Session saved</source>
        <translation>Einheit gespeichert</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>{today} of {target} sets today — today&apos;s target is reached.</source>
        <translation>{today} von {target} Sätzen heute – das heutige Ziel ist erreicht.</translation>
    </message>
    <message>
        <source>{today} of {target} sets today.</source>
        <translation>{today} von {target} Sätzen heute.</translation>
    </message>
    <message>
        <source>Sets today</source>
        <translation>Sätze heute</translation>
    </message>
    <message>
        <source>Complete a full set to start a streak.</source>
        <translation>Schließe einen ganzen Satz ab, um eine Serie zu beginnen.</translation>
    </message>
    <message>
        <source>1 day of practice in a row.</source>
        <translation>1 Tag Übung in Folge.</translation>
    </message>
    <message>
        <source>{days} days of practice in a row.</source>
        <translation>{days} Tage Übung in Folge.</translation>
    </message>
    <message>
        <source>You did the right thing by stopping. Rest now and breathe gently. If the discomfort stays or comes back, please see a pelvic-health physiotherapist before you practise again.</source>
        <translation>Es war richtig aufzuhören. Ruh dich jetzt aus und atme sanft. Wenn die Beschwerden bleiben oder wiederkommen, geh bitte zu einer Physiotherapeutin oder einem Physiotherapeuten für Beckengesundheit, bevor du wieder übst.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Discomfort from 0 to 10, optional</source>
        <translation>Beschwerden von 0 bis 10, freiwillig</translation>
    </message>
    <message>
        <source>0 means none at all, 10 the worst you can imagine.</source>
        <translation>0 heißt gar keine, 10 die schlimmsten, die du dir vorstellen kannst.</translation>
    </message>
    <message>
        <source>Discomfort (0–10):</source>
        <translation>Beschwerden (0–10):</translation>
    </message>
    <message>
        <source>Optional, for you or your therapist</source>
        <translation>Freiwillig, für dich oder deine Therapie</translation>
    </message>
    <message>
        <source>Note about this session, optional</source>
        <translation>Notiz zu dieser Einheit, freiwillig</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
</context>
<context>
    <name>SyncFolderSection</name>
    <message>
        <source>Sync folder</source>
        <translation>Sync-Ordner</translation>
    </message>
    <message>
        <source>Share your history between your computers through a folder that Syncthing, Nextcloud or Dropbox keeps in step. Each computer adds its own sessions there and reads the others&apos;.</source>
        <translation>Teile deinen Verlauf zwischen deinen Computern über einen Ordner, den Syncthing, Nextcloud oder Dropbox abgleicht. Jeder Computer legt dort seine eigenen Einheiten ab und liest die der anderen.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Den Sync-Ordner wählen</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>Abgleich beenden</translation>
    </message>
    <message>
        <source>Stop syncing through this folder</source>
        <translation>Den Abgleich über diesen Ordner beenden</translation>
    </message>
    <message>
        <source>Not syncing.</source>
        <translation>Kein Abgleich.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be used: {reason}</source>
        <translation>Der Ordner {folder} kann nicht verwendet werden: {reason}</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Choose a routine</source>
        <translation>Wähle eine Übung</translation>
    </message>
    <message>
        <source>Press and hold Space or Hold while you hold; let go when you are ready. Take the time that feels comfortable.</source>
        <translation>Halte die Leertaste oder „Halten“ gedrückt, während du hältst; lass los, wenn du bereit bist. Nimm dir die Zeit, die sich angenehm anfühlt.</translation>
    </message>
</context>
<context>
    <name>TrainingSection</name>
    <message>
        <source>Holds</source>
        <translation>Haltephasen</translation>
    </message>
    <message>
        <source>Time my own holds</source>
        <translation>Haltephasen selbst timen</translation>
    </message>
    <message>
        <source>During a session, press and hold Space (or the Hold button) for as long as you hold the drop or the squeeze, and let go to end it. Stop ends the session.</source>
        <translation>Halte während einer Einheit die Leertaste (oder die Schaltfläche „Halten“) gedrückt, solange du das Sinken oder die Spannung hältst, und lass los, um es zu beenden. „Beenden“ beendet die Einheit.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>{done} of {target} set today</source>
        <translation>{done} von {target} Satz heute</translation>
    </message>
    <message>
        <source>{done} of {target} sets today</source>
        <translation>{done} von {target} Sätzen heute</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Start the next routine</source>
        <translation>Die nächste Übung starten</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Snooze reminders for an hour</source>
        <translation>Erinnerungen für eine Stunde aufschieben</translation>
    </message>
    <message>
        <source>Pause reminders until tomorrow</source>
        <translation>Erinnerungen bis morgen pausieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>_Notice</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Ordner zeigen</translation>
    </message>
    <message>
        <source>Show the folder this notice is about</source>
        <translation>Den Ordner zeigen, um den es in diesem Hinweis geht</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
</context>
<context>
    <name>routine:breath-drop</name>
    <message>
        <source>Breathing pelvic floor drop</source>
        <translation>Sinken lassen mit dem Atem</translation>
    </message>
    <message>
        <source>Slow belly breaths that let the pelvic floor soften on its own: about five breaths a minute.</source>
        <translation>Langsame Bauchatmung, bei der der Beckenboden von selbst weich wird: etwa fünf Atemzüge pro Minute.</translation>
    </message>
    <message>
        <source>lying on your back, knees bent</source>
        <translation>auf dem Rücken liegend, Knie angewinkelt</translation>
    </message>
    <message>
        <source>sitting upright</source>
        <translation>aufrecht sitzend</translation>
    </message>
    <message>
        <source>Lie on your back with your knees bent, or sit upright. Rest one hand on your belly.</source>
        <translation>Leg dich mit angewinkelten Knien auf den Rücken oder sitz aufrecht. Leg eine Hand auf den Bauch.</translation>
    </message>
    <message>
        <source>Breathe in slowly through your nose so the belly rises under your hand, not the chest.</source>
        <translation>Atme langsam durch die Nase ein, sodass sich der Bauch unter deiner Hand hebt, nicht die Brust.</translation>
    </message>
    <message>
        <source>Picture the pelvic floor softening, widening and sinking as the breath fills you.</source>
        <translation>Stell dir vor, wie der Beckenboden weich und weit wird und sinkt, während der Atem dich füllt.</translation>
    </message>
    <message>
        <source>Rest for a moment in that soft, open state.</source>
        <translation>Verweile einen Moment in diesem weichen, offenen Zustand.</translation>
    </message>
    <message>
        <source>Breathe out slowly. The floor drifts back up a little; keep the release rather than tightening.</source>
        <translation>Atme langsam aus. Der Beckenboden hebt sich ein wenig zurück; bleib im Loslassen, statt anzuspannen.</translation>
    </message>
    <message>
        <source>The distance from pubic bone to tailbone seems to lengthen.</source>
        <translation>Der Abstand zwischen Schambein und Steißbein scheint länger zu werden.</translation>
    </message>
    <message>
        <source>The sit bones feel as if they spread apart.</source>
        <translation>Die Sitzbeinhöcker fühlen sich an, als würden sie auseinandergehen.</translation>
    </message>
    <message>
        <source>Belly, buttocks and inner thighs stay soft. Stop if you notice straining.</source>
        <translation>Bauch, Gesäß und Innenseiten der Oberschenkel bleiben weich. Hör auf, wenn du merkst, dass du presst.</translation>
    </message>
    <message>
        <source>Belly rises, the floor softens</source>
        <translation>Der Bauch hebt sich, der Beckenboden wird weich</translation>
    </message>
    <message>
        <source>Rest, soft and wide</source>
        <translation>Verweilen, weich und weit</translation>
    </message>
    <message>
        <source>Slowly out, keep the release</source>
        <translation>Langsam aus, im Loslassen bleiben</translation>
    </message>
</context>
<context>
    <name>routine:kegel-and-reverse</name>
    <message>
        <source>Kegels and reverse Kegels</source>
        <translation>Kegel- und Reverse-Kegel-Übungen</translation>
    </message>
    <message>
        <source>Both directions in one set: five lifts, then five releases, ending soft.</source>
        <translation>Beide Richtungen in einem Satz: fünfmal heben, dann fünfmal loslassen, mit weichem Ende.</translation>
    </message>
    <message>
        <source>lying on your back, knees bent</source>
        <translation>auf dem Rücken liegend, Knie angewinkelt</translation>
    </message>
    <message>
        <source>sitting upright</source>
        <translation>aufrecht sitzend</translation>
    </message>
    <message>
        <source>Healthy muscles can both lift and let go. This set trains both, and ends with letting go.</source>
        <translation>Gesunde Muskeln können heben und loslassen. Dieser Satz übt beides und endet mit dem Loslassen.</translation>
    </message>
    <message>
        <source>For the first five, breathe out as you squeeze and lift, hold while breathing evenly, then breathe in and release.</source>
        <translation>Bei den ersten fünf atmest du aus, während du anspannst und hebst, hältst bei gleichmäßigem Atem und atmest dann ein und lässt los.</translation>
    </message>
    <message>
        <source>For the last five, breathe in as you let the floor soften and drop, stay soft, then breathe out and let it rise.</source>
        <translation>Bei den letzten fünf atmest du ein, während du den Beckenboden weich werden und sinken lässt, bleibst weich, atmest dann aus und lässt ihn sich heben.</translation>
    </message>
    <message>
        <source>If anything hurts, skip the squeezes and do only the reverse Kegels.</source>
        <translation>Wenn etwas wehtut, lass das Anspannen weg und mach nur die Reverse-Kegel-Übungen.</translation>
    </message>
    <message>
        <source>The lift is a gentle draw upward and inward; the drop is a widening and softening.</source>
        <translation>Das Heben ist ein sanftes Ziehen nach oben und innen; das Sinken ist ein Weiten und Weichwerden.</translation>
    </message>
    <message>
        <source>Nothing is forced in either direction.</source>
        <translation>In keiner Richtung wird etwas erzwungen.</translation>
    </message>
    <message>
        <source>Squeeze and lift</source>
        <translation>Anspannen und heben</translation>
    </message>
    <message>
        <source>Hold, breathing evenly</source>
        <translation>Halten, gleichmäßig atmen</translation>
    </message>
    <message>
        <source>Let go completely</source>
        <translation>Ganz loslassen</translation>
    </message>
    <message>
        <source>Let go and soften</source>
        <translation>Loslassen und weich werden</translation>
    </message>
    <message>
        <source>Stay soft and open</source>
        <translation>Weich und offen bleiben</translation>
    </message>
    <message>
        <source>Let it rise on its own</source>
        <translation>Von selbst aufsteigen lassen</translation>
    </message>
</context>
<context>
    <name>routine:kegel-men</name>
    <message>
        <source>Kegels for strength (men)</source>
        <translation>Kegel-Übungen für Kraft (Männer)</translation>
    </message>
    <message>
        <source>Squeeze and lift for about 10 seconds, then rest for 5 while everything lets go.</source>
        <translation>Etwa 10 Sekunden anspannen und heben, dann 5 Sekunden ruhen, während alles loslässt.</translation>
    </message>
    <message>
        <source>lying on your back, knees bent</source>
        <translation>auf dem Rücken liegend, Knie angewinkelt</translation>
    </message>
    <message>
        <source>sitting upright</source>
        <translation>aufrecht sitzend</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>stehend</translation>
    </message>
    <message>
        <source>To find the muscles, imagine stopping the flow of urine or holding in wind. Use this only to find them.</source>
        <translation>Um die Muskeln zu finden, stell dir vor, du hältst den Urinstrahl an oder einen Wind zurück. Nutze das nur, um sie zu finden.</translation>
    </message>
    <message>
        <source>Breathe out as you squeeze and lift; the base of the penis draws in slightly.</source>
        <translation>Atme aus, während du anspannst und hebst; der Penisansatz zieht sich leicht ein.</translation>
    </message>
    <message>
        <source>Hold the lift and keep breathing evenly. Belly, back and buttocks stay relaxed.</source>
        <translation>Halte die Spannung und atme gleichmäßig weiter. Bauch, Rücken und Gesäß bleiben entspannt.</translation>
    </message>
    <message>
        <source>Breathe in and let go completely before the next one.</source>
        <translation>Atme ein und lass vor der nächsten Wiederholung ganz los.</translation>
    </message>
    <message>
        <source>A lift behind the scrotum, not a clench of the buttocks.</source>
        <translation>Ein Heben hinter dem Hodensack, kein Zusammenkneifen des Gesäßes.</translation>
    </message>
    <message>
        <source>If it hurts, or you have pelvic pain, practise the reverse Kegels instead.</source>
        <translation>Wenn es wehtut oder du Beckenschmerzen hast, übe stattdessen die Reverse-Kegel-Übungen.</translation>
    </message>
    <message>
        <source>Squeeze and lift</source>
        <translation>Anspannen und heben</translation>
    </message>
    <message>
        <source>Hold, breathing evenly</source>
        <translation>Halten, gleichmäßig atmen</translation>
    </message>
    <message>
        <source>Let go completely</source>
        <translation>Ganz loslassen</translation>
    </message>
</context>
<context>
    <name>routine:kegel-women</name>
    <message>
        <source>Kegels for strength (women)</source>
        <translation>Kegel-Übungen für Kraft (Frauen)</translation>
    </message>
    <message>
        <source>Squeeze and lift the pelvic floor, hold, then let go fully: 5 seconds each, building to 10.</source>
        <translation>Den Beckenboden anspannen und heben, halten, dann ganz loslassen: je 5 Sekunden, bis zu 10 steigern.</translation>
    </message>
    <message>
        <source>lying on your back, knees bent</source>
        <translation>auf dem Rücken liegend, Knie angewinkelt</translation>
    </message>
    <message>
        <source>sitting upright</source>
        <translation>aufrecht sitzend</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>stehend</translation>
    </message>
    <message>
        <source>To find the muscles, imagine stopping the flow of urine. Use this only to find them, never as practice on the toilet.</source>
        <translation>Um die Muskeln zu finden, stell dir vor, du hältst den Urinstrahl an. Nutze das nur, um sie zu finden, nie als Übung auf der Toilette.</translation>
    </message>
    <message>
        <source>Breathe out as you gently squeeze and lift, as if drawing the muscles up and in.</source>
        <translation>Atme aus, während du sanft anspannst und hebst, als würdest du die Muskeln nach oben und innen ziehen.</translation>
    </message>
    <message>
        <source>Hold the lift while breathing evenly. Belly, back and buttocks stay relaxed.</source>
        <translation>Halte die Spannung bei gleichmäßigem Atem. Bauch, Rücken und Gesäß bleiben entspannt.</translation>
    </message>
    <message>
        <source>Breathe in and let go completely. The letting go matters as much as the squeeze.</source>
        <translation>Atme ein und lass ganz los. Das Loslassen ist genauso wichtig wie das Anspannen.</translation>
    </message>
    <message>
        <source>Start with 5-second holds; build toward 10 seconds as it gets easy.</source>
        <translation>Beginne mit 5 Sekunden Halten; steigere dich Richtung 10 Sekunden, wenn es leicht wird.</translation>
    </message>
    <message>
        <source>A lift and a gentle tightening inside, not a clench of the buttocks.</source>
        <translation>Ein Heben und sanftes Anspannen im Inneren, kein Zusammenkneifen des Gesäßes.</translation>
    </message>
    <message>
        <source>If it hurts, or you have pelvic pain, practise the reverse Kegels instead.</source>
        <translation>Wenn es wehtut oder du Beckenschmerzen hast, übe stattdessen die Reverse-Kegel-Übungen.</translation>
    </message>
    <message>
        <source>Squeeze and lift</source>
        <translation>Anspannen und heben</translation>
    </message>
    <message>
        <source>Hold, breathing evenly</source>
        <translation>Halten, gleichmäßig atmen</translation>
    </message>
    <message>
        <source>Let go completely</source>
        <translation>Ganz loslassen</translation>
    </message>
</context>
<context>
    <name>routine:reverse-kegel-men</name>
    <message>
        <source>Reverse Kegels for men</source>
        <translation>Reverse-Kegel-Übungen für Männer</translation>
    </message>
    <message>
        <source>Release the muscles around the back passage and let the perineum sink, in time with the breath.</source>
        <translation>Die Muskeln rund um den After lösen und den Damm sinken lassen, im Takt des Atems.</translation>
    </message>
    <message>
        <source>lying on your back, knees bent</source>
        <translation>auf dem Rücken liegend, Knie angewinkelt</translation>
    </message>
    <message>
        <source>sitting upright</source>
        <translation>aufrecht sitzend</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>stehend</translation>
    </message>
    <message>
        <source>Stand, sit, or lie on your back with your knees bent, whichever lets you relax most.</source>
        <translation>Steh, sitz oder lieg mit angewinkelten Knien auf dem Rücken, wie du dich am besten entspannen kannst.</translation>
    </message>
    <message>
        <source>Breathe slowly into your belly and notice the area between the scrotum and the back passage.</source>
        <translation>Atme langsam in den Bauch und spüre den Bereich zwischen Hodensack und After.</translation>
    </message>
    <message>
        <source>As you breathe in, release the muscles around the back passage and feel that area move gently downward.</source>
        <translation>Löse beim Einatmen die Muskeln rund um den After und spüre, wie sich dieser Bereich sanft nach unten bewegt.</translation>
    </message>
    <message>
        <source>Hold the release, breathing easily. It is a letting go, never a push.</source>
        <translation>Bleib im Loslassen und atme locker. Es ist ein Loslassen, nie ein Pressen.</translation>
    </message>
    <message>
        <source>Breathe out and let everything return on its own. Once five seconds feels easy, lengthen the hold.</source>
        <translation>Atme aus und lass alles von selbst zurückkehren. Sobald sich fünf Sekunden leicht anfühlen, verlängere das Halten.</translation>
    </message>
    <message>
        <source>More space between the pubic bone and the tailbone.</source>
        <translation>Mehr Raum zwischen Schambein und Steißbein.</translation>
    </message>
    <message>
        <source>Like the start of passing urine, only softer, and without straining.</source>
        <translation>Wie der Beginn des Wasserlassens, nur sanfter und ohne zu pressen.</translation>
    </message>
    <message>
        <source>Belly, buttocks and thighs stay loose.</source>
        <translation>Bauch, Gesäß und Oberschenkel bleiben locker.</translation>
    </message>
    <message>
        <source>Let go and sink</source>
        <translation>Loslassen und sinken</translation>
    </message>
    <message>
        <source>Stay released</source>
        <translation>Gelöst bleiben</translation>
    </message>
    <message>
        <source>Let it come back up</source>
        <translation>Zurückkommen lassen</translation>
    </message>
</context>
<context>
    <name>routine:reverse-kegel-women</name>
    <message>
        <source>Reverse Kegels for women</source>
        <translation>Reverse-Kegel-Übungen für Frauen</translation>
    </message>
    <message>
        <source>Let the pelvic floor drop as you breathe in; stay soft, then let it rise.</source>
        <translation>Lass den Beckenboden beim Einatmen sinken; bleib weich und lass ihn dann sich heben.</translation>
    </message>
    <message>
        <source>lying on your back, knees bent</source>
        <translation>auf dem Rücken liegend, Knie angewinkelt</translation>
    </message>
    <message>
        <source>sitting upright</source>
        <translation>aufrecht sitzend</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>stehend</translation>
    </message>
    <message>
        <source>Choose a position where you can be still: lying on your back with knees bent is easiest at first. A hand mirror can help you see the movement.</source>
        <translation>Wähle eine Position, in der du ruhig sein kannst: Auf dem Rücken liegend mit angewinkelten Knien ist es am Anfang am leichtesten. Ein Handspiegel kann dir helfen, die Bewegung zu sehen.</translation>
    </message>
    <message>
        <source>Take a slow breath into your belly and bring your attention to the base of your pelvis.</source>
        <translation>Atme langsam in den Bauch und richte deine Aufmerksamkeit auf den Beckenboden.</translation>
    </message>
    <message>
        <source>As the breath comes in, let the muscles there soften and sink. The back passage lets go and the area between it and the vagina moves gently down.</source>
        <translation>Während der Atem einströmt, lass die Muskeln dort weich werden und sinken. Der After lässt los, und der Bereich zwischen After und Vagina bewegt sich sanft nach unten.</translation>
    </message>
    <message>
        <source>Stay soft and open for the hold, breathing easily. Never push or bear down.</source>
        <translation>Bleib während des Haltens weich und offen und atme locker. Drücke oder presse nie.</translation>
    </message>
    <message>
        <source>Breathe out and let the floor float back up on its own, without squeezing.</source>
        <translation>Atme aus und lass den Beckenboden von selbst zurückschweben, ohne anzuspannen.</translation>
    </message>
    <message>
        <source>A sense of widening, as if the pubic bone and the tailbone were drifting apart.</source>
        <translation>Ein Gefühl von Weite, als würden Schambein und Steißbein auseinanderdriften.</translation>
    </message>
    <message>
        <source>Like the first moment of letting urine flow, but gentler, and without pushing.</source>
        <translation>Wie der erste Moment, wenn Urin zu fließen beginnt, nur sanfter und ohne zu pressen.</translation>
    </message>
    <message>
        <source>Your belly, buttocks and inner thighs stay relaxed throughout.</source>
        <translation>Bauch, Gesäß und Innenseiten der Oberschenkel bleiben die ganze Zeit entspannt.</translation>
    </message>
    <message>
        <source>Let go and soften</source>
        <translation>Loslassen und weich werden</translation>
    </message>
    <message>
        <source>Stay soft and open</source>
        <translation>Weich und offen bleiben</translation>
    </message>
    <message>
        <source>Let it rise on its own</source>
        <translation>Von selbst aufsteigen lassen</translation>
    </message>
</context>
</TS>
