"""What keeps a quote candidate out, or shapes it, besides the rules that find it: the same
content found twice, reports nested inside other reports, sibling cues that share a
speaker, negated reports; and the tests of a verb occurrence that reports nothing (a
verb of saying used as a noun or adjective, a thing as its subject).

Why apart from the rules: the rules say where words were said; these say when a match
is not a report. Most look at all the candidates of a document together and run once,
after `QuoteFinder` collected them; `describes_a_noun` and `names_no_source` are asked
by the forward rule for one cue.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.boilerplate import start_past
from presswatch.nlp.candidates import Candidate, Cue
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import (
    LITOTES_VERBS,
    OPENING_MARKS,
    is_indefinite_speaker,
    is_negated,
    is_present_participle,
)
from presswatch.nlp.marks import Segment
from presswatch.nlp.misread_verbs import participle_after_clitic, present_tense_form
from presswatch.nlp.people import is_title
from presswatch.nlp.relative_antecedents import relative_antecedent_span
from presswatch.textutil import doc_text, fold

# inside another quote's content, a verb whose object is its content (`reconnaissait la
# souveraineté`, `répondront à toute agression`) describes rather than reports speech
NESTED_WEAK_FRAMES = {"np", "a", "sur"}
SAYING_ACTS = frozenset({"demand", "criticism", "accusation", "praise", "warning", "appeal"})
"""Acts whose verbs only say, even with a bare object inside a report (`a fait savoir
qu'elle réclamait le retrait des troupes`, `indique que les pays condamnent la violence`):
the guideline annotates both levels. A verb of thought with such an act (`vouloir`,
`souhaiter`: a demand) is not one of them: `a expliqué qu'il voulait « … »` is one report."""
FEELING_VERBS = frozenset({"regretter"})
"""Verbs of feeling the lexicon lists as speech (a lead's `X regrette que …` is said), which
the guideline counts as feeling: inside another report their object (`a affirmé qu'il
regrettait son geste`) is what was reported, no report of its own."""
ACTING_ACTS = frozenset({"denial", "agreement"})
"""Acts whose verb with `de` or an infinitive tells, inside a report, what an institution
does rather than says (`le gouvernement refusait de négocier`, `acceptait de payer`)."""


def share_sibling_speakers(doc: Doc, cands: list[Candidate], unit_of: list[int]) -> None:
    """`X a noté que A, mais averti que B` / `…, ajoutant que B` / `et a promis de B`: a cue
    with no subject of its own, right after another quote of the same sentence, shares
    that quote's speaker (the parser often hangs it on the wrong verb)."""
    for c in cands:
        if c.cue is None or c.cue.incise:
            continue
        verb = doc[c.cue.i]
        if any(t.dep_.startswith("nsubj") or t.dep_ == "expl:subj" for t in verb.children):
            continue
        if verb.dep_ == "acl:relcl":
            continue
        if c.mention is not None and c.mention[0] > verb.i:
            continue  # its own source after it: an agent (`qualifiée … par X`), an inversion
        if c.mention is not None and c.mention[1] == verb.i and c.mention[0] > 0 and \
                doc[c.mention[0] - 1].text == ",":
            continue  # `…, le second affirmant que …`: an absolute clause's own subject
        prev = [p for p in cands if p is not c and p.cue is not None and p.cue.i < c.cue.i
                and unit_of[p.cue.i] == unit_of[c.cue.i] and p.end <= doc[c.cue.start].idx]
        if prev:
            c.speaker_ref = max(prev, key=lambda p: p.end)
            c.mention = None


def drop_nested_non_persons(doc: Doc, cands: list[Candidate], lex: Lexicon
                             ) -> list[Candidate]:
    """Inside reported speech, `Kiev refusait de …` describes an action; only people,
    pronouns, groups, institutions and documents (`Lavrov avait averti que …`, `le
    communiqué indique que …`) report speech there."""
    out = []
    for c in cands:
        if c.cue is not None and c.mention is not None and not c.cue.incise:
            anchor = doc[c.cue.start].idx
            containers = [o for o in cands if o is not c and o.start <= anchor < o.end]
            nested = bool(containers)
            in_verb_content = any(o.rule != "selon" for o in containers)
            head = doc[c.mention[0]: c.mention[1]].root
            # people and groups report inside a report (the guideline annotates both
            # levels), institutions and documents when they say something; places and
            # things act (`Kiev refusait de`)
            kind = lex.noun_class(head)
            personal = head.ent_type_ == "PER" or head.pos_ == "PRON" or \
                kind in {"role", "group"} or is_title(head) or (
                    kind in {"institution", "media"} and not (
                        c.rule in {"de", "inf"} and c.verb is not None and
                        c.verb.act in ACTING_ACTS))
            weak = c.rule in NESTED_WEAK_FRAMES and (
                c.verb is None or c.verb.act not in SAYING_ACTS or c.verb.kind == "thought"
                or c.verb.lemma in FEELING_VERBS)
            if nested and (not personal or (in_verb_content and (
                    weak or (c.rule in NESTED_WEAK_FRAMES and _not_yet_said(doc, c.cue))))):
                continue
        out.append(c)
    return out


def _not_yet_said(doc: Doc, cue: Cue) -> bool:
    """`a fait savoir qu'il demanderait une expertise`, `a annoncé qu'elle réclamera des
    garanties`: a verb of saying in the simple future or conditional, inside what another
    verb reported, is a plan announced; nothing has been said yet (the hearsay past
    conditional, `aurait réclamé`, has its auxiliary and reports words said)."""
    verb = doc[cue.i]
    if cue.start != cue.i or any(t.dep_.startswith("aux") for t in verb.children):
        return False
    # the tagger reads `demanderait` as an imperfect: the infinitive (a `-re` verb's without
    # its `e`) before the imperfect's or the future's ending tells it, as no imperfect is
    # built on the infinitive (`demandait`, `disait`)
    stem = verb.lemma_.lower()
    stems = (stem, stem[:-1]) if stem.endswith("re") else (stem,)
    return "Fut" in morph(verb, "Tense") or "Cnd" in morph(verb, "Mood") or any(
        verb.lower_ == s + ending for s in stems for ending in ("ait", "aient", "a", "ont"))


def drop_embedded_statements(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """`a assuré avoir observé un « vif intérêt »`: a neutral verb with no subject of its
    own inside another quote's content is part of that content, not a new quote; so is a
    verb of thought (`a annoncé envisager de convoquer un « comité … »`: the plan is what
    was announced). Verbs of a specific act (`a assuré avoir proposé de …`) still open a
    nested quote, and so do words uttered in quotation marks (`… sont venus scander des
    « … »`)."""
    out = []
    for c in cands:
        if c.cue is not None and not c.cue.incise and c.verb is not None and \
                (c.verb.act == "statement" or c.verb.kind == "thought") and \
                not c.extra.get("uttered"):
            verb = doc[c.cue.i]
            own_subject = any(t.dep_.startswith("nsubj") for t in verb.children)
            anchor = doc[c.cue.start].idx
            inside = any(o is not c and o.start <= anchor < o.end for o in cands)
            if (inside and not own_subject and "Part" in morph(verb, "VerbForm") and \
                    "Pres" not in morph(verb, "Tense")) or (inside and not own_subject and \
                    "Inf" in morph(verb, "VerbForm")):
                continue
        out.append(c)
    return out


def dedupe(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Two rules may find the same content (an incise and a `selon`); keep the first by
    rule strength. A `selon X` content inside another one that leaves `X` out (`Il veut
    les juger pour « A », les accusés « B », selon lui`: `B`) is part of the clause
    `selon` attributes, already a quote; one whose source lies inside the other (`Selon
    A, … « B » selon B`) is a report of its own."""
    order = ["chain", "incise", "colon", "que", "si", "de", "inf", "a", "selon", "incise-clause",
             "sur", "attr", "np", "bare"]
    ranked = sorted(range(len(cands)), key=lambda k: order.index(cands[k].rule))
    kept: list[int] = []
    for k in ranked:
        c = cands[k]
        dup = any(abs(cands[m].start - c.start) <= 2 and abs(cands[m].end - c.end) <= 2
                  for m in kept) or (c.rule == "selon" and c.mention is not None and any(
                      o is not c and o.start <= c.start and c.end <= o.end and
                      not o.start <= doc[c.mention[0]].idx < o.end for o in cands))
        if not dup:
            kept.append(k)
    return [cands[k] for k in sorted(kept)]


def drop_incise_over_a_report(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """`X croit qu'un accord « reste possible », a-t-il tweeté`: an incise whose pronoun
    takes up the subject of the clause before it reports what that clause's own verb
    reports, which is already a quote ending where the incise's content ends; the whole
    clause (`X croit qu'…`) is not a second quote. An incise naming someone else (`…, a
    ajouté Y`) may report the clause at another level, and stays."""
    def over_a_report(c: Candidate) -> bool:
        return c.rule == "incise" and c.cue is not None and c.cue.clitic is not None and \
            any(o is not c and o.cue is not None and not o.cue.incise and
                c.start <= doc[o.cue.start].idx and c.start < o.start and
                abs(o.end - c.end) <= 2 and
                not _disagrees(doc, doc[c.cue.clitic], o.mention) for o in cands)
    return [c for c in cands if not over_a_report(c)]


def _disagrees(doc: Doc, clitic: Token, mention: tuple[int, int] | None) -> bool:
    """Whether the inverted pronoun `clitic` (`-t-il`, `-elle`) cannot take up the subject
    `mention` of the clause before it, by gender or number (`La préfecture assure que le pont
    « rouvrira », a-t-il indiqué`: he reports what the prefecture says, a quote of his own).
    A name, whose gender the words do not say, agrees."""
    if mention is None:
        return False
    head = next((t for t in doc[mention[0]:mention[1]] if t.pos_ in {"NOUN", "PRON"}), None)
    if head is None:
        return False
    low = clitic.lower_
    gender = "Fem" if "elle" in low else "Masc"
    number = "Plur" if low.endswith("s") else "Sing"
    return gender not in head.morph.get("Gender", [gender]) or \
        number not in head.morph.get("Number", [number])


def drop_impossible_mentions(doc: Doc, cands: list[Candidate]) -> None:
    """A speaker mention that lies inside the words reported (`rejette ces accusations`:
    the parse's subject was the object) or that opens on a verb (`sont les époux`) names
    nobody; the quote keeps its content and looks for its speaker elsewhere."""
    for c in cands:
        if c.mention is None:
            continue
        first = doc[c.mention[0]]
        # (a mid-clause `selon X` is inside its content by construction)
        inside = c.rule != "selon" and c.start <= first.idx < c.end
        verb_first = first.pos_ in {"VERB", "AUX"} and "Fin" in morph(first, "VerbForm")
        if inside or verb_first:
            c.mention = None


def start_after_debris(doc: Doc, cands: list[Candidate]) -> None:
    """` date 2017-10 Cette aide doit …, a fait valoir X`: a content that starts inside a
    flagged scraping marker (`Doc._.boilerplate`, set by the boilerplate component when it
    runs first) starts at the first word after it, so the marker is never quoted."""
    if not Doc.has_extension("boilerplate"):
        return
    text = doc_text(doc)
    markers = [b for b in doc._.boilerplate or [] if b["kind"] == "marker"]
    for c in cands:
        c.start = start_past(text, c.start, c.end, markers)


def drop_negated_reports(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A negated report in the writer's words says what was not said or not done
    (`n'a pas écarté l'idée d'un sommet`, `ne reconnaît pas la victoire`, `n'a pas voulu
    dire si …`): no indirect quote. Quoted words keep theirs (`n'a pas dit « … »`). A
    report inside an indirect question (`n'a pas précisé si les Etats membres
    accepteraient ce plan`) is only asked about: none either."""
    return [c for c in cands if not (c.cue is not None and c.type == "indirect" and
                                     (_negated_saying(doc[c.cue.i]) or
                                      _negated_expression(doc, c.cue) or
                                      _asked_whether(doc[c.cue.i]) or
                                      _only_wanted(doc[c.cue.i])))]


WANTING_VERBS = frozenset({"demander", "exiger", "réclamer", "souhaiter", "vouloir",
                           "falloir", "attendre", "préférer", "proposer", "suggérer",
                           "insister", "tenir", "exhorter", "appeler"})
"""Verbs whose `que` clause is an act wanted, not one done (`exigent que le maire
annonce …`)."""
PURPOSE_CONJUNCTIONS = frozenset({"pour", "afin", "avant", "sans"})
"""`pour que X annonce …`, `avant que X ne confirme …`: an act still to come."""


def _only_wanted(verb: Token) -> bool:
    """`Les élus demandent que la mairie sollicite un avis …`, `souhaitent que le maire
    annonce un calendrier`: a verb of saying in the subjunctive clause of a wish, a
    demand or a purpose reports no words; the words are wanted, not said."""
    que = [c for c in verb.children if c.dep_ == "mark" and
           c.lower_.replace("’", "'") in {"que", "qu'"}]
    if not que:
        return False
    k = que[0].i - 1
    before = verb.doc[k].lower_ if k >= 0 else ""
    if before in PURPOSE_CONJUNCTIONS:
        return True
    return verb.dep_ in {"ccomp", "obj"} and verb.head.lemma_.lower() in WANTING_VERBS


def _asked_whether(verb: Token) -> bool:
    """The verb heads a `si` clause that is another verb's complement (an indirect
    question), not a condition or a concession (`Si le ministre a reconnu …, il …`)."""
    return verb.dep_ == "ccomp" and any(
        c.dep_ == "mark" and c.lower_.replace("’", "'") in {"si", "s'"} for c in verb.children)


WILLING_VERBS = frozenset({"vouloir", "pouvoir", "souhaiter", "savoir", "oser", "arriver",
                           "parvenir"})
"""Verbs whose negation negates the saying they govern (`n'a pas voulu préciser`, `n'arrive
pas à expliquer`)."""


def _negated_expression(doc: Doc, cue: Cue) -> bool:
    """`n'a pas fait remarquer que …`: the parser hangs a multi-word expression's verb
    (`fait`) on the word after it (`remarquer`), which then carries the negation."""
    verb = doc[cue.i]
    return len(cue.verb.words) > 1 and cue.i < verb.head.i < cue.tail and \
        verb.lemma_.lower() not in LITOTES_VERBS and is_negated(verb.head)


def _negated_saying(verb: Token) -> bool:
    if verb.lemma_.lower() in LITOTES_VERBS:
        return False  # `ne cache pas sa colère` says it
    return is_negated(verb) or (verb.dep_ == "xcomp" and verb.head.lemma_ in WILLING_VERBS and
                                is_negated(verb.head))


def describes_a_noun(doc: Doc, verb: Token, cue: Cue, unit: tuple[int, int],
                      segments: list[Segment]) -> bool:
    """A verb of saying used as a noun or an adjective reports nothing: a participle with
    a determiner (`l'autre qualifié`, `l'opposant`), a participle describing a noun with no
    quotation after it (`les suspects interpellés sur …`; `jugée « incapable »` still quotes), an
    infinitive completing such an adjective (`chargé de se prononcer`, `habilitée à
    juger`)."""
    participle = "Part" in morph(verb, "VerbForm") and "Past" in morph(verb, "Tense") \
        and not any(c.dep_.startswith("aux") for c in verb.children) and \
        not present_tense_form(verb, cue.verb.lemma)  # (`Le ministre rétorque que …`)
    noun_like = participle or (is_present_participle(verb) and not any(
        c.dep_ in {"obj", "obl:arg", "obl:mod", "xcomp", "ccomp", "iobj"} for c in verb.children))
    if noun_like and any(c.dep_ == "det" and c.i < verb.i for c in verb.children) and \
            not participle_after_clitic(doc, verb):
        # `l'autre qualifié`, `l'opposant de 60 ans`; but `l'appelant à ne pas suivre …`
        # has complements: `l'` is its object
        return True
    if participle and verb.dep_ == "acl" and (verb.head.pos_ in {"NOUN", "PROPN"} or (
            verb.head.lower_ in {"ceux", "celles", "celui", "celle"})) and \
            verb.head.i < verb.i and not any(t.pos_ == "AUX" for t in
                                             doc[max(0, verb.i - 4):verb.i]) and \
            not (cue.start < verb.i and doc[cue.start].lemma_ in {"avoir", "être"}):
        # (an auxiliary just before is a misparsed compound tense: `ont sans réserve
        # condamné …`; so is one the cue took in over an aside the parser made the
        # participle's head, whatever it tagged the auxiliary: `Le Kremlin a de son côté
        # assuré que …`)
        if verb.lemma_ == "appeler" and verb.i + 1 < len(doc) and \
                doc[verb.i + 1].text in OPENING_MARKS:
            return True  # `un document appelé « Résumé … »`: a name, not words said
        if cue.verb.lemma in ROLE_PARTICIPLES:
            return True  # `un organisme public chargé de promouvoir …`: a role, quoted
            # words later in the sentence or not
        last = doc[unit[1] - 1]
        return not any(doc[cue.end - 1].idx < s.open < last.idx + len(last)
                       for s in segments)
    head = verb.head
    return "Inf" in morph(verb, "VerbForm") and head.i < verb.i and not any(
        c.dep_ == "mark" and c.lower_ == "avant" for c in verb.children) and (
        # (`que le calendrier était serré avant de promettre …`: what came next; `s'est
        # borné à affirmer`: a reflexive verb the tagger read as an adjective)
        (head.pos_ == "ADJ" and not any(c.lower_.replace("’", "'") in {"se", "s'"}
                                        for c in head.children)) or
        ("Part" in morph(head, "VerbForm") and head.dep_ == "acl" and
         not any(c.dep_.startswith("aux") for c in head.children)))


ROLE_PARTICIPLES = frozenset({"charger", "instruire"})
"""Verbs of instructing whose bare participle after a noun names a role (`le ministre
chargé de la culture`, `l'organisme chargé de promouvoir …`), never an instruction given."""


THING_FRAMES = frozenset({"np", "a", "sur", "de"})
"""Frames whose verbs also describe what things do (`menacer une génération`, `confirmer
une tendance`, `répondre à une attente`); a `que` clause or a quotation is said by
someone, whatever the subject."""
PERSON_SUFFIXES = ("eur", "euse", "rice", "ier", "ière", "ant", "ante", "ent", "ente",
                   "iste", "ien", "ienne", "aire", "ain", "aine", "ais", "aise")
"""Endings of nouns for people (`le propriétaire`, `un client`, `la locataire`): a subject
so ending may speak though the lexicon does not list it."""


def names_no_source(doc: Doc, mention: tuple[int, int], lex: Lexicon, *,
                    thing_object: bool = False) -> bool:
    """Whether a subject is a thing, not someone who could speak: a common noun that is
    neither a person's role, a group, an institution nor a document in the lexicon, nor
    formed like a noun for a person (`un embouteillage menace …`, `ce putsch répond à
    …`). The lexicon is a closed list; the endings keep unlisted people (`le boulanger`)
    speaking. Names, pronouns and capitalised words (`l'Allemand`, `l'ONU`, a party
    `Renaissance`) may all speak; a relative `qui` is what it stands for (`les déficits,
    qui menacent le système`)."""
    if mention[1] - mention[0] == 1 and doc[mention[0]].lower_ == "qui":
        qui = doc[mention[0]]
        mention = relative_antecedent_span(doc, qui.head, qui)
        if mention[0] >= qui.i:
            return False
    head = doc[mention[0]: mention[1]].root
    if head.pos_ != "NOUN" or head.ent_type_ or head.text[:1].isupper() or any(
            word.endswith(PERSON_SUFFIXES) and not word.endswith("ment")  # `le traitement`
            for word in (fold(head.lemma_), fold(head.text))):
        return False
    if any(t.ent_type_ or t.pos_ == "PROPN" or is_title(t) for t in doc[mention[0]: mention[1]]):
        return False  # `M. Lavrov`, `le chef de la diplomatie russe`
    # any listed noun of the phrase: the parse may head it with debris (`date 2025-02 Le
    # chef de la diplomatie`)
    # but, before a noun phrase said (`thing_object`), not one inside the head's own
    # complement: `la hausse des émissions`, `la baisse des ventes de la firme` menace,
    # annonce, confirme a thing whoever they are of; an infinitive said (`Le muséum de la
    # ville a proposé de l'acheter`) needs an agent (second reader, h39-review); a
    # quantity's complement is who it counts (`L'ensemble des syndicats réclame …`: h40)
    of_head = {d.i for c in head.children if c.dep_.startswith("nmod") and c.i > head.i
               and any(g.dep_ == "case" for g in c.children)
               for d in c.subtree} if thing_object and \
        fold(head.lemma_) not in lex.quantities else set()
    words = {w for t in doc[mention[0]: mention[1]] if t.pos_ == "NOUN" and t.i not in of_head
             for w in (t.lemma_.lower(), t.lower_, t.lower_.removeprefix("ex-"))}
    return not any(w in lex.speaker_nouns for w in words) and \
        not lex.role_words(fold(doc[mention[0]: mention[1]].text))


def drop_sourceless_reports(doc: Doc, quotes: list[dict]) -> list[dict]:
    """Reported words (indirect or mixed) for which the text gives no source at all, once
    speakers are resolved: no mention, no other quote whose speaker it shares (`…, a-t-elle
    déclaré, admettant que …`), no speaker taken up from a neighbour, and no `on` as the
    verb's subject. The guideline keeps a null speaker only for `on`; elsewhere a
    verb with no source is mostly not a report (`il était évident de proposer sa
    composition`, `un phénomène dit d'inversion`, `les communes ont accepté la fusion`).
    Quotation marks keep a quote (the words are someone's even when we miss whose), and
    so does a quote another one points to."""
    referred = {q["parent"] for q in quotes} | {q["speaker_ref"] for q in quotes}
    return [q for q in quotes
            if q["speaker"] is not None or q["mention_start"] is not None
            or q["speaker_ref"] is not None or q["type"] == "direct" or q["id"] in referred
            or said_by_on(doc, q)]


def said_by_on(doc: Doc, quote: dict) -> bool:
    """Whether the quote's cue has `on` as its subject (`a-t-on appris`, `on affirme`)."""
    if quote["cue_start"] is None:
        return False
    cue = doc.char_span(quote["cue_start"], quote["cue_end"], alignment_mode="expand")
    if cue is None:
        return False
    words = list(cue) + [t for v in cue for t in v.children if t.dep_.startswith("nsubj")]
    return any(is_indefinite_speaker(t.lower_) for t in words)


SENTENCING_VERBS = frozenset({"condamner"})
"""Verbs of saying that a court also uses to sentence (`a condamné l'attaque` / `a condamné
trois militants à un an de prison`)."""
PENALTY_WORDS = frozenset({"prison", "peine", "peines", "amende", "amendes", "réclusion",
                           "mort", "perpétuité", "emprisonnement", "détention", "sursis",
                           "inéligibilité", "an", "ans", "mois", "travaux", "verser",
                           "payer", "rembourser"})
"""What a sentence gives after `à` (`à cinq ans de prison`, `à une amende`, `à verser`)."""


def sentences_someone(doc: Doc, cue: Cue, start: int, end: int) -> bool:
    """`Le tribunal a condamné lundi trois militants à des peines de prison`: a sentencing,
    not a condemnation said; told by `à` and a penalty within a few words of it in the
    verb's complement `doc[start:end]`."""
    if cue.verb.lemma not in SENTENCING_VERBS:
        return False
    return any(_preposition_a(doc[k]) and any(
        doc[m].lower_ in PENALTY_WORDS for m in range(k + 1, min(k + 5, end)))
        for k in range(start, end))


def _preposition_a(token: Token) -> bool:
    """`à`, or `a` written for it when the tagger reads a preposition; not the auxiliary
    of a relative clause in the complement (`une occupation qui a duré six mois`)."""
    return token.lower_ == "à" or (token.lower_ == "a" and token.pos_ == "ADP")


SPEAKING_TERMS = frozenset({"parole", "anonymat"})
"""Nouns of the terms on which someone speaks: the floor (`la parole`) and anonymity
(`l'anonymat`), folded."""


def asks_the_floor(doc: Doc, start: int, end: int, head: Token) -> bool:
    """`a demandé la parole`, `a réclamé la parole`, `qui a requis l'anonymat`: `la
    parole` or `l'anonymat` alone, as a verb's object, is a term of the speaking itself
    (the turn to speak, not being named), not what was said; with a complement (`la parole
    des victimes`, `l'anonymat des donneurs`) it may be content."""
    words = [t for t in doc[start:end] if not (t.is_punct or t.is_space)]
    return fold(head.lemma_) in SPEAKING_TERMS and len(words) == 2 and \
        words[0].lower_.replace("’", "'") in {"la", "l'"} and words[1].i == head.i


def names_a_kind(doc: Doc, k: int) -> bool:
    """`parle d'une affaire privée`, `parle de malentendu`: after `parler de`, a bare noun
    or an indefinite noun with its adjective says what the speaker calls the matter
    (speech), where a definite one names a topic (`a parlé de la réforme`, `de son
    enfance`)."""
    de = {"de", "d'"}
    if doc[k].lower_.replace("’", "'") in de and k + 1 < len(doc):
        k += 1  # (the content may start on `de` or after it)
    elif not (k > 0 and doc[k - 1].lower_.replace("’", "'") in de):
        return False
    t = doc[k]
    if t.lower_ in {"un", "une"} and t.pos_ == "DET" and k + 2 < len(doc):
        # (`d'une affaire privée`: an indefinite with an adjective judges; `d'un projet
        # de loi` names a topic)
        return doc[k + 1].pos_ == "NOUN" and doc[k + 2].pos_ == "ADJ"
    return t.pos_ == "NOUN" and t.text.islower()
