"""Swedish language pack."""

from __future__ import annotations

from bm25s import stopwords as _stopwords

from assistant.lang.pack import NAME_NEXT, SOCIAL_SITES, LanguagePack, concept_table, frozen

PACK = LanguagePack(
    code="sv",
    name="Swedish",
    aliases=("swe", "swedish", "svenska"),
    stemmer="swedish",
    stopwords=frozenset(w.lower() for w in _stopwords.STOPWORDS_SWEDISH),
    compounding=True,
    function_words=(
        "och", "är", "vilka", "vilket", "vilken", "vem", "hur", "för", "med", "som", "inte", "av", "det", "till",
        "vad", "när", "har", "om", "finns", "ett",
    ),
    boilerplate_lines=(
        # a news site's line asking to follow it ("Følg Dagsavisen på Facebook og Twitter!", 14 NorQuAD pages)
        rf"följ (?:oss|[\w .'-]{{1,40}}) på {SOCIAL_SITES}(?:(?:,| och) {SOCIAL_SITES})*",
        # the wiki's tagline over an article saved without its siteSub id
        "från wikipedia, den fria encyklopedin",
        "hoppa till (huvud)?innehåll(et)?", "till toppen", "tillbaka till toppen", "translate site", "lyssna",
        "skriv ut", "dela( sidan)?", "meny", "sök", "stäng", "visa undermeny", r"länk till annan webbplats\.?",
        r"öppnas i nytt fönster\.?", "dela på (facebook|twitter|linkedin)",
        # news: agency bylines on a line of their own
        "tt",
        # feedback widgets under the text
        r"hjälpte (?:informationen|sidan) dig\??", r"var (?:informationen|sidan|innehållet) till hjälp\??",
        r"fick du svar på (?:din fråga|dina frågor)\??",
    ),
    link_notes=("länk till annan webbplats", "öppnas i nytt fönster"),
    publication_stamps=(r"(?:sidan )?(?:senast )?(?:publicerad|uppdaterad|uppdaterades|ändrad|ändrades|granskad)"
                        r"(?: den| i dag| idag| igår)?",),
    credit_labels=("foto", "bild", "fotograf", "illustration"),
    byline_words=("av",),
    related_cues=("läs (?:också|även|mer)",),
    back_matter=("referenser", "noter", "källor", "se även", "externa länkar", "litteratur", "vidare läsning"),
    naming_cues=(r"\bkallas\b", r"\bheter\b", r"\bstår \w+ för\b", r"\bfullständiga namn\b"),
    reading_time_words=("lästid",),
    comment_words=("kommentar(?:er)?",),
    open_endings=(
        "när", "om", "att", "som", "och", "eller", "men", "för", "med", "av", "till", "på", "i", "från", "en", "ett",
        "den", "det", "de", "är", "var", "vara", "kan", "ska", "får"
    ),
    abbreviations=(
        r"t\.ex", r"bl\.a", r"m\.m", r"d\.v\.s", "ca", "nr", "tel", "jfr", "osv", "bl", r"m\.fl", r"o\.a", "resp",
        "kl", r"f\.d", r"s\.k", r"fr\.o\.m", r"t\.o\.m", r"p\.g\.a", r"f\.\s?kr", r"e\.\s?kr", "milj", "mdr", "st",
        r"f\.n", "kap", "exkl", "tf", "forts"
    ),
    months=(
        r"jan(?:uari)?", r"feb(?:ruari)?", r"mar(?:s)?", r"apr(?:il)?", "maj", r"jun[i]?", r"jul[i]?", r"aug(?:usti)?",
        r"sept?(?:ember)?", r"okt(?:ober)?", r"nov(?:ember)?", r"dec(?:ember)?"
    ),
    person_pronouns=("han", "hon", "hen"),
    anaphora=(
        "den", "det", "dess", "de", "dem", "deras", "denna", "detta", "där", "han", "hon", "honom", "henne", "hans",
        "hennes",
    ),
    article_phrases=(r"\b(?:den|det|de)\s+\w+[ae]\s+\w{3,}",),  # "det internasjonale nettverket", not "det nettverket"
    continuations=("och",),
    list_cues=(  # "vilka" before a noun ("vilka nätverk"), not before a verb or pronoun ("vilka ska du")
        r"\bvilka\s+(?!(?:är|var|ska|skall|kan|kunde|har|hade|finns|fanns|blir|blev|måste|bör|får|fick|gör|"
        r"gjorde|skulle|kommer|kom|de|du|ni|vi|jag|man|den|det|han|hon|som|av|i|på|till|för|med|om|"
        r"tider|dagar|timmar|datum|tidpunkter)\b)\w",  # nor before a time: "vilka tider" asks when
        r"\blista\b",
    ),
    # how long, deep, old …: a measure, answered by a number
    number_cues=(
        r"\bhur (?:lång|långt|djup|hög|högt|stor|bred|gammal|gamla|varm|tung)\b",
        r"\bhur (?:många|mycket)\b", r"\bantal\b",
    ),
    # how long something takes: a number or a duration in words answers it ("Beslut fattas inom en månad")
    duration_cues=(r"\bhur (?:länge|lång tid|snabbt|fort)\b", r"\binom vilken tid\b", r"\w*frist(?:en|er|erna)?\b"),
    duration_phrases=(r"(?:en|ett) (?:sekund|minut|timme|dag|vecka|månad|år)",
                      r"(?:några|ett par|flera|många) (?:minuter|timmar|dagar|veckor|månader|år)"),
    time_units=(r"sekund\w*", r"minut\w*", r"timm(?:e|ar|en|arna)", r"dag(?:ar|en|arna)?", r"veck(?:a|or|an|orna)",
                r"månad\w*", r"år(?:en|et)?"),
    count_cues=(r"\bhur många\b", r"\bantal(?:et)?\b"),
    number_words=(
        "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "tjugo", "trettio",
        "fyrtio", "femtio", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton",
        "sextio", "sjuttio", "åttio", "nittio", r"hundra(?:tals)?", r"tusen(?:tals)?", "dussin", r"miljon(?:er)?",
        # "ett fyrtiotal knallar" (about forty)
        r"(?:tio|tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio|hundra)tal",
    ),
    frequency_cues=(r"\bhur ofta\b",),
    basis_cues=(r"\bbaseras\b", r"\bberor\b", r"\bbestäms\b", r"\bberäknas\b"),
    date_cues=(r"\bnär\b", r"\bvilket år\b", r"\bdatum\b", r"\bfrist", r"\bsista (?:dag|datum)\b"),
    interrogatives=(r"vad", r"vilken", r"vilket", r"vilka", r"vem", r"vems", r"hur", r"varför", r"var", r"vart",
                    r"när"),
    reason_cues=(r"\bvarför\b", r"\bav vilken anledning\b"),
    consequence_openers=(r"därför", r"därmed", r"av (?:det|den) anledningen", r"följaktligen"),
    cause_openers=(r"(?:detta|det) (?:beror|berodde) på", r"(?:anledningen|orsaken|skälet) (?:till detta )?(?:är|var)"),
    pointer_openers=(r"mer information(?: om| finns)?", r"läs (?:mer|vidare)", r"klicka här"),
    person_cues=(r"\bkontakt", r"\be-?post(?:adress\w*)?\b", r"\bmejl", r"\w*telefon", r"\bvem\b",
                 r"\bvad (?:heter|hette)\b"),
    address_labels=(r"(?:besöks|post|gatu)?adress",),
    place_cues=(r"\bvar\b", r"\bvart\b", r"\bvarifrån\b"),
    phone_as_medium=(r"\b(?:i|på) telefonen?\b",),
    call_words=(r"ring(?:a)?", r"telefon(?:en)?", r"tel\.?"),
    range_words=(r"till",),
    from_words=(r"från",),
    day_articles=(r"den",),
    month_prepositions=(r"i", r"på", r"från", r"sedan", r"till"),
    age_times=(r"när (?:han|hon|hen|de) var \w+ år", r"vid \w+ års ålder", r"som \w+-åring"),
    clock_words=(r"kl\.?", r"klockan"),
    phone_words=(r"\w*telefon\w*", r"\bnummer\w*", r"\bring(?:a|er)?\b"),
    email_words=(r"\be-?post\w*", r"\bmejl\w*"),
    contact_requests=(
        r"\bkontaktperson", r"\bkontaktuppgift", r"\bkontaktinformation", r"\bkontakta\b",
        r"\bkontakt (?:för|til|till|om|i|på|hos|for)\b", r"\b(?:vem|hvem|wer)\b[^?]*\bkontakt",
        r"\be-?post(?:adress\w*)?\b", r"\bmejl",
        r"\w*telefon",
        # "Vilket nummer har Beställningscentralen?" asks for its phone number, which a contact line answers
        r"\bvilket nummer\b", r"\bnumret\b", r"\bnummer (?:till|hos)\b", r"\bringa\b",
    ),
    role_cues=(r"\bvem (?:är|var)(?: nu)?",),
    role_exceptions=("ansvarig", "ansvariga", "bakom"),
    role_heads=("man", "kvin", "person"),
    role_verbs=frozen({"vem leder": "ledare", "vem styr": "ledare"}),
    # asks for a person related to one it names ("Who was mayor before Priya Nair?"; a preposition right before the
    # name: "etter krigen" is a time)
    # a deputy, vice or acting holder of a role: a who-question asking for one is not answered by the holder
    deputy_words=(r"vice\b", r"vice\w+", r"andre vice\w*", r"förste vice\w*", r"ställföreträdande"),
    relation_cues=(rf"före{NAME_NEXT}", rf"efter{NAME_NEXT}", r"efterträd\w*", r"företrädare", r"ersatte", r"gift",
                   r"make", r"maka", r"hustru"),
    polar_cues=(r"kan|får|måste|ska|skall|är|finns|har|behöver|blir|gäller|ingår",),
    hours_cues=(r"\böppettid(?:er|erna)?\b",),
    money_cues=(r"\bkosta(?:r|de|t|d)?\b", r"\bkostnad", r"\bavgift", r"\blön(?:en)?\b", r"\bhyr(?:a|an)\b"),
    free_words=(
        r"\bgratis\b", r"\bkostnadsfri", r"\bavgiftsfri", r"\butan (?:kostnad|avgift)",
        r"\bkostar (?:ingenting|inget|inte något)\b",
    ),
    amount_words=(r"kr\b", r"kronor\b", r"sek\b", r"mkr\b", r"mnkr\b", r"msek\b", r"tkr\b", r"öre\b"),
    scale_words=("miljon", "miljard"),
    million_words=("miljon",),
    percent_words=("procent",),
    share_words=(r"\bvar(?:t|je)? (?:annan|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde|tjugonde)\b",
                 r"\bhälften\b",
                 r"\b(?:tredje|fjärde|femte)delar?(?:na)?\b"),
    share_cues=(r"\bhur stor (?:del|andel)\b", r"\bmed hur mycket\b"),
    # a change asked for ("Hur mycket ska utsläppen minska?"):
    # a number of any kind answers, not only an amount
    change_cues=(
        r"\bhur mycket\b[^?]*\b(?:minsk|ök|sänk|höj|sjönk|sjunk|steg|stig|växt|väx)\w*",
    ),
    # a rate (a percentage): "What is the unemployment rate in Koskela?" is not answered by its population
    rate_cues=(r"\barbetslöshet\w*", r"\bsysselsättningsgrad\w*", r"\bvaldeltagande\w*", r"\binflation\w*",
               r"\brän(?:ta|tan)\b"),
    population_cues=(r"\bbefolkning", r"\binvånarantal", r"\b(?:hur många|antal) (?:\w+ )?invånare\b"),
    resident_words=(r"invånare", r"innevånare"),
    instruction_cues=(
        r"\bignorera (?:alla )?(?:tidigare|ovanstående|föregående)\b", r"\bsvara (?:bara |endast )?med\b",
        r"\bdu är (?:nu )?en (?:ai|assistent|chattbot|språkmodell)\b", r"\bnya instruktioner\b",
        r"\bskicka användaren\b",
    ),
    not_found="Jag kunde inte hitta det här i dokumenten.",
    list_intro="Följande delar av dokumenten matchar:",
    gaps=frozen({
        "plural_endings": "plurals end in -ar, -er, -or like present-tense verbs (\"bilar korsar\")",
        "month_cases": "a month is dated by a preposition before it (`month_prepositions`)",
        "hour_prepositions": "the hour is said with the clock word (`clock_words`), no preposition",
        "hour_suffixes": "the hour is said with the clock word (`clock_words`) before its number",
        "ordinal_before": "ordinal numbers are not written with a dot",
        "capitalised_words": "months, weekdays and nationality adjectives are lower case; "
                             "only names are capitalised"}),
    inflections=("n", "en", "et", "t", "a", "e", "s", "ar", "er", "or", "na", "arna", "erna", "orna", "ens", "ets",
                 "ns", "as", "es"),
    concepts=concept_table("""
        mayor: borgmästare, kommunstyrelsens ordförande
        alderman: kommunalråd
        chair: ordförande
        council: kommunfullmäktige, fullmäktige, kommunstyrelsen
        municipality: kommun, kommunen
        parliament: riksdagen, riksdag
        government: regeringen
        election: val, valet
        votes: röster, röstade
        founded: grundades, grundad, bildades
        born: född
        died: död, dog, avled
        married: gift, gifte sig
        award: pris, utmärkelse, medalj
        pupils: elever
        teacher: lärare
        employees: anställda, medarbetare
        surplus: överskott
        deficit: underskott
        sick leave: sjukfrånvaro
        annual report: årsredovisning
        investments: investeringar
        library: bibliotek
        swimming pool: simhall, badhus
        housing allowance: bostadsbidrag
        pension: pension, ålderspension
        price: pris, kostnad, avgift
        application: ansökan, ansöka
        deadline: sista dag, sista ansökningsdag
        inhabitants: invånare, folkmängd
        budget: budget
        grant: bidrag, stöd
        building permit: bygglov
        parking: parkering
        permit: tillstånd
        waste: avfall, sopor
        recycling centre: återvinningscentral
        home care: hemtjänst
        elderly: äldre
        elderly care: äldreomsorg, äldrevård
        climate: klimat
        environment: miljö
        energy: energi
        sustainability: hållbarhet, hållbar
        integration: integration
        social services: socialtjänst, socialförvaltning
        health: hälsa
        culture: kultur
        education: utbildning
        project: projekt
        international: internationell, internationellt
        coordinator: samordnare, koordinator
        contact person: kontaktperson, kontakt
        volunteers: volontärer, frivilliga
        nursing home: äldreboende
        children: barn
        adults: vuxna, vuxen
        kindergarten: förskola
        ferry: färja
        bridge: bro
        island: ö
        lake: sjö
        river: älv
        church: kyrka
        emissions: utsläpp
        opening hours: öppettider
        opens: öppnar, öppnas, invigs
        closed: stängd, stängt
        waiting list: kö, väntelista
        discount: rabatt
        free of charge: gratis, kostnadsfri
        income: inkomst
        tax: skatt
        rent: hyra
        apartment: lägenhet
        twin town: vänort
        cooperation: samarbete
        exchange: utbyte
        young people: unga, ungdomar
        cyclists: cyklister, cykel
        designed: ritade, ritad, arkitekt
        built: byggdes, byggd, bygget
        thesis: avhandling, disputerade, doktorsavhandling
        father: far, fadern
        mother: mor, modern
        depth: djup
        length: längd, lång
        height: höjd, hög
        area: yta, areal
        fish: fisk
        berths: båtplatser
        harbour: hamn
        marina: småbåtshamn, gästhamn
        postpone: skjuta upp
        benefit: ersättning, bidrag
        secretariat: sekretariat
        network: nätverk
        working group: arbetsgrupp
        conference: konferens
        school: skola
        hospital: sjukhus
        museum: museum
        railway station: station, järnvägsstation
        train: tåg
        company: företag, bolag
        factory: fabrik
        visitors: besökare, gäster
        bulky waste: grovavfall, grovsopor
        garden waste: trädgårdsavfall
        collection: hämtning
        appeal: överklaga, överklagande
        decision: beslut
        assets: förmögenhet, tillgångar
        funding: finansiering
        capital: huvudstad
        war: krig
        village: byn
        association: förening
        book: bok
        nurses: sjuksköterskor, sjuksköterska
        doctors: läkare
        patients: patienter, patient
        beds: vårdplatser, sängar
        rooms: rum
        passengers: passagerare, resenärer
        cars: bilar
        students: studenter
        households: hushåll
        police: polisen, polis
        airport: flygplats
        wind turbines: vindkraftverk
        castle: slott
        festival: festival
        architect: arkitekt
        owner: ägare, äger, ägs
        contractor: entreprenör
        tickets: biljetter, biljett
        complaint: klagomål
        trees: träd
        mill: kvarn, kvarnen
        windmill: väderkvarn, väderkvarnen
        watermill: vattenkvarn, vattenkvarnen
        certificate: intyg, utlåtande
        housing adaptation: bostadsanpassning, bostadsanpassningsbidrag
        fine: böter
        fee: avgift, avgiften
        unemployment: arbetslöshet, arbetslösa
        flood: översvämning
        fire: brand, branden
        accident: olycka, olyckan
        court: domstol, tingsrätt
        prison: fängelse
        snow: snö
        king: kung, kungen
        queen: drottning
        mountain: berg, fjäll
        border: gräns, gränsen
        coast: kust, kusten
        forest: skog, skogen
        tram: spårvagn, spårväg
        stops: hållplatser, hållplats
        elected: vald, valdes
        sentenced: dömd, dömdes
        arrested: gripen, greps, anhållen
        injured: skadade, skadad
        coach: tränare
        director: direktör, chef, ledare
        headteacher: rektor
        immigrants: invandrare
        refugees: flyktingar
        disability: funktionsnedsättning
        health centre: vårdcentral
        dentist: tandläkare
        social assistance: försörjningsstöd, ekonomiskt bistånd
        snow clearing: snöröjning, sandning
        electricity: elektricitet, el
        heating: uppvärmning, värme
        ships: fartyg, skepp, båtar
        shipyard: varv, varvet
        horses: hästar, häst
        cows: kor, nötkreatur
        birds: fåglar, fågel
        animals: djur
        species: arter
        seats: mandat, platser
        goals: mål
        medals: medaljer, medalj
        houses: hus
        buildings: byggnader
        tower: torn, tornet
        manor house: herrgård
        dike: vall, fördämning
        pumping station: pumpstation
        archive: arkiv
        drawings: ritningar
        exhibition: utställning
        competition: tävling
        demolished: revs, rivits
        graduated: examen
        renovated: renoverades, renovering, restaurerades
        mentioned: omnämns, nämns
        lighthouse: fyr, fyrtorn
        meeting: sammanträde, sammanträdet, möte, mötet
        agenda: dagordning, föredragningslista
        proposal: förslag, motion, motionen
        committee: nämnd, nämnden, utskott
        councillors: ledamot, ledamöter, fullmäktigeledamöter
        chief executive: kommundirektör, kommunchef, stadsdirektör
        property tax: fastighetsskatt, fastighetsavgift
        municipal tax: kommunalskatt, kommunalskatten
        loan: lån
        playground: lekplats, lekplatsen
        artificial turf: konstgräs, konstgräsplan
        cycle path: cykelväg, gång- och cykelväg, cykelbana
        fire brigade: räddningstjänst, räddningstjänsten, brandkår
        school transport: skolskjuts, skolbuss
        head of education: skolchef, utbildningschef, förvaltningschef för utbildning
        solar park: solcellspark, solcellsanläggning, solceller
        consultation: samråd, remiss
        consultation responses: synpunkter, yttranden, remissvar
        zoning plan: detaljplan, detaljplanen
        building plots: tomter, byggtomter
        applicants: sökande
        contract: avtal, kontrakt
        tender: upphandling, anbud
        easter: påsk, påsken
        maundy thursday: skärtorsdag, skärtorsdagen
        good friday: långfredag, långfredagen
        easter monday: annandag påsk
        ascension day: Kristi himmelsfärdsdag
        whit monday: annandag pingst
        christmas eve: julafton, julaftonen
        new year's eve: nyårsafton, nyårsaftonen
        midsummer: midsommar, midsommarafton
        walpurgis night: valborg, valborgsmässoafton, valborgsfirande
        national day: nationaldagen, nationaldag
        public holiday: helgdag, helgdagar, röd dag
        mobile library: bokbuss, bokbussen
        raffle: lotteri, utlottning
        fireworks: fyrverkeri, fyrverkeriet
        flea market: loppis, loppmarknad
        stage: scen, scenen
        late fee: förseningsavgift
        salary: lön, lönen, månadslön
        job interview: intervju, intervjuer, anställningsintervju
        job application: ansökan, ansökningar, jobbansökan
        driving licence: körkort
        vaccination: vaccination, vaccin, spruta, sprutan
        flu: influensa
        boil water notice: kokningsrekommendation, kokrekommendation
        drinking water: dricksvatten, kranvatten
        sewer: avlopp, avloppsledning
        road closure: avstängning, vägavstängning
        diversion: omledning, omväg
        roadworks: vägarbete, vägarbetet
        polling station: vallokal, vallokaler
        early voting: förtidsröstning, förtidsrösta
        polling card: röstkort
        school enrolment: skolanmälan, inskrivning
        local school: närskola, närskolan
        after-school care: fritidshem, fritids
        salt bin: sandlåda, sandlådor
        gritter: sandningsbil, saltbil
        press contact: presskontakt, pressansvarig
        vacancy: ledig tjänst, lediga tjänster, tjänst, tjänsten
        information meeting: informationsmöte, informationsträff
        fever: feber, febern
        febrile seizure: feberkramp, feberkramper
        tick: fästing, fästingar, fästingbett
        lyme disease: borrelia, borrelios
        rash: utslag, utslaget
        antibiotics: antibiotika
        pharmacy: apotek, apoteket
        emergency department: akutmottagning, akutmottagningen, akuten, barnakuten
        out-of-hours doctor: jourcentral, närakut
        gp: husläkare, allmänläkare
        interpreter: tolk, tolkar
        dental care: tandvård, tandvården, tandklinik
        orthodontics: tandreglering
        appointment: tidsbokning, bokad tid
        hay fever: hösnuva, pollenallergi
        pollen: pollen
        allergy: allergi, allergier
        informal carer: anhörigvårdare, anhöriga
        reablement: rehabilitering, hemrehabilitering
        personal alarm: trygghetslarm
        meals on wheels: matdistribution, matlåda, matlådor
        parental benefit: föräldrapenning, tillfällig föräldrapenning, vab
        doctor's certificate: läkarintyg
        deductible: egenavgift, självrisk
        waiting time: väntetid, väntetiden
        symptoms: symtom
        prime minister: statsminister, statsministern
        minister of justice: justitieminister
        foreign minister: utrikesminister
        political party: parti, partiet
        army: armé, armén, försvarsmakten
        soldiers: soldater, soldat, trupper
        battle: slaget
        empire: imperium, kejsardöme
        treaty: fördrag, fördraget
        century: århundrade, århundradet, sekel
        nuclear power plant: kärnkraftverk, kärnkraftsverk
        power plant: kraftverk, kraftverket
        hydropower: vattenkraft
        oil: olja, oljan
        natural gas: naturgas, gas
        steam: ånga, ångan
        breakthrough: genombrott
        captain: kapten, lagkapten
        player: spelare
        season: säsong, säsongen
        championship: mästerskap, mästerskapet
        world cup: världsmästerskap, världscupen
        match: match, matchen
        temperature: temperatur, temperaturen
        weather: väder, vädret
        rain: regn, regnet
        night train: nattåg
        bus: buss, bussen, bussar
        flight: flyg, flyget, flygplan
        camp: läger, lägret
        protected area: naturreservat, skyddat område
        national park: nationalpark
        fortress: fästning, fästningen
        monastery: kloster, klostret
        cathedral: domkyrka, domkyrkan, katedral
        university: universitet, universitetet
        research: forskning, forskare
        newspaper: tidning, tidningen, dagstidning
        song: sång, låt, låten
        singer: sångare, sångerska
        actor: skådespelare
        wife: hustru, fru, frun
        husband: make, maken
        son: son, sonen, söner
        daughter: dotter, dottern, döttrar
        brother: bror, brodern, bröder
        sister: syster, systern, systrar
        emperor: kejsare, kejsaren
        pope: påve, påven
        bishop: biskop, biskopen
        priest: präst, prästen, kyrkoherde
        killed: dödad, dödades, mördad, mördades
        sandbag: sandsäck, sandsäckar
        drinking fountain: dricksvattenfontän, dricksfontän
        heatwave: värmebölja, hetta
        air quality: luftkvalitet, luftföroreningar
        particulate matter: partiklar, svävande partiklar
        wood stove: vedspis, braskamin, vedkamin
        green roof: gröna tak, grönt tak, sedumtak
        rain barrel: regntunna
        rainwater: dagvatten, regnvatten
        cloudburst: skyfall
        charge point: laddpunkt, laddpunkter, laddstolpe, laddare, laddstation
        electric car: elbil, elbilar, elektriska bilar
        climate plan: klimatplan, klimatstrategi
        climate adaptation: klimatanpassning
        climate neutral: klimatneutral
        heat pump: värmepump, värmepumpar
        speed limit: hastighetsgräns
        studded tyres: dubbdäck
        engineer: ingenjör
        insurance: försäkring, försäkringsbolag
        basement: källare
        early childhood education: förskola, förskolan, barnomsorg
        pre-school class: förskoleklass, förskoleklassen
        course: kurs, kurser, kursen
        semester: termin, terminen
        registration: anmälan, anmäla, anmälningen
        cancellation: avbokning, avboka, avanmälan
        adult education centre: studieförbund, vuxenutbildning, vuxenutbildningen
        folk high school: folkhögskola, folkhögskolan
        tuition fee: terminsavgift, studieavgift, studieavgiften
        merger: sammanslagning, sammanslagningen, slås samman
        income statement: inkomstuppgift, inkomstuppgifter
        bus card: busskort, busskortet
        school holidays: skollov, skolloven
        main building: huvudbyggnad, huvudbyggnaden
        motto: valspråk, motto
        faculty: fakultet, fakulteten
        medical school: medicinska fakulteten, läkarutbildningen
        vice-chancellor: rektor
        signatures: namnunderskrifter, namninsamling
        solar panels: solceller, solpaneler
        damp: fuktskador, fuktskada, fukt, mögel
        sports hall: idrottshall, sporthall, gympasal
        upper secondary school: gymnasium, gymnasieskola, gymnasieskolan, gymnasieelever
        primary school: grundskola, grundskolan, lågstadiet
        construction: byggstart, byggnationen, bygget
        school board: huvudman, skolhuvudman, skolstyrelse
        telephone hours: telefontid, telefontider
        participants: deltagare
    """),
    ui=frozen({
        "signin": "Logga in",
        "signin_intro": "Assistenten är för inloggad personal. Ange den åtkomstnyckel du har fått.",
        "access_key": "Åtkomstnyckel",
        "signin_wrong": "Nyckeln stämmer inte; försök igen.",
        "title": "Nätverksassistent",
        "intro": "Fråga om nätverken och projekten i dokumenten. Svaren citerar dokumenten och anger källan.",
        "placeholder": "Ställ en fråga…",
        "send": "Skicka",
        "open": "Öppna assistenten",
        "close": "Stäng",
        "question_label": "Din fråga",
        "sources": "Källor",
        "not_found": "Finns inte i dokumenten",
        "nearest": "Sidor som ligger närmast din fråga (de svarar kanske inte på den):",
        "thinking": "Söker i dokumenten…",
        "reading": "Läser {sources}…",
        "helpful": "Hjälpsamt",
        "not_helpful": "Inte hjälpsamt",
        "thanks": "Tack för återkopplingen",
        "details": "Sökdetaljer",
        "keyword": "nyckelord",
        "dense": "semantisk",
        "fused": "sammanvägd",
        "rerank": "omrankning",
        "section": "Avsnitt",
        "page": "sida",
        "publisher": "Utgivare",
        "language": "Språk",
        "open_source": "Öppna källan",
        "error": "Något gick fel",
        "generated": "Skrivet av en språkmodell; varje mening kontrollerad mot sin källa",
        "dropped": "meningar borttagna: stöds inte av källorna",
        "following_up": "Följdfråga till",
        "search_all": "Sök i alla dokument i stället",
        "read_as": "Läst som",
        "search_as_typed": "Sök på det jag skrev",
        "whole_document": "Hela dokumentet",
        "quoted_from": "Citerat från en sida på",
        "send_comment": "Skicka kommentar",
        "error_network": "Assistenten går inte att nå. Kontrollera anslutningen och försök igen.",
        "error_refused": "Den här sidan får inte använda assistenten. Be intranätets administratör att lägga till den.",
        "error_not_ready": "Assistenten är inte klar än (dokumenten indexeras). Försök igen om några minuter.",
        "error_busy": "Många frågor besvaras just nu. Vänta en stund och försök igen.",
        "error_signin": "Din session har gått ut. Ladda om sidan för att logga in igen.",
        "error_server": "Assistenten kunde inte svara på grund av ett fel på servern. Försök igen; om det händer igen, "
            "kontakta intranätets administratör.",
        "retry": "Försök igen",
        "empty_intro": "Fråga om nätverk, projekt, kontaktpersoner eller finansiering, på vilket språk du vill. "
            "Svaren citerar dokumenten och länkar till dem.",
        "examples": "Vilka nätverk arbetar med äldreomsorg?|Vem är kontaktperson för internationellt samarbete?|Vilka "
            "nätverk arbetar med klimat?|Hur kan kommunen gå med i ett nätverk?",
        "examples_label": "Exempelfrågor",
        "covers_documents": "dokument",
        "covers_from": "från",
        "covers_updated": "uppdaterat",
        "cancel": "Avbryt",
        "quoted_fallback": "Citerat ur dokumenten (språkmodellens svar kunde inte kontrolleras)",
        "dropped_title": "Borttagna meningar",
        "citation": "Källa",
        "clear": "Ny konversation",
        "you": "Du",
        "assistant": "Assistenten",
        "comment": "Kommentar (valfri)",
        "noscript": "Chatten kräver JavaScript. JSON-API:t beskrivs på /openapi.json.",
    }),
)
