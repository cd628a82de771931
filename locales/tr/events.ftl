## Etkinlikler: bir saatin, kontenjanın veya bir kaydın neden reddedildiği.

error-time-zone-unknown = Listeden bir saat dilimi seçin.
error-wall-time-skipped = Bu saat, o gün o saat diliminde mevcut değil: saatler bir saat ileri alınıyor (yaz saati uygulamasına geçiş). Başka bir saat seçin.
error-wall-time-repeated = Bu saat, o gün o saat diliminde iki kez yaşanıyor: saatler bir saat geri alınıyor (yaz saati uygulamasının sona ermesi). Başka bir saat seçin.
error-capacity-invalid = Kontenjan en az 1 olan bir tam sayı olmalıdır. Sınır olmaması için alanı boş bırakın.
error-already-registered = Bu etkinliğe zaten kayıtlısınız.
error-event-past = Bu etkinlik zaten gerçekleşti.
error-event-cancelled = Bu etkinlik iptal edildi.
error-invitation-only = Bu etkinliğe yalnızca davetle katılınabilir. Katılmak isterseniz düzenleyicilerle iletişime geçin.
error-group-archived = Bu çalışma grubunun görev süresi sona erdi: grup arşivlendi ve artık değiştirilemez.
error-last-leader = Bir çalışma grubunun en az bir lideri olmalıdır. Görevinizi bırakmadan önce başka bir lider atayın.
error-place-missing = Bir toplantı bağlantısı, bir etkinlik yeri veya her ikisini belirtin.
error-series-too-long = Bir seri en fazla 150 tekrardan oluşabilir. Daha erken bir son tarih seçin.
error-event-unknown = Bu adreste bir etkinlik yok veya bu etkinlik size açık değil.
error-group-unknown = Bu adreste bir çalışma grubu yok veya bu grup size açık değil.
error-calendar-address-revoked = Bu takvim adresi iptal edildi. Yeni adresinizi takvim sayfanızdan kopyalayın.
error-not-registered = Bu etkinliğe kayıtlı değilsiniz.

## Etkinlik türleri.

event-kind-peer-learning = Akran öğrenmesi oturumu
event-kind-webinar = Web semineri
event-kind-e-conference = Çevrim içi konferans
event-kind-workshop = Atölye çalışması
event-kind-study-visit = Çalışma ziyareti
event-kind-annual-meeting = Yıllık toplantı

## Bir etkinliğe veya bir çalışma grubuna nasıl katılınır.

admission-open = Herkese açık
admission-request = Başvuru üzerine, düzenleyicilerin onayıyla
admission-invitation = Yalnızca davetle

## Bir üyenin bir etkinlikteki durumu.

attendance-registered = Kayıtlı
attendance-waiting = Bekleme listesinde
attendance-requested = İstek gönderildi
attendance-invited = Davet edildi
attendance-cancelled = Kayıt iptal edildi
attendance-declined = İstek reddedildi

## Bir etkinlik serisinin nasıl tekrarlandığı.

recurrence-weekly = Her hafta
recurrence-monthly = Her ay, haftanın aynı gününde

## Bir çalışma grubunu kimlerin görebileceği.

group-visibility-public = Herkese açık
group-visibility-members = Oturum açmış üyeler
group-visibility-hidden = Yalnızca grubun üyeleri

## Etkinlik listesi.

events-title = Etkinlikler
events-lead = Ağların ve çalışma gruplarının akran öğrenmesi oturumları, web seminerleri, konferansları, atölye çalışmaları, çalışma ziyaretleri ve yıllık toplantıları.
events-upcoming = Yaklaşan etkinlikler
events-past = Geçmiş etkinlikler
events-found = { $count ->
    [one] { $count } etkinlik
   *[other] { $count } etkinlik
}
events-none = Bu seçimlerle eşleşen etkinlik yok.
events-organise = Etkinlik düzenle
events-your-calendar = Takviminiz
events-filter-kind = Etkinlik türü
events-filter-network = Ağ
events-show = Göster
event-your-time = Sizin saatinizle: { $time }
event-online = Çevrim içi
event-places-left = { $count ->
    [one] { $count } yer kaldı
   *[other] { $count } yer kaldı
}
event-full = Dolu: bekleme listesi açık
event-recorded = Video kaydı mevcut
event-cancelled-badge = İptal edildi
event-in-series = Bir serinin parçası

## Bir etkinliğin sayfası.

event-when = Ne zaman
event-where = Nerede
event-languages = Konuşulan diller
event-organised-by = Düzenleyen
event-admission = Katılım koşulu
event-places = Kontenjan
event-places-taken = { $capacity } yerin { $registered } tanesi dolu
event-places-unlimited = { $registered } kayıtlı, kontenjan sınırı yok
event-waiting-count = { $count ->
    [one] Bekleme listesinde { $count } kişi
   *[other] Bekleme listesinde { $count } kişi
}
event-your-standing = Kaydınız
event-register = Kaydol
event-request = Yer iste
event-join-waiting-list = Bekleme listesine katıl
event-access-needs = Erişilebilirlik ihtiyaçları (isteğe bağlı)
event-access-needs-hint = Bunu yalnızca düzenleyiciler görür: basamaksız erişim, işaret dili tercümanlığı, beslenme ihtiyaçları ve katılımınızı kolaylaştıracak her şey.
event-withdraw = Kaydımı iptal et
event-sign-in-to-register = Kaydolmak için oturum açın
event-meeting-link = Toplantı bağlantısı
event-meeting-link-hint = Toplantı bağlantısı, katılımcılara yer aldıklarında burada gösterilir.
event-add-to-calendar = Takviminize ekleyin
event-calendar-file = Bu etkinlik (.ics dosyası)
event-series-file = Serinin tamamı (.ics dosyası)
event-agenda = Gündem
event-materials = Materyaller
event-recording = Video kaydı
event-watch-recording = Video kaydını izle
event-questions = Sorular ve yanıtlar
event-conclusions = Sonuçlar
event-taken-place = Bu etkinlik gerçekleşti.

## Düzenleyicilerin bir etkinliğin sayfasında yaptıkları.

event-organisers = Düzenleyiciler için
event-participants = Katılımcılar
event-participants-csv = Katılımcı listesini indir (CSV)
event-no-participants = Henüz kimse kaydolmadı.
event-cancel = Bu etkinliği iptal et
event-cancel-confirm = Evet, iptal et: katılımcıların takvimleri bilgilendirilir.
event-add-session = Gündeme bir oturum ekle
event-session-starts = Başlangıç
event-session-ends = Bitiş
event-session-title = Başlık
event-session-speakers = Konuşmacılar
event-add-material = Materyal ekle
event-material-title = Başlık
event-material-link = Bir bağlantı ya da bir kütüphane kaynağının numarası veya adresi
event-recording-link = Video kaydının bağlantısı
event-save = Kaydet

## Yeni etkinlik formu.

event-new-title = Bir etkinlik düzenleyin
event-new-lead = Üyelere bir etkinlik duyurun. Saatler seçtiğiniz saat dilimine göre girilir; herkes bunları hem o saat diliminde hem de kendi saat diliminde görür.
event-field-organiser = Düzenleyen
event-organiser-platform = Tüm platform
event-field-kind = Etkinlik türü
event-field-title = Başlık
event-field-lang = Bu duyurunun dili
event-field-languages = Etkinlikte konuşulan diller
event-field-description = Açıklama
event-field-time-zone = Saat dilimi
event-field-starts = Başlangıç
event-field-ends = Bitiş
event-field-online-url = Toplantı bağlantısı (çevrim içi etkinlik için)
event-field-venue = Etkinlik yeri (yüz yüze etkinlik için)
event-field-address = Adres
event-field-country = Ülke
event-field-visibility = Kimler görebilir
event-field-admission = Katılım koşulu
event-field-capacity = Kontenjan
event-field-capacity-hint = Sınır olmaması için boş bırakın. Kontenjan dolduğunda bir bekleme listesi açılır.
event-field-repeat = Tekrar
event-repeat-none = Tekrarlanmaz
event-field-until = Serinin son tarihi
event-create = Etkinliği duyur

## Bir formdan sonraki bildirimler.

event-registered = Kaydınız yapıldı. Toplantı bağlantısı ve takvim dosyası bu sayfada.
event-waiting = Kontenjan doldu: bekleme listesindesiniz ve bir yer boşalır boşalmaz yer alacaksınız.
event-requested = İsteğiniz düzenleyicilere gönderildi.
event-withdrawn = Kaydınız iptal edildi.
event-created = Etkinlik duyuruldu.
event-cancelled = Etkinlik iptal edildi.
event-decided = Kararınız kaydedildi.
event-session-added = Oturum gündeme eklendi.
event-material-added = Materyal eklendi.
event-recording-saved = Video kaydının bağlantısı kaydedildi.

## Bir üyenin takvim adresi.

calendar-title = Takviminiz
calendar-lead = Takvim programınızda (Outlook, Apple Calendar, Thunderbird, Google Calendar) size özel takvim adresine abone olun: kaydolduğunuz etkinlikler orada görünür ve güncel kalır.
calendar-address-label = Takvim adresiniz
calendar-address-once = Şimdi kopyalayın: yalnızca bu kez gösterilir. Bu adrese sahip olan herkes etkinliklerinizi görebilir; bu yüzden adresi kimseyle paylaşmayın.
calendar-has-address = Bir takvim adresiniz var. Adresi kaybettiyseniz veya başka birinin bildiğinden şüpheleniyorsanız yeni bir adres oluşturun: eski adres çalışmaz hâle gelir.
calendar-no-address = Henüz bir takvim adresiniz yok.
calendar-make = Takvim adresimi oluştur
calendar-make-new = Yeni adres oluştur
calendar-revoke = Adresimi iptal et
calendar-public-feeds = Herkese açık takvimler
calendar-public-feeds-lead = Her ağın ve herkese açık her çalışma grubunun herkese açık etkinlikleri; oturum açmadan abone olabilirsiniz.
calendar-address-made = Yeni takvim adresiniz hazır.
calendar-address-revoked = Takvim adresiniz iptal edildi: takvim programları artık bu adresten hiçbir şey almaz.
event-participant = Katılımcı
error-cancel-unconfirmed = Etkinliğin iptal edildiğini onaylamak için kutuyu işaretleyin.
event-country-none = Belirtilmedi

## Bir etkinlikteki yer hakkında e-postalar.

mail-event-place-subject = Yeriniz ayrıldı: { $title }
mail-event-place-body = Merhaba { $name },

    “{ $title }” etkinliğinde ({ $time }) size bir yer ayrıldı.

    Etkinlik bu e-postanın ekindedir: takvim programınız onu takviminize ekler ve değişiklik olursa günceller. Etkinliğin sayfası, çevrim içi bir etkinlikse toplantı bağlantısıyla birlikte:
    { $link }
mail-event-cancelled-subject = Takviminizden kaldırıldı: { $title }
mail-event-cancelled-body = Merhaba { $name },

    “{ $title }” ({ $time }) takviminizden kaldırıldı: etkinlik ya da kaydınız iptal edildi.

    Ekteki ileti, takvim programınızın etkinliği kaldırmasını sağlar. Etkinliğin sayfası:
    { $link }
mail-event-reminder-subject = Yakında başlıyor: { $title }
mail-event-reminder-body = Merhaba { $name },

    Hatırlatma: “{ $title }” etkinliği ({ $time }) yakında başlıyor.

    Etkinliğin sayfası, çevrim içi bir etkinlikse toplantı bağlantısıyla birlikte:
    { $link }

event-add-question = Tartışma gruplarına bir soru yöneltin
event-question-text = Soru
event-record-answer = Bir grubun yanıtını kaydedin
event-answer-group = Tartışma grubu
event-answer-text = Grubun yanıtı
event-question-added = Soru eklendi.
event-answer-recorded = Grubun yanıtı kaydedildi.

event-edit = Bu etkinliği değiştir
event-edit-save = Değişiklikleri kaydet
event-saved = Etkinlik kaydedildi. Yeri olanlar değişikliği takvimlerinde alır.

## Düzenleyiciler üyeleri davet eder.

error-member-unknown = Bu e-posta adresine sahip bir üye yok.
event-invite = Bir üyeyi davet edin
event-invite-email = Üyenin e-posta adresi
event-invited = Davet gönderildi.
mail-event-invited-subject = Davet edildiniz: { $title }
mail-event-invited-body = Merhaba { $name },

    Düzenleyiciler sizi “{ $title }” etkinliğine ({ $time }) davet ediyor.

    Yerinizi etkinliğin sayfasından ayırtın:
    { $link }
