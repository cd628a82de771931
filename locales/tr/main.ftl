## Her sayfanın çerçevesi

site-name = EuroVET Commons
skip-to-content = İçeriğe geç
nav-label = Ana menü
nav-directory = Rehber
nav-counselling = Akran danışmanlığı
nav-plans = Strateji ve planlar
footer-tagline = Avrupa'daki mesleki eğitim ve öğretim kurumları ağlarının ortak evi.
search-button = Ara
error-load = İçerik yüklenemedi. Lütfen birazdan yeniden deneyin.

not-found-title = Sayfa bulunamadı
not-found-body = Bu adreste bir şey yok. Sayfa taşınmış ya da bağlantı yanlış yazılmış olabilir.
not-found-home = Ana sayfaya git

## Ülke ve dil

language-link = Ülke ve dil
language-title = Ülkenizi ve dilinizi seçin
language-lead = Önce ülkenizi, ardından o ülkenin dillerinden birini seçin. Tüm sayfalar seçiminize uyar ve bu cihaz seçiminizi hatırlar.
language-current = Platformu { $language } okuyorsunuz.
language-countries = Üye ülkeler ve dilleri

## Ana sayfa

home-title = Avrupa'nın mesleki eğitim kurumları, tek bir ağ olarak
home-lead = Üye ağlarda ortak bulun, akranlarınızdan görüş isteyin ve ağın stratejisini birlikte oluşturun.
home-figures = Rakamlarla ağ
home-parts = Burada neler yapabilirsiniz
home-directory = Her üye ülkedeki ağlar, kurumlar ve üyeler; bir sonraki projeniz için ortaklar.
home-counselling = Aynı sorunu daha önce çözmüş akranlarınıza sorun ve kendi dilinizde yanıt verin.
home-plans = Her ağın vizyonu, hedefleri ve faaliyetleri; ağın kolaylaştırıcıları tarafından birlikte izlenir.
figure-networks = { $count ->
    [one] ağ
   *[other] ağ
}
figure-organisations = { $count ->
    [one] kurum
   *[other] kurum
}
figure-members = { $count ->
    [one] üye
   *[other] üye
}
figure-countries = { $count ->
    [one] ülke
   *[other] ülke
}

## Rehber

directory-title = Üye rehberi
directory-lead = Platformun ağları: uluslararası ağdan ona bağlı ulusal, bölgesel ve tematik ağlara kadar.
directory-search-label = Ağları ada veya şehre göre arayın
directory-tree-label = Ağlar ve üye ağları
directory-no-match = “{ $query }” ile eşleşen ağ yok.
organisation-count = { $count ->
    [0] üye kurum yok
    [one] { $count } üye kurum
   *[other] { $count } üye kurum
}
directory-organisations-link = Tüm kurumlara göz atın
map-link = Üye ülkeler haritası

organisations-title = Kurumlar
organisations-lead = Platformun tüm üye kurumları. Ada, şehre veya açıklamaya göre arayın ve listeyi filtrelerle daraltın.
organisations-search-label = Ad, şehir veya açıklama
organisations-found = { $count ->
    [0] Kurum bulunamadı
    [one] { $count } kurum bulundu
   *[other] { $count } kurum bulundu
}
organisations-none = Bu filtrelerle eşleşen kurum yok. Bir filtreyi kaldırın veya daha az kelimeyle arayın.
filter-any = Tümü
filter-country = Ülke
filter-type = Kurum türü
filter-sector = Sektör
filter-topic = Uzmanlık alanı
filter-language = Konuşulan dil
sort-label = Sıralama
sort-relevance = En iyi eşleşme
sort-name = Ad
sort-newest = Önce en yeniler
sort-country = Ülke
page-navigation = Sayfalar
page-previous = Önceki sayfa
page-next = Sonraki sayfa
page-position = Sayfa { $page } / { $pages }

organisation-back = Kurumlara geri dön
organisation-description = Kurum hakkında
organisation-languages = Konuşulan diller
organisation-website = Web sitesi
organisation-networks = Ağlar
organisation-members = Üyeler
organisation-contact-private = İletişim bilgileri yalnızca oturum açmış üyelere gösterilir.

network-back = Üye rehberine geri dön
network-parent = Üyesi olduğu ağ:
network-figures = Rakamlarla ağ
network-description = Ağ hakkında
network-member-networks = Üye ağlar
network-organisations = Üye kurumlar
network-all-organisations = { $count ->
    [one] { $count } üye kurumu kurum listesinde göster
   *[other] { $count } üye kurumun tümünü kurum listesinde göster
}

map-title = Haritada üye ülkeler
map-lead = Her üye ülke, üye kurum sayısına göre renklendirilmiştir. Kurumlarını görmek için bir ülke seçin.
map-table = Ülkelere göre üye kurumlar

## Akran danışmanlığı

counselling-title = Akran danışmanlığı
counselling-lead = Aynı soruyla karşılaşmış üyelere danışın ve sizin için neyin işe yaradığını paylaşın.

## Strateji ve planlar

plans-title = Strateji ve eylem planları
plans-lead = Her ağın beş yıllık stratejisi, hedefleri ve eylem planındaki faaliyetler.
