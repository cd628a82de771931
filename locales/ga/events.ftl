## Imeachtaí: cén fáth a ndiúltaítear d’am, do líon na n-áiteanna nó do chlárú.

error-time-zone-unknown = Roghnaigh crios ama ón liosta.
error-wall-time-skipped = Níl an t-am seo ann sa chrios ama sin an lá sin: cuirtear na cloig uair an chloig ar aghaidh. Roghnaigh am eile.
error-wall-time-repeated = Tarlaíonn an t-am seo faoi dhó sa chrios ama sin an lá sin: cuirtear na cloig uair an chloig siar. Roghnaigh am eile.
error-capacity-invalid = Caithfidh líon na n-áiteanna a bheith ina shlánuimhir de 1 ar a laghad; fág folamh é mura bhfuil aon teorainn leis.
error-already-registered = Tá tú cláraithe don imeacht seo cheana féin.
error-event-past = Tá an t-imeacht seo thart cheana féin.
error-event-cancelled = Cuireadh an t-imeacht seo ar ceal.
