## Akran danışmanlığı: konu listesi

counselling-sign-in-to-ask = Akranlarınıza soru sormak veya bir soruyu yanıtlamak için oturum açın.
threads-search-label = Sorularda ve yanıtlarda arayın
thread-topic = Uzmanlık alanı
threads-language = Yazıldığı dil
threads-network = Ağ
threads-state = Yanıt
threads-unsolved = Henüz yanıtlanmadı
threads-solved = Yanıtlandı
threads-show = Göster
threads-followed = Takip ettiğim konular
threads-mine = Sorularım
threads-found = { $count ->
    [one] { $count } konu
   *[other] { $count } konu
}
threads-none = Eşleşen konu yok. Daha az filtre kullanın veya soruyu kendiniz sorun.
thread-unread = Yeni
thread-solved = Yanıtlandı
thread-hidden-badge = Gizli
thread-asked-by = soran: { $name }
thread-replies = { $count ->
    [one] { $count } yanıt
   *[other] { $count } yanıt
}
notifications-link = Bildirimler
notifications-unread = { $count ->
    [one] { $count } okunmamış
   *[other] { $count } okunmamış
}

## Bir konu

thread-back = Tüm konular
thread-platform = Tüm platform
thread-hidden = Moderatörler bu soruyu gizledi. Soruyu yalnızca siz ve moderatörler görebilirsiniz.
thread-follow = Bu konuyu takip et
thread-unfollow = Takibi bırak
thread-sign-in-to-reply = Yanıt vermek için oturum açın.
answer-accepted-title = Kabul edilen yanıt
answer-accepted-badge = Kabul edilen yanıt
answer-accept = Yanıt olarak kabul et
answer-unaccept = Kabulü geri al
post-edited-link = düzenlendi (sürümleri görün)
post-hidden = Moderatörler tarafından gizlendi: { $reason }
post-quote = Alıntıla
post-edit = Düzenle
post-flag = Moderatörlere bildir
flag-reason = Moderatörler bu gönderiyi neden incelemeli?
flag-send = Şikâyeti gönder
post-language = Metnin dili
reply-title = Yanıtınız
reply-body = Yanıt
reply-send = Yanıtı yayımla
markdown-help = Metni Markdown ile biçimlendirebilirsiniz: **kalın**, *italik*, - ile başlayan listeler, [metin](https://…) biçiminde bağlantılar.
markdown-preview = Önizleme

## Soru sorma

ask-title = Akranlarınıza sorun
ask-lead = Durumunuzu ve neler denediğinizi anlatın. Sorunuzu görebilen ağların üyeleri soruyu yanıtlayabilir.
ask-field-title = Tek cümleyle sorunuz
ask-field-body = Ayrıntılar
ask-field-audience = Kimler görebilir
ask-send = Soruyu yayımla

## Düzenleme ve sürümler

post-edit-title = Gönderinizi düzenleyin
post-edit-body = Metin
post-edit-save = Yeni sürümü kaydet
post-history-title = Bir gönderinin sürümleri
post-history-current = Güncel sürüm
post-history-earlier = Önceki sürüm
post-history-back = Konuya geri dön

## Bildirimler ve özet

notifications-title = Bildirimler
notifications-none = Yeni bir şey yok. Bir konuda ya da uzmanlık alanında bir gelişme olduğunda haberdar olmak için onu takip edin.
notifications-mark-read = Tümünü okundu olarak işaretle
notification-reply = { $name } şu konuda yanıt verdi:
notification-topic = { $name }, takip ettiğiniz bir uzmanlık alanında soru sordu:
notification-accepted = { $name } şu konuda yanıtınızı kabul edilen yanıt olarak seçti:
digest-title = E-posta özeti
digest-legend = Okunmamış bildirimlerin özetini bana gönder
digest-immediate = Bir gelişme olur olmaz
digest-daily = Günde bir kez
digest-weekly = Haftada bir kez
digest-never = Hiçbir zaman (bildirimleri burada okurum)
digest-save = Seçimi kaydet
topics-followed-title = Takip ettiğim uzmanlık alanları
topics-followed-lead = Takip ettiğiniz uzmanlık alanlarındaki her yeni sorudan haberdar edilirsiniz.
topic-follow = Takip et
topic-unfollow = Takibi bırak

## Moderasyon

moderation-title = Moderasyon
moderation-queue-title = Bildirilen gönderiler
moderation-queue-empty = Karar bekleyen gönderi yok.
moderation-flags = Şikâyetler
moderation-decide = Moderasyon yap
moderation-reason = Gerekçe
moderation-hide = Gönderiyi gizle
moderation-restore = Gönderiyi yeniden göster
moderation-dismiss = Gönderiyi olduğu gibi bırak
moderation-log-title = Kararlar
moderation-log-empty = Henüz hiçbir karar verilmedi.
moderation-log-when = Zaman
moderation-log-who = Moderatör
moderation-log-what = Karar
moderation-log-thread = Konu
moderation-action-hide = Gizlendi
moderation-action-restore = Yeniden gösterildi
moderation-action-dismiss = Şikâyetler reddedildi

## Bilgi ve ret mesajları

thread-asked = Sorunuz yayımlandı. Her yanıttan haberdar edileceksiniz.
reply-posted = Yanıtınız yayımlandı.
post-edited = Gönderiniz kaydedildi; önceki sürüm, gönderinin geçmişinde görünür kalır.
answer-accepted = Yanıt, kabul edilen yanıt olarak işaretlendi.
answer-unaccepted = Yanıt artık kabul edilen yanıt olarak işaretli değil.
thread-followed = Artık bu konuyu takip ediyorsunuz.
thread-unfollowed = Artık bu konuyu takip etmiyorsunuz.
topics-saved = Uzmanlık alanlarınız kaydedildi.
post-flagged = Teşekkürler: moderatörler bu gönderiyi inceleyecek.
moderation-saved = Karar kaydedildi.
notifications-read = Tüm bildirimler okundu olarak işaretlendi.
digest-saved = Seçiminiz kaydedildi.
error-already-flagged = Bunu zaten bildirdiniz; moderatörler inceleyecek.
error-not-an-answer = Yalnızca görünür bir yanıt kabul edilen yanıt olabilir.

## E-posta

mail-digest-subject = Akran danışmanlığında yenilikler
mail-digest-body = Merhaba,

    { $count ->
        [one] Akran danışmanlığında sizin için { $count } yeni bildirim var:
       *[other] Akran danışmanlığında sizin için { $count } yeni bildirim var:
    }

    { $items }
    Tüm bildirimleriniz ve bu özeti ne sıklıkta alacağınız: { $link }
