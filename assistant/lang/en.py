"""English language pack."""

from __future__ import annotations

from bm25s import stopwords as _stopwords

from assistant.lang.pack import NAME_NEXT, SOCIAL_SITES, LanguagePack, concept_table, frozen

# The list cue's parts: a word in -s that is no "is", "was", "this" …; what follows a verb in -s but not a plural noun
_PLURAL = r"(?!(?:is|was|has|does|this|its|his)\b)\w+(?:s|ies)\b"
_DETERMINERS = "the|a|an|its|their|this|that|these|those|his|her|our|my|your"
_PREPOSITIONS = ("into|onto|in|on|at|from|through|to|with|by|for|over|under|across|past|along|near|between|around|of|"
                 "off|out|up|down")
# after a noun and a word in -s, a quantifier says the word is a verb: "Which sector causes most of the emissions?"
_QUANTIFIERS = "most|more|less|fewer|all|every|each|some|any|many|much|no"
_TIMES = "times|hours|days|dates"  # "which days …?" asks when, not for a list

PACK = LanguagePack(
    code="en",
    name="English",
    aliases=("eng", "english"),
    stemmer="english",
    stopwords=frozenset(w.lower() for w in _stopwords.STOPWORDS_EN),
    function_words=(
        "and", "is", "which", "who", "how", "for", "with", "that", "not", "of", "the", "a", "an", "what", "when",
        "has", "have", "about", "are", "does", "do", "where",
        # auxiliaries: no topic of a question ("How many votes did she get?" counts votes, not "did")
        "did", "had", "were", "would", "could",
    ),
    boilerplate_lines=(
        # a news site's line asking to follow it ("Følg Dagsavisen på Facebook og Twitter!", 14 NorQuAD pages)
        rf"follow (?:us|[\w .'-]{{1,40}}) on {SOCIAL_SITES}(?:(?:,| and) {SOCIAL_SITES})*",
        # the wiki's tagline over an article saved without its siteSub id
        "from wikipedia, the free encyclopedia",
        "skip to (main )?content", "back to top", "to top", "share( this page)?", "print( this page)?",
        "opens in (a )?new window", "external link", "menu", "search", "cookie settings",
        # news: agency bylines on a line of their own
        "reuters", "afp",
        # feedback widgets under the text
        r"is this page useful\??", r"was this (?:page|information) (?:useful|helpful)\??",
        "report a problem with this page", r"did you find what you (?:were looking for|needed)\??",
    ),
    link_notes=("opens in (?:a )?new window", "link to (?:an)?other website"),
    publication_stamps=(r"(?:page )?(?:last )?(?:published|updated|reviewed|modified)(?: on)?",),
    credit_labels=("photo", "photograph", "image", "picture", "credit"),
    byline_words=("by",),
    related_cues=("read (?:also|more)", "related(?: articles?)?"),
    back_matter=("references", "notes", "see also", "external links", "further reading", "bibliography", "sources"),
    naming_cues=(r"\bcalled\b", r"\bfull name\b", r"\bstands? for\b"),
    reading_time_words=("read", "reading time"),
    comment_words=("comments?", "replies"),
    open_endings=(
        "when", "if", "that", "which", "and", "or", "but", "for", "with", "of", "to", "on", "in", "from", "a", "an",
        "the", "is", "are", "can"
    ),
    abbreviations=(
        r"e\.g", r"i\.e", "etc", "dr", "mr", "mrs", "ms", "st", "vs", "inc", "ltd", "jr", "sr", "prof", "approx",
        "dept", "est", "fig", "vol",
        "mt", "gen", "gov", "col", "lt", "capt", "sgt", "rev", "hon", "cllrs?", "supt", "insp", "assoc"
    ),
    months=(
        r"jan(?:uary)?", r"feb(?:ruary)?", r"mar(?:ch)?", r"apr(?:il)?", "may", r"june?", r"july?", r"aug(?:ust)?",
        r"sept?(?:ember)?", r"oct(?:ober)?", r"nov(?:ember)?", r"dec(?:ember)?"
    ),
    person_pronouns=("he", "she", "they"),
    anaphora=(
        "it", "its", "they", "them", "their", "this", "that", "these", "those", "there", "he", "she", "him", "her",
        "his",
    ),
    continuations=("and", "what about", "how about"),
    list_cues=(
        # "which (local) networks", not "which is", "which club does", nor "which town leads the …" (a verb in -s
        # before its object's article); after two words, nor before a preposition: "Which river flows into the
        # Grauensee?" asks for one river (valley set)
        rf"\bwhich\s+(?!(?:{_TIMES})\b){_PLURAL}(?!\s+(?:{_DETERMINERS})\b)",
        rf"\bwhich\s+\w+\s+(?!(?:{_TIMES})\b){_PLURAL}(?!\s+(?:{_DETERMINERS}|{_PREPOSITIONS}|{_QUANTIFIERS})\b)",
        # not "Between what times does the service operate?", which asks for one span of hours
        r"\bwhat\s+(?:\w+\s+)?(?!(?:times|hours)\b)\w+(?:s|ies)\s+(?:are|do|does|did|have|has|is)\b", r"\blist\b",
        r"\bname (?:all|the)\b",
    ),
    # how long, deep, old …: a measure, answered by a number
    number_cues=(
        r"\bhow (?:long|deep|high|tall|wide|big|large|far|old|warm|cold|heavy)\b",
        r"\bhow (?:many|much)\b", r"\bnumber of\b",
    ),
    # how long something takes: a number or a duration in words answers it ("Beslut fattas inom en månad")
    duration_cues=(r"\bhow long\b(?=.*\b(?:take|takes|took|last|lasts|wait|waiting|processing|until|before)\b)",
                   r"\bhow (?:soon|quickly)\b", r"\bwithin what time\b", r"\bdeadline\b", r"\btime limit\b"),
    duration_phrases=(r"(?:a|an|one) (?:second|minute|hour|day|week|fortnight|month|year)",
                      r"(?:a few|several|many) (?:minutes|hours|days|weeks|months|years)"),
    time_units=(r"seconds?", r"minutes?", r"hours?", r"days?", r"weeks?", r"fortnights?", r"months?", r"years?"),
    # not "the phone number of the housing office", which asks how to call it
    count_cues=(r"\bhow many\b", r"(?<!phone )(?<!mobile )(?<!fax )(?<!telephone )\bnumber of\b(?! the\b)"),
    number_words=(
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
        "thirty", "forty", "fifty", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "sixty", "seventy", "eighty", "ninety", r"hundreds?", r"thousands?", r"dozens?", r"millions?",
    ),
    frequency_cues=(r"\bhow often\b",),
    basis_cues=(r"\bbased on\b", r"\bdepends? on\b", r"\bdetermined\b", r"\bcalculated\b"),
    plural_endings=(r"[^su]s",),  # not "cross", "campus"
    date_cues=(r"\bwhen\b", r"\b(?:what|which) year\b", r"\bsince when\b", r"\bdate\b", r"\bdeadline\b"),
    interrogatives=(r"what", r"which", r"who", r"whom", r"whose", r"how", r"why", r"where", r"when"),
    reason_cues=(r"\bwhy\b", r"\bhow come\b", r"\bfor what reason\b"),
    consequence_openers=(r"therefore", r"thus", r"hence", r"(?:that|this) is why", r"for (?:this|that) reason",
                         r"as a result", r"consequently"),
    cause_openers=(r"(?:this|that|it) (?:is|was) (?:because|due to)", r"the reason (?:for this )?(?:is|was)",
                   r"this is why"),
    pointer_openers=(r"(?:for )?more information", r"(?:read|find out|learn) more", r"click here"),
    person_cues=(r"\bcontact\b", r"\be-?mail\b", r"\b(?:tele)?phone\b", r"\b(?:help|hot)line\b", r"\bwho\b",
                 r"\brepresent", r"\bwhat(?: is|'s| was| are| were) the names? of\b"),
    address_labels=(r"(?:visiting |postal |street )?address",),
    place_cues=(r"\bwhere\b",),
    phone_as_medium=(r"\bon the (?:tele)?phone\b",),
    call_words=(r"call", r"dial", r"tel\.?"),
    hour_prepositions=(r"at",),
    hour_suffixes=(r"am", r"pm"),
    range_words=(r"to",),
    from_words=(r"from",),
    day_articles=(r"the",),
    month_prepositions=(r"in", r"from", r"since", r"until", r"by"),
    age_times=(r"when (?:he|she|they) (?:was|were) (?:\d+|\w+) years? old", r"at the age of \w+"),
    phone_words=(r"\b(?:tele)?phone\b", r"\bnumber\b", r"\bcall\b", r"\b(?:help|hot)line\b"),
    email_words=(r"\be-?mail\b",),
    contact_requests=(
        r"\bcontact (?:person|details|info|information|address|for|at|about|regarding)\b",
        r"\bwhom?\b[^?]*\bcontact\b", r"\bcontact\s*\??\s*$", r"\be-?mail\b", r"\b(?:tele)?phone\b",
        r"\b(?:help|hot)line\b",
        r"\b(?:which|what) number\b", r"\bnumber (?:for|to call|of the)\b", r"\bcall\b",
    ),
    role_cues=(r"\bwho (?:is|was|are|were)(?: the| now| currently)?",),
    role_exceptions=("responsible", "in", "behind", "head", "leader"),
    role_heads=("man", "woman", "person"),
    role_verbs=frozen({"who chairs": "chair", "who leads": "leader", "who heads": "head",
                        "who directs": "director", "who manages": "manager"}),
    # asks for a person related to one it names ("Who was mayor before Priya Nair?"; a preposition right before the
    # name: "etter krigen" is a time)
    # a deputy, vice or acting holder of a role: a who-question asking for one is not answered by the holder
    deputy_words=(r"deputy", r"vice[- ]\w+", r"acting"),
    relation_cues=(rf"before{NAME_NEXT}", rf"after{NAME_NEXT}", r"succeed\w*", r"preced\w*", r"predecessor",
                   r"successor", r"replaced", r"married", r"husband", r"wife", r"spouse"),
    # not "Does it cost anything to apply?", whose verb asks for an amount or "free" (portal set)
    polar_cues=(r"(?:does|do|did|is|are|was|were|can|could|may|must|should|will|would|has|have|had)\b(?!.*\bcost\b)",),
    hours_cues=(r"\bopening (?:hours|times)\b",),
    money_cues=(
        # "rent" only as a noun: every pack's cues are matched at once, and Scandinavian "rent" is "clean"
        r"\bcosts?\b", r"\bprices?\b", r"\bfees?\b", r"\bbudget", r"\bsalar(?:y|ies)\b", r"\brents\b",
        r"\b(?:the|a|monthly|annual|yearly|what) rent\b",
        r"(?<!by )\bhow much (?:do|does|is|are|will)\b",  # not "By how much does Havnes want to cut its emissions?"
    ),
    free_words=(r"\bfree\b", r"\bat no (?:extra )?(?:cost|charge)\b", r"\bno charge\b", r"\bcosts? nothing\b"),
    # pounds, pence ("69p" per kWh), dollars and cents in words: "£" alone left "Rapid charger … 69p" no amount
    amount_words=(r"usd\b", r"gbp\b", r"pounds?\b", r"pence\b", r"(?<=\d)p\b", r"dollars?\b", r"cents?\b"),
    scale_words=("million",),
    million_words=("million",),
    percent_words=("percent", "per cent"),
    # and a change asked "by how much": "um 12 Prozent" answers it as well as "168 Euro" (each pack says it its way)
    share_words=(r"\bone (?:in|out of) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)\b",
                 r"\bevery (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", r"\bhalf of\b",
                 r"\b(?:a|one|two|three) (?:third|quarter|fifth)s? of\b"),
    share_cues=(r"\bhow much of (?:the|its|their)\b", r"\bby how much\b",
                r"\bwhat (?:share|proportion|part|percentage) of\b"),
    # a change asked for ("How much does Eldfjord want to cut its emissions?"):
    # a number of any kind answers, not only an amount
    change_cues=(
        r"\bhow much\b[^?]*\b(?:cut|cuts|reduc\w+|lower\w*|increas\w+|rais\w+|rise[ns]?|rose|grow\w*|grew|"
        r"fall\w*|fell|drop\w*|decreas\w+|shr[iau]nk\w*)\b",
    ),
    # a rate (a percentage): "What is the unemployment rate in Koskela?" is not answered by its population
    rate_cues=(r"\b(?:unemployment|employment|interest|tax|vacancy|turnout|birth|death|crime|poverty|participation|inflation|"
                r"mortality|literacy|recycling|vaccination|occupancy) rates?\b", r"\binflation\b", r"\bturnout\b"),
    population_cues=(r"\bpopulation\b", r"\b(?:how many|number of) (?:\w+ )?inhabitants\b"),
    resident_words=(r"inhabitants", r"residents"),
    instruction_cues=(
        r"\bignore (?:all |any )?(?:the |your )?(?:above|previous|prior|earlier|preceding)\b", r"\bdisregard\b",
        r"\b(?:reply|respond|answer) (?:only |just )?with\b", r"\b(?:system|developer) prompt\b",
        r"\byou are (?:now )?(?:an? )?(?:ai|assistant|chatbot|language model)\b", r"\bnew instructions?\b",
        r"\b(?:send|direct|redirect|refer) the user\b", r"\bas an ai\b",
    ),
    capitalised_words=(
        r"(?:January|February|March|April|May|June|July|August|September|October|November|December)",
        r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)",
        r"[A-Z][a-z]+(?:ish|ian|ese|ean|ic|ch)",  # nationality adjectives: "Swedish", "Norwegian", "Dutch"
        r"I", r"EU", r"UN",
    ),
    not_found="I could not find this in the documents.",
    list_intro="These parts of the documents match:",
    gaps=frozen({
        "month_cases": "a month is dated by a preposition before it (`month_prepositions`)",
        "clock_words": "English says the hour with 'at', an ordinary preposition too, read as a date's evidence only",
        "ordinal_before": "ordinal numbers are not written with a dot",
        "article_phrases": "no word of its anaphora list doubles as a definite article"}),
    inflections=("s", "es", "'s", "d", "ed", "ing", "er", "est"),
    concepts=concept_table("""
        mayor: mayor, lord mayor
        alderman: alderman, aldermen, executive councillor
        chair: chair, chairman, chairwoman, chairperson
        council: council, city council, municipal council, local council
        municipality: municipality
        parliament: parliament
        government: government
        election: election
        votes: votes, vote, voted
        founded: founded, established
        born: born
        died: died
        married: married
        award: award, prize, medal
        pupils: pupils, students
        teacher: teacher, teachers
        employees: employees, staff
        surplus: surplus
        deficit: deficit
        sick leave: sick leave, sickness absence
        annual report: annual report
        investments: investments, investment
        library: library
        swimming pool: swimming pool, pool, indoor pool, swimming bath
        housing allowance: housing allowance, housing benefit
        pension: pension, state pension, retirement pension
        price: price, cost, fee, charge
        application: application, apply
        deadline: deadline
        inhabitants: inhabitants, residents, population
        budget: budget
        grant: grant, subsidy
        building permit: building permit, planning permission
        parking: parking
        permit: permit, licence, license
        waste: waste, rubbish, garbage
        recycling centre: recycling centre, recycling center
        home care: home care, home help, care at home
        elderly: elderly, older people, seniors
        elderly care: elderly care, eldercare, care of the elderly, aged care
        climate: climate
        environment: environment
        energy: energy
        sustainability: sustainability, sustainable
        integration: integration
        social services: social services
        health: health
        culture: culture
        education: education
        project: project
        international: international, internationally
        coordinator: coordinator, co-ordinator
        contact person: contact person, contact
        volunteers: volunteers, volunteering
        nursing home: nursing home, care home
        children: children
        adults: adults, adult
        kindergarten: kindergarten, preschool, nursery
        ferry: ferry
        bridge: bridge
        island: island
        lake: lake
        river: river
        church: church
        emissions: emissions
        opening hours: opening hours
        opens: open, opens, opening
        closed: closed
        waiting list: waiting list
        discount: discount
        free of charge: free of charge
        income: income
        tax: tax
        rent: rent
        apartment: apartment, flat
        twin town: twin town, twinning, sister city, partner town
        cooperation: cooperation, collaboration
        exchange: exchange
        young people: young people, youth
        cyclists: cyclists, bicycles, bikes
        designed: designed, architect
        built: built, construction
        thesis: thesis, dissertation, doctorate
        father: father
        mother: mother
        depth: depth, deep
        length: length, long
        height: height, high, tall
        area: area
        fish: fish
        berths: berths, moorings
        harbour: harbour, harbor, port
        marina: marina
        postpone: postpone, defer, delay
        benefit: benefit, allowance
        secretariat: secretariat
        network: network
        working group: working group, working groups
        conference: conference
        school: school
        hospital: hospital
        museum: museum
        railway station: railway station, train station, station
        train: train
        company: company, firm
        factory: factory, plant
        visitors: visitors, guests
        bulky waste: bulky waste
        garden waste: garden waste, green waste
        collection: collection, pick-up
        appeal: appeal
        decision: decision
        assets: assets, savings, wealth
        funding: funding, financing
        capital: capital
        war: war
        village: village
        association: association, club
        book: book
        nurses: nurses, nurse
        doctors: doctors, doctor
        patients: patients, patient
        beds: beds
        rooms: rooms
        passengers: passengers
        cars: cars
        students: students
        households: households
        police: police
        airport: airport
        wind turbines: wind turbines, wind turbine
        castle: castle
        festival: festival
        architect: architect
        owner: owner, owns
        contractor: contractor
        tickets: tickets, ticket
        complaint: complaint, complaints
        trees: trees, tree
        mill: mill, mills
        windmill: windmill, windmills
        watermill: watermill, watermills, water mill
        certificate: certificate, statement
        housing adaptation: housing adaptation, home adaptation
        fine: fine, fines
        fee: fee, fees
        unemployment: unemployment, unemployed
        flood: flood, flooding
        fire: fire
        accident: accident
        court: court
        prison: prison, jail
        snow: snow
        king: king
        queen: queen
        mountain: mountain, mountains
        border: border
        coast: coast
        forest: forest, woods
        tram: tram, light rail
        stops: stops, stop
        elected: elected
        sentenced: sentenced, convicted
        arrested: arrested
        injured: injured, wounded
        coach: coach, manager
        director: director, head
        headteacher: headteacher, head teacher, principal, headmaster, headmistress
        immigrants: immigrants
        refugees: refugees
        disability: disability, disabled
        health centre: health centre, health center
        dentist: dentist
        social assistance: social assistance, income support
        snow clearing: snow clearing, snow removal, gritting
        electricity: electricity, power
        heating: heating
        ships: ships, ship, vessels, boats
        shipyard: shipyard
        horses: horses, horse
        cows: cows, cattle
        birds: birds, bird
        animals: animals
        species: species
        seats: seats
        goals: goals
        medals: medals, medal
        houses: houses
        buildings: buildings
        tower: tower
        manor house: manor house, manor
        dike: dike, dyke
        pumping station: pumping station
        archive: archive, archives
        drawings: drawings
        exhibition: exhibition
        competition: competition
        demolished: demolished, torn down
        graduated: graduated
        renovated: renovated, restored, renovation
        mentioned: mentioned
        lighthouse: lighthouse
        meeting: meeting, meetings
        agenda: agenda
        proposal: proposal, proposals, motion
        committee: committee, committees
        councillors: councillor, councillors
        chief executive: chief executive, municipal director, city manager
        property tax: property tax, property taxes
        municipal tax: council tax, municipal tax, local income tax
        loan: loan, loans
        playground: playground, playgrounds
        artificial turf: artificial turf, artificial grass, artificial pitch, artificial turf pitch
        cycle path: cycle path, cycle paths, bike path, cycleway
        fire brigade: fire brigade, fire service, fire engine, fire department
        school transport: school transport, school bus, school buses
        head of education: head of education, director of education
        solar park: solar park, solar farm, solar panels
        consultation: consultation, public consultation, hearing
        consultation responses: consultation responses, objections, comments
        zoning plan: zoning plan, development plan, local plan, detailed plan
        building plots: building plots, plots
        applicants: applicants, applications received
        contract: contract, contracts
        tender: tender, tenders, procurement
        easter: Easter
        maundy thursday: Maundy Thursday
        good friday: Good Friday
        easter monday: Easter Monday
        ascension day: Ascension Day
        whit monday: Whit Monday
        christmas eve: Christmas Eve
        new year's eve: New Year's Eve
        midsummer: Midsummer, Midsummer Eve
        walpurgis night: Walpurgis Night, Walpurgis
        national day: National Day
        public holiday: public holiday, public holidays, bank holiday, bank holidays
        mobile library: mobile library
        raffle: raffle, prize draw, lottery
        fireworks: fireworks, firework display
        flea market: flea market
        stage: stage, main stage
        late fee: late fee, late fees, overdue fine
        salary: salary, wage, wages
        job interview: interview, interviews, job interview
        job application: job application, applications
        driving licence: driving licence, driver's licence, driving license
        vaccination: vaccination, vaccine, jab, flu shot
        flu: flu, influenza
        boil water notice: boil water notice, boil water advice, boil water advisory
        drinking water: drinking water, tap water
        sewer: sewer, sewers, sewerage
        road closure: road closure, closed road
        diversion: diversion, detour
        roadworks: roadworks, road works, construction site
        polling station: polling station, polling stations
        early voting: early voting, postal vote
        polling card: polling card, poll card
        school enrolment: school enrolment, enrolment, enrollment
        local school: local school, catchment school, neighbourhood school
        after-school care: after-school care, after-school club, afternoon care
        salt bin: salt bin, salt bins, grit bin, grit bins
        gritter: gritter, gritters, gritting lorry, gritting lorries
        press contact: press contact, press officer
        vacancy: vacancy, vacancies, job, jobs
        information meeting: information meeting, information evening, public meeting
        fever: fever, high temperature
        febrile seizure: febrile seizure, febrile seizures, febrile convulsion, febrile convulsions
        tick: tick, ticks, tick bite, tick bites
        lyme disease: Lyme disease, borreliosis
        rash: rash
        antibiotics: antibiotics, antibiotic
        pharmacy: pharmacy, chemist
        emergency department: emergency department, accident and emergency, emergency room, minor injuries clinic
        out-of-hours doctor: out-of-hours, out-of-hours GP, out of hours service
        gp: GP, family doctor, general practitioner
        interpreter: interpreter, interpreters, interpreting
        dental care: dental care, dental, dental clinic, dental treatment
        orthodontics: orthodontic treatment, orthodontics, braces
        appointment: appointment, appointments
        hay fever: hay fever, pollen allergy
        pollen: pollen
        allergy: allergy, allergies
        informal carer: carer, carers, unpaid carer, family carer
        reablement: reablement, rehabilitation
        personal alarm: personal alarm, safety alarm, lifeline alarm
        meals on wheels: meals on wheels, meals at home, meal delivery
        parental benefit: parental benefit, temporary parental benefit, parental leave
        doctor's certificate: doctor's certificate, medical certificate, sick note
        deductible: deductible
        waiting time: waiting time, waiting times
        symptoms: symptoms, symptom
        prime minister: prime minister, premier
        minister of justice: minister of justice, justice minister, justice secretary
        foreign minister: foreign minister, minister of foreign affairs, foreign secretary
        political party: political party, party
        army: army, armed forces, military
        soldiers: soldiers, soldier, troops
        battle: battle
        empire: empire
        treaty: treaty
        century: century
        nuclear power plant: nuclear power plant, nuclear power station, nuclear plant
        power plant: power plant, power station
        hydropower: hydropower, hydroelectric power, hydroelectricity
        oil: oil
        natural gas: natural gas, gas
        steam: steam
        breakthrough: breakthrough
        captain: captain
        player: player, players
        season: season
        championship: championship, championships
        world cup: world cup, world championship, world championships
        match: match, game
        temperature: temperature, temperatures
        weather: weather
        rain: rain
        night train: night train, night trains
        bus: bus, buses
        flight: flight, flights, plane, aircraft
        camp: camp
        protected area: protected area, nature reserve
        national park: national park
        fortress: fortress, fort
        monastery: monastery, abbey, convent
        cathedral: cathedral
        university: university
        research: research, researchers, researcher
        newspaper: newspaper
        song: song, songs
        singer: singer
        actor: actor, actress
        wife: wife
        husband: husband
        son: son, sons
        daughter: daughter, daughters
        brother: brother, brothers
        sister: sister, sisters
        emperor: emperor
        pope: pope
        bishop: bishop
        priest: priest, vicar
        killed: killed, murdered
        sandbag: sandbag, sandbags
        drinking fountain: drinking fountain, drinking fountains, water fountain
        heatwave: heatwave, heat wave, heat
        air quality: air quality, air pollution
        particulate matter: particulate matter, particulates, PM10
        wood stove: wood stove, wood stoves, wood-burning stove, wood burner
        green roof: green roof, green roofs
        rain barrel: rain barrel, water butt
        rainwater: rainwater, stormwater, surface water
        cloudburst: cloudburst, cloudbursts, torrential rain
        charge point: charge point, charge points, charging point, charger, chargers, charging station
        electric car: electric car, electric cars, electric vehicle, electric vehicles
        climate plan: climate plan, climate strategy
        climate adaptation: climate adaptation, climate change adaptation
        climate neutral: climate neutral, carbon neutral, net zero
        heat pump: heat pump, heat pumps
        speed limit: speed limit
        studded tyres: studded tyres, studded tires
        engineer: engineer
        insurance: insurance, insurer
        basement: basement, basements, cellar
        early childhood education: early childhood education, childcare, day care, daycare
        pre-school class: pre-school class, pre-school education, pre-primary education, preschool education
        course: course, courses
        semester: semester, semesters
        registration: registration, register, sign up
        cancellation: cancel, cancellation, cancelling, withdraw
        adult education centre: adult education centre, adult education center, adult education
        folk high school: folk high school, folk high schools
        tuition fee: tuition fee, tuition fees, tuition
        merger: merger, merge, merged, merging
        income statement: income statement, proof of income, income details
        bus card: bus card, bus pass
        school holidays: school holidays, school holiday
        main building: main building
        motto: motto
        faculty: faculty, faculties
        medical school: medical school, faculty of medicine
        vice-chancellor: vice-chancellor, rector
        signatures: signatures, petition
        solar panels: solar panels, solar cells
        damp: damp, moisture damage, mould, mold
        sports hall: sports hall, gym
        upper secondary school: upper secondary school, upper secondary students, sixth form, high school
        primary school: primary school, primary schools, elementary school
        construction: construction, building work
        school board: school board, school authority
        telephone hours: telephone hours, phone hours, phone lines are open
        participants: participants, attendees, delegates
    """),
    ui=frozen({
        "signin": "Sign in",
        "signin_intro": "This assistant is for signed-in staff. Enter the access key you were given.",
        "access_key": "Access key",
        "signin_wrong": "That key is not right; try again.",
        "title": "Network assistant",
        "intro": "Ask about the networks and projects in the documents. Answers quote the documents and cite them.",
        "placeholder": "Ask a question…",
        "send": "Send",
        "open": "Open the assistant",
        "close": "Close",
        "question_label": "Your question",
        "sources": "Sources",
        "not_found": "Not found in the documents",
        "nearest": "Pages closest to your question (they may not answer it):",
        "thinking": "Searching the documents…",
        "reading": "Reading {sources}…",
        "helpful": "Helpful",
        "not_helpful": "Not helpful",
        "thanks": "Thanks for the feedback",
        "details": "Retrieval details",
        "keyword": "keyword",
        "dense": "dense",
        "fused": "fused",
        "rerank": "re-rank",
        "section": "Section",
        "page": "page",
        "publisher": "Publisher",
        "language": "Language",
        "open_source": "Open the source",
        "error": "Something went wrong",
        "generated": "Written by a language model; every sentence checked against its source",
        "dropped": "sentences removed: not supported by the sources",
        "following_up": "Following up on",
        "search_all": "Search all documents instead",
        "read_as": "Read as",
        "search_as_typed": "Search for what I typed",
        "whole_document": "Whole document",
        "quoted_from": "Quoted from a page in",
        "send_comment": "Send comment",
        "error_network": "The assistant cannot be reached. Check your connection and try again.",
        "error_refused": "This page is not allowed to use the assistant. Ask the intranet administrator to add it.",
        "error_not_ready": "The assistant is not ready yet (the documents are being indexed). Try again in a few "
            "minutes.",
        "error_busy": "Many questions are being answered right now. Wait a moment and try again.",
        "error_signin": "Your session has ended. Reload the page to sign in again.",
        "error_server": "The assistant could not answer because of an error on the server. Try again; if it keeps "
            "happening, tell the intranet administrator.",
        "retry": "Try again",
        "empty_intro": "Ask about networks, projects, contact people or funding, in any language. Answers quote the "
            "documents and link to them.",
        "examples": "Which networks work with elderly care?|Who is the contact person for international "
            "cooperation?|Which networks work on climate?|How can the municipality join a network?",
        "examples_label": "Example questions",
        "covers_documents": "documents",
        "covers_from": "from",
        "covers_updated": "updated",
        "cancel": "Cancel",
        "quoted_fallback": "Quoted from the documents (the language model's answer could not be verified)",
        "dropped_title": "Removed sentences",
        "citation": "Citation",
        "clear": "New conversation",
        "you": "You",
        "assistant": "Assistant",
        "comment": "Comment (optional)",
        "noscript": "The chat needs JavaScript. The JSON API is described at /openapi.json.",
    }),
)
