# Kütüphane: ağların paylaştığı, birçok dilde sunulan kaynaklar.

nav-library = Kütüphane
library-title = Kütüphane
library-lead = Ağların üyelerinden rehberler, el kitapları, şablonlar, videolar ve araçlar; her biri çevrildiği dillerde.
library-add = Bir kaynak ekleyin
library-add-lead = Bir belge, ePub, video, sunum, şablon veya bağlantı paylaşın. Başlığını ve özetini kaynağın yazıldığı dilde girin; çeviriler daha sonra eklenebilir.
library-add-send = Kaynağı ekle
library-sign-in-to-add = Kaynak eklemek için oturum açın
library-found = { $count ->
    [one] { $count } kaynak
   *[other] { $count } kaynak
}
library-none = Bu aramayla eşleşen kaynak yok.
library-search-label = Başlıklarda, özetlerde ve dosyaların metninde arayın
library-sort = Sıralama
library-sort-relevance = En iyi eşleşme
library-sort-newest = Önce en yeniler
library-file = Dosya
library-file-hint = En fazla { $size } MB (video için: { $video } MB) veya dosyanın barındırıldığı yerin bağlantısını verin. PDF, ePub, ofis belgeleri (OpenDocument, Word, Excel, PowerPoint), videolar, ses dosyaları, görseller ve düz metin.

resource-kind = Tür
resource-kind-document = Belge
resource-kind-epub = ePub
resource-kind-video = Video
resource-kind-presentation = Sunum
resource-kind-template = Şablon veya araç
resource-kind-website = Web sitesi
resource-kind-dataset = Veri seti

resource-audience = Hedef kitle
audience-trainers = Öğretmenler ve eğiticiler
audience-learners = Öğrenciler ve çıraklar
audience-managers = Mesleki eğitim kurumlarının yöneticileri
audience-companies = Şirketler ve işletme içi eğiticiler
audience-guidance = Mesleki rehberlik danışmanları
audience-policymakers = Politika yapıcılar

resource-licence = Lisans
licence-cc-by = Atıf (CC BY 4.0)
licence-cc-by-sa = Atıf – AynıLisanslaPaylaş (CC BY-SA 4.0)
licence-cc-by-nc = Atıf – GayriTicari (CC BY-NC 4.0)
licence-cc-by-nc-sa = Atıf – GayriTicari – AynıLisanslaPaylaş (CC BY-NC-SA 4.0)
licence-cc-by-nd = Atıf – Türetilemez (CC BY-ND 4.0)
licence-cc-by-nc-nd = Atıf – GayriTicari – Türetilemez (CC BY-NC-ND 4.0)
licence-cc0 = Kamu malı (CC0 1.0)
licence-all-rights-reserved = Tüm hakları saklıdır
resource-attribution = { $author } tarafından hazırlanan “{ $title }”, { $licence } lisansıyla kullanıma sunulmuştur.
resource-licence-deed = Lisansın izin verdikleri
resource-rights-reserved = © { $author }. Tüm hakları saklıdır: yeniden kullanmadan önce yazarlardan izin isteyin.

resource-visibility = Kimler görebilir
visibility-everyone = Herkes
visibility-members = Oturum açmış üyeler
visibility-network = Bağlı olduğu ağın üyeleri

resource-status-draft = Taslak
resource-status-submitted = İnceleme bekliyor
resource-status-published = Yayımlandı
resource-draft-hint = yayımlanana kadar kaynağı yalnızca siz ve ağın kolaylaştırıcıları görebilirsiniz.
resource-submitted-hint = ağın kolaylaştırıcıları, kaynak herkese açılmadan önce onu inceler.
resource-hidden = Bir moderatör tarafından gizlendi

resource-field-title = Başlık
resource-field-summary = Özet
resource-field-author = Yazarlar (atıfta yer alacakları şekilde)
resource-field-link = Bağlantı (bir web sitesi veya bir videonun barındırıldığı yer)
resource-field-draft = Şimdilik taslak olarak tut
resource-language = Dil
resource-topics = Uzmanlık alanları
resource-sectors = Sektörler
resource-countries = Ülkeler
resource-network = Ağ
resource-network-none = Tüm platform
resource-organisation = Kurum
resource-added-by = Ekleyen
resource-updated = Güncellenme
resource-about = Bu kaynak hakkında
resource-original = orijinal
resource-other-languages = Diğer dillerde
resource-not-in-your-language = Henüz { $language } çevirisi yok: kaynak, yazıldığı dilde ({ $shown }) gösteriliyor.
resource-open-pdf = PDF'yi aç
resource-download = İndir
resource-open-link = Kaynağa git
resource-files = Dosyalar
resource-file-name = Dosya
resource-file-size = Boyut
resource-file-uploaded = Yüklenme tarihi
resource-file-current = güncel
resource-pages = { $count ->
    [one] { $count } sayfa
   *[other] { $count } sayfa
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Yeni bir dosya yükle ({ $language })
resource-new-file-hint = Yeni dosya güncel dosya olur; önceki dosyalar listede kalır ve indirilmeye devam edilebilir.
resource-new-file-send = Dosyayı yükle
resource-add-translation = Çeviri ekle
resource-add-translation-send = Çeviriyi ekle
resource-review = İnceleme
resource-review-publish = Yayımla
resource-review-return = Taslak olarak yazarına geri gönder
resource-publish = Yayımla

resource-added = Kaynak eklendi.
resource-version-added = Çeviri eklendi.
resource-file-added = Yeni dosya yüklendi; önceki dosya listede kalmaya devam ediyor.
resource-published = Kaynak yayımlandı.
resource-submitted = Kaynak gönderildi: ağın kolaylaştırıcıları, kaynak herkese açılmadan önce onu inceleyecek.
resource-returned = Kaynak, taslak olarak yazarına geri gönderildi.

upload-progress = Yükleniyor: %{ $percent }
upload-failed = Yükleme tamamlanamadı. Lütfen yeniden deneyin.

error-file-too-large = Dosya, bu kaynak türü için belirlenen sınırı aşıyor. Bunun yerine dosyanın barındırıldığı yerin bağlantısını paylaşın.
error-file-missing = Bir dosya seçin veya bir bağlantı verin.
error-upload-incomplete = Yükleme, dosyanın tamamı ulaşmadan kesildi. Hiçbir şey saklanmadı; lütfen yeniden deneyin.
error-file-type-refused = Kütüphane bu dosya türünü kabul etmiyor. Programlar ve arşivler reddedilir; ePub, OpenDocument ve Office dosyaları kabul edilir.
error-file-type-mismatch = Dosyanın içeriği adıyla uyuşmuyor: adı .pdf ile biten bir dosya PDF olmalıdır.
error-file-name-invalid = Dosyanın adı, dosya adlarında kullanılamayan karakterler içeriyor veya çok uzun (en fazla 200 karakter).
error-file-unreadable = Dosya okunamıyor: hasarlı ya da açıldığında kendi boyutunun çok üzerinde yer kaplıyor.
error-file-duplicate = Bu dosyanın aynısı zaten bu sürümün güncel dosyası.
error-link-invalid = Bağlantı, https:// veya http:// ile başlayan bir web adresi olmalıdır.
error-version-exists = Kaynağın bu dilde zaten bir sürümü var.
error-not-a-form = Bu istek, kütüphanenin okuyabileceği bir form değil.
error-back-to-form = Forma geri dön

## Araç setleri (kaynak koleksiyonları)

collections-title = Araç setleri
collections-lead = Ağların kolaylaştırıcılarının bir konu veya bir ağ için bir araya getirdiği kaynak koleksiyonları; her kaynağın yanında neden orada olduğunu açıklayan bir not bulunur.
collections-none = Henüz hiç araç seti yok.
collection-count = { $count ->
    [one] { $count } kaynak
   *[other] { $count } kaynak
}
collection-new = Yeni araç seti
collection-new-lead = Bir araç seti, kütüphanedeki kaynakları sizin seçtiğiniz sırayla bir araya getirir. Kaynakları kendi sayfalarından araç setine ekleyin.
collection-description = Araç setinin amacı
collection-create = Araç setini oluştur
collection-curator = Hazırlayan
collection-empty = Bu araç setinde henüz hiç kaynak yok.
collection-unseen = { $count ->
    [one] Bu araç setindeki { $count } kaynak daha yalnızca üyelere veya yalnızca bir ağa açık.
   *[other] Bu araç setindeki { $count } kaynak daha yalnızca üyelere veya yalnızca bir ağa açık.
}
collection-add-hint = Bir kaynak eklemek için kaynağı kütüphanede açın ve “Bir araç setine ekle” seçeneğini seçin.
collection-item-up = Yukarı taşı
collection-item-down = Aşağı taşı
collection-item-remove = Araç setinden çıkar
collection-item-note = Not
collection-item-note-save = Notu kaydet
collection-note = Araç setinde neden yer aldığı (isteğe bağlı)
collection-add-to = Bir araç setine ekle
collection-which = Araç seti
collection-add-send = Araç setine ekle
collection-created = Araç seti oluşturuldu. Kaynakları kendi sayfalarından ekleyin.
collection-saved = Araç seti kaydedildi.
collection-item-added = Kaynak araç setine eklendi.

## Kaynağın kullanıldığı yerler ve kaynak iliştirme

used-in-title = Kullanıldığı yerler
used-in-collection = Araç seti
used-in-thread = Akran danışmanlığı
used-in-activity = Eylem planı
attached-title = Kütüphaneden kaynaklar
attached-add = Bir kaynak iliştirin
attached-resource = Kaynak
attached-resource-hint = Kaynağın kütüphanedeki sayfasının adresi veya numarası.
attached-add-send = İliştir
attached-remove = Kaldır
resource-attached = Kaynak iliştirildi.
resource-detached = Kaynak kaldırıldı.
activity-resources = Kaynaklar
activity-resources-none = Bu faaliyete kütüphaneden iliştirilmiş kaynak yok.
error-resource-unknown = Kütüphanede bu adrese veya numaraya sahip, erişim izniniz olan bir kaynak yok.
error-already-listed = Bu kaynak zaten burada.

## Düzenleme, bildirimler ve inceleme

resource-edit = Düzenle
resource-edit-lead = Kaynağı tanımlayan bilgileri ve dil sürümlerinden birinin başlığını, özetini ve bağlantısını değiştirin. Dosyalar kaynağın sayfasından eklenir; önceki dosyalar saklanır.
resource-edit-version = Dil sürümü: { $language }
resource-edit-other-versions = Başka bir dil sürümünü düzenle
resource-edit-save = Değişiklikleri kaydet
resource-saved = Değişiklikler kaydedildi.
resource-flag = Bildir
resource-flagged = Teşekkürler: kütüphanenin inceleme sorumluları bu kaynağa bakacak.
resource-moderation-hide = Kaynağı gizle
resource-moderation-restore = Kaynağı yeniden göster
resource-moderation-dismiss = Kaynağı olduğu gibi bırak
library-review-title = Kütüphane incelemesi
library-review-waiting = Karar bekleyenler
library-review-none = İnceleme bekleyen veya bildirilen kaynak yok.
library-review-resource = Kaynak
