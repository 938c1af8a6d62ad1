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

from spacy.tokens import Doc

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
        if not CLAUSE_WORDS[0] <= words <= CLAUSE_WORDS[1] or not any(
                t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm") for t in clause):
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
    return all(t.ent_type_ == "PER" and t.text[:1].isupper() and not t.text.isupper()
               for t in words if t.is_alpha)
