"""Danish language pack."""

from __future__ import annotations

from bm25s import stopwords as _stopwords

from assistant.lang.pack import NAME_NEXT, SOCIAL_SITES, LanguagePack, concept_table, frozen

PACK = LanguagePack(
    code="da",
    name="Danish",
    aliases=("dan", "danish", "dansk"),
    stemmer="danish",
    stopwords=frozenset(w.lower() for w in _stopwords.STOPWORDS_DANISH),
    compounding=True,
    function_words=(
        "og", "er", "hvilke", "hvem", "hvordan", "for", "med", "som", "ikke", "af", "til", "hvad", "hvornår", "har",
        "om", "findes", "et", "jeg", "mig",
        # spelt so in Danish only (Norwegian barn, mellom, blir, hjelp, kjøpe): "Hvor mange børn har …?" was Norwegian
        "børn", "mellem", "bliver", "hjælp", "købe",
    ),
    boilerplate_lines=(
        # a news site's line asking to follow it ("Følg Dagsavisen på Facebook og Twitter!", 14 NorQuAD pages)
        rf"følg (?:os|[\w .'-]{{1,40}}) på {SOCIAL_SITES}(?:(?:,| og) {SOCIAL_SITES})*",
        # the wiki's tagline over an article saved without its siteSub id
        "fra wikipedia, den frie encyklopædi",
        "spring til (hoved)?indhold(et)?", "til toppen", "ritzau",
        # feedback widgets and read-aloud buttons
        r"(?:var|kunne du bruge) (?:siden|indholdet|informationen)(?: til noget)?\??",
        r"fandt du (?:det|hvad) du (?:søgte|ledte efter)\??", "læs op",
    ),
    publication_stamps=(r"(?:senest |sidst )?(?:publiceret|opdateret|ændret|redigeret)(?: i dag| i går)?",),
    credit_labels=("foto", "fotograf", "billede", "illustration"),
    byline_words=("af",),
    related_cues=("læs (?:også|mere|hele historien)",),
    back_matter=("referencer", "kilder", "se også", "eksterne (?:henvisninger|links)", "litteratur", "noter"),
    naming_cues=(r"\bkaldes\b", r"\bhedder\b", r"\bstår \w+ for\b", r"\bfulde navn\b"),
    reading_time_words=("læsetid",),
    comment_words=("kommentar(?:er)?",),
    open_endings=(
        "når", "om", "at", "som", "og", "eller", "men", "for", "med", "af", "til", "på", "i", "fra", "en", "et",
        "den", "det", "de", "er", "var", "være", "kan", "skal", "får"
    ),
    abbreviations=(
        r"f\.eks", "osv", "nr", "tel", "ca", "mv", "kl", r"bl\.a", "dvs", "jf", "mio", "mia", r"f\.\s?kr",
        r"e\.\s?kr", "st",
        "mht", "pga", "evt", "ift", "hhv", "vedr", "ekskl", "iflg"
    ),
    months=(
        r"jan(?:uar)?", r"feb(?:ruar)?", r"mar(?:ts)?", r"apr(?:il)?", "maj", r"jun[i]?", r"jul[i]?", r"aug(?:ust)?",
        r"sept?(?:ember)?", r"okt(?:ober)?", r"nov(?:ember)?", r"dec(?:ember)?"
    ),
    person_pronouns=("han", "hun"),
    anaphora=(
        "den", "det", "dens", "dets", "de", "dem", "deres", "denne", "dette", "der", "han", "hun", "ham", "hende",
        "hans", "hendes",
    ),
    article_phrases=(r"\b(?:den|det|de)\s+\w+[ae]\s+\w{3,}",),  # "det internasjonale nettverket", not "det nettverket"
    continuations=("og",),
    list_cues=(  # "hvilke" before a noun ("hvilke netværk"), not before a verb or pronoun ("hvilke skal vi")
        r"\bhvilke\s+(?!(?:er|var|skal|kan|kunne|har|havde|findes|fandtes|bliver|blev|må|bør|får|fik|gør|"
        r"gjorde|skulle|kommer|kom|de|du|i|vi|jeg|man|den|det|han|hun|som|af|på|til|for|med|om|"
        r"tider|dager?|timer|datoer|tidspunkter)\b)\w",  # nor a time: "hvilke dage" (and "dager") ask when
        r"\bliste\b",
    ),
    # how long, deep, old …: a measure, answered by a number
    number_cues=(
        r"\bhvor (?:lang|langt|længe|dyb|høj|stor|bred|gammel|varm|tung)\b",
        r"\bhvor (?:mange|meget)\b", r"\bantal\b",
    ),
    # how long something takes: a number or a duration in words answers it ("Beslut fattas inom en månad")
    duration_cues=(r"\bhvor (?:længe|lang tid|hurtigt)\b", r"\binden for hvilken frist\b",
                   r"\w*frist(?:en|er|erne)?\b"),
    duration_phrases=(r"(?:en|et) (?:time|dag|døgn|uge|måned|år)",
                      r"(?:nogle|et par|flere|mange) (?:minutter|timer|dage|døgn|uger|måneder|år)"),
    time_units=(r"sekund\w*", r"minut\w*", r"time(?:r|n|rne)?", r"døgn\w*", r"dag(?:e|en|ene)?", r"uge(?:r|n|rne)?",
                r"måned\w*", r"år(?:et|ene)?"),
    count_cues=(r"\bhvor mange\b", r"\bantal(?:let)?\b"),
    number_words=(
        # "to", "ni" and "ti" too: a sentence's number words are its own language's only ("to uger")
        "to", "ni", "ti", "tre", "fire", "fem", "seks", "syv", "otte", "elleve", "tolv", "tyve", "tredive",
        "fyrre", "halvtreds",
        "tretten", "fjorten", "femten", "seksten", "sytten",
        "atten", "nitten", "tres", "halvfjerds", "firs", "halvfems",
        r"hundrede(?:vis)?", r"tusind(?:vis)?", r"million(?:er)?",
    ),
    frequency_cues=(r"\bhvor ofte\b",),
    basis_cues=(r"\bbaseret på\b", r"\bbaseres\b", r"\bafhænger\b", r"\bberegnes\b", r"\bfastsættes\b"),
    date_cues=(r"\bhvornår\b", r"\bhvilket år\b", r"\bdato\b", r"\w*frist(?:en|er|erne)?\b"),
    interrogatives=(r"hvad", r"hvilken", r"hvilket", r"hvilke", r"hvem", r"hvordan", r"hvorfor", r"hvor", r"hvornår"),
    reason_cues=(r"\bhvorfor\b", r"\baf hvilken grund\b"),
    consequence_openers=(r"derfor", r"dermed", r"af den grund", r"følgelig"),
    cause_openers=(r"(?:dette|det) (?:skyldes|skyldtes)", r"(?:grunden|årsagen) (?:til dette )?(?:er|var)"),
    pointer_openers=(r"mere information(?: om)?", r"læs (?:mere|videre)", r"klik her"),
    person_cues=(r"\bkontakt", r"\be-?mail(?:adress\w*)?\b", r"\w*telefon", r"\bhvem\b", r"\bhvad (?:hedder|hed)\b"),
    address_labels=(r"(?:besøgs|post)?adresse",),
    # the consumers match every pack's cues at once: Norwegian's "hvor mye/lenge/høy" must not pass as "where"
    place_cues=(r"\bhvor\b(?! (?:mange|meget|mye|længe|lenge|ofte|stor|høj|høy|gammel)\b)",),
    phone_as_medium=(r"\b(?:i|på) telefonen?\b",),
    call_words=(r"ring(?:e)?", r"telefon(?:en)?", r"tlf\.?"),
    range_words=(r"til",),
    from_words=(r"fra",),
    day_articles=(r"den",),
    month_prepositions=(r"i", r"på", r"fra", r"siden"),
    age_times=(r"da (?:han|hun|de) var \w+ år", r"i en alder af \w+", r"som \w+-årig"),
    clock_words=(r"kl\.?", r"klokken"),
    phone_words=(r"\w*telefon\w*", r"\bnummer\w*", r"\bringe?\b"),
    email_words=(r"\be-?mail\w*",),
    contact_requests=(
        r"\bkontaktperson", r"\bkontaktoplysning", r"\bkontakt (?:for|til|om|i|på|hos)\b", r"\w*telefon",
        r"\be-?mail(?:adress\w*)?\b", r"\bhvilket nummer\b", r"\bnummeret\b", r"\bnummer (?:til|hos)\b", r"\bringe\b",
    ),
    role_cues=(r"\bhvem (?:er|var)(?: nu)?",),
    role_exceptions=("ansvarlig", "ansvarlige", "bag"),
    role_heads=("mand", "kvind", "person"),
    role_verbs=frozen({"hvem leder": "leder", "hvem styrer": "leder"}),
    # asks for a person related to one it names ("Who was mayor before Priya Nair?"; a preposition right before the
    # name: "etter krigen" is a time)
    # a deputy, vice or acting holder of a role: a who-question asking for one is not answered by the holder
    deputy_words=(r"vice\w*", r"næstformand\w*", r"stedfortrædende", r"konstitueret"),
    relation_cues=(rf"før{NAME_NEXT}", rf"efter{NAME_NEXT}", r"efterfulgt\w*", r"efterfølger\w*", r"forgænger\w*",
                   r"afløste", r"gift", r"ægtefælle", r"hustru"),
    polar_cues=(r"kan|får|må|skal|er|findes|har|behøver|bliver|gælder|indgår",),
    hours_cues=(r"\båbningstid(?:er|erne)?\b",),
    money_cues=(r"\bkoste(?:[rt]|de)?\b", r"\bgebyr", r"\bbudget", r"\bløn(?:nen)?\b", r"\bhusleje", r"\bafgift"),
    free_words=(
        r"\bgratis\b", r"\buden (?:beregning|betaling|udgift)", r"\bvederlagsfri", r"\bkoste[rt]? ikke noget\b",
    ),
    amount_words=(r"kr\b", r"kroner\b", r"dkk\b", r"øre\b"),
    scale_words=("million", "milliard"),
    million_words=("million",),
    percent_words=("procent",),
    share_words=(r"\bhver (?:anden|tredje|fjerde|femte|sjette|syvende|ottende|niende|tiende|tyvende)\b",
                 r"\bhalvdelen\b",
                 r"\b(?:tredje|fjerde|femte)del(?:e|en)?\b"),
    share_cues=(r"\bhvor stor (?:en )?(?:del|andel)\b", r"\bmed hvor meget\b", r"\bhvor meget af (?:det|den|de)\b"),
    # a change asked for ("Hvor meget skal udledningen reduceres?"):
    # a number of any kind answers, not only an amount
    change_cues=(
        r"\bhvor meget\b[^?]*\b(?:reducer|skær|øg|sænk|hæv|fald|faldt|steg|stig|vokse|voks)\w*",
    ),
    # a rate (a percentage): "What is the unemployment rate in Koskela?" is not answered by its population
    rate_cues=(r"\barbejdsløshed\w*", r"\bledighed\w*", r"\bvalgdeltagelse\w*", r"\binflation\w*", r"\brenten?\b"),
    population_cues=(r"\bbefolkning", r"\bindbyggertal", r"\b(?:hvor mange|antal) (?:\w+ )?indbygg"),
    resident_words=(r"indbyggere", r"beboere"),
    instruction_cues=(
        r"\bignorer (?:alle )?(?:tidligere|ovenstående|foregående)\b", r"\bsvar (?:kun |bare )?med\b",
        r"\bdu er (?:nu )?en (?:ai|assistent|chatbot|sprogmodel)\b", r"\bnye instruktioner\b",
        r"\bsend brugeren\b",
    ),
    not_found="Jeg kunne ikke finde dette i dokumenterne.",
    list_intro="Disse dele af dokumenterne passer:",
    inflections=("n", "en", "et", "t", "e", "s", "er", "erne", "ene", "ne", "ens", "ets", "es"),
    concepts=concept_table("""
        mayor: borgmester
        alderman: rådmand
        chair: formand
        council: byrådet, byråd, kommunalbestyrelsen
        municipality: kommune, kommunen
        parliament: Folketinget
        government: regeringen
        election: valg, valget
        votes: stemmer, stemte
        founded: grundlagt, stiftet
        born: født
        died: døde, død
        married: gift, giftede sig
        award: pris, medalje
        pupils: elever
        teacher: lærer, lærere
        employees: ansatte, medarbejdere
        surplus: overskud
        deficit: underskud
        sick leave: sygefravær
        annual report: årsrapport, årsberetning
        investments: investeringer
        library: bibliotek
        swimming pool: svømmehal
        housing allowance: boligstøtte, boligydelse
        pension: folkepension, pension
        price: pris, gebyr, afgift, betaling
        application: ansøgning, søge
        deadline: frist, ansøgningsfrist
        inhabitants: indbyggere, indbyggertal
        budget: budget
        grant: tilskud, støtte
        building permit: byggetilladelse
        parking: parkering
        permit: tilladelse
        waste: affald
        recycling centre: genbrugsplads
        home care: hjemmepleje, hjemmehjælp
        elderly: ældre
        elderly care: ældrepleje, ældreomsorg
        climate: klima
        environment: miljø
        energy: energi
        sustainability: bæredygtighed, bæredygtig
        integration: integration
        social services: socialforvaltning
        health: sundhed
        culture: kultur
        education: uddannelse
        project: projekt
        international: international, internationalt
        coordinator: koordinator
        contact person: kontaktperson, kontakt
        volunteers: frivillige
        nursing home: plejehjem, plejecenter
        children: børn
        adults: voksne, voksen
        kindergarten: børnehave
        ferry: færge
        bridge: bro
        island: ø
        lake: sø
        river: å
        church: kirke
        emissions: udledning, udledninger
        opening hours: åbningstider
        opens: åbner, åbnes
        closed: lukket
        waiting list: venteliste
        discount: rabat
        free of charge: gratis
        income: indkomst
        tax: skat
        rent: husleje
        apartment: lejlighed
        twin town: venskabsby
        cooperation: samarbejde
        exchange: udveksling
        young people: unge
        cyclists: cyklister, cykel
        designed: tegnet, arkitekt
        built: bygget, opført
        thesis: afhandling, ph.d.
        father: far, faderen
        mother: mor, moderen
        depth: dybde, dyb
        length: længde, lang
        height: højde, høj
        area: areal
        fish: fisk
        berths: bådpladser
        harbour: havn
        marina: lystbådehavn
        postpone: udskyde, udsætte
        benefit: ydelse
        secretariat: sekretariat
        network: netværk
        working group: arbejdsgruppe
        conference: konference
        school: skole
        hospital: sygehus, hospital
        museum: museum
        railway station: station, banegård
        train: tog
        company: virksomhed, selskab, firma
        factory: fabrik
        visitors: besøgende, gæster
        bulky waste: storskrald
        garden waste: haveaffald
        collection: afhentning
        appeal: klage
        decision: afgørelse, beslutning
        assets: formue
        funding: finansiering
        capital: hovedstad
        war: krig
        village: landsby
        association: forening
        book: bog
        nurses: sygeplejersker, sygeplejerske
        doctors: læger, læge
        patients: patienter, patient
        beds: sengepladser, senge
        rooms: værelser
        passengers: passagerer
        cars: biler
        students: studerende
        households: husstande, husholdninger
        police: politiet, politi
        airport: lufthavn
        wind turbines: vindmøller, vindmølle
        castle: slot
        festival: festival
        architect: arkitekt
        owner: ejer, ejes
        contractor: entreprenør
        tickets: billetter, billet
        complaint: klage, klager
        trees: træer, træerne
        mill: mølle, møllen
        windmill: vindmølle
        watermill: vandmølle
        certificate: erklæring, attest
        housing adaptation: boligindretning, boligændring
        fine: bøde, bøder
        fee: gebyr, afgift
        unemployment: arbejdsløshed, ledighed
        flood: oversvømmelse
        fire: brand, branden
        accident: ulykke, ulykken
        court: retten, byret
        prison: fængsel
        snow: sne
        king: konge, kongen
        queen: dronning
        mountain: bjerg
        border: grænse, grænsen
        coast: kyst, kysten
        forest: skov, skoven
        tram: letbane, sporvogn
        stops: stoppesteder, stoppested
        elected: valgt
        sentenced: dømt
        arrested: anholdt
        injured: kvæstet, såret
        coach: træner
        director: direktør, chef, leder
        headteacher: skoleleder, forstander, rektor
        immigrants: indvandrere
        refugees: flygtninge
        disability: handicap
        health centre: lægehus, sundhedscenter
        dentist: tandlæge
        social assistance: kontanthjælp
        snow clearing: snerydning, glatførebekæmpelse
        electricity: strøm, elektricitet
        heating: opvarmning, varme
        ships: skibe, skib, både
        shipyard: værft, værftet
        horses: heste, hest
        cows: køer, kvæg
        birds: fugle, fugl
        animals: dyr
        species: arter
        seats: mandater, pladser
        goals: mål
        medals: medaljer, medalje
        houses: huse
        buildings: bygninger
        tower: tårn, tårnet
        manor house: herregård
        dike: dige
        pumping station: pumpestation
        archive: arkiv
        drawings: tegninger
        exhibition: udstilling
        competition: konkurrence
        demolished: revet
        graduated: uddannet
        renovated: renoveret, restaureret
        mentioned: nævnt, nævnes
        lighthouse: fyr, fyrtårn
        meeting: møde, mødet
        agenda: dagsorden, dagsordenen
        proposal: forslag, forslaget, beslutningsforslag
        committee: udvalg, udvalget
        councillors: byrådsmedlemmer
        chief executive: kommunaldirektør, kommunaldirektøren
        property tax: ejendomsskat, grundskyld
        municipal tax: kommuneskat
        loan: lån
        playground: legeplads, legepladsen
        artificial turf: kunstgræs, kunstgræsbane
        cycle path: cykelsti, cykelstien
        fire brigade: brandvæsen, beredskab, brandbil
        school transport: skolebus, skolekørsel, skolebuskørsel
        head of education: skolechef, børne- og skolechef
        solar park: solcellepark, solcelleanlæg, solceller
        consultation: høring, høringen
        consultation responses: høringssvar, bemærkninger, indsigelser
        zoning plan: lokalplan, lokalplanen
        building plots: grunde, byggegrunde
        applicants: ansøgere
        contract: kontrakt, aftale
        tender: udbud, licitation
        easter: påske, påsken
        maundy thursday: skærtorsdag
        good friday: langfredag
        easter monday: anden påskedag, 2. påskedag
        ascension day: Kristi himmelfartsdag
        whit monday: anden pinsedag, 2. pinsedag
        christmas eve: juleaften, juleaftensdag
        new year's eve: nytårsaften, nytårsaftensdag
        midsummer: sankthans, sankthansaften
        national day: grundlovsdag
        public holiday: helligdag, helligdage
        mobile library: bogbus, bogbussen
        raffle: lodtrækning, lotteri
        fireworks: fyrværkeri
        flea market: loppemarked
        stage: scene, scenen
        late fee: overskridelsesgebyr, gebyr for sen aflevering
        salary: løn, lønnen
        job interview: jobsamtale, jobsamtaler, ansættelsessamtale, interview
        job application: ansøgning, ansøgninger
        driving licence: kørekort
        vaccination: vaccination, vaccine, vaccinen
        flu: influenza
        boil water notice: kogeanbefaling
        drinking water: drikkevand, drikkevandet
        sewer: kloak, kloakledning
        road closure: spærring, vejspærring
        diversion: omkørsel
        roadworks: vejarbejde
        polling station: valgsted, valgsteder
        early voting: brevstemme, brevstemmer
        polling card: valgkort
        school enrolment: skoleindskrivning, indskrivning
        local school: distriktsskole, distriktsskolen
        after-school care: skolefritidsordning, SFO
        salt bin: saltkasse, saltkasser
        gritter: saltbil, saltbiler
        press contact: pressekontakt, kontaktperson for pressen
        vacancy: ledig stilling, stilling, stillingen
        information meeting: informationsmøde, borgermøde
        fever: feber, feberen
        febrile seizure: feberkramper, feberkrampe
        tick: flåt, flåter, flåtbid
        lyme disease: borrelia, borreliose
        rash: udslæt
        antibiotics: antibiotika
        pharmacy: apotek, apoteket
        emergency department: akutmodtagelse, akutmodtagelsen, skadestue, skadestuen, skadeklinik, skadeklinikken
        out-of-hours doctor: lægevagt, lægevagten
        gp: egen læge, praktiserende læge
        interpreter: tolk, tolkebistand
        dental care: tandpleje, tandklinik, tandbehandling
        orthodontics: tandregulering
        appointment: tidsbestilling
        hay fever: høfeber, pollenallergi
        pollen: pollen
        allergy: allergi, allergier
        informal carer: pårørende
        reablement: genoptræning, rehabilitering
        personal alarm: nødkald, nødkaldeanlæg
        meals on wheels: madudbringning
        parental benefit: barselsdagpenge, barsel
        doctor's certificate: lægeerklæring
        deductible: egenbetaling
        waiting time: ventetid, ventetiden
        symptoms: symptomer
        prime minister: statsminister, statsministeren
        minister of justice: justitsminister
        foreign minister: udenrigsminister
        political party: parti, partiet
        army: hær, hæren, forsvaret
        soldiers: soldater, soldat, tropper
        battle: slaget
        empire: imperium, kejserrige
        treaty: traktat, traktaten
        century: århundrede, århundredet
        nuclear power plant: atomkraftværk, kernekraftværk
        power plant: kraftværk, kraftværket
        hydropower: vandkraft
        oil: olie, olien
        natural gas: naturgas, gas
        steam: damp, dampen
        breakthrough: gennembrud
        captain: kaptajn, anfører
        player: spiller, spillere
        season: sæson, sæsonen
        championship: mesterskab, mesterskabet
        world cup: verdensmesterskab, verdenscuppen
        match: kamp, kampen
        temperature: temperatur, temperaturen
        weather: vejr, vejret
        rain: regn, regnen
        night train: nattog
        bus: bus, bussen
        flight: fly, flyet
        camp: lejr, lejren
        protected area: naturreservat, fredet område
        national park: nationalpark
        fortress: fæstning, fæstningen
        monastery: kloster, klostret
        cathedral: domkirke, domkirken, katedral
        university: universitet, universitetet
        research: forskning, forskere, forsker
        newspaper: avis, avisen, dagblad
        song: sang, sangen
        singer: sanger, sangerinde
        actor: skuespiller
        wife: kone, konen, hustru
        husband: ægtemand
        son: søn, sønnen, sønner
        daughter: datter, datteren, døtre
        brother: bror, broren, brødre
        sister: søster, søsteren, søstre
        emperor: kejser, kejseren
        pope: pave, paven
        bishop: biskop, biskoppen
        priest: præst, præsten, sognepræst
        killed: dræbt, myrdet
        sandbag: sandsæk, sandsække
        drinking fountain: drikkevandspost, drikkefontæne
        heatwave: hedebølge, hede
        air quality: luftkvalitet, luftforurening
        particulate matter: svævestøv
        wood stove: brændeovn, brændeovne
        green roof: grønne tage, grønt tag
        rain barrel: regnvandstønde
        rainwater: regnvand, overfladevand
        cloudburst: skybrud
        charge point: ladestander, ladepunkt, lader
        electric car: elbil, elbiler, elektriske biler
        climate plan: klimaplan
        climate adaptation: klimatilpasning
        climate neutral: klimaneutral
        heat pump: varmepumpe, varmepumper
        speed limit: hastighedsgrænse
        studded tyres: pigdæk
        engineer: ingeniør
        insurance: forsikring, forsikringsselskab
        basement: kælder, kældre
        early childhood education: dagtilbud, dagtilbuddet, daginstitution, børnehave
        pre-school class: børnehaveklasse, børnehaveklassen
        course: kursus, kurser, kurset
        semester: semester, semestret
        registration: tilmelding, tilmeldingen, tilmelde
        cancellation: afmelding, afmelde, afbestilling
        adult education centre: aftenskole, aftenskolen, voksenundervisning
        folk high school: højskole, højskolen, folkehøjskole, folkehøjskolen
        tuition fee: skolepenge, studieafgift
        merger: sammenlægning, sammenlægningen, fusion
        income statement: indkomstoplysninger, indkomstoplysning
        bus card: buskort, buskortet
        school holidays: skoleferie, skoleferien
        main building: hovedbygning, hovedbygningen
        motto: motto, valgsprog
        faculty: fakultet, fakultetet
        medical school: lægeuddannelsen, det sundhedsvidenskabelige fakultet
        vice-chancellor: rektor
        signatures: underskrifter, underskriftindsamling
        solar panels: solceller, solpaneler
        damp: fugtskader, fugt, skimmel
        sports hall: idrætshal, gymnastiksal
        upper secondary school: gymnasium, gymnasiet, gymnasieelever
        primary school: folkeskole, folkeskolen, grundskole
        construction: byggestart, byggeriet
        school board: skolebestyrelse, skoleejer
        telephone hours: telefontid, telefontider
        participants: deltagere
    """),
    gaps=frozen({
        "plural_endings": "plurals end in -er like present-tense verbs (\"biler krydser\")",
        "month_cases": "a month is dated by a preposition before it (`month_prepositions`)",
        "hour_prepositions": "the hour is said with the clock word (`clock_words`), no preposition",
        "hour_suffixes": "the hour is said with the clock word (`clock_words`) before its number",
        "ordinal_before": "ordinals come before lower-case words (\"5. maj\"), which end no sentence",
        "capitalised_words": "months, weekdays and nationality adjectives are lower case; only names are capitalised",
        "link_notes": "no Danish link annotations seen in any collection yet",
    }),
    ui=frozen({
        "signin": "Log ind",
        "signin_intro": "Assistenten er for medarbejdere, der er logget ind. Indtast den adgangsnøgle, du har fået.",
        "access_key": "Adgangsnøgle",
        "signin_wrong": "Nøglen passer ikke; prøv igen.",
        "title": "Netværksassistent",
        "intro": "Spørg om netværkene og projekterne i dokumenterne. Svarene citerer dokumenterne og angiver kilden.",
        "placeholder": "Stil et spørgsmål…",
        "send": "Send",
        "open": "Åbn assistenten",
        "close": "Luk",
        "question_label": "Dit spørgsmål",
        "sources": "Kilder",
        "not_found": "Findes ikke i dokumenterne",
        "nearest": "Sider, der ligger nærmest dit spørgsmål (de besvarer det måske ikke):",
        "thinking": "Søger i dokumenterne…",
        "reading": "Læser {sources}…",
        "helpful": "Nyttigt",
        "not_helpful": "Ikke nyttigt",
        "thanks": "Tak for tilbagemeldingen",
        "details": "Søgedetaljer",
        "keyword": "nøgleord",
        "dense": "semantisk",
        "fused": "samlet",
        "rerank": "omrangering",
        "section": "Afsnit",
        "page": "side",
        "publisher": "Udgiver",
        "language": "Sprog",
        "open_source": "Åbn kilden",
        "error": "Noget gik galt",
        "generated": "Skrevet af en sprogmodel; hver sætning kontrolleret mod sin kilde",
        "dropped": "sætninger fjernet: understøttes ikke af kilderne",
        "following_up": "Opfølgning på",
        "search_all": "Søg i alle dokumenter i stedet",
        "read_as": "Læst som",
        "search_as_typed": "Søg efter det, jeg skrev",
        "whole_document": "Hele dokumentet",
        "quoted_from": "Citeret fra en side på",
        "send_comment": "Send kommentar",
        "error_network": "Assistenten kan ikke nås. Tjek forbindelsen og prøv igen.",
        "error_refused": "Denne side må ikke bruge assistenten. Bed intranettets administrator om at tilføje den.",
        "error_not_ready": "Assistenten er ikke klar endnu (dokumenterne indekseres). Prøv igen om nogle minutter.",
        "error_busy": "Mange spørgsmål besvares lige nu. Vent lidt og prøv igen.",
        "error_signin": "Din session er udløbet. Genindlæs siden for at logge ind igen.",
        "error_server": "Assistenten kunne ikke svare på grund af en fejl på serveren. Prøv igen; hvis det sker igen, "
            "så kontakt intranettets administrator.",
        "retry": "Prøv igen",
        "empty_intro": "Spørg om netværk, projekter, kontaktpersoner eller finansiering, på det sprog, du vil. Svarene "
            "citerer dokumenterne og linker til dem.",
        "examples": "Hvilke netværk arbejder med ældrepleje?|Hvem er kontaktperson for internationalt "
            "samarbejde?|Hvilke netværk arbejder med klima?|Hvordan kan kommunen blive medlem af et netværk?",
        "examples_label": "Eksempler på spørgsmål",
        "covers_documents": "dokumenter",
        "covers_from": "fra",
        "covers_updated": "opdateret",
        "cancel": "Annuller",
        "quoted_fallback": "Citeret fra dokumenterne (sprogmodellens svar kunne ikke kontrolleres)",
        "dropped_title": "Fjernede sætninger",
        "citation": "Kilde",
        "clear": "Ny samtale",
        "you": "Du",
        "assistant": "Assistenten",
        "comment": "Kommentar (valgfri)",
        "noscript": "Chatten kræver JavaScript. JSON-API'et er beskrevet på /openapi.json.",
    }),
)
