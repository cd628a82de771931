## Kontijiet: id-dħul fil-kont, l-istediniet, ir-risettjar tal-password, il-kont tal-membru stess

nav-sign-in = Idħol
nav-account = Il-kont tiegħi
sign-out = Oħroġ

sign-in-title = Dħul fil-kont
sign-in-submit = Idħol
sign-in-forgot = Insejt il-password?
sign-in-no-account = M’għandekx kont għadek? Iftaħ il-paġna tan-netwerk tiegħek fid-direttorju u itlob biex tissieħeb.
field-email = Indirizz tal-email
field-password = Il-password
field-new-password = Il-password il-ġdida
field-current-password = Il-password attwali
field-given-name = Isem
field-family-name = Kunjom
field-job-title = Ir-rwol tiegħek fl-organizzazzjoni
field-locale = Il-lingwa tal-interfaċċa u tal-emails tiegħek
field-invitation-locale = Il-lingwa tal-istedina
field-languages = Il-lingwi li titkellem
field-organisation = Organizzazzjoni
field-role = Rwol
field-message = Messaġġ lill-faċilitaturi (mhux obbligatorju)
field-new-email = Indirizz tal-email ġdid
password-rules = Mill-inqas 8 karattri. Passwords komuni ħafna ma jiġux aċċettati.

reset-title = Irrisettja l-password tiegħek
reset-intro = Daħħal l-indirizz tal-email tal-kont tiegħek. Nibagħtulek ħolqa biex tagħżel password ġdida.
reset-submit = Ibgħat il-ħolqa
reset-sent = Jekk hemm kont li juża { $email }, ħolqa biex tirrisettja l-password tiegħu qiegħda fi triqitha. Il-ħolqa tibqa’ valida għal siegħa.
reset-new-title = Agħżel password ġdida
reset-new-submit = Salva l-password il-ġdida
reset-done = Il-password tiegħek inbidlet. Idħol bil-password il-ġdida.

invitation-title = Aċċetta l-istedina tiegħek
invitation-intro = Irċevejt stedina biex tissieħeb fil-pjattaforma { site-name } bl-indirizz { $email }: { $role } fi ħdan { $organisation }.
invitation-submit = Oħloq il-kont tiegħi

role-member = membru
role-facilitator = faċilitatur
role-coordinator = koordinatur
role-facilitator-of = Faċilitatur ta’ { $network }
role-coordinator-held = Koordinatur tal-pjattaforma

account-title = Il-kont tiegħi
account-profile = Profil
account-organisation = Organizzazzjoni
account-roles = Rwoli
account-save = Salva l-profil
account-saved = Il-profil tiegħek ġie salvat.
account-password = Il-password
account-password-submit = Ibdel il-password
account-password-changed = Il-password tiegħek inbidlet. Is-sessjonijiet l-oħra kollha tal-kont tiegħek ingħalqu.
account-email = Indirizz tal-email
account-email-current = L-indirizz attwali tiegħek huwa { $email }.
account-email-submit = Ibgħat ħolqa ta’ konferma
account-email-sent = Jekk { $email } jista’ jintuża, ħolqa ta’ konferma qiegħda fi triqitha lejh. L-indirizz tiegħek jinbidel meta tiftaħ dik il-ħolqa.
account-data = Id-dejta tiegħek
account-export = Niżżel id-dejta kollha tiegħi (JSON)
account-delete = Ħassar il-kont tiegħi
account-delete-explain = Jekk tħassar il-kont tiegħek, jitneħħew f’daqqa l-profil, il-lingwi, ir-rwoli u s-sessjonijiet kollha tiegħek, u dan ma jistax jitreġġa’ lura. Id-diskussjonijiet, it-tweġibiet u l-kummenti li ktibt jibqgħu jidhru lill-oħrajn, iffirmati “eks membru”. Ir-reġistru tas-sigurtà jżomm rekord numerat li ġie mħassar kont.
account-delete-submit = Ħassar il-kont tiegħi għal dejjem
account-deleted = Il-kont tiegħek tħassar.
account-audit = Reġistru tas-sigurtà

email-confirm-title = Ikkonferma l-indirizz tal-email il-ġdid tiegħek
email-confirm-intro = Minn issa ’l quddiem il-kont tiegħek se juża { $email }.
email-confirm-submit = Ikkonferma l-indirizz il-ġdid
email-confirmed = L-indirizz tal-email tiegħek inbidel.

join-title = Itlob biex tissieħeb f’dan in-netwerk
join-intro = Għid lill-faċilitaturi min int. Jekk japprovaw, tirċievi stedina bl-email.
join-submit = Ibgħat it-talba
join-sent = It-talba tiegħek intbagħtet. Il-faċilitaturi se jwieġbuk bl-email.
invite-title = Stieden persuna
invite-intro = Il-persuna tirċievi email b’ħolqa biex toħloq kont, valida għal 7 ijiem.
invite-submit = Ibgħat l-istedina
invite-sent = Stedina qiegħda fi triqitha lejn { $email }.
requests-title = Talbiet għal sħubija
requests-none = M’hemm l-ebda talba tistenna.
request-from = { $name } ({ $email }), organizzazzjoni: { $organisation }
request-approve = Approva
request-decline = Irrifjuta
request-approved = Approvata: { $email } se jirċievi stedina.
request-declined = It-talba ġiet irrifjutata.

audit-title = Reġistru tas-sigurtà
audit-when = Meta
audit-event = Avveniment
audit-actor = Minn
audit-subject = Kont
audit-ip = Indirizz IP
audit-detail = Dettall
audit-older = Avvenimenti eqdem
audit-sign-in = Dħul fil-kont
audit-sign-in-failed = Tentattiv ta’ dħul fallut
audit-sign-out = Ħruġ mill-kont
audit-invitation-sent = Stedina mibgħuta
audit-invitation-accepted = Stedina aċċettata
audit-reset-requested = Talba għar-risettjar tal-password
audit-password-reset = Password risettjata
audit-password-changed = Password mibdula
audit-email-changed = Indirizz tal-email mibdul
audit-role-granted = Rwol mogħti
audit-join-requested = Talba għal sħubija
audit-join-approved = Talba għal sħubija approvata
audit-join-declined = Talba għal sħubija rrifjutata
audit-account-deleted = Kont imħassar

error-email-invalid = Daħħal indirizz tal-email bħal isem@example.org.
error-name-missing = Daħħal ismek u kunjomok.
error-password-too-short = Agħżel password ta’ mill-inqas 8 karattri.
error-password-too-long = Agħżel password ta’ mhux aktar minn 256 karattru.
error-password-common = Din il-password hija fost l-aktar komuni u faċli biex wieħed jaqtagħha. Agħżel oħra.
error-ticket-invalid = Din il-ħolqa ma tistax tintuża aktar: diġà ntużat jew skadiet. Itlob waħda ġdida.
error-wrong-credentials = L-indirizz tal-email jew il-password mhumiex korretti.
error-current-password-wrong = Il-password attwali tiegħek mhix korretta.
error-already-decided = Diġà ttieħdet deċiżjoni dwar din it-talba.
error-organisation-not-in-network = Agħżel organizzazzjoni li hija membru ta’ dan in-netwerk.
error-locale-unsupported = Agħżel waħda mil-lingwi fil-lista.
error-text-too-long = Dan it-test twil wisq.
error-forbidden = M’għandekx permess tagħmel dan.
error-sign-in-required = Idħol fil-kont biex tagħmel dan.
error-cross-site = Din it-talba waslet minn sit elettroniku ieħor u ġiet irrifjutata. Xejn ma nbidel.
error-too-many = { $seconds ->
    [one] Saru wisq tentattivi. Erġa’ pprova wara { $seconds } sekonda.
    [two] Saru wisq tentattivi. Erġa’ pprova wara { $seconds } sekondi.
    [few] Saru wisq tentattivi. Erġa’ pprova wara { $seconds } sekondi.
    [many] Saru wisq tentattivi. Erġa’ pprova wara { $seconds } sekonda.
   *[other] Saru wisq tentattivi. Erġa’ pprova wara { $seconds } sekonda.
}

mail-invitation-subject = L-istedina tiegħek għal { site-name }
mail-invitation-body = Irċevejt stedina mingħand { $inviter } biex tissieħeb fil-pjattaforma { site-name }: { $role } fi ħdan { $organisation }.
    
    Oħloq il-kont tiegħek b’din il-ħolqa, valida għal 7 ijiem:
    { $link }
    
    Jekk ma kontx qed tistenna din l-istedina, tista’ tinjora din l-email.
mail-role-subject = Rwol ġdid fuq { site-name }
mail-role-body = Il-kont tiegħek fuq { site-name } ingħata rwol ġdid minn { $inviter }: { $role }.
    
    Idħol fil-kont biex tużah:
    { $link }
mail-reset-subject = Irrisettja l-password tiegħek fuq { site-name }
mail-reset-body = Xi ħadd talab li tiġi rrisettjata l-password tal-kont tiegħek fuq { site-name }. Agħżel password ġdida b’din il-ħolqa, valida għal siegħa:
    { $link }
    
    Jekk ma kontx int, injora din l-email: il-password tiegħek tibqa’ kif inhi.
mail-email-subject = Ikkonferma l-indirizz tal-email il-ġdid tiegħek fuq { site-name }
mail-email-body = Ikkonferma li { $email } huwa l-indirizz il-ġdid tal-kont tiegħek fuq { site-name } b’din il-ħolqa, valida għal 24 siegħa:
    { $link }
    
    Jekk ma tlabtx dan int, injora din l-email.
