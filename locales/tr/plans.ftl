# Strateji ve eylem planları

plans-none = Henüz hiçbir ağ bir strateji yayımlamadı.
plans-back = Tüm stratejiler
plan-activity-count = { $count ->
    [one] { $count } faaliyet
   *[other] { $count } faaliyet
}
strategy-create-title = Bir strateji başlatın
strategy-network = Ağ
strategy-create = Stratejiyi başlat

## Bir stratejinin aşamaları
strategy-status-draft = Taslak
strategy-status-feedback = Geri bildirim aşamasında
strategy-status-adopted = Kabul edildi
strategy-stage = Aşama
strategy-adopt = Stratejiyi kabul et
strategy-reopen = Yeniden taslağa dönüştür
round-open = Geri bildirim turu aç
round-close = Geri bildirim turunu kapat
round-opens = Başlangıç
round-closes = Bitiş
round-open-notice = Geri bildirim turu { $from } ile { $to } arasında açık.
round-comment-link = Taslağa yorum yapın

## Stratejinin alanları
strategy-edit = Stratejiyi düzenle
strategy-fields = Vizyon ve misyon
strategy-field-title = Başlık
strategy-field-period = Dönem (yıl)
strategy-field-vision = Vizyon
strategy-field-mission = Misyon bildirgesi
strategy-field-status = Aşama
strategy-aspirations = Hedefler
strategy-save = Stratejiyi kaydet
aspiration-field-title = Hedef
aspiration-field-description = Açıklama
aspiration-save = Hedefi kaydet
aspiration-add-title = Bir hedef ekleyin
aspiration-add = Hedefi ekle

## Eylem planı
plan-progress = İlerleme:
plan-percent = %{ $value }
plan-number = { $value }
plan-tools = Strateji araçları
plan-print = Yazdırma görünümü
plan-export = Eylem planını indir (CSV)
plan-present = Şu anda bu sayfada:
plan-timeline = Eylem planının zaman çizelgesi
plan-timeline-caption = Her çubuk, bir faaliyetin başlangıcından bitiş tarihine kadar uzanır ve ilerlemesi oranında doludur; kırmızı çizgi bugünü gösterir.
plan-today = bugün
plan-dates = Tarihler
plan-activities = Faaliyetler
plan-no-activities = Henüz bu hedefe hizmet eden bir faaliyet yok.
plan-filter-aspiration = Hedef
plan-filter-status = Durum
plan-filter-all = Tümü
plan-filter-apply = Göster

## Faaliyetler
activity-status-planned = Planlandı
activity-status-in-progress = Devam ediyor
activity-status-done = Tamamlandı
activity-status-blocked = Engellendi
activity-status-cancelled = İptal edildi
activity-field-title = Faaliyet
activity-field-description = Açıklama
activity-field-aspirations = Hizmet ettiği hedefler
activity-field-owner = Sorumlu
activity-field-contributors = Katkı sağlayan kurumlar
activity-field-start_on = Başlangıç
activity-field-due_on = Bitiş
activity-field-status = Durum
activity-field-progress = İlerleme (%)
activity-owner-none = Henüz sorumlu yok
activity-owner-members = Üyeler
activity-owner-organisations = Kurumlar
activity-add-title = Bir faaliyet ekleyin
activity-add = Faaliyeti ekle
activity-edit-title = Faaliyeti düzenleyin
activity-save = Faaliyeti kaydet
activity-follow = Bu faaliyeti takip et
activity-unfollow = Bu faaliyetin takibini bırak
activity-being-edited = Şu anda düzenleyen: { $names }
field-changed-live = { $name } bu alanı az önce değiştirdi. Sizin değeriniz burada duruyor; kaydettiğinizde ikisi de gösterilecek.
offline-kept = Bağlantı yok: değişiklikleriniz bu tarayıcıda saklanıyor ve bağlantı geri geldiğinde gönderilecek.

## Göstergeler
indicators-title = Göstergeler
indicators-none = Henüz gösterge yok.
indicator-field-name = Gösterge
indicator-field-target = Hedef değer
indicator-field-actual = Gerçekleşen
indicator-reached = { $name }: { $actual } / { $target }
indicator-edit = { $name } göstergesi
indicator-save = Kaydet
indicator-add = Göstergeyi ekle

## Bu arada yapılan değişiklikler
conflict-title = Bu arada başka biri değişiklik yaptı
conflict-lead = Diğer değişiklikleriniz kaydedildi. Siz formu açtıktan sonra bu alanlar başka biri tarafından değiştirildi: hiçbir şeyin üzerine yazılmadı. Her biri için bir seçim yapın.
conflict-changed-by = Değiştiren: { $name }, { $at } (UTC).
conflict-theirs = Diğer kişinin değeri (kaydedildi)
conflict-mine = Sizin değeriniz (kaydedilmedi)
conflict-keep = Onun değerini koru
conflict-replace = Benimkiyle değiştir
conflict-merge-label = Birleştirilmiş metin
conflict-merge = Birleştirilmiş metni kaydet
error-changed-meanwhile = Bu alan, sayfa açıldıktan sonra değişti. Sayfayı yeniden yükleyip tekrar deneyin.

## Geçmiş ve sürümler
history-title = Geçmiş
revision-created = Oluşturuldu
revision-restore = Bu değeri geri yükle
revision-restores = ({ $number } numaralı değişikliği geri yükler)
strategy-versions = Sürümler
versions-none = Henüz saklanan bir sürüm yok: bir geri bildirim turu kapandığında ve strateji kabul edildiğinde bir sürüm saklanır.
version-now = Stratejinin güncel hâli
version-number = Sürüm { $number }
version-reason-round = geri bildirim turundan sonra
version-reason-adopted = kabul edildi
diff-from = Şu sürümden
diff-to = Şu sürüme
diff-compare = Karşılaştır
diff-title = { $from } ile { $to } arasındaki farklar
diff-unchanged = (değişmedi)

## Geri bildirim turları
comments-title = Yorumlar
comment-title = Taslağa yorum yapın
comment-about = Yorumun konusu
comment-on-strategy = Bir bütün olarak strateji
comment-body = Yorumunuz
comment-send = Yorumu gönder
comment-taken-up = Dikkate alındı
comment-declined = Reddedildi
comment-resolution = Karar
comment-reason = Gerekçe
comment-resolve = Karara bağla

## Bilgi mesajları
strategy-created = Strateji başlatıldı. Vizyonunu, misyonunu ve hedeflerini yazın.
strategy-saved = Kaydedildi.
aspiration-added = Hedef eklendi.
activity-added = Faaliyet eklendi. Bir sorumlu, tarihler ve göstergeler belirleyin.
activity-saved = Faaliyet kaydedildi.
indicator-added = Gösterge eklendi.
value-restored = Önceki değer, yeni bir değişiklik olarak geri yüklendi.
stage-open = Geri bildirim turu açıldı: ağın üyeleri yorum yapabilir.
stage-close = Geri bildirim turu kapatıldı ve bu sürüm saklandı.
stage-adopt = Strateji kabul edildi ve bu sürüm saklandı.
stage-reopen = Strateji yeniden taslak hâline getirildi.
comment-posted = Yorumunuz kolaylaştırıcılara gönderildi.
comment-resolved = Yorum karara bağlandı.
followed = Artık bunu takip ediyorsunuz: bir durum, sorumlu veya tarih değiştiğinde haberdar edileceksiniz.
unfollowed = Artık bunu takip etmiyorsunuz.

## Takip edilen faaliyetlerle ilgili bildirimler
plan-notification-status = { $name } şu faaliyetin durumunu değiştirdi
plan-notification-owner = { $name } şu faaliyetin sorumlusunu değiştirdi
plan-notification-start_on = { $name } şu faaliyetin başlangıç tarihini değiştirdi
plan-notification-due_on = { $name } şu faaliyetin bitiş tarihini değiştirdi

## Ret mesajları
error-date-invalid = Tarihi bir takvim tarihi olarak girin (yıl, ay, gün).
error-dates-reversed = Bitiş, başlangıçtan önce geliyor.
error-number-invalid = İzin verilen aralıkta bir tam sayı girin.
error-aspiration-missing = Bir faaliyet en az bir hedefe hizmet etmelidir.
error-wrong-stage = Strateji bu işlem için gereken aşamada değil (örneğin açık bir geri bildirim turu yok).
plan-notifications-title = Takip ettiğiniz faaliyetler
aspiration-follow = Bu hedefi takip et
aspiration-unfollow = Bu hedefin takibini bırak
