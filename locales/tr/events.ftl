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
