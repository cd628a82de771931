## Editing the directory: organisations, partner search, members, networks, imports.

organisations-export = Download this list as CSV
filter-offers = Offers partnership
filter-seeks = Seeks partnership

organisation-edit = Edit this organisation
organisation-edit-title = Edit the organisation
organisation-edit-back = Back to the organisation
organisation-edit-not-allowed = Only the organisation's own members and the platform coordinators may edit it.
organisation-save = Save the organisation
organisation-saved = The organisation has been saved.
field-organisation-name = Name of the organisation
field-city = City
field-description = Description
field-description-language = Language of the description
field-topics = Topics of expertise

partnerships-page-title = Partner search
partnerships-lead = What organisations of the networks offer and what they are looking for. Filter by kind of partnership, topic and country.
partnerships-title = Offers and needs
partnerships-none-here = This organisation has not stated any offers or needs yet.
partnerships-none = No offers or needs match these filters.
partnerships-found = { $count ->
    [one] { $count } offer or need
   *[other] { $count } offers and needs
}
partnership-add = Add an offer or a need
partnership-add-submit = Add
partnership-added = The offer or need has been added.
partnership-withdraw = Withdraw
partnership-removed = The offer or need has been withdrawn.
partnership-any-country = Open to partners from any country
partnership-open-to = Open to partners from: { $countries }
field-direction = Offer or need
field-partnership-kind = Kind of partnership
field-open-to = Open to partners from
field-open-to-hint = Choose none to accept partners from every country; hold Ctrl (or ⌘) to choose several.
suggestions-title = Possible partners
suggestions-intro = Offers of other organisations that match this organisation's needs: the same kind of partnership and at least one shared topic.
suggestions-mine = Possible partners for your organisation
suggestion-for = Answers the need: { $kind }

memberships-title = Network memberships
memberships-intro = The networks you facilitate: add this organisation, change its membership level or remove it.
membership-add = Add to the network
membership-save = Change the level
membership-remove = Remove from the network
membership-saved = The membership has been saved.
membership-removed = The organisation has been removed from the network.
field-level = Membership level
field-network = Network

network-facilitators = Facilitators
field-expertise = Expertise
member-no-expertise = No expertise stated yet.

network-create = Create a network
network-create-submit = Create the network
network-created = The network has been created.
field-network-name = Name of the network
field-network-kind = Kind of network
field-network-parent = Member of the network
network-no-parent = None (a network at the top)
network-no-country = None (international or thematic)
network-country-hint = National and regional networks need a country.

import-title = Import organisations
import-lead = Add many organisations to a network at once from a CSV file. You will see every row checked before anything is imported.
import-not-allowed = Only the facilitators of a network and the platform coordinators may import organisations.
import-columns = The first line of the file names the columns: { $required } (required) and { $optional } (optional). Columns may come in any order, separated by commas or semicolons.
import-lists-hint = Sectors, topics and languages take several values separated by semicolons, using the same keys as an exported list; the level is core, member or associate (member if empty).
import-network = Network the organisations join
import-file = CSV file (UTF-8)
import-upload = Check the file
import-preview-title = Import preview
import-preview-heading = Import of { $file } into { $network }
import-summary = { $ready ->
    [one] { $ready } organisation ready to import
   *[other] { $ready } organisations ready to import
}, { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
}.
import-problems = Rows with problems
import-fix-and-upload = Nothing is imported while a row has a problem. Correct the file and upload it again.
import-ready = Rows ready to import
import-line = Line
import-column = Column
import-problem = Problem
import-value = Value in the file
import-apply = { $count ->
    [one] Import { $count } organisation
   *[other] Import { $count } organisations
}
import-applied = The organisations have been imported.
import-done = { $count ->
    [one] { $count } organisation was imported.
   *[other] { $count } organisations were imported.
}
import-another = Import another file

error-text-missing = Fill in this field.
error-choice-unknown = Choose one of the values offered.
error-website-invalid = Enter a web address that starts with https:// or http://.
error-topic-missing = Choose at least one topic.
error-already-member = This organisation is already a member of the network.
error-organisation-exists = An organisation with this name already exists in this city.
error-import-unreadable = The file could not be read as a table of organisations. Check that it is a UTF-8 CSV file whose first line names the required columns.
error-import-empty = The file holds no organisations.
error-import-too-large = The file is too large: at most 5 MB and 20,000 organisations.
error-import-has-errors = Some rows have problems, so nothing was imported.
error-import-applied = This file has already been imported.
error-limit-reached = The limit has been reached: remove an entry before adding another.
