"""Interface labels in French (the default: the articles are French) and English.

A page's language comes from ``?lang=en``; links keep it. Data (quotes, names, roles) are
shown as stored, never translated.
"""

from __future__ import annotations

__all__ = ["LABELS", "LANGS", "act_label", "label"]

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
    },
}

_ACTS = {
    "fr": {"statement": "déclaration", "opinion": "opinion", "announcement": "annonce",
           "accusation": "accusation", "criticism": "critique", "denial": "démenti",
           "demand": "exigence", "warning": "avertissement", "promise": "promesse",
           "appeal": "appel", "agreement": "accord", "praise": "éloge",
           "question": "question"},
}


def label(lang: str, key: str) -> str:
    """The interface label ``key`` in ``lang`` (French when either is unknown)."""
    return LABELS.get(lang, LABELS["fr"]).get(key) or LABELS["fr"].get(key, key)


def act_label(lang: str, act: str | None) -> str:
    """A speech act's name for display (the stored names are English)."""
    if not act:
        return "?"
    return _ACTS.get(lang, {}).get(act, act)
