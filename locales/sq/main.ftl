## Korniza e çdo faqeje

site-name = EuroVET Commons
skip-to-content = Kalo te përmbajtja
nav-label = Menyja kryesore
nav-directory = Drejtoria
nav-counselling = Këshillim mes kolegësh
nav-plans = Strategjia dhe planet
footer-tagline = Shtëpia e përbashkët e rrjeteve evropiane të ofruesve të arsimit dhe formimit profesional (AFP).
search-button = Kërko
error-load = Përmbajtja nuk u ngarkua dot. Ju lutemi provoni përsëri pas pak.

not-found-title = Faqja nuk u gjet
not-found-body = Në këtë adresë nuk ka asgjë. Faqja mund të jetë zhvendosur, ose lidhja mund të jetë shkruar gabim.
not-found-home = Shko te faqja kryesore

## Vendi dhe gjuha

language-link = Vendi dhe gjuha
language-title = Zgjidhni vendin dhe gjuhën tuaj
language-lead = Zgjidhni vendin tuaj, pastaj një nga gjuhët e tij. Çdo faqe ndjek zgjedhjen tuaj dhe kjo pajisje e mban mend.
language-current = Po e lexoni platformën në { $language }.
language-countries = Vendet anëtare dhe gjuhët e tyre

## Faqja kryesore

home-title = Ofruesit e AFP-së në Evropë, të bashkuar në një rrjet
home-lead = Gjeni partnerë në rrjetet anëtare, kërkoni këshilla nga kolegët dhe ndërtoni së bashku strategjinë e rrjetit.
home-figures = Rrjeti në shifra
home-parts = Çfarë mund të bëni këtu
home-directory = Rrjete, organizata dhe anëtarë në çdo vend anëtar, si dhe partnerë për projektin tuaj të ardhshëm.
home-counselling = Pyesni kolegët që e kanë zgjidhur më parë problemin dhe përgjigjuni në gjuhën tuaj.
home-plans = Vizioni, aspiratat dhe aktivitetet e çdo rrjeti, të ndjekura së bashku nga lehtësuesit e tij.
figure-networks = { $count ->
    [one] rrjet
   *[other] rrjete
}
figure-organisations = { $count ->
    [one] organizatë
   *[other] organizata
}
figure-members = { $count ->
    [one] anëtar
   *[other] anëtarë
}
figure-countries = { $count ->
    [one] vend
   *[other] vende
}

## Drejtoria

directory-title = Drejtoria e anëtarëve
directory-lead = Rrjetet e platformës, nga rrjeti ndërkombëtar te rrjetet kombëtare, rajonale dhe tematike që bëjnë pjesë në të.
directory-search-label = Kërkoni rrjete sipas emrit ose qytetit
directory-tree-label = Rrjetet dhe rrjetet e tyre anëtare
directory-no-match = Asnjë rrjet nuk përputhet me “{ $query }”.
organisation-count = { $count ->
    [0] asnjë organizatë anëtare
    [one] { $count } organizatë anëtare
   *[other] { $count } organizata anëtare
}
directory-organisations-link = Shfletoni të gjitha organizatat
map-link = Harta e vendeve anëtare

organisations-title = Organizatat
organisations-lead = Të gjitha organizatat anëtare të platformës. Kërkoni sipas emrit, qytetit ose përshkrimit dhe ngushtoni listën me filtrat.
organisations-search-label = Emri, qyteti ose përshkrimi
organisations-found = { $count ->
    [0] Nuk u gjet asnjë organizatë
    [one] U gjet { $count } organizatë
   *[other] U gjetën { $count } organizata
}
organisations-none = Asnjë organizatë nuk përputhet me këta filtra. Hiqni një filtër ose kërkoni me më pak fjalë.
filter-any = Të gjitha
filter-country = Vendi
filter-type = Lloji i organizatës
filter-sector = Sektori
filter-topic = Fusha e ekspertizës
filter-language = Gjuha që flitet
sort-label = Rendit sipas
sort-relevance = Përputhja më e mirë
sort-name = Emri
sort-newest = Më të rejat së pari
sort-country = Vendi
page-navigation = Faqet
page-previous = Faqja e mëparshme
page-next = Faqja tjetër
page-position = Faqja { $page } nga { $pages }

organisation-back = Kthehu te organizatat
organisation-description = Rreth organizatës
organisation-languages = Gjuhët që fliten
organisation-website = Faqja e internetit
organisation-networks = Rrjetet
organisation-members = Anëtarët
organisation-contact-private = Të dhënat e kontaktit u shfaqen vetëm anëtarëve që kanë hyrë në llogari.

network-back = Kthehu te drejtoria e anëtarëve
network-parent = Anëtar i
network-figures = Rrjeti në shifra
network-description = Rreth rrjetit
network-member-networks = Rrjetet anëtare
network-organisations = Organizatat anëtare
network-all-organisations = { $count ->
    [one] Shfaq { $count } organizatën anëtare në listën e organizatave
   *[other] Shfaq të gjitha { $count } organizatat anëtare në listën e organizatave
}

map-title = Vendet anëtare në hartë
map-lead = Çdo vend anëtar është ngjyrosur sipas numrit të organizatave të tij anëtare. Zgjidhni një vend për të parë organizatat e tij.
map-table = Organizatat anëtare sipas vendit

## Këshillim mes kolegësh

counselling-title = Këshillim mes kolegësh
counselling-lead = Pyesni anëtarët që janë përballur me të njëjtën pyetje dhe ndani atë që funksionoi për ju.

## Strategjia dhe planet

plans-title = Strategjia dhe planet e veprimit
plans-lead = Strategjia pesëvjeçare e çdo rrjeti, aspiratat e saj dhe aktivitetet e planit të veprimit.
