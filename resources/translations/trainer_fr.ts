<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>A calm trainer for reverse Kegels and pelvic-floor relaxation.</source>
        <translation>Un entraîneur apaisant pour les exercices de Kegel inversé et la détente du plancher pelvien.</translation>
    </message>
    <message>
        <source>folder for history, settings, backups and the lock</source>
        <translation>dossier de l’historique, des réglages, des sauvegardes et du verrou</translation>
    </message>
    <message>
        <source>preselect a routine by its id</source>
        <translation>présélectionner un exercice par son identifiant</translation>
    </message>
    <message>
        <source>open the main window, paint it, and exit</source>
        <translation>ouvrir la fenêtre principale, la dessiner et quitter</translation>
    </message>
    <message>
        <source>render the window to a PNG and exit</source>
        <translation>enregistrer la fenêtre en PNG et quitter</translation>
    </message>
    <message>
        <source>page for --screenshot</source>
        <translation>page pour --screenshot</translation>
    </message>
    <message>
        <source>start with no window: tray and reminders only</source>
        <translation>démarrer sans fenêtre : zone de notification et rappels uniquement</translation>
    </message>
    <message>
        <source>print streaks and totals</source>
        <translation>afficher les séries de jours et les totaux</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>export the session history</source>
        <translation>exporter l’historique des séances</translation>
    </message>
    <message>
        <source>print today&apos;s plan from the programme and the history</source>
        <translation>afficher le plan du jour d’après le programme et l’historique</translation>
    </message>
    <message>
        <source>plan for this routine</source>
        <translation>plan pour cet exercice</translation>
    </message>
    <message>
        <source>import or export a routine file</source>
        <translation>importer ou exporter un fichier d’exercice</translation>
    </message>
    <message>
        <source>add a routine file to your routines</source>
        <translation>ajouter un fichier d’exercice à vos exercices</translation>
    </message>
    <message>
        <source>write a routine to a file</source>
        <translation>enregistrer un exercice dans un fichier</translation>
    </message>
    <message>
        <source>merge another history, export or device log</source>
        <translation>fusionner un autre historique, un export ou un journal d’appareil</translation>
    </message>
    <message>
        <source>sync once with the settings&apos; sync folder</source>
        <translation>synchroniser une fois avec le dossier de synchronisation des réglages</translation>
    </message>
    <message>
        <source>write a one- or two-page PDF for a physiotherapist</source>
        <translation>créer un PDF d’une ou deux pages pour un ou une kinésithérapeute</translation>
    </message>
    <message>
        <source>the last N days (28 unless told)</source>
        <translation>les N derniers jours (28 par défaut)</translation>
    </message>
    <message>
        <source>a name to print on the report (none unless given)</source>
        <translation>un nom à faire figurer sur le rapport (aucun par défaut)</translation>
    </message>
    <message>
        <source>unknown routine &apos;{id}&apos; (known: {known})</source>
        <translation>exercice inconnu « {id} » (connus : {known})</translation>
    </message>
    <message>
        <source>--page only goes with --screenshot</source>
        <translation>--page ne s’utilise qu’avec --screenshot</translation>
    </message>
    <message>
        <source>--screenshot needs a file name ending in .png</source>
        <translation>--screenshot demande un nom de fichier se terminant par .png</translation>
    </message>
    <message>
        <source>--background opens no window, so it does not go with --smoke or --screenshot</source>
        <translation>--background n’ouvre aucune fenêtre : il ne s’utilise donc pas avec --smoke ni --screenshot</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Série en cours</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>Plus longue série</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>{done} of 1 set</source>
        <translation>{done} sur 1 série</translation>
    </message>
    <message>
        <source>{done} of {n} sets</source>
        <translation>{done} sur {n} séries</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>1 set</source>
        <translation>1 série</translation>
    </message>
    <message>
        <source>{n} sets</source>
        <translation>{n} séries</translation>
    </message>
    <message>
        <source>Practice days</source>
        <translation>Jours de pratique</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Sets in all</source>
        <translation>Séries au total</translation>
    </message>
    <message>
        <source>Minutes in all</source>
        <translation>Minutes au total</translation>
    </message>
    <message>
        <source>cannot export to {path}: the folder {folder} does not exist</source>
        <translation>impossible d’exporter vers {path} : le dossier {folder} n’existe pas</translation>
    </message>
    <message>
        <source>cannot export to {path}: it is a folder</source>
        <translation>impossible d’exporter vers {path} : c’est un dossier</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>impossible d’écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>Exported {n} sessions to {path}</source>
        <translation>{n} séances exportées vers {path}</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>{path} cannot be read and written</source>
        <translation>{path} ne peut pas être lu et écrit</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be read and written.</source>
        <translation>Le dossier de données {path} ne peut pas être lu et écrit.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be read.</source>
        <translation>Le dossier de données {path} ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Cannot create the data folder {path}: {reason}.</source>
        <translation>Impossible de créer le dossier de données {path} : {reason}.</translation>
    </message>
    <message>
        <source>The data folder {path} is a file, not a folder.</source>
        <translation>Le dossier de données {path} est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot use the data folder {path}: {reason}.</source>
        <translation>Impossible d’utiliser le dossier de données {path} : {reason}.</translation>
    </message>
    <message>
        <source>Settle in and breathe</source>
        <translation>Installez-vous et respirez</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Repos entre les séries</translation>
    </message>
    <message>
        <source>{n} new sessions imported from {path}</source>
        <translation>{n} nouvelles séances importées depuis {path}</translation>
    </message>
    <message>
        <source>{n} updated</source>
        <translation>{n} mises à jour</translation>
    </message>
    <message>
        <source>{n} already here</source>
        <translation>{n} déjà présentes</translation>
    </message>
    <message>
        <source>{n} invalid entries skipped</source>
        <translation>{n} entrées non valides ignorées</translation>
    </message>
    <message>
        <source>Pelvic Floor Trainer is already running with the data folder {path}.</source>
        <translation>L’Entraîneur du plancher pelvien est déjà ouvert avec le dossier de données {path}.</translation>
    </message>
    <message>
        <source>Pelvic Floor Trainer is already running with the data folder {path} (process {pid}).</source>
        <translation>L’Entraîneur du plancher pelvien est déjà ouvert avec le dossier de données {path} (processus {pid}).</translation>
    </message>
    <message>
        <source>Cannot open the lock file {path}: {reason}.</source>
        <translation>Impossible d’ouvrir le fichier de verrou {path} : {reason}.</translation>
    </message>
    <message>
        <source>The history was opened read-only.</source>
        <translation>L’historique a été ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written: your history is shown, but nothing is saved there.</source>
        <translation>Impossible d’écrire dans le dossier de données {path} : votre historique s’affiche, mais rien n’y est enregistré.</translation>
    </message>
    <message>
        <source>1 session could not be saved ({reason}). It is kept while the app is open and saved as soon as the history can be written.</source>
        <translation>1 séance n’a pas pu être enregistrée ({reason}). Elle est conservée tant que l’application est ouverte et sera enregistrée dès que l’historique pourra être écrit.</translation>
    </message>
    <message>
        <source>{n} sessions could not be saved ({reason}). They are kept while the app is open and saved as soon as the history can be written.</source>
        <translation>{n} séances n’ont pas pu être enregistrées ({reason}). Elles sont conservées tant que l’application est ouverte et seront enregistrées dès que l’historique pourra être écrit.</translation>
    </message>
    <message>
        <source>1 session could not be saved ({reason}). It is kept in {path} and saved to your history as soon as it can be written.</source>
        <translation>1 séance n’a pas pu être enregistrée ({reason}). Elle est conservée dans {path} et sera ajoutée à votre historique dès qu’il pourra être écrit.</translation>
    </message>
    <message>
        <source>{n} sessions could not be saved ({reason}). They are kept in {path} and saved to your history as soon as it can be written.</source>
        <translation>{n} séances n’ont pas pu être enregistrées ({reason}). Elles sont conservées dans {path} et seront ajoutées à votre historique dès qu’il pourra être écrit.</translation>
    </message>
    <message>
        <source>Backups are off: {reason}. Your history still opens and saves; move that file away to have daily backups again.</source>
        <translation>Les sauvegardes sont désactivées : {reason}. Votre historique s’ouvre et s’enregistre toujours ; déplacez ce fichier pour retrouver des sauvegardes quotidiennes.</translation>
    </message>
    <message>
        <source>{error} The default settings are used, and changes are not saved.</source>
        <translation>{error} Les réglages par défaut sont utilisés et les modifications ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Your settings file was damaged, so the default settings are used. The damaged file was kept as {corrupt}.</source>
        <translation>Votre fichier de réglages était endommagé : les réglages par défaut sont utilisés. Le fichier endommagé a été conservé sous {corrupt}.</translation>
    </message>
    <message>
        <source>Your settings file is damaged, so the default settings are used for now.</source>
        <translation>Votre fichier de réglages est endommagé : les réglages par défaut sont utilisés pour l’instant.</translation>
    </message>
    <message>
        <source>Some settings in settings.json were not understood and are left as they were: {names}. The usual values are used for them meanwhile.</source>
        <translation>Certains réglages de settings.json n’ont pas été compris et restent tels quels : {names}. Les valeurs habituelles sont utilisées en attendant.</translation>
    </message>
    <message>
        <source>1 session that could not be saved earlier is now in your history.</source>
        <translation>1 séance qui n’avait pas pu être enregistrée est maintenant dans votre historique.</translation>
    </message>
    <message>
        <source>{n} sessions that could not be saved earlier are now in your history.</source>
        <translation>{n} séances qui n’avaient pas pu être enregistrées sont maintenant dans votre historique.</translation>
    </message>
    <message>
        <source>1 session is waiting in {path} to be saved to your history.</source>
        <translation>1 séance attend dans {path} d’être ajoutée à votre historique.</translation>
    </message>
    <message>
        <source>{n} sessions are waiting in {path} to be saved to your history.</source>
        <translation>{n} séances attendent dans {path} d’être ajoutées à votre historique.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date like 2026-03-29</source>
        <translation>« {text} » n’est pas une date comme 2026-03-29</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of days from 1 to {most}</source>
        <translation>« {text} » n’est pas un nombre de jours entre 1 et {most}</translation>
    </message>
    <message>
        <source>--from and --to go together</source>
        <translation>--from et --to vont ensemble</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to est antérieur à --from</translation>
    </message>
    <message>
        <source>a report covers at most {most} days</source>
        <translation>un rapport couvre au plus {most} jours</translation>
    </message>
    <message>
        <source>Today: {title} instead</source>
        <translation>Aujourd’hui : {title} à la place</translation>
    </message>
    <message>
        <source>Today: {title}</source>
        <translation>Aujourd’hui : {title}</translation>
    </message>
    <message>
        <source>Today: hold {hold} s, your own choice (the programme suggests {suggested} s)</source>
        <translation>Aujourd’hui : maintenir {hold} s, votre choix (le programme propose {suggested} s)</translation>
    </message>
    <message>
        <source>Today: hold {hold} s</source>
        <translation>Aujourd’hui : maintenir {hold} s</translation>
    </message>
    <message>
        <source>{done} of {n} set done</source>
        <translation>{done} série faite sur {n}</translation>
    </message>
    <message>
        <source>{done} of {n} sets done</source>
        <translation>{done} séries faites sur {n}</translation>
    </message>
    <message>
        <source>eased off after discomfort; next time, hold {hold} s</source>
        <translation>allégé après une gêne ; la prochaine fois, maintenez {hold} s</translation>
    </message>
    <message>
        <source>eased off after discomfort</source>
        <translation>allégé après une gêne</translation>
    </message>
    <message>
        <source>stepped up after comfortable sessions</source>
        <translation>augmenté après des séances confortables</translation>
    </message>
    <message>
        <source>starting gently</source>
        <translation>début en douceur</translation>
    </message>
    <message>
        <source>staying at this hold for one more session</source>
        <translation>même durée de maintien pour une séance de plus</translation>
    </message>
    <message>
        <source>staying at this hold for {n} more sessions</source>
        <translation>même durée de maintien pour {n} séances de plus</translation>
    </message>
    <message>
        <source>the longest hold in the programme</source>
        <translation>le maintien le plus long du programme</translation>
    </message>
    <message>
        <source>keep going while it feels easy</source>
        <translation>continuez tant que cela reste facile</translation>
    </message>
    <message>
        <source>repeat once</source>
        <translation>répéter une fois</translation>
    </message>
    <message>
        <source>repeat {n} times</source>
        <translation>répéter {n} fois</translation>
    </message>
    <message>
        <source>1 set a day</source>
        <translation>1 série par jour</translation>
    </message>
    <message>
        <source>{n} sets a day</source>
        <translation>{n} séries par jour</translation>
    </message>
    <message>
        <source>Hold {hold} s, rest {rest} s, {reps}, {sets}</source>
        <translation>Maintenir {hold} s, repos {rest} s, {reps}, {sets}</translation>
    </message>
    <message>
        <source>1 slow breath</source>
        <translation>1 respiration lente</translation>
    </message>
    <message>
        <source>{n} slow breaths</source>
        <translation>{n} respirations lentes</translation>
    </message>
    <message>
        <source>{breaths} of {cycle} s each, {sets}</source>
        <translation>{breaths} de {cycle} s chacune, {sets}</translation>
    </message>
    <message>
        <source>{cycle} s each time, {reps}, {sets}</source>
        <translation>{cycle} s à chaque fois, {reps}, {sets}</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>is not valid JSON ({reason})</source>
        <translation>n’est pas un JSON valide ({reason})</translation>
    </message>
    <message>
        <source>unknown format {format}</source>
        <translation>format inconnu {format}</translation>
    </message>
    <message>
        <source>needs at least one track</source>
        <translation>demande au moins une piste</translation>
    </message>
    <message>
        <source>must be &apos;hold-drop&apos; or &apos;hold-squeeze&apos;, once each</source>
        <translation>doit être « hold-drop » ou « hold-squeeze », une fois chacun</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>doit être un objet JSON</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>has the wrong type</source>
        <translation>n’a pas le bon type</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>under {high}</source>
        <translation>inférieur à {high}</translation>
    </message>
    <message>
        <source>at most {high}</source>
        <translation>au plus {high}</translation>
    </message>
    <message>
        <source>must be a number from {low}, {limit}</source>
        <translation>doit être un nombre à partir de {low}, {limit}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation>doit être un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} ne peut pas être lu : {reason}.</translation>
    </message>
    <message>
        <source>it is a link to {target}, which does not exist</source>
        <translation>c’est un lien vers {target}, qui n’existe pas</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, a device or a socket)</source>
        <translation>ce n’est pas un fichier ordinaire (un tube, un périphérique ou un socket)</translation>
    </message>
    <message>
        <source>it is larger than {mib} MiB</source>
        <translation>il dépasse {mib} Mio</translation>
    </message>
    <message>
        <source>sets done</source>
        <translation>séries faites</translation>
    </message>
    <message>
        <source>reps planned</source>
        <translation>répétitions prévues</translation>
    </message>
    <message>
        <source>reps done</source>
        <translation>répétitions faites</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>hold length</source>
        <translation>durée de maintien</translation>
    </message>
    <message>
        <source>self-timed holds</source>
        <translation>maintiens à votre rythme</translation>
    </message>
    <message>
        <source>{error} Nothing is written to it; move it away to start a history there.</source>
        <translation>{error} Rien n’y est écrit ; déplacez-le pour y commencer un historique.</translation>
    </message>
    <message>
        <source>The history was written by a newer version of Pelvic Floor Trainer and cannot be changed.</source>
        <translation>L’historique a été écrit par une version plus récente de l’Entraîneur du plancher pelvien et ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Your history was written by a newer version of Pelvic Floor Trainer (format {version}). It is open read-only: new sessions and settings changes will not be saved.</source>
        <translation>Votre historique a été écrit par une version plus récente de l’Entraîneur du plancher pelvien (format {version}). Il est ouvert en lecture seule : les nouvelles séances et les modifications de réglages ne seront pas enregistrées.</translation>
    </message>
    <message>
        <source>1 session in your history holds a value no session can have ({fields}). It is kept in the file exactly as it is, and left out of your progress and statistics.</source>
        <translation>1 séance de votre historique contient une valeur impossible pour une séance ({fields}). Elle est conservée telle quelle dans le fichier, mais n’est pas prise en compte dans vos progrès et vos statistiques.</translation>
    </message>
    <message>
        <source>{n} sessions in your history hold a value no session can have ({fields}). They are kept in the file exactly as they are, and left out of your progress and statistics.</source>
        <translation>{n} séances de votre historique contiennent une valeur impossible pour une séance ({fields}). Elles sont conservées telles quelles dans le fichier, mais ne sont pas prises en compte dans vos progrès et vos statistiques.</translation>
    </message>
    <message>
        <source>Your history was updated from format {old} to format {new}. The previous file was backed up as {backup}.</source>
        <translation>Votre historique est passé du format {old} au format {new}. L’ancien fichier a été sauvegardé sous {backup}.</translation>
    </message>
    <message>
        <source>Your history is in an older format; it will be updated when the app opens it.</source>
        <translation>Votre historique est dans un ancien format ; il sera mis à jour à son ouverture par l’application.</translation>
    </message>
    <message>
        <source>Your history file is damaged; the app will restore a backup when it opens it.</source>
        <translation>Votre fichier d’historique est endommagé ; l’application restaurera une sauvegarde à son ouverture.</translation>
    </message>
    <message>
        <source>Your history file was damaged and no usable backup was found. It was kept as {corrupt}; a new history starts with your next session.</source>
        <translation>Votre fichier d’historique était endommagé et aucune sauvegarde utilisable n’a été trouvée. Il a été conservé sous {corrupt} ; un nouvel historique commence avec votre prochaine séance.</translation>
    </message>
    <message>
        <source>Your history file was damaged. It was kept as {corrupt}, and the backup from {day} was restored; sessions recorded after that backup are only in the damaged file.</source>
        <translation>Votre fichier d’historique était endommagé. Il a été conservé sous {corrupt} et la sauvegarde du {day} a été restaurée ; les séances enregistrées après cette sauvegarde ne se trouvent que dans le fichier endommagé.</translation>
    </message>
    <message>
        <source>Your history file was missing after a repair was cut short; the backup from {day} was restored. The damaged file is still kept beside it.</source>
        <translation>Votre fichier d’historique manquait après une réparation interrompue ; la sauvegarde du {day} a été restaurée. Le fichier endommagé est toujours conservé à côté.</translation>
    </message>
    <message>
        <source>It is shown as it will be; this reading command changed nothing on disk.</source>
        <translation>Il est affiché tel qu’il sera ; cette commande de lecture n’a rien modifié sur le disque.</translation>
    </message>
    <message>
        <source>It is shown as it will be, but nothing was changed on disk: another window has the data folder open, or it cannot be written.</source>
        <translation>Il est affiché tel qu’il sera, mais rien n’a été modifié sur le disque : une autre fenêtre a ouvert le dossier de données, ou il n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Time for a short breathing break</source>
        <comment>reminders</comment>
        <translation>C’est l’heure d’une courte pause respiration</translation>
    </message>
    <message>
        <source>Time for your pelvic floor relaxation</source>
        <comment>reminders</comment>
        <translation>C’est l’heure de détendre votre plancher pelvien</translation>
    </message>
    <message>
        <source>{count} set to go today</source>
        <comment>reminders</comment>
        <translation>Encore {count} série aujourd’hui</translation>
    </message>
    <message>
        <source>{count} sets to go today</source>
        <comment>reminders</comment>
        <translation>Encore {count} séries aujourd’hui</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>doit être un texte non vide</translation>
    </message>
    <message>
        <source>must be a positive number of seconds</source>
        <translation>doit être un nombre positif de secondes</translation>
    </message>
    <message>
        <source>is longer than 10 minutes</source>
        <translation>dure plus de 10 minutes</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to {maximum}</source>
        <translation>doit être un nombre entier de 1 à {maximum}</translation>
    </message>
    <message>
        <source>must be one of: {choices}</source>
        <translation>doit être l’une de ces valeurs : {choices}</translation>
    </message>
    <message>
        <source>needs at least one block</source>
        <translation>demande au moins un bloc</translation>
    </message>
    <message>
        <source>has more than {n} blocks</source>
        <translation>a plus de {n} blocs</translation>
    </message>
    <message>
        <source>may hold only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>ne peut contenir que des lettres, des chiffres, « - », « _ » et « . »</translation>
    </message>
    <message>
        <source>make a session longer than 2 hours ({minutes:.0f} minutes)</source>
        <translation>donneraient une séance de plus de 2 heures ({minutes:.0f} minutes)</translation>
    </message>
    <message>
        <source>make more than {n} reps in a session</source>
        <translation>donneraient plus de {n} répétitions par séance</translation>
    </message>
    <message>
        <source>make more than {n} phases in a session</source>
        <translation>donneraient plus de {n} phases par séance</translation>
    </message>
    <message>
        <source>needs at least one phase</source>
        <translation>demande au moins une phase</translation>
    </message>
    <message>
        <source>has more than {n} phases</source>
        <translation>a plus de {n} phases</translation>
    </message>
    <message>
        <source>unknown phase &apos;{phase}&apos;</source>
        <translation>phase inconnue « {phase} »</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>imbriqué trop profondément</translation>
    </message>
    <message>
        <source>is larger than {kib} KiB</source>
        <translation>dépasse {kib} Kio</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by another routine</source>
        <translation>« {id} » est déjà utilisé par un autre exercice</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} n’existe pas</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>impossible de lire {path} : {reason}</translation>
    </message>
    <message>
        <source>{path} is not a regular file</source>
        <translation>{path} n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>{path} is too big to be a history (over {most} MB)</source>
        <translation>{path} est trop volumineux pour être un historique (plus de {most} Mo)</translation>
    </message>
    <message>
        <source>{path} is too big to be a history</source>
        <translation>{path} est trop volumineux pour être un historique</translation>
    </message>
    <message>
        <source>{path} is not a history, an export or a device log</source>
        <translation>{path} n’est ni un historique, ni un export, ni un journal d’appareil</translation>
    </message>
    <message>
        <source>none of the {n} sessions in {path} is valid</source>
        <translation>aucune des {n} séances de {path} n’est valide</translation>
    </message>
    <message>
        <source>{path} holds no sessions</source>
        <translation>{path} ne contient aucune séance</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Pelvic Floor Trainer</source>
        <translation>{path} a été écrit par une version plus récente de l’Entraîneur du plancher pelvien</translation>
    </message>
    <message>
        <source>Backups are off: {reason}. Your history still saves.</source>
        <translation>Les sauvegardes sont désactivées : {reason}. Votre historique s’enregistre toujours.</translation>
    </message>
    <message>
        <source>The sync folder {folder} is inside the data folder {data}; choose a folder of its own.</source>
        <translation>Le dossier de synchronisation {folder} se trouve dans le dossier de données {data} ; choisissez un dossier à part.</translation>
    </message>
    <message>
        <source>The data folder {data} is inside the sync folder {folder}; choose a folder outside it.</source>
        <translation>Le dossier de données {data} se trouve dans le dossier de synchronisation {folder} ; choisissez un dossier en dehors.</translation>
    </message>
    <message>
        <source>No sync folder is set.</source>
        <translation>Aucun dossier de synchronisation n’est défini.</translation>
    </message>
    <message>
        <source>The history is read-only, so it cannot be synced.</source>
        <translation>L’historique est en lecture seule : il ne peut pas être synchronisé.</translation>
    </message>
    <message>
        <source>The sync folder {folder} is not there; syncing waits until it is back.</source>
        <translation>Le dossier de synchronisation {folder} est absent ; la synchronisation attend son retour.</translation>
    </message>
    <message>
        <source>The sync folder {folder} is empty (is its drive mounted?); syncing waits. Create {shared} to start it there.</source>
        <translation>Le dossier de synchronisation {folder} est vide (son disque est-il monté ?) ; la synchronisation attend. Créez {shared} pour la commencer là.</translation>
    </message>
    <message>
        <source>Cannot use the sync folder {folder}: {reason}.</source>
        <translation>Impossible d’utiliser le dossier de synchronisation {folder} : {reason}.</translation>
    </message>
    <message>
        <source>Synced: {new} new, {updated} updated, {published} shared from this device.</source>
        <translation>Synchronisé : {new} nouvelles, {updated} mises à jour, {published} partagées depuis cet appareil.</translation>
    </message>
    <message>
        <source>Skipped a log in the sync folder: {reason}.</source>
        <translation>Un journal du dossier de synchronisation a été ignoré : {reason}.</translation>
    </message>
    <message>
        <source>Skipped {n} damaged lines in {name}; the rest of it was read.</source>
        <translation>{n} lignes endommagées de {name} ont été ignorées ; le reste a été lu.</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is the id of a built-in routine; give this routine another id</source>
        <translation>« {id} » est l’identifiant d’un exercice intégré ; donnez un autre identifiant à cet exercice</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already the id of another of your routines</source>
        <translation>« {id} » est déjà l’identifiant d’un autre de vos exercices</translation>
    </message>
    <message>
        <source>built-in routines cannot be changed; duplicate it instead</source>
        <translation>les exercices intégrés ne peuvent pas être modifiés ; dupliquez-le plutôt</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is a built-in routine and cannot be deleted</source>
        <translation>« {id} » est un exercice intégré et ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>cannot delete {path}: {reason}</source>
        <translation>impossible de supprimer {path} : {reason}</translation>
    </message>
    <message>
        <source>{path} already exists and holds another routine</source>
        <translation>{path} existe déjà et contient un autre exercice</translation>
    </message>
    <message>
        <source>there is no routine &apos;{id}&apos; (known: {known})</source>
        <translation>il n’y a pas d’exercice « {id} » (connus : {known})</translation>
    </message>
    <message>
        <source>Imported &apos;{id}&apos; to {path}</source>
        <translation>« {id} » importé dans {path}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already there, unchanged ({path})</source>
        <translation>« {id} » est déjà là, inchangé ({path})</translation>
    </message>
    <message>
        <source>Exported &apos;{id}&apos; to {path}</source>
        <translation>« {id} » exporté vers {path}</translation>
    </message>
    <message>
        <source>{reason} Close it, or use its menu, and try again.</source>
        <translation>{reason} Fermez-la, ou utilisez son menu, puis réessayez.</translation>
    </message>
    <message>
        <source>cannot save the history: {reason}</source>
        <translation>impossible d’enregistrer l’historique : {reason}</translation>
    </message>
    <message>
        <source>no sync folder is set: choose one in the app&apos;s settings, or set &quot;sync_folder&quot; in {path}</source>
        <translation>aucun dossier de synchronisation n’est défini : choisissez-en un dans les réglages de l’application, ou définissez &quot;sync_folder&quot; dans {path}</translation>
    </message>
    <message>
        <source>{n} conflict copies were merged and moved to {folder}.</source>
        <translation>{n} copies en conflit ont été fusionnées et déplacées vers {folder}.</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>impossible d’écrire {path} : le dossier {folder} n’existe pas</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder</source>
        <translation>impossible d’écrire {path} : c’est un dossier</translation>
    </message>
    <message>
        <source>Wrote a {pages}-page report for {start} to {end} to {path}</source>
        <translation>Rapport de {pages} page(s) du {start} au {end} enregistré dans {path}</translation>
    </message>
    <message>
        <source>cannot write the screenshot to {path}</source>
        <translation>impossible d’enregistrer la capture dans {path}</translation>
    </message>
    <message>
        <source>Choose a routine to begin</source>
        <translation>Choisissez un exercice pour commencer</translation>
    </message>
    <message>
        <source>Press Space to begin</source>
        <translation>Appuyez sur Espace pour commencer</translation>
    </message>
    <message>
        <source>About {time}</source>
        <translation>Environ {time}</translation>
    </message>
    <message>
        <source>Take a moment before you get up.</source>
        <translation>Prenez un moment avant de vous lever.</translation>
    </message>
    <message>
        <source>Rest now</source>
        <translation>Reposez-vous</translation>
    </message>
    <message>
        <source>When you are ready, the breathing drop is a gentle way back.</source>
        <translation>Quand vous vous sentirez prêt(e), la descente par la respiration offre une reprise en douceur.</translation>
    </message>
    <message>
        <source>Rest now. Press Space to start again.</source>
        <translation>Reposez-vous. Appuyez sur Espace pour recommencer.</translation>
    </message>
    <message>
        <source>Press Space to carry on</source>
        <translation>Appuyez sur Espace pour continuer</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <source>Between sets</source>
        <translation>Entre les séries</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{start} to {end} ({days} days)</source>
        <translation>Du {start} au {end} ({days} jours)</translation>
    </message>
    <message>
        <source>Pelvic-floor practice report</source>
        <translation>Rapport de pratique du plancher pelvien</translation>
    </message>
    <message>
        <source>For: {name}</source>
        <translation>Pour : {name}</translation>
    </message>
    <message>
        <source>Made with Pelvic Floor Trainer on {day}.</source>
        <translation>Réalisé avec l’Entraîneur du plancher pelvien le {day}.</translation>
    </message>
    <message>
        <source>These figures are what the person recorded in the app themselves; they are not a diagnosis.</source>
        <translation>Ces chiffres sont ceux que la personne a elle-même enregistrés dans l’application ; ce n’est pas un diagnostic.</translation>
    </message>
    <message>
        <source>{reps} reps × {sets} set(s) a session</source>
        <translation>{reps} répétitions × {sets} série(s) par séance</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>{title}: {n} sessions</source>
        <translation>{title} : {n} séances</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>aucune séance</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>{done} of {planned} planned reps done ({share})</source>
        <translation>{done} répétitions faites sur {planned} prévues ({share})</translation>
    </message>
    <message>
        <source>Sets a day</source>
        <translation>Séries par jour</translation>
    </message>
    <message>
        <source>{sets} sets in {days} days; target met on {met} of them</source>
        <translation>{sets} séries en {days} jours ; objectif atteint {met} de ces jours</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>chaque jour</translation>
    </message>
    <message>
        <source>{n} of {days} days ({minutes:.0f} minutes in all)</source>
        <translation>{n} jours sur {days} ({minutes:.0f} minutes au total)</translation>
    </message>
    <message>
        <source>Prescribed (as set now)</source>
        <translation>Prescrit (réglages actuels)</translation>
    </message>
    <message>
        <source>Done in this period</source>
        <translation>Fait sur la période</translation>
    </message>
    <message>
        <source>Prescription and practice</source>
        <translation>Prescription et pratique</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Mois par mois</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Semaine par semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Sets (target)</source>
        <translation>Séries (objectif)</translation>
    </message>
    <message>
        <source>Days at target</source>
        <translation>Jours à l’objectif</translation>
    </message>
    <message>
        <source>Hold set</source>
        <translation>Maintien réglé</translation>
    </message>
    <message>
        <source>Self-timed holds: average, longest</source>
        <translation>Maintiens à votre rythme : moyenne, le plus long</translation>
    </message>
    <message>
        <source>Discomfort and stops</source>
        <translation>Gêne et arrêts</translation>
    </message>
    <message>
        <source>{rating}/10: {n} sessions</source>
        <translation>{rating}/10 : {n} séances</translation>
    </message>
    <message>
        <source>Discomfort ratings given after sessions: {counts}.</source>
        <translation>Gêne notée après les séances : {counts}.</translation>
    </message>
    <message>
        <source>No discomfort ratings were given.</source>
        <translation>Aucune gêne n’a été notée.</translation>
    </message>
    <message>
        <source>No session was stopped early or rated above 0.</source>
        <translation>Aucune séance n’a été arrêtée avant la fin ni notée au-dessus de 0.</translation>
    </message>
    <message>
        <source>… {n} earlier stops and ratings are in the app.</source>
        <translation>… {n} arrêts et notes antérieurs se trouvent dans l’application.</translation>
    </message>
    <message>
        <source>stopped early after {done} of {planned} reps</source>
        <translation>arrêtée avant la fin après {done} répétitions sur {planned}</translation>
    </message>
    <message>
        <source>stopped for discomfort after {done} of {planned} reps</source>
        <translation>arrêtée pour gêne après {done} répétitions sur {planned}</translation>
    </message>
    <message>
        <source>completed {done} of {planned} reps</source>
        <translation>{done} répétitions faites sur {planned}</translation>
    </message>
    <message>
        <source>discomfort {rating}/10; {what}</source>
        <translation>gêne {rating}/10 ; {what}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>Aucune note sur cette période.</translation>
    </message>
    <message>
        <source>… {n} earlier notes are in the app.</source>
        <translation>… {n} notes antérieures se trouvent dans l’application.</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expirez</translation>
    </message>
    <message>
        <source>Breathe softly</source>
        <translation>Respirez doucement</translation>
    </message>
    <message>
        <source>Breathe evenly</source>
        <translation>Respirez régulièrement</translation>
    </message>
    <message>
        <source>Breathe freely</source>
        <translation>Respirez librement</translation>
    </message>
    <message>
        <source>Breathing in</source>
        <translation>Inspiration</translation>
    </message>
    <message>
        <source>Breathing out</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Descente</translation>
    </message>
    <message>
        <source>Hold the drop</source>
        <translation>Maintien en bas</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Squeeze</source>
        <translation>Contraction</translation>
    </message>
    <message>
        <source>Hold the squeeze</source>
        <translation>Maintien de la contraction</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Relâchement</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Répétition {rep} sur {reps}</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Série {set} sur {sets}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>encore {time}</translation>
    </message>
    <message>
        <source>Get ready. {cue}</source>
        <translation>Préparez-vous. {cue}</translation>
    </message>
    <message>
        <source>Paused while you were away</source>
        <translation>En pause pendant votre absence</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bravo</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Séance arrêtée</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>About Breathing Trainer</source>
        <translation>À propos de l’Entraîneur de respiration</translation>
    </message>
    <message>
        <source>About Pelvic Floor Trainer</source>
        <translation>À propos de l’Entraîneur du plancher pelvien</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Reverse Kegels (letting go)</source>
        <translation>Kegel inversé (relâchement)</translation>
    </message>
    <message>
        <source>Breathing only</source>
        <translation>Respiration seule</translation>
    </message>
    <message>
        <source>Kegels (squeezing)</source>
        <translation>Kegel (contraction)</translation>
    </message>
    <message>
        <source>Both, combined</source>
        <translation>Les deux, combinés</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>Get ready for</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Comment faire</translation>
    </message>
    <message>
        <source>One instruction a line</source>
        <translation>Une consigne par ligne</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>Ajouter un bloc</translation>
    </message>
    <message>
        <source>Lying</source>
        <translation>Allongé(e)</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Assis(e)</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blocs</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Practice calendar</source>
        <translation>Calendrier de pratique</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>App icon</source>
        <translation>Icône de l’application</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>A calm companion for reverse Kegels: relaxing and lowering the pelvic floor in time with the breath, with Kegel and breath-only routines beside them.</source>
        <translation>Un compagnon apaisant pour le Kegel inversé : détendre et abaisser le plancher pelvien au rythme de la respiration, avec aussi des exercices de Kegel et de respiration seule.</translation>
    </message>
    <message>
        <source>Your practice history stays on this computer. Nothing is sent anywhere.</source>
        <translation>Votre historique de pratique reste sur cet ordinateur. Rien n’est envoyé nulle part.</translation>
    </message>
    <message>
        <source>General information for practice, not medical advice.</source>
        <translation>Informations générales pour la pratique, pas un avis médical.</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Dossier de données : {path}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. Made with Qt {qt} and PySide6 {pyside}.</source>
        <translation>Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure. Réalisé avec Qt {qt} et PySide6 {pyside}.</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>Open the data folder in the file manager</source>
        <translation>Ouvrir le dossier de données dans le gestionnaire de fichiers</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <source>Your choice could not be saved: {reason}</source>
        <translation>Votre choix n’a pas pu être enregistré : {reason}</translation>
    </message>
    <message>
        <source>Your settings could not be saved: {reason}</source>
        <translation>Vos réglages n’ont pas pu être enregistrés : {reason}</translation>
    </message>
    <message>
        <source>This session could not be saved: the history was written by a newer version of the app, so this one only reads it.</source>
        <translation>Cette séance n’a pas pu être enregistrée : l’historique a été écrit par une version plus récente de l’application, celle-ci ne fait donc que le lire.</translation>
    </message>
    <message>
        <source>This session could not be saved: {reason}</source>
        <translation>Cette séance n’a pas pu être enregistrée : {reason}</translation>
    </message>
    <message>
        <source>Your feedback could not be saved: {reason}</source>
        <translation>Votre retour n’a pas pu être enregistré : {reason}</translation>
    </message>
    <message>
        <source>Your change to the history could not be saved: {reason}</source>
        <translation>Votre modification de l’historique n’a pas pu être enregistrée : {reason}</translation>
    </message>
    <message>
        <source>Kept for now while the app is open; it will be written to your history as soon as the disk allows.</source>
        <translation>Conservée pour l’instant tant que l’application est ouverte ; elle sera écrite dans votre historique dès que le disque le permettra.</translation>
    </message>
    <message>
        <source>Saved for now in {path}; it will be written to your history as soon as the disk allows.</source>
        <translation>Enregistrée pour l’instant dans {path} ; elle sera écrite dans votre historique dès que le disque le permettra.</translation>
    </message>
    <message>
        <source>Your history was written by a newer version of the app, so this one only reads it and cannot import into it.</source>
        <translation>Votre historique a été écrit par une version plus récente de l’application : celle-ci ne fait que le lire et ne peut rien y importer.</translation>
    </message>
    <message>
        <source>Your history could not be saved: {reason}</source>
        <translation>Votre historique n’a pas pu être enregistré : {reason}</translation>
    </message>
    <message>
        <source>No sync folder is set.</source>
        <translation>Aucun dossier de synchronisation n’est défini.</translation>
    </message>
    <message>
        <source>The synced sessions could not be saved: {reason}</source>
        <translation>Les séances synchronisées n’ont pas pu être enregistrées : {reason}</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notices</source>
        <translation>Avis</translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <source>Repeat the steps</source>
        <translation>Répéter les étapes</translation>
    </message>
    <message>
        <source> times</source>
        <translation> fois</translation>
    </message>
    <message>
        <source>Remove block</source>
        <translation>Retirer le bloc</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>Grows</source>
        <translation>S’allonge</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Block {n}</source>
        <translation>Bloc {n}</translation>
    </message>
    <message>
        <source>Block {n}: times to repeat</source>
        <translation>Bloc {n} : nombre de répétitions</translation>
    </message>
    <message>
        <source>Remove block {n}</source>
        <translation>Retirer le bloc {n}</translation>
    </message>
    <message>
        <source>Add a step to block {n}</source>
        <translation>Ajouter une étape au bloc {n}</translation>
    </message>
    <message>
        <source>Block {block}, step {step}: phase</source>
        <translation>Bloc {block}, étape {step} : phase</translation>
    </message>
    <message>
        <source>Block {block}, step {step}: seconds</source>
        <translation>Bloc {block}, étape {step} : secondes</translation>
    </message>
    <message>
        <source>Block {block}, step {step}: cue</source>
        <translation>Bloc {block}, étape {step} : consigne</translation>
    </message>
    <message>
        <source>Block {block}, step {step}: the hold grows as you progress</source>
        <translation>Bloc {block}, étape {step} : le maintien s’allonge à mesure que vous progressez</translation>
    </message>
    <message>
        <source>Move step {step} up</source>
        <translation>Monter l’étape {step}</translation>
    </message>
    <message>
        <source>Move step {step} down</source>
        <translation>Descendre l’étape {step}</translation>
    </message>
    <message>
        <source>Remove step {step}</source>
        <translation>Retirer l’étape {step}</translation>
    </message>
    <message>
        <source>Times to repeat</source>
        <translation>Nombre de répétitions</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>consigne</translation>
    </message>
    <message>
        <source>grows</source>
        <translation>s’allonge</translation>
    </message>
    <message>
        <source>Step {step}, {part}</source>
        <translation>Étape {step}, {part}</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <source>%1: no practice</source>
        <translation>%1 : pas de pratique</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with practice in the last year</source>
        <translation>
            <numerusform>%n jour de pratique au cours de l’année écoulée</numerusform>
            <numerusform>%n jours de pratique au cours de l’année écoulée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n set(s)</source>
        <translation>
            <numerusform>%1 : %n série</numerusform>
            <numerusform>%1 : %n séries</numerusform>
        </translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Moins</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
</context>
<context>
    <name>Companion</name>
    <message>
        <source>Start at login could not be changed: {error}</source>
        <translation>Le démarrage à l’ouverture de session n’a pas pu être modifié : {error}</translation>
    </message>
</context>
<context>
    <name>DBusNotifier</name>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Dans 10 min</translation>
    </message>
</context>
<context>
    <name>DayAxis</name>
    <message>
        <source>d MMM</source>
        <comment>a date format: day and short month name</comment>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Your practice will show up here</source>
        <translation>Votre pratique apparaîtra ici</translation>
    </message>
    <message>
        <source>After your first session you will find your streak, your sets for each day and a calendar of the days you practised. A few unhurried minutes a day is all it takes.</source>
        <translation>Après votre première séance, vous trouverez ici votre série de jours, vos séries de chaque jour et un calendrier des jours où vous avez pratiqué. Quelques minutes tranquilles par jour suffisent.</translation>
    </message>
    <message>
        <source>Your history stays on this computer.</source>
        <translation>Votre historique reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Go to Train</source>
        <translation>Aller à S’entraîner</translation>
    </message>
    <message>
        <source>Go to the Train page</source>
        <translation>Aller à la page S’entraîner</translation>
    </message>
    <message>
        <source>No practice yet</source>
        <translation>Pas encore de pratique</translation>
    </message>
</context>
<context>
    <name>FeedbackEditor</name>
    <message>
        <source>Rating and note</source>
        <translation>Gêne et note</translation>
    </message>
    <message>
        <source>{routine}, {day}</source>
        <translation>{routine}, {day}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Discomfort from 0 to 10, optional</source>
        <translation>Gêne de 0 à 10, facultatif</translation>
    </message>
    <message>
        <source>0 means none at all, 10 the worst you can imagine.</source>
        <translation>0 signifie aucune gêne, 10 la pire que vous puissiez imaginer.</translation>
    </message>
    <message>
        <source>Optional, for you or your therapist</source>
        <translation>Facultatif, pour vous ou votre thérapeute</translation>
    </message>
    <message>
        <source>Note about this session, optional</source>
        <translation>Note sur cette séance, facultative</translation>
    </message>
    <message>
        <source>Discomfort (0–10):</source>
        <translation>Gêne (0–10) :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
</context>
<context>
    <name>FigurePreview</name>
    <message>
        <source>Preview of the figure</source>
        <translation>Aperçu de la figure</translation>
    </message>
    <message>
        <source>Play one rep</source>
        <translation>Jouer une répétition</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
</context>
<context>
    <name>FolderPathDialog</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>No file manager answered, so the folder could not be opened. It is here:</source>
        <translation>Aucun gestionnaire de fichiers n’a répondu : le dossier n’a pas pu être ouvert. Il se trouve ici :</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the folder&apos;s path</source>
        <translation>Copier le chemin du dossier</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>How to practise</source>
        <translation>Comment pratiquer</translation>
    </message>
    <message>
        <source>Technique guide</source>
        <translation>Guide de la technique</translation>
    </message>
    <message>
        <source>Safety notice…</source>
        <translation>Consignes de sécurité…</translation>
    </message>
    <message>
        <source>Show the safety notice</source>
        <translation>Afficher les consignes de sécurité</translation>
    </message>
    <message>
        <source>What a reverse Kegel is</source>
        <translation>Ce qu’est un Kegel inversé</translation>
    </message>
    <message>
        <source>The pelvic floor is a hammock of muscles at the base of the pelvis. A Kegel squeezes and lifts it; a reverse Kegel does the opposite: it lets the muscles relax, lengthen and lower. Healthy muscles need both, and for a floor that is often tight, letting go is the skill to learn.</source>
        <translation>Le plancher pelvien est un hamac de muscles à la base du bassin. Un Kegel le contracte et le soulève ; un Kegel inversé fait l’inverse : il laisse les muscles se détendre, s’allonger et descendre. Des muscles en bonne santé ont besoin des deux, et pour un plancher souvent crispé, le relâchement est la compétence à apprendre.</translation>
    </message>
    <message>
        <source>The breath leads</source>
        <translation>La respiration guide</translation>
    </message>
    <message>
        <source>The diaphragm and the pelvic floor move together, like a piston. As you breathe in, the diaphragm moves down and the floor softens and drops. As you breathe out, both rise gently again.</source>
        <translation>Le diaphragme et le plancher pelvien bougent ensemble, comme un piston. À l’inspiration, le diaphragme descend et le plancher s’assouplit et descend. À l’expiration, tous deux remontent doucement.</translation>
    </message>
    <message>
        <source>The drop is passive. Let it happen; never push or bear down. Some therapists cue the release on the out-breath instead: you can switch this in Settings.</source>
        <translation>La descente est passive. Laissez-la se faire ; ne poussez jamais. Certains thérapeutes guident le relâchement à l’expiration : vous pouvez le changer dans les Réglages.</translation>
    </message>
    <message>
        <source>Lie on your back with your knees bent, sit upright, or stand; one hand on your belly helps keep the breath low.</source>
        <translation>Allongez-vous sur le dos, genoux fléchis, asseyez-vous bien droit ou restez debout ; une main sur le ventre aide à garder la respiration basse.</translation>
    </message>
    <message>
        <source>Breathe in slowly through your nose and let your belly rise. Let the muscles around the back passage soften; feel the space between pubic bone and tailbone grow and the sit bones widen.</source>
        <translation>Inspirez lentement par le nez et laissez le ventre se soulever. Laissez les muscles autour de l’anus se détendre ; sentez l’espace entre le pubis et le coccyx s’agrandir et les ischions s’écarter.</translation>
    </message>
    <message>
        <source>Stay soft for the hold, breathing gently. Then breathe out and let the floor return on its own, without squeezing. Belly, buttocks and inner thighs stay relaxed.</source>
        <translation>Restez relâché pendant le maintien, en respirant doucement. Puis expirez et laissez le plancher revenir de lui-même, sans serrer. Le ventre, les fesses et l’intérieur des cuisses restent détendus.</translation>
    </message>
    <message>
        <source>How much, and how to progress</source>
        <translation>Combien, et comment progresser</translation>
    </message>
    <message>
        <source>Start with holds of about five seconds and around three sets of ten a day, spread out. Rest at least as long as you hold.</source>
        <translation>Commencez par des maintiens d’environ cinq secondes et environ trois séries de dix par jour, réparties. Reposez-vous au moins aussi longtemps que vous maintenez.</translation>
    </message>
    <message>
        <source>When it feels easy and comfortable, lengthen the hold toward ten seconds first, then add repetitions, then sets; move from lying to sitting to standing. Keep the daily total well under fifteen minutes.</source>
        <translation>Quand cela devient facile et confortable, allongez d’abord le maintien vers dix secondes, puis ajoutez des répétitions, puis des séries ; passez de la position allongée à assise, puis debout. Restez bien en dessous de quinze minutes par jour au total.</translation>
    </message>
    <message>
        <source>Change takes weeks to months. Little and often matters more than long sessions.</source>
        <translation>Le changement prend des semaines, voire des mois. Peu mais souvent compte plus que de longues séances.</translation>
    </message>
    <message>
        <source>Using the trainer</source>
        <translation>Utiliser l’entraîneur</translation>
    </message>
    <message>
        <source>Choose a routine on the Train page and follow the figure and the cues. The Progress page shows your streak and sets per day. Ctrl+1 and Ctrl+2 switch between them.</source>
        <translation>Choisissez un exercice sur la page S’entraîner et suivez la figure et les consignes. La page Progrès montre votre série de jours et vos séries par jour. Ctrl+1 et Ctrl+2 permettent de passer de l’une à l’autre.</translation>
    </message>
    <message>
        <source>Stay safe</source>
        <translation>Prenez soin de vous</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>Your sessions, newest first</source>
        <translation>Vos séances, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Edit rating and note…</source>
        <translation>Modifier la gêne et la note…</translation>
    </message>
    <message>
        <source>Change the selected session&apos;s discomfort rating and note (Enter)</source>
        <translation>Modifier l’évaluation de la gêne et la note de la séance sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Retirer la séance</translation>
    </message>
    <message>
        <source>Remove the selected session if it was recorded by mistake (Delete)</source>
        <translation>Retirer la séance sélectionnée si elle a été enregistrée par erreur (Suppr)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Bring back the session just removed</source>
        <translation>Rétablir la séance qui vient d’être retirée</translation>
    </message>
    <message>
        <source>Removed the session of {day} ({routine}). It no longer counts in your figures.</source>
        <translation>Séance du {day} ({routine}) retirée. Elle ne compte plus dans vos chiffres.</translation>
    </message>
</context>
<context>
    <name>HoldTrendChart</name>
    <message numerus="yes">
        <source>Longest hold per day, last %n days: no holds yet</source>
        <translation>
            <numerusform>Plus long maintien par jour, %n dernier jour : pas encore de maintien</numerusform>
            <numerusform>Plus long maintien par jour, %n derniers jours : pas encore de maintien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest hold per day, last %n days: held up to {seconds} s on {practised} of them</source>
        <translation>
            <numerusform>Plus long maintien par jour, %n dernier jour : jusqu’à {seconds} s sur {practised} jour</numerusform>
            <numerusform>Plus long maintien par jour, %n derniers jours : jusqu’à {seconds} s sur {practised} de ces jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <source>Language and text</source>
        <translation>Langue et texte</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Taille du texte :</translation>
    </message>
    <message>
        <source>The new language and text size take effect the next time you open the trainer.</source>
        <translation>La nouvelle langue et la taille du texte s’appliqueront à la prochaine ouverture de l’entraîneur.</translation>
    </message>
</context>
<context>
    <name>LevelGauge</name>
    <message>
        <source>Diaphragm</source>
        <translation>Diaphragme</translation>
    </message>
    <message>
        <source>Pelvic floor</source>
        <translation>Plancher pelvien</translation>
    </message>
    <message>
        <source>up</source>
        <translation>haut</translation>
    </message>
    <message>
        <source>down</source>
        <translation>bas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Trainer</source>
        <translation>&amp;Entraîneur</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;S’entraîner</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progrès</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>How to &amp;Practise</source>
        <translation>&amp;Comment pratiquer</translation>
    </message>
    <message>
        <source>&amp;Safety Notice…</source>
        <translation>Consignes de &amp;sécurité…</translation>
    </message>
    <message>
        <source>1 routine file could not be loaded:</source>
        <translation>1 fichier d’exercice n’a pas pu être chargé :</translation>
    </message>
    <message>
        <source>{count} routine files could not be loaded:</source>
        <translation>{count} fichiers d’exercice n’ont pas pu être chargés :</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>Terminer la séance ?</translation>
    </message>
    <message>
        <source>A session is still running. Close the trainer and end it now? What you have done so far is kept.</source>
        <translation>Une séance est encore en cours. Fermer l’entraîneur et la terminer maintenant ? Ce que vous avez déjà fait est conservé.</translation>
    </message>
    <message>
        <source>Breathing Trainer</source>
        <translation>Entraîneur de respiration</translation>
    </message>
    <message>
        <source>Pelvic Floor Trainer</source>
        <translation>Entraîneur du plancher pelvien</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Your history was repaired</source>
        <translation>Votre historique a été réparé</translation>
    </message>
    <message>
        <source>Your history could not be repaired</source>
        <translation>Votre historique n’a pas pu être réparé</translation>
    </message>
    <message>
        <source>A repair is waiting</source>
        <translation>Une réparation est en attente</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Ouvert en lecture seule</translation>
    </message>
    <message>
        <source>Your history was updated</source>
        <translation>Votre historique a été mis à jour</translation>
    </message>
    <message>
        <source>Your history cannot be read</source>
        <translation>Votre historique ne peut pas être lu</translation>
    </message>
    <message>
        <source>Your settings cannot be read</source>
        <translation>Vos réglages ne peuvent pas être lus</translation>
    </message>
    <message>
        <source>Settings back to the defaults</source>
        <translation>Réglages par défaut rétablis</translation>
    </message>
    <message>
        <source>Backups are off</source>
        <translation>Les sauvegardes sont désactivées</translation>
    </message>
    <message>
        <source>Sessions kept safe</source>
        <translation>Séances mises à l’abri</translation>
    </message>
    <message>
        <source>Sessions saved</source>
        <translation>Séances enregistrées</translation>
    </message>
    <message>
        <source>Some sessions are set aside</source>
        <translation>Certaines séances sont mises de côté</translation>
    </message>
    <message>
        <source>Some settings were not understood</source>
        <translation>Certains réglages n’ont pas été compris</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Dossier de synchronisation</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Open settings (Ctrl+,)</source>
        <translation>Ouvrir les réglages (Ctrl+,)</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Réglages (Ctrl+,)</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>S’entraîner</translation>
    </message>
    <message>
        <source>Train page (Ctrl+1)</source>
        <translation>Page S’entraîner (Ctrl+1)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>Progress page (Ctrl+2)</source>
        <translation>Page Progrès (Ctrl+2)</translation>
    </message>
</context>
<context>
    <name>PendingClose</name>
    <message>
        <source>1 session could not be written to your history, nor kept in any other folder: the disk is full or read-only. Its figures were in the summary after the session.</source>
        <translation>1 séance n’a pu être écrite ni dans votre historique ni dans aucun autre dossier : le disque est plein ou en lecture seule. Ses chiffres figuraient dans le résumé après la séance.</translation>
    </message>
    <message>
        <source>{n} sessions could not be written to your history, nor kept in any other folder: the disk is full or read-only. Their figures were in the summaries after them.</source>
        <translation>{n} séances n’ont pu être écrites ni dans votre historique ni dans aucun autre dossier : le disque est plein ou en lecture seule. Leurs chiffres figuraient dans les résumés après chacune d’elles.</translation>
    </message>
    <message>
        <source>1 session is still waiting to be written to your history. It is kept safe in {path} and will be written the next time the app starts.</source>
        <translation>1 séance attend encore d’être écrite dans votre historique. Elle est conservée en sécurité dans {path} et sera écrite au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <source>{n} sessions are still waiting to be written to your history. They are kept safe in {path} and will be written the next time the app starts.</source>
        <translation>{n} séances attendent encore d’être écrites dans votre historique. Elles sont conservées en sécurité dans {path} et seront écrites au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <source>Sessions kept for later</source>
        <translation>Séances gardées pour plus tard</translation>
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
        <translation>Diaphragme</translation>
    </message>
    <message>
        <source>Pelvic floor</source>
        <translation>Plancher pelvien</translation>
    </message>
    <message>
        <source>Session view</source>
        <translation>Vue de la séance</translation>
    </message>
</context>
<context>
    <name>PlanLine</name>
    <message>
        <source>Today&apos;s plan</source>
        <translation>Plan du jour</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Follow the programme</source>
        <translation>Suivre le programme</translation>
    </message>
    <message>
        <source>Forget your own hold length and use the one the programme suggests</source>
        <translation>Oublier votre durée de maintien et utiliser celle que propose le programme</translation>
    </message>
    <message>
        <source>Choose {title}</source>
        <translation>Choisir {title}</translation>
    </message>
</context>
<context>
    <name>Portal</name>
    <message>
        <source>To remind you to practise, without a window open</source>
        <translation>Pour vous rappeler de pratiquer, sans fenêtre ouverte</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>Sets per day</source>
        <translation>Séries par jour</translation>
    </message>
    <message>
        <source>Holds grow as the release gets easier. Lengthen them only when a session feels comfortable.</source>
        <translation>Les maintiens s’allongent à mesure que le relâchement devient plus facile. Ne les allongez que lorsqu’une séance est confortable.</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Vos progrès</translation>
    </message>
    <message>
        <source>Remove a session recorded by mistake, or change its rating and note.</source>
        <translation>Retirez une séance enregistrée par erreur, ou modifiez l’évaluation de sa gêne et sa note.</translation>
    </message>
    <message>
        <source>Longest hold</source>
        <translation>Plus long maintien</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message numerus="yes">
        <source>The dashed line is your daily target of %n set(s)</source>
        <translation>
            <numerusform>La ligne pointillée est votre objectif quotidien de %n série</numerusform>
            <numerusform>La ligne pointillée est votre objectif quotidien de %n séries</numerusform>
        </translation>
    </message>
    <message>
        <source>Solid line with dots: the planned hold. Dashed line with squares: your own holds, the day&apos;s average.</source>
        <translation>Ligne continue avec points : le maintien prévu. Ligne pointillée avec carrés : vos propres maintiens, en moyenne sur la journée.</translation>
    </message>
</context>
<context>
    <name>RangeSelector</name>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Show the last 30 days</source>
        <translation>Afficher les 30 derniers jours</translation>
    </message>
    <message>
        <source>Show the last 90 days</source>
        <translation>Afficher les 90 derniers jours</translation>
    </message>
    <message>
        <source>Show the last 365 days</source>
        <translation>Afficher les 365 derniers jours</translation>
    </message>
    <message>
        <source>Time span</source>
        <translation>Période</translation>
    </message>
</context>
<context>
    <name>ReminderCard</name>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start the next routine</source>
        <translation>Commencer l’exercice suivant</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Dans 10 min</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Dismiss this reminder</source>
        <translation>Masquer ce rappel</translation>
    </message>
</context>
<context>
    <name>RemindersGroup</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Remind me to practise</source>
        <translation>Me rappeler de pratiquer</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>Ajouter une heure</translation>
    </message>
    <message>
        <source>Add a reminder time</source>
        <translation>Ajouter une heure de rappel</translation>
    </message>
    <message>
        <source>Skipped once today&apos;s target is met, or within an hour of a session.</source>
        <translation>Pas de rappel une fois l’objectif du jour atteint, ni à moins d’une heure d’une séance.</translation>
    </message>
    <message>
        <source>Closing the window keeps the trainer in the tray</source>
        <translation>Fermer la fenêtre garde l’entraîneur dans la zone de notification</translation>
    </message>
    <message>
        <source>This desktop has no tray: reminders come as notifications instead.</source>
        <translation>Ce bureau n’a pas de zone de notification : les rappels arrivent sous forme de notifications.</translation>
    </message>
    <message>
        <source>Start at login, without a window, for the reminders</source>
        <translation>Démarrer à l’ouverture de session, sans fenêtre, pour les rappels</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Heure de rappel</translation>
    </message>
    <message>
        <source>Remove this time</source>
        <translation>Retirer cette heure</translation>
    </message>
    <message>
        <source>Remove this reminder time</source>
        <translation>Retirer cette heure de rappel</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Pelvic-floor practice report</source>
        <translation>Rapport de pratique du plancher pelvien</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for your physiotherapist</source>
        <translation>Rapport pour votre kinésithérapeute</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>A page or two to bring to your appointment: what you were set to do, what you did, your holds, any discomfort, and your notes.</source>
        <translation>Une ou deux pages à apporter à votre rendez-vous : ce qui vous a été prescrit, ce que vous avez fait, vos maintiens, une éventuelle gêne et vos notes.</translation>
    </message>
    <message>
        <source>The last</source>
        <translation>Les</translation>
    </message>
    <message>
        <source> days</source>
        <translation> derniers jours</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>Nombre de jours</translation>
    </message>
    <message>
        <source>From a date to a date</source>
        <translation>D’une date à une autre</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>Votre nom (facultatif)</translation>
    </message>
    <message>
        <source>Name printed on the report</source>
        <translation>Nom imprimé sur le rapport</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>No name is printed unless you type one.</source>
        <translation>Aucun nom n’est imprimé si vous n’en saisissez pas.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Page {n} of the report</source>
        <translation>Page {n} du rapport</translation>
    </message>
    <message>
        <source>One page, for {start} to {end}.</source>
        <translation>Une page, du {start} au {end}.</translation>
    </message>
    <message>
        <source>{n} pages, for {start} to {end}.</source>
        <translation>{n} pages, du {start} au {end}.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}</source>
        <translation>Le rapport n’a pas pu être enregistré : {reason}</translation>
    </message>
</context>
<context>
    <name>RestOffer</name>
    <message>
        <source>Try the breathing drop</source>
        <translation>Essayer la descente par la respiration</translation>
    </message>
    <message>
        <source>Choose the calm, breath-only routine</source>
        <translation>Choisir l’exercice apaisant de respiration seule</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>&amp;New Routine…</source>
        <translation>&amp;Nouvel exercice…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>&amp;Duplicate Routine…</source>
        <translation>&amp;Dupliquer l’exercice…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Edit Routine…</source>
        <translation>&amp;Modifier l’exercice…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>De&amp;lete Routine…</source>
        <translation>&amp;Supprimer l’exercice…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;Import Routine File…</source>
        <translation>&amp;Importer un fichier d’exercice…</translation>
    </message>
    <message>
        <source>E&amp;xport Routine File…</source>
        <translation>&amp;Exporter un fichier d’exercice…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Voir</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <source>Import a routine file</source>
        <translation>Importer un fichier d’exercice</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Fichiers d’exercice (*.json)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>This routine file could not be imported: {reason}</source>
        <translation>Ce fichier d’exercice n’a pas pu être importé : {reason}</translation>
    </message>
    <message>
        <source>“{title}” is already one of your routines, unchanged.</source>
        <translation>« {title} » fait déjà partie de vos exercices, sans changement.</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Déjà présent</translation>
    </message>
    <message>
        <source>Export “{title}”</source>
        <translation>Exporter « {title} »</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Supprimer l’exercice</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Supprimer « {title} » ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>To keep a copy, export it to a file first (Routines menu).</source>
        <translation>Pour en garder une copie, exportez-le d’abord dans un fichier (menu Exercices).</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>E&amp;xercices</translation>
    </message>
</context>
<context>
    <name>RoutineDetails</name>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>What it should feel like</source>
        <translation>Ce que vous devriez ressentir</translation>
    </message>
    <message>
        <source>Hold length</source>
        <translation>Durée de maintien</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold length in seconds</source>
        <translation>Durée de maintien en secondes</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>Today&apos;s plan sets the hold; change it here to choose your own.</source>
        <translation>Le plan du jour fixe le maintien ; modifiez-le ici pour choisir le vôtre.</translation>
    </message>
    <message>
        <source>I have emptied my bladder</source>
        <translation>J’ai vidé ma vessie</translation>
    </message>
    <message>
        <source>I&apos;m not in the middle of a core workout</source>
        <translation>Je ne suis pas en plein renforcement abdominal</translation>
    </message>
    <message>
        <source>I&apos;ll stop if anything hurts</source>
        <translation>J’arrête si quelque chose fait mal</translation>
    </message>
    <message>
        <source>Just a reminder: you can start whenever you are ready.</source>
        <translation>Simple rappel : vous pouvez commencer dès que vous le souhaitez.</translation>
    </message>
    <message>
        <source>{sets} × {reps} reps</source>
        <translation>{sets} × {reps} répétitions</translation>
    </message>
    <message>
        <source>{reps} reps</source>
        <translation>{reps} répétitions</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Total length</source>
        <translation>Durée totale</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>Dupliquer pour modifier</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nouvel exercice</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copie)</translation>
    </message>
    <message>
        <source>New routine from “{title}”</source>
        <translation>Nouvel exercice d’après « {title} »</translation>
    </message>
    <message>
        <source>“{title}” (built in)</source>
        <translation>« {title} » (intégré)</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>Modifier « {title} »</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Built-in routines cannot be changed. Duplicate this one to make your own version.</source>
        <translation>Les exercices intégrés ne peuvent pas être modifiés. Dupliquez celui-ci pour créer votre propre version.</translation>
    </message>
    <message>
        <source>Let go and soften</source>
        <translation>Relâchez et assouplissez</translation>
    </message>
    <message>
        <source>Stay soft and open</source>
        <translation>Restez souple et ouvert</translation>
    </message>
    <message>
        <source>Let it rise on its own</source>
        <translation>Laissez-le remonter de lui-même</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Mon exercice</translation>
    </message>
    <message>
        <source>My own reverse Kegels.</source>
        <translation>Mes propres Kegel inversés.</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Enregistré sous {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n field needs attention</source>
        <translation>
            <numerusform>%n champ à vérifier</numerusform>
            <numerusform>%n champs à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields need attention</source>
        <translation>
            <numerusform>%n champ à vérifier</numerusform>
            <numerusform>%n champs à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <source>Length: not yet known</source>
        <translation>Durée : pas encore connue</translation>
    </message>
    <message>
        <source>About {length}</source>
        <translation>Environ {length}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field} : {message}</translation>
    </message>
    <message>
        <source>Rest and breathe</source>
        <translation>Reposez-vous et respirez</translation>
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
        <translation>Pour les hommes</translation>
    </message>
    <message>
        <source>For women</source>
        <translation>Pour les femmes</translation>
    </message>
    <message>
        <source>For everyone</source>
        <translation>Pour tous</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Breath only</source>
        <translation>Respiration seule</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Show routines: {filter}</source>
        <translation>Afficher les exercices : {filter}</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Exercices</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>This trainer gives general information and a gentle pace to practise with. It is not medical advice, and it does not replace care from a professional.</source>
        <translation>Cet entraîneur donne des informations générales et un rythme doux pour pratiquer. Ce n’est pas un avis médical et il ne remplace pas les soins d’un professionnel de santé.</translation>
    </message>
    <message>
        <source>Safety points</source>
        <translation>Points de sécurité</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>J’ai compris</translation>
    </message>
    <message>
        <source>I understand the safety notice</source>
        <translation>J’ai compris les consignes de sécurité</translation>
    </message>
    <message>
        <source>You accepted this notice on {when}.</source>
        <translation>Vous avez accepté ces consignes le {when}.</translation>
    </message>
    <message>
        <source>Close the safety notice</source>
        <translation>Fermer les consignes de sécurité</translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <source>If you can, see a pelvic-health physiotherapist before you begin, especially if you have pain, leaking, bladder or bowel symptoms, have recently had surgery or given birth, or have a catheter in place.</source>
        <translation>Si vous le pouvez, consultez un ou une kinésithérapeute spécialisé(e) en rééducation pelvienne avant de commencer, surtout si vous avez des douleurs, des fuites, des troubles de la vessie ou des intestins, si vous avez été opéré(e) ou avez accouché récemment, ou si vous portez une sonde.</translation>
    </message>
    <message>
        <source>Empty your bladder before each session.</source>
        <translation>Videz votre vessie avant chaque séance.</translation>
    </message>
    <message>
        <source>Practise on its own, not in the middle of a core or abdominal workout.</source>
        <translation>Pratiquez à part, pas au milieu d’une séance de gainage ou d’abdominaux.</translation>
    </message>
    <message>
        <source>Go gently. Add time or sessions only when the practice feels comfortable.</source>
        <translation>Allez-y en douceur. N’ajoutez du temps ou des séances que lorsque la pratique est confortable.</translation>
    </message>
    <message>
        <source>If anything hurts or feels wrong, stop and rest. If pain or discomfort stays, see a doctor.</source>
        <translation>Si quelque chose fait mal ou ne vous semble pas normal, arrêtez et reposez-vous. Si la douleur ou la gêne persiste, consultez un médecin.</translation>
    </message>
    <message>
        <source>Breathe slowly into your belly. Never hold your breath, push or strain: the release is soft.</source>
        <translation>Respirez lentement dans le ventre. Ne retenez jamais votre souffle, ne poussez pas, ne forcez pas : le relâchement est doux.</translation>
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
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start the session (Space)</source>
        <translation>Commencer la séance (Espace)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip to the next phase (Right arrow)</source>
        <translation>Passer à la phase suivante (flèche droite)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Arrêter la séance (Échap)</translation>
    </message>
    <message>
        <source>This hurts — stop</source>
        <translation>Ça fait mal – arrêter</translation>
    </message>
    <message>
        <source>Stop now because something hurts</source>
        <translation>Arrêter maintenant parce que quelque chose fait mal</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <source>Press and hold for as long as you hold; let go to end the hold (Space)</source>
        <translation>Gardez appuyé aussi longtemps que vous maintenez ; lâchez pour terminer le maintien (Espace)</translation>
    </message>
    <message>
        <source>Start the routine</source>
        <translation>Commencer l’exercice</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the session (Space)</source>
        <translation>Mettre la séance en pause (Espace)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Resume the session (Space)</source>
        <translation>Reprendre la séance (Espace)</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Start the routine again (Space)</source>
        <translation>Recommencer l’exercice (Espace)</translation>
    </message>
</context>
<context>
    <name>SessionCues</name>
    <message>
        <source>Session complete</source>
        <translation>Séance terminée</translation>
    </message>
</context>
<context>
    <name>SetsPerDayChart</name>
    <message numerus="yes">
        <source>Sets per day, last %n days: target met on {met} of them</source>
        <translation>
            <numerusform>Séries par jour, %n dernier jour : objectif atteint sur {met} jour</numerusform>
            <numerusform>Séries par jour, %n derniers jours : objectif atteint {met} de ces jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n set(s)</source>
        <translation>
            <numerusform>%1 : %n série</numerusform>
            <numerusform>%1 : %n séries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source> sets</source>
        <translation> séries</translation>
    </message>
    <message>
        <source>Daily target in sets</source>
        <translation>Objectif quotidien en séries</translation>
    </message>
    <message>
        <source>Daily target:</source>
        <translation>Objectif quotidien :</translation>
    </message>
    <message>
        <source>Midnight</source>
        <translation>Minuit</translation>
    </message>
    <message>
        <source>Day starts at</source>
        <translation>La journée commence à</translation>
    </message>
    <message>
        <source>Day starts at:</source>
        <translation>La journée commence à :</translation>
    </message>
    <message>
        <source>Sessions before this hour count for the previous day.</source>
        <translation>Les séances avant cette heure comptent pour la veille.</translation>
    </message>
    <message>
        <source>Breath and movement</source>
        <translation>Respiration et mouvement</translation>
    </message>
    <message>
        <source>Release as you breathe in (usual)</source>
        <translation>Relâcher à l’inspiration (habituel)</translation>
    </message>
    <message>
        <source>The floor drops with the in-breath, as the diaphragm descends.</source>
        <translation>Le plancher descend avec l’inspiration, pendant que le diaphragme s’abaisse.</translation>
    </message>
    <message>
        <source>Release as you breathe out</source>
        <translation>Relâcher à l’expiration</translation>
    </message>
    <message>
        <source>For people whose therapist cues the letting go on the out-breath.</source>
        <translation>Pour les personnes dont le ou la thérapeute guide le relâchement à l’expiration.</translation>
    </message>
    <message>
        <source>The breath-only routine always follows the natural piston.</source>
        <translation>L’exercice de respiration seule suit toujours le piston naturel.</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Réduire les animations</translation>
    </message>
    <message>
        <source>A calmer, simpler animation, for when movement on screen is tiring.</source>
        <translation>Une animation plus calme et plus simple, quand le mouvement à l’écran fatigue.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <source>Discreet window title (“Breathing Trainer”)</source>
        <translation>Titre de fenêtre discret (« Entraîneur de respiration »)</translation>
    </message>
    <message>
        <source>Discreet window title</source>
        <translation>Titre de fenêtre discret</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Soft sound at each phase change</source>
        <translation>Son doux à chaque changement de phase</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>Signaux sonores</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volume :</translation>
    </message>
    <message>
        <source>Speak the cues aloud</source>
        <translation>Lire les consignes à voix haute</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Consignes parlées</translation>
    </message>
    <message>
        <source>A voice says each cue, in place of the chime.</source>
        <translation>Une voix dit chaque consigne, à la place du carillon.</translation>
    </message>
    <message>
        <source>No speech engine is installed on this computer, so the cues stay silent.</source>
        <translation>Aucun moteur de synthèse vocale n’est installé sur cet ordinateur : les consignes restent silencieuses.</translation>
    </message>
</context>
<context>
    <name>SharingActions</name>
    <message>
        <source>&amp;Export History…</source>
        <translation>&amp;Exporter l’historique…</translation>
    </message>
    <message>
        <source>&amp;Import History…</source>
        <translation>&amp;Importer l’historique…</translation>
    </message>
    <message>
        <source>&amp;Report for Your Physiotherapist…</source>
        <translation>Rapport pour votre &amp;kinésithérapeute…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Feuille de calcul CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export your history</source>
        <translation>Exporter votre historique</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>The history could not be written to {path}: {reason}</source>
        <translation>L’historique n’a pas pu être écrit dans {path} : {reason}</translation>
    </message>
    <message>
        <source>1 session was written to {path}.</source>
        <translation>1 séance a été écrite dans {path}.</translation>
    </message>
    <message>
        <source>{n} sessions were written to {path}.</source>
        <translation>{n} séances ont été écrites dans {path}.</translation>
    </message>
    <message>
        <source>History exported</source>
        <translation>Historique exporté</translation>
    </message>
    <message>
        <source>Import a history</source>
        <translation>Importer un historique</translation>
    </message>
    <message>
        <source>Histories, exports and device logs (*.json *.jsonl);;All files (*)</source>
        <translation>Historiques, exports et journaux d’appareil (*.json *.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>History imported</source>
        <translation>Historique importé</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Rapport enregistré</translation>
    </message>
    <message>
        <source>The report was saved to {path}.</source>
        <translation>Le rapport a été enregistré dans {path}.</translation>
    </message>
</context>
<context>
    <name>SoundCues</name>
    <message>
        <source>The sounds cannot play here: {error}</source>
        <translation>Les sons ne peuvent pas être joués ici : {error}</translation>
    </message>
    <message>
        <source>The sounds could not be loaded, so sessions are silent.</source>
        <translation>Les sons n’ont pas pu être chargés : les séances sont donc silencieuses.</translation>
    </message>
</context>
<context>
    <name>SoundThemeRow</name>
    <message>
        <source>Soft tones</source>
        <translation>Sons doux</translation>
    </message>
    <message>
        <source>A single bell</source>
        <translation>Une seule cloche</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Aucun son</translation>
    </message>
    <message>
        <source>Sound theme</source>
        <translation>Thème sonore</translation>
    </message>
    <message>
        <source>Play a sample</source>
        <translation>Écouter un extrait</translation>
    </message>
    <message>
        <source>Play a sample of the sound theme</source>
        <translation>Écouter un extrait du thème sonore</translation>
    </message>
    <message>
        <source>Sounds:</source>
        <translation>Sons :</translation>
    </message>
</context>
<context>
    <name>SpeechProcess</name>
    <message>
        <source>No speech engine is installed on this computer.</source>
        <translation>Aucun moteur de synthèse vocale n’est installé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The speech service did not answer, so the chime marks each phase instead.</source>
        <translation>Le service vocal n’a pas répondu : le carillon marque donc chaque phase.</translation>
    </message>
    <message>
        <source>The speech service stopped, so the chime marks each phase instead.</source>
        <translation>Le service vocal s’est arrêté : le carillon marque donc chaque phase.</translation>
    </message>
    <message>
        <source>Speech could not be started.</source>
        <translation>La synthèse vocale n’a pas pu démarrer.</translation>
    </message>
</context>
<context>
    <name>SpokenCues</name>
    <message>
        <source>No speech engine is installed on this computer.</source>
        <translation>Aucun moteur de synthèse vocale n’est installé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The voice stopped working.</source>
        <translation>La voix ne fonctionne plus.</translation>
    </message>
</context>
<context>
    <name>StatCards</name>
    <message>
        <source>Current streak</source>
        <translation>Série en cours</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>Plus longue série</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Time practised</source>
        <translation>Temps de pratique</translation>
    </message>
    <message>
        <source>Today&apos;s sets against the daily target</source>
        <translation>Séries du jour par rapport à l’objectif quotidien</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practice day(s) in all</source>
        <translation>
            <numerusform>%n jour de pratique au total</numerusform>
            <numerusform>%n jours de pratique au total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) to go</source>
        <translation>
            <numerusform>encore %n série</numerusform>
            <numerusform>encore %n séries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it going today</source>
        <translation>Continuez aujourd’hui</translation>
    </message>
    <message>
        <source>A new one starts with one set</source>
        <translation>Une nouvelle commence avec une série</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Daily target met</source>
        <translation>Objectif du jour atteint</translation>
    </message>
    <message>
        <source>Since Monday</source>
        <translation>Depuis lundi</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n série</numerusform>
            <numerusform>%n séries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Session summary</source>
        <translation>Résumé de la séance</translation>
    </message>
    <message>
        <source>Stopped early. What you did is kept in your history.</source>
        <translation>Arrêtée avant la fin. Ce que vous avez fait est conservé dans votre historique.</translation>
    </message>
    <message>
        <source>This session could not be saved, so there is nothing to add feedback to.</source>
        <translation>Cette séance n’a pas pu être enregistrée : il n’y a donc rien à commenter.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Close the summary</source>
        <translation>Fermer le résumé</translation>
    </message>
    <message>
        <source>Rest now</source>
        <translation>Reposez-vous</translation>
    </message>
    <message>
        <source>Session saved</source>
        <translation>Séance enregistrée</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} sur {planned}</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>{today} of {target} sets today — today&apos;s target is reached.</source>
        <translation>{today} séries sur {target} aujourd’hui : l’objectif du jour est atteint.</translation>
    </message>
    <message>
        <source>{today} of {target} sets today.</source>
        <translation>{today} séries sur {target} aujourd’hui.</translation>
    </message>
    <message>
        <source>Sets today</source>
        <translation>Séries du jour</translation>
    </message>
    <message>
        <source>Complete a full set to start a streak.</source>
        <translation>Terminez une série complète pour commencer une série de jours.</translation>
    </message>
    <message>
        <source>1 day of practice in a row.</source>
        <translation>1 jour de pratique d’affilée.</translation>
    </message>
    <message>
        <source>{days} days of practice in a row.</source>
        <translation>{days} jours de pratique d’affilée.</translation>
    </message>
    <message>
        <source>You did the right thing by stopping. Rest now and breathe gently. If the discomfort stays or comes back, please see a pelvic-health physiotherapist before you practise again.</source>
        <translation>Vous avez bien fait de vous arrêter. Reposez-vous et respirez doucement. Si la gêne persiste ou revient, consultez un ou une kinésithérapeute spécialisé(e) en rééducation pelvienne avant de reprendre.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Discomfort from 0 to 10, optional</source>
        <translation>Gêne de 0 à 10, facultatif</translation>
    </message>
    <message>
        <source>0 means none at all, 10 the worst you can imagine.</source>
        <translation>0 signifie aucune gêne, 10 la pire que vous puissiez imaginer.</translation>
    </message>
    <message>
        <source>Discomfort (0–10):</source>
        <translation>Gêne (0–10) :</translation>
    </message>
    <message>
        <source>Optional, for you or your therapist</source>
        <translation>Facultatif, pour vous ou votre thérapeute</translation>
    </message>
    <message>
        <source>Note about this session, optional</source>
        <translation>Note sur cette séance, facultative</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
</context>
<context>
    <name>SyncFolderSection</name>
    <message>
        <source>Sync folder</source>
        <translation>Dossier de synchronisation</translation>
    </message>
    <message>
        <source>Share your history between your computers through a folder that Syncthing, Nextcloud or Dropbox keeps in step. Each computer adds its own sessions there and reads the others&apos;.</source>
        <translation>Partagez votre historique entre vos ordinateurs grâce à un dossier que Syncthing, Nextcloud ou Dropbox garde synchronisé. Chaque ordinateur y ajoute ses propres séances et lit celles des autres.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Choisir le dossier de synchronisation</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>Arrêter la synchronisation</translation>
    </message>
    <message>
        <source>Stop syncing through this folder</source>
        <translation>Arrêter la synchronisation par ce dossier</translation>
    </message>
    <message>
        <source>Not syncing.</source>
        <translation>Pas de synchronisation.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be used: {reason}</source>
        <translation>Le dossier {folder} ne peut pas être utilisé : {reason}</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Choose a routine</source>
        <translation>Choisissez un exercice</translation>
    </message>
    <message>
        <source>Press and hold Space or Hold while you hold; let go when you are ready. Take the time that feels comfortable.</source>
        <translation>Gardez Espace ou Maintien appuyé pendant que vous maintenez ; lâchez quand vous êtes prêt(e). Prenez le temps qui vous semble confortable.</translation>
    </message>
</context>
<context>
    <name>TrainingSection</name>
    <message>
        <source>Holds</source>
        <translation>Maintiens</translation>
    </message>
    <message>
        <source>Time my own holds</source>
        <translation>Chronométrer mes propres maintiens</translation>
    </message>
    <message>
        <source>During a session, press and hold Space (or the Hold button) for as long as you hold the drop or the squeeze, and let go to end it. Stop ends the session.</source>
        <translation>Pendant une séance, gardez Espace (ou le bouton Maintien) appuyé aussi longtemps que vous maintenez la descente ou la contraction, puis lâchez pour y mettre fin. Arrêter termine la séance.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>{done} of {target} set today</source>
        <translation>{done} série sur {target} aujourd’hui</translation>
    </message>
    <message>
        <source>{done} of {target} sets today</source>
        <translation>{done} séries sur {target} aujourd’hui</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Start the next routine</source>
        <translation>Commencer l’exercice suivant</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Snooze reminders for an hour</source>
        <translation>Suspendre les rappels pendant une heure</translation>
    </message>
    <message>
        <source>Pause reminders until tomorrow</source>
        <translation>Suspendre les rappels jusqu’à demain</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>_Notice</name>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <source>Show the folder this notice is about</source>
        <translation>Afficher le dossier concerné par cet avis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Masquer cet avis</translation>
    </message>
</context>
<context>
    <name>routine:breath-drop</name>
    <message>
        <source>Breathing pelvic floor drop</source>
        <translation>Descente par la respiration</translation>
    </message>
    <message>
        <source>Slow belly breaths that let the pelvic floor soften on its own: about five breaths a minute.</source>
        <translation>Des respirations lentes par le ventre qui laissent le plancher pelvien se détendre de lui-même : environ cinq respirations par minute.</translation>
    </message>
    <message>
        <source>lying on your back, knees bent</source>
        <translation>allongé sur le dos, genoux fléchis</translation>
    </message>
    <message>
        <source>sitting upright</source>
        <translation>assis bien droit</translation>
    </message>
    <message>
        <source>Lie on your back with your knees bent, or sit upright. Rest one hand on your belly.</source>
        <translation>Allongez-vous sur le dos, genoux fléchis, ou asseyez-vous bien droit. Posez une main sur le ventre.</translation>
    </message>
    <message>
        <source>Breathe in slowly through your nose so the belly rises under your hand, not the chest.</source>
        <translation>Inspirez lentement par le nez, de sorte que le ventre se soulève sous votre main, et non la poitrine.</translation>
    </message>
    <message>
        <source>Picture the pelvic floor softening, widening and sinking as the breath fills you.</source>
        <translation>Imaginez le plancher pelvien qui s’assouplit, s’élargit et descend à mesure que l’air vous remplit.</translation>
    </message>
    <message>
        <source>Rest for a moment in that soft, open state.</source>
        <translation>Restez un instant dans cet état souple et ouvert.</translation>
    </message>
    <message>
        <source>Breathe out slowly. The floor drifts back up a little; keep the release rather than tightening.</source>
        <translation>Expirez lentement. Le plancher remonte un peu ; gardez le relâchement au lieu de serrer.</translation>
    </message>
    <message>
        <source>The distance from pubic bone to tailbone seems to lengthen.</source>
        <translation>La distance entre le pubis et le coccyx semble s’allonger.</translation>
    </message>
    <message>
        <source>The sit bones feel as if they spread apart.</source>
        <translation>Les ischions semblent s’écarter.</translation>
    </message>
    <message>
        <source>Belly, buttocks and inner thighs stay soft. Stop if you notice straining.</source>
        <translation>Le ventre, les fesses et l’intérieur des cuisses restent souples. Arrêtez si vous remarquez que vous forcez.</translation>
    </message>
    <message>
        <source>Belly rises, the floor softens</source>
        <translation>Le ventre se soulève, le plancher s’assouplit</translation>
    </message>
    <message>
        <source>Rest, soft and wide</source>
        <translation>Repos, souple et large</translation>
    </message>
    <message>
        <source>Slowly out, keep the release</source>
        <translation>Expirez lentement, gardez le relâchement</translation>
    </message>
</context>
<context>
    <name>routine:kegel-and-reverse</name>
    <message>
        <source>Kegels and reverse Kegels</source>
        <translation>Kegel et Kegel inversé</translation>
    </message>
    <message>
        <source>Both directions in one set: five lifts, then five releases, ending soft.</source>
        <translation>Les deux directions en une série : cinq élévations, puis cinq relâchements, pour finir en souplesse.</translation>
    </message>
    <message>
        <source>lying on your back, knees bent</source>
        <translation>allongé sur le dos, genoux fléchis</translation>
    </message>
    <message>
        <source>sitting upright</source>
        <translation>assis bien droit</translation>
    </message>
    <message>
        <source>Healthy muscles can both lift and let go. This set trains both, and ends with letting go.</source>
        <translation>Des muscles en bonne santé savent à la fois se soulever et se relâcher. Cette série entraîne les deux et se termine par le relâchement.</translation>
    </message>
    <message>
        <source>For the first five, breathe out as you squeeze and lift, hold while breathing evenly, then breathe in and release.</source>
        <translation>Pour les cinq premières, expirez en contractant et en soulevant, maintenez en respirant régulièrement, puis inspirez et relâchez.</translation>
    </message>
    <message>
        <source>For the last five, breathe in as you let the floor soften and drop, stay soft, then breathe out and let it rise.</source>
        <translation>Pour les cinq dernières, inspirez en laissant le plancher s’assouplir et descendre, restez relâché, puis expirez et laissez-le remonter.</translation>
    </message>
    <message>
        <source>If anything hurts, skip the squeezes and do only the reverse Kegels.</source>
        <translation>Si quelque chose fait mal, laissez de côté les contractions et faites seulement les Kegel inversés.</translation>
    </message>
    <message>
        <source>The lift is a gentle draw upward and inward; the drop is a widening and softening.</source>
        <translation>L’élévation est une douce aspiration vers le haut et vers l’intérieur ; la descente est un élargissement et un assouplissement.</translation>
    </message>
    <message>
        <source>Nothing is forced in either direction.</source>
        <translation>Rien n’est forcé, dans un sens comme dans l’autre.</translation>
    </message>
    <message>
        <source>Squeeze and lift</source>
        <translation>Contractez et soulevez</translation>
    </message>
    <message>
        <source>Hold, breathing evenly</source>
        <translation>Maintenez, respirez régulièrement</translation>
    </message>
    <message>
        <source>Let go completely</source>
        <translation>Relâchez complètement</translation>
    </message>
    <message>
        <source>Let go and soften</source>
        <translation>Relâchez et assouplissez</translation>
    </message>
    <message>
        <source>Stay soft and open</source>
        <translation>Restez souple et ouvert</translation>
    </message>
    <message>
        <source>Let it rise on its own</source>
        <translation>Laissez-le remonter de lui-même</translation>
    </message>
</context>
<context>
    <name>routine:kegel-men</name>
    <message>
        <source>Kegels for strength (men)</source>
        <translation>Kegel pour la force (hommes)</translation>
    </message>
    <message>
        <source>Squeeze and lift for about 10 seconds, then rest for 5 while everything lets go.</source>
        <translation>Contractez et soulevez environ 10 secondes, puis reposez-vous 5 secondes pendant que tout se relâche.</translation>
    </message>
    <message>
        <source>lying on your back, knees bent</source>
        <translation>allongé sur le dos, genoux fléchis</translation>
    </message>
    <message>
        <source>sitting upright</source>
        <translation>assis bien droit</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>debout</translation>
    </message>
    <message>
        <source>To find the muscles, imagine stopping the flow of urine or holding in wind. Use this only to find them.</source>
        <translation>Pour trouver les muscles, imaginez que vous retenez le jet d’urine ou un gaz. Servez-vous-en seulement pour les trouver.</translation>
    </message>
    <message>
        <source>Breathe out as you squeeze and lift; the base of the penis draws in slightly.</source>
        <translation>Expirez en contractant et en soulevant ; la base du pénis se rétracte légèrement.</translation>
    </message>
    <message>
        <source>Hold the lift and keep breathing evenly. Belly, back and buttocks stay relaxed.</source>
        <translation>Maintenez l’élévation et continuez à respirer régulièrement. Le ventre, le dos et les fesses restent détendus.</translation>
    </message>
    <message>
        <source>Breathe in and let go completely before the next one.</source>
        <translation>Inspirez et relâchez complètement avant la suivante.</translation>
    </message>
    <message>
        <source>A lift behind the scrotum, not a clench of the buttocks.</source>
        <translation>Une élévation derrière le scrotum, pas un serrage des fesses.</translation>
    </message>
    <message>
        <source>If it hurts, or you have pelvic pain, practise the reverse Kegels instead.</source>
        <translation>Si cela fait mal, ou si vous avez des douleurs pelviennes, pratiquez plutôt le Kegel inversé.</translation>
    </message>
    <message>
        <source>Squeeze and lift</source>
        <translation>Contractez et soulevez</translation>
    </message>
    <message>
        <source>Hold, breathing evenly</source>
        <translation>Maintenez, respirez régulièrement</translation>
    </message>
    <message>
        <source>Let go completely</source>
        <translation>Relâchez complètement</translation>
    </message>
</context>
<context>
    <name>routine:kegel-women</name>
    <message>
        <source>Kegels for strength (women)</source>
        <translation>Kegel pour la force (femmes)</translation>
    </message>
    <message>
        <source>Squeeze and lift the pelvic floor, hold, then let go fully: 5 seconds each, building to 10.</source>
        <translation>Contractez et soulevez le plancher pelvien, maintenez, puis relâchez complètement : 5 secondes chacun, jusqu’à 10 peu à peu.</translation>
    </message>
    <message>
        <source>lying on your back, knees bent</source>
        <translation>allongée sur le dos, genoux fléchis</translation>
    </message>
    <message>
        <source>sitting upright</source>
        <translation>assise bien droite</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>debout</translation>
    </message>
    <message>
        <source>To find the muscles, imagine stopping the flow of urine. Use this only to find them, never as practice on the toilet.</source>
        <translation>Pour trouver les muscles, imaginez que vous retenez le jet d’urine. Servez-vous-en seulement pour les trouver, jamais comme exercice aux toilettes.</translation>
    </message>
    <message>
        <source>Breathe out as you gently squeeze and lift, as if drawing the muscles up and in.</source>
        <translation>Expirez en contractant et en soulevant doucement, comme si vous rameniez les muscles vers le haut et vers l’intérieur.</translation>
    </message>
    <message>
        <source>Hold the lift while breathing evenly. Belly, back and buttocks stay relaxed.</source>
        <translation>Maintenez l’élévation en respirant régulièrement. Le ventre, le dos et les fesses restent détendus.</translation>
    </message>
    <message>
        <source>Breathe in and let go completely. The letting go matters as much as the squeeze.</source>
        <translation>Inspirez et relâchez complètement. Le relâchement compte autant que la contraction.</translation>
    </message>
    <message>
        <source>Start with 5-second holds; build toward 10 seconds as it gets easy.</source>
        <translation>Commencez par des maintiens de 5 secondes ; allez vers 10 secondes quand cela devient facile.</translation>
    </message>
    <message>
        <source>A lift and a gentle tightening inside, not a clench of the buttocks.</source>
        <translation>Une élévation et un léger resserrement à l’intérieur, pas un serrage des fesses.</translation>
    </message>
    <message>
        <source>If it hurts, or you have pelvic pain, practise the reverse Kegels instead.</source>
        <translation>Si cela fait mal, ou si vous avez des douleurs pelviennes, pratiquez plutôt le Kegel inversé.</translation>
    </message>
    <message>
        <source>Squeeze and lift</source>
        <translation>Contractez et soulevez</translation>
    </message>
    <message>
        <source>Hold, breathing evenly</source>
        <translation>Maintenez, respirez régulièrement</translation>
    </message>
    <message>
        <source>Let go completely</source>
        <translation>Relâchez complètement</translation>
    </message>
</context>
<context>
    <name>routine:reverse-kegel-men</name>
    <message>
        <source>Reverse Kegels for men</source>
        <translation>Kegel inversé pour les hommes</translation>
    </message>
    <message>
        <source>Release the muscles around the back passage and let the perineum sink, in time with the breath.</source>
        <translation>Relâchez les muscles autour de l’anus et laissez le périnée descendre, au rythme de la respiration.</translation>
    </message>
    <message>
        <source>lying on your back, knees bent</source>
        <translation>allongé sur le dos, genoux fléchis</translation>
    </message>
    <message>
        <source>sitting upright</source>
        <translation>assis bien droit</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>debout</translation>
    </message>
    <message>
        <source>Stand, sit, or lie on your back with your knees bent, whichever lets you relax most.</source>
        <translation>Debout, assis ou allongé sur le dos, genoux fléchis : choisissez la position où vous vous détendez le mieux.</translation>
    </message>
    <message>
        <source>Breathe slowly into your belly and notice the area between the scrotum and the back passage.</source>
        <translation>Respirez lentement dans le ventre et portez attention à la zone entre le scrotum et l’anus.</translation>
    </message>
    <message>
        <source>As you breathe in, release the muscles around the back passage and feel that area move gently downward.</source>
        <translation>À l’inspiration, relâchez les muscles autour de l’anus et sentez cette zone descendre doucement.</translation>
    </message>
    <message>
        <source>Hold the release, breathing easily. It is a letting go, never a push.</source>
        <translation>Gardez le relâchement en respirant tranquillement. C’est un lâcher-prise, jamais une poussée.</translation>
    </message>
    <message>
        <source>Breathe out and let everything return on its own. Once five seconds feels easy, lengthen the hold.</source>
        <translation>Expirez et laissez tout revenir de lui-même. Quand cinq secondes deviennent faciles, allongez le maintien.</translation>
    </message>
    <message>
        <source>More space between the pubic bone and the tailbone.</source>
        <translation>Plus d’espace entre le pubis et le coccyx.</translation>
    </message>
    <message>
        <source>Like the start of passing urine, only softer, and without straining.</source>
        <translation>Comme au début de la miction, en plus doux, et sans forcer.</translation>
    </message>
    <message>
        <source>Belly, buttocks and thighs stay loose.</source>
        <translation>Le ventre, les fesses et les cuisses restent relâchés.</translation>
    </message>
    <message>
        <source>Let go and sink</source>
        <translation>Relâchez, laissez descendre</translation>
    </message>
    <message>
        <source>Stay released</source>
        <translation>Restez relâché</translation>
    </message>
    <message>
        <source>Let it come back up</source>
        <translation>Laissez remonter</translation>
    </message>
</context>
<context>
    <name>routine:reverse-kegel-women</name>
    <message>
        <source>Reverse Kegels for women</source>
        <translation>Kegel inversé pour les femmes</translation>
    </message>
    <message>
        <source>Let the pelvic floor drop as you breathe in; stay soft, then let it rise.</source>
        <translation>Laissez le plancher pelvien descendre à l’inspiration ; restez souple, puis laissez-le remonter.</translation>
    </message>
    <message>
        <source>lying on your back, knees bent</source>
        <translation>allongée sur le dos, genoux fléchis</translation>
    </message>
    <message>
        <source>sitting upright</source>
        <translation>assise bien droite</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>debout</translation>
    </message>
    <message>
        <source>Choose a position where you can be still: lying on your back with knees bent is easiest at first. A hand mirror can help you see the movement.</source>
        <translation>Choisissez une position où vous pouvez rester immobile : allongée sur le dos, genoux fléchis, c’est le plus facile au début. Un miroir à main peut vous aider à voir le mouvement.</translation>
    </message>
    <message>
        <source>Take a slow breath into your belly and bring your attention to the base of your pelvis.</source>
        <translation>Respirez lentement dans le ventre et portez votre attention sur la base du bassin.</translation>
    </message>
    <message>
        <source>As the breath comes in, let the muscles there soften and sink. The back passage lets go and the area between it and the vagina moves gently down.</source>
        <translation>Pendant que l’air entre, laissez les muscles de cette zone s’assouplir et descendre. L’anus se relâche et la zone entre l’anus et le vagin descend doucement.</translation>
    </message>
    <message>
        <source>Stay soft and open for the hold, breathing easily. Never push or bear down.</source>
        <translation>Restez souple et ouverte pendant le maintien, en respirant tranquillement. Ne poussez jamais.</translation>
    </message>
    <message>
        <source>Breathe out and let the floor float back up on its own, without squeezing.</source>
        <translation>Expirez et laissez le plancher remonter de lui-même, sans serrer.</translation>
    </message>
    <message>
        <source>A sense of widening, as if the pubic bone and the tailbone were drifting apart.</source>
        <translation>Une sensation d’élargissement, comme si le pubis et le coccyx s’éloignaient l’un de l’autre.</translation>
    </message>
    <message>
        <source>Like the first moment of letting urine flow, but gentler, and without pushing.</source>
        <translation>Comme le tout premier moment où l’urine s’écoule, mais plus doux, et sans pousser.</translation>
    </message>
    <message>
        <source>Your belly, buttocks and inner thighs stay relaxed throughout.</source>
        <translation>Le ventre, les fesses et l’intérieur des cuisses restent détendus tout du long.</translation>
    </message>
    <message>
        <source>Let go and soften</source>
        <translation>Relâchez et assouplissez</translation>
    </message>
    <message>
        <source>Stay soft and open</source>
        <translation>Restez souple et ouverte</translation>
    </message>
    <message>
        <source>Let it rise on its own</source>
        <translation>Laissez-le remonter de lui-même</translation>
    </message>
</context>
</TS>
