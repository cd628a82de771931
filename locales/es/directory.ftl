## Edición del directorio: organizaciones, búsqueda de socios, miembros, redes e importaciones

organisations-export = Descargar esta lista en formato CSV
filter-offers = Ofrece colaboración
filter-seeks = Busca colaboración

organisation-edit = Editar esta organización
organisation-edit-title = Editar la organización
organisation-edit-back = Volver a la organización
organisation-edit-not-allowed = Solo los miembros de la propia organización y los coordinadores de la plataforma pueden editarla.
organisation-save = Guardar la organización
organisation-saved = Se ha guardado la organización.
field-organisation-name = Nombre de la organización
field-city = Ciudad
field-description = Descripción
field-description-language = Idioma de la descripción
field-topics = Ámbitos de especialización

partnerships-page-title = Búsqueda de socios
partnerships-lead = Lo que ofrecen y lo que buscan las organizaciones de las redes. Filtre por tipo de colaboración, ámbito de especialización y país.
partnerships-title = Ofertas y demandas
partnerships-none-here = Esta organización aún no ha indicado ninguna oferta ni demanda.
partnerships-none = Ninguna oferta ni demanda coincide con estos filtros.
partnerships-found = { $count ->
    [one] { $count } oferta o demanda
    [many] { $count } de ofertas y demandas
   *[other] { $count } ofertas y demandas
}
partnership-add = Añadir una oferta o una demanda
partnership-add-submit = Añadir
partnership-added = Se ha añadido la oferta o demanda.
partnership-withdraw = Retirar
partnership-removed = Se ha retirado la oferta o demanda.
partnership-any-country = Abierta a socios de cualquier país
partnership-open-to = Abierta a socios de: { $countries }
field-direction = Oferta o demanda
field-partnership-kind = Tipo de colaboración
field-open-to = Abierta a socios de
field-open-to-hint = No seleccione ningún país para aceptar socios de todos los países; mantenga pulsada la tecla Ctrl (o ⌘) para seleccionar varios.
suggestions-title = Posibles socios
suggestions-intro = Ofertas de otras organizaciones que responden a las demandas de esta organización: el mismo tipo de colaboración y al menos un ámbito de especialización en común.
suggestions-mine = Posibles socios para su organización
suggestion-for = Responde a la demanda: { $kind }

memberships-title = Adhesiones a redes
memberships-intro = Las redes que usted dinamiza: añada esta organización, cambie su nivel de adhesión o retírela.
membership-add = Añadir a la red
membership-save = Cambiar el nivel
membership-remove = Retirar de la red
membership-saved = Se ha guardado la adhesión.
membership-removed = Se ha retirado la organización de la red.
field-level = Nivel de adhesión
field-network = Red

network-facilitators = Dinamizadores
field-expertise = Especialización
member-no-expertise = Aún no se ha indicado ninguna especialización.

network-create = Crear una red
network-create-submit = Crear la red
network-created = Se ha creado la red.
field-network-name = Nombre de la red
field-network-kind = Tipo de red
field-network-parent = Miembro de la red
network-no-parent = Ninguna (red de primer nivel)
network-no-country = Ninguno (red internacional o temática)
network-country-hint = Las redes nacionales y regionales deben tener un país.

import-title = Importar organizaciones
import-lead = Añada muchas organizaciones a una red de una sola vez a partir de un archivo CSV. Verá todas las filas comprobadas antes de que se importe nada.
import-not-allowed = Solo los dinamizadores de una red y los coordinadores de la plataforma pueden importar organizaciones.
import-columns = La primera línea del archivo indica los nombres de las columnas: { $required } (obligatorias) y { $optional } (opcionales). Las columnas pueden aparecer en cualquier orden, separadas por coma o por punto y coma.
import-lists-hint = Los sectores, los ámbitos de especialización y los idiomas admiten varios valores separados por punto y coma, con los mismos códigos que una lista exportada; el nivel es «core», «member» o «associate» («member» si está vacío).
import-network = Red a la que se unen las organizaciones
import-file = Archivo CSV (UTF-8)
import-upload = Comprobar el archivo
import-preview-title = Vista previa de la importación
import-preview-heading = Importación de { $file } en { $network }
import-summary = { $ready ->
    [one] { $ready } organización lista para importar
    [many] { $ready } de organizaciones listas para importar
   *[other] { $ready } organizaciones listas para importar
}, { $problems ->
    [one] { $problems } problema
    [many] { $problems } de problemas
   *[other] { $problems } problemas
}.
import-problems = Filas con problemas
import-fix-and-upload = No se importa nada mientras alguna fila tenga un problema. Corrija el archivo y vuelva a subirlo.
import-ready = Filas listas para importar
import-line = Línea
import-column = Columna
import-problem = Problema
import-value = Valor en el archivo
import-apply = { $count ->
    [one] Importar { $count } organización
    [many] Importar { $count } de organizaciones
   *[other] Importar { $count } organizaciones
}
import-applied = Se han importado las organizaciones.
import-done = { $count ->
    [one] Se ha importado { $count } organización.
    [many] Se han importado { $count } de organizaciones.
   *[other] Se han importado { $count } organizaciones.
}
import-another = Importar otro archivo

error-text-missing = Rellene este campo.
error-choice-unknown = Elija uno de los valores propuestos.
error-website-invalid = Introduzca una dirección web que empiece por https:// o http://.
error-topic-missing = Elija al menos un ámbito de especialización.
error-already-member = Esta organización ya es miembro de la red.
error-organisation-exists = Ya existe una organización con este nombre en esta ciudad.
error-import-unreadable = No se ha podido leer el archivo como una tabla de organizaciones. Compruebe que se trata de un archivo CSV en UTF-8 cuya primera línea indica las columnas obligatorias.
error-import-empty = El archivo no contiene ninguna organización.
error-import-too-large = El archivo es demasiado grande: como máximo, 5 MB y 20 000 organizaciones.
error-import-has-errors = Algunas filas tienen problemas, por lo que no se ha importado nada.
error-import-applied = Este archivo ya se ha importado.
error-limit-reached = Se ha alcanzado el límite: elimine una entrada antes de añadir otra.
