# The library: resources shared by the networks, in several languages.

nav-library = Library
library-title = Library
library-lead = Guides, handbooks, templates, videos and tools from the networks' members, each in the languages it has been translated into.
library-add = Add a resource
library-add-lead = Share a document, an ePub, a video, a presentation, a template or a link. Give its title and summary in the language it is written in; translations can be added afterwards.
library-add-send = Add the resource
library-sign-in-to-add = Sign in to add a resource
library-found = { $count ->
    [one] { $count } resource
   *[other] { $count } resources
}
library-none = No resource matches this search.
library-search-label = Search titles, summaries and the text of the files
library-sort = Order
library-sort-relevance = Best match
library-sort-newest = Newest first
library-file = File
library-file-hint = At most { $size } MB (a video: { $video } MB), or give a link to where it is hosted. PDF, ePub, office documents (OpenDocument, Word, Excel, PowerPoint), videos, audio, images and plain text.

resource-kind = Kind
resource-kind-document = Document
resource-kind-epub = ePub
resource-kind-video = Video
resource-kind-presentation = Presentation
resource-kind-template = Template or tool
resource-kind-website = Website
resource-kind-dataset = Dataset

resource-audience = For
audience-trainers = Teachers and trainers
audience-learners = Learners and apprentices
audience-managers = Managers of VET providers
audience-companies = Companies and in-company trainers
audience-guidance = Guidance counsellors
audience-policymakers = Policy makers

resource-licence = Licence
licence-cc-by = Attribution (CC BY 4.0)
licence-cc-by-sa = Attribution – ShareAlike (CC BY-SA 4.0)
licence-cc-by-nc = Attribution – NonCommercial (CC BY-NC 4.0)
licence-cc-by-nc-sa = Attribution – NonCommercial – ShareAlike (CC BY-NC-SA 4.0)
licence-cc-by-nd = Attribution – NoDerivatives (CC BY-ND 4.0)
licence-cc-by-nc-nd = Attribution – NonCommercial – NoDerivatives (CC BY-NC-ND 4.0)
licence-cc0 = Public domain (CC0 1.0)
licence-all-rights-reserved = All rights reserved
resource-attribution = “{ $title }” by { $author }, licensed under { $licence }.
resource-licence-deed = What the licence allows
resource-rights-reserved = © { $author }. All rights reserved: ask the authors before you reuse it.

resource-visibility = Who may see it
visibility-everyone = Everyone
visibility-members = Signed-in members
visibility-network = Members of its network

resource-status-draft = Draft
resource-status-submitted = Waiting for review
resource-status-published = Published
resource-draft-hint = only you and the network's facilitators see it until it is published.
resource-submitted-hint = the network's facilitators review it before it is public.
resource-hidden = Hidden by a moderator

resource-field-title = Title
resource-field-summary = Summary
resource-field-author = Authors (as the attribution names them)
resource-field-link = Link (a website, or where a video is hosted)
resource-field-draft = Keep it as a draft for now
resource-language = Language
resource-topics = Topics
resource-sectors = Sectors
resource-countries = Countries
resource-network = Network
resource-network-none = The whole platform
resource-organisation = Organisation
resource-added-by = Added by
resource-updated = Updated
resource-about = About this resource
resource-original = original
resource-other-languages = In other languages
resource-not-in-your-language = Not yet in { $language }: shown in { $shown }, the language it was written in.
resource-open-pdf = Open the PDF
resource-download = Download
resource-open-link = Go to the resource
resource-files = Files
resource-file-name = File
resource-file-size = Size
resource-file-uploaded = Uploaded
resource-file-current = current
resource-pages = { $count ->
    [one] { $count } page
   *[other] { $count } pages
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Upload a new file ({ $language })
resource-new-file-hint = The new file becomes the current one; the earlier files stay listed and can still be downloaded.
resource-new-file-send = Upload the file
resource-add-translation = Add a translation
resource-add-translation-send = Add the translation
resource-review = Review
resource-review-publish = Publish
resource-review-return = Return to its author as a draft
resource-publish = Publish

resource-added = The resource is added.
resource-version-added = The translation is added.
resource-file-added = The new file is uploaded; the earlier one is still listed.
resource-published = The resource is published.
resource-submitted = The resource is submitted: the network's facilitators review it before it is public.
resource-returned = The resource is back with its author as a draft.

upload-progress = Uploading: { $percent } %
upload-failed = The upload did not go through. Please try again.

error-file-too-large = The file is larger than the limit for this kind of resource. Share a link to where it is hosted instead.
error-file-missing = Choose a file or give a link.
error-upload-incomplete = The upload broke off before the whole file arrived. Nothing was kept; please try again.
error-file-type-refused = The library does not take this type of file. Programs and archives are refused; ePub, OpenDocument and Office files are taken.
error-file-type-mismatch = The file's content does not match its name: a file named .pdf must be a PDF.
error-file-name-invalid = The file's name holds characters a file name may not have, or it is too long (at most 200 characters).
error-file-unreadable = The file cannot be read: it is damaged, or it unpacks to far more than it holds.
error-file-duplicate = This very file is already the current file of this version.
error-link-invalid = The link must be a web address starting with https:// or http://.
error-version-exists = The resource already has a version in this language.
error-not-a-form = This request is not a form the library can read.
error-back-to-form = Back to the form

## Collections (toolboxes)

collections-title = Toolboxes
collections-lead = Collections of resources put together by the networks' facilitators for a topic or a network, each resource with a note on why it is there.
collections-none = There is no toolbox yet.
collection-count = { $count ->
    [one] { $count } resource
   *[other] { $count } resources
}
collection-new = New toolbox
collection-new-lead = A toolbox gathers resources of the library in the order you choose. Add resources to it from their own pages.
collection-description = What the toolbox is for
collection-create = Create the toolbox
collection-curator = Put together by
collection-empty = This toolbox holds no resource yet.
collection-unseen = { $count ->
    [one] { $count } more resource of this toolbox is for members or for a network only.
   *[other] { $count } more resources of this toolbox are for members or for a network only.
}
collection-add-hint = To add a resource, open it in the library and choose "Add to a toolbox".
collection-item-up = Move up
collection-item-down = Move down
collection-item-remove = Remove from the toolbox
collection-item-note = Note
collection-item-note-save = Save the note
collection-note = Why it is in the toolbox (optional)
collection-add-to = Add to a toolbox
collection-which = Toolbox
collection-add-send = Add to the toolbox
collection-created = The toolbox is created. Add resources to it from their pages.
collection-saved = The toolbox is saved.
collection-item-added = The resource is added to the toolbox.

## Where a resource is used, and attaching it

used-in-title = Used in
used-in-collection = Toolbox
used-in-thread = Peer counselling
used-in-activity = Action plan
attached-title = Resources from the library
attached-add = Attach a resource
attached-resource = Resource
attached-resource-hint = The address of its page in the library, or its number.
attached-add-send = Attach
attached-remove = Remove
resource-attached = The resource is attached.
resource-detached = The resource is removed.
activity-resources = Resources
activity-resources-none = No resource of the library is attached to this activity.
error-resource-unknown = No resource of the library that you may read has this address or number.
error-already-listed = This resource is already there.

## Editing, reports and review

resource-edit = Edit
resource-edit-lead = Change what describes the resource and the title, summary and link of one of its language versions. Files are added on the resource's page; earlier ones are kept.
resource-edit-version = The version in { $language }
resource-edit-other-versions = Edit another language version
resource-edit-save = Save the changes
resource-saved = The changes are saved.
resource-flag = Report
resource-flagged = Thank you: the library's reviewers will look at this resource.
resource-moderation-hide = Hide the resource
resource-moderation-restore = Show the resource again
resource-moderation-dismiss = Keep the resource as it is
library-review-title = Review of the library
library-review-waiting = Waiting for a decision
library-review-none = No resource is waiting for review or reported.
library-review-resource = Resource
