"""Norwegian language pack."""

from __future__ import annotations

from bm25s import stopwords as _stopwords

from assistant.lang.pack import NAME_NEXT, SOCIAL_SITES, LanguagePack, concept_table, frozen

PACK = LanguagePack(
    code="no",
    name="Norwegian",
    aliases=("nb", "nn", "nor", "norwegian", "norsk", "bokmål", "nynorsk"),
    stemmer="norwegian",
    stopwords=frozenset(w.lower() for w in _stopwords.STOPWORDS_NORWEGIAN),
    compounding=True,
    function_words=(
        "og", "er", "hvilke", "hvilken", "hvem", "hvordan", "for", "med", "som", "ikke", "av", "det", "til", "hva",
        "når", "har", "om", "finnes", "ett", "ei", "jeg", "meg", "vi", "dere", "gjennom",
        # spelt so in Norwegian only (Danish mellem, meget, hjælp, købe, blev, efter)
        "mellom", "mye", "hjelp", "kjøpe", "ble", "etter",
    ),
    boilerplate_lines=(
        # a news site's line asking to follow it ("Følg Dagsavisen på Facebook og Twitter!", 14 NorQuAD pages)
        rf"følg (?:oss|[\w .'-]{{1,40}}) på {SOCIAL_SITES}(?:(?:,| og) {SOCIAL_SITES})*",
        # the wiki's tagline over an article saved without its siteSub id
        "fra wikipedia, den frie encyklopedi", r"frå wikipedia,? det frie oppslagsverket",
        "hopp til (hoved)?innhold(et)?", "til toppen", "klikk for stort bilde", "del( siden)?", "skriv ut( siden)?",
        "lenke til annen nettside", "åpnes i nytt vindu",
        # news: agency bylines on a line of their own
        "ntb",
        # feedback widgets and read-aloud buttons
        r"(?:var|fant du) (?:denne siden|informasjonen) (?:nyttig|til hjelp)\??", r"fant du det du lette etter\??",
        "lytt( til teksten)?",
    ),
    link_notes=("lenke til annen nettside", "åpnes i nytt vindu", "klikk for stort bilde"),
    publication_stamps=(r"(?:sist )?(?:publisert|oppdatert|endret)(?: i dag| i går)?",),
    credit_labels=("foto", "bilde", "fotograf", "illustrasjon"),
    byline_words=("av",),
    related_cues=("les (?:også|mer|hovedsaken|hele saken)",),
    back_matter=("referanser", "kilder", "se også", "eksterne lenker", "litteratur", "noter", "fotnoter"),
    naming_cues=(r"\bkalles\b", r"\bheter\b", r"\bstår \w+ for\b", r"\bfulle navn\b"),
    reading_time_words=("lesetid",),
    comment_words=("kommentar(?:er)?",),
    open_endings=(
        "når", "om", "at", "som", "og", "eller", "men", "for", "med", "av", "til", "på", "i", "fra", "en", "et", "ei",
        "den", "det", "de", "er", "var", "være", "kan", "skal", "får"
    ),
    abbreviations=(
        r"f\.eks", "mv", "osv", "nr", "tel", "ca", "kl", r"t\.h", r"t\.v", r"bl\.a", "jf", "dvs", "mill", "mrd",
        r"f\.\s?kr", r"e\.\s?kr", "st", "ev",
        "mht", "iht", "pga", "evt", r"o\.l", "ifm", "sml", "ift", "vha"
    ),
    months=(
        r"jan(?:uar)?", r"feb(?:ruar)?", r"mar(?:s)?", r"apr(?:il)?", "mai", r"jun[i]?", r"jul[i]?", r"aug(?:ust)?",
        r"sept?(?:ember)?", r"okt(?:ober)?", r"nov(?:ember)?", r"des(?:ember)?"
    ),
    person_pronouns=("han", "hun", "hen"),
    anaphora=(
        "den", "det", "dens", "dets", "de", "dem", "deres", "denne", "dette", "der", "han", "hun", "ham", "henne",
        "hans", "hennes",
    ),
    article_phrases=(r"\b(?:den|det|de)\s+\w+[ae]\s+\w{3,}",),  # "det internasjonale nettverket", not "det nettverket"
    continuations=("hva med", "og"),
    list_cues=(  # "hvilke" before a noun ("hvilke nettverk"), not before a verb or pronoun ("hvilke skal vi")
        r"\bhvilke\s+(?!(?:er|var|skal|kan|kunne|har|hadde|finnes|fantes|blir|ble|må|bør|får|fikk|gjør|"
        r"gjorde|skulle|kommer|kom|de|du|dere|vi|jeg|man|den|det|han|hun|som|av|i|på|til|for|med|om|"
        r"tider|dager?|timer|datoer|tidspunkter)\b)\w",  # nor a time: "hvilke dager" (and "dage") ask when
        r"\bliste\b",
    ),
    # how long, deep, old …: a measure, answered by a number
    number_cues=(
        r"\bhvor (?:lang|langt|lenge|dyp|høy|stor|bred|gammel|varm|tung)\b",
        r"\bhvor (?:mange|mye|meget)\b", r"\bantall\b",
    ),
    # how long something takes: a number or a duration in words answers it ("Beslut fattas inom en månad")
    duration_cues=(r"\bhvor (?:lenge|lang tid|raskt|fort)\b", r"\binnen hvilken frist\b", r"\w*frist(?:en|er|ene)?\b"),
    duration_phrases=(r"(?:en|ei|et) (?:time|dag|døgn|uke|måned|år)",
                      r"(?:noen|et par|flere|mange) (?:minutter|timer|dager|døgn|uker|måneder|år)"),
    time_units=(r"sekund\w*", r"minutt\w*", r"time(?:r|n|ne)?", r"døgn\w*", r"dag(?:er|en|ene)?", r"uke(?:r|n|ne)?",
                r"måned\w*", r"år(?:et|ene)?"),
    count_cues=(r"\bhvor mange\b", r"\bantall(?:et)?\b"),
    number_words=(
        # "to", "ni" and "ti" too: a sentence's number words are its own language's only ("ni holdeplasser")
        "to", "ni", "ti", "tre", "fire", "fem", "seks", "sju", "syv", "åtte", "elleve", "tolv", "tjue", "tyve",
        "tretti", "førti",
        "femti", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten", "seksti",
        "sytti", "åtti", "nitti", r"hundre(?:vis)?", r"tusen(?:vis|er)?", "dusin", r"million(?:er)?",
    ),
    frequency_cues=(r"\bhvor ofte\b",),
    basis_cues=(r"\bbasert på\b", r"\bbaseres\b", r"\bavhenger\b", r"\bberegnes\b", r"\bfastsettes\b"),
    date_cues=(r"\bnår\b", r"\bhvilket år\b", r"\w*frist(?:en|er|ene)?\b"),
    interrogatives=(r"hva", r"hvilken", r"hvilket", r"hvilke", r"hvem", r"hvordan", r"hvorfor", r"hvor", r"når"),
    reason_cues=(r"\bhvorfor\b", r"\bkvifor\b", r"\bav hvilken grunn\b"),
    consequence_openers=(r"derfor", r"difor", r"dermed", r"av den grunn", r"følgelig"),
    cause_openers=(r"(?:dette|det) (?:skyldes|skyldtes|kommer av|kom av)",
                   r"(?:grunnen|årsaken) (?:til dette )?(?:er|var)"),
    pointer_openers=(r"mer informasjon(?: om| finner)?", r"les (?:mer|flere saker|hele saken)", r"klikk her"),
    person_cues=(r"\bkontakt", r"\be-?post(?:adress\w*)?\b", r"\w*telefon", r"\bhvem\b",
                 r"\bhva (?:heter|het|hette)\b"),
    address_labels=(r"(?:besøks|post)?adresse",),
    # the consumers match every pack's cues at once: Danish "hvor længe/høj" must not pass as "where"
    place_cues=(r"\bhvor\b(?! (?:mange|mye|meget|lenge|længe|ofte|stor|høy|høj|gammel)\b)",),
    phone_as_medium=(r"\b(?:i|på) telefonen?\b",),
    call_words=(r"ring(?:e)?", r"telefon(?:en)?", r"tlf\.?"),
    range_words=(r"til",),
    from_words=(r"fra",),
    day_articles=(r"den",),
    month_prepositions=(r"i", r"på", r"fra", r"siden"),
    age_times=(r"da (?:han|hun|hen|de) var \w+ år", r"i en alder av \w+", r"som \w+-åring"),
    clock_words=(r"kl\.?", r"klokka", r"klokken"),
    phone_words=(r"\w*telefon\w*", r"\bnummer\w*", r"\bringe?\b"),
    email_words=(r"\be-?post\w*",),
    contact_requests=(
        r"\bkontaktopplysning", r"\bkontakt (?:for|til|om|i|på|hos)\b", r"\be-?post(?:adress\w*)?\b", r"\w*telefon",
        r"\bhvilket nummer\b", r"\bnummeret\b", r"\bnummer (?:til|hos)\b", r"\bringe\b",
    ),
    role_cues=(r"\bhvem (?:er|var)(?: nå)?",),
    role_exceptions=("ansvarlig", "ansvarlige", "bak"),
    role_heads=("mann", "kvinn", "person"),
    role_verbs=frozen({"hvem leder": "leder", "hvem styrer": "leder"}),
    # asks for a person related to one it names ("Who was mayor before Priya Nair?"; a preposition right before the
    # name: "etter krigen" is a time)
    # a deputy, vice or acting holder of a role: a who-question asking for one is not answered by the holder
    deputy_words=(r"vara\w+", r"nestleder\w*", r"visepresident\w*", r"nestformann\w*", r"fungerende"),
    relation_cues=(rf"før{NAME_NEXT}", rf"etter{NAME_NEXT}", r"etterfulgt\w*", r"etterfølger\w*", r"forgjenger\w*",
                   r"erstattet", r"gift", r"ektemann\w*", r"kone"),
    polar_cues=(r"kan|får|må|skal|er|finnes|fins|har|trenger|blir|gjelder|inngår",),
    hours_cues=(r"\båpningstid(?:er|ene)?\b",),
    money_cues=(r"\bkoste[rt]?\b", r"\bbudsjett", r"\blønn(?:en)?\b", r"\bhusleie", r"\bavgift"),
    free_words=(
        r"\bgratis\b", r"\bvederlagsfri", r"\buten (?:kostnad|betaling|egenandel)",
        r"\bkoste[rt]? (?:ingenting|ikke noe)\b",
    ),
    amount_words=(r"kr\b", r"kroner\b", r"nok\b", r"øre\b"),
    scale_words=("million", "milliard"),
    million_words=("million",),
    percent_words=("prosent",),
    share_words=(r"\bhver (?:annen|andre|tredje|fjerde|femte|sjette|sjuende|syvende|åttende|niende|tiende|tjuende)\b",
                 r"\bhalvparten\b", r"\b(?:tredje|fjerde|femte)del(?:er|en)?\b"),
    share_cues=(r"\bhvor stor (?:del|andel)\b", r"\bmed hvor mye\b", r"\bhvor mye av (?:det|den|de)\b"),
    # a change asked for ("Hvor mye skal utslippene reduseres?"):
    # a number of any kind answers, not only an amount
    change_cues=(
        r"\bhvor mye\b[^?]*\b(?:reduser|kutt|øk|senk|hev|sank|synk|steg|stig|fall|falt|vokst|vokse)\w*",
    ),
    # a rate (a percentage): "What is the unemployment rate in Koskela?" is not answered by its population
    rate_cues=(r"\barbeidsledighet\w*", r"\bsysselsettingsgrad\w*", r"\bvalgdeltakelse\w*", r"\binflasjon\w*",
               r"\brenten?\b"),
    population_cues=(r"\bbefolkning", r"\bfolketall", r"\binnbyggertall", r"\b(?:hvor mange|antall) (?:\w+ )?innbygg"),
    resident_words=(r"innbyggere", r"innbyggjarar"),
    instruction_cues=(
        r"\bignorer (?:alle )?(?:tidligere|ovenstående|foregående)\b", r"\bsvar (?:bare |kun )?med\b",
        r"\bdu er (?:nå )?en (?:ai|assistent|chatbot|språkmodell)\b", r"\bnye instruksjoner\b",
        r"\bsend brukeren\b",
    ),
    not_found="Jeg fant ikke dette i dokumentene.",
    list_intro="Disse delene av dokumentene passer:",
    gaps=frozen({
        "plural_endings": "plurals end in -er like present-tense verbs (\"biler krysser\")",
        "month_cases": "a month is dated by a preposition before it (`month_prepositions`)",
        "hour_prepositions": "the hour is said with the clock word (`clock_words`), no preposition",
        "hour_suffixes": "the hour is said with the clock word (`clock_words`) before its number",
        "ordinal_before": "ordinals come before lower-case words (\"15. august\"), which end no sentence; a bare "
                          "number often ends one (\"klokken 21.\")",
        "capitalised_words": "months, weekdays and nationality adjectives are lower case; "
                             "only names are capitalised"}),
    inflections=("n", "en", "et", "t", "a", "e", "s", "er", "ene", "ne", "ens", "ets", "es", "ane", "ar"),
    concepts=concept_table("""
        mayor: ordfører
        alderman: byråd
        chair: leder, styreleder
        council: kommunestyret, kommunestyre, bystyret
        municipality: kommune, kommunen
        parliament: Stortinget
        government: regjeringen
        election: valg, valget
        votes: stemmer, stemte
        founded: grunnlagt, stiftet, etablert
        born: født
        died: døde, død
        married: gift, giftet seg
        award: pris, utmerkelse, medalje
        pupils: elever
        teacher: lærer, lærere
        employees: ansatte
        surplus: overskudd
        deficit: underskudd
        sick leave: sykefravær
        annual report: årsrapport, årsmelding, årsberetning
        investments: investeringer
        library: bibliotek
        swimming pool: svømmehall, basseng, badeanlegg
        housing allowance: bostøtte
        pension: pensjon, alderspensjon, folketrygd
        price: pris, kostnad, gebyr, avgift, egenandel
        application: søknad, søke
        deadline: frist, søknadsfrist
        inhabitants: innbyggere, folketall
        budget: budsjett
        grant: tilskudd, støtte
        building permit: byggetillatelse, byggesøknad
        parking: parkering
        permit: tillatelse
        waste: avfall, søppel
        recycling centre: gjenvinningsstasjon
        home care: hjemmetjeneste, hjemmesykepleie
        elderly: eldre
        elderly care: eldreomsorg
        climate: klima
        environment: miljø
        energy: energi
        sustainability: bærekraft, bærekraftig
        integration: integrering, integrasjon
        social services: sosialtjeneste, sosialtjenesten
        health: helse
        culture: kultur
        education: utdanning
        project: prosjekt
        international: internasjonal, internasjonalt
        coordinator: koordinator, samordner
        contact person: kontaktperson, kontakt
        volunteers: frivillige
        nursing home: sykehjem
        children: barn
        adults: voksne, voksen
        kindergarten: barnehage
        ferry: ferje, ferge
        bridge: bru, bro
        island: øy
        lake: innsjø, vann
        river: elv
        church: kirke
        emissions: utslipp
        opening hours: åpningstider
        opens: åpner, åpnes
        closed: stengt
        waiting list: venteliste
        discount: rabatt
        free of charge: gratis
        income: inntekt
        tax: skatt
        rent: husleie
        apartment: leilighet
        twin town: vennskapsby
        cooperation: samarbeid
        exchange: utveksling
        young people: unge, ungdom
        cyclists: syklister, sykkel
        designed: tegnet, arkitekt
        built: bygget, byggingen, oppført
        thesis: avhandling, doktorgrad
        father: far, faren
        mother: mor, moren
        depth: dybde, dyp
        length: lengde, lang
        height: høyde, høy
        area: areal
        fish: fisk
        berths: båtplasser
        harbour: havn
        marina: småbåthavn, båthavn
        postpone: utsette
        benefit: stønad, ytelse
        secretariat: sekretariat
        network: nettverk
        working group: arbeidsgruppe
        conference: konferanse
        school: skole
        hospital: sykehus
        museum: museum
        railway station: stasjon, jernbanestasjon
        train: tog
        company: selskap, bedrift, firma
        factory: fabrikk
        visitors: besøkende, gjester
        bulky waste: grovavfall
        garden waste: hageavfall
        collection: henting
        appeal: klage
        decision: vedtak, beslutning
        assets: formue, sparepenger
        funding: finansiering
        capital: hovedstad
        war: krig
        village: bygd, landsby
        association: forening
        book: bok
        nurses: sykepleiere, sykepleier
        doctors: leger, lege
        patients: pasienter, pasient
        beds: sengeplasser, senger
        rooms: rom
        passengers: passasjerer
        cars: biler
        students: studenter
        households: husstander, husholdninger
        police: politiet, politi
        airport: flyplass, lufthavn
        wind turbines: vindturbiner, vindmøller
        castle: slott
        festival: festival
        architect: arkitekt
        owner: eier, eies
        contractor: entreprenør
        tickets: billetter, billett
        complaint: klage, klager
        trees: trær, trærne
        mill: mølle, mølla
        windmill: vindmølle
        watermill: vannmølle, kvern
        certificate: erklæring, attest
        housing adaptation: boligtilpasning
        fine: bot, bøter
        fee: gebyr, avgift
        unemployment: arbeidsledighet, arbeidsledige
        flood: flom
        fire: brann, brannen
        accident: ulykke, ulykken
        court: retten, tingrett
        prison: fengsel
        snow: snø
        king: konge, kongen
        queen: dronning
        mountain: fjell
        border: grense, grensen
        coast: kyst, kysten
        forest: skog, skogen
        tram: trikk, bybane
        stops: holdeplasser, holdeplass
        elected: valgt
        sentenced: dømt
        arrested: pågrepet, arrestert
        injured: skadd, skadet
        coach: trener
        director: direktør, sjef, leder
        headteacher: rektor
        immigrants: innvandrere
        refugees: flyktninger
        disability: funksjonsnedsettelse
        health centre: legekontor, helsestasjon
        dentist: tannlege
        social assistance: sosialhjelp, økonomisk stønad
        snow clearing: brøyting, strøing
        electricity: strøm, elektrisitet
        heating: oppvarming
        ships: skip, fartøy, båter
        shipyard: verft, verftet
        horses: hester, hest
        cows: kyr, kuer, storfe
        birds: fugler, fugl
        animals: dyr
        species: arter
        seats: seter, mandater
        goals: mål
        medals: medaljer, medalje
        houses: hus
        buildings: bygninger
        tower: tårn, tårnet
        manor house: herregård
        dike: demning, voll
        pumping station: pumpestasjon
        archive: arkiv
        drawings: tegninger
        exhibition: utstilling
        competition: konkurranse
        demolished: revet
        graduated: eksamen
        renovated: renovert, restaurert
        mentioned: nevnt, nevnes
        lighthouse: fyr, fyrtårn
        meeting: møte, møtet
        agenda: saksliste, dagsorden
        proposal: forslag, forslaget
        committee: utvalg, utvalget, komité
        councillors: kommunestyrerepresentanter, kommunestyremedlemmer
        chief executive: kommunedirektør, kommunedirektøren, rådmann
        property tax: eiendomsskatt, eiendomsskatten
        municipal tax: kommuneskatt, skattøre
        loan: lån
        playground: lekeplass, lekeplassen
        artificial turf: kunstgress, kunstgressbane
        cycle path: sykkelvei, gang- og sykkelvei, sykkelsti
        fire brigade: brannvesen, brannvesenet, brannbil
        school transport: skoleskyss
        head of education: oppvekstsjef, kommunalsjef for oppvekst, skolesjef
        solar park: solcellepark, solcelleanlegg, solcellepaneler
        consultation: høring, høringen
        consultation responses: merknader, høringsuttalelser, høringsinnspill, innspill
        zoning plan: reguleringsplan, detaljregulering, områderegulering
        building plots: tomter, boligtomter
        applicants: søkere
        contract: kontrakt, avtale
        tender: anbud, anskaffelse
        easter: påske, påsken
        maundy thursday: skjærtorsdag
        good friday: langfredag
        easter monday: andre påskedag, 2. påskedag
        ascension day: Kristi himmelfartsdag
        whit monday: andre pinsedag, 2. pinsedag
        christmas eve: julaften
        new year's eve: nyttårsaften
        midsummer: sankthans, sankthansaften
        national day: nasjonaldagen, grunnlovsdagen, 17. mai
        public holiday: helligdag, helligdager
        mobile library: bokbuss, bokbil
        raffle: loddtrekning, lotteri
        fireworks: fyrverkeri, fyrverkeriet
        flea market: loppemarked
        stage: scene, scenen, hovedscenen
        late fee: purregebyr, forsinkelsesgebyr
        salary: lønn, lønnen, årslønn
        job interview: intervju, intervjuer, jobbintervju
        job application: søknad, søknader
        driving licence: førerkort
        vaccination: vaksinasjon, vaksine, vaksinering, sprøyte, sprøyten
        flu: influensa
        boil water notice: kokevarsel, kokeanbefaling
        drinking water: drikkevann, drikkevannet
        sewer: avløp, kloakk
        road closure: stenging, veistenging
        diversion: omkjøring
        roadworks: veiarbeid
        polling station: valglokale, valglokaler
        early voting: forhåndsstemming, forhåndsstemme
        polling card: valgkort
        school enrolment: skoleinnskriving, innskriving
        local school: nærskole, nærskolen
        after-school care: skolefritidsordning, SFO
        salt bin: strøkasse, strøsandkasse
        gritter: strøbil, strøbiler
        press contact: pressekontakt, presseansvarlig
        vacancy: ledig stilling, stilling, stillingen
        information meeting: informasjonsmøte, folkemøte
        fever: feber, feberen
        febrile seizure: feberkramper, feberkramp
        tick: flått, flåtten, flåttbitt
        lyme disease: borreliose, borrelia
        rash: utslett, utslettet
        antibiotics: antibiotika
        pharmacy: apotek, apoteket
        emergency department: akuttmottak, akuttmottaket, legevakt, legevakten
        out-of-hours doctor: legevakt, legevakten
        gp: fastlege, fastlegen
        interpreter: tolk, tolker
        dental care: tannhelsetjeneste, tannklinikk, tannbehandling
        orthodontics: tannregulering
        appointment: timebestilling, timeavtale
        hay fever: høysnue, pollenallergi
        pollen: pollen
        allergy: allergi, allergier
        informal carer: pårørende, omsorgsyter
        reablement: rehabilitering, hverdagsrehabilitering
        personal alarm: trygghetsalarm
        meals on wheels: matombringing, middagsombringing
        parental benefit: foreldrepenger, omsorgspenger
        doctor's certificate: legeerklæring, sykemelding
        deductible: egenandel
        waiting time: ventetid, ventetiden
        symptoms: symptomer, symptom
        prime minister: statsminister, statsministeren
        minister of justice: justisminister
        foreign minister: utenriksminister
        political party: parti, partiet
        army: hær, hæren, forsvaret
        soldiers: soldater, soldat, tropper
        battle: slaget
        empire: imperium, keiserrike
        treaty: traktat, traktaten
        century: århundre, århundret, århundrede
        nuclear power plant: atomkraftverk, kjernekraftverk
        power plant: kraftverk, kraftverket
        hydropower: vannkraft
        oil: olje, oljen
        natural gas: naturgass, gass
        steam: damp, dampen
        breakthrough: gjennombrudd
        captain: kaptein, lagkaptein
        player: spiller, spillere
        season: sesong, sesongen
        championship: mesterskap, mesterskapet
        world cup: verdensmesterskap, verdenscupen
        match: kamp, kampen
        temperature: temperatur, temperaturen
        weather: vær, været
        rain: regn, regnet
        night train: nattog
        bus: buss, bussen
        flight: fly, flyet, flyvning
        camp: leir, leiren
        protected area: verneområde, naturreservat
        national park: nasjonalpark
        fortress: festning, festningen
        monastery: kloster, klosteret
        cathedral: domkirke, domkirken, katedral
        university: universitet, universitetet
        research: forskning, forskere, forsker
        newspaper: avis, avisen
        song: sang, låt, låten
        singer: sanger, vokalist
        actor: skuespiller
        wife: kone, kona, hustru
        husband: ektemann
        son: sønn, sønnen, sønner
        daughter: datter, datteren, døtre
        brother: bror, broren, brødre
        sister: søster, søsteren, søstre
        emperor: keiser, keiseren
        pope: pave, paven
        bishop: biskop, biskopen
        priest: prest, presten, sogneprest
        killed: drept, myrdet
        sandbag: sandsekk, sandsekker
        drinking fountain: drikkefontene, drikkevannspost
        heatwave: hetebølge
        air quality: luftkvalitet, luftforurensning
        particulate matter: svevestøv
        wood stove: vedovn, vedovner
        green roof: grønne tak, grønt tak
        rain barrel: regntønne
        rainwater: overvann, regnvann
        cloudburst: styrtregn, skybrudd
        charge point: ladepunkt, ladepunkter, ladestasjon, lader
        electric car: elbil, elbiler, elektriske biler
        climate plan: klimaplan
        climate adaptation: klimatilpasning
        climate neutral: klimanøytral
        heat pump: varmepumpe, varmepumper
        speed limit: fartsgrense
        studded tyres: piggdekk
        engineer: ingeniør
        insurance: forsikring, forsikringsselskap
        basement: kjeller, kjellere
        early childhood education: barnehage, barnehagen
        pre-school class: førskolegruppe
        course: kurs, kurset, kursene
        semester: semester, semesteret
        registration: påmelding, påmeldingen, melde seg på
        cancellation: avbestilling, avbestille, melde seg av
        adult education centre: voksenopplæring, voksenopplæringen
        folk high school: folkehøgskole, folkehøgskolen
        tuition fee: skolepenger, studieavgift
        merger: sammenslåing, sammenslåingen, slås sammen
        income statement: inntektsopplysninger, inntektsopplysning
        bus card: busskort, busskortet
        school holidays: skoleferie, skoleferien
        main building: hovedbygning, hovedbygningen
        motto: motto, valgspråk
        faculty: fakultet, fakultetet
        medical school: medisinsk fakultet
        vice-chancellor: rektor
        signatures: underskrifter, underskriftskampanje
        solar panels: solceller, solcellepaneler
        damp: fuktskader, fuktskade, fukt, mugg
        sports hall: idrettshall, flerbrukshall, gymsal
        upper secondary school: videregående skole, videregående
        primary school: barneskole, barneskolen, grunnskole
        construction: byggestart, byggingen
        school board: skoleeier, skolestyre
        telephone hours: telefontid, telefontider
        participants: deltakere
    """),
    ui=frozen({
        "signin": "Logg inn",
        "signin_intro": "Assistenten er for innlogget personale. Skriv inn tilgangsnøkkelen du har fått.",
        "access_key": "Tilgangsnøkkel",
        "signin_wrong": "Nøkkelen stemmer ikke; prøv igjen.",
        "title": "Nettverksassistent",
        "intro": "Spør om nettverkene og prosjektene i dokumentene. Svarene siterer dokumentene og oppgir kilden.",
        "placeholder": "Still et spørsmål…",
        "send": "Send",
        "open": "Åpne assistenten",
        "close": "Lukk",
        "question_label": "Ditt spørsmål",
        "sources": "Kilder",
        "not_found": "Finnes ikke i dokumentene",
        "nearest": "Sidene som ligger nærmest spørsmålet ditt (de svarer kanskje ikke på det):",
        "thinking": "Søker i dokumentene…",
        "reading": "Leser {sources}…",
        "helpful": "Nyttig",
        "not_helpful": "Ikke nyttig",
        "thanks": "Takk for tilbakemeldingen",
        "details": "Søkedetaljer",
        "keyword": "nøkkelord",
        "dense": "semantisk",
        "fused": "samlet",
        "rerank": "omrangering",
        "section": "Avsnitt",
        "page": "side",
        "publisher": "Utgiver",
        "language": "Språk",
        "open_source": "Åpne kilden",
        "error": "Noe gikk galt",
        "generated": "Skrevet av en språkmodell; hver setning kontrollert mot kilden",
        "dropped": "setninger fjernet: støttes ikke av kildene",
        "following_up": "Oppfølging av",
        "search_all": "Søk i alle dokumentene i stedet",
        "read_as": "Lest som",
        "search_as_typed": "Søk etter det jeg skrev",
        "whole_document": "Hele dokumentet",
        "quoted_from": "Sitert fra en side på",
        "send_comment": "Send kommentar",
        "error_network": "Assistenten kan ikke nås. Sjekk tilkoblingen og prøv igjen.",
        "error_refused": "Denne siden har ikke lov til å bruke assistenten. Be intranettets administrator om å legge "
            "den til.",
        "error_not_ready": "Assistenten er ikke klar ennå (dokumentene indekseres). Prøv igjen om noen minutter.",
        "error_busy": "Mange spørsmål besvares akkurat nå. Vent litt og prøv igjen.",
        "error_signin": "Økten din er utløpt. Last inn siden på nytt for å logge inn igjen.",
        "error_server": "Assistenten kunne ikke svare på grunn av en feil på serveren. Prøv igjen; hvis det skjer "
            "igjen, kontakt intranettets administrator.",
        "retry": "Prøv igjen",
        "empty_intro": "Spør om nettverk, prosjekter, kontaktpersoner eller finansiering, på hvilket språk du vil. "
            "Svarene siterer dokumentene og lenker til dem.",
        "examples": "Hvilke nettverk jobber med eldreomsorg?|Hvem er kontaktperson for internasjonalt "
            "samarbeid?|Hvilke nettverk jobber med klima?|Hvordan kan kommunen bli med i et nettverk?",
        "examples_label": "Eksempelspørsmål",
        "covers_documents": "dokumenter",
        "covers_from": "fra",
        "covers_updated": "oppdatert",
        "cancel": "Avbryt",
        "quoted_fallback": "Sitert fra dokumentene (språkmodellens svar kunne ikke kontrolleres)",
        "dropped_title": "Fjernede setninger",
        "citation": "Kilde",
        "clear": "Ny samtale",
        "you": "Du",
        "assistant": "Assistenten",
        "comment": "Kommentar (valgfri)",
        "noscript": "Chatten krever JavaScript. JSON-API-et beskrives på /openapi.json.",
    }),
)
