"""Finnish language pack."""

from __future__ import annotations

from assistant.lang.pack import LanguagePack, concept_table, frozen

PACK = LanguagePack(
    code="fi",
    name="Finnish",
    aliases=("fin", "finnish", "suomi"),
    stemmer="finnish",
    # Function words only (the Snowball list's kind; bm25s ships none for Finnish): forms of olla and the
    # negation verb, pronouns in their common cases, question words, conjunctions and particles.
    stopwords=frozenset("""
        on ovat oli olivat ole olen olet olemme olette ollut olleet olisi olisivat onko ovatko oliko olla
        ei eivät en et emme ette eikä
        minä sinä hän me te he se ne tämä tuo nämä nuo minun sinun hänen meidän teidän heidän minua sinua
        häntä meitä teitä heitä sen niiden sitä niitä tätä näitä tämän näiden siitä siihen sille siinä
        niistä niihin niille niissä tässä tähän tästä tälle näistä näihin näille näissä
        joka jotka jonka joiden jota joita jossa joissa josta joista johon joihin jolle joille
        mikä mitkä mitä minkä missä mistä mihin mille kuka ketkä kenen ketä kenelle keneltä
        miten miksi milloin kuinka millainen millaiset
        ja tai sekä mutta että kun jos koska vaikka kuin eli myös vain jo vielä nyt sitten niin kuten
        sekä siis mm noin kanssa ennen jälkeen kautta ilman mukaan
        täällä siellä tänne sinne täältä sieltä
    """.split()),  # noqa: SIM905 - one word list, readable
    boilerplate_lines=(
        # a news site's line asking to follow it ("Følg Dagsavisen på Facebook og Twitter!", 14 NorQuAD pages)
        r"seuraa (?:meitä|[\w .'-]{1,40}) (?:facebookissa|twitterissä|instagramissa|x:ssä)",
        # the wiki's tagline over an article saved without its siteSub id
        "wikipediasta,? vapaasta tietosanakirjasta",
        "siirry sisältöön", "takaisin ylös", "stt",
        # feedback widgets and read-aloud buttons
        r"oliko (?:sivusta|tästä sivusta|tiedosta) (?:apua|hyötyä)\??", "kuuntele",
    ),
    publication_stamps=(r"(?:julkaistu|päivitetty|muokattu)",),
    credit_labels=("kuva", "kuvaaja"),
    byline_words=("teksti", "kirjoittaja"),
    related_cues=("lue (?:myös|lisää)",),
    back_matter=("lähteet", "viitteet", "katso myös", "aiheesta muualla", "kirjallisuutta"),
    naming_cues=(r"\bkutsutaan\b", r"\bnimi\b", r"\btarkoittaa\b"),
    reading_time_words=("lukuaika",),
    comment_words=("kommenttia?", "kommentit"),
    open_endings=("kun", "jos", "että", "joka", "ja", "tai", "mutta", "kuten", "sekä"),
    abbreviations=(
        "esim", "ym", "jne", "ks", "mm", "klo", "n", "noin", "ns", "tms", "yms", "vrt", "ts", "puh", "milj", "mrd",
        "tri"
    ),
    months=(
        r"tammi(?:k|kuu\w*)", r"helmi(?:k|kuu\w*)", r"maalis(?:k|kuu\w*)", r"huhti(?:k|kuu\w*)", r"touko(?:k|kuu\w*)",
        r"kesä(?:k|kuu\w*)", r"heinä(?:k|kuu\w*)", r"elo(?:k|kuu\w*)", r"syys(?:k|kuu\w*)", r"loka(?:k|kuu\w*)",
        r"marras(?:k|kuu\w*)", r"joulu(?:k|kuu\w*)"
    ),
    person_pronouns=("hän", "he"),
    anaphora=("se", "sen", "ne", "niiden", "siellä", "hän", "hänen"),
    continuations=("entä", "ja"),
    # before a noun, not "ovat", nor a time ("mitkä päivät" asks when)
    list_cues=(r"\bmitkä\s+(?!(?:ovat|on|olivat|oli|ne|he|me|te|sinä|minä|ajat|päivät|tunnit|kellonajat)\b)\w",),
    # how long, deep, old …: a measure, answered by a number
    number_cues=(
        r"\bkuinka (?:pitkä|syvä|korkea|suuri|leveä|kaukana|vanha|lämmin|painava)\b",
        r"\bkuinka (?:monta|paljon)\b", r"\bpaljonko\b", r"\bmontako\b",
    ),
    # how long something takes: a number or a duration in words answers it ("Beslut fattas inom en månad")
    duration_cues=(r"\bkuinka (?:kauan|pitkään|nopeasti)\b", r"\bkauanko\b", r"\bmissä ajassa\b", r"\bmääräaika\w*"),
    duration_phrases=(r"(?:sekunnin|minuutin|tunnin|päivän|viikon|kuukauden|vuoden) (?:kuluessa|sisällä|aikana|päästä)",
                      r"(?:muutam|use|mon)\w* (?:minuu|tun|päiv|viiko|kuukau|vuo)\w*"),
    time_units=(r"sekun\w+", r"minuu\w+", r"tun(?:ti|nin|tia|nissa|nit)", r"\w*päiv\w+", r"viik\w+", r"kuukau\w+",
                r"vuo(?:si|den|tta|dessa|sia)"),  # compounds too: "seitsemän arkipäivän"
    count_cues=(r"\bkuinka monta\b", r"\bmontako\b"),  # not "määrä": a quantity or an amount of money
    number_words=(
        r"kaksi|kahde\w*", r"kolm\w+", r"nelj\w+", r"viisi|viide\w*", r"kuusi|kuude\w*", r"seitsem\w+",
        r"kahdeksa\w*", r"yhdeksä\w*", r"kymmen\w*", r"sata|sada\w*|satoja", r"tuhat|tuhan\w*|tuhansia",
        r"miljoon\w*",
        # teens and tens are one word: "kaksitoista" (12), "kolmekymmentä" (30)
        r"(?:yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän)(?:toista|kymmentä)\w*",
    ),
    frequency_cues=(r"\bkuinka usein\b",),
    basis_cues=(r"\bperustuu\b", r"\bmääräytyy\b", r"\briippuu\b", r"\blasketaan\b"),
    date_cues=(r"\bmilloin\b", r"\bminä vuonna\b", r"\bmääräaika"),
    interrogatives=(r"mikä", r"mitä", r"mitkä", r"minkä", r"missä", r"mistä", r"mihin", r"milloin", r"kuka", r"ketkä",
                    r"kenen", r"keitä", r"kenelle", r"miksi", r"miten", r"kuinka", r"montako", r"paljonko",
                    r"millainen", r"minne"),
    reason_cues=(r"\bmiksi\b", r"\bmiksei\b", r"\bmistä syystä\b", r"\bminkä vuoksi\b"),
    consequence_openers=(r"siksi", r"sen vuoksi", r"tämän vuoksi", r"tästä syystä", r"näin ollen"),
    cause_openers=(r"(?:tämä|se) johtu(?:u|i)", r"syy(?:nä)? (?:tähän |tälle )?(?:on|oli)"),
    pointer_openers=(r"lisätietoja", r"lue (?:lisää|myös)", r"klikkaa tästä"),
    # "Ota yhteyttä" (get in touch), "mihin numeroon soitan" (which number do I call) ask how to reach someone
    person_cues=(r"\byhteyshenkilö", r"\w*puhel(?:in|im)", r"\bsähköposti", r"\bkuka\b", r"\bedustaja", r"\byhteyttä\b",
                 r"\bnumero(?:on|sta)\b", r"\bsoit(?:an|taa|etaan)\b",
                 # a name asked for: "Mikä on uuden kirjaston nimi?", "Minkä niminen …", "Mikä … on nimeltään?"
                 r"\bmikä (?:on|oli)\b[^?]{0,40}\bnimi\b", r"\bminkä nimi", r"\bnimeltään\b"),
    address_labels=(r"(?:käynti|posti)?osoite",),
    place_cues=(r"\bmissä\b", r"\bmihin\b", r"\bmistä\b"),
    phone_as_medium=(r"\bpuhelimessa\b",),
    call_words=(r"soita", r"puh\.?", r"puhelin"),
    clock_words=(r"klo\.?", r"kello"),
    month_cases=(r"\w+kuussa",),
    age_times=(r"\w+-vuotiaana", r"\w+ vuoden iässä"),
    phone_words=(r"\w*puhel\w*", r"\bnumero\w*", r"\bsoit\w*"),
    email_words=(r"\bsähköpost\w*",),
    contact_requests=(r"\byhteyshenkilö", r"\byhteystied", r"\bsähköpost", r"\w*puhel(?:in|im)", r"\byhteyttä\b",
                      r"\bnumero(?:on|sta)\b", r"\bsoit(?:an|taa|etaan)\b"),
    # the verb and "hinta" inflected too: "Paljonko liput maksavat?", "Mitkä ovat hinnat?"
    # the role after the genitives that name whose role it is ("Kuka on kirjaston johtaja?", "Kuka on Porinlahden
    # kaupunginjohtaja?"), not a genitive itself
    role_cues=(r"\bkuka (?:on|oli)(?: nyt)?(?:\s+\w+n)*(?=\s+\w*[^\Wn]\b)",),
    role_exceptions=("vastuussa", "vastaa"),
    role_verbs=frozen({"kuka johtaa": "johtaja", "kuka vetää": "vetäjä"}),
    # asks for a person related to one it names ("Who was mayor before Priya Nair?"; a preposition right before the
    # name: "etter krigen" is a time)
    # a deputy, vice or acting holder of a role: a who-question asking for one is not answered by the holder
    deputy_words=(r"vara(?:puheenjohtaj|pormestar|valtuutet|jäsen)\w*", r"apulais\w+", r"sijai\w+"),
    relation_cues=(r"(?-i:[A-ZÅÄÖ])\w+n (?:ennen|jälkeen)", r"seuraaja\w*", r"edeltäjä\w*", r"naimisissa",
                   r"puoliso\w*"),
    polar_cues=(r"(?!paljonko|montako|kuinkako|maksaako|maksavatko)\w+(?:ko|kö)",),  # not "does it cost"
    hours_cues=(r"\baukioloaj\w*",),
    money_cues=(r"\bmaks(?:aa|avat|oi|oivat|ettiin)(?:ko|kö)?\b", r"\bhinta", r"\bhinn(?:at|an|oi)", r"\bmaksu\b",
                r"\bbudjet", r"\bpalk(?:ka|an|at)\b", r"\bvuokra"),
    free_words=(r"\bilmai", r"\bmaksuton", r"\bmaksutta\b", r"\bei maksa mitään\b"),
    # inflected ("3,20 eurossa", "eurolla"), but not "17 Europese" of a Dutch sentence
    amount_words=(r"eur\b", r"euro(?:a|n|t|ssa|sta|lla|lta|lle|on|ja|ina|ksi)?\b", r"sentti\w*"),
    scale_words=("miljoona",),
    million_words=("miljoon",),
    percent_words=(r"prosent\w*",),
    share_words=(r"\bjoka (?:toinen|kolmas|neljäs|viides|kuudes|seitsemäs|kahdeksas|yhdeksäs|kymmenes|"
                 r"kahdeskymmenes)\b",
                 r"\bpuolet\b", r"\b(?:kolmannes|neljännes|viidennes)\w*"),
    share_cues=(r"\bkuinka suure[nt]? osa\w*\b", r"\bmikä osuus\b", r"\bmin(?:kä|ä) osuuden\b"),
    # a change asked for ("Kuinka paljon päästöjä vähennetään?"):
    # a number of any kind answers, not only an amount
    change_cues=(
        r"\b(?:kuinka paljon|paljonko)\b[^?]*\b(?:vähen|kasv|kasvo|nous|nouse|pienen|supist|laski\b|laskee\b|"
        r"lisäänty)\w*",
    ),
    # a rate (a percentage): "What is the unemployment rate in Koskela?" is not answered by its population
    rate_cues=(r"\b(?:työttömyys|työllisyys|äänestys|vero|inflaatio)aste\w*", r"\binflaatio\w*", r"\bkorko\w*"),
    population_cues=(
        r"\bväkiluku", r"\bväestö", r"\basukasluku", r"\b(?:kuinka (?:monta|paljon)|montako) (?:\w+ )?asuk",
    ),
    resident_words=(r"asukas\w*",),
    instruction_cues=(
        r"\bohita (?:kaikki )?(?:aiemmat|edelliset|yllä olevat)\b", r"\bvastaa (?:vain )?(?:sanoilla|tekstillä)\b",
        r"\bolet (?:nyt )?(?:tekoäly|avustaja|chatbot|kielimalli)\b", r"\buudet ohjeet\b",
    ),
    not_found="En löytänyt tätä asiakirjoista.",
    list_intro="Nämä asiakirjojen kohdat vastaavat kysymystä:",
    # the stops that alternate in a stem's last syllables (kk/k, pp/p, tt/t, t/d, p/v and the clusters nt/nn, nk/ng,
    # lt/ll, rt/rr, mp/mm); k/- is left out: a consonant that vanishes could be any
    gradation=frozen({"kk": "k", "pp": "p", "tt": "t", "nt": "nn", "nk": "ng", "lt": "ll", "rt": "rr", "mp": "mm",
                      "t": "d", "p": "v"}),
    inflections=("n", "a", "ä", "t", "na", "nä", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle",
                 "ksi", "in", "en", "ja", "jä", "iin", "ihin", "an", "än", "ineen", "issa", "issä", "ista", "istä",
                 "illa", "illä", "ille", "ien", "jen"),
    concepts=concept_table("""
        mayor: pormestari, kaupunginjohtaja
        alderman: apulaispormestari
        chair: puheenjohtaja
        council: valtuusto, kaupunginvaltuusto, kunnanvaltuusto
        municipality: kunta, kaupunki
        parliament: eduskunta
        government: hallitus
        election: vaalit
        votes: äänin, äänesti
        founded: perustettiin, perustettu
        born: syntyi
        died: kuoli
        married: naimisissa
        award: palkinto, mitali
        pupils: oppilaat, oppilasta
        teacher: opettaja
        employees: työntekijät, henkilöstö
        surplus: ylijäämä
        deficit: alijäämä
        sick leave: sairauspoissaolot
        annual report: vuosikertomus
        investments: investoinnit
        library: kirjasto
        swimming pool: uimahalli
        housing allowance: asumistuki
        pension: eläke, kansaneläke
        price: hinta, maksu
        application: hakemus, hakea
        deadline: määräaika
        inhabitants: asukkaat, asukas, asukasluku, väkiluku
        budget: talousarvio, budjetti
        grant: avustus, tuki
        building permit: rakennuslupa
        parking: pysäköinti
        permit: lupa
        waste: jäte, jätteet
        recycling centre: kierrätyskeskus
        home care: kotihoito
        elderly: ikääntyneet, vanhukset
        elderly care: vanhustenhoito, vanhuspalvelut
        climate: ilmasto
        environment: ympäristö
        energy: energia
        sustainability: kestävyys, kestävä
        integration: kotoutuminen, kotouttaminen
        social services: sosiaalipalvelut, sosiaalitoimi
        health: terveys
        culture: kulttuuri
        education: koulutus
        project: hanke, projekti
        international: kansainvälinen
        coordinator: koordinaattori
        contact person: yhteyshenkilö, yhteystiedot
        volunteers: vapaaehtoiset
        nursing home: hoivakoti
        children: lapset
        adults: aikuiset, aikuinen, aikuisten
        kindergarten: päiväkoti
        ferry: lautta
        bridge: silta
        island: saari
        lake: järvi
        river: joki
        church: kirkko
        emissions: päästöt
        opening hours: aukioloajat
        opens: avautuu, avataan
        closed: suljettu
        waiting list: jono
        discount: alennus
        free of charge: maksuton, ilmainen
        income: tulot
        tax: vero
        rent: vuokra
        apartment: asunto
        twin town: ystävyyskaupunki
        cooperation: yhteistyö
        exchange: vaihto
        young people: nuoret
        cyclists: pyöräilijät, pyörä
        designed: suunnitteli, arkkitehti
        built: rakennettiin, rakentaminen
        thesis: väitöskirja, väitteli
        father: isä
        mother: äiti
        depth: syvyys
        length: pituus
        height: korkeus
        area: pinta-ala
        fish: kala, kalat
        berths: venepaikat
        harbour: satama
        marina: venesatama
        postpone: lykätä
        benefit: etuus
        secretariat: sihteeristö
        network: verkosto
        working group: työryhmä
        conference: konferenssi
        school: koulu
        hospital: sairaala
        museum: museo
        railway station: rautatieasema, asema
        train: juna
        company: yritys, yhtiö
        factory: tehdas
        visitors: kävijät, vierailijat
        garden waste: puutarhajäte
        collection: nouto
        appeal: valitus, oikaisuvaatimus
        decision: päätös
        assets: varallisuus
        funding: rahoitus
        capital: pääkaupunki
        war: sota
        village: kylä
        association: yhdistys
        book: kirja
        nurses: sairaanhoitajat, sairaanhoitaja
        doctors: lääkärit, lääkäri
        patients: potilaat, potilas
        beds: vuodepaikat, sängyt
        rooms: huoneet, huonetta
        passengers: matkustajat, matkustajaa
        cars: autot, autoa
        students: opiskelijat, opiskelijaa
        households: kotitaloudet, kotitaloutta
        police: poliisi
        airport: lentoasema, lentokenttä
        wind turbines: tuulivoimalat, tuulivoimala
        castle: linna
        festival: festivaali
        architect: arkkitehti
        owner: omistaja, omistaa
        contractor: urakoitsija
        tickets: liput, lippu
        complaint: valitus, valituksen
        trees: puut, puita
        mill: mylly
        windmill: tuulimylly
        watermill: vesimylly
        certificate: todistus, lausunto
        housing adaptation: asunnon muutostyöt
        fine: sakko, sakot
        fee: maksu
        unemployment: työttömyys, työttömät
        flood: tulva
        fire: tulipalo, palo
        accident: onnettomuus
        court: tuomioistuin, käräjäoikeus
        prison: vankila, vankeus
        snow: lumi, lunta
        king: kuningas
        queen: kuningatar
        mountain: vuori, tunturi
        border: raja, rajalla
        coast: rannikko
        forest: metsä
        tram: raitiovaunu, raitiotie
        stops: pysäkit, pysäkkiä
        elected: valittiin, valittu
        sentenced: tuomittiin, tuomittu
        arrested: pidätettiin, pidätetty
        injured: loukkaantui, loukkaantunut
        coach: valmentaja
        director: johtaja, esihenkilö, esimies
        headteacher: rehtori
        immigrants: maahanmuuttajat
        refugees: pakolaiset
        disability: vamma, vammainen
        health centre: terveyskeskus
        dentist: hammaslääkäri
        social assistance: toimeentulotuki
        snow clearing: lumityöt, auraus
        electricity: sähkö
        heating: lämmitys
        ships: laivat, laivaa, alukset
        shipyard: telakka
        horses: hevoset, hevosta, hevonen
        cows: lehmät, lehmää, nautaa
        birds: linnut, lintuja, lintu
        animals: eläimet, eläintä
        species: lajit, lajia
        seats: paikat, paikkaa
        goals: maalit, maalia
        medals: mitalit, mitalia, mitali
        houses: talot, taloa
        buildings: rakennukset, rakennusta
        tower: torni
        manor house: kartano
        dike: pato, valli, penger, tulvapenger, tulvapenkereet
        pumping station: pumppaamo
        archive: arkisto
        drawings: piirustukset, piirustusta
        exhibition: näyttely
        competition: kilpailu
        demolished: purettiin, purettu
        graduated: valmistui
        renovated: peruskorjattiin, korjattiin, restauroitiin
        mentioned: mainitaan, mainittiin
        lighthouse: majakka
        meeting: kokous, kokouksessa
        agenda: esityslista
        proposal: esitys, ehdotus, aloite
        committee: lautakunta, valiokunta
        councillors: valtuutettu, valtuutetut, valtuutettua
        chief executive: kunnanjohtaja, kaupunginjohtaja
        property tax: kiinteistövero
        municipal tax: kunnallisvero, kunnallisveroprosentti
        loan: laina, lainan
        playground: leikkipuisto, leikkipaikka
        artificial turf: tekonurmi, tekonurmikenttä
        cycle path: pyörätie, kevyen liikenteen väylä
        fire brigade: palokunta, pelastuslaitos, paloauto
        school transport: koulukuljetus, koulukuljetukset, koulukyyti
        head of education: sivistysjohtaja, opetustoimenjohtaja, opetusjohtaja
        solar park: aurinkovoimala, aurinkopuisto, aurinkopaneelit
        consultation: kuuleminen, lausuntokierros
        consultation responses: huomautukset, mielipiteet, lausunnot
        zoning plan: asemakaava
        building plots: tontit, rakennuspaikat
        applicants: hakijat, hakijaa
        contract: sopimus
        tender: kilpailutus, tarjouskilpailu
        easter: pääsiäinen, pääsiäisenä
        maundy thursday: kiirastorstai, kiirastorstaina
        good friday: pitkäperjantai, pitkäperjantaina
        easter monday: toinen pääsiäispäivä, 2. pääsiäispäivä, 2. pääsiäispäivänä
        ascension day: helatorstai, helatorstaina
        whit monday: helluntai
        christmas eve: jouluaatto, jouluaattona
        new year's eve: uudenvuodenaatto
        midsummer: juhannus, juhannusaatto
        walpurgis night: vappuaatto, vappuaattona
        national day: itsenäisyyspäivä
        public holiday: pyhäpäivä, arkipyhä
        mobile library: kirjastoauto
        raffle: arpajaiset, arvonta
        fireworks: ilotulitus
        flea market: kirpputori
        stage: lava, päälava
        late fee: myöhästymismaksu
        salary: palkka, palkkaus
        job interview: työhaastattelu, haastattelu, haastattelut
        job application: työhakemus, hakemus
        driving licence: ajokortti
        vaccination: rokotus, rokote, rokotukset
        flu: influenssa
        boil water notice: keittokehotus
        drinking water: juomavesi, talousvesi
        sewer: viemäri, viemäriverkosto
        road closure: tiesulku
        diversion: kiertotie
        roadworks: tietyö, tietyöt
        polling station: äänestyspaikka, äänestyspaikat
        early voting: ennakkoäänestys
        polling card: äänioikeusilmoitus
        school enrolment: kouluun ilmoittautuminen, ilmoittautuminen
        local school: lähikoulu
        after-school care: iltapäivätoiminta
        salt bin: hiekka-astia, hiekkalaatikko
        gritter: hiekoitusauto
        press contact: tiedottaja, mediayhteydet
        vacancy: avoin työpaikka, työpaikka, virka
        information meeting: tiedotustilaisuus, asukastilaisuus, asukasilta
        fever: kuume, kuumetta
        febrile seizure: kuumekouristus, kuumekouristukset
        tick: punkki, punkit, punkinpurema
        lyme disease: borrelioosi, borrelia
        rash: ihottuma
        antibiotics: antibiootti, antibiootit, antibioottikuuri
        pharmacy: apteekki
        emergency department: päivystys, yhteispäivystys
        out-of-hours doctor: päivystys, päivystysvastaanotto
        gp: omalääkäri, yleislääkäri
        interpreter: tulkki, tulkkaus
        dental care: hammashoito, hammashoitola, hammashoitolat, suun terveydenhuolto
        orthodontics: oikomishoito
        appointment: ajanvaraus, vastaanottoaika
        hay fever: siitepölyallergia, heinänuha
        pollen: siitepöly
        allergy: allergia, allergiat
        informal carer: omaishoitaja, omaishoitajat
        reablement: kuntoutus
        personal alarm: turvapuhelin, turvaranneke
        meals on wheels: ateriapalvelu, kotiateria
        parental benefit: vanhempainraha, vanhempainvapaa
        doctor's certificate: lääkärintodistus
        deductible: omavastuu
        waiting time: odotusaika, jonotusaika
        symptoms: oireet, oire
        prime minister: pääministeri
        minister of justice: oikeusministeri
        foreign minister: ulkoministeri
        political party: puolue
        army: armeija, puolustusvoimat
        soldiers: sotilaat, sotilas, joukot
        battle: taistelu
        empire: keisarikunta, imperiumi
        treaty: sopimus
        century: vuosisata, vuosisadalla
        nuclear power plant: ydinvoimala
        power plant: voimala, voimalaitos
        hydropower: vesivoima
        oil: öljy
        natural gas: maakaasu, kaasu
        steam: höyry
        breakthrough: läpimurto
        captain: kapteeni
        player: pelaaja, pelaajat
        season: kausi, kaudella
        championship: mestaruus, mestaruuskilpailut
        world cup: maailmanmestaruus, maailmancup
        match: ottelu
        temperature: lämpötila
        weather: sää
        rain: sade
        night train: yöjuna
        bus: bussi
        flight: lento, lentokone
        camp: leiri
        protected area: luonnonsuojelualue, suojelualue
        national park: kansallispuisto
        fortress: linnoitus
        monastery: luostari
        cathedral: tuomiokirkko, katedraali
        university: yliopisto
        research: tutkimus, tutkijat, tutkija
        newspaper: sanomalehti
        song: laulu, kappale
        singer: laulaja
        actor: näyttelijä
        wife: vaimo
        husband: aviomies
        son: poika, pojat
        daughter: tytär, tyttäret
        brother: veli, veljet
        sister: sisar, sisko, sisaret
        emperor: keisari
        pope: paavi
        bishop: piispa
        priest: pappi, kirkkoherra
        killed: tapettiin, murhattiin
        sandbag: hiekkasäkki, hiekkasäkit
        drinking fountain: juomavesipiste
        heatwave: helle, helleaalto
        air quality: ilmanlaatu, ilmansaasteet
        particulate matter: pienhiukkaset, katupöly
        wood stove: puukamiina, takka
        green roof: viherkatto
        rain barrel: sadevesitynnyri
        rainwater: sadevesi, hulevesi
        cloudburst: rankkasade, kaatosade
        charge point: latauspiste, latausasema
        electric car: sähköauto, sähköautot, sähköajoneuvo
        climate plan: ilmasto-ohjelma, ilmastosuunnitelma
        climate adaptation: ilmastonmuutokseen sopeutuminen
        climate neutral: hiilineutraali
        heat pump: lämpöpumppu, maalämpö
        speed limit: nopeusrajoitus
        studded tyres: nastarenkaat
        engineer: insinööri
        insurance: vakuutus, vakuutusyhtiö
        basement: kellari
        early childhood education: varhaiskasvatus, varhaiskasvatuksen, varhaiskasvatukseen, varhaiskasvatuksessa
        pre-school class: esiopetus, esiopetuksen, esiopetukseen, esiopetuksessa
        course: kurssi, kurssit, kurssin, kurssille, kurssilla
        semester: lukukausi, lukukauden, lukukaudessa
        registration: ilmoittautuminen, ilmoittautua, ilmoittautumisen
        cancellation: peruutus, peruuttaa, perua, peruminen
        adult education centre: kansalaisopisto, työväenopisto, kansalaisopiston
        folk high school: kansanopisto, kansanopiston
        tuition fee: lukukausimaksu, kurssimaksu, lukukausimaksut
        merger: yhdistyminen, yhdistäminen, yhdistyvät, kuntaliitos
        income statement: tuloselvitys, tuloselvityksen, tulotiedot
        bus card: bussikortti, bussikortin
        school holidays: koulujen loma, koululoma, koulujen lomat
        main building: päärakennus, päärakennuksen
        motto: motto, tunnuslause
        faculty: tiedekunta, tiedekunnan, tiedekuntaa
        medical school: lääketieteellinen tiedekunta, lääketieteellisen tiedekunnan
        vice-chancellor: rehtori
        signatures: allekirjoitukset, nimeä, adressi
        solar panels: aurinkopaneelit, aurinkopaneeleita
        damp: kosteusvauriot, kosteusvaurioita, kosteusvaurio, home
        sports hall: liikuntahalli, urheiluhalli, liikuntasali
        upper secondary school: lukio, lukion, toinen aste
        primary school: alakoulu, peruskoulu, alakoulun, peruskoulun
        construction: rakentaminen, rakennustyöt, rakentamisen
        school board: koulun ylläpitäjä, koulutuksen järjestäjä
        telephone hours: puhelinaika, puhelinajat
        participants: osallistujaa, osallistujia
    """),
    gaps=frozen({
        "plural_endings": "a count takes the partitive singular (\"kuinka monta autoa\"), no plural to tell apart",
        "hour_prepositions": "the hour is said with the clock word (`clock_words`), no preposition",
        "hour_suffixes": "the hour is said with the clock word (`clock_words`) before its number",
        "from_words": "a weekday's hours follow its abbreviation with no \"from\" (\"ma–to 10–20\")",
        "day_articles": "a day of the month is written before its month (\"3. lokakuuta\"), which `months` reads",
        "month_prepositions": "a month dates by its case, not a preposition (`month_cases`: \"joulukuussa\")",
        "range_words": "a range of hours or days is written with a dash (\"klo 9–11\", \"ma–pe\")",
        "role_heads": "role words are ungendered (puheenjohtaja, johtaja); \"-mies\" / \"-nainen\" pairs are rare",
        "ordinal_before": "ordinals before months are lower case (\"3. lokakuuta\"), which ends no sentence",
        "article_phrases": "no word of its anaphora list doubles as a definite article",
        "capitalised_words": "months, weekdays and nationality adjectives are lower case; only names are capitalised",
        "function_words": "py3langid tells Finnish apart without a word vote (the vote is for sv/no/da/nl)",
        "link_notes": "no Finnish link annotations seen in any collection yet",
    }),
    ui=frozen({
        "signin": "Kirjaudu sisään",
        "signin_intro": "Avustaja on kirjautuneelle henkilöstölle. Anna saamasi käyttöavain.",
        "access_key": "Käyttöavain",
        "signin_wrong": "Avain ei täsmää; yritä uudelleen.",
        "title": "Verkostoavustaja",
        "intro": "Kysy asiakirjojen verkostoista ja hankkeista. Vastaukset lainaavat asiakirjoja ja kertovat lähteen.",
        "placeholder": "Kirjoita kysymys…",
        "send": "Lähetä",
        "open": "Avaa avustaja",
        "close": "Sulje",
        "question_label": "Kysymyksesi",
        "sources": "Lähteet",
        "not_found": "Ei löydy asiakirjoista",
        "nearest": "Kysymystäsi lähimmät sivut (ne eivät ehkä vastaa siihen):",
        "thinking": "Haetaan asiakirjoista…",
        "reading": "Luetaan: {sources}…",
        "helpful": "Hyödyllinen",
        "not_helpful": "Ei hyödyllinen",
        "thanks": "Kiitos palautteesta",
        "details": "Haun tiedot",
        "keyword": "avainsana",
        "dense": "semanttinen",
        "fused": "yhdistetty",
        "rerank": "uudelleenjärjestys",
        "section": "Osio",
        "page": "sivu",
        "publisher": "Julkaisija",
        "language": "Kieli",
        "open_source": "Avaa lähde",
        "error": "Jokin meni vikaan",
        "generated": "Kielimallin kirjoittama; jokainen virke tarkistettu lähdettään vasten",
        "dropped": "virkettä poistettu: lähteet eivät tue niitä",
        "following_up": "Jatkokysymys aiheeseen",
        "search_all": "Hae sen sijaan kaikista asiakirjoista",
        "read_as": "Luettu muodossa",
        "search_as_typed": "Hae kirjoittamallani",
        "whole_document": "Koko asiakirja",
        "quoted_from": "Lainattu sivulta, jonka kieli on",
        "send_comment": "Lähetä kommentti",
        "error_network": "Avustajaan ei saada yhteyttä. Tarkista yhteys ja yritä uudelleen.",
        "error_refused": "Tämä sivu ei saa käyttää avustajaa. Pyydä intranetin ylläpitäjää lisäämään se.",
        "error_not_ready": "Avustaja ei ole vielä valmis (asiakirjoja indeksoidaan). Yritä uudelleen muutaman minuutin "
            "kuluttua.",
        "error_busy": "Juuri nyt vastataan moniin kysymyksiin. Odota hetki ja yritä uudelleen.",
        "error_signin": "Istuntosi on päättynyt. Lataa sivu uudelleen ja kirjaudu taas sisään.",
        "error_server": "Avustaja ei voinut vastata palvelimen virheen vuoksi. Yritä uudelleen; jos virhe toistuu, ota "
            "yhteyttä intranetin ylläpitäjään.",
        "retry": "Yritä uudelleen",
        "empty_intro": "Kysy verkostoista, hankkeista, yhteyshenkilöistä tai rahoituksesta millä kielellä tahansa. "
            "Vastaukset lainaavat asiakirjoja ja linkittävät niihin.",
        "examples": "Mitkä verkostot työskentelevät vanhustenhoidon parissa?|Kuka on kansainvälisen yhteistyön "
            "yhteyshenkilö?|Mitkä verkostot työskentelevät ilmaston parissa?|Miten kunta voi liittyä verkostoon?",
        "examples_label": "Esimerkkikysymyksiä",
        "covers_documents": "asiakirjaa",
        "covers_from": "julkaisijalta",
        "covers_updated": "päivitetty",
        "cancel": "Peruuta",
        "quoted_fallback": "Lainattu asiakirjoista (kielimallin vastausta ei voitu tarkistaa)",
        "dropped_title": "Poistetut virkkeet",
        "citation": "Lähde",
        "clear": "Uusi keskustelu",
        "you": "Sinä",
        "assistant": "Avustaja",
        "comment": "Kommentti (vapaaehtoinen)",
        "noscript": "Keskustelu vaatii JavaScriptin. JSON-rajapinta on kuvattu osoitteessa /openapi.json.",
    }),
)
