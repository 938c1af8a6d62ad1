"""Who the clause before a colon names as the speaker of the quotation after it: `Le
directeur a été clair : « … »`, `C'est le cas de Sylvie, dont la
fille … : « … »`. Split from `bare_quotes` (the finder of quotations no verb introduces,
which asks this) so that each file keeps to one concern and under 600 lines.
"""

from __future__ import annotations

from spacy.tokens import Doc

from presswatch.lexicon import Lexicon
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import PERSON_PRONOUNS
from presswatch.nlp.misread_verbs import before_stressed_aside, opening_noun_phrase
from presswatch.nlp.subjects import subject_mention

QUOTED_WORDS = frozenset({"message", "phrase", "propos", "mot", "citation", "slogan", "lettre",
                          "tweet", "texte", "extrait", "formule"})
"""Objects that name words someone else wrote or said (`a cité un message : « … »`)."""


CASE_NOUNS = frozenset({"cas", "exemple", "histoire"})
"""`C'est le cas de X`, `C'est l'histoire de X`: nouns that open on the person told about."""


def _case_of(doc: Doc, u0: int, quote_tok: int) -> tuple[int, int] | None:
    """`C'est le cas de Sylvie Roux, dont la fille … : « … »`: the person named after a
    case noun that opens the clause before the colon (whatever the parse made of it)."""
    k = next((j for j in range(u0, min(u0 + 4, quote_tok)) if doc[j].lower_ in
              {"c'", "c’", "ce"}), None)
    if k is None or k + 5 >= quote_tok or doc[k + 1].lemma_ != "être" or \
            doc[k + 2].pos_ != "DET" or doc[k + 3].lower_ not in CASE_NOUNS or \
            doc[k + 4].lower_ not in {"de", "d'", "d’"}:
        return None
    end = k + 5
    while end < quote_tok and doc[end].ent_type_ == "PER":
        end += 1
    return (k + 5, end) if end > k + 5 else None


def colon_clause_subject(doc: Doc, u0: int, quote_tok: int, lex: Lexicon
                         ) -> tuple[int, int] | None:
    """The subject of the clause that a colon ends right before a quotation, when it names
    someone (a person, or with `lex` a role, group or institution: `Le directeur a été
    clair : « … »`; not `la question` or `le texte`)."""
    if (case := _case_of(doc, u0, quote_tok)) is not None:
        return case
    verbs = [t for t in doc[u0: quote_tok] if t.pos_ in {"VERB", "AUX"} and
             ("Fin" in morph(t, "VerbForm") or any(c.dep_.startswith("aux")
                                                      for c in t.children))]
    if not verbs:
        mention = _misread_verb_subject(doc, u0, quote_tok)
        return mention if mention is not None and _names_someone(doc, mention, lex) else None
    verbs = [t.head if t.dep_.startswith("aux") else t for t in verbs]
    main = next((t for t in verbs if t.dep_ == "ROOT"), verbs[-1])
    mention = subject_mention(doc, main)
    if mention is None or any(
            c.dep_ == "obj" and (c.lemma_.lower() in QUOTED_WORDS or
                                 lex.noun_class(c) == "media")
            for c in main.children):
        return None  # `Le juge a cité un message de l'accusé : « … »`: someone else's words
    return mention if _names_someone(doc, mention, lex) else None


def _names_someone(doc: Doc, mention: tuple[int, int], lex: Lexicon) -> bool:
    """A person, or with `lex` a role, group or institution (not `la question`)."""
    head = max(doc[mention[0]: mention[1]], key=lambda t: t.pos_ in {"PROPN", "NOUN"})
    return head.ent_type_ == "PER" or head.pos_ == "PROPN" or head.lower_ in PERSON_PRONOUNS \
        or lex.noun_class(head) in {"role", "group", "institution"}


def _misread_verb_subject(doc: Doc, u0: int, quote_tok: int) -> tuple[int, int] | None:
    """`Le réalisateur, lui, assume : « … »`, the verb tagged a proper noun: a lower-case
    word right before the colon, after the noun phrase that opens the sentence and a
    stressed pronoun set off by commas (or tagged a proper noun, which no lower-case word
    is), is the clause's verb and that phrase its subject."""
    colon = next((k for k in range(quote_tok - 1, u0, -1) if doc[k].text == ":"), None)
    if colon is None or colon - 1 <= u0 or not doc[colon - 1].is_alpha or \
            not doc[colon - 1].text.islower():
        return None
    verb = colon - 1
    subject_end = before_stressed_aside(doc, verb)
    if subject_end == verb and doc[verb].pos_ != "PROPN":
        return None  # (`Le capitaine nantais : « … »`: an adjective, a role's pull-quote)
    return opening_noun_phrase(doc, subject_end)
