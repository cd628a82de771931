## Rehberin düzenlenmesi: kurumlar, ortak arama, üyeler, ağlar, içe aktarmalar.

organisations-export = Bu listeyi CSV olarak indir
filter-offers = Ortaklık sunuyor
filter-seeks = Ortaklık arıyor

organisation-edit = Bu kurumu düzenle
organisation-edit-title = Kurumu düzenleyin
organisation-edit-back = Kuruma geri dön
organisation-edit-not-allowed = Bu kurumu yalnızca kurumun kendi üyeleri ve platform koordinatörleri düzenleyebilir.
organisation-save = Kurumu kaydet
organisation-saved = Kurum kaydedildi.
field-organisation-name = Kurumun adı
field-city = Şehir
field-description = Açıklama
field-description-language = Açıklamanın dili
field-topics = Uzmanlık alanları

partnerships-page-title = Ortak arama
partnerships-lead = Ağlardaki kurumların neler sunduğu ve neler aradığı. Ortaklık türüne, uzmanlık alanına ve ülkeye göre filtreleyin.
partnerships-title = Teklifler ve ihtiyaçlar
partnerships-none-here = Bu kurum henüz herhangi bir teklif veya ihtiyaç belirtmedi.
partnerships-none = Bu filtrelerle eşleşen teklif veya ihtiyaç yok.
partnerships-found = { $count ->
    [one] { $count } teklif veya ihtiyaç
   *[other] { $count } teklif ve ihtiyaç
}
partnership-add = Teklif veya ihtiyaç ekle
partnership-add-submit = Ekle
partnership-added = Teklif veya ihtiyaç eklendi.
partnership-withdraw = Geri çek
partnership-removed = Teklif veya ihtiyaç geri çekildi.
partnership-any-country = Her ülkeden ortaklara açık
partnership-open-to = Şu ülkelerden ortaklara açık: { $countries }
field-direction = Teklif veya ihtiyaç
field-partnership-kind = Ortaklık türü
field-open-to = Ortaklara açık olduğu ülkeler
field-open-to-hint = Her ülkeden ortak kabul etmek için hiçbir ülke seçmeyin; birden fazla ülke seçmek için Ctrl (veya ⌘) tuşunu basılı tutun.
suggestions-title = Olası ortaklar
suggestions-intro = Diğer kurumların bu kurumun ihtiyaçlarıyla eşleşen teklifleri: aynı ortaklık türü ve en az bir ortak uzmanlık alanı.
suggestions-mine = Kurumunuz için olası ortaklar
suggestion-for = Karşıladığı ihtiyaç: { $kind }

memberships-title = Ağ üyelikleri
memberships-intro = Kolaylaştırıcısı olduğunuz ağlar: bu kurumu ekleyin, üyelik düzeyini değiştirin veya kurumu ağdan çıkarın.
membership-add = Ağa ekle
membership-save = Düzeyi değiştir
membership-remove = Ağdan çıkar
membership-saved = Üyelik kaydedildi.
membership-removed = Kurum ağdan çıkarıldı.
field-level = Üyelik düzeyi
field-network = Ağ

network-facilitators = Kolaylaştırıcılar
field-expertise = Uzmanlık
member-no-expertise = Henüz uzmanlık belirtilmedi.

network-create = Ağ oluştur
network-create-submit = Ağı oluştur
network-created = Ağ oluşturuldu.
field-network-name = Ağın adı
field-network-kind = Ağ türü
field-network-parent = Üyesi olduğu ağ
network-no-parent = Yok (en üst düzeyde bir ağ)
network-no-country = Yok (uluslararası veya tematik)
network-country-hint = Ulusal ve bölgesel ağlar için bir ülke belirtilmelidir.

import-title = Kurumları içe aktar
import-lead = Bir CSV dosyasından bir ağa tek seferde çok sayıda kurum ekleyin. Hiçbir şey içe aktarılmadan önce her satırın kontrol sonucunu göreceksiniz.
import-not-allowed = Kurumları yalnızca bir ağın kolaylaştırıcıları ve platform koordinatörleri içe aktarabilir.
import-columns = Dosyanın ilk satırı sütun adlarını içerir: { $required } (zorunlu) ve { $optional } (isteğe bağlı). Sütunlar herhangi bir sırada olabilir ve virgül ya da noktalı virgülle ayrılır.
import-lists-hint = Sektörler, uzmanlık alanları ve diller, dışa aktarılan bir listedekiyle aynı anahtarlar kullanılarak noktalı virgülle ayrılmış birden fazla değer alabilir; düzey “core”, “member” veya “associate” olur (boşsa “member”).
import-network = Kurumların katılacağı ağ
import-file = CSV dosyası (UTF-8)
import-upload = Dosyayı kontrol et
import-preview-title = İçe aktarma önizlemesi
import-preview-heading = { $file } dosyasının { $network } ağına aktarılması
import-summary = { $ready ->
    [one] { $ready } kurum içe aktarılmaya hazır
   *[other] { $ready } kurum içe aktarılmaya hazır
}, { $problems ->
    [one] { $problems } sorun
   *[other] { $problems } sorun
}.
import-problems = Sorunlu satırlar
import-fix-and-upload = Sorunlu bir satır olduğu sürece hiçbir şey içe aktarılmaz. Dosyayı düzeltin ve yeniden yükleyin.
import-ready = İçe aktarılmaya hazır satırlar
import-line = Satır
import-column = Sütun
import-problem = Sorun
import-value = Dosyadaki değer
import-apply = { $count ->
    [one] { $count } kurumu içe aktar
   *[other] { $count } kurumu içe aktar
}
import-applied = Kurumlar içe aktarıldı.
import-done = { $count ->
    [one] { $count } kurum içe aktarıldı.
   *[other] { $count } kurum içe aktarıldı.
}
import-another = Başka bir dosya içe aktar

error-text-missing = Bu alanı doldurun.
error-choice-unknown = Sunulan değerlerden birini seçin.
error-website-invalid = https:// veya http:// ile başlayan bir web adresi girin.
error-topic-missing = En az bir uzmanlık alanı seçin.
error-already-member = Bu kurum zaten ağın üyesi.
error-organisation-exists = Bu şehirde bu ada sahip bir kurum zaten var.
error-import-unreadable = Dosya bir kurum tablosu olarak okunamadı. Dosyanın, ilk satırında zorunlu sütunların adları bulunan UTF-8 kodlamalı bir CSV dosyası olduğunu kontrol edin.
error-import-empty = Dosyada hiç kurum yok.
error-import-too-large = Dosya çok büyük: en fazla 5 MB ve 20.000 kurum.
error-import-has-errors = Bazı satırlarda sorun olduğu için hiçbir şey içe aktarılmadı.
error-import-applied = Bu dosya zaten içe aktarıldı.
error-limit-reached = Sınıra ulaşıldı: yenisini eklemeden önce bir kaydı kaldırın.
