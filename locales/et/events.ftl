## Üritused: miks kellaaega, kohtade arvu või registreerumist vastu ei võeta.

error-time-zone-unknown = Valige ajavöönd loendist.
error-wall-time-skipped = Seda kellaaega ei ole sel päeval selles ajavööndis olemas: kellad keeratakse tund aega edasi. Valige muu kellaaeg.
error-wall-time-repeated = See kellaaeg esineb sel päeval selles ajavööndis kaks korda: kellad keeratakse tund aega tagasi. Valige muu kellaaeg.
error-capacity-invalid = Kohtade arv peab olema täisarv, mis on vähemalt 1. Kui kohtade arv ei ole piiratud, jätke väli tühjaks.
error-already-registered = Olete sellele üritusele juba registreerunud.
error-event-past = See üritus on juba toimunud.
error-event-cancelled = See üritus on tühistatud.
