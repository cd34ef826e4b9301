<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>A calm trainer for reverse Kegels and pelvic-floor relaxation.</source>
        <translation>Un entrenador tranquilo para ejercicios de Kegel inverso y la relajación del suelo pélvico.</translation>
    </message>
    <message>
        <source>folder for history, settings, backups and the lock</source>
        <translation>carpeta para el historial, los ajustes, las copias de seguridad y el bloqueo</translation>
    </message>
    <message>
        <source>preselect a routine by its id</source>
        <translation>preseleccionar una rutina por su id</translation>
    </message>
    <message>
        <source>open the main window, paint it, and exit</source>
        <translation>abrir la ventana principal, dibujarla y salir</translation>
    </message>
    <message>
        <source>render the window to a PNG and exit</source>
        <translation>guardar la ventana como PNG y salir</translation>
    </message>
    <message>
        <source>page for --screenshot</source>
        <translation>página para --screenshot</translation>
    </message>
    <message>
        <source>start with no window: tray and reminders only</source>
        <translation>empezar sin ventana: solo la bandeja y los recordatorios</translation>
    </message>
    <message>
        <source>print streaks and totals</source>
        <translation>mostrar rachas y totales</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>mostrar un objeto JSON</translation>
    </message>
    <message>
        <source>export the session history</source>
        <translation>exportar el historial de sesiones</translation>
    </message>
    <message>
        <source>print today&apos;s plan from the programme and the history</source>
        <translation>mostrar el plan de hoy según el programa y el historial</translation>
    </message>
    <message>
        <source>plan for this routine</source>
        <translation>plan para esta rutina</translation>
    </message>
    <message>
        <source>import or export a routine file</source>
        <translation>importar o exportar un archivo de rutina</translation>
    </message>
    <message>
        <source>add a routine file to your routines</source>
        <translation>añadir un archivo de rutina a tus rutinas</translation>
    </message>
    <message>
        <source>write a routine to a file</source>
        <translation>guardar una rutina en un archivo</translation>
    </message>
    <message>
        <source>merge another history, export or device log</source>
        <translation>combinar otro historial, exportación o registro de dispositivo</translation>
    </message>
    <message>
        <source>sync once with the settings&apos; sync folder</source>
        <translation>sincronizar una vez con la carpeta de sincronización de los ajustes</translation>
    </message>
    <message>
        <source>write a one- or two-page PDF for a physiotherapist</source>
        <translation>crear un PDF de una o dos páginas para fisioterapia</translation>
    </message>
    <message>
        <source>the last N days (28 unless told)</source>
        <translation>los últimos N días (28 si no se indica)</translation>
    </message>
    <message>
        <source>a name to print on the report (none unless given)</source>
        <translation>un nombre para el informe (ninguno si no se indica)</translation>
    </message>
    <message>
        <source>unknown routine &apos;{id}&apos; (known: {known})</source>
        <translation>rutina desconocida «{id}» (conocidas: {known})</translation>
    </message>
    <message>
        <source>--page only goes with --screenshot</source>
        <translation>--page solo va con --screenshot</translation>
    </message>
    <message>
        <source>--screenshot needs a file name ending in .png</source>
        <translation>--screenshot necesita un nombre de archivo terminado en .png</translation>
    </message>
    <message>
        <source>--background opens no window, so it does not go with --smoke or --screenshot</source>
        <translation>--background no abre ninguna ventana, así que no va con --smoke ni --screenshot</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Racha actual</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>Racha más larga</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>{done} of 1 set</source>
        <translation>{done} de 1 serie</translation>
    </message>
    <message>
        <source>{done} of {n} sets</source>
        <translation>{done} de {n} series</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>1 set</source>
        <translation>1 serie</translation>
    </message>
    <message>
        <source>{n} sets</source>
        <translation>{n} series</translation>
    </message>
    <message>
        <source>Practice days</source>
        <translation>Días de práctica</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Sets in all</source>
        <translation>Series en total</translation>
    </message>
    <message>
        <source>Minutes in all</source>
        <translation>Minutos en total</translation>
    </message>
    <message>
        <source>cannot export to {path}: the folder {folder} does not exist</source>
        <translation>no se puede exportar a {path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot export to {path}: it is a folder</source>
        <translation>no se puede exportar a {path}: es una carpeta</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>Exported {n} sessions to {path}</source>
        <translation>{n} sesiones exportadas a {path}</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>{path} cannot be read and written</source>
        <translation>{path} no se puede leer ni escribir</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be read and written.</source>
        <translation>La carpeta de datos {path} no se puede leer ni escribir.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be read.</source>
        <translation>La carpeta de datos {path} no se puede leer.</translation>
    </message>
    <message>
        <source>Cannot create the data folder {path}: {reason}.</source>
        <translation>No se puede crear la carpeta de datos {path}: {reason}.</translation>
    </message>
    <message>
        <source>The data folder {path} is a file, not a folder.</source>
        <translation>La carpeta de datos {path} es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>Cannot use the data folder {path}: {reason}.</source>
        <translation>No se puede usar la carpeta de datos {path}: {reason}.</translation>
    </message>
    <message>
        <source>Settle in and breathe</source>
        <translation>Acomódate y respira</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
    </message>
    <message>
        <source>{n} new sessions imported from {path}</source>
        <translation>{n} sesiones nuevas importadas de {path}</translation>
    </message>
    <message>
        <source>{n} updated</source>
        <translation>{n} actualizadas</translation>
    </message>
    <message>
        <source>{n} already here</source>
        <translation>{n} ya estaban</translation>
    </message>
    <message>
        <source>{n} invalid entries skipped</source>
        <translation>{n} entradas no válidas omitidas</translation>
    </message>
    <message>
        <source>Pelvic Floor Trainer is already running with the data folder {path}.</source>
        <translation>El Entrenador de suelo pélvico ya se está ejecutando con la carpeta de datos {path}.</translation>
    </message>
    <message>
        <source>Pelvic Floor Trainer is already running with the data folder {path} (process {pid}).</source>
        <translation>El Entrenador de suelo pélvico ya se está ejecutando con la carpeta de datos {path} (proceso {pid}).</translation>
    </message>
    <message>
        <source>Cannot open the lock file {path}: {reason}.</source>
        <translation>No se puede abrir el archivo de bloqueo {path}: {reason}.</translation>
    </message>
    <message>
        <source>The history was opened read-only.</source>
        <translation>El historial se abrió en modo de solo lectura.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written: your history is shown, but nothing is saved there.</source>
        <translation>No se puede escribir en la carpeta de datos {path}: se muestra tu historial, pero no se guarda nada allí.</translation>
    </message>
    <message>
        <source>1 session could not be saved ({reason}). It is kept while the app is open and saved as soon as the history can be written.</source>
        <translation>No se pudo guardar 1 sesión ({reason}). Se conserva mientras la aplicación esté abierta y se guardará en cuanto se pueda escribir el historial.</translation>
    </message>
    <message>
        <source>{n} sessions could not be saved ({reason}). They are kept while the app is open and saved as soon as the history can be written.</source>
        <translation>No se pudieron guardar {n} sesiones ({reason}). Se conservan mientras la aplicación esté abierta y se guardarán en cuanto se pueda escribir el historial.</translation>
    </message>
    <message>
        <source>1 session could not be saved ({reason}). It is kept in {path} and saved to your history as soon as it can be written.</source>
        <translation>No se pudo guardar 1 sesión ({reason}). Se conserva en {path} y se guardará en tu historial en cuanto se pueda escribir en él.</translation>
    </message>
    <message>
        <source>{n} sessions could not be saved ({reason}). They are kept in {path} and saved to your history as soon as it can be written.</source>
        <translation>No se pudieron guardar {n} sesiones ({reason}). Se conservan en {path} y se guardarán en tu historial en cuanto se pueda escribir en él.</translation>
    </message>
    <message>
        <source>Backups are off: {reason}. Your history still opens and saves; move that file away to have daily backups again.</source>
        <translation>Las copias de seguridad están desactivadas: {reason}. Tu historial se sigue abriendo y guardando; mueve ese archivo a otro sitio para volver a tener copias diarias.</translation>
    </message>
    <message>
        <source>{error} The default settings are used, and changes are not saved.</source>
        <translation>{error} Se usan los ajustes predeterminados y los cambios no se guardan.</translation>
    </message>
    <message>
        <source>Your settings file was damaged, so the default settings are used. The damaged file was kept as {corrupt}.</source>
        <translation>Tu archivo de ajustes estaba dañado, así que se usan los ajustes predeterminados. El archivo dañado se conservó como {corrupt}.</translation>
    </message>
    <message>
        <source>Your settings file is damaged, so the default settings are used for now.</source>
        <translation>Tu archivo de ajustes está dañado, así que por ahora se usan los ajustes predeterminados.</translation>
    </message>
    <message>
        <source>Some settings in settings.json were not understood and are left as they were: {names}. The usual values are used for them meanwhile.</source>
        <translation>Algunos ajustes de settings.json no se entendieron y se dejan como estaban: {names}. Mientras tanto se usan para ellos los valores habituales.</translation>
    </message>
    <message>
        <source>1 session that could not be saved earlier is now in your history.</source>
        <translation>1 sesión que no se pudo guardar antes ya está en tu historial.</translation>
    </message>
    <message>
        <source>{n} sessions that could not be saved earlier are now in your history.</source>
        <translation>{n} sesiones que no se pudieron guardar antes ya están en tu historial.</translation>
    </message>
    <message>
        <source>1 session is waiting in {path} to be saved to your history.</source>
        <translation>1 sesión está esperando en {path} para guardarse en tu historial.</translation>
    </message>
    <message>
        <source>{n} sessions are waiting in {path} to be saved to your history.</source>
        <translation>{n} sesiones están esperando en {path} para guardarse en tu historial.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date like 2026-03-29</source>
        <translation>«{text}» no es una fecha como 2026-03-29</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of days from 1 to {most}</source>
        <translation>«{text}» no es un número de días entre 1 y {most}</translation>
    </message>
    <message>
        <source>--from and --to go together</source>
        <translation>--from y --to van juntos</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to es anterior a --from</translation>
    </message>
    <message>
        <source>a report covers at most {most} days</source>
        <translation>un informe abarca como máximo {most} días</translation>
    </message>
    <message>
        <source>Today: {title} instead</source>
        <translation>Hoy: {title} en su lugar</translation>
    </message>
    <message>
        <source>Today: {title}</source>
        <translation>Hoy: {title}</translation>
    </message>
    <message>
        <source>Today: hold {hold} s, your own choice (the programme suggests {suggested} s)</source>
        <translation>Hoy: mantén {hold} s, tu propia elección (el programa sugiere {suggested} s)</translation>
    </message>
    <message>
        <source>Today: hold {hold} s</source>
        <translation>Hoy: mantén {hold} s</translation>
    </message>
    <message>
        <source>{done} of {n} set done</source>
        <translation>{done} de {n} serie hecha</translation>
    </message>
    <message>
        <source>{done} of {n} sets done</source>
        <translation>{done} de {n} series hechas</translation>
    </message>
    <message>
        <source>eased off after discomfort; next time, hold {hold} s</source>
        <translation>se ha suavizado tras una molestia; la próxima vez, mantén {hold} s</translation>
    </message>
    <message>
        <source>eased off after discomfort</source>
        <translation>se ha suavizado tras una molestia</translation>
    </message>
    <message>
        <source>stepped up after comfortable sessions</source>
        <translation>se ha aumentado tras sesiones cómodas</translation>
    </message>
    <message>
        <source>starting gently</source>
        <translation>empezando con suavidad</translation>
    </message>
    <message>
        <source>staying at this hold for one more session</source>
        <translation>se mantiene esta duración una sesión más</translation>
    </message>
    <message>
        <source>staying at this hold for {n} more sessions</source>
        <translation>se mantiene esta duración {n} sesiones más</translation>
    </message>
    <message>
        <source>the longest hold in the programme</source>
        <translation>la duración más larga del programa</translation>
    </message>
    <message>
        <source>keep going while it feels easy</source>
        <translation>sigue mientras te resulte fácil</translation>
    </message>
    <message>
        <source>repeat once</source>
        <translation>repite una vez</translation>
    </message>
    <message>
        <source>repeat {n} times</source>
        <translation>repite {n} veces</translation>
    </message>
    <message>
        <source>1 set a day</source>
        <translation>1 serie al día</translation>
    </message>
    <message>
        <source>{n} sets a day</source>
        <translation>{n} series al día</translation>
    </message>
    <message>
        <source>Hold {hold} s, rest {rest} s, {reps}, {sets}</source>
        <translation>Mantén {hold} s, descansa {rest} s, {reps}, {sets}</translation>
    </message>
    <message>
        <source>1 slow breath</source>
        <translation>1 respiración lenta</translation>
    </message>
    <message>
        <source>{n} slow breaths</source>
        <translation>{n} respiraciones lentas</translation>
    </message>
    <message>
        <source>{breaths} of {cycle} s each, {sets}</source>
        <translation>{breaths} de {cycle} s cada una, {sets}</translation>
    </message>
    <message>
        <source>{cycle} s each time, {reps}, {sets}</source>
        <translation>{cycle} s cada vez, {reps}, {sets}</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>is not valid JSON ({reason})</source>
        <translation>no es un JSON válido ({reason})</translation>
    </message>
    <message>
        <source>unknown format {format}</source>
        <translation>formato desconocido {format}</translation>
    </message>
    <message>
        <source>needs at least one track</source>
        <translation>necesita al menos una pista</translation>
    </message>
    <message>
        <source>must be &apos;hold-drop&apos; or &apos;hold-squeeze&apos;, once each</source>
        <translation>debe ser «hold-drop» o «hold-squeeze», una vez cada uno</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>has the wrong type</source>
        <translation>tiene un tipo incorrecto</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>under {high}</source>
        <translation>menor que {high}</translation>
    </message>
    <message>
        <source>at most {high}</source>
        <translation>como máximo {high}</translation>
    </message>
    <message>
        <source>must be a number from {low}, {limit}</source>
        <translation>debe ser un número desde {low}, {limit}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation>debe ser un número entero entre {low} y {high}</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>No se puede leer {path}: {reason}.</translation>
    </message>
    <message>
        <source>it is a link to {target}, which does not exist</source>
        <translation>es un enlace a {target}, que no existe</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, a device or a socket)</source>
        <translation>no es un archivo normal (una tubería, un dispositivo o un socket)</translation>
    </message>
    <message>
        <source>it is larger than {mib} MiB</source>
        <translation>ocupa más de {mib} MiB</translation>
    </message>
    <message>
        <source>sets done</source>
        <translation>series hechas</translation>
    </message>
    <message>
        <source>reps planned</source>
        <translation>repeticiones previstas</translation>
    </message>
    <message>
        <source>reps done</source>
        <translation>repeticiones hechas</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>hold length</source>
        <translation>duración del mantenimiento</translation>
    </message>
    <message>
        <source>self-timed holds</source>
        <translation>mantenimientos a tu ritmo</translation>
    </message>
    <message>
        <source>{error} Nothing is written to it; move it away to start a history there.</source>
        <translation>{error} No se escribe nada en él; muévelo a otro sitio para empezar ahí un historial.</translation>
    </message>
    <message>
        <source>The history was written by a newer version of Pelvic Floor Trainer and cannot be changed.</source>
        <translation>El historial lo escribió una versión más reciente del Entrenador de suelo pélvico y no se puede modificar.</translation>
    </message>
    <message>
        <source>Your history was written by a newer version of Pelvic Floor Trainer (format {version}). It is open read-only: new sessions and settings changes will not be saved.</source>
        <translation>Tu historial lo escribió una versión más reciente del Entrenador de suelo pélvico (formato {version}). Está abierto en modo de solo lectura: no se guardarán las sesiones nuevas ni los cambios de ajustes.</translation>
    </message>
    <message>
        <source>1 session in your history holds a value no session can have ({fields}). It is kept in the file exactly as it is, and left out of your progress and statistics.</source>
        <translation>1 sesión de tu historial contiene un valor que ninguna sesión puede tener ({fields}). Se conserva en el archivo tal como está y queda fuera de tu progreso y tus estadísticas.</translation>
    </message>
    <message>
        <source>{n} sessions in your history hold a value no session can have ({fields}). They are kept in the file exactly as they are, and left out of your progress and statistics.</source>
        <translation>{n} sesiones de tu historial contienen un valor que ninguna sesión puede tener ({fields}). Se conservan en el archivo tal como están y quedan fuera de tu progreso y tus estadísticas.</translation>
    </message>
    <message>
        <source>Your history was updated from format {old} to format {new}. The previous file was backed up as {backup}.</source>
        <translation>Tu historial se actualizó del formato {old} al formato {new}. El archivo anterior se guardó como {backup}.</translation>
    </message>
    <message>
        <source>Your history is in an older format; it will be updated when the app opens it.</source>
        <translation>Tu historial tiene un formato antiguo; se actualizará cuando la aplicación lo abra.</translation>
    </message>
    <message>
        <source>Your history file is damaged; the app will restore a backup when it opens it.</source>
        <translation>Tu archivo de historial está dañado; la aplicación restaurará una copia de seguridad al abrirlo.</translation>
    </message>
    <message>
        <source>Your history file was damaged and no usable backup was found. It was kept as {corrupt}; a new history starts with your next session.</source>
        <translation>Tu archivo de historial estaba dañado y no se encontró ninguna copia de seguridad utilizable. Se conservó como {corrupt}; con tu próxima sesión empieza un historial nuevo.</translation>
    </message>
    <message>
        <source>Your history file was damaged. It was kept as {corrupt}, and the backup from {day} was restored; sessions recorded after that backup are only in the damaged file.</source>
        <translation>Tu archivo de historial estaba dañado. Se conservó como {corrupt} y se restauró la copia del {day}; las sesiones registradas después de esa copia solo están en el archivo dañado.</translation>
    </message>
    <message>
        <source>Your history file was missing after a repair was cut short; the backup from {day} was restored. The damaged file is still kept beside it.</source>
        <translation>Tu archivo de historial faltaba tras una reparación interrumpida; se restauró la copia del {day}. El archivo dañado se sigue conservando al lado.</translation>
    </message>
    <message>
        <source>It is shown as it will be; this reading command changed nothing on disk.</source>
        <translation>Se muestra como quedará; esta orden de lectura no cambió nada en el disco.</translation>
    </message>
    <message>
        <source>It is shown as it will be, but nothing was changed on disk: another window has the data folder open, or it cannot be written.</source>
        <translation>Se muestra como quedará, pero no se cambió nada en el disco: otra ventana tiene abierta la carpeta de datos o no se puede escribir en ella.</translation>
    </message>
    <message>
        <source>Time for a short breathing break</source>
        <comment>reminders</comment>
        <translation>Hora de una breve pausa para respirar</translation>
    </message>
    <message>
        <source>Time for your pelvic floor relaxation</source>
        <comment>reminders</comment>
        <translation>Hora de relajar tu suelo pélvico</translation>
    </message>
    <message>
        <source>{count} set to go today</source>
        <comment>reminders</comment>
        <translation>Hoy te queda {count} serie</translation>
    </message>
    <message>
        <source>{count} sets to go today</source>
        <comment>reminders</comment>
        <translation>Hoy te quedan {count} series</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>must be a positive number of seconds</source>
        <translation>debe ser un número positivo de segundos</translation>
    </message>
    <message>
        <source>is longer than 10 minutes</source>
        <translation>dura más de 10 minutos</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to {maximum}</source>
        <translation>debe ser un número entero entre 1 y {maximum}</translation>
    </message>
    <message>
        <source>must be one of: {choices}</source>
        <translation>debe ser uno de: {choices}</translation>
    </message>
    <message>
        <source>needs at least one block</source>
        <translation>necesita al menos un bloque</translation>
    </message>
    <message>
        <source>has more than {n} blocks</source>
        <translation>tiene más de {n} bloques</translation>
    </message>
    <message>
        <source>may hold only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>solo puede contener letras, dígitos, «-», «_» y «.»</translation>
    </message>
    <message>
        <source>make a session longer than 2 hours ({minutes:.0f} minutes)</source>
        <translation>darían una sesión de más de 2 horas ({minutes:.0f} minutos)</translation>
    </message>
    <message>
        <source>make more than {n} reps in a session</source>
        <translation>darían más de {n} repeticiones en una sesión</translation>
    </message>
    <message>
        <source>make more than {n} phases in a session</source>
        <translation>darían más de {n} fases en una sesión</translation>
    </message>
    <message>
        <source>needs at least one phase</source>
        <translation>necesita al menos una fase</translation>
    </message>
    <message>
        <source>has more than {n} phases</source>
        <translation>tiene más de {n} fases</translation>
    </message>
    <message>
        <source>unknown phase &apos;{phase}&apos;</source>
        <translation>fase desconocida «{phase}»</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>is larger than {kib} KiB</source>
        <translation>ocupa más de {kib} KiB</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by another routine</source>
        <translation>«{id}» ya lo usa otra rutina</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} no existe</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>no se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a regular file</source>
        <translation>{path} no es un archivo normal</translation>
    </message>
    <message>
        <source>{path} is too big to be a history (over {most} MB)</source>
        <translation>{path} es demasiado grande para ser un historial (más de {most} MB)</translation>
    </message>
    <message>
        <source>{path} is too big to be a history</source>
        <translation>{path} es demasiado grande para ser un historial</translation>
    </message>
    <message>
        <source>{path} is not a history, an export or a device log</source>
        <translation>{path} no es un historial, ni una exportación, ni un registro de dispositivo</translation>
    </message>
    <message>
        <source>none of the {n} sessions in {path} is valid</source>
        <translation>ninguna de las {n} sesiones de {path} es válida</translation>
    </message>
    <message>
        <source>{path} holds no sessions</source>
        <translation>{path} no contiene sesiones</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Pelvic Floor Trainer</source>
        <translation>{path} lo escribió una versión más reciente del Entrenador de suelo pélvico</translation>
    </message>
    <message>
        <source>Backups are off: {reason}. Your history still saves.</source>
        <translation>Las copias de seguridad están desactivadas: {reason}. Tu historial se sigue guardando.</translation>
    </message>
    <message>
        <source>The sync folder {folder} is inside the data folder {data}; choose a folder of its own.</source>
        <translation>La carpeta de sincronización {folder} está dentro de la carpeta de datos {data}; elige una carpeta propia.</translation>
    </message>
    <message>
        <source>The data folder {data} is inside the sync folder {folder}; choose a folder outside it.</source>
        <translation>La carpeta de datos {data} está dentro de la carpeta de sincronización {folder}; elige una carpeta fuera de ella.</translation>
    </message>
    <message>
        <source>No sync folder is set.</source>
        <translation>No hay ninguna carpeta de sincronización configurada.</translation>
    </message>
    <message>
        <source>The history is read-only, so it cannot be synced.</source>
        <translation>El historial es de solo lectura, así que no se puede sincronizar.</translation>
    </message>
    <message>
        <source>The sync folder {folder} is not there; syncing waits until it is back.</source>
        <translation>La carpeta de sincronización {folder} no está; la sincronización espera a que vuelva.</translation>
    </message>
    <message>
        <source>The sync folder {folder} is empty (is its drive mounted?); syncing waits. Create {shared} to start it there.</source>
        <translation>La carpeta de sincronización {folder} está vacía (¿está montada su unidad?); la sincronización espera. Crea {shared} para empezar allí.</translation>
    </message>
    <message>
        <source>Cannot use the sync folder {folder}: {reason}.</source>
        <translation>No se puede usar la carpeta de sincronización {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Synced: {new} new, {updated} updated, {published} shared from this device.</source>
        <translation>Sincronizado: {new} nuevas, {updated} actualizadas, {published} compartidas desde este dispositivo.</translation>
    </message>
    <message>
        <source>Skipped a log in the sync folder: {reason}.</source>
        <translation>Se omitió un registro de la carpeta de sincronización: {reason}.</translation>
    </message>
    <message>
        <source>Skipped {n} damaged lines in {name}; the rest of it was read.</source>
        <translation>Se omitieron {n} líneas dañadas de {name}; el resto se leyó.</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is the id of a built-in routine; give this routine another id</source>
        <translation>«{id}» es el id de una rutina incluida; dale otro id a esta rutina</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already the id of another of your routines</source>
        <translation>«{id}» ya es el id de otra de tus rutinas</translation>
    </message>
    <message>
        <source>built-in routines cannot be changed; duplicate it instead</source>
        <translation>las rutinas incluidas no se pueden cambiar; duplícala en su lugar</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is a built-in routine and cannot be deleted</source>
        <translation>«{id}» es una rutina incluida y no se puede eliminar</translation>
    </message>
    <message>
        <source>cannot delete {path}: {reason}</source>
        <translation>no se puede eliminar {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} already exists and holds another routine</source>
        <translation>{path} ya existe y contiene otra rutina</translation>
    </message>
    <message>
        <source>there is no routine &apos;{id}&apos; (known: {known})</source>
        <translation>no hay ninguna rutina «{id}» (conocidas: {known})</translation>
    </message>
    <message>
        <source>Imported &apos;{id}&apos; to {path}</source>
        <translation>«{id}» importada en {path}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already there, unchanged ({path})</source>
        <translation>«{id}» ya está, sin cambios ({path})</translation>
    </message>
    <message>
        <source>Exported &apos;{id}&apos; to {path}</source>
        <translation>«{id}» exportada a {path}</translation>
    </message>
    <message>
        <source>{reason} Close it, or use its menu, and try again.</source>
        <translation>{reason} Ciérrala, o usa su menú, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>cannot save the history: {reason}</source>
        <translation>no se puede guardar el historial: {reason}</translation>
    </message>
    <message>
        <source>no sync folder is set: choose one in the app&apos;s settings, or set &quot;sync_folder&quot; in {path}</source>
        <translation>no hay ninguna carpeta de sincronización: elige una en los ajustes de la aplicación o define &quot;sync_folder&quot; en {path}</translation>
    </message>
    <message>
        <source>{n} conflict copies were merged and moved to {folder}.</source>
        <translation>{n} copias en conflicto se combinaron y se movieron a {folder}.</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>no se puede escribir {path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder</source>
        <translation>no se puede escribir {path}: es una carpeta</translation>
    </message>
    <message>
        <source>Wrote a {pages}-page report for {start} to {end} to {path}</source>
        <translation>Informe de {pages} página(s) del {start} al {end} guardado en {path}</translation>
    </message>
    <message>
        <source>cannot write the screenshot to {path}</source>
        <translation>no se puede guardar la captura en {path}</translation>
    </message>
    <message>
        <source>Choose a routine to begin</source>
        <translation>Elige una rutina para empezar</translation>
    </message>
    <message>
        <source>Press Space to begin</source>
        <translation>Pulsa Espacio para empezar</translation>
    </message>
    <message>
        <source>About {time}</source>
        <translation>Unos {time}</translation>
    </message>
    <message>
        <source>Take a moment before you get up.</source>
        <translation>Tómate un momento antes de levantarte.</translation>
    </message>
    <message>
        <source>Rest now</source>
        <translation>Descansa ahora</translation>
    </message>
    <message>
        <source>When you are ready, the breathing drop is a gentle way back.</source>
        <translation>Cuando quieras, el descenso con la respiración es una forma suave de retomar la práctica.</translation>
    </message>
    <message>
        <source>Rest now. Press Space to start again.</source>
        <translation>Descansa ahora. Pulsa Espacio para empezar de nuevo.</translation>
    </message>
    <message>
        <source>Press Space to carry on</source>
        <translation>Pulsa Espacio para continuar</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Between sets</source>
        <translation>Entre series</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{start} to {end} ({days} days)</source>
        <translation>Del {start} al {end} ({days} días)</translation>
    </message>
    <message>
        <source>Pelvic-floor practice report</source>
        <translation>Informe de práctica del suelo pélvico</translation>
    </message>
    <message>
        <source>For: {name}</source>
        <translation>Para: {name}</translation>
    </message>
    <message>
        <source>Made with Pelvic Floor Trainer on {day}.</source>
        <translation>Creado con el Entrenador de suelo pélvico el {day}.</translation>
    </message>
    <message>
        <source>These figures are what the person recorded in the app themselves; they are not a diagnosis.</source>
        <translation>Estas cifras son las que la propia persona registró en la aplicación; no son un diagnóstico.</translation>
    </message>
    <message>
        <source>{reps} reps × {sets} set(s) a session</source>
        <translation>{reps} repeticiones × {sets} serie(s) por sesión</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>{title}: {n} sessions</source>
        <translation>{title}: {n} sesiones</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>ninguna sesión</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>{done} of {planned} planned reps done ({share})</source>
        <translation>{done} de {planned} repeticiones previstas hechas ({share})</translation>
    </message>
    <message>
        <source>Sets a day</source>
        <translation>Series al día</translation>
    </message>
    <message>
        <source>{sets} sets in {days} days; target met on {met} of them</source>
        <translation>{sets} series en {days} días; objetivo cumplido en {met} de ellos</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>{n} of {days} days ({minutes:.0f} minutes in all)</source>
        <translation>{n} de {days} días ({minutes:.0f} minutos en total)</translation>
    </message>
    <message>
        <source>Prescribed (as set now)</source>
        <translation>Pautado (según los ajustes actuales)</translation>
    </message>
    <message>
        <source>Done in this period</source>
        <translation>Hecho en este periodo</translation>
    </message>
    <message>
        <source>Prescription and practice</source>
        <translation>Pauta y práctica</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Mes a mes</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Semana a semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Sets (target)</source>
        <translation>Series (objetivo)</translation>
    </message>
    <message>
        <source>Days at target</source>
        <translation>Días con el objetivo cumplido</translation>
    </message>
    <message>
        <source>Hold set</source>
        <translation>Mantenimiento fijado</translation>
    </message>
    <message>
        <source>Self-timed holds: average, longest</source>
        <translation>Mantenimientos a tu ritmo: media, el más largo</translation>
    </message>
    <message>
        <source>Discomfort and stops</source>
        <translation>Molestias y paradas</translation>
    </message>
    <message>
        <source>{rating}/10: {n} sessions</source>
        <translation>{rating}/10: {n} sesiones</translation>
    </message>
    <message>
        <source>Discomfort ratings given after sessions: {counts}.</source>
        <translation>Molestias indicadas tras las sesiones: {counts}.</translation>
    </message>
    <message>
        <source>No discomfort ratings were given.</source>
        <translation>No se indicó ninguna molestia.</translation>
    </message>
    <message>
        <source>No session was stopped early or rated above 0.</source>
        <translation>Ninguna sesión se paró antes de tiempo ni se valoró por encima de 0.</translation>
    </message>
    <message>
        <source>… {n} earlier stops and ratings are in the app.</source>
        <translation>… {n} paradas y valoraciones anteriores están en la aplicación.</translation>
    </message>
    <message>
        <source>stopped early after {done} of {planned} reps</source>
        <translation>parada antes de tiempo tras {done} de {planned} repeticiones</translation>
    </message>
    <message>
        <source>stopped for discomfort after {done} of {planned} reps</source>
        <translation>parada por molestia tras {done} de {planned} repeticiones</translation>
    </message>
    <message>
        <source>completed {done} of {planned} reps</source>
        <translation>{done} de {planned} repeticiones completadas</translation>
    </message>
    <message>
        <source>discomfort {rating}/10; {what}</source>
        <translation>molestia {rating}/10; {what}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>No hay notas en este periodo.</translation>
    </message>
    <message>
        <source>… {n} earlier notes are in the app.</source>
        <translation>… {n} notas anteriores están en la aplicación.</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <source>Breathe softly</source>
        <translation>Respira con suavidad</translation>
    </message>
    <message>
        <source>Breathe evenly</source>
        <translation>Respira de forma regular</translation>
    </message>
    <message>
        <source>Breathe freely</source>
        <translation>Respira libremente</translation>
    </message>
    <message>
        <source>Breathing in</source>
        <translation>Inspirando</translation>
    </message>
    <message>
        <source>Breathing out</source>
        <translation>Espirando</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Descenso</translation>
    </message>
    <message>
        <source>Hold the drop</source>
        <translation>Mantén el descenso</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Vuelta</translation>
    </message>
    <message>
        <source>Squeeze</source>
        <translation>Contrae</translation>
    </message>
    <message>
        <source>Hold the squeeze</source>
        <translation>Mantén la contracción</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Suelta</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
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
        <translation>Repetición {rep} de {reps}</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Serie {set} de {sets}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
    <message>
        <source>Get ready. {cue}</source>
        <translation>Prepárate. {cue}</translation>
    </message>
    <message>
        <source>Paused while you were away</source>
        <translation>En pausa mientras no estabas</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bien hecho</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sesión parada</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>About Breathing Trainer</source>
        <translation>Acerca del Entrenador de respiración</translation>
    </message>
    <message>
        <source>About Pelvic Floor Trainer</source>
        <translation>Acerca del Entrenador de suelo pélvico</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Reverse Kegels (letting go)</source>
        <translation>Kegel inverso (soltar)</translation>
    </message>
    <message>
        <source>Breathing only</source>
        <translation>Solo respiración</translation>
    </message>
    <message>
        <source>Kegels (squeezing)</source>
        <translation>Kegel (contraer)</translation>
    </message>
    <message>
        <source>Both, combined</source>
        <translation>Ambos, combinados</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <source>Get ready for</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Cómo hacerlo</translation>
    </message>
    <message>
        <source>One instruction a line</source>
        <translation>Una indicación por línea</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>Añadir bloque</translation>
    </message>
    <message>
        <source>Lying</source>
        <translation>Tumbado</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloques</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Practice calendar</source>
        <translation>Calendario de práctica</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>App icon</source>
        <translation>Icono de la aplicación</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>A calm companion for reverse Kegels: relaxing and lowering the pelvic floor in time with the breath, with Kegel and breath-only routines beside them.</source>
        <translation>Un compañero tranquilo para el Kegel inverso: relajar y descender el suelo pélvico al ritmo de la respiración, junto con rutinas de Kegel y de solo respiración.</translation>
    </message>
    <message>
        <source>Your practice history stays on this computer. Nothing is sent anywhere.</source>
        <translation>Tu historial de práctica se queda en este ordenador. No se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <source>General information for practice, not medical advice.</source>
        <translation>Información general para practicar, no consejo médico.</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Carpeta de datos: {path}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. Made with Qt {qt} and PySide6 {pyside}.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior. Hecho con Qt {qt} y PySide6 {pyside}.</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir carpeta de datos</translation>
    </message>
    <message>
        <source>Open the data folder in the file manager</source>
        <translation>Abrir la carpeta de datos en el gestor de archivos</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <source>Your choice could not be saved: {reason}</source>
        <translation>No se pudo guardar tu elección: {reason}</translation>
    </message>
    <message>
        <source>Your settings could not be saved: {reason}</source>
        <translation>No se pudieron guardar tus ajustes: {reason}</translation>
    </message>
    <message>
        <source>This session could not be saved: the history was written by a newer version of the app, so this one only reads it.</source>
        <translation>No se pudo guardar esta sesión: el historial lo escribió una versión más reciente de la aplicación, así que esta solo lo lee.</translation>
    </message>
    <message>
        <source>This session could not be saved: {reason}</source>
        <translation>No se pudo guardar esta sesión: {reason}</translation>
    </message>
    <message>
        <source>Your feedback could not be saved: {reason}</source>
        <translation>No se pudo guardar tu valoración: {reason}</translation>
    </message>
    <message>
        <source>Your change to the history could not be saved: {reason}</source>
        <translation>No se pudo guardar tu cambio en el historial: {reason}</translation>
    </message>
    <message>
        <source>Kept for now while the app is open; it will be written to your history as soon as the disk allows.</source>
        <translation>Se conserva por ahora mientras la aplicación esté abierta; se escribirá en tu historial en cuanto el disco lo permita.</translation>
    </message>
    <message>
        <source>Saved for now in {path}; it will be written to your history as soon as the disk allows.</source>
        <translation>Se ha guardado por ahora en {path}; se escribirá en tu historial en cuanto el disco lo permita.</translation>
    </message>
    <message>
        <source>Your history was written by a newer version of the app, so this one only reads it and cannot import into it.</source>
        <translation>Tu historial lo escribió una versión más reciente de la aplicación, así que esta solo lo lee y no puede importar nada en él.</translation>
    </message>
    <message>
        <source>Your history could not be saved: {reason}</source>
        <translation>No se pudo guardar tu historial: {reason}</translation>
    </message>
    <message>
        <source>No sync folder is set.</source>
        <translation>No hay ninguna carpeta de sincronización configurada.</translation>
    </message>
    <message>
        <source>The synced sessions could not be saved: {reason}</source>
        <translation>No se pudieron guardar las sesiones sincronizadas: {reason}</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <source>Repeat the steps</source>
        <translation>Repetir los pasos</translation>
    </message>
    <message>
        <source> times</source>
        <translation> veces</translation>
    </message>
    <message>
        <source>Remove block</source>
        <translation>Quitar bloque</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <source>Grows</source>
        <translation>Aumenta</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Block {n}</source>
        <translation>Bloque {n}</translation>
    </message>
    <message>
        <source>Block {n}: times to repeat</source>
        <translation>Bloque {n}: veces que se repite</translation>
    </message>
    <message>
        <source>Remove block {n}</source>
        <translation>Quitar el bloque {n}</translation>
    </message>
    <message>
        <source>Add a step to block {n}</source>
        <translation>Añadir un paso al bloque {n}</translation>
    </message>
    <message>
        <source>Block {block}, step {step}: phase</source>
        <translation>Bloque {block}, paso {step}: fase</translation>
    </message>
    <message>
        <source>Block {block}, step {step}: seconds</source>
        <translation>Bloque {block}, paso {step}: segundos</translation>
    </message>
    <message>
        <source>Block {block}, step {step}: cue</source>
        <translation>Bloque {block}, paso {step}: indicación</translation>
    </message>
    <message>
        <source>Block {block}, step {step}: the hold grows as you progress</source>
        <translation>Bloque {block}, paso {step}: el mantenimiento aumenta a medida que avanzas</translation>
    </message>
    <message>
        <source>Move step {step} up</source>
        <translation>Subir el paso {step}</translation>
    </message>
    <message>
        <source>Move step {step} down</source>
        <translation>Bajar el paso {step}</translation>
    </message>
    <message>
        <source>Remove step {step}</source>
        <translation>Quitar el paso {step}</translation>
    </message>
    <message>
        <source>Times to repeat</source>
        <translation>Veces que se repite</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>indicación</translation>
    </message>
    <message>
        <source>grows</source>
        <translation>aumenta</translation>
    </message>
    <message>
        <source>Step {step}, {part}</source>
        <translation>Paso {step}, {part}</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <source>%1: no practice</source>
        <translation>%1: sin práctica</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with practice in the last year</source>
        <translation>
            <numerusform>%n día con práctica en el último año</numerusform>
            <numerusform>%n días con práctica en el último año</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n set(s)</source>
        <translation>
            <numerusform>%1: %n serie</numerusform>
            <numerusform>%1: %n series</numerusform>
        </translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
</context>
<context>
    <name>Companion</name>
    <message>
        <source>Start at login could not be changed: {error}</source>
        <translation>No se pudo cambiar el inicio automático al iniciar sesión: {error}</translation>
    </message>
</context>
<context>
    <name>DBusNotifier</name>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Posponer 10 min</translation>
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
        <translation>Aquí aparecerá tu práctica</translation>
    </message>
    <message>
        <source>After your first session you will find your streak, your sets for each day and a calendar of the days you practised. A few unhurried minutes a day is all it takes.</source>
        <translation>Tras tu primera sesión encontrarás aquí tu racha, tus series de cada día y un calendario de los días en que practicaste. Bastan unos minutos tranquilos al día.</translation>
    </message>
    <message>
        <source>Your history stays on this computer.</source>
        <translation>Tu historial se queda en este ordenador.</translation>
    </message>
    <message>
        <source>Go to Train</source>
        <translation>Ir a Practicar</translation>
    </message>
    <message>
        <source>Go to the Train page</source>
        <translation>Ir a la página Practicar</translation>
    </message>
    <message>
        <source>No practice yet</source>
        <translation>Aún no hay práctica</translation>
    </message>
</context>
<context>
    <name>FeedbackEditor</name>
    <message>
        <source>Rating and note</source>
        <translation>Valoración y nota</translation>
    </message>
    <message>
        <source>{routine}, {day}</source>
        <translation>{routine}, {day}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Discomfort from 0 to 10, optional</source>
        <translation>Molestia de 0 a 10, opcional</translation>
    </message>
    <message>
        <source>0 means none at all, 10 the worst you can imagine.</source>
        <translation>0 significa ninguna, 10 la peor que puedas imaginar.</translation>
    </message>
    <message>
        <source>Optional, for you or your therapist</source>
        <translation>Opcional, para ti o tu terapeuta</translation>
    </message>
    <message>
        <source>Note about this session, optional</source>
        <translation>Nota sobre esta sesión, opcional</translation>
    </message>
    <message>
        <source>Discomfort (0–10):</source>
        <translation>Molestia (0–10):</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>FigurePreview</name>
    <message>
        <source>Preview of the figure</source>
        <translation>Vista previa de la figura</translation>
    </message>
    <message>
        <source>Play one rep</source>
        <translation>Reproducir una repetición</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
</context>
<context>
    <name>FolderPathDialog</name>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>No file manager answered, so the folder could not be opened. It is here:</source>
        <translation>Ningún gestor de archivos respondió, así que no se pudo abrir la carpeta. Está aquí:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the folder&apos;s path</source>
        <translation>Copiar la ruta de la carpeta</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>How to practise</source>
        <translation>Cómo practicar</translation>
    </message>
    <message>
        <source>Technique guide</source>
        <translation>Guía de la técnica</translation>
    </message>
    <message>
        <source>Safety notice…</source>
        <translation>Aviso de seguridad…</translation>
    </message>
    <message>
        <source>Show the safety notice</source>
        <translation>Mostrar el aviso de seguridad</translation>
    </message>
    <message>
        <source>What a reverse Kegel is</source>
        <translation>Qué es un Kegel inverso</translation>
    </message>
    <message>
        <source>The pelvic floor is a hammock of muscles at the base of the pelvis. A Kegel squeezes and lifts it; a reverse Kegel does the opposite: it lets the muscles relax, lengthen and lower. Healthy muscles need both, and for a floor that is often tight, letting go is the skill to learn.</source>
        <translation>El suelo pélvico es una hamaca de músculos en la base de la pelvis. Un Kegel lo contrae y lo eleva; un Kegel inverso hace lo contrario: deja que los músculos se relajen, se alarguen y desciendan. Los músculos sanos necesitan ambas cosas, y cuando el suelo pélvico suele estar tenso, soltar es la habilidad que hay que aprender.</translation>
    </message>
    <message>
        <source>The breath leads</source>
        <translation>La respiración guía</translation>
    </message>
    <message>
        <source>The diaphragm and the pelvic floor move together, like a piston. As you breathe in, the diaphragm moves down and the floor softens and drops. As you breathe out, both rise gently again.</source>
        <translation>El diafragma y el suelo pélvico se mueven juntos, como un pistón. Al inspirar, el diafragma baja y el suelo pélvico se ablanda y desciende. Al espirar, ambos vuelven a subir suavemente.</translation>
    </message>
    <message>
        <source>The drop is passive. Let it happen; never push or bear down. Some therapists cue the release on the out-breath instead: you can switch this in Settings.</source>
        <translation>El descenso es pasivo. Deja que ocurra; nunca empujes ni hagas fuerza hacia abajo. Algunos terapeutas guían la relajación al espirar: puedes cambiarlo en Ajustes.</translation>
    </message>
    <message>
        <source>Lie on your back with your knees bent, sit upright, or stand; one hand on your belly helps keep the breath low.</source>
        <translation>Túmbate boca arriba con las rodillas flexionadas, siéntate erguido o ponte de pie; una mano sobre el vientre ayuda a mantener la respiración baja.</translation>
    </message>
    <message>
        <source>Breathe in slowly through your nose and let your belly rise. Let the muscles around the back passage soften; feel the space between pubic bone and tailbone grow and the sit bones widen.</source>
        <translation>Inspira despacio por la nariz y deja que el vientre se eleve. Deja que los músculos alrededor del ano se ablanden; siente cómo crece el espacio entre el pubis y el coxis y cómo se separan los isquiones.</translation>
    </message>
    <message>
        <source>Stay soft for the hold, breathing gently. Then breathe out and let the floor return on its own, without squeezing. Belly, buttocks and inner thighs stay relaxed.</source>
        <translation>Mantén la relajación durante la pausa, respirando con suavidad. Luego espira y deja que el suelo pélvico vuelva por sí solo, sin apretar. Vientre, glúteos y cara interna de los muslos siguen relajados.</translation>
    </message>
    <message>
        <source>How much, and how to progress</source>
        <translation>Cuánto, y cómo avanzar</translation>
    </message>
    <message>
        <source>Start with holds of about five seconds and around three sets of ten a day, spread out. Rest at least as long as you hold.</source>
        <translation>Empieza manteniendo unos cinco segundos y con unas tres series de diez al día, repartidas. Descansa al menos tanto tiempo como mantienes.</translation>
    </message>
    <message>
        <source>When it feels easy and comfortable, lengthen the hold toward ten seconds first, then add repetitions, then sets; move from lying to sitting to standing. Keep the daily total well under fifteen minutes.</source>
        <translation>Cuando te resulte fácil y cómodo, alarga primero el mantenimiento hacia diez segundos, luego añade repeticiones y después series; pasa de tumbado a sentado y a de pie. Mantén el total diario muy por debajo de quince minutos.</translation>
    </message>
    <message>
        <source>Change takes weeks to months. Little and often matters more than long sessions.</source>
        <translation>El cambio lleva de semanas a meses. Poco y a menudo importa más que sesiones largas.</translation>
    </message>
    <message>
        <source>Using the trainer</source>
        <translation>Cómo usar el entrenador</translation>
    </message>
    <message>
        <source>Choose a routine on the Train page and follow the figure and the cues. The Progress page shows your streak and sets per day. Ctrl+1 and Ctrl+2 switch between them.</source>
        <translation>Elige una rutina en la página Practicar y sigue la figura y las indicaciones. La página Progreso muestra tu racha y tus series por día. Ctrl+1 y Ctrl+2 cambian entre ellas.</translation>
    </message>
    <message>
        <source>Stay safe</source>
        <translation>Cuídate</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>Your sessions, newest first</source>
        <translation>Tus sesiones, las más recientes primero</translation>
    </message>
    <message>
        <source>Edit rating and note…</source>
        <translation>Editar valoración y nota…</translation>
    </message>
    <message>
        <source>Change the selected session&apos;s discomfort rating and note (Enter)</source>
        <translation>Cambiar la valoración de molestia y la nota de la sesión seleccionada (Intro)</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Quitar sesión</translation>
    </message>
    <message>
        <source>Remove the selected session if it was recorded by mistake (Delete)</source>
        <translation>Quitar la sesión seleccionada si se registró por error (Supr)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Bring back the session just removed</source>
        <translation>Recuperar la sesión que acabas de quitar</translation>
    </message>
    <message>
        <source>Removed the session of {day} ({routine}). It no longer counts in your figures.</source>
        <translation>Se quitó la sesión del {day} ({routine}). Ya no cuenta en tus cifras.</translation>
    </message>
</context>
<context>
    <name>HoldTrendChart</name>
    <message numerus="yes">
        <source>Longest hold per day, last %n days: no holds yet</source>
        <translation>
            <numerusform>Mantenimiento más largo por día, último %n día: aún no hay mantenimientos</numerusform>
            <numerusform>Mantenimiento más largo por día, últimos %n días: aún no hay mantenimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest hold per day, last %n days: held up to {seconds} s on {practised} of them</source>
        <translation>
            <numerusform>Mantenimiento más largo por día, último %n día: hasta {seconds} s en {practised} de ellos</numerusform>
            <numerusform>Mantenimiento más largo por día, últimos %n días: hasta {seconds} s en {practised} de ellos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <source>Language and text</source>
        <translation>Idioma y texto</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Tamaño del texto:</translation>
    </message>
    <message>
        <source>The new language and text size take effect the next time you open the trainer.</source>
        <translation>El nuevo idioma y el tamaño del texto se aplicarán la próxima vez que abras el entrenador.</translation>
    </message>
</context>
<context>
    <name>LevelGauge</name>
    <message>
        <source>Diaphragm</source>
        <translation>Diafragma</translation>
    </message>
    <message>
        <source>Pelvic floor</source>
        <translation>Suelo pélvico</translation>
    </message>
    <message>
        <source>up</source>
        <translation>arriba</translation>
    </message>
    <message>
        <source>down</source>
        <translation>abajo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Trainer</source>
        <translation>&amp;Entrenador</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Practicar</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>Pro&amp;greso</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>How to &amp;Practise</source>
        <translation>&amp;Cómo practicar</translation>
    </message>
    <message>
        <source>&amp;Safety Notice…</source>
        <translation>Aviso de &amp;seguridad…</translation>
    </message>
    <message>
        <source>1 routine file could not be loaded:</source>
        <translation>No se pudo cargar 1 archivo de rutina:</translation>
    </message>
    <message>
        <source>{count} routine files could not be loaded:</source>
        <translation>No se pudieron cargar {count} archivos de rutina:</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>¿Terminar la sesión?</translation>
    </message>
    <message>
        <source>A session is still running. Close the trainer and end it now? What you have done so far is kept.</source>
        <translation>Todavía hay una sesión en curso. ¿Cerrar el entrenador y terminarla ahora? Lo que has hecho hasta ahora se conserva.</translation>
    </message>
    <message>
        <source>Breathing Trainer</source>
        <translation>Entrenador de respiración</translation>
    </message>
    <message>
        <source>Pelvic Floor Trainer</source>
        <translation>Entrenador de suelo pélvico</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Your history was repaired</source>
        <translation>Tu historial se ha reparado</translation>
    </message>
    <message>
        <source>Your history could not be repaired</source>
        <translation>No se pudo reparar tu historial</translation>
    </message>
    <message>
        <source>A repair is waiting</source>
        <translation>Hay una reparación pendiente</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Abierto en modo de solo lectura</translation>
    </message>
    <message>
        <source>Your history was updated</source>
        <translation>Tu historial se ha actualizado</translation>
    </message>
    <message>
        <source>Your history cannot be read</source>
        <translation>No se puede leer tu historial</translation>
    </message>
    <message>
        <source>Your settings cannot be read</source>
        <translation>No se pueden leer tus ajustes</translation>
    </message>
    <message>
        <source>Settings back to the defaults</source>
        <translation>Ajustes restablecidos a los predeterminados</translation>
    </message>
    <message>
        <source>Backups are off</source>
        <translation>Copias de seguridad desactivadas</translation>
    </message>
    <message>
        <source>Sessions kept safe</source>
        <translation>Sesiones a salvo</translation>
    </message>
    <message>
        <source>Sessions saved</source>
        <translation>Sesiones guardadas</translation>
    </message>
    <message>
        <source>Some sessions are set aside</source>
        <translation>Algunas sesiones se han apartado</translation>
    </message>
    <message>
        <source>Some settings were not understood</source>
        <translation>Algunos ajustes no se entendieron</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Open settings (Ctrl+,)</source>
        <translation>Abrir los ajustes (Ctrl+,)</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Ajustes (Ctrl+,)</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Practicar</translation>
    </message>
    <message>
        <source>Train page (Ctrl+1)</source>
        <translation>Página Practicar (Ctrl+1)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Progress page (Ctrl+2)</source>
        <translation>Página Progreso (Ctrl+2)</translation>
    </message>
</context>
<context>
    <name>PendingClose</name>
    <message>
        <source>1 session could not be written to your history, nor kept in any other folder: the disk is full or read-only. Its figures were in the summary after the session.</source>
        <translation>1 sesión no se pudo escribir en tu historial ni guardar en ninguna otra carpeta: el disco está lleno o es de solo lectura. Sus cifras aparecieron en el resumen después de la sesión.</translation>
    </message>
    <message>
        <source>{n} sessions could not be written to your history, nor kept in any other folder: the disk is full or read-only. Their figures were in the summaries after them.</source>
        <translation>{n} sesiones no se pudieron escribir en tu historial ni guardar en ninguna otra carpeta: el disco está lleno o es de solo lectura. Sus cifras aparecieron en los resúmenes después de cada una.</translation>
    </message>
    <message>
        <source>1 session is still waiting to be written to your history. It is kept safe in {path} and will be written the next time the app starts.</source>
        <translation>1 sesión todavía espera a escribirse en tu historial. Está guardada a salvo en {path} y se escribirá la próxima vez que se abra la aplicación.</translation>
    </message>
    <message>
        <source>{n} sessions are still waiting to be written to your history. They are kept safe in {path} and will be written the next time the app starts.</source>
        <translation>{n} sesiones todavía esperan a escribirse en tu historial. Están guardadas a salvo en {path} y se escribirán la próxima vez que se abra la aplicación.</translation>
    </message>
    <message>
        <source>Sessions kept for later</source>
        <translation>Sesiones guardadas para más tarde</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>PistonView</name>
    <message>
        <source>Diaphragm</source>
        <translation>Diafragma</translation>
    </message>
    <message>
        <source>Pelvic floor</source>
        <translation>Suelo pélvico</translation>
    </message>
    <message>
        <source>Session view</source>
        <translation>Vista de la sesión</translation>
    </message>
</context>
<context>
    <name>PlanLine</name>
    <message>
        <source>Today&apos;s plan</source>
        <translation>Plan de hoy</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>Follow the programme</source>
        <translation>Seguir el programa</translation>
    </message>
    <message>
        <source>Forget your own hold length and use the one the programme suggests</source>
        <translation>Olvidar tu propia duración del mantenimiento y usar la que sugiere el programa</translation>
    </message>
    <message>
        <source>Choose {title}</source>
        <translation>Elegir {title}</translation>
    </message>
</context>
<context>
    <name>Portal</name>
    <message>
        <source>To remind you to practise, without a window open</source>
        <translation>Para recordarte que practiques, sin ninguna ventana abierta</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Sets per day</source>
        <translation>Series por día</translation>
    </message>
    <message>
        <source>Holds grow as the release gets easier. Lengthen them only when a session feels comfortable.</source>
        <translation>Los mantenimientos crecen a medida que soltar resulta más fácil. Alárgalos solo cuando una sesión te resulte cómoda.</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Tu progreso</translation>
    </message>
    <message>
        <source>Remove a session recorded by mistake, or change its rating and note.</source>
        <translation>Quita una sesión registrada por error o cambia su valoración y su nota.</translation>
    </message>
    <message>
        <source>Longest hold</source>
        <translation>Mantenimiento más largo</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message numerus="yes">
        <source>The dashed line is your daily target of %n set(s)</source>
        <translation>
            <numerusform>La línea discontinua es tu objetivo diario de %n serie</numerusform>
            <numerusform>La línea discontinua es tu objetivo diario de %n series</numerusform>
        </translation>
    </message>
    <message>
        <source>Solid line with dots: the planned hold. Dashed line with squares: your own holds, the day&apos;s average.</source>
        <translation>Línea continua con puntos: el mantenimiento previsto. Línea discontinua con cuadrados: tus propios mantenimientos, la media del día.</translation>
    </message>
</context>
<context>
    <name>RangeSelector</name>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Show the last 30 days</source>
        <translation>Mostrar los últimos 30 días</translation>
    </message>
    <message>
        <source>Show the last 90 days</source>
        <translation>Mostrar los últimos 90 días</translation>
    </message>
    <message>
        <source>Show the last 365 days</source>
        <translation>Mostrar los últimos 365 días</translation>
    </message>
    <message>
        <source>Time span</source>
        <translation>Periodo</translation>
    </message>
</context>
<context>
    <name>ReminderCard</name>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start the next routine</source>
        <translation>Empezar la siguiente rutina</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Posponer 10 min</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss this reminder</source>
        <translation>Descartar este recordatorio</translation>
    </message>
</context>
<context>
    <name>RemindersGroup</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Remind me to practise</source>
        <translation>Recordarme que practique</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>Añadir una hora</translation>
    </message>
    <message>
        <source>Add a reminder time</source>
        <translation>Añadir una hora de recordatorio</translation>
    </message>
    <message>
        <source>Skipped once today&apos;s target is met, or within an hour of a session.</source>
        <translation>Se omite si ya has cumplido el objetivo de hoy o a menos de una hora de una sesión.</translation>
    </message>
    <message>
        <source>Closing the window keeps the trainer in the tray</source>
        <translation>Al cerrar la ventana, el entrenador sigue en la bandeja</translation>
    </message>
    <message>
        <source>This desktop has no tray: reminders come as notifications instead.</source>
        <translation>Este escritorio no tiene bandeja: los recordatorios llegan como notificaciones.</translation>
    </message>
    <message>
        <source>Start at login, without a window, for the reminders</source>
        <translation>Abrir al iniciar sesión, sin ventana, para los recordatorios</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>Remove this time</source>
        <translation>Quitar esta hora</translation>
    </message>
    <message>
        <source>Remove this reminder time</source>
        <translation>Quitar esta hora de recordatorio</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Pelvic-floor practice report</source>
        <translation>Informe de práctica del suelo pélvico</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for your physiotherapist</source>
        <translation>Informe para tu fisioterapeuta</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>A page or two to bring to your appointment: what you were set to do, what you did, your holds, any discomfort, and your notes.</source>
        <translation>Una o dos páginas para llevar a tu cita: lo que tenías pautado, lo que hiciste, tus mantenimientos, las molestias que hayas tenido y tus notas.</translation>
    </message>
    <message>
        <source>The last</source>
        <translation>Los últimos</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>Número de días</translation>
    </message>
    <message>
        <source>From a date to a date</source>
        <translation>Desde una fecha hasta otra</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>Tu nombre (opcional)</translation>
    </message>
    <message>
        <source>Name printed on the report</source>
        <translation>Nombre que aparece en el informe</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>No name is printed unless you type one.</source>
        <translation>No aparece ningún nombre a menos que escribas uno.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Page {n} of the report</source>
        <translation>Página {n} del informe</translation>
    </message>
    <message>
        <source>One page, for {start} to {end}.</source>
        <translation>Una página, del {start} al {end}.</translation>
    </message>
    <message>
        <source>{n} pages, for {start} to {end}.</source>
        <translation>{n} páginas, del {start} al {end}.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}</source>
        <translation>No se pudo guardar el informe: {reason}</translation>
    </message>
</context>
<context>
    <name>RestOffer</name>
    <message>
        <source>Try the breathing drop</source>
        <translation>Prueba el descenso con la respiración</translation>
    </message>
    <message>
        <source>Choose the calm, breath-only routine</source>
        <translation>Elegir la rutina tranquila de solo respiración</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>&amp;New Routine…</source>
        <translation>&amp;Nueva rutina…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>&amp;Duplicate Routine…</source>
        <translation>&amp;Duplicar rutina…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>&amp;Edit Routine…</source>
        <translation>&amp;Editar rutina…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>De&amp;lete Routine…</source>
        <translation>E&amp;liminar rutina…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>&amp;Import Routine File…</source>
        <translation>&amp;Importar archivo de rutina…</translation>
    </message>
    <message>
        <source>E&amp;xport Routine File…</source>
        <translation>E&amp;xportar archivo de rutina…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No se eliminó</translation>
    </message>
    <message>
        <source>Import a routine file</source>
        <translation>Importar un archivo de rutina</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Archivos de rutina (*.json)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No se importó</translation>
    </message>
    <message>
        <source>This routine file could not be imported: {reason}</source>
        <translation>No se pudo importar este archivo de rutina: {reason}</translation>
    </message>
    <message>
        <source>“{title}” is already one of your routines, unchanged.</source>
        <translation>«{title}» ya es una de tus rutinas, sin cambios.</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Ya está</translation>
    </message>
    <message>
        <source>Export “{title}”</source>
        <translation>Exportar «{title}»</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Eliminar rutina</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>¿Eliminar «{title}»? No se puede deshacer.</translation>
    </message>
    <message>
        <source>To keep a copy, export it to a file first (Routines menu).</source>
        <translation>Para conservar una copia, expórtala antes a un archivo (menú Rutinas).</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Rutinas</translation>
    </message>
</context>
<context>
    <name>RoutineDetails</name>
    <message>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <source>What it should feel like</source>
        <translation>Qué deberías sentir</translation>
    </message>
    <message>
        <source>Hold length</source>
        <translation>Duración del mantenimiento</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold length in seconds</source>
        <translation>Duración del mantenimiento en segundos</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Today&apos;s plan sets the hold; change it here to choose your own.</source>
        <translation>El plan de hoy fija el mantenimiento; cámbialo aquí para elegir el tuyo.</translation>
    </message>
    <message>
        <source>I have emptied my bladder</source>
        <translation>He vaciado la vejiga</translation>
    </message>
    <message>
        <source>I&apos;m not in the middle of a core workout</source>
        <translation>No estoy en mitad de un entrenamiento de abdomen</translation>
    </message>
    <message>
        <source>I&apos;ll stop if anything hurts</source>
        <translation>Pararé si algo duele</translation>
    </message>
    <message>
        <source>Just a reminder: you can start whenever you are ready.</source>
        <translation>Solo un recordatorio: puedes empezar cuando quieras.</translation>
    </message>
    <message>
        <source>{sets} × {reps} reps</source>
        <translation>{sets} × {reps} repeticiones</translation>
    </message>
    <message>
        <source>{reps} reps</source>
        <translation>{reps} repeticiones</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Total length</source>
        <translation>Duración total</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>Duplicar para editar</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copia)</translation>
    </message>
    <message>
        <source>New routine from “{title}”</source>
        <translation>Nueva rutina a partir de «{title}»</translation>
    </message>
    <message>
        <source>“{title}” (built in)</source>
        <translation>«{title}» (incluida)</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>Editar «{title}»</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Built-in routines cannot be changed. Duplicate this one to make your own version.</source>
        <translation>Las rutinas incluidas no se pueden cambiar. Duplica esta para crear tu propia versión.</translation>
    </message>
    <message>
        <source>Let go and soften</source>
        <translation>Suelta y relaja</translation>
    </message>
    <message>
        <source>Stay soft and open</source>
        <translation>Sigue suave y abierto</translation>
    </message>
    <message>
        <source>Let it rise on its own</source>
        <translation>Deja que suba solo</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Mi rutina</translation>
    </message>
    <message>
        <source>My own reverse Kegels.</source>
        <translation>Mis propios Kegel inversos.</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Guardada como {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n field needs attention</source>
        <translation>
            <numerusform>%n campo necesita atención</numerusform>
            <numerusform>%n campos necesitan atención</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields need attention</source>
        <translation>
            <numerusform>%n campo necesita atención</numerusform>
            <numerusform>%n campos necesitan atención</numerusform>
        </translation>
    </message>
    <message>
        <source>Length: not yet known</source>
        <translation>Duración: aún desconocida</translation>
    </message>
    <message>
        <source>About {length}</source>
        <translation>Unos {length}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No se guardó: {reason}</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>Rest and breathe</source>
        <translation>Descansa y respira</translation>
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
        <translation>Para hombres</translation>
    </message>
    <message>
        <source>For women</source>
        <translation>Para mujeres</translation>
    </message>
    <message>
        <source>For everyone</source>
        <translation>Para todos</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Breath only</source>
        <translation>Solo respiración</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <source>Show routines: {filter}</source>
        <translation>Mostrar rutinas: {filter}</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>This trainer gives general information and a gentle pace to practise with. It is not medical advice, and it does not replace care from a professional.</source>
        <translation>Este entrenador ofrece información general y un ritmo suave para practicar. No es consejo médico y no sustituye la atención de un profesional.</translation>
    </message>
    <message>
        <source>Safety points</source>
        <translation>Puntos de seguridad</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>I understand the safety notice</source>
        <translation>Entiendo el aviso de seguridad</translation>
    </message>
    <message>
        <source>You accepted this notice on {when}.</source>
        <translation>Aceptaste este aviso el {when}.</translation>
    </message>
    <message>
        <source>Close the safety notice</source>
        <translation>Cerrar el aviso de seguridad</translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <source>If you can, see a pelvic-health physiotherapist before you begin, especially if you have pain, leaking, bladder or bowel symptoms, have recently had surgery or given birth, or have a catheter in place.</source>
        <translation>Si puedes, consulta a un fisioterapeuta especializado en suelo pélvico antes de empezar, sobre todo si tienes dolor, escapes de orina, síntomas de vejiga o intestino, si te han operado o has dado a luz hace poco, o si llevas una sonda.</translation>
    </message>
    <message>
        <source>Empty your bladder before each session.</source>
        <translation>Vacía la vejiga antes de cada sesión.</translation>
    </message>
    <message>
        <source>Practise on its own, not in the middle of a core or abdominal workout.</source>
        <translation>Practica por separado, no en mitad de un entrenamiento de abdomen o de core.</translation>
    </message>
    <message>
        <source>Go gently. Add time or sessions only when the practice feels comfortable.</source>
        <translation>Ve con suavidad. Añade tiempo o sesiones solo cuando la práctica te resulte cómoda.</translation>
    </message>
    <message>
        <source>If anything hurts or feels wrong, stop and rest. If pain or discomfort stays, see a doctor.</source>
        <translation>Si algo duele o no te parece bien, para y descansa. Si el dolor o la molestia continúan, consulta a un médico.</translation>
    </message>
    <message>
        <source>Breathe slowly into your belly. Never hold your breath, push or strain: the release is soft.</source>
        <translation>Respira despacio hacia el vientre. Nunca contengas la respiración, ni empujes ni hagas fuerza: la relajación es suave.</translation>
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
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start the session (Space)</source>
        <translation>Empezar la sesión (Espacio)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip to the next phase (Right arrow)</source>
        <translation>Saltar a la siguiente fase (flecha derecha)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Parar la sesión (Esc)</translation>
    </message>
    <message>
        <source>This hurts — stop</source>
        <translation>Esto duele: parar</translation>
    </message>
    <message>
        <source>Stop now because something hurts</source>
        <translation>Parar ahora porque algo duele</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Press and hold for as long as you hold; let go to end the hold (Space)</source>
        <translation>Mantén pulsado mientras dure el mantenimiento; suelta para terminarlo (Espacio)</translation>
    </message>
    <message>
        <source>Start the routine</source>
        <translation>Empezar la rutina</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause the session (Space)</source>
        <translation>Pausar la sesión (Espacio)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Resume the session (Space)</source>
        <translation>Reanudar la sesión (Espacio)</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Start the routine again (Space)</source>
        <translation>Empezar la rutina de nuevo (Espacio)</translation>
    </message>
</context>
<context>
    <name>SessionCues</name>
    <message>
        <source>Session complete</source>
        <translation>Sesión completada</translation>
    </message>
</context>
<context>
    <name>SetsPerDayChart</name>
    <message numerus="yes">
        <source>Sets per day, last %n days: target met on {met} of them</source>
        <translation>
            <numerusform>Series por día, último %n día: objetivo cumplido en {met} de ellos</numerusform>
            <numerusform>Series por día, últimos %n días: objetivo cumplido en {met} de ellos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n set(s)</source>
        <translation>
            <numerusform>%1: %n serie</numerusform>
            <numerusform>%1: %n series</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar ajustes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source> sets</source>
        <translation> series</translation>
    </message>
    <message>
        <source>Daily target in sets</source>
        <translation>Objetivo diario en series</translation>
    </message>
    <message>
        <source>Daily target:</source>
        <translation>Objetivo diario:</translation>
    </message>
    <message>
        <source>Midnight</source>
        <translation>Medianoche</translation>
    </message>
    <message>
        <source>Day starts at</source>
        <translation>El día empieza a las</translation>
    </message>
    <message>
        <source>Day starts at:</source>
        <translation>El día empieza a las:</translation>
    </message>
    <message>
        <source>Sessions before this hour count for the previous day.</source>
        <translation>Las sesiones antes de esta hora cuentan para el día anterior.</translation>
    </message>
    <message>
        <source>Breath and movement</source>
        <translation>Respiración y movimiento</translation>
    </message>
    <message>
        <source>Release as you breathe in (usual)</source>
        <translation>Soltar al inspirar (lo habitual)</translation>
    </message>
    <message>
        <source>The floor drops with the in-breath, as the diaphragm descends.</source>
        <translation>El suelo pélvico desciende con la inspiración, mientras baja el diafragma.</translation>
    </message>
    <message>
        <source>Release as you breathe out</source>
        <translation>Soltar al espirar</translation>
    </message>
    <message>
        <source>For people whose therapist cues the letting go on the out-breath.</source>
        <translation>Para quienes su terapeuta guía la relajación al espirar.</translation>
    </message>
    <message>
        <source>The breath-only routine always follows the natural piston.</source>
        <translation>La rutina de solo respiración siempre sigue el pistón natural.</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Reducir el movimiento</translation>
    </message>
    <message>
        <source>A calmer, simpler animation, for when movement on screen is tiring.</source>
        <translation>Una animación más tranquila y sencilla, para cuando el movimiento en pantalla cansa.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Discreet window title (“Breathing Trainer”)</source>
        <translation>Título de ventana discreto («Entrenador de respiración»)</translation>
    </message>
    <message>
        <source>Discreet window title</source>
        <translation>Título de ventana discreto</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Soft sound at each phase change</source>
        <translation>Sonido suave en cada cambio de fase</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>Señales sonoras</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volumen:</translation>
    </message>
    <message>
        <source>Speak the cues aloud</source>
        <translation>Decir las indicaciones en voz alta</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Indicaciones habladas</translation>
    </message>
    <message>
        <source>A voice says each cue, in place of the chime.</source>
        <translation>Una voz dice cada indicación, en lugar del sonido.</translation>
    </message>
    <message>
        <source>No speech engine is installed on this computer, so the cues stay silent.</source>
        <translation>No hay ningún motor de voz instalado en este ordenador, así que las indicaciones se quedan en silencio.</translation>
    </message>
</context>
<context>
    <name>SharingActions</name>
    <message>
        <source>&amp;Export History…</source>
        <translation>&amp;Exportar historial…</translation>
    </message>
    <message>
        <source>&amp;Import History…</source>
        <translation>&amp;Importar historial…</translation>
    </message>
    <message>
        <source>&amp;Report for Your Physiotherapist…</source>
        <translation>In&amp;forme para tu fisioterapeuta…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export your history</source>
        <translation>Exportar tu historial</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <source>The history could not be written to {path}: {reason}</source>
        <translation>No se pudo escribir el historial en {path}: {reason}</translation>
    </message>
    <message>
        <source>1 session was written to {path}.</source>
        <translation>Se escribió 1 sesión en {path}.</translation>
    </message>
    <message>
        <source>{n} sessions were written to {path}.</source>
        <translation>Se escribieron {n} sesiones en {path}.</translation>
    </message>
    <message>
        <source>History exported</source>
        <translation>Historial exportado</translation>
    </message>
    <message>
        <source>Import a history</source>
        <translation>Importar un historial</translation>
    </message>
    <message>
        <source>Histories, exports and device logs (*.json *.jsonl);;All files (*)</source>
        <translation>Historiales, exportaciones y registros de dispositivo (*.json *.jsonl);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>History imported</source>
        <translation>Historial importado</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Informe guardado</translation>
    </message>
    <message>
        <source>The report was saved to {path}.</source>
        <translation>El informe se guardó en {path}.</translation>
    </message>
</context>
<context>
    <name>SoundCues</name>
    <message>
        <source>The sounds cannot play here: {error}</source>
        <translation>Los sonidos no se pueden reproducir aquí: {error}</translation>
    </message>
    <message>
        <source>The sounds could not be loaded, so sessions are silent.</source>
        <translation>No se pudieron cargar los sonidos, así que las sesiones van sin sonido.</translation>
    </message>
</context>
<context>
    <name>SoundThemeRow</name>
    <message>
        <source>Soft tones</source>
        <translation>Tonos suaves</translation>
    </message>
    <message>
        <source>A single bell</source>
        <translation>Una sola campana</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Sin sonido</translation>
    </message>
    <message>
        <source>Sound theme</source>
        <translation>Tema de sonido</translation>
    </message>
    <message>
        <source>Play a sample</source>
        <translation>Escuchar una muestra</translation>
    </message>
    <message>
        <source>Play a sample of the sound theme</source>
        <translation>Escuchar una muestra del tema de sonido</translation>
    </message>
    <message>
        <source>Sounds:</source>
        <translation>Sonidos:</translation>
    </message>
</context>
<context>
    <name>SpeechProcess</name>
    <message>
        <source>No speech engine is installed on this computer.</source>
        <translation>No hay ningún motor de voz instalado en este ordenador.</translation>
    </message>
    <message>
        <source>The speech service did not answer, so the chime marks each phase instead.</source>
        <translation>El servicio de voz no respondió, así que el sonido marca cada fase en su lugar.</translation>
    </message>
    <message>
        <source>The speech service stopped, so the chime marks each phase instead.</source>
        <translation>El servicio de voz se detuvo, así que el sonido marca cada fase en su lugar.</translation>
    </message>
    <message>
        <source>Speech could not be started.</source>
        <translation>No se pudo iniciar la voz.</translation>
    </message>
</context>
<context>
    <name>SpokenCues</name>
    <message>
        <source>No speech engine is installed on this computer.</source>
        <translation>No hay ningún motor de voz instalado en este ordenador.</translation>
    </message>
    <message>
        <source>The voice stopped working.</source>
        <translation>La voz dejó de funcionar.</translation>
    </message>
</context>
<context>
    <name>StatCards</name>
    <message>
        <source>Current streak</source>
        <translation>Racha actual</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>Racha más larga</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Time practised</source>
        <translation>Tiempo practicado</translation>
    </message>
    <message>
        <source>Today&apos;s sets against the daily target</source>
        <translation>Series de hoy frente al objetivo diario</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practice day(s) in all</source>
        <translation>
            <numerusform>%n día de práctica en total</numerusform>
            <numerusform>%n días de práctica en total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) to go</source>
        <translation>
            <numerusform>queda %n serie</numerusform>
            <numerusform>quedan %n series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it going today</source>
        <translation>Mantenla hoy</translation>
    </message>
    <message>
        <source>A new one starts with one set</source>
        <translation>Una nueva empieza con una serie</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Daily target met</source>
        <translation>Objetivo diario cumplido</translation>
    </message>
    <message>
        <source>Since Monday</source>
        <translation>Desde el lunes</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
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
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <source>Stopped early. What you did is kept in your history.</source>
        <translation>Terminada antes de tiempo. Lo que hiciste queda en tu historial.</translation>
    </message>
    <message>
        <source>This session could not be saved, so there is nothing to add feedback to.</source>
        <translation>Esta sesión no se pudo guardar, así que no hay nada a lo que añadir una valoración.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Close the summary</source>
        <translation>Cerrar el resumen</translation>
    </message>
    <message>
        <source>Rest now</source>
        <translation>Descansa ahora</translation>
    </message>
    <message>
        <source>Session saved</source>
        <translation>Sesión guardada</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} de {planned}</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>{today} of {target} sets today — today&apos;s target is reached.</source>
        <translation>{today} de {target} series hoy: has alcanzado el objetivo de hoy.</translation>
    </message>
    <message>
        <source>{today} of {target} sets today.</source>
        <translation>{today} de {target} series hoy.</translation>
    </message>
    <message>
        <source>Sets today</source>
        <translation>Series de hoy</translation>
    </message>
    <message>
        <source>Complete a full set to start a streak.</source>
        <translation>Completa una serie entera para empezar una racha.</translation>
    </message>
    <message>
        <source>1 day of practice in a row.</source>
        <translation>1 día de práctica seguido.</translation>
    </message>
    <message>
        <source>{days} days of practice in a row.</source>
        <translation>{days} días de práctica seguidos.</translation>
    </message>
    <message>
        <source>You did the right thing by stopping. Rest now and breathe gently. If the discomfort stays or comes back, please see a pelvic-health physiotherapist before you practise again.</source>
        <translation>Has hecho bien en parar. Descansa ahora y respira con suavidad. Si la molestia continúa o vuelve, consulta a un fisioterapeuta especializado en suelo pélvico antes de volver a practicar.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Discomfort from 0 to 10, optional</source>
        <translation>Molestia de 0 a 10, opcional</translation>
    </message>
    <message>
        <source>0 means none at all, 10 the worst you can imagine.</source>
        <translation>0 significa ninguna, 10 la peor que puedas imaginar.</translation>
    </message>
    <message>
        <source>Discomfort (0–10):</source>
        <translation>Molestia (0–10):</translation>
    </message>
    <message>
        <source>Optional, for you or your therapist</source>
        <translation>Opcional, para ti o tu terapeuta</translation>
    </message>
    <message>
        <source>Note about this session, optional</source>
        <translation>Nota sobre esta sesión, opcional</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>SyncFolderSection</name>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <source>Share your history between your computers through a folder that Syncthing, Nextcloud or Dropbox keeps in step. Each computer adds its own sessions there and reads the others&apos;.</source>
        <translation>Comparte tu historial entre tus ordenadores mediante una carpeta que Syncthing, Nextcloud o Dropbox mantengan sincronizada. Cada ordenador añade allí sus propias sesiones y lee las de los demás.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Elegir la carpeta de sincronización</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>Dejar de sincronizar</translation>
    </message>
    <message>
        <source>Stop syncing through this folder</source>
        <translation>Dejar de sincronizar con esta carpeta</translation>
    </message>
    <message>
        <source>Not syncing.</source>
        <translation>No se está sincronizando.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be used: {reason}</source>
        <translation>No se puede usar la carpeta {folder}: {reason}</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Choose a routine</source>
        <translation>Elige una rutina</translation>
    </message>
    <message>
        <source>Press and hold Space or Hold while you hold; let go when you are ready. Take the time that feels comfortable.</source>
        <translation>Mantén pulsado Espacio o Mantener mientras dure el mantenimiento; suelta cuando quieras. Tómate el tiempo que te resulte cómodo.</translation>
    </message>
</context>
<context>
    <name>TrainingSection</name>
    <message>
        <source>Holds</source>
        <translation>Mantenimientos</translation>
    </message>
    <message>
        <source>Time my own holds</source>
        <translation>Cronometrar mis propios mantenimientos</translation>
    </message>
    <message>
        <source>During a session, press and hold Space (or the Hold button) for as long as you hold the drop or the squeeze, and let go to end it. Stop ends the session.</source>
        <translation>Durante una sesión, mantén pulsado Espacio (o el botón Mantener) mientras mantienes el descenso o la contracción, y suelta para terminar. Parar termina la sesión.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>{done} of {target} set today</source>
        <translation>{done} de {target} serie hoy</translation>
    </message>
    <message>
        <source>{done} of {target} sets today</source>
        <translation>{done} de {target} series hoy</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Start the next routine</source>
        <translation>Empezar la siguiente rutina</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Snooze reminders for an hour</source>
        <translation>Posponer los recordatorios una hora</translation>
    </message>
    <message>
        <source>Pause reminders until tomorrow</source>
        <translation>Pausar los recordatorios hasta mañana</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>_Notice</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Mostrar carpeta</translation>
    </message>
    <message>
        <source>Show the folder this notice is about</source>
        <translation>Mostrar la carpeta a la que se refiere este aviso</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Descartar este aviso</translation>
    </message>
</context>
<context>
    <name>routine:breath-drop</name>
    <message>
        <source>Breathing pelvic floor drop</source>
        <translation>Descenso con la respiración</translation>
    </message>
    <message>
        <source>Slow belly breaths that let the pelvic floor soften on its own: about five breaths a minute.</source>
        <translation>Respiraciones abdominales lentas que dejan que el suelo pélvico se ablande por sí solo: unas cinco respiraciones por minuto.</translation>
    </message>
    <message>
        <source>lying on your back, knees bent</source>
        <translation>tumbado boca arriba, rodillas flexionadas</translation>
    </message>
    <message>
        <source>sitting upright</source>
        <translation>sentado erguido</translation>
    </message>
    <message>
        <source>Lie on your back with your knees bent, or sit upright. Rest one hand on your belly.</source>
        <translation>Túmbate boca arriba con las rodillas flexionadas o siéntate erguido. Apoya una mano sobre el vientre.</translation>
    </message>
    <message>
        <source>Breathe in slowly through your nose so the belly rises under your hand, not the chest.</source>
        <translation>Inspira despacio por la nariz de modo que se eleve el vientre bajo tu mano, no el pecho.</translation>
    </message>
    <message>
        <source>Picture the pelvic floor softening, widening and sinking as the breath fills you.</source>
        <translation>Imagina que el suelo pélvico se ablanda, se ensancha y desciende mientras el aire te llena.</translation>
    </message>
    <message>
        <source>Rest for a moment in that soft, open state.</source>
        <translation>Quédate un momento en ese estado suave y abierto.</translation>
    </message>
    <message>
        <source>Breathe out slowly. The floor drifts back up a little; keep the release rather than tightening.</source>
        <translation>Espira despacio. El suelo pélvico vuelve a subir un poco; mantén la relajación en lugar de apretar.</translation>
    </message>
    <message>
        <source>The distance from pubic bone to tailbone seems to lengthen.</source>
        <translation>La distancia entre el pubis y el coxis parece alargarse.</translation>
    </message>
    <message>
        <source>The sit bones feel as if they spread apart.</source>
        <translation>Los isquiones parecen separarse.</translation>
    </message>
    <message>
        <source>Belly, buttocks and inner thighs stay soft. Stop if you notice straining.</source>
        <translation>Vientre, glúteos y cara interna de los muslos siguen relajados. Para si notas que haces fuerza.</translation>
    </message>
    <message>
        <source>Belly rises, the floor softens</source>
        <translation>El vientre sube, el suelo pélvico se ablanda</translation>
    </message>
    <message>
        <source>Rest, soft and wide</source>
        <translation>Descansa, suave y amplio</translation>
    </message>
    <message>
        <source>Slowly out, keep the release</source>
        <translation>Espira despacio, mantén la relajación</translation>
    </message>
</context>
<context>
    <name>routine:kegel-and-reverse</name>
    <message>
        <source>Kegels and reverse Kegels</source>
        <translation>Kegel y Kegel inverso</translation>
    </message>
    <message>
        <source>Both directions in one set: five lifts, then five releases, ending soft.</source>
        <translation>Las dos direcciones en una serie: cinco elevaciones y luego cinco relajaciones, para terminar relajado.</translation>
    </message>
    <message>
        <source>lying on your back, knees bent</source>
        <translation>tumbado boca arriba, rodillas flexionadas</translation>
    </message>
    <message>
        <source>sitting upright</source>
        <translation>sentado erguido</translation>
    </message>
    <message>
        <source>Healthy muscles can both lift and let go. This set trains both, and ends with letting go.</source>
        <translation>Los músculos sanos saben elevarse y soltar. Esta serie entrena ambas cosas y termina soltando.</translation>
    </message>
    <message>
        <source>For the first five, breathe out as you squeeze and lift, hold while breathing evenly, then breathe in and release.</source>
        <translation>En las cinco primeras, espira mientras contraes y elevas, mantén respirando de forma regular y luego inspira y suelta.</translation>
    </message>
    <message>
        <source>For the last five, breathe in as you let the floor soften and drop, stay soft, then breathe out and let it rise.</source>
        <translation>En las cinco últimas, inspira mientras dejas que el suelo pélvico se ablande y descienda, mantén la relajación y luego espira y deja que suba.</translation>
    </message>
    <message>
        <source>If anything hurts, skip the squeezes and do only the reverse Kegels.</source>
        <translation>Si algo duele, sáltate las contracciones y haz solo los Kegel inversos.</translation>
    </message>
    <message>
        <source>The lift is a gentle draw upward and inward; the drop is a widening and softening.</source>
        <translation>La elevación es un suave tirón hacia arriba y hacia dentro; el descenso es un ensanchar y ablandar.</translation>
    </message>
    <message>
        <source>Nothing is forced in either direction.</source>
        <translation>No se fuerza nada en ninguna dirección.</translation>
    </message>
    <message>
        <source>Squeeze and lift</source>
        <translation>Contrae y eleva</translation>
    </message>
    <message>
        <source>Hold, breathing evenly</source>
        <translation>Mantén, respirando con calma</translation>
    </message>
    <message>
        <source>Let go completely</source>
        <translation>Suelta del todo</translation>
    </message>
    <message>
        <source>Let go and soften</source>
        <translation>Suelta y relaja</translation>
    </message>
    <message>
        <source>Stay soft and open</source>
        <translation>Sigue suave y abierto</translation>
    </message>
    <message>
        <source>Let it rise on its own</source>
        <translation>Deja que suba solo</translation>
    </message>
</context>
<context>
    <name>routine:kegel-men</name>
    <message>
        <source>Kegels for strength (men)</source>
        <translation>Kegel de fuerza (hombres)</translation>
    </message>
    <message>
        <source>Squeeze and lift for about 10 seconds, then rest for 5 while everything lets go.</source>
        <translation>Contrae y eleva unos 10 segundos y luego descansa 5 mientras todo se suelta.</translation>
    </message>
    <message>
        <source>lying on your back, knees bent</source>
        <translation>tumbado boca arriba, rodillas flexionadas</translation>
    </message>
    <message>
        <source>sitting upright</source>
        <translation>sentado erguido</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>de pie</translation>
    </message>
    <message>
        <source>To find the muscles, imagine stopping the flow of urine or holding in wind. Use this only to find them.</source>
        <translation>Para encontrar los músculos, imagina que cortas el chorro de orina o retienes un gas. Usa esto solo para encontrarlos.</translation>
    </message>
    <message>
        <source>Breathe out as you squeeze and lift; the base of the penis draws in slightly.</source>
        <translation>Espira mientras contraes y elevas; la base del pene se recoge ligeramente.</translation>
    </message>
    <message>
        <source>Hold the lift and keep breathing evenly. Belly, back and buttocks stay relaxed.</source>
        <translation>Mantén la elevación y sigue respirando de forma regular. Vientre, espalda y glúteos siguen relajados.</translation>
    </message>
    <message>
        <source>Breathe in and let go completely before the next one.</source>
        <translation>Inspira y suelta del todo antes de la siguiente.</translation>
    </message>
    <message>
        <source>A lift behind the scrotum, not a clench of the buttocks.</source>
        <translation>Una elevación detrás del escroto, no un apretón de glúteos.</translation>
    </message>
    <message>
        <source>If it hurts, or you have pelvic pain, practise the reverse Kegels instead.</source>
        <translation>Si duele, o tienes dolor pélvico, practica los Kegel inversos en su lugar.</translation>
    </message>
    <message>
        <source>Squeeze and lift</source>
        <translation>Contrae y eleva</translation>
    </message>
    <message>
        <source>Hold, breathing evenly</source>
        <translation>Mantén, respirando con calma</translation>
    </message>
    <message>
        <source>Let go completely</source>
        <translation>Suelta del todo</translation>
    </message>
</context>
<context>
    <name>routine:kegel-women</name>
    <message>
        <source>Kegels for strength (women)</source>
        <translation>Kegel de fuerza (mujeres)</translation>
    </message>
    <message>
        <source>Squeeze and lift the pelvic floor, hold, then let go fully: 5 seconds each, building to 10.</source>
        <translation>Contrae y eleva el suelo pélvico, mantén y luego suelta del todo: 5 segundos cada fase, hasta llegar a 10.</translation>
    </message>
    <message>
        <source>lying on your back, knees bent</source>
        <translation>tumbada boca arriba, rodillas flexionadas</translation>
    </message>
    <message>
        <source>sitting upright</source>
        <translation>sentada erguida</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>de pie</translation>
    </message>
    <message>
        <source>To find the muscles, imagine stopping the flow of urine. Use this only to find them, never as practice on the toilet.</source>
        <translation>Para encontrar los músculos, imagina que cortas el chorro de orina. Usa esto solo para encontrarlos, nunca como ejercicio en el baño.</translation>
    </message>
    <message>
        <source>Breathe out as you gently squeeze and lift, as if drawing the muscles up and in.</source>
        <translation>Espira mientras contraes y elevas con suavidad, como si llevaras los músculos hacia arriba y hacia dentro.</translation>
    </message>
    <message>
        <source>Hold the lift while breathing evenly. Belly, back and buttocks stay relaxed.</source>
        <translation>Mantén la elevación respirando de forma regular. Vientre, espalda y glúteos siguen relajados.</translation>
    </message>
    <message>
        <source>Breathe in and let go completely. The letting go matters as much as the squeeze.</source>
        <translation>Inspira y suelta del todo. Soltar importa tanto como contraer.</translation>
    </message>
    <message>
        <source>Start with 5-second holds; build toward 10 seconds as it gets easy.</source>
        <translation>Empieza manteniendo 5 segundos; avanza hacia 10 segundos cuando te resulte fácil.</translation>
    </message>
    <message>
        <source>A lift and a gentle tightening inside, not a clench of the buttocks.</source>
        <translation>Una elevación y un suave cierre por dentro, no un apretón de glúteos.</translation>
    </message>
    <message>
        <source>If it hurts, or you have pelvic pain, practise the reverse Kegels instead.</source>
        <translation>Si duele, o tienes dolor pélvico, practica los Kegel inversos en su lugar.</translation>
    </message>
    <message>
        <source>Squeeze and lift</source>
        <translation>Contrae y eleva</translation>
    </message>
    <message>
        <source>Hold, breathing evenly</source>
        <translation>Mantén, respirando con calma</translation>
    </message>
    <message>
        <source>Let go completely</source>
        <translation>Suelta del todo</translation>
    </message>
</context>
<context>
    <name>routine:reverse-kegel-men</name>
    <message>
        <source>Reverse Kegels for men</source>
        <translation>Kegel inverso para hombres</translation>
    </message>
    <message>
        <source>Release the muscles around the back passage and let the perineum sink, in time with the breath.</source>
        <translation>Suelta los músculos alrededor del ano y deja que el periné descienda, al ritmo de la respiración.</translation>
    </message>
    <message>
        <source>lying on your back, knees bent</source>
        <translation>tumbado boca arriba, rodillas flexionadas</translation>
    </message>
    <message>
        <source>sitting upright</source>
        <translation>sentado erguido</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>de pie</translation>
    </message>
    <message>
        <source>Stand, sit, or lie on your back with your knees bent, whichever lets you relax most.</source>
        <translation>Ponte de pie, siéntate o túmbate boca arriba con las rodillas flexionadas, como más te relajes.</translation>
    </message>
    <message>
        <source>Breathe slowly into your belly and notice the area between the scrotum and the back passage.</source>
        <translation>Respira despacio hacia el vientre y presta atención a la zona entre el escroto y el ano.</translation>
    </message>
    <message>
        <source>As you breathe in, release the muscles around the back passage and feel that area move gently downward.</source>
        <translation>Al inspirar, suelta los músculos alrededor del ano y siente cómo esa zona baja suavemente.</translation>
    </message>
    <message>
        <source>Hold the release, breathing easily. It is a letting go, never a push.</source>
        <translation>Mantén la relajación, respirando con calma. Es soltar, nunca empujar.</translation>
    </message>
    <message>
        <source>Breathe out and let everything return on its own. Once five seconds feels easy, lengthen the hold.</source>
        <translation>Espira y deja que todo vuelva por sí solo. Cuando cinco segundos te resulten fáciles, alarga el mantenimiento.</translation>
    </message>
    <message>
        <source>More space between the pubic bone and the tailbone.</source>
        <translation>Más espacio entre el pubis y el coxis.</translation>
    </message>
    <message>
        <source>Like the start of passing urine, only softer, and without straining.</source>
        <translation>Como al empezar a orinar, pero más suave y sin hacer fuerza.</translation>
    </message>
    <message>
        <source>Belly, buttocks and thighs stay loose.</source>
        <translation>Vientre, glúteos y muslos siguen sueltos.</translation>
    </message>
    <message>
        <source>Let go and sink</source>
        <translation>Suelta y desciende</translation>
    </message>
    <message>
        <source>Stay released</source>
        <translation>Sigue relajado</translation>
    </message>
    <message>
        <source>Let it come back up</source>
        <translation>Deja que vuelva a subir</translation>
    </message>
</context>
<context>
    <name>routine:reverse-kegel-women</name>
    <message>
        <source>Reverse Kegels for women</source>
        <translation>Kegel inverso para mujeres</translation>
    </message>
    <message>
        <source>Let the pelvic floor drop as you breathe in; stay soft, then let it rise.</source>
        <translation>Deja que el suelo pélvico descienda al inspirar; sigue relajada y luego deja que suba.</translation>
    </message>
    <message>
        <source>lying on your back, knees bent</source>
        <translation>tumbada boca arriba, rodillas flexionadas</translation>
    </message>
    <message>
        <source>sitting upright</source>
        <translation>sentada erguida</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>de pie</translation>
    </message>
    <message>
        <source>Choose a position where you can be still: lying on your back with knees bent is easiest at first. A hand mirror can help you see the movement.</source>
        <translation>Elige una posición en la que puedas estar quieta: al principio lo más fácil es tumbada boca arriba con las rodillas flexionadas. Un espejo de mano puede ayudarte a ver el movimiento.</translation>
    </message>
    <message>
        <source>Take a slow breath into your belly and bring your attention to the base of your pelvis.</source>
        <translation>Respira despacio hacia el vientre y lleva la atención a la base de la pelvis.</translation>
    </message>
    <message>
        <source>As the breath comes in, let the muscles there soften and sink. The back passage lets go and the area between it and the vagina moves gently down.</source>
        <translation>Mientras entra el aire, deja que los músculos de esa zona se ablanden y desciendan. El ano se suelta y la zona entre el ano y la vagina baja suavemente.</translation>
    </message>
    <message>
        <source>Stay soft and open for the hold, breathing easily. Never push or bear down.</source>
        <translation>Sigue suave y abierta durante el mantenimiento, respirando con calma. Nunca empujes ni hagas fuerza hacia abajo.</translation>
    </message>
    <message>
        <source>Breathe out and let the floor float back up on its own, without squeezing.</source>
        <translation>Espira y deja que el suelo pélvico vuelva a subir por sí solo, sin apretar.</translation>
    </message>
    <message>
        <source>A sense of widening, as if the pubic bone and the tailbone were drifting apart.</source>
        <translation>Una sensación de ensanchamiento, como si el pubis y el coxis se separaran.</translation>
    </message>
    <message>
        <source>Like the first moment of letting urine flow, but gentler, and without pushing.</source>
        <translation>Como el primer instante en que dejas salir la orina, pero más suave y sin empujar.</translation>
    </message>
    <message>
        <source>Your belly, buttocks and inner thighs stay relaxed throughout.</source>
        <translation>Vientre, glúteos y cara interna de los muslos siguen relajados todo el tiempo.</translation>
    </message>
    <message>
        <source>Let go and soften</source>
        <translation>Suelta y relaja</translation>
    </message>
    <message>
        <source>Stay soft and open</source>
        <translation>Sigue suave y abierta</translation>
    </message>
    <message>
        <source>Let it rise on its own</source>
        <translation>Deja que suba solo</translation>
    </message>
</context>
</TS>
