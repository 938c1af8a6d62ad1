"""Headlines that give a person's words without quotation marks: `Nom : clause` (`Jeanne
Morel : la ligne 4 ouvrira en 2027`), the body then naming that person. Pages print such a
headline as they print the pull-quote `Nom : « … »`; the guideline counts a headline like any
other sentence, and the clause after the name's colon is what the person said (indirect,
no cue).

Why apart from `pull_quote_lines`: those rules start from a quotation; here no quotation
marks stand on the line, so the line itself must look like a headline (short, no final
period), the words after the colon must be a clause (a finite verb: `Nom : portrait` or
`Nom : une carrière` is a rubric, not words), and the name must come back in the body.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from presswatch.lexicon import Lexicon
from presswatch.nlp.candidates import Candidate
from presswatch.nlp.docfacts import morph
from presswatch.nlp.pull_quote_lines import QUOTATION_MARKS, pull_quote_name
from presswatch.nlp.spans import last_content_char
from presswatch.textutil import doc_ents, doc_text

HEADLINE_WORDS = 30
"""The longest line read as a headline (a paragraph is no headline)."""
CLAUSE_WORDS = (4, 25)
"""How many words the clause after the colon holds."""


def unmarked_headlines(doc: Doc, lex: Lexicon, cands: list[Candidate]) -> list[Candidate]:
    """The clause of each `Nom : clause` headline line whose name the body repeats, as an
    indirect quote of that person (`lex` is unused: the name alone says who speaks)."""
    text = doc_text(doc)
    out: list[Candidate] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        body = line.rstrip()
        if not body or body.endswith((".", ":", ";", ",", "?")) or \
                QUOTATION_MARKS.intersection(body) or len(body.split()) > HEADLINE_WORDS:
            continue
        first = start + len(body) - len(body.lstrip())
        span = doc.char_span(first, start + len(body), alignment_mode="expand")
        if span is None:
            continue
        colon = next((t.i for t in span if t.text == ":"), None)
        if colon is None or colon + 1 >= span.end:
            continue
        name = pull_quote_name(doc, span.start, colon + 1)
        if name is None or name[0] != span.start or not _a_persons_name(doc, name):
            continue  # (a label before the name: `Santé : X …` is a rubric's)
        clause = doc[colon + 1: span.end]
        words = sum(t.is_alpha for t in clause)
        if not CLAUSE_WORDS[0] <= words <= CLAUSE_WORDS[1] or not _a_main_clause(clause) or \
                _told_of(clause):
            continue
        surname = doc[name[1] - 1].text
        if text.count(surname) < 2:
            continue  # the body never names them: whose words these are stays unsaid
        c_start, c_end = clause[0].idx, last_content_char(text, clause[0].idx, span.end_char)
        if any(c.start < c_end and c_start < c.end for c in cands + out):
            continue
        cand = Candidate(c_start, c_end, "headline")
        cand.mention = name
        out.append(cand)
    return out


INTERROGATIVES = frozenset({"comment", "pourquoi", "qui", "quand", "où", "combien", "quel",
                            "quelle", "quels", "quelles"})
"""Words opening an explainer's headline (`Nom : comment elle est devenue maire`): the page
asks about the person, nobody answers in their words."""
IMPERSONAL_VERBS = frozenset({"falloir", "rester", "sembler", "paraître", "suffire", "agir",
                              "manquer", "exister", "valoir"})
"""Verbs whose `il` is impersonal (`Nom : il faut sauver l'usine` is the person's words)."""


def _a_main_clause(clause: Span) -> bool:
    """Whether the words after the colon are a clause of their own: a finite verb heads them
    (directly or through its auxiliary or copula). A finite verb inside a relative of a noun
    phrase (`Nom : un triplé qui relance le club`, `ce qu'il faut retenir de son discours`,
    `ce que l'on sait de …`) leaves the line a subject heading, not words."""
    root = clause.root
    return any(t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm")
               for t in [root, *(c for c in root.children
                                 if c.dep_ in {"aux", "aux:tense", "aux:pass", "cop"})])


def _told_of(clause: Span) -> bool:
    """Whether the clause tells of the named person rather than giving their words: it opens
    on an interrogative (`pourquoi il quitte le gouvernement`), or its subject is the singular
    third-person pronoun that takes the name up (`elle a fait de sa ferme un modèle`, `il est
    mort à 82 ans`; an impersonal `il`, `il faut`, `il y aura`, or a noun predicate, `il est
    temps`, stays the person's words)."""
    if clause[0].lower_ in INTERROGATIVES:
        return True
    root = clause.root
    for c in root.children:
        if c.dep_ not in {"nsubj", "nsubj:pass"} or not clause.start <= c.i < clause.end:
            continue
        if c.lower_ == "elle":
            return True
        if c.lower_ == "il" and root.pos_ == "VERB" and \
                root.lemma_ not in IMPERSONAL_VERBS and \
                not any(k.lower_ == "y" for k in root.children):
            return True
    return False


def _a_persons_name(doc: Doc, name: tuple[int, int]) -> bool:
    """Whether the words before the colon are a person's name as a headline writes it:
    tagged a person, in title case (`URGENCES :`, `TU PEUX VOIR :` are labels; `Urgences
    de Castelrouge :`, `Budget de la Défense :` name a place's service or a topic). A
    question after it (`Nom : Vos joueurs … ?`) is an interview's turn, left to
    `interviews`."""
    words = doc[name[0]:name[1]]
    if len(words) == 1 and words[0].text[:1].isupper() and not words[0].text.isupper():
        # `Salam : …`: a surname the article gives in full elsewhere
        return any(e.label_ == "PER" and len(e) > 1 and e[-1].text == words[0].text
                   for e in doc_ents(doc))
    if words[0].pos_ == "NOUN" and doc_text(doc).count(words.text) < 2:
        # `Affaire Dupont :`, `Meurtre Lefranc :`: a common noun the tagger took into the
        # name heads a topic; a first name it tags a noun comes back with the surname
        return False
    return all(t.ent_type_ == "PER" and t.text[:1].isupper() and not t.text.isupper()
               for t in words if t.is_alpha)
