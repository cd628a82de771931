# La bibliothèque : les ressources partagées par les réseaux, en plusieurs langues.

nav-library = Bibliothèque
library-title = Bibliothèque
library-lead = Guides, manuels, modèles, vidéos et outils proposés par les membres des réseaux, chacun dans les langues dans lesquelles il a été traduit.
library-add = Ajouter une ressource
library-add-lead = Partagez un document, un ePub, une vidéo, une présentation, un modèle ou un lien. Indiquez son titre et son résumé dans la langue dans laquelle il est rédigé ; des traductions pourront être ajoutées par la suite.
library-add-send = Ajouter la ressource
library-sign-in-to-add = Connectez-vous pour ajouter une ressource
library-found = { $count ->
    [one] { $count } ressource
    [many] { $count } de ressources
   *[other] { $count } ressources
}
library-none = Aucune ressource ne correspond à cette recherche.
library-search-label = Rechercher dans les titres, les résumés et le texte des fichiers
library-sort = Trier par
library-sort-relevance = Pertinence
library-sort-newest = Les plus récentes d’abord
library-file = Fichier
library-file-hint = { $size } Mo au maximum (pour une vidéo : { $video } Mo), ou indiquez un lien vers l’endroit où il est hébergé. PDF, ePub, documents bureautiques (OpenDocument, Word, Excel, PowerPoint), vidéos, fichiers audio, images et texte brut.

resource-kind = Type
resource-kind-document = Document
resource-kind-epub = ePub
resource-kind-video = Vidéo
resource-kind-presentation = Présentation
resource-kind-template = Modèle ou outil
resource-kind-website = Site web
resource-kind-dataset = Jeu de données

resource-audience = Public
audience-trainers = Enseignants et formateurs
audience-learners = Apprenants et apprentis
audience-managers = Dirigeants de prestataires d’EFP
audience-companies = Entreprises et formateurs en entreprise
audience-guidance = Conseillers d’orientation
audience-policymakers = Décideurs politiques

resource-licence = Licence
licence-cc-by = Attribution (CC BY 4.0)
licence-cc-by-sa = Attribution – Partage dans les mêmes conditions (CC BY-SA 4.0)
licence-cc-by-nc = Attribution – Pas d’utilisation commerciale (CC BY-NC 4.0)
licence-cc-by-nc-sa = Attribution – Pas d’utilisation commerciale – Partage dans les mêmes conditions (CC BY-NC-SA 4.0)
licence-cc-by-nd = Attribution – Pas de modification (CC BY-ND 4.0)
licence-cc-by-nc-nd = Attribution – Pas d’utilisation commerciale – Pas de modification (CC BY-NC-ND 4.0)
licence-cc0 = Domaine public (CC0 1.0)
licence-all-rights-reserved = Tous droits réservés
resource-attribution = « { $title } » par { $author }, sous licence { $licence }.
resource-licence-deed = Ce que permet la licence
resource-rights-reserved = © { $author }. Tous droits réservés : demandez l’autorisation des auteurs avant de la réutiliser.

resource-visibility = Qui peut la voir
visibility-everyone = Tout le monde
visibility-members = Membres connectés
visibility-network = Membres de son réseau

resource-status-draft = Brouillon
resource-status-submitted = En attente d’examen
resource-status-published = Publiée
resource-draft-hint = seuls vous et les animateurs du réseau pouvez la voir jusqu’à sa publication.
resource-submitted-hint = les animateurs du réseau l’examinent avant qu’elle ne soit rendue publique.
resource-hidden = Masquée par un modérateur

resource-field-title = Titre
resource-field-summary = Résumé
resource-field-author = Auteurs (tels qu’ils figurent dans l’attribution)
resource-field-link = Lien (un site web, ou l’endroit où une vidéo est hébergée)
resource-field-draft = La conserver comme brouillon pour l’instant
resource-language = Langue
resource-topics = Thèmes
resource-sectors = Secteurs
resource-countries = Pays
resource-network = Réseau
resource-network-none = Toute la plateforme
resource-organisation = Organisation
resource-added-by = Ajoutée par
resource-updated = Mise à jour
resource-about = À propos de cette ressource
resource-original = originale
resource-other-languages = Dans d’autres langues
resource-not-in-your-language = Pas encore disponible en { $language } : affichée en { $shown }, la langue dans laquelle elle a été rédigée.
resource-open-pdf = Ouvrir le PDF
resource-download = Télécharger
resource-open-link = Accéder à la ressource
resource-files = Fichiers
resource-file-name = Fichier
resource-file-size = Taille
resource-file-uploaded = Date de chargement
resource-file-current = actuel
resource-pages = { $count ->
    [one] { $count } page
    [many] { $count } de pages
   *[other] { $count } pages
}
file-size-kb = { $size } ko
file-size-mb = { $size } Mo

resource-new-file = Charger un nouveau fichier ({ $language })
resource-new-file-hint = Le nouveau fichier devient le fichier actuel ; les fichiers précédents restent dans la liste et peuvent toujours être téléchargés.
resource-new-file-send = Charger le fichier
resource-add-translation = Ajouter une traduction
resource-add-translation-send = Ajouter la traduction
resource-review = Examen
resource-review-publish = Publier
resource-review-return = Renvoyer à son auteur comme brouillon
resource-publish = Publier

resource-added = La ressource a été ajoutée.
resource-version-added = La traduction a été ajoutée.
resource-file-added = Le nouveau fichier a été chargé ; le précédent reste dans la liste.
resource-published = La ressource a été publiée.
resource-submitted = La ressource a été soumise : les animateurs du réseau l’examinent avant qu’elle ne soit rendue publique.
resource-returned = La ressource a été renvoyée à son auteur comme brouillon.

upload-progress = Chargement en cours : { $percent } %
upload-failed = Le chargement n’a pas abouti. Veuillez réessayer.

error-file-too-large = Le fichier dépasse la taille maximale autorisée pour ce type de ressource. Partagez plutôt un lien vers l’endroit où il est hébergé.
error-file-missing = Choisissez un fichier ou indiquez un lien.
error-upload-incomplete = Le chargement s’est interrompu avant la réception du fichier complet. Rien n’a été conservé ; veuillez réessayer.
error-file-type-refused = La bibliothèque n’accepte pas ce type de fichier. Les programmes et les archives sont refusés ; les fichiers ePub, OpenDocument et Office sont acceptés.
error-file-type-mismatch = Le contenu du fichier ne correspond pas à son nom : un fichier portant l’extension .pdf doit être un PDF.
error-file-name-invalid = Le nom du fichier contient des caractères interdits dans un nom de fichier, ou il est trop long (200 caractères au maximum).
error-file-unreadable = Le fichier est illisible : il est endommagé, ou sa décompression produit bien plus de données qu’il n’en contient.
error-file-duplicate = Ce fichier est déjà le fichier actuel de cette version.
error-link-invalid = Le lien doit être une adresse web commençant par https:// ou http://.
error-version-exists = La ressource a déjà une version dans cette langue.
error-not-a-form = Cette requête n’est pas un formulaire que la bibliothèque peut lire.
error-back-to-form = Retour au formulaire

## Collections (boîtes à outils)

collections-title = Boîtes à outils
collections-lead = Des ensembles de ressources réunies par les animateurs des réseaux autour d’un thème ou pour un réseau, chacune accompagnée d’une note expliquant pourquoi elle y figure.
collections-none = Il n’y a encore aucune boîte à outils.
collection-count = { $count ->
    [one] { $count } ressource
    [many] { $count } de ressources
   *[other] { $count } ressources
}
collection-new = Nouvelle boîte à outils
collection-new-lead = Une boîte à outils rassemble des ressources de la bibliothèque dans l’ordre de votre choix. Ajoutez-y des ressources depuis leur propre page.
collection-description = À quoi sert la boîte à outils
collection-create = Créer la boîte à outils
collection-curator = Constituée par
collection-empty = Cette boîte à outils ne contient encore aucune ressource.
collection-unseen = { $count ->
    [one] { $count } autre ressource de cette boîte à outils est réservée aux membres connectés ou aux membres d’un réseau.
    [many] { $count } de ressources supplémentaires de cette boîte à outils sont réservées aux membres connectés ou aux membres d’un réseau.
   *[other] { $count } autres ressources de cette boîte à outils sont réservées aux membres connectés ou aux membres d’un réseau.
}
collection-add-hint = Pour ajouter une ressource, ouvrez-la dans la bibliothèque et choisissez « Ajouter à une boîte à outils ».
collection-item-up = Monter
collection-item-down = Descendre
collection-item-remove = Retirer de la boîte à outils
collection-item-note = Note
collection-item-note-save = Enregistrer la note
collection-note = Pourquoi elle figure dans la boîte à outils (facultatif)
collection-add-to = Ajouter à une boîte à outils
collection-which = Boîte à outils
collection-add-send = Ajouter à la boîte à outils
collection-created = La boîte à outils a été créée. Ajoutez-y des ressources depuis leur page.
collection-saved = La boîte à outils a été enregistrée.
collection-item-added = La ressource a été ajoutée à la boîte à outils.

## Où une ressource est utilisée, et comment la joindre

used-in-title = Utilisée dans
used-in-collection = Boîte à outils
used-in-thread = Conseil entre pairs
used-in-activity = Plan d’action
attached-title = Ressources de la bibliothèque
attached-add = Joindre une ressource
attached-resource = Ressource
attached-resource-hint = L’adresse de sa page dans la bibliothèque, ou son numéro.
attached-add-send = Joindre
attached-remove = Retirer
resource-attached = La ressource a été jointe.
resource-detached = La ressource a été retirée.
activity-resources = Ressources
activity-resources-none = Aucune ressource de la bibliothèque n’est jointe à cette activité.
error-resource-unknown = Aucune ressource de la bibliothèque à laquelle vous avez accès ne porte cette adresse ou ce numéro.
error-already-listed = Cette ressource y figure déjà.

## Modification, signalements et examen

resource-edit = Modifier
resource-edit-lead = Modifiez les informations qui décrivent la ressource ainsi que le titre, le résumé et le lien de l’une de ses versions linguistiques. Les fichiers s’ajoutent sur la page de la ressource ; les précédents sont conservés.
resource-edit-version = Version linguistique : { $language }
resource-edit-other-versions = Modifier une autre version linguistique
resource-edit-save = Enregistrer les modifications
resource-saved = Les modifications ont été enregistrées.
resource-flag = Signaler
resource-flagged = Merci : les modérateurs de la bibliothèque vont examiner cette ressource.
resource-moderation-hide = Masquer la ressource
resource-moderation-restore = Afficher à nouveau la ressource
resource-moderation-dismiss = Conserver la ressource telle quelle
library-review-title = Examen des ressources de la bibliothèque
library-review-waiting = En attente de décision
library-review-none = Aucune ressource n’est en attente d’examen ni signalée.
library-review-resource = Ressource
