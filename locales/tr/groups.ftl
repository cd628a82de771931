## Çalışma grupları: liste.

groups-title = Çalışma grupları
groups-lead = Belirli bir süre boyunca ortak bir amaç doğrultusunda birlikte çalışan, iş ilerledikçe liderliği sırayla üstlenen üyelerin yönettiği tematik gruplar.
groups-none = Henüz çalışma grubu yok.
groups-found-new = Çalışma grubu kur
group-members-count = { $count ->
    [one] { $count } üye
   *[other] { $count } üye
}
group-archived = Arşivlendi

## Bir grubun alanı.

group-purpose = Amaç
group-deliverables = Çıktılar
group-mandate = Görev süresi
group-mandate-dates = { $from } – { $until }
group-mandate-open = Başlangıç: { $from }, bitiş tarihi yok
group-joining = Katılım
group-seen-by = Kimler görebilir
group-leaders = Liderler
group-leader-since = { $since } tarihinden beri
group-former-leaders = Eski liderler
group-leader-term = { $since } – { $until }
group-members = Üyeler
group-events = Grubun etkinlikleri
group-no-events = Grubun henüz etkinliği yok.
group-join = Gruba katıl
group-ask = Katılma isteği gönder
group-accept-invitation = Daveti kabul et
group-leave = Gruptan ayrıl
group-you-member = Bu grubun üyesisiniz.
group-you-asked = İsteğiniz liderlerin kararını bekliyor.
group-you-invited = Bu gruba davet edildiniz.
group-archived-note = Bu grubun görev süresi sona erdi: çalışmaları okunmak üzere burada saklanıyor.
group-sign-in-to-join = Katılmak için oturum açın
group-requests = Katılma istekleri
group-appoint = Lider yap
group-step-down = Liderlikten ayrıl
group-calendar = Grubun herkese açık takvimi (.ics)

## Yeni grup formu.

group-new-title = Bir çalışma grubu kurun
group-new-lead = Grubun tüzüğünü belirleyin: ne için var, hangi çıktıları üretecek ve ne kadar süreyle çalışacak. Grubun ilk lideri siz olursunuz.
group-field-network = Ağ
group-network-none = Tüm platform
group-field-title = Grubun adı
group-field-topic = Konu
group-topic-none = Belirli bir konu yok
group-field-lang = Çalışma dili
group-field-purpose = Amaç
group-field-deliverables = Çıktılar
group-field-starts = Görev süresinin başlangıcı
group-field-ends = Görev süresinin bitişi (isteğe bağlı)
group-field-admission = Katılım
group-field-visibility = Kimler görebilir
group-found = Grubu kur

## Bir formdan sonraki bildirimler.

group-founded = Çalışma grubu kuruldu. Grubun ilk lideri sizsiniz.
group-joined = Artık grubun üyesisiniz.
group-requested = İsteğiniz grubun liderlerine gönderildi.
group-left = Gruptan ayrıldınız.
group-decided = Kararınız kaydedildi.
group-leader-appointed = Yeni lider atandı.
group-stepped-down = Liderlikten ayrıldınız.
group-standing-requested = Katılmak istiyor
group-standing-invited = Davet edildi
