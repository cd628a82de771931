## El marco de cada página

site-name = EuroVET Commons
skip-to-content = Ir al contenido
nav-label = Navegación principal
nav-directory = Directorio
nav-counselling = Asesoramiento entre pares
nav-plans = Estrategia y planes
footer-tagline = El espacio común de las redes europeas de centros de formación profesional (FP).
search-button = Buscar
error-load = No se ha podido cargar el contenido. Vuelva a intentarlo en un momento.

not-found-title = Página no encontrada
not-found-body = No hay nada en esta dirección. Es posible que la página se haya trasladado o que el enlace esté mal escrito.
not-found-home = Ir a la página de inicio

## País e idioma

language-link = País e idioma
language-title = Elija su país y su idioma
language-lead = Elija su país y, después, uno de sus idiomas. Todas las páginas siguen su elección y este dispositivo la recuerda.
language-current = Está leyendo la plataforma en { $language }.
language-countries = Países miembros y sus idiomas

## Inicio

home-title = Los centros de FP de Europa, trabajando como una sola red
home-lead = Encuentre socios en todas las redes miembro, pida consejo a otros miembros y construya con ellos la estrategia de la red.
home-figures = La red en cifras
home-parts = Qué puede hacer aquí
home-directory = Redes, organizaciones y miembros en todos los países miembro, y socios para su próximo proyecto.
home-counselling = Pregunte a colegas que ya han resuelto el problema y responda en su propio idioma.
home-plans = La visión, las aspiraciones y las actividades de cada red, con un seguimiento conjunto por parte de sus dinamizadores.
figure-networks = { $count ->
    [one] red
    [many] redes
   *[other] redes
}
figure-organisations = { $count ->
    [one] organización
    [many] organizaciones
   *[other] organizaciones
}
figure-members = { $count ->
    [one] miembro
    [many] miembros
   *[other] miembros
}
figure-countries = { $count ->
    [one] país
    [many] países
   *[other] países
}

## Directorio

directory-title = Directorio de miembros
directory-lead = Las redes de la plataforma, desde la red internacional hasta las redes nacionales, regionales y temáticas que forman parte de ella.
directory-search-label = Buscar redes por nombre o ciudad
directory-tree-label = Redes y sus redes miembro
directory-no-match = Ninguna red coincide con «{ $query }».
organisation-count = { $count ->
    [0] ninguna organización miembro
    [one] { $count } organización miembro
    [many] { $count } organizaciones miembro
   *[other] { $count } organizaciones miembro
}
directory-organisations-link = Ver todas las organizaciones
map-link = Mapa de los países miembros

organisations-title = Organizaciones
organisations-lead = Todas las organizaciones miembro de la plataforma. Busque por nombre, ciudad o descripción y acote la lista con los filtros.
organisations-search-label = Nombre, ciudad o descripción
organisations-found = { $count ->
    [0] No se ha encontrado ninguna organización
    [one] Se ha encontrado { $count } organización
    [many] Se han encontrado { $count } de organizaciones
   *[other] Se han encontrado { $count } organizaciones
}
organisations-none = Ninguna organización coincide con estos filtros. Quite un filtro o busque con menos palabras.
filter-any = Todos
filter-country = País
filter-type = Tipo de organización
filter-sector = Sector de actividad
filter-topic = Ámbito de especialización
filter-language = Idioma hablado
sort-label = Ordenar por
sort-relevance = Mayor relevancia
sort-name = Nombre
sort-newest = Más recientes primero
sort-country = País
page-navigation = Páginas
page-previous = Página anterior
page-next = Página siguiente
page-position = Página { $page } de { $pages }

organisation-back = Volver a las organizaciones
organisation-description = Acerca de la organización
organisation-languages = Idiomas hablados
organisation-website = Sitio web
organisation-networks = Redes
organisation-members = Miembros
organisation-contact-private = Los datos de contacto solo se muestran a los miembros que han iniciado sesión.

network-back = Volver al directorio de miembros
network-parent = Miembro de
network-figures = La red en cifras
network-description = Acerca de la red
network-member-networks = Redes miembro
network-organisations = Organizaciones miembro
network-all-organisations = { $count ->
    [one] Mostrar la { $count } organización miembro en la lista de organizaciones
    [many] Mostrar las { $count } de organizaciones miembro en la lista de organizaciones
   *[other] Mostrar las { $count } organizaciones miembro en la lista de organizaciones
}

map-title = Los países miembros en el mapa
map-lead = Cada país miembro aparece sombreado según su número de organizaciones miembro. Seleccione un país para ver sus organizaciones.
map-table = Organizaciones miembro por país

## Asesoramiento entre pares

counselling-title = Asesoramiento entre pares
counselling-lead = Pregunte a miembros que se han enfrentado a la misma cuestión y comparta lo que le ha funcionado.

## Estrategia y planes

plans-title = Estrategia y planes de acción
plans-lead = La estrategia quinquenal de cada red, sus aspiraciones y las actividades de su plan de acción.
