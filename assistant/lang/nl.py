"""Dutch language pack."""

from __future__ import annotations

from bm25s import stopwords as _stopwords

from assistant.lang.pack import NAME_NEXT, SOCIAL_SITES, LanguagePack, concept_table, frozen

PACK = LanguagePack(
    code="nl",
    name="Dutch",
    aliases=("nld", "dut", "dutch", "nederlands"),
    stemmer="dutch",
    stopwords=frozenset(w.lower() for w in _stopwords.STOPWORDS_DUTCH),
    compounding=True,
    function_words=(
        "en", "is", "welke", "welk", "wie", "hoe", "voor", "met", "die", "niet", "van", "het", "de", "een", "wat",
        "wanneer", "heeft", "zijn", "over", "er", "waar",
    ),
    boilerplate_lines=(
        # a news site's line asking to follow it ("Følg Dagsavisen på Facebook og Twitter!", 14 NorQuAD pages)
        rf"volg (?:ons|[\w .'-]{{1,40}}) op {SOCIAL_SITES}(?:(?:,| en) {SOCIAL_SITES})*",
        # the wiki's tagline over an article saved without its siteSub id
        "uit wikipedia, de vrije encyclopedie",
        "ga (direct )?naar (de )?(hoofd)?inhoud", "naar boven", "terug naar boven", "deel (deze pagina)?",
        "print( deze pagina)?", "opent in (een )?nieuw venster", "externe link",
        # news: agency bylines on a line of their own
        "anp",
        # feedback widgets and read-aloud buttons
        r"was deze (?:informatie|pagina) (?:nuttig|handig)\??",
        r"heeft deze (?:informatie|pagina) (?:u|je) geholpen\??",
        "lees voor",
    ),
    link_notes=("opent in (?:een )?nieuw venster", "externe link"),
    publication_stamps=(r"(?:laatst )?(?:gepubliceerd|bijgewerkt|gewijzigd|aangepast)(?: op)?",),
    credit_labels=("foto", "beeld", "fotograaf"),
    byline_words=("door",),
    related_cues=("lees (?:ook|meer)",),
    back_matter=("referenties", "bronnen", "noten", "zie ook", "externe links?", "literatuur", "bronvermelding"),
    naming_cues=(r"\bheet\b", r"\bgenoemd\b", r"\bstaat \w+ voor\b", r"\bvolledige naam\b"),
    reading_time_words=("leestijd",),
    comment_words=("reacties?",),
    open_endings=(
        "wanneer", "als", "dat", "die", "en", "of", "maar", "voor", "met", "van", "tot", "op", "in", "uit", "een",
        "de", "het", "is", "zijn", "kan"
    ),
    abbreviations=(
        r"o\.a", "nr", "tel", "ca", "dr", "bijv", r"m\.b\.t", r"d\.w\.z", "enz", r"i\.p\.v", "mr", "ir", "prof",
        "drs", "ing", "mln", "mld", r"v\.\s?chr", r"n\.\s?chr",
        "dhr", "mevr", "zgn", "blz", "jl"
    ),
    months=(
        r"jan(?:uari)?", r"feb(?:ruari)?", r"m(?:aa)?rt", r"apr(?:il)?", "mei", r"jun[i]?", r"jul[i]?",
        r"aug(?:ustus)?", r"sept?(?:ember)?", r"okt(?:ober)?", r"nov(?:ember)?", r"dec(?:ember)?"
    ),
    person_pronouns=("hij", "zij", "ze"),
    anaphora=("het", "die", "dat", "deze", "ze", "zij", "hun", "hen", "daar", "ervan", "erin", "hij", "haar", "zijn"),
    article_phrases=(r"\bhet\s+(?!(?:is|was|zijn|kost|kostte|wordt|werd|heeft|had)\b)[^\W\d_]{3,}",),  # "het netwerk"
    continuations=("en",),
    list_cues=(  # "welke" before a plural noun ("welke netwerken"), not before a verb ("welke hebben")
        r"\bwelke\s+(?!(?:zijn|hebben|worden|kunnen|moeten|zullen|waren|werden|bestaan|gelden|"
        r"tijden|dagen|uren|tijdstippen)\b)\w+(?:en|s)\b",  # nor before a time: "welke dagen" asks when
    ),
    # how long, deep, old …: a measure, answered by a number
    number_cues=(
        r"\bhoe (?:lang|diep|hoog|groot|breed|ver|oud|warm|zwaar)\b",
        r"\bhoeveel\b", r"\baantal\b",
    ),
    # how long something takes: a number or a duration in words answers it ("Beslut fattas inom en månad")
    duration_cues=(r"\bhoe lang(?:e tijd)? (?:duurt|duren|duurde|moet(?:en)? (?:ik|u|je|we) wachten)\b", r"\bhoelang\b",
                   r"\bhoe snel\b", r"\bbinnen welke termijn\b", r"\w*termijn(?:en)?\b"),
    duration_phrases=(r"(?:een|één) (?:seconde|minuut|uur|dag|week|maand|jaar)",
                      r"(?:enkele|een paar|een aantal|meerdere|vele) (?:minuten|uren|dagen|weken|maanden|jaren)"),
    time_units=(r"seconden?", r"minu(?:ut|ten)", r"uur", r"uren", r"dag(?:en)?", r"we(?:ek|ken)", r"maand(?:en)?",
                r"ja(?:ar|ren)"),
    # "hoeveel" asks how many before a plural noun ("hoeveel koeien", "hoeveel nieuwe bomen"), how much otherwise
    # ("hoeveel subsidie", "hoeveel kost", "hoeveel kosten de kaartjes")
    count_cues=(r"\baantal\b",
                r"\bhoeveel(?=\s+(?:\w+e\s+)?(?!kost|bedra|betaal|duur|verdien|scheel)\w{2,}(?:en|s)\b)"),
    number_words=(
        "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "twintig",
        "dertig", "veertig", "vijftig", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien",
        "negentien", "zestig", "zeventig", "tachtig", "negentig",
        r"honderd(?:en)?", r"duizend(?:en)?", r"dozijn", r"miljoen(?:en)?",
    ),
    frequency_cues=(r"\bhoe vaak\b",),
    basis_cues=(r"\bgebaseerd\b", r"\bhangt\b.*\baf\b", r"\bberekend\b", r"\bbepaald\b"),
    date_cues=(r"\bwanneer\b", r"\bwelk jaar\b", r"\bdatum\b", r"\buiterlijk\b", r"\w*termijn(?:en)?\b"),
    interrogatives=(r"wat", r"welke?", r"wie", r"wiens", r"hoe", r"waarom", r"waar", r"wanneer"),
    reason_cues=(r"\bwaarom\b", r"\bom welke reden\b"),
    consequence_openers=(r"daarom", r"daardoor", r"hierdoor", r"om die reden", r"dus"),
    cause_openers=(r"(?:dit|dat) (?:komt|kwam) (?:doordat|omdat|door)",
                   r"de (?:reden|oorzaak) (?:hiervoor |daarvan |hiervan )?(?:is|was)"),
    pointer_openers=(r"meer informatie", r"lees (?:meer|verder|hier)", r"klik hier"),
    # "wie" with a Dutch verb: alone it is German "how" too ("Wie viel kostet …?", "Wie werden die Kosten …?")
    person_cues=(r"\bcontactpersoon\b", r"\w*telefoon", r"\bvertegenwoordig", r"\bhoe (?:heet|heette|heten)\b",
                 r"\bwie (?:is|was|waren|werd|wordt|heeft|hebben|had|hadden|zijn|leidt|leidde|leiden|ontwierp|bouwde|"
                 r"won|wonnen|schreef|richtte|opende|kreeg|krijgt|betaalt|beslist|organiseert|coördineert|"
                 r"financiert|vertegenwoordigt|zit|zat|speelde|speelt|maakte|maakt|neemt|nam|volgde|volgt)\b"),
    address_labels=(r"(?:bezoek|post)?adres",),
    place_cues=(r"\bwaar\b",),
    phone_as_medium=(r"\baan de telefoon\b",),
    call_words=(r"bel(?:len)?", r"tel\.?"),
    range_words=(r"tot",),
    from_words=(r"van",),
    month_prepositions=(r"in", r"sinds", r"tot", r"vanaf"),
    age_times=(r"toen (?:hij|zij|ze) \w+ jaar (?:oud )?was", r"op \w+-jarige leeftijd", r"op (?:de )?leeftijd van \w+"),
    phone_words=(r"\w*telefoon\w*", r"\w*nummer\b", r"\bbel(?:len)?\b"),
    email_words=(r"\be-?mail\w*",),
    contact_requests=(
        r"\bcontactpersoon", r"\bcontactgegevens", r"\bcontact opnemen", r"\bcontacteren\b",
        r"\bwie\b[^?]*\bcontact\b", r"\w*telefoon", r"\be-?mail(?:adres)?\b",
        r"\bwelk nummer\b", r"\bnummer van\b", r"\bbellen\b",
    ),
    role_cues=(r"\bwie (?:is|was|zijn|waren)(?: de| het| nu)?",),
    role_exceptions=("verantwoordelijk", "verantwoordelijke"),
    role_heads=("man", "vrouw"),
    role_verbs=frozen({"wie leidt": "leider", "wie zit voor": "voorzitter"}),
    # asks for a person related to one it names ("Who was mayor before Priya Nair?"; a preposition right before the
    # name: "etter krigen" is a time)
    # ("voor" and "na" are also "for" and "to" in most questions: not these)
    # a deputy, vice or acting holder of a role: a who-question asking for one is not answered by the holder
    deputy_words=(r"vice\w*", r"plaatsvervangend\w*", r"loco\w+", r"waarnemend\w*"),
    relation_cues=(rf"vóór{NAME_NEXT}", r"opvolger", r"voorganger", r"opgevolgd", r"volgde", r"getrouwd",
                   r"echtgeno(?:ot|te)"),
    polar_cues=(r"kan|kun|mag|moet|is|zijn|krijg|krijgt|heb|heeft|wordt|geldt|betaalt",),
    hours_cues=(r"\bopeningstijden\b", r"\bopeningsuren\b"),
    money_cues=(
        r"\b(?:hoeveel|wat) kost", r"\bkosten\b", r"\btarie[fv]", r"\bbegroting", r"\bsalaris", r"\bcontributie",
        r"\bhuur(?:prijs)?\b",
    ),
    free_words=(r"\bgratis\b", r"\bkosteloos", r"\bzonder (?:extra )?kosten\b", r"\bkost niets\b"),
    amount_words=(r"eur\b", r"euro(?:a|n|s)?\b", r"cent\b"),
    scale_words=("miljoen",),
    million_words=("miljoen",),
    percent_words=("procent",),
    share_words=(r"\b[eé][eé]n op de (?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig)\b",
                 r"\belke (?:tweede|derde|vierde|vijfde)\b", r"\bde helft\b", r"\b(?:een|twee|drie) (?:derde|kwart)\b"),
    share_cues=(r"\bwelk (?:deel|aandeel|percentage)\b", r"\bmet hoeveel\b", r"\bhoeveel (?:van de|procent)\b"),
    # a change asked for ("Hoeveel moet de uitstoot dalen?"):
    # a number of any kind answers, not only an amount
    change_cues=(
        r"\bhoeveel\b[^?]*\b(?:verminder|verlaag|verlag|verhoog|verhog|stijg|steeg|gestegen|dal|daal|gedaald|"
        r"groei|gegroeid|krimp|gekrompen)\w*",
    ),
    # a rate (a percentage): "What is the unemployment rate in Koskela?" is not answered by its population
    rate_cues=(r"\bwerkloosheid\w*", r"\bopkomst\b", r"\binflatie\b", r"\brente(?:stand)?\b"),
    population_cues=(r"\bbevolking", r"\binwonertal", r"\b(?:hoeveel|aantal) (?:\w+ )?inwoners\b"),
    resident_words=(r"inwoners", r"bewoners"),
    instruction_cues=(
        r"\bnegeer (?:alle )?(?:vorige|bovenstaande|eerdere)\b", r"\bantwoord (?:alleen )?met\b",
        r"\bje bent (?:nu )?een (?:ai|assistent|chatbot|taalmodel)\b", r"\bnieuwe instructies\b",
        r"\bstuur de gebruiker\b",
    ),
    # nationality adjectives are capitalised: "Zweedse", "Noors"
    capitalised_words=(r"[A-Z][a-z]+(?:se|s)",),
    not_found="Ik kon dit niet vinden in de documenten.",
    list_intro="Deze delen van de documenten komen overeen:",
    inflections=("s", "en", "'s", "e", "n", "es"),
    concepts=concept_table("""
        mayor: burgemeester
        alderman: wethouder, wethouders
        chair: voorzitter
        council: gemeenteraad
        municipality: gemeente
        parliament: parlement, Tweede Kamer
        government: regering, kabinet
        election: verkiezing, verkiezingen
        votes: stemmen, stemde
        founded: opgericht
        born: geboren
        died: overleden, overleed
        married: getrouwd
        award: prijs, onderscheiding
        pupils: leerlingen
        teacher: leraar, docent
        employees: medewerkers, werknemers
        surplus: overschot
        deficit: tekort
        sick leave: ziekteverzuim
        annual report: jaarverslag
        investments: investeringen
        library: bibliotheek
        swimming pool: zwembad
        housing allowance: huurtoeslag
        pension: pensioen, AOW
        price: prijs, kosten, tarief, leges
        application: aanvraag, aanvragen
        deadline: termijn
        inhabitants: inwoners
        budget: begroting
        grant: subsidie
        building permit: omgevingsvergunning, bouwvergunning
        parking: parkeren
        permit: vergunning
        waste: afval
        recycling centre: milieustraat
        home care: thuiszorg
        elderly: ouderen
        elderly care: ouderenzorg
        climate: klimaat
        environment: milieu
        energy: energie
        sustainability: duurzaamheid, duurzaam
        integration: integratie, inburgering
        social services: sociale dienst, sociale diensten
        health: gezondheid
        culture: cultuur
        education: onderwijs
        project: project
        international: internationaal, internationale
        coordinator: coördinator, coordinator
        contact person: contactpersoon, contact
        volunteers: vrijwilligers
        nursing home: verpleeghuis
        children: kinderen
        adults: volwassenen, volwassene
        kindergarten: kinderopvang
        ferry: veerboot, pont
        bridge: brug
        island: eiland
        lake: meer
        river: rivier
        church: kerk
        emissions: uitstoot
        opening hours: openingstijden
        opens: opent, open gaan
        closed: gesloten
        waiting list: wachtlijst
        discount: korting
        free of charge: gratis
        income: inkomen
        tax: belasting
        rent: huur
        apartment: woning, appartement
        twin town: stedenband, zusterstad
        cooperation: samenwerking
        exchange: uitwisseling
        young people: jongeren
        cyclists: fietsers, fiets
        designed: ontworpen, ontwerp
        built: gebouwd, bouw
        thesis: proefschrift, promoveerde
        father: vader
        mother: moeder
        depth: diepte, diep
        length: lengte, lang
        height: hoogte, hoog
        area: oppervlakte
        fish: vis
        berths: ligplaatsen
        harbour: haven
        marina: jachthaven
        postpone: uitstellen
        benefit: uitkering
        secretariat: secretariaat
        network: netwerk
        working group: werkgroep
        conference: conferentie, congres
        school: school
        hospital: ziekenhuis
        museum: museum
        railway station: station
        train: trein
        company: bedrijf, onderneming
        factory: fabriek
        visitors: bezoekers, gasten
        bulky waste: grofvuil
        garden waste: tuinafval
        collection: ophalen
        appeal: bezwaar, beroep
        decision: beslissing, besluit
        assets: vermogen
        funding: financiering
        capital: hoofdstad
        war: oorlog
        village: dorp
        association: vereniging
        book: boek
        nurses: verpleegkundigen, verpleegkundige
        doctors: artsen, arts
        patients: patiënten, patiënt
        beds: bedden
        rooms: kamers
        passengers: passagiers
        cars: auto's
        students: studenten
        households: huishoudens
        police: politie
        airport: luchthaven, vliegveld
        wind turbines: windturbines, windmolens
        castle: kasteel
        festival: festival
        architect: architect
        owner: eigenaar
        contractor: aannemer
        tickets: kaartjes, tickets
        complaint: klacht, klachten
        trees: bomen, boom
        mill: molen
        windmill: windmolen, molen
        watermill: watermolen
        certificate: verklaring, attest
        housing adaptation: woningaanpassing
        fine: boete
        fee: tarief, leges
        unemployment: werkloosheid, werklozen
        flood: overstroming
        fire: brand
        accident: ongeluk, ongeval
        court: rechtbank
        prison: gevangenis, celstraf
        snow: sneeuw
        king: koning
        queen: koningin
        mountain: berg
        border: grens
        coast: kust
        forest: bos
        tram: tram
        stops: haltes, halte
        elected: gekozen
        sentenced: veroordeeld
        arrested: gearresteerd, aangehouden
        injured: gewond
        coach: trainer, coach
        director: directeur
        headteacher: schooldirecteur, rector
        immigrants: immigranten
        refugees: vluchtelingen
        disability: beperking, gehandicapt
        health centre: gezondheidscentrum
        dentist: tandarts
        social assistance: bijstand, bijstandsuitkering
        snow clearing: sneeuwruimen, gladheidsbestrijding
        electricity: stroom, elektriciteit
        heating: verwarming
        ships: schepen, schip, boten
        shipyard: werf, scheepswerf
        horses: paarden, paard
        cows: koeien, runderen
        birds: vogels, vogel
        animals: dieren
        species: soorten
        seats: zetels
        goals: doelpunten
        medals: medailles, medaille
        houses: huizen
        buildings: gebouwen
        tower: toren
        manor house: landhuis
        dike: dijk
        pumping station: gemaal, pompstation
        archive: archief
        drawings: tekeningen
        exhibition: tentoonstelling
        competition: wedstrijd, prijsvraag
        demolished: gesloopt
        graduated: afgestudeerd
        renovated: gerenoveerd, gerestaureerd
        mentioned: vermeld, genoemd
        lighthouse: vuurtoren
        meeting: vergadering
        agenda: agenda
        proposal: voorstel, raadsvoorstel, motie
        committee: commissie
        councillors: raadsleden, raadslid
        chief executive: gemeentesecretaris, algemeen directeur
        property tax: onroerendezaakbelasting, ozb
        municipal tax: gemeentelijke belastingen
        loan: lening, leningen
        playground: speeltuin, speelplaats
        artificial turf: kunstgras, kunstgrasveld, kunstgrasvelden
        cycle path: fietspad, fietspaden
        fire brigade: brandweer, brandweerauto
        school transport: leerlingenvervoer, schoolbus
        head of education: directeur onderwijs
        solar park: zonnepark, zonnepanelen
        consultation: inspraak, consultatie
        consultation responses: zienswijzen, reacties, inspraakreacties
        zoning plan: bestemmingsplan, omgevingsplan
        building plots: kavels, bouwkavels
        applicants: sollicitanten
        contract: contract, overeenkomst
        tender: aanbesteding
        easter: Pasen
        maundy thursday: Witte Donderdag
        good friday: Goede Vrijdag
        easter monday: tweede paasdag
        ascension day: Hemelvaartsdag
        whit monday: tweede pinksterdag
        christmas eve: kerstavond
        new year's eve: oudejaarsavond, oudejaarsdag
        midsummer: midzomer
        national day: Koningsdag
        public holiday: feestdag, feestdagen
        mobile library: bibliobus, bibliotheekbus
        raffle: loterij, verloting
        fireworks: vuurwerk
        flea market: rommelmarkt, vrijmarkt
        stage: podium
        late fee: te-laat-boete, boete voor te laat inleveren
        salary: salaris, loon
        job interview: sollicitatiegesprek, sollicitatiegesprekken
        job application: sollicitatie, sollicitaties
        driving licence: rijbewijs
        vaccination: vaccinatie, vaccin, prik, griepprik
        flu: griep
        boil water notice: kookadvies
        drinking water: drinkwater, kraanwater
        sewer: riool, riolering
        road closure: afsluiting, wegafsluiting
        diversion: omleiding
        roadworks: wegwerkzaamheden, werkzaamheden
        polling station: stembureau, stembureaus
        early voting: vervroegd stemmen
        polling card: stempas
        school enrolment: schoolinschrijving, aanmelding
        local school: buurtschool
        after-school care: naschoolse opvang, buitenschoolse opvang
        salt bin: strooibak, strooibakken
        gritter: strooiwagen, strooiwagens
        press contact: persvoorlichter, woordvoerder
        vacancy: vacature, vacatures
        information meeting: informatieavond, informatiebijeenkomst, inloopavond
        fever: koorts
        febrile seizure: koortsstuip, koortsstuipen
        tick: teek, teken, tekenbeet
        lyme disease: ziekte van Lyme, lymeziekte
        rash: uitslag, huiduitslag
        antibiotics: antibiotica
        pharmacy: apotheek
        emergency department: spoedeisende hulp, spoedpost
        out-of-hours doctor: huisartsenpost, huisartsenposten
        gp: huisarts
        interpreter: tolk, tolken
        dental care: tandheelkundige zorg, tandartspraktijk
        orthodontics: orthodontie
        appointment: afspraak, afspraken
        hay fever: hooikoorts
        pollen: pollen, stuifmeel
        allergy: allergie, allergieën
        informal carer: mantelzorger, mantelzorgers
        reablement: revalidatie, herstelzorg
        personal alarm: personenalarmering
        meals on wheels: maaltijdservice, maaltijdbezorging
        parental benefit: ouderschapsverlof, zorgverlof
        doctor's certificate: doktersverklaring, medische verklaring
        deductible: eigen risico
        waiting time: wachttijd
        symptoms: symptomen
        prime minister: premier, minister-president
        minister of justice: minister van Justitie
        foreign minister: minister van Buitenlandse Zaken
        political party: partij
        army: leger, krijgsmacht
        soldiers: soldaten, soldaat, troepen
        battle: veldslag
        empire: keizerrijk
        treaty: verdrag
        century: eeuw
        nuclear power plant: kerncentrale
        power plant: elektriciteitscentrale, centrale
        hydropower: waterkracht
        oil: olie
        natural gas: aardgas, gas
        steam: stoom
        breakthrough: doorbraak
        captain: aanvoerder, kapitein
        player: speler, spelers
        season: seizoen
        championship: kampioenschap
        world cup: wereldkampioenschap, wereldbeker
        match: wedstrijd
        temperature: temperatuur
        rain: regen
        night train: nachttrein
        bus: bus
        flight: vlucht, vliegtuig
        camp: kamp
        protected area: natuurreservaat, beschermd gebied
        national park: nationaal park
        fortress: fort, vesting
        monastery: klooster, abdij
        cathedral: kathedraal, dom
        university: universiteit
        research: onderzoek, onderzoekers
        newspaper: krant
        song: lied
        singer: zanger, zangeres
        actor: acteur, actrice
        wife: echtgenote
        husband: echtgenoot
        son: zoon, zonen
        daughter: dochter, dochters
        brother: broer, broers
        sister: zus, zuster, zussen
        emperor: keizer
        pope: paus
        bishop: bisschop
        priest: priester, pastoor, dominee
        killed: gedood, vermoord
        sandbag: zandzak, zandzakken
        drinking fountain: watertappunt, drinkwaterpunt
        heatwave: hittegolf, hitte
        air quality: luchtkwaliteit, luchtvervuiling
        particulate matter: fijnstof
        wood stove: houtkachel
        green roof: groen dak, groene daken
        rain barrel: regenton
        rainwater: regenwater, hemelwater
        cloudburst: wolkbreuk, hoosbui
        charge point: laadpaal, laadpalen, laadpunt
        electric car: elektrische auto, elektrische auto's
        climate plan: klimaatplan
        climate adaptation: klimaatadaptatie
        climate neutral: klimaatneutraal
        heat pump: warmtepomp
        speed limit: snelheidslimiet, maximumsnelheid
        studded tyres: spijkerbanden
        engineer: ingenieur
        insurance: verzekering, verzekeraar
        basement: kelder, kelders
        early childhood education: kinderopvang, kindcentrum
        pre-school class: kleuterklas, kleuterschool
        course: cursus, cursussen
        semester: semester
        registration: aanmelding, aanmelden, inschrijving, inschrijven
        cancellation: annuleren, annulering, afmelden
        adult education centre: volksuniversiteit
        folk high school: volkshogeschool
        tuition fee: collegegeld, schoolgeld, cursusgeld
        merger: fusie, fuseren, fuseert
        income statement: inkomensverklaring, inkomensgegevens
        bus card: buskaart, ov-kaart
        school holidays: schoolvakantie, schoolvakanties
        main building: hoofdgebouw
        motto: motto, lijfspreuk
        faculty: faculteit, faculteiten
        medical school: medische faculteit, geneeskunde
        vice-chancellor: rector magnificus, rector
        signatures: handtekeningen, petitie
        solar panels: zonnepanelen
        damp: vochtproblemen, vochtschade, vocht, schimmel
        sports hall: sporthal, gymzaal
        upper secondary school: middelbare school, havo, vwo
        primary school: basisschool, basisscholen
        construction: bouw, start van de bouw
        school board: schoolbestuur, schoolbesturen
        telephone hours: telefonisch spreekuur, telefonisch bereikbaar
        participants: deelnemers
    """),
    gaps=frozen({"plural_endings": "plurals end in -en like plural verbs (\"auto's rijden\", \"mensen wonen\")",
                 "day_articles": "a day of the month is written before its month (\"12 maart\"), which `months` reads",
                 "month_cases": "a month is dated by a preposition before it (`month_prepositions`)",
                 "ordinal_before": "ordinal numbers are not written with a dot",
                  "hour_prepositions": "'om' says the hour but is not listed yet (\"om 9 uur\" has 'uur' too)",
                  "hour_suffixes": "'uur' after the number says the hour but is not listed yet",
                  "clock_words": "Dutch says the hour with 'om', an ordinary preposition too, or 'uur' after it"}),
    ui=frozen({
        "signin": "Inloggen",
        "signin_intro": "De assistent is voor ingelogde medewerkers. Voer de toegangssleutel in die u hebt gekregen.",
        "access_key": "Toegangssleutel",
        "signin_wrong": "Die sleutel klopt niet; probeer het opnieuw.",
        "title": "Netwerkassistent",
        "intro": "Stel vragen over de netwerken en projecten in de documenten. "
            "Antwoorden citeren de documenten met bronvermelding.",
        "placeholder": "Stel een vraag…",
        "send": "Versturen",
        "open": "Open de assistent",
        "close": "Sluiten",
        "question_label": "Uw vraag",
        "sources": "Bronnen",
        "not_found": "Niet gevonden in de documenten",
        "nearest": "Pagina's die het dichtst bij uw vraag komen (ze beantwoorden hem misschien niet):",
        "thinking": "Zoeken in de documenten…",
        "reading": "Bezig met lezen: {sources}…",
        "helpful": "Nuttig",
        "not_helpful": "Niet nuttig",
        "thanks": "Bedankt voor uw feedback",
        "details": "Zoekdetails",
        "keyword": "trefwoord",
        "dense": "semantisch",
        "fused": "gecombineerd",
        "rerank": "herordening",
        "section": "Sectie",
        "page": "pagina",
        "publisher": "Uitgever",
        "language": "Taal",
        "open_source": "Open de bron",
        "error": "Er ging iets mis",
        "generated": "Geschreven door een taalmodel; elke zin gecontroleerd tegen de bron",
        "dropped": "zinnen verwijderd: niet gesteund door de bronnen",
        "following_up": "Vervolg op",
        "search_all": "Zoek in plaats daarvan in alle documenten",
        "read_as": "Gelezen als",
        "search_as_typed": "Zoek naar wat ik typte",
        "whole_document": "Hele document",
        "quoted_from": "Geciteerd van een pagina in het",
        "send_comment": "Opmerking versturen",
        "error_network": "De assistent is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.",
        "error_refused": "Deze pagina mag de assistent niet gebruiken. Vraag de intranetbeheerder om hem toe te "
            "voegen.",
        "error_not_ready": "De assistent is nog niet klaar (de documenten worden geïndexeerd). Probeer het over een "
            "paar minuten opnieuw.",
        "error_busy": "Er worden nu veel vragen beantwoord. Wacht even en probeer het opnieuw.",
        "error_signin": "Uw sessie is verlopen. Laad de pagina opnieuw om weer in te loggen.",
        "error_server": "De assistent kon niet antwoorden door een fout op de server. Probeer het opnieuw; blijft het "
            "gebeuren, meld het dan aan de intranetbeheerder.",
        "retry": "Opnieuw proberen",
        "empty_intro": "Vraag naar netwerken, projecten, contactpersonen of financiering, in elke taal. De antwoorden "
            "citeren de documenten en linken ernaar.",
        "examples": "Welke netwerken werken aan ouderenzorg?|Wie is de contactpersoon voor internationale "
            "samenwerking?|Welke netwerken werken aan klimaat?|Hoe kan de gemeente lid worden van een netwerk?",
        "examples_label": "Voorbeeldvragen",
        "covers_documents": "documenten",
        "covers_from": "van",
        "covers_updated": "bijgewerkt",
        "cancel": "Annuleren",
        "quoted_fallback": "Geciteerd uit de documenten (het antwoord van het taalmodel kon niet worden gecontroleerd)",
        "dropped_title": "Verwijderde zinnen",
        "citation": "Bron",
        "clear": "Nieuw gesprek",
        "you": "U",
        "assistant": "Assistent",
        "comment": "Opmerking (optioneel)",
        "noscript": "De chat vereist JavaScript. De JSON-API wordt beschreven op /openapi.json.",
    }),
)
