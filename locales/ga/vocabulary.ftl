## Liostaí dúnta an táirge (store/src/vocabulary.rs)

network-kind-international = Líonra idirnáisiúnta
network-kind-national = Líonra náisiúnta
network-kind-regional = Líonra réigiúnach
network-kind-thematic = Líonra téamach

membership-level-core = Croíbhall
membership-level-member = Ball
membership-level-associate = Ball comhlach

organisation-type-vet-school = Scoil ghairmoideachais
organisation-type-training-centre = Ionad oiliúna
organisation-type-company = Comhlacht
organisation-type-chamber = Cumann tráchtála
organisation-type-association = Comhlachas
organisation-type-public-authority = Údarás poiblí
organisation-type-research-body = Foras taighde

sector-agriculture = Talmhaíocht agus foraoiseacht
sector-construction = Tógáil
sector-crafts = Ceardaíocht agus ceirdeanna
sector-commerce = Tráchtáil agus miondíol
sector-energy = Fuinneamh
sector-health-care = Cúram sláinte agus cúram sóisialta
sector-hospitality-tourism = Fáilteachas agus turasóireacht
sector-ict = Teicneolaíocht faisnéise agus cumarsáide
sector-logistics = Iompar agus lóistíocht
sector-manufacturing = Déantúsaíocht agus innealtóireacht
sector-automotive = Earnáil na ngluaisteán
sector-creative-industries = Tionscail chruthaitheacha

topic-eu-funding = Cistiú AE agus Erasmus+
topic-digitalisation = Claochlú digiteach
topic-trainers-competences = Inniúlachtaí múinteoirí agus oiliúnóirí
topic-innovative-didactics = Teagasc agus foghlaim nuálach
topic-labour-market = Riachtanais mhargadh an tsaothair
topic-advocacy = Abhcóideacht agus beartas gairmoideachais
topic-green-skills = Scileanna glasa agus inbhuanaitheacht
topic-inclusion = Cuimsiú agus foghlaimeoirí a bhfuil níos lú deiseanna acu
topic-work-based-learning = Foghlaim bunaithe ar obair agus printíseachtaí
topic-quality-assurance = Dearbhú cáilíochta

partnership-offer = Tairgeann
partnership-seek = Lorgaíonn
partnership-kind-cooperation-partnership = Comhpháirtíocht chomhair Erasmus+
partnership-kind-mobility-hosting = Óstáil foghlaimeoirí ar soghluaisteacht
partnership-kind-study-visit = Cuairt staidéir
partnership-kind-mentoring = Meantóireacht
partnership-kind-job-shadowing = Scáthú poist
partnership-kind-joint-training = Oiliúint chomhpháirteach
partnership-kind-staff-exchange = Malartú foirne
partnership-kind-curriculum-development = Comhfhorbairt curaclaim
