## Hesaplar: oturum açma, davetler, parola sıfırlama, üyenin kendi hesabı

nav-sign-in = Oturum aç
nav-account = Hesabım
sign-out = Oturumu kapat

sign-in-title = Oturum açın
sign-in-submit = Oturum aç
sign-in-forgot = Parolanızı mı unuttunuz?
sign-in-no-account = Henüz hesabınız yok mu? Rehberde ağınızın sayfasını açın ve katılma isteği gönderin.
field-email = E-posta adresi
field-password = Parola
field-new-password = Yeni parola
field-current-password = Mevcut parola
field-given-name = Ad
field-family-name = Soyadı
field-job-title = Kurumunuzdaki göreviniz
field-locale = Arayüzün ve e-postalarınızın dili
field-invitation-locale = Davetin dili
field-languages = Konuştuğunuz diller
field-organisation = Kurum
field-role = Rol
field-message = Kolaylaştırıcılara mesajınız (isteğe bağlı)
field-new-email = Yeni e-posta adresi
password-rules = En az 8 karakter. Çok yaygın parolalar kabul edilmez.

reset-title = Parolanızı sıfırlayın
reset-intro = Hesabınızın e-posta adresini girin. Yeni bir parola belirlemeniz için size bir bağlantı göndereceğiz.
reset-submit = Bağlantıyı gönder
reset-sent = { $email } adresini kullanan bir hesap varsa, parolasını sıfırlamak için bir bağlantı gönderiliyor. Bağlantı bir saat geçerlidir.
reset-new-title = Yeni bir parola belirleyin
reset-new-submit = Yeni parolayı kaydet
reset-done = Parolanız değiştirildi. Yeni parolanızla oturum açın.

invitation-title = Davetinizi kabul edin
invitation-intro = { $email } adresiyle { site-name } platformuna katılmaya davet edildiniz: { $organisation } bünyesinde { $role }.
invitation-submit = Hesabımı oluştur

role-member = üye
role-facilitator = kolaylaştırıcı
role-coordinator = koordinatör
role-facilitator-of = { $network } kolaylaştırıcısı
role-coordinator-held = Platform koordinatörü

account-title = Hesabım
account-profile = Profil
account-organisation = Kurum
account-roles = Roller
account-save = Profili kaydet
account-saved = Profiliniz kaydedildi.
account-password = Parola
account-password-submit = Parolayı değiştir
account-password-changed = Parolanız değiştirildi. Hesabınızın diğer tüm oturumları kapatıldı.
account-email = E-posta adresi
account-email-current = Mevcut adresiniz: { $email }.
account-email-submit = Onay bağlantısı gönder
account-email-sent = { $email } adresi kullanılabiliyorsa bu adrese bir onay bağlantısı gönderiliyor. Adresiniz, bu bağlantıyı açtığınızda değişir.
account-data = Verileriniz
account-export = Tüm verilerimi indir (JSON)
account-delete = Hesabımı sil
account-delete-explain = Hesabınızı silmek profilinizi, dillerinizi, rollerinizi ve tüm oturumlarınızı tek seferde kaldırır ve geri alınamaz. Yazdığınız konular, yanıtlar ve yorumlar “eski üye” imzasıyla diğer kullanıcılara görünür kalır. Güvenlik günlüğü, bir hesabın silindiğine dair numaralı bir kayıt tutar.
account-delete-submit = Hesabımı kalıcı olarak sil
account-deleted = Hesabınız silindi.
account-audit = Güvenlik günlüğü

email-confirm-title = Yeni e-posta adresinizi onaylayın
email-confirm-intro = Hesabınız bundan sonra { $email } adresini kullanacak.
email-confirm-submit = Yeni adresi onayla
email-confirmed = E-posta adresiniz değiştirildi.

join-title = Bu ağa katılma isteği gönderin
join-intro = Kolaylaştırıcılara kendinizi tanıtın. Onaylarlarsa e-postayla bir davet alırsınız.
join-submit = İsteği gönder
join-sent = İsteğiniz gönderildi. Kolaylaştırıcılar size e-postayla yanıt verecek.
invite-title = Bir kişiyi davet edin
invite-intro = Davet edilen kişi, hesap oluşturması için 7 gün geçerli bir bağlantı içeren bir e-posta alır.
invite-submit = Daveti gönder
invite-sent = { $email } adresine bir davet gönderiliyor.
requests-title = Katılma istekleri
requests-none = Bekleyen istek yok.
request-from = { $name } ({ $email }), kurum: { $organisation }
request-approve = Onayla
request-decline = Reddet
request-approved = Onaylandı: { $email } adresine bir davet gönderiliyor.
request-declined = İstek reddedildi.

audit-title = Güvenlik günlüğü
audit-when = Zaman
audit-event = Olay
audit-actor = İşlemi yapan
audit-subject = Hesap
audit-ip = IP adresi
audit-detail = Ayrıntı
audit-older = Daha eski olaylar
audit-sign-in = Oturum açıldı
audit-sign-in-failed = Başarısız oturum açma
audit-sign-out = Oturum kapatıldı
audit-invitation-sent = Davet gönderildi
audit-invitation-accepted = Davet kabul edildi
audit-reset-requested = Parola sıfırlama istendi
audit-password-reset = Parola sıfırlandı
audit-password-changed = Parola değiştirildi
audit-email-changed = E-posta adresi değiştirildi
audit-role-granted = Rol verildi
audit-join-requested = Katılma isteği
audit-join-approved = Katılma isteği onaylandı
audit-join-declined = Katılma isteği reddedildi
audit-account-deleted = Hesap silindi

error-email-invalid = ad@example.org gibi bir e-posta adresi girin.
error-name-missing = Adınızı ve soyadınızı girin.
error-password-too-short = En az 8 karakterden oluşan bir parola seçin.
error-password-too-long = En fazla 256 karakterden oluşan bir parola seçin.
error-password-common = Bu parola en yaygın parolalar arasında yer alıyor ve kolayca tahmin edilebilir. Başka bir parola seçin.
error-ticket-invalid = Bu bağlantı artık kullanılamaz: daha önce kullanılmış ya da süresi dolmuş. Yeni bir bağlantı isteyin.
error-wrong-credentials = E-posta adresi veya parola yanlış.
error-current-password-wrong = Mevcut parolanız yanlış.
error-already-decided = Bu istek hakkında zaten karar verilmiş.
error-organisation-not-in-network = Bu ağın üyesi olan bir kurum seçin.
error-locale-unsupported = Listedeki dillerden birini seçin.
error-text-too-long = Bu metin çok uzun.
error-forbidden = Bu işlemi yapma yetkiniz yok.
error-sign-in-required = Bu işlem için oturum açın.
error-cross-site = Bu istek başka bir web sitesinden geldiği için reddedildi. Hiçbir şey değiştirilmedi.
error-too-many = { $seconds ->
    [one] Çok fazla deneme yapıldı. { $seconds } saniye sonra yeniden deneyin.
   *[other] Çok fazla deneme yapıldı. { $seconds } saniye sonra yeniden deneyin.
}

mail-invitation-subject = { site-name } davetiniz
mail-invitation-body = { $inviter } sizi { site-name } platformuna davet ediyor: { $organisation } bünyesinde { $role }.
    
    Hesabınızı 7 gün geçerli olan bu bağlantıyla oluşturun:
    { $link }
    
    Böyle bir davet beklemiyorsanız bu e-postayı dikkate almayabilirsiniz.
mail-role-subject = { site-name } platformunda yeni bir rol
mail-role-body = { $inviter }, { site-name } platformundaki hesabınıza yeni bir rol verdi: { $role }.
    
    Bu rolü kullanmak için oturum açın:
    { $link }
mail-reset-subject = { site-name } parolanızı sıfırlayın
mail-reset-body = Birisi { site-name } platformundaki hesabınızın parolasının sıfırlanmasını istedi. Bir saat geçerli olan bu bağlantıyla yeni bir parola belirleyin:
    { $link }
    
    Bu istek sizden gelmediyse bu e-postayı dikkate almayın: parolanız olduğu gibi kalır.
mail-email-subject = { site-name } için yeni e-posta adresinizi onaylayın
mail-email-body = { $email } adresinin { site-name } platformundaki hesabınızın yeni adresi olduğunu, 24 saat geçerli olan bu bağlantıyla onaylayın:
    { $link }
    
    Bunu siz istemediyseniz bu e-postayı dikkate almayın.
