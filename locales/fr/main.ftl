## Le cadre de chaque page

site-name = EuroVET Commons
skip-to-content = Aller au contenu
nav-label = Navigation principale
nav-directory = Annuaire
nav-counselling = Conseil entre pairs
nav-plans = Stratégie et plans
footer-tagline = La maison commune des réseaux européens de prestataires d’enseignement et de formation professionnels (EFP).
search-button = Rechercher
error-load = Le contenu n’a pas pu être chargé. Veuillez réessayer dans un instant.

not-found-title = Page introuvable
not-found-body = Il n’y a rien à cette adresse. La page a peut-être été déplacée, ou le lien est mal saisi.
not-found-home = Aller à la page d’accueil

## Pays et langue

language-link = Pays et langue
language-title = Choisissez votre pays et votre langue
language-lead = Choisissez votre pays, puis l’une de ses langues. Chaque page suit votre choix, et cet appareil s’en souvient.
language-current = Vous consultez la plateforme en { $language }.
language-countries = Pays membres et leurs langues

## Accueil

home-title = Les prestataires d’EFP d’Europe, réunis en un seul réseau
home-lead = Trouvez des partenaires dans tous les réseaux membres, demandez conseil à vos pairs et construisez ensemble la stratégie du réseau.
home-figures = Le réseau en chiffres
home-parts = Ce que vous pouvez faire ici
home-directory = Réseaux, organisations et membres dans chaque pays membre, et des partenaires pour votre prochain projet.
home-counselling = Interrogez des pairs qui ont déjà résolu le problème, et répondez dans votre propre langue.
home-plans = La vision, les ambitions et les activités de chaque réseau, suivies collectivement par ses animateurs.
figure-networks = { $count ->
    [one] réseau
    [many] réseaux
   *[other] réseaux
}
figure-organisations = { $count ->
    [one] organisation
    [many] organisations
   *[other] organisations
}
figure-members = { $count ->
    [one] membre
    [many] membres
   *[other] membres
}
figure-countries = { $count ->
    [one] pays
    [many] pays
   *[other] pays
}

## Annuaire

directory-title = Annuaire des membres
directory-lead = Les réseaux de la plateforme, du réseau international aux réseaux nationaux, régionaux et thématiques qui en font partie.
directory-search-label = Rechercher des réseaux par nom ou par ville
directory-tree-label = Les réseaux et leurs réseaux membres
directory-no-match = Aucun réseau ne correspond à « { $query } ».
organisation-count = { $count ->
    [0] aucune organisation membre
    [one] { $count } organisation membre
    [many] { $count } organisations membres
   *[other] { $count } organisations membres
}
directory-organisations-link = Parcourir toutes les organisations
map-link = Carte des pays membres

organisations-title = Annuaire des organisations
organisations-lead = Toutes les organisations membres de la plateforme. Recherchez par nom, ville ou description, et affinez la liste à l’aide des filtres.
organisations-search-label = Nom, ville ou description
organisations-found = { $count ->
    [0] Aucune organisation trouvée
    [one] { $count } organisation trouvée
    [many] { $count } organisations trouvées
   *[other] { $count } organisations trouvées
}
organisations-none = Aucune organisation ne correspond à ces filtres. Retirez un filtre ou recherchez avec moins de mots.
filter-any = Tous
filter-country = Pays
filter-type = Type d’organisation
filter-sector = Secteur
filter-topic = Domaine d’expertise
filter-language = Langue parlée
sort-label = Trier par
sort-relevance = Pertinence
sort-name = Nom
sort-newest = Les plus récentes d’abord
sort-country = Pays
page-navigation = Pagination
page-previous = Page précédente
page-next = Page suivante
page-position = Page { $page } sur { $pages }

organisation-back = Retour aux organisations
organisation-description = À propos de l’organisation
organisation-languages = Langues parlées
organisation-website = Site web
organisation-networks = Réseaux
organisation-members = Membres
organisation-contact-private = Les coordonnées ne sont visibles que par les membres connectés.

network-back = Retour à l’annuaire des membres
network-parent = Membre de
network-figures = Le réseau en chiffres
network-description = À propos du réseau
network-member-networks = Réseaux membres
network-organisations = Organisations membres
network-all-organisations = { $count ->
    [one] Afficher l’organisation membre dans la liste des organisations
    [many] Afficher les { $count } organisations membres dans la liste des organisations
   *[other] Afficher les { $count } organisations membres dans la liste des organisations
}

map-title = Les pays membres sur la carte
map-lead = Chaque pays membre est coloré selon son nombre d’organisations membres. Sélectionnez un pays pour voir ses organisations.
map-table = Organisations membres par pays

## Conseil entre pairs

counselling-title = Conseil entre pairs
counselling-lead = Interrogez les membres qui se sont posé la même question, et partagez ce qui a fonctionné pour vous.

## Stratégie et plans

plans-title = Stratégie et plans d’action
plans-lead = La stratégie quinquennale de chaque réseau, ses ambitions et les activités de son plan d’action.
