## Le cadre de chaque page

site-name = EuroVET Commons
skip-to-content = Aller au contenu
nav-label = Navigation principale
nav-directory = Annuaire
nav-counselling = Conseil entre pairs
nav-plans = Stratégie et plans
footer-tagline = La maison commune des réseaux européens de prestataires d’enseignement et de formation professionnels (EFP).
loading = Chargement…
search-button = Rechercher
error-load = Le contenu n’a pas pu être chargé. Veuillez réessayer dans un instant.

not-found-title = Page introuvable
not-found-body = Il n’y a rien à cette adresse. La page a peut-être été déplacée, ou le lien est mal saisi.
not-found-home = Aller à la page d’accueil

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

## Conseil entre pairs

counselling-title = Conseil entre pairs
counselling-lead = Interrogez les membres qui se sont posé la même question, et partagez ce qui a fonctionné pour vous.
counselling-topics = Thématiques et organisations disposant d’une expertise en la matière
expertise-count = { $count ->
    [one] { $count } organisation disposant d’une expertise
    [many] { $count } organisations disposant d’une expertise
   *[other] { $count } organisations disposant d’une expertise
}

## Stratégie et plans

plans-title = Stratégie et plans d’action
plans-lead = La stratégie quinquennale de chaque réseau, ses ambitions et les activités de son plan d’action.
