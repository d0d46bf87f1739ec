"""German language pack."""

from __future__ import annotations

from bm25s import stopwords as _stopwords

from assistant.lang.pack import NAME_NEXT, SOCIAL_SITES, LanguagePack, concept_table, frozen

PACK = LanguagePack(
    code="de",
    name="German",
    aliases=("deu", "ger", "german", "deutsch"),
    stemmer="german",
    stopwords=frozenset(w.lower() for w in _stopwords.STOPWORDS_GERMAN),
    compounding=True,
    function_words=(
        "und", "ist", "welche", "wer", "wie", "für", "mit", "nicht", "von", "der", "die", "das", "was", "wann",
        "hat", "über", "sind", "gibt", "es",
        "wurde", "wurden", "wird",  # auxiliaries: no topic of a question
    ),
    boilerplate_lines=(
        # a news site's line asking to follow it ("Følg Dagsavisen på Facebook og Twitter!", 14 NorQuAD pages)
        rf"folgen sie (?:uns|[\w .'-]{{1,40}}) auf {SOCIAL_SITES}(?:(?:,| und) {SOCIAL_SITES})*",
        # the wiki's tagline over an article saved without its siteSub id
        "aus wikipedia, der freien enzyklopädie",
        "zum inhalt springen", "nach oben", "dpa",
        # feedback widgets and page tools
        r"(?:war|ist) diese (?:seite|informationen?) hilfreich\??", r"seite (?:drucken|teilen|vorlesen|empfehlen)",
        "vorlesen",
    ),
    publication_stamps=(r"(?:zuletzt )?(?:veröffentlicht|aktualisiert|geändert)(?: am)?", "stand:"),
    credit_labels=("foto", "bild", "fotograf", "bildquelle"),
    byline_words=("von",),
    related_cues=("lesen sie (?:auch|mehr)", "mehr zum thema", "auch interessant"),
    back_matter=("einzelnachweise", "anmerkungen", "quellen", "siehe auch", "weblinks", "literatur", "fußnoten"),
    naming_cues=(r"\bhei(?:ß|ss)t\b", r"\bgenannt\b", r"\bsteht \w+ für\b", r"\bvollständige name\b"),
    reading_time_words=("lesezeit", "lesedauer"),
    comment_words=("kommentare?",),
    open_endings=(
        "wenn", "ob", "dass", "als", "und", "oder", "aber", "für", "mit", "von", "zu", "auf", "in", "aus", "ein",
        "eine", "einen", "der", "die", "das", "den", "dem", "ist", "sind", "kann"
    ),
    abbreviations=(
        r"z\.b", "ca", "nr", "tel", "dr", "resp", "bzw", "usw", r"d\.h", r"u\.a", "vgl", "evtl", "ggf", "inkl", "sog",
        "jh", "prof", "str", r"v\.\s?chr", r"n\.\s?chr", "mio", "mrd",
        "geb", "gest", "ehem", "bspw", "insb", "abs", "bd", "hr", "fr", "tsd", "zzgl"
    ),
    months=(
        r"jan(?:uar)?", "jänner", r"feb(?:ruar)?", r"mär(?:z)?", r"apr(?:il)?", "mai", r"jun[i]?", r"jul[i]?",
        r"aug(?:ust)?", r"sept?(?:ember)?", r"okt(?:ober)?", r"nov(?:ember)?", r"dez(?:ember)?"
    ),
    ordinal_before=(
        "am", "im", "vom", "zum", "zur", "beim", "dem", "des", "das", "der", "die", "den", "seit", "bis", "ab"
    ),
    person_pronouns=("er", "sie"),
    anaphora=("es", "sie", "ihr", "ihre", "ihm", "ihn", "dort", "dessen", "deren", "er"),
    continuations=("und",),
    list_cues=(  # "welche" before a noun ("welche Netzwerke"), not before a verb or pronoun ("welche gibt es")
        r"\bwelche\s+(?!(?:ist|sind|war|waren|hat|haben|hatte|hatten|gibt|gab|kann|können|muss|müssen|soll|"
        r"sollen|wird|werden|wurde|wurden|sie|er|es|wir|ihr|du|man|der|die|das|von|in|an|auf|zu|für|mit|"
        r"zeiten|tage|tagen|stunden|uhrzeiten)\b)"  # nor before a time: "welche Tage" asks when
        # nor before a feminine noun in the singular, which "welche" asks for too: one whose ending only the
        # singular has (the plural adds -en: "Auszeichnung(en)", "Organisation(en)", "Partei(en)"), or a frequent
        # head of that kind ("Welche Nummer wählt man bei Lebensgefahr?" was answered as a list, care set)
        r"(?!\w*(?:ung|heit|keit|schaft|ion|tät|ei|nummer|stadt|adresse|straße)\b)\w",
    ),
    # how long, deep, old …: a measure, answered by a number
    number_cues=(
        r"\bwie (?:lang|lange|tief|hoch|groß|breit|weit|alt|warm|schwer)\b",
        r"\bwie viele?\b",
    ),
    # how long something takes: a number or a duration in words answers it ("Beslut fattas inom en månad")
    duration_cues=(r"\bwie lange\b", r"\bwie viel zeit\b", r"\bwie schnell\b", r"\bin welcher frist\b",
                   r"\w*frist(?:en)?\b"),
    duration_phrases=(r"(?:eine[nmr]?|ein) (?:Sekunde|Minute|Stunde|Tag|Woche|Monat|Jahr)\w*",
                      r"(?:einige[nr]?|wenige[nr]?|ein paar) (?:Minuten|Stunden|Tagen?|Wochen|Monaten?|Jahren?)",
                      r"(?:mehrere[nr]?|viele[nr]?) (?:Minuten|Stunden|Tagen?|Wochen|Monaten?|Jahren?)"),
    time_units=(r"sekunden?", r"minuten?", r"stunden?", r"tag(?:e|en)?", r"wochen?", r"monat(?:e|en)?",
                r"jahr(?:e|en)?"),
    count_cues=(r"\bwie viele\b", r"\banzahl\b"),
    number_words=(
        "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig",
        "dreißig", "vierzig", "fünfzig", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn",
        "neunzehn", "sechzig", "siebzig", "achtzig", "neunzig",
        r"hundert(?:e)?", r"tausend(?:e)?", r"dutzend(?:e)?", r"millionen?",
    ),
    frequency_cues=(r"\bwie oft\b",),
    basis_cues=(r"\bbasiert\b", r"\bhängt\b.*\bab\b", r"\bberechnet\b", r"\bbemessen\b", r"\brichtet sich\b"),
    date_cues=(r"\bwann\b", r"\bseit wann\b", r"\bdatum\b", r"\bbis wann\b", r"\bwelche[mns]? jahr",
               r"\w*frist(?:en)?\b"),
    interrogatives=(r"was", r"welche[mnrs]?", r"wer", r"wen", r"wem", r"wessen", r"wie", r"warum", r"wieso",
                    r"weshalb", r"wo", r"wohin", r"woher", r"wann"),
    reason_cues=(r"\bwarum\b", r"\bwieso\b", r"\bweshalb\b", r"\bweswegen\b", r"\baus welchem grund\b"),
    consequence_openers=(r"deshalb", r"daher", r"darum", r"deswegen", r"aus diesem grund", r"folglich", r"somit"),
    cause_openers=(r"(?:das|dies) (?:liegt|lag) daran", r"(?:der grund|die ursache) (?:dafür |hierfür )?(?:ist|war)"),
    pointer_openers=(r"(?:mehr|weitere) informationen", r"mehr (?:dazu|erfahren|lesen)", r"hier klicken",
                     r"lesen sie (?:mehr|weiter)"),
    person_cues=(r"\bkontakt", r"\bansprechpartner", r"\w*telefon", r"\bwer\b",
                 r"\bwie (?:heißt|hieß|heissen|heißen|hießen)\b"),
    address_labels=(r"(?:besucher|post)?(?:adresse|anschrift)",),
    place_cues=(r"\bwo\b", r"\bwohin\b", r"\bwoher\b"),
    phone_as_medium=(r"\bam telefon\b",),
    call_words=(r"anrufen", r"wählen", r"telefon", r"tel\.?"),
    hour_prepositions=(r"um",),
    hour_suffixes=(r"uhr",),
    range_words=(r"bis",),
    day_articles=(r"am", r"zum"),
    month_prepositions=(r"in", r"im", r"seit", r"bis", r"ab"),
    age_times=(r"als (?:er|sie) \w+ Jahre alt war", r"im Alter von \w+", r"mit \w+ Jahren"),
    phone_words=(r"\w*telefon\w*", r"\w*nummer\b", r"\banruf\w*", r"\bwählen\b"),
    email_words=(r"\be-?mail\w*",),
    contact_requests=(
        r"\bkontaktdaten", r"\bkontakte\b", r"\bansprechpartner", r"\b(?:vem|hvem|wer)\b[^?]*\bkontakt",
        r"\w*telefon", r"\be-?mail(?:-?adress\w*)?\b", r"\b(?:welche|unter welcher) nummer\b", r"\banrufen\b",
    ),
    role_cues=(r"\bwer (?:ist|war|sind|waren)(?: der| die| das| jetzt)?",),
    role_exceptions=("zuständig", "verantwortlich", "für"),
    role_heads=("mann", "frau"),
    role_verbs=frozen({"wer leitet": "Leiter", "wer führt": "Führer"}),
    # asks for a person related to one it names ("Who was mayor before Priya Nair?"; a preposition right before the
    # name: "etter krigen" is a time)
    # a deputy, vice or acting holder of a role: a who-question asking for one is not answered by the holder
    deputy_words=(r"stellvertretend\w*", r"Stellvertreter\w*", r"Vize\w*", r"kommissarisch\w*"),
    relation_cues=(rf"vor{NAME_NEXT}", rf"nach{NAME_NEXT}", r"Nachfolger\w*", r"Vorgänger\w*", r"folgte",
                   r"ersetzte", r"verheiratet", r"Ehemann", r"Ehefrau"),
    polar_cues=(r"kann|kannst|darf|muss|ist|sind|gibt|bekomme|bekommt|hat|habe|werden|wird|gilt|enthält|zahlt",),
    hours_cues=(r"\b(?:öffnungs|sprech)zeiten\b",),
    # a cost in the past tense and the plural too ("Wie viel kostete das neue Heizwerk?", "Was kosten die Karten?")
    money_cues=(r"\bkostet\b", r"\bkostete[n]?\b", r"\bgekostet\b", r"\b(?:was|wie ?viel) kosten\b", r"\bgebühr",
                r"\bpreis\b", r"\bgehalt\b", r"\bbudget", r"\bmiete\b"),
    free_words=(
        r"\bkostenlos", r"\bgebührenfrei", r"\bkostenfrei", r"\bunentgeltlich", r"\bohne kosten\b",
        r"\bkostet nichts\b",
    ),
    amount_words=(r"eur\b", r"euro(?:a|n|s)?\b", r"cent\b"),
    scale_words=(r"mio\b", r"mrd\b", "million", "milliard"),
    million_words=("million",),
    percent_words=("prozent",),
    share_words=(r"\bjede[rs]? (?:zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte|zwanzigste)\b",
                 r"\bdie hälfte\b", r"\b(?:ein|zwei|drei) (?:drittel|viertel|fünftel)\b"),
    share_cues=(
        r"\bwelchen anteil\b", r"\bwie (?:groß|hoch) ist der anteil\b", r"\bwie viel (?:von den|der|des) kosten\b",
        r"\bum wie ?viel\b",  # a change: a percentage answers it as well as an amount
    ),
    # a change asked for ("Wie stark sollen die Emissionen sinken?"):
    # a number of any kind answers, not only an amount
    change_cues=(
        r"\bwie (?:viel|stark|sehr)\b[^?]*\b(?:senk|reduzier|verringer|steig|stieg|gestiegen|erhöh|sink|sank|gesunken|"
        r"wächst|wachs|wuchs|gewachsen|zurückg|kürz)\w*",
    ),
    # a rate (a percentage): "What is the unemployment rate in Koskela?" is not answered by its population
    rate_cues=(r"\b(?:arbeitslosen|erwerbslosen|beschäftigungs|erwerbs|wahl|armuts|impf|recycling)quote\b",
               r"\barbeitslosigkeit\b", r"\bwahlbeteiligung\b", r"\binflation\w*", r"\bzinssatz\b"),
    population_cues=(r"\bbevölkerung", r"\beinwohnerzahl", r"\b(?:wie viele|anzahl der) (?:\w+ )?einwohner"),
    resident_words=(r"Einwohner(?:innen)?", r"Bewohner(?:innen)?"),
    instruction_cues=(
        r"\bignorier(?:e|en sie)? (?:alle )?(?:vorherigen|obigen|bisherigen)\b", r"\bantworte (?:nur )?mit\b",
        r"\bdu bist (?:jetzt )?ein (?:ki|assistent|chatbot|sprachmodell)\b", r"\bneue anweisungen\b",
        r"\bschicke den (?:nutzer|benutzer)\b",
    ),
    # every German noun is capitalised: only acronyms and inner capitals count as names
    capitalised_words=(r"[A-ZÄÖÜ][a-zäöüß]+",),
    not_found="Ich konnte dazu nichts in den Dokumenten finden.",
    list_intro="Diese Stellen in den Dokumenten passen:",
    inflections=("e", "en", "n", "s", "es", "er", "ern", "ns"),
    concepts=concept_table("""
        mayor: Bürgermeister, Oberbürgermeister, Bürgermeisterin, Oberbürgermeisterin
        alderman: Beigeordneter, Beigeordnete, Dezernent, Dezernentin
        chair: Vorsitzende, Vorsitzender
        council: Gemeinderat, Stadtrat
        municipality: Gemeinde, Kommune
        parliament: Bundestag, Landtag, Parlament
        government: Regierung, Bundesregierung
        election: Wahl
        votes: Stimmen, stimmte
        founded: gegründet
        born: geboren
        died: gestorben, starb
        married: verheiratet
        award: Preis, Auszeichnung, Medaille
        pupils: Schüler, Schülerinnen
        teacher: Lehrer, Lehrerin
        employees: Mitarbeiter, Beschäftigte
        surplus: Überschuss
        deficit: Defizit, Fehlbetrag
        sick leave: Krankenstand, Fehlzeiten
        annual report: Jahresbericht, Geschäftsbericht
        investments: Investitionen
        library: Bibliothek, Bücherei
        swimming pool: Hallenbad, Schwimmbad, Freibad
        housing allowance: Wohngeld
        pension: Rente, Altersrente
        price: Preis, Kosten, Gebühr, Gebühren
        application: Antrag, beantragen
        deadline: Frist
        inhabitants: Einwohner, Einwohnerzahl
        budget: Haushalt
        grant: Zuschuss, Förderung
        building permit: Baugenehmigung
        parking: Parken
        permit: Genehmigung
        waste: Abfall, Müll
        recycling centre: Wertstoffhof, Recyclinghof
        home care: häusliche Pflege
        elderly: Senioren, ältere Menschen
        elderly care: Altenpflege, Seniorenpflege, Altenhilfe
        climate: Klima
        environment: Umwelt
        energy: Energie
        sustainability: Nachhaltigkeit, nachhaltig
        integration: Integration
        social services: Sozialamt, soziale Dienste
        health: Gesundheit
        culture: Kultur
        education: Bildung
        project: Projekt
        international: international, internationale
        coordinator: Koordinator, Koordinatorin
        contact person: Ansprechperson, Ansprechpartner, Ansprechpartnerin, Kontaktperson, Kontakt
        volunteers: Ehrenamtliche, Freiwillige
        nursing home: Pflegeheim, Seniorenheim
        children: Kinder
        adults: Erwachsene, Erwachsener, Erwachsenen
        kindergarten: Kita, Kindergarten
        ferry: Fähre
        bridge: Brücke
        island: Insel
        lake: See
        river: Fluss
        church: Kirche
        emissions: Emissionen
        opening hours: Öffnungszeiten
        opens: eröffnet, eröffnen
        closed: geschlossen
        waiting list: Warteliste
        discount: Ermäßigung, Rabatt
        free of charge: kostenlos, gebührenfrei
        income: Einkommen
        tax: Steuer
        rent: Miete
        apartment: Wohnung
        twin town: Partnerstadt, Städtepartnerschaft
        cooperation: Zusammenarbeit
        exchange: Austausch
        young people: Jugendliche
        cyclists: Radfahrer, Fahrrad
        designed: entworfen, Architekten
        built: gebaut, Bau
        thesis: Dissertation, promoviert
        father: Vater
        mother: Mutter
        depth: Tiefe, tief
        length: Länge, lang
        height: Höhe, hoch
        area: Fläche
        fish: Fische
        berths: Liegeplätze
        harbour: Hafen
        marina: Jachthafen, Yachthafen
        postpone: aufschieben
        benefit: Leistung
        secretariat: Sekretariat, Geschäftsstelle
        network: Netzwerk
        working group: Arbeitsgruppe
        conference: Konferenz, Tagung
        school: Schule
        hospital: Krankenhaus, Klinik
        museum: Museum
        railway station: Bahnhof
        train: Zug
        company: Unternehmen, Firma
        factory: Fabrik
        visitors: Besucher, Gäste
        bulky waste: Sperrmüll
        garden waste: Gartenabfall, Grünschnitt
        collection: Abholung, Abfuhr
        appeal: Widerspruch
        decision: Entscheidung, Bescheid
        assets: Vermögen
        funding: Finanzierung, Förderung
        capital: Hauptstadt
        war: Krieg
        village: Dorf
        association: Verein
        book: Buch
        nurses: Pflegekräfte, Pflegekraft, Krankenschwester
        doctors: Ärzte, Arzt, Ärztin
        patients: Patienten, Patient
        beds: Betten
        rooms: Zimmer, Räume
        passengers: Passagiere, Fahrgäste
        cars: Autos, Pkw
        students: Studierende, Studenten
        households: Haushalte
        police: Polizei
        airport: Flughafen
        wind turbines: Windräder, Windkraftanlagen
        castle: Schloss, Burg
        festival: Festival
        architect: Architekt, Architektin
        owner: Eigentümer, Besitzer, gehört
        contractor: Bauunternehmen, Generalunternehmer
        tickets: Fahrkarten, Tickets, Eintrittskarten
        complaint: Beschwerde, Beschwerden
        trees: Bäume, Baum
        mill: Mühle
        windmill: Windmühle
        watermill: Wassermühle
        certificate: Bescheinigung, Attest
        housing adaptation: Wohnraumanpassung, Wohnungsanpassung
        fine: Bußgeld, Geldstrafe
        fee: Gebühr, Gebühren
        unemployment: Arbeitslosigkeit, Arbeitslose
        flood: Hochwasser, Überschwemmung
        fire: Brand, Feuer
        accident: Unfall
        court: Gericht
        prison: Gefängnis, Haft
        snow: Schnee
        king: König
        queen: Königin
        mountain: Berg
        border: Grenze
        coast: Küste
        forest: Wald
        tram: Straßenbahn
        stops: Haltestellen, Haltestelle
        elected: gewählt
        sentenced: verurteilt
        arrested: festgenommen
        injured: verletzt
        coach: Trainer
        director: Direktor, Leiter
        headteacher: Schulleiter, Schulleiterin, Rektor, Rektorin
        immigrants: Einwanderer, Zuwanderer
        refugees: Flüchtlinge
        disability: Behinderung
        health centre: Gesundheitszentrum
        dentist: Zahnarzt
        social assistance: Sozialhilfe, Bürgergeld
        snow clearing: Winterdienst, Schneeräumung
        electricity: Strom
        heating: Heizung
        ships: Schiffe, Schiff, Boote
        shipyard: Werft
        horses: Pferde, Pferd
        cows: Kühe, Rinder
        birds: Vögel, Vogel
        animals: Tiere
        species: Arten
        seats: Sitze
        goals: Tore
        medals: Medaillen, Medaille
        houses: Häuser
        buildings: Gebäude
        tower: Turm
        manor house: Herrenhaus, Gutshaus
        dike: Deich
        pumping station: Pumpwerk, Schöpfwerk
        archive: Archiv
        drawings: Zeichnungen
        exhibition: Ausstellung
        competition: Wettbewerb
        demolished: abgerissen
        graduated: Abschluss
        renovated: saniert, renoviert
        mentioned: erwähnt
        lighthouse: Leuchtturm
        meeting: Sitzung, Versammlung
        agenda: Tagesordnung
        proposal: Antrag, Vorschlag, Beschlussvorlage
        committee: Ausschuss
        councillors: Gemeinderäte, Gemeinderätinnen, Stadträte, Ratsmitglieder
        chief executive: Verwaltungsleiter, Hauptamtsleiter
        property tax: Grundsteuer
        municipal tax: Gemeindesteuer
        loan: Darlehen, Kredit
        playground: Spielplatz
        artificial turf: Kunstrasen, Kunstrasenplatz
        cycle path: Radweg, Fahrradweg
        fire brigade: Feuerwehr, Löschfahrzeug, Feuerwehrfahrzeug
        school transport: Schülerbeförderung, Schulbus
        head of education: Schulamtsleiter, Bildungsdezernent
        solar park: Solarpark, Photovoltaikanlage, Solaranlage
        consultation: Anhörung, Auslegung, Bürgerbeteiligung
        consultation responses: Stellungnahmen, Einwendungen
        zoning plan: Bebauungsplan
        building plots: Bauplätze, Baugrundstücke
        applicants: Bewerber, Bewerberinnen
        contract: Vertrag, Auftrag
        tender: Ausschreibung, Vergabe
        easter: Ostern
        maundy thursday: Gründonnerstag
        good friday: Karfreitag
        easter monday: Ostermontag
        ascension day: Christi Himmelfahrt
        whit monday: Pfingstmontag
        christmas eve: Heiligabend
        new year's eve: Silvester
        midsummer: Mittsommer, Johannistag
        walpurgis night: Walpurgisnacht
        national day: Nationalfeiertag, Tag der Deutschen Einheit
        public holiday: Feiertag, Feiertagen, Feiertage
        mobile library: Bücherbus, Fahrbibliothek
        raffle: Verlosung, Tombola
        fireworks: Feuerwerk, Musikfeuerwerk
        flea market: Flohmarkt, Kinderflohmarkt
        stage: Bühne
        late fee: Säumnisgebühr, Mahngebühr, Versäumnisgebühr
        salary: Gehalt, Vergütung, Entgelt
        job interview: Vorstellungsgespräch, Vorstellungsgespräche, Bewerbungsgespräch
        job application: Bewerbung, Bewerbungen, Bewerbungsportal
        driving licence: Führerschein
        vaccination: Impfung, Impfstoff, Impfstelle
        flu: Grippe
        boil water notice: Abkochgebot, Abkochempfehlung
        drinking water: Trinkwasser
        sewer: Abwasserkanal, Kanalisation
        road closure: Sperrung, Vollsperrung
        diversion: Umleitung
        roadworks: Baustelle, Bauarbeiten
        polling station: Wahllokal, Wahllokale
        early voting: Briefwahl
        polling card: Wahlbenachrichtigung
        school enrolment: Schulanmeldung, Einschulung
        local school: Sprengelschule, Grundschulbezirk
        after-school care: Nachmittagsbetreuung, Hort
        salt bin: Streugutbehälter, Streukiste
        gritter: Streufahrzeug, Streufahrzeuge
        press contact: Pressesprecher, Pressestelle
        vacancy: Stellenangebot, Stellenausschreibung, Stelle
        information meeting: Bürgerinformation, Informationsveranstaltung, Bürgerversammlung
        fever: Fieber
        febrile seizure: Fieberkrampf, Fieberkrämpfe
        tick: Zecke, Zecken, Zeckenbiss
        lyme disease: Borreliose
        rash: Ausschlag, Hautausschlag
        antibiotics: Antibiotika, Antibiotikum
        pharmacy: Apotheke
        emergency department: Notaufnahme, Notfallambulanz
        out-of-hours doctor: Bereitschaftsdienst, ärztlicher Bereitschaftsdienst
        gp: Hausarzt, Hausärztin, Hausarztpraxis
        interpreter: Dolmetscher, Dolmetscherin
        dental care: Zahnbehandlung, Zahnklinik
        orthodontics: Kieferorthopädie, Zahnspange
        appointment: Termin, Termine, Terminvereinbarung
        hay fever: Heuschnupfen, Pollenallergie
        pollen: Pollen, Pollenflug
        allergy: Allergie, Allergien
        informal carer: pflegende Angehörige
        reablement: Rehabilitation, Reha
        personal alarm: Hausnotruf
        meals on wheels: Essen auf Rädern
        parental benefit: Elterngeld, Kinderkrankengeld
        doctor's certificate: Attest, Krankschreibung
        deductible: Selbstbeteiligung, Eigenanteil
        waiting time: Wartezeit
        symptoms: Symptome
        prime minister: Ministerpräsident, Premierminister, Bundeskanzler
        minister of justice: Justizminister, Justizministerin
        foreign minister: Außenminister, Außenministerin
        political party: Partei
        army: Armee, Heer, Bundeswehr
        soldiers: Soldaten, Soldat, Truppen
        battle: Schlacht
        empire: Imperium, Kaiserreich
        treaty: Vertrag, Abkommen
        century: Jahrhundert
        nuclear power plant: Kernkraftwerk, Atomkraftwerk
        power plant: Kraftwerk
        hydropower: Wasserkraft
        oil: Öl, Erdöl
        natural gas: Erdgas, Gas
        steam: Dampf
        breakthrough: Durchbruch
        captain: Kapitän
        player: Spieler, Spielerin
        season: Saison
        championship: Meisterschaft
        world cup: Weltmeisterschaft, Weltcup
        match: Spiel, Partie
        temperature: Temperatur
        weather: Wetter
        rain: Regen
        night train: Nachtzug
        bus: Bus
        flight: Flug, Flugzeug
        camp: Lager
        protected area: Naturschutzgebiet, Schutzgebiet
        national park: Nationalpark
        fortress: Festung
        monastery: Kloster, Abtei
        cathedral: Dom, Kathedrale
        university: Universität
        research: Forschung, Forscher
        newspaper: Zeitung
        song: Lied
        singer: Sänger, Sängerin
        actor: Schauspieler, Schauspielerin
        wife: Ehefrau
        husband: Ehemann
        son: Sohn, Söhne
        daughter: Tochter, Töchter
        brother: Bruder, Brüder
        sister: Schwester, Schwestern
        emperor: Kaiser
        pope: Papst
        bishop: Bischof
        priest: Pfarrer, Priester
        killed: getötet, ermordet
        sandbag: Sandsack, Sandsäcke
        drinking fountain: Trinkbrunnen
        heatwave: Hitze, Hitzewelle
        air quality: Luftqualität, Luftverschmutzung
        particulate matter: Feinstaub
        wood stove: Kaminofen, Holzofen
        green roof: Gründach, Dachbegrünung
        rain barrel: Regentonne
        rainwater: Regenwasser, Niederschlagswasser
        cloudburst: Starkregen, Wolkenbruch
        charge point: Ladepunkt, Ladesäule, Ladestation
        electric car: Elektroauto, E-Auto, Elektrofahrzeug, Elektrofahrzeuge
        climate plan: Klimaschutzplan, Klimaschutzkonzept
        climate adaptation: Klimaanpassung
        climate neutral: klimaneutral
        heat pump: Wärmepumpe
        speed limit: Tempolimit, Geschwindigkeitsbegrenzung
        studded tyres: Spikereifen
        engineer: Ingenieur, Ingenieurin
        insurance: Versicherung
        basement: Keller
        early childhood education: Kinderbetreuung, Kindertagesbetreuung, Kita
        pre-school class: Vorschule, Vorschulklasse
        course: Kurs, Kurse, Kurses
        semester: Semester, Semesters
        registration: Anmeldung, anmelden, Anmeldeschluss
        cancellation: Rücktritt, Abmeldung, stornieren, Stornierung
        adult education centre: Volkshochschule, VHS
        folk high school: Heimvolkshochschule
        tuition fee: Studiengebühr, Studiengebühren, Kursgebühr, Kursgebühren
        merger: Fusion, Zusammenlegung, fusionieren
        income statement: Einkommensnachweis, Einkommenserklärung
        bus card: Busfahrkarte, Schülerticket, Buskarte
        school holidays: Schulferien
        main building: Hauptgebäude
        motto: Motto, Wahlspruch
        faculty: Fakultät, Fakultäten
        medical school: medizinische Fakultät
        vice-chancellor: Rektor, Rektorin
        signatures: Unterschriften, Unterschriftensammlung
        solar panels: Solarzellen, Solaranlage, Photovoltaik
        damp: Feuchtigkeitsschäden, Feuchtigkeit, Schimmel
        sports hall: Sporthalle, Turnhalle
        upper secondary school: Gymnasium, gymnasiale Oberstufe
        primary school: Grundschule, Grundschulen
        construction: Baubeginn, Bauarbeiten
        school board: Schulträger, Schulvorstand
        telephone hours: Telefonzeiten, telefonische Sprechzeiten
        participants: Teilnehmer, Teilnehmende
    """),
    gaps=frozen({
        "plural_endings": "plurals end in -en, -e, -er like plural verbs (\"Menschen leben\")",
        "from_words": "\"ab 9 Uhr\" says its hour with \"Uhr\" (`hour_suffixes`); \"ab\" is not listed yet",
        "month_cases": "a month is dated by a preposition before it (`month_prepositions`)",
        "clock_words": "German says the hour with 'um', an ordinary preposition too ('um 5 Prozent'), read as a date's "
                       "evidence only",
        "article_phrases": "no word of its anaphora list doubles as a definite article",
        "link_notes": "no German link annotations seen in any collection yet",
    }),
    ui=frozen({
        "signin": "Anmelden",
        "signin_intro": "Dieser Assistent ist für angemeldete Mitarbeitende. Geben Sie den Zugangsschlüssel ein, den "
            "Sie erhalten haben.",
        "access_key": "Zugangsschlüssel",
        "signin_wrong": "Der Schlüssel stimmt nicht; versuchen Sie es noch einmal.",
        "title": "Netzwerk-Assistent",
        "intro": "Fragen Sie nach den Netzwerken und Projekten in den Dokumenten. Die Antworten zitieren die Dokumente "
            "und nennen die Quelle.",
        "placeholder": "Stellen Sie eine Frage…",
        "send": "Senden",
        "open": "Assistenten öffnen",
        "close": "Schließen",
        "question_label": "Ihre Frage",
        "sources": "Quellen",
        "not_found": "Nicht in den Dokumenten gefunden",
        "nearest": "Seiten, die Ihrer Frage am nächsten kommen (sie beantworten sie vielleicht nicht):",
        "thinking": "Die Dokumente werden durchsucht…",
        "reading": "Lese {sources}…",
        "helpful": "Hilfreich",
        "not_helpful": "Nicht hilfreich",
        "thanks": "Danke für die Rückmeldung",
        "details": "Suchdetails",
        "keyword": "Stichwort",
        "dense": "semantisch",
        "fused": "kombiniert",
        "rerank": "Neubewertung",
        "section": "Abschnitt",
        "page": "Seite",
        "publisher": "Herausgeber",
        "language": "Sprache",
        "open_source": "Quelle öffnen",
        "error": "Etwas ist schiefgelaufen",
        "generated": "Von einem Sprachmodell geschrieben; jeder Satz mit seiner Quelle abgeglichen",
        "dropped": "Sätze entfernt: von den Quellen nicht gestützt",
        "following_up": "Anschlussfrage zu",
        "search_all": "Stattdessen in allen Dokumenten suchen",
        "read_as": "Gelesen als",
        "search_as_typed": "Nach meiner Eingabe suchen",
        "whole_document": "Ganzes Dokument",
        "quoted_from": "Zitiert aus einer Seite auf",
        "send_comment": "Kommentar senden",
        "error_network": "Der Assistent ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es noch "
            "einmal.",
        "error_refused": "Diese Seite darf den Assistenten nicht verwenden. Bitten Sie die Intranet-Administration, "
            "sie hinzuzufügen.",
        "error_not_ready": "Der Assistent ist noch nicht bereit (die Dokumente werden indexiert). Versuchen Sie es in "
            "einigen Minuten noch einmal.",
        "error_busy": "Gerade werden viele Fragen beantwortet. Warten Sie einen Moment und versuchen Sie es noch "
            "einmal.",
        "error_signin": "Ihre Sitzung ist abgelaufen. Laden Sie die Seite neu, um sich wieder anzumelden.",
        "error_server": "Der Assistent konnte wegen eines Serverfehlers nicht antworten. Versuchen Sie es noch einmal; "
            "wenn es wieder passiert, wenden Sie sich an die Intranet-Administration.",
        "retry": "Noch einmal versuchen",
        "empty_intro": "Fragen Sie nach Netzwerken, Projekten, Ansprechpersonen oder Förderung, in jeder Sprache. Die "
            "Antworten zitieren die Dokumente und verlinken sie.",
        "examples": "Welche Netzwerke arbeiten zur Altenpflege?|Wer ist Ansprechperson für internationale "
            "Zusammenarbeit?|Welche Netzwerke arbeiten zum Klima?|Wie kann die Gemeinde einem Netzwerk beitreten?",
        "examples_label": "Beispielfragen",
        "covers_documents": "Dokumente",
        "covers_from": "von",
        "covers_updated": "aktualisiert",
        "cancel": "Abbrechen",
        "quoted_fallback": "Aus den Dokumenten zitiert (die Antwort des Sprachmodells ließ sich nicht prüfen)",
        "dropped_title": "Entfernte Sätze",
        "citation": "Quelle",
        "clear": "Neues Gespräch",
        "you": "Sie",
        "assistant": "Assistent",
        "comment": "Kommentar (optional)",
        "noscript": "Der Chat braucht JavaScript. Die JSON-API ist unter /openapi.json beschrieben.",
    }),
)
