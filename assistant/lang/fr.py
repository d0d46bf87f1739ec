"""French language pack."""

from __future__ import annotations

from bm25s import stopwords as _stopwords

from assistant.lang.pack import NAME_NEXT, LanguagePack, frozen

PACK = LanguagePack(
    code="fr",
    name="French",
    aliases=("fra", "fre", "french", "français"),
    stemmer="french",
    stopwords=frozenset(w.lower() for w in _stopwords.STOPWORDS_FRENCH),
    boilerplate_lines=("un article de wikipédia, l'encyclopédie libre", "aller au contenu( principal)?",
                       "retour en haut"),
    link_notes=("s'ouvre dans une nouvelle fenêtre",),
    publication_stamps=(r"(?:publié|mis à jour)(?: le)?",),
    credit_labels=("photo", "crédit photo", "illustration"),
    byline_words=("par",),
    related_cues=("(?:à )?lire aussi",),
    back_matter=("références", "notes", "voir aussi", "liens externes", "bibliographie", "sources"),
    naming_cues=(r"\bappel(?:le|é)e?s?\b", r"\bnom complet\b", r"\bsignifie\b"),
    reading_time_words=("temps de lecture", "lecture"),
    comment_words=("commentaires?",),
    open_endings=(
        "quand", "si", "que", "qui", "et", "ou", "mais", "pour", "avec", "de", "à", "en", "un", "une", "le", "la",
        "les", "est"
    ),
    abbreviations=("etc", r"p\.ex"),
    months=(
        r"janv(?:ier)?", r"févr(?:ier)?", "mars", r"avr(?:il)?", "mai", "juin", r"juil(?:let)?", "août",
        r"sept(?:embre)?", r"oct(?:obre)?", r"nov(?:embre)?", r"déc(?:embre)?"
    ),
    anaphora=("il", "elle", "ils", "elles", "lui", "leur", "leurs", "celui", "celle", "ceux"),
    continuations=("et", "et pour"),
    list_cues=(r"\bquels\b", r"\bquelles\b"),
    number_cues=(r"\bcombien\b", r"\bnombre de\b"),
    # how long something takes: a number or a duration in words answers it ("Beslut fattas inom en månad")
    duration_cues=(r"\bcombien de temps\b", r"\bdans quel délai\b", r"\ben combien de temps\b"),
    duration_phrases=(r"(?:un|une) (?:seconde|minute|heure|journée|jour|semaine|mois|an|année)",
                      r"(?:quelques|plusieurs) (?:minutes|heures|jours|semaines|mois|années|ans)"),
    time_units=(r"secondes?", r"minutes?", r"heures?", r"jours?", r"semaines?", r"mois", r"ans?", r"années?"),
    count_cues=(r"\bcombien de\b", r"\bnombre de\b"),
    number_words=(
        "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "vingt", "trente",
        "quarante", "cinquante", r"cents?", r"mille", r"milliers", r"douzaines?", r"millions?",
    ),
    date_cues=(r"\bquand\b", r"\bquelle année\b", r"\bdate limite\b"),
    interrogatives=(r"que", r"quoi", r"quel(?:le)?s?", r"qui", r"comment", r"pourquoi", r"où", r"quand", r"combien"),
    reason_cues=(r"\bpourquoi\b",),
    consequence_openers=(r"c'est pourquoi", r"donc", r"par conséquent"),
    cause_openers=(r"c'est parce que", r"(?:cela|ceci) s'explique", r"la raison (?:en )?est"),
    pointer_openers=(r"plus d'informations", r"en savoir plus", r"lire la suite", r"cliquez ici"),
    person_cues=(r"\bqui\b", r"\bcourriel\b", r"\btéléphone\b"),
    address_labels=(r"adresse(?: postale)?",),
    place_cues=(r"\boù\b",),
    phone_as_medium=(r"\bau téléphone\b",),
    phone_words=(r"\btéléphone\b", r"\bnuméro\b", r"\bappeler\b"),
    email_words=(r"\be-?mail\b", r"\bcourriel\b"),
    contact_requests=(r"\bpersonne de contact\b", r"\bcoordonnées\b", r"\bcourriel\b", r"\btéléphone\b"),
    role_cues=(r"\bqui (?:est|était)(?: le| la)?",),
    role_exceptions=("responsable",),
    # asks for a person related to one it names ("Qui était maire avant Priya Nair ?")
    # a deputy, vice or acting holder of a role: a who-question asking for one is not answered by the holder
    deputy_words=(r"vice-\w+", r"adjoint\w*", r"suppléant\w*", r"intérim\w*"),
    relation_cues=(rf"avant{NAME_NEXT}", rf"après{NAME_NEXT}", r"succéd\w*", r"prédécesseur", r"successeur",
                   r"remplacé\w*", r"mariée?", r"mari", r"époux", r"épouse"),
    # "Est-ce que …?", "Y a-t-il …?", "Faut-il …?", "Peut-on …?"
    polar_cues=(r"est-ce que|est-ce qu'|y a-t-il|\w+-t?-?(?:il|elle|on|ils|elles|je|tu|nous|vous)",),
    hours_cues=(r"\bhoraires?(?: d'ouverture)?\b",),
    money_cues=(r"\bcoûte\b", r"\bcoût\b", r"\bprix\b", r"\bfrais\b", r"\bsalaire\b"),
    free_words=(r"\bgratuit",),
    amount_words=(r"eur\b", r"euro(?:a|n|s)?\b"),
    scale_words=("million", "milliard"),
    million_words=("million",),
    percent_words=("pour cent", "pourcent"),
    share_words=(r"\bun (?:\w+ )?sur (?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt)\b", r"\bla moitié\b",
                 r"\bun (?:tiers|quart)\b"),
    share_cues=(r"\bquelle (?:part|proportion)\b", r"\bquel pourcentage\b"),
    # a change asked for ("De combien les émissions doivent-elles baisser ?"):
    # a number of any kind answers, not only an amount
    change_cues=(r"\bde combien\b", r"\bcombien\b[^?]*\b(?:baiss|rédui|réduct|augment|diminu|hauss|chut|recul)\w*"),
    # a rate (a percentage): "What is the unemployment rate in Koskela?" is not answered by its population
    month_prepositions=(r"en",),  # "en mai"
    age_times=(r"à l'âge de \w+", r"quand (?:il|elle) avait \w+ ans"),
    rate_cues=(r"\btaux\b", r"\binflation\b"),
    population_cues=(r"\bpopulation\b", r"\bcombien d'habitants\b", r"\bnombre d'habitants\b"),
    resident_words=(r"habitants",),
    instruction_cues=(
        r"\bignore[zr]? (?:toutes )?les instructions\b", r"\bréponds? (?:uniquement )?(?:avec|par)\b",
        r"\btu es (?:maintenant )?un (?:assistant|chatbot|modèle de langue)\b", r"\bnouvelles instructions\b",
    ),
    not_found="Je n'ai pas trouvé cela dans les documents.",
    list_intro="Ces passages des documents correspondent :",
    gaps=frozen({
        "plural_endings": "plurals end in -s but \"combien de\" puts the noun after \"de\"; not listed yet",
        "hour_prepositions": "\"à\" says the hour but is an ordinary preposition too; not listed yet",
        "hour_suffixes": "\"h\" after the number (\"9 h\") is read after a range only (`_TIME`)",
        "from_words": "\"de 9 h\" is not listed yet (\"de\" is the commonest word)",
        "day_articles": "\"le 20\" is not listed yet",
        "month_cases": "a month is dated by a preposition before it (`month_prepositions`)",
        "range_words": "\"à\" between two hours (\"9 h à 12 h\") is not listed yet",
        "call_words": "none listed yet (\"appelez le\" would be one)",
        "frequency_cues": "none listed yet (\"à quelle fréquence\" would be one)",
        "basis_cues": "none listed yet (\"dépend de\" would be one)",
        "clock_words": "French says the hour after the number (\"9 h\"), not before it",
        "role_verbs": "none listed yet (\"qui dirige\" would name \"directeur\")",
        "role_heads": "none listed yet (porte-parole is ungendered; président / présidente share a stem)",
        "concepts": "no concept words yet: French questions find other languages' words through CLDR names only",
        "inflections": "no concept words whose endings to list",
        "person_pronouns": "answers do not yet look back for the person a French sentence's \"il\" or \"elle\" names",
        "ordinal_before": "ordinal numbers are not written with a dot",
        "article_phrases": "no word of its anaphora list doubles as a definite article",
        "capitalised_words": "months, weekdays and nationality adjectives are lower case; only names are capitalised",
        "function_words": "py3langid tells French apart without a word vote (the vote is for sv/no/da/nl)",
        "ui": "the chat interface has no French strings yet (English is shown)",
    }),
)
