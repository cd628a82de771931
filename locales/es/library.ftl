# La biblioteca: los recursos compartidos por las redes, en varios idiomas.

nav-library = Biblioteca
library-title = Biblioteca
library-lead = Guías, manuales, plantillas, vídeos y herramientas de los miembros de las redes, cada uno en los idiomas a los que se ha traducido.
library-add = Añadir un recurso
library-add-lead = Comparta un documento, un ePub, un vídeo, una presentación, una plantilla o un enlace. Indique su título y su resumen en el idioma en que está escrito; las traducciones pueden añadirse más adelante.
library-add-send = Añadir el recurso
library-sign-in-to-add = Inicie sesión para añadir un recurso
library-found = { $count ->
    [one] { $count } recurso
    [many] { $count } de recursos
   *[other] { $count } recursos
}
library-none = Ningún recurso coincide con esta búsqueda.
library-search-label = Buscar en los títulos, los resúmenes y el texto de los archivos
library-sort = Ordenar por
library-sort-relevance = Mayor relevancia
library-sort-newest = Más recientes primero
library-file = Archivo
library-file-hint = Como máximo { $size } MB ({ $video } MB si es un vídeo), o indique un enlace al lugar donde está alojado. PDF, ePub, documentos ofimáticos (OpenDocument, Word, Excel, PowerPoint), vídeos, audio, imágenes y texto sin formato.

resource-kind = Tipo
resource-kind-document = Documento
resource-kind-epub = ePub
resource-kind-video = Vídeo
resource-kind-presentation = Presentación
resource-kind-template = Plantilla o herramienta
resource-kind-website = Sitio web
resource-kind-dataset = Conjunto de datos

resource-audience = Destinatarios
audience-trainers = Profesorado y formadores
audience-learners = Alumnado y aprendices
audience-managers = Equipos directivos de centros de FP
audience-companies = Empresas y tutores de empresa
audience-guidance = Profesionales de la orientación
audience-policymakers = Responsables políticos

resource-licence = Licencia
licence-cc-by = Atribución (CC BY 4.0)
licence-cc-by-sa = Atribución – CompartirIgual (CC BY-SA 4.0)
licence-cc-by-nc = Atribución – NoComercial (CC BY-NC 4.0)
licence-cc-by-nc-sa = Atribución – NoComercial – CompartirIgual (CC BY-NC-SA 4.0)
licence-cc-by-nd = Atribución – SinDerivadas (CC BY-ND 4.0)
licence-cc-by-nc-nd = Atribución – NoComercial – SinDerivadas (CC BY-NC-ND 4.0)
licence-cc0 = Dominio público (CC0 1.0)
licence-all-rights-reserved = Todos los derechos reservados
resource-attribution = «{ $title }», de { $author }, bajo licencia { $licence }.
resource-licence-deed = Qué permite la licencia
resource-rights-reserved = © { $author }. Todos los derechos reservados: pida permiso a los autores antes de reutilizarlo.

resource-visibility = Quién puede verlo
visibility-everyone = Todo el mundo
visibility-members = Miembros que han iniciado sesión
visibility-network = Miembros de su red

resource-status-draft = Borrador
resource-status-submitted = Pendiente de revisión
resource-status-published = Publicado
resource-draft-hint = solo usted y los dinamizadores de la red pueden verlo hasta que se publique.
resource-submitted-hint = los dinamizadores de la red lo revisan antes de que sea público.
resource-hidden = Ocultado por un moderador

resource-field-title = Título
resource-field-summary = Resumen
resource-field-author = Autores (tal como figuran en la atribución)
resource-field-link = Enlace (un sitio web o el lugar donde está alojado un vídeo)
resource-field-draft = Guardarlo como borrador por ahora
resource-language = Idioma
resource-topics = Temas
resource-sectors = Sectores
resource-countries = Países
resource-network = Red
resource-network-none = Toda la plataforma
resource-organisation = Organización
resource-added-by = Añadido por
resource-updated = Actualizado
resource-about = Acerca de este recurso
resource-original = original
resource-other-languages = En otros idiomas
resource-not-in-your-language = Todavía no está disponible en { $language }: se muestra en { $shown }, el idioma en que se escribió.
resource-open-pdf = Abrir el PDF
resource-download = Descargar
resource-open-link = Ir al recurso
resource-files = Archivos
resource-file-name = Archivo
resource-file-size = Tamaño
resource-file-uploaded = Fecha de subida
resource-file-current = actual
resource-pages = { $count ->
    [one] { $count } página
    [many] { $count } de páginas
   *[other] { $count } páginas
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Subir un archivo nuevo ({ $language })
resource-new-file-hint = El archivo nuevo pasa a ser el actual; los archivos anteriores siguen en la lista y todavía se pueden descargar.
resource-new-file-send = Subir el archivo
resource-add-translation = Añadir una traducción
resource-add-translation-send = Añadir la traducción
resource-review = Revisión
resource-review-publish = Publicar
resource-review-return = Devolver a su autor como borrador
resource-publish = Publicar

resource-added = Se ha añadido el recurso.
resource-version-added = Se ha añadido la traducción.
resource-file-added = Se ha subido el archivo nuevo; el anterior sigue en la lista.
resource-published = Se ha publicado el recurso.
resource-submitted = Se ha enviado el recurso: los dinamizadores de la red lo revisan antes de que sea público.
resource-returned = El recurso se ha devuelto a su autor como borrador.

upload-progress = Subiendo: { $percent } %
upload-failed = No se ha podido subir el archivo. Vuelva a intentarlo.

error-file-too-large = El archivo supera el límite para este tipo de recurso. Comparta en su lugar un enlace al lugar donde está alojado.
error-file-missing = Elija un archivo o indique un enlace.
error-upload-incomplete = La subida se interrumpió antes de que llegara el archivo completo. No se ha guardado nada; vuelva a intentarlo.
error-file-type-refused = La biblioteca no admite este tipo de archivo. Se rechazan los programas y los archivos comprimidos; se admiten los archivos ePub, OpenDocument y Office.
error-file-type-mismatch = El contenido del archivo no coincide con su nombre: un archivo con la extensión .pdf debe ser un PDF.
error-file-name-invalid = El nombre del archivo contiene caracteres no permitidos en un nombre de archivo, o es demasiado largo (200 caracteres como máximo).
error-file-unreadable = No se puede leer el archivo: está dañado o, al descomprimirlo, genera muchos más datos de los que contiene.
error-file-duplicate = Este mismo archivo ya es el archivo actual de esta versión.
error-link-invalid = El enlace debe ser una dirección web que empiece por https:// o http://.
error-version-exists = El recurso ya tiene una versión en este idioma.
error-not-a-form = Esta solicitud no es un formulario que la biblioteca pueda leer.
error-back-to-form = Volver al formulario

## Colecciones (cajas de herramientas)

collections-title = Cajas de herramientas
collections-lead = Selecciones de recursos reunidos por los dinamizadores de las redes sobre un tema o para una red, cada recurso con una nota que explica por qué se ha incluido.
collections-none = Todavía no hay ninguna caja de herramientas.
collection-count = { $count ->
    [one] { $count } recurso
    [many] { $count } de recursos
   *[other] { $count } recursos
}
collection-new = Nueva caja de herramientas
collection-new-lead = Una caja de herramientas reúne recursos de la biblioteca en el orden que usted elija. Los recursos se añaden desde su propia página.
collection-description = Para qué sirve la caja de herramientas
collection-create = Crear la caja de herramientas
collection-curator = Elaborada por
collection-empty = Esta caja de herramientas todavía no contiene ningún recurso.
collection-unseen = { $count ->
    [one] { $count } recurso más de esta caja de herramientas solo está disponible para los miembros que han iniciado sesión o para los miembros de una red.
    [many] { $count } de recursos más de esta caja de herramientas solo están disponibles para los miembros que han iniciado sesión o para los miembros de una red.
   *[other] { $count } recursos más de esta caja de herramientas solo están disponibles para los miembros que han iniciado sesión o para los miembros de una red.
}
collection-add-hint = Para añadir un recurso, ábralo en la biblioteca y elija «Añadir a una caja de herramientas».
collection-item-up = Subir
collection-item-down = Bajar
collection-item-remove = Quitar de la caja de herramientas
collection-item-note = Nota
collection-item-note-save = Guardar la nota
collection-note = Por qué está en la caja de herramientas (opcional)
collection-add-to = Añadir a una caja de herramientas
collection-which = Caja de herramientas
collection-add-send = Añadir a la caja de herramientas
collection-created = Se ha creado la caja de herramientas. Añada recursos desde sus páginas.
collection-saved = Se ha guardado la caja de herramientas.
collection-item-added = Se ha añadido el recurso a la caja de herramientas.

## Dónde se utiliza un recurso y cómo adjuntarlo

used-in-title = Se utiliza en
used-in-collection = Caja de herramientas
used-in-thread = Asesoramiento entre pares
used-in-activity = Plan de acción
attached-title = Recursos de la biblioteca
attached-add = Adjuntar un recurso
attached-resource = Recurso
attached-resource-hint = La dirección de su página en la biblioteca o su número.
attached-add-send = Adjuntar
attached-remove = Quitar
resource-attached = Se ha adjuntado el recurso.
resource-detached = Se ha quitado el recurso.
activity-resources = Recursos
activity-resources-none = No hay ningún recurso de la biblioteca adjunto a esta actividad.
error-resource-unknown = Ningún recurso de la biblioteca al que usted tenga acceso tiene esta dirección o este número.
error-already-listed = Este recurso ya está incluido.

## Edición, avisos y revisión

resource-edit = Editar
resource-edit-lead = Modifique los datos que describen el recurso y el título, el resumen y el enlace de una de sus versiones lingüísticas. Los archivos se añaden en la página del recurso; los anteriores se conservan.
resource-edit-version = Versión lingüística: { $language }
resource-edit-other-versions = Editar otra versión lingüística
resource-edit-save = Guardar los cambios
resource-saved = Se han guardado los cambios.
resource-flag = Señalar
resource-flagged = Gracias: los revisores de la biblioteca examinarán este recurso.
resource-moderation-hide = Ocultar el recurso
resource-moderation-restore = Volver a mostrar el recurso
resource-moderation-dismiss = Mantener el recurso tal como está
library-review-title = Revisión de la biblioteca
library-review-waiting = Pendientes de decisión
library-review-none = No hay ningún recurso pendiente de revisión ni señalado.
library-review-resource = Recurso
