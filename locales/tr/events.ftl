## Etkinlikler: bir saatin, kontenjanın veya bir kaydın neden reddedildiği.

error-time-zone-unknown = Listeden bir saat dilimi seçin.
error-wall-time-skipped = Bu saat, o gün o saat diliminde mevcut değil: saatler bir saat ileri alınıyor (yaz saati uygulamasına geçiş). Başka bir saat seçin.
error-wall-time-repeated = Bu saat, o gün o saat diliminde iki kez yaşanıyor: saatler bir saat geri alınıyor (yaz saati uygulamasının sona ermesi). Başka bir saat seçin.
error-capacity-invalid = Kontenjan en az 1 olan bir tam sayı olmalıdır. Sınır olmaması için alanı boş bırakın.
error-already-registered = Bu etkinliğe zaten kayıtlısınız.
error-event-past = Bu etkinlik zaten gerçekleşti.
error-event-cancelled = Bu etkinlik iptal edildi.
