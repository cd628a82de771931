## Modifier l’annuaire : organisations, recherche de partenaires, membres, réseaux, importations

organisations-export = Télécharger cette liste au format CSV
filter-offers = Propose un partenariat
filter-seeks = Recherche un partenariat

organisation-edit = Modifier cette organisation
organisation-edit-title = Modifier l’organisation
organisation-edit-back = Retour à l’organisation
organisation-edit-not-allowed = Seuls les membres de l’organisation elle-même et les coordinateurs de la plateforme peuvent la modifier.
organisation-save = Enregistrer l’organisation
organisation-saved = L’organisation a été enregistrée.
field-organisation-name = Nom de l’organisation
field-city = Ville
field-description = Descriptif
field-description-language = Langue du descriptif
field-topics = Domaines d’expertise

partnerships-page-title = Recherche de partenaires
partnerships-lead = Ce que les organisations des réseaux proposent et ce qu’elles recherchent. Filtrez par type de partenariat, domaine d’expertise et pays.
partnerships-title = Offres et besoins
partnerships-none-here = Cette organisation n’a encore indiqué aucune offre ni aucun besoin.
partnerships-none = Aucune offre ni aucun besoin ne correspond à ces filtres.
partnerships-found = { $count ->
    [one] { $count } offre ou besoin
    [many] { $count } d’offres et de besoins
   *[other] { $count } offres et besoins
}
partnership-add = Ajouter une offre ou un besoin
partnership-add-submit = Ajouter
partnership-added = L’offre ou le besoin a été ajouté.
partnership-withdraw = Retirer
partnership-removed = L’offre ou le besoin a été retiré.
partnership-any-country = Ouvert aux partenaires de tous les pays
partnership-open-to = Ouvert aux partenaires des pays suivants : { $countries }
field-direction = Offre ou besoin
field-partnership-kind = Type de partenariat
field-open-to = Ouvert aux partenaires des pays suivants
field-open-to-hint = Ne sélectionnez aucun pays pour accepter des partenaires de tous les pays ; maintenez la touche Ctrl (ou ⌘) enfoncée pour en sélectionner plusieurs.
suggestions-title = Partenaires possibles
suggestions-intro = Offres d’autres organisations qui répondent aux besoins de cette organisation : même type de partenariat et au moins un domaine d’expertise en commun.
suggestions-mine = Partenaires possibles pour votre organisation
suggestion-for = Répond au besoin : { $kind }

memberships-title = Adhésions aux réseaux
memberships-intro = Les réseaux que vous animez : ajoutez cette organisation, modifiez son niveau d’adhésion ou retirez-la.
membership-add = Ajouter au réseau
membership-save = Modifier le niveau
membership-remove = Retirer du réseau
membership-saved = L’adhésion a été enregistrée.
membership-removed = L’organisation a été retirée du réseau.
field-level = Niveau d’adhésion
field-network = Réseau

network-facilitators = Animateurs
field-expertise = Domaines d’expertise
member-no-expertise = Aucun domaine d’expertise indiqué pour l’instant.

network-create = Créer un réseau
network-create-submit = Créer le réseau
network-created = Le réseau a été créé.
field-network-name = Nom du réseau
field-network-kind = Type de réseau
field-network-parent = Membre du réseau
network-no-parent = Aucun (réseau de premier niveau)
network-no-country = Aucun (réseau international ou thématique)
network-country-hint = Les réseaux nationaux et régionaux doivent être rattachés à un pays.

import-title = Importer des organisations
import-lead = Ajoutez en une seule fois de nombreuses organisations à un réseau à partir d’un fichier CSV. Chaque ligne vérifiée vous est présentée avant toute importation.
import-not-allowed = Seuls les animateurs d’un réseau et les coordinateurs de la plateforme peuvent importer des organisations.
import-columns = La première ligne du fichier indique le nom des colonnes : { $required } (obligatoires) et { $optional } (facultatives). Les colonnes peuvent figurer dans n’importe quel ordre, séparées par des virgules ou des points-virgules.
import-lists-hint = Les secteurs, les domaines d’expertise et les langues acceptent plusieurs valeurs séparées par des points-virgules, avec les mêmes codes que dans une liste exportée ; le niveau est « core », « member » ou « associate » (« member » s’il est vide).
import-network = Réseau que les organisations rejoignent
import-file = Fichier CSV (UTF-8)
import-upload = Vérifier le fichier
import-preview-title = Aperçu de l’importation
import-preview-heading = Importation de { $file } dans { $network }
import-summary = { $ready ->
    [one] { $ready } organisation prête à être importée
    [many] { $ready } d’organisations prêtes à être importées
   *[other] { $ready } organisations prêtes à être importées
}, { $problems ->
    [one] { $problems } problème
    [many] { $problems } de problèmes
   *[other] { $problems } problèmes
}.
import-problems = Lignes comportant des problèmes
import-fix-and-upload = Rien n’est importé tant qu’une ligne comporte un problème. Corrigez le fichier, puis chargez-le à nouveau.
import-ready = Lignes prêtes à être importées
import-line = Ligne
import-column = Colonne
import-problem = Problème
import-value = Valeur dans le fichier
import-apply = { $count ->
    [one] Importer { $count } organisation
    [many] Importer { $count } d’organisations
   *[other] Importer { $count } organisations
}
import-applied = Les organisations ont été importées.
import-done = { $count ->
    [one] { $count } organisation a été importée.
    [many] { $count } d’organisations ont été importées.
   *[other] { $count } organisations ont été importées.
}
import-another = Importer un autre fichier

error-text-missing = Remplissez ce champ.
error-choice-unknown = Choisissez l’une des valeurs proposées.
error-website-invalid = Saisissez une adresse web commençant par https:// ou http://.
error-topic-missing = Choisissez au moins un domaine d’expertise.
error-already-member = Cette organisation est déjà membre du réseau.
error-organisation-exists = Une organisation portant ce nom existe déjà dans cette ville.
error-import-unreadable = Le fichier n’a pas pu être lu comme un tableau d’organisations. Vérifiez qu’il s’agit bien d’un fichier CSV encodé en UTF-8 dont la première ligne indique les colonnes obligatoires.
error-import-empty = Le fichier ne contient aucune organisation.
error-import-too-large = Le fichier est trop volumineux : 5 Mo et 20 000 organisations au maximum.
error-import-has-errors = Certaines lignes comportent des problèmes ; rien n’a donc été importé.
error-import-applied = Ce fichier a déjà été importé.
error-limit-reached = La limite est atteinte : supprimez une entrée avant d’en ajouter une autre.
