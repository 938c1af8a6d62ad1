"""Interface labels in French (the default: the articles are French) and English.

A page's language comes from ``?lang=en``; links keep it. Data (quotes, names, roles) are
shown as stored, never translated.
"""

from __future__ import annotations

__all__ = ["LABELS", "LANGS", "act_label", "counted", "interaction_label", "invalid_value",
           "label", "noun_for"]

LANGS = ("fr", "en")

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "home": "Accueil", "search": "Rechercher", "analyze": "Analyser",
        "search_placeholder": "une personne, des mots, « une phrase »",
        "tagline": "Qui a dit quoi, à qui, quand et où — dans la presse française.",
        "articles": "Articles", "quotes": "Citations", "people": "Personnes",
        "stories": "Sujets", "interactions": "Rencontres", "latest_stories": "Derniers sujets",
        "most_quoted": "Les plus cités", "outlets": "Médias", "no_results": "Aucun résultat.",
        "results_for": "Résultats pour", "aliases": "Noms", "roles": "Fonctions",
        "role": "Fonction", "from": "du", "to": "au", "seen": "fois",
        "acts_over_time": "Citations par acte de parole dans le temps",
        "counterparts": "Interlocuteurs", "addressees": "Destinataires",
        "statements": "Déclarations", "more_statements": "Plus de déclarations",
        "article": "Article", "original": "source", "story": "Sujet",
        "copy_citation": "Copier la citation", "copied": "Copié",
        "not_a_link": "Adresse gardée comme texte : ce n’est pas un lien http(s)",
        "said_by": "dit par", "cue": "verbe introducteur", "boilerplate": "hors texte",
        "direct": "direct", "indirect": "indirect", "mixed": "mixte",
        "nested": "citation rapportée", "legend": "Légende",
        "compare": "Comparer les médias", "aligned": "Déclarations alignées",
        "not_reported": "—", "speaker": "Locuteur",
        "paste_text": "Collez un texte en français", "date": "Date",
        "annotate": "Annoter", "annotated": "Texte annoté", "next_page": "Page suivante",
        "language": "English", "no_date": "sans date", "people_in_article": "Personnes citées",
        "error": "Erreur", "back_home": "Retour à l'accueil", "json": "JSON",
        "times": "fois", "interacted": "rencontres", "unknown_speaker": "locuteur inconnu",
        "person_not_found": "Personne inconnue.", "article_not_found": "Article inconnu.",
        "story_not_found": "Sujet inconnu.",
        "browse": "Parcourir", "filters": "Filtres", "filter": "Filtrer",
        "clear_filters": "Retirer tous les filtres", "remove_filter": "retirer ce filtre",
        "act_facet": "Acte de parole", "type": "Type", "outlet": "Média", "year": "Année",
        "since": "Depuis", "until": "Jusqu’au", "words": "Mots", "name": "Nom",
        "sort": "Trier", "sort_oldest": "Les plus anciens d’abord",
        "sort_newest": "Les plus récents d’abord", "sort_quotes": "Les plus cités d’abord",
        "sort_articles": "Le plus d’articles d’abord", "sort_name": "Par nom",
        "sort_latest": "Les plus récents d’abord", "sort_outlets": "Le plus de médias d’abord",
        "export": "Exporter", "csv": "CSV",
        "quote_1": "citation", "quote_n": "citations", "article_1": "article",
        "article_n": "articles", "person_1": "personne", "person_n": "personnes",
        "story_1": "sujet", "story_n": "sujets", "interaction_1": "rencontre",
        "interaction_n": "rencontres", "statement_1": "déclaration",
        "statement_n": "déclarations",
        "nothing_matches": "Rien ne correspond à ces filtres.",
        "try_fewer_filters": "Retirez un filtre ou élargissez les dates.",
        "store_empty": "La base est vide : ajoutez des articles avec « presswatch ingest ».",
        "search_hint": "Cherchez un nom de famille, quelques mots, ou « une phrase exacte » "
                       "entre guillemets.",
        "no_results_for": "Aucun résultat pour",
        "search_try": "Essayez moins de mots, un nom de famille seul ou un mot proche, "
                      "ou parcourez toutes les citations.",
        "browse_quotes": "Parcourir les citations", "found": "trouvés",
        "no_chart_data": "Aucune citation datée : rien à représenter dans le temps.",
        "no_volume_data": "Aucun article daté dans ce sujet.",
        "volume_by_outlet": "Citations par média, selon leur type",
        "volume_by_day": "Articles par jour", "count": "Nombre", "period": "Période",
        "reported_speech": "propos rapportés", "unknown_outlet": "média inconnu",
        "unknown_act": "acte non déterminé", "unknown_date": "date inconnue",
        "unknown_type": "type non déterminé", "colon": " : ",
        "api_docs": "Documentation de l’API",
    },
    "en": {
        "home": "Home", "search": "Search", "analyze": "Analyze",
        "search_placeholder": "a person, words, \"a phrase\"",
        "tagline": "Who said what, to whom, when and where — in the French press.",
        "articles": "Articles", "quotes": "Quotes", "people": "People", "stories": "Stories",
        "interactions": "Interactions", "latest_stories": "Latest stories",
        "most_quoted": "Most quoted", "outlets": "Outlets", "no_results": "No results.",
        "results_for": "Results for", "aliases": "Names", "roles": "Roles", "role": "Role",
        "from": "from", "to": "to", "seen": "times",
        "acts_over_time": "Quotes by speech act over time", "counterparts": "Counterparts",
        "addressees": "Addressees", "statements": "Statements",
        "more_statements": "More statements", "article": "Article", "original": "source",
        "story": "Story", "copy_citation": "Copy citation", "copied": "Copied",
        "not_a_link": "Kept as text: not an http(s) link",
        "said_by": "said by", "cue": "reporting verb", "boilerplate": "boilerplate",
        "direct": "direct", "indirect": "indirect", "mixed": "mixed",
        "nested": "reported quote", "legend": "Legend", "compare": "Compare outlets",
        "aligned": "Statements aligned", "not_reported": "—", "speaker": "Speaker",
        "paste_text": "Paste a French text", "date": "Date", "annotate": "Annotate",
        "annotated": "Annotated text", "next_page": "Next page", "language": "Français",
        "no_date": "undated", "people_in_article": "People quoted", "error": "Error",
        "back_home": "Back to home", "json": "JSON", "times": "times",
        "interacted": "interactions", "unknown_speaker": "unknown speaker",
        "person_not_found": "No such person.", "article_not_found": "No such article.",
        "story_not_found": "No such story.",
        "browse": "Browse", "filters": "Filters", "filter": "Filter",
        "clear_filters": "Remove every filter", "remove_filter": "remove this filter",
        "act_facet": "Speech act", "type": "Type", "outlet": "Outlet", "year": "Year",
        "since": "Since", "until": "Until", "words": "Words", "name": "Name",
        "sort": "Sort", "sort_oldest": "Oldest first", "sort_newest": "Newest first",
        "sort_quotes": "Most quoted first", "sort_articles": "Most articles first",
        "sort_name": "By name", "sort_latest": "Latest first",
        "sort_outlets": "Most outlets first", "export": "Export", "csv": "CSV",
        "quote_1": "quote", "quote_n": "quotes", "article_1": "article",
        "article_n": "articles", "person_1": "person", "person_n": "people",
        "story_1": "story", "story_n": "stories", "interaction_1": "interaction",
        "interaction_n": "interactions", "statement_1": "statement",
        "statement_n": "statements",
        "nothing_matches": "Nothing matches these filters.",
        "try_fewer_filters": "Remove a filter or widen the dates.",
        "store_empty": "The store is empty: add articles with `presswatch ingest`.",
        "search_hint": "Search for a surname, a few words, or \"an exact phrase\" in quotes.",
        "no_results_for": "No results for",
        "search_try": "Try fewer words, a surname alone or a related word, "
                      "or browse every quote.",
        "browse_quotes": "Browse the quotes", "found": "found",
        "no_chart_data": "No dated quote: nothing to draw over time.",
        "no_volume_data": "No dated article in this story.",
        "volume_by_outlet": "Quotes by outlet and type",
        "volume_by_day": "Articles by day", "count": "Count", "period": "Period",
        "reported_speech": "reported speech", "unknown_outlet": "unknown outlet",
        "unknown_act": "act not determined", "unknown_date": "unknown date",
        "unknown_type": "type not determined", "colon": ": ",
        "api_docs": "API documentation",
    },
}

_ACTS = {
    "fr": {"statement": "déclaration", "opinion": "opinion", "announcement": "annonce",
           "accusation": "accusation", "criticism": "critique", "denial": "démenti",
           "demand": "exigence", "warning": "avertissement", "promise": "promesse",
           "appeal": "appel", "agreement": "accord", "praise": "éloge",
           "question": "question"},
}

_INTERACTIONS = {
    "fr": {"meeting": "rencontre", "talks": "pourparlers", "phone_call": "appel téléphonique",
           "summit": "sommet", "visit": "visite", "press_conference": "conférence de presse"},
    "en": {"meeting": "meeting", "talks": "talks", "phone_call": "phone call",
           "summit": "summit", "visit": "visit", "press_conference": "press conference"},
}


_INVALID = {
    "fr": {"date": "doit être une date : AAAA, AAAA-MM ou AAAA-MM-JJ",
           "cursor": "n’est pas un curseur de ce serveur",
           "cursor_past_end": "au-delà de la dernière page",
           "literal_error": "doit valoir {expected}",
           "string_too_long": "{max_length} caractères au plus",
           "string_too_short": "{min_length} caractère au moins",
           "int_parsing": "doit être un nombre entier",
           "greater_than_equal": "doit valoir au moins {ge}",
           "less_than_equal": "doit valoir au plus {le}",
           "missing": "est obligatoire", "invalid": "valeur invalide",
           "or": "ou"},
    "en": {"date": "must be a date: YYYY, YYYY-MM or YYYY-MM-DD",
           "cursor": "not a cursor from this server",
           "cursor_past_end": "past the last page",
           "literal_error": "must be {expected}",
           "string_too_long": "at most {max_length} characters",
           "string_too_short": "at least {min_length} character",
           "int_parsing": "must be a whole number",
           "greater_than_equal": "must be at least {ge}",
           "less_than_equal": "must be at most {le}",
           "missing": "is required", "invalid": "invalid value",
           "or": "or"},
}
"""What is wrong with a request parameter, by pydantic error type (``literal_error``…) or
by presswatch's own reason (``date``, ``cursor``…); ``{…}`` are the error's context."""


def invalid_value(lang: str, reason: str, context: dict[str, object] | None = None) -> str:
    """Why a parameter was refused (a 422), in ``lang``: ``reason`` is a pydantic error
    type or one of presswatch's (``date``, ``cursor``…); an unknown one is
    an "invalid value", never an English sentence on a French page."""
    texts = _INVALID.get(lang, _INVALID["fr"])
    given = {k: v for k, v in (context or {}).items()}
    if isinstance(given.get("expected"), str):  # pydantic: "'a', 'b' or 'c'"
        given["expected"] = given["expected"].replace(" or ", f" {texts['or']} ")
    try:
        return texts.get(reason, texts["invalid"]).format(**given)
    except (KeyError, IndexError):
        return texts["invalid"]


def label(lang: str, key: str) -> str:
    """The interface label ``key`` in ``lang`` (French when either is unknown)."""
    return LABELS.get(lang, LABELS["fr"]).get(key) or LABELS["fr"].get(key, key)


def act_label(lang: str, act: str | None) -> str:
    """A speech act's name for display (the stored names are English)."""
    if not act or act == "?":
        return label(lang, "unknown_act")
    return _ACTS.get(lang, {}).get(act, act)


def interaction_label(lang: str, kind: str | None) -> str:
    """An interaction type's name for display (the stored names are English words)."""
    known = _INTERACTIONS.get(lang, _INTERACTIONS["fr"])
    return known.get(kind or "", (kind or "").replace("_", " "))


def noun_for(lang: str, n: int, noun: str) -> str:
    """``noun`` (``quote``, ``article``…) agreed with ``n``: « citation » for 0 or 1 in
    French, "quote" for 1 only in English, the plural otherwise."""
    one = n == 1 or (lang == "fr" and n == 0)
    return label(lang, noun + ("_1" if one else "_n"))


def counted(lang: str, n: int, noun: str) -> str:
    """``n`` and its noun: « 0 citation », "0 quotes", « 2 citations »."""
    return f"{n} {noun_for(lang, n, noun)}"
