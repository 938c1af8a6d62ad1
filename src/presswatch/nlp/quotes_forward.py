"""The quote finder's pass for verbs before their content (`X a déclaré que …`, `a demandé
de …`, `a nié les allégations …`, `a déclaré : « … »`): whether the verb reports anyone's
words at all (a passive, an infinitive of purpose, the article's own voice), where the
content starts and ends, and the subject that said it. Split from `presswatch.nlp.quotes`,
whose `QuoteFinder` routes each cue to this pass or to `presswatch.nlp.quotes_incise`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.candidates import Candidate, Cue, make_candidate
from presswatch.nlp.colon_quotations import closing_quotation
from presswatch.nlp.content import complement_start
from presswatch.nlp.content_clauses import aside_subject
from presswatch.nlp.content_end import after_restrictive_que, content_end, opening_subject
from presswatch.nlp.content_later import later_frame
from presswatch.nlp.cues import is_passive
from presswatch.nlp.docfacts import morph
from presswatch.nlp.forecasts import published_forecast
from presswatch.nlp.french import (
    IMPERSONAL,
    INDEFINITE_SPEAKERS,
    PURPOSE,
    THING_VERBS,
    opening_word,
)
from presswatch.nlp.historical_infinitives import historical_infinitive
from presswatch.nlp.implicit_subjects import (
    camp_of_on,
    named_after_avec,
    pour_before_infinitive,
)
from presswatch.nlp.incise_cues import INVERTING_ADVERBS
from presswatch.nlp.marks import Segment
from presswatch.nlp.passives import (
    agentive_participle,
    passive_with_agent,
    speech_verb_over_participle,
)
from presswatch.nlp.quote_filters import (
    THING_FRAMES,
    describes_a_noun,
    names_a_kind,
    names_no_source,
    sentences_someone,
)
from presswatch.nlp.sentence_frames import (
    apposed_subject,
    copula_of_a_thing,
    copula_subject,
    document_author,
    moves_to_speak,
)
from presswatch.nlp.spans import (
    LINKING_WORDS,
    completes_a_noun,
    governed_by_speech,
    is_idiom_noun,
    last_content_char,
    pp_np_end,
)
from presswatch.nlp.subjects import bare_past_participle, subject_mention
from presswatch.nlp.thanks import thanked_for_end
from presswatch.textutil import doc_text


def _present_spelled_as_participle(doc: Doc, token: Token, cue: Cue) -> bool:
    """`Le docteur X, chef du service, qui reçoit …, décrit des équipes « … »`: `dit`,
    `décrit`, `écrit`, `prédit` are both the present and the participle of their verb. With
    no auxiliary, after a comma that closes words before it, and with a determiner, `que`
    or a quotation right after (never `par`), it is the present tense of the sentence's
    verb, not a participle describing or opening anything."""
    if not (cue.verb.lemma.endswith("ire") and token.lower_.endswith("it")) or \
            cue.start != cue.i or cue.start < 2 or doc[cue.start - 1].text != "," or \
            doc[cue.start - 2].is_sent_start or cue.tail >= len(doc) or \
            any(c.dep_.startswith("aux") for c in token.children):
        return False
    nxt = doc[cue.tail]
    return nxt.pos_ == "DET" or nxt.lower_.replace("’", "'") in {"que", "qu'"} or \
        nxt.text in {"«", "“"}


def forward_quotes(doc: Doc, cue: Cue, unit: tuple[int, int], segments: list[Segment],
                   cues: list[Cue], lex: Lexicon) -> list[Candidate]:
    """Quotes of a cue before its content (`X a déclaré que …`, `a demandé de …`, `a nié
    les allégations`, `a déclaré : « … »`), unless the verb reports nobody's words (a
    passive without its agent, the article's own voice, a participle describing a noun)."""
    token = doc[cue.i]
    # a verb of thinking or a fragment verb reports words only where quotation marks
    # show they were said (`a craint une « dérive »`, `a dit craindre une « dérive »`)
    needs_quoted = cue.verb.kind in {"thought", "fragment"} and \
        not published_forecast(doc, cue, lex)  # (`La banque prévoit que …`: published)
    present = _present_spelled_as_participle(doc, token, cue)
    if not present and (is_passive(token) or agentive_participle(doc, token, unit)):
        # `sont invités à s'engager …`: the subject is the addressee; a report only
        # with its agent (`accusé par ses opposants de …`, `qualifiée de … par X`)
        found = passive_with_agent(doc, cue, unit, lex)
        if found or not bare_past_participle(doc, token, cue):
            return found
    if "Inf" in morph(token, "VerbForm") and \
            any(c.dep_ == "aux:pass" for c in token.head.children) and \
            not _after_avant_de(doc, cue) and not moves_to_speak(token.head):
        return []  # (`a été hué avant de déclarer que …`: the subject goes on to speak)
    if _authors_own_voice(doc, token):
        return []  # `Il faut souligner que …`, `Rappelons que …`: the article speaks
    if not present and describes_a_noun(doc, token, cue, unit, segments):
        return []  # `l'autre qualifié`, `les suspects interpellés`, `chargé de se prononcer`
        # (not the present spelled as a participle, quoted words after it or none:
        # `L'économiste X, de la banque Y, prédit une baisse des taux`)
    if bare_past_participle(doc, token, cue) and not present:
        return _passive_question(doc, cue, unit)
    if segments:  # (the two bounds read once, not twice per segment)
        after_cue, unit_last = doc[cue.end - 1].idx, doc[unit[1] - 1].idx
        quoted_after = any(after_cue < s.open < unit_last for s in segments)
    else:
        quoted_after = False
    floor_noun = False
    historical = historical_infinitive(doc, token)  # `Et le maire de regretter que …`
    if "Inf" in morph(token, "VerbForm") and historical is None:
        spoken = cue.verb.kind == "speech" and (
            quoted_after or _clause_follows(doc, cue, unit, lex))
        purpose = any(doc[k].lower_ in PURPOSE
                      for k in range(max(0, cue.start - 2), cue.start))
        # `a multiplié les interventions pour dénoncer …`: the parser hangs the purpose on
        # the noun of speaking itself
        floor_noun = purpose and cue.verb.kind == "speech" and \
            token.head.pos_ == "NOUN" and token.head.lemma_.lower() in FLOOR_NOUNS
        spoken = spoken or floor_noun or (purpose and cue.verb.kind == "speech" and (
            _takes_the_floor(token.head) or _after_avant_de(doc, cue)))
        if (((token.head.pos_ == "NOUN" and not is_idiom_noun(token.head)) or
             completes_a_noun(doc, token, unit[0])) and not floor_noun and not (
                spoken and pour_before_infinitive(doc, token))) or (purpose and not spoken):
            # `pour garantir sa sécurité`, `le refus d'exclure …`; but a quoted fragment
            # or a clause makes words of it: `pour lui exprimer son « mécontentement »`,
            # `a pris la parole pour expliquer que …`, `l'occasion pour X de
            # rappeler que …`
            return []
    if "Inf" in morph(token, "VerbForm") and governed_by_speech(token, lex) and \
            not _after_avant_de(doc, cue) and historical is None:
        return []  # the governing verb takes the infinitive as its content (not what
        # it said next: `« … », a reconnu X, avant d'ajouter que …`)
    found = complement_start(doc, cue, unit[1], lex)
    if found is None:
        return []
    start_tok, frame, addressee = later_frame(doc, cue, found, unit[1])
    if frame in {"np", "de", "a", "sur"} and any(
            c.i < token.i and "Rel" in morph(c, "PronType") and c.dep_ == "obj"
            for c in token.children):
        return []  # `les garanties que Moscou exige de l'Occident`: what is demanded
        # is the relative pronoun's antecedent, not the words after the verb
    while start_tok < unit[1] and doc[start_tok].text == ",":
        start_tok += 1  # `a expliqué que, d'une part, …`
    start_tok = _past_own_source(doc, start_tok, unit[1])
    if start_tok >= unit[1]:
        return []
    end_tok = content_end(doc, cue, start_tok, unit[1], cues, lex)
    if frame == "np" and (thanked := thanked_for_end(doc, cue, end_tok, unit[1])):
        end_tok = thanked  # `a remercié les bénévoles, qui se sont relayés …`: what for
    if frame == "quoted":  # the quotation's words only: `des « … » devant le siège`
        seg = next((s for s in segments if s.open == doc[start_tok].idx), None)
        if seg is None:
            return []
        end_tok = next((k for k in range(start_tok + 1, unit[1])
                        if doc[k].idx >= seg.end), unit[1] - 1) + 1
    if end_tok <= start_tok or sentences_someone(doc, cue, start_tok, end_tok):
        return []
    start = doc[start_tok].idx
    last = doc[end_tok - 1]
    end = last_content_char(doc_text(doc), start, last.idx + len(last))
    if end - start < 2:
        return []
    if frame == "attr" and sum(not doc[k].is_punct for k in range(start_tok, end_tok)) == 1 and \
            not any(s.start < end and start < s.end for s in segments):
        return []  # `Les salariés se disent inquiets.`: a feeling told in the writer's
        # word, nothing said (`se dit inquiète de la saturation …`, `« soulagée »` are)
    if needs_quoted and not any(s.start < end and start < s.end for s in segments):
        if not (cue.verb.kind == "fragment" and names_a_kind(doc, start_tok)):
            return []
        if doc[start_tok].lower_ in {"de", "d'", "d’"}:
            start = doc[start_tok + 1].idx  # `parle de malentendu`: what it is called
    colon_quote = None
    # `Il a précisé les exigences de la Russie : « … »`, `a assuré que X : « Nous … »`:
    # what was reported, then the quotation given as its proof
    if frame != "colon" and (found := closing_quotation(
            doc, start_tok, end_tok, segments, lex, after_clause=frame == "que")):
        colon_quote, last = found[1], doc[found[0] - 1]
        end = last_content_char(doc_text(doc), start, last.idx + len(last))
    # `se veut rassurante : « … »`: a verb of thought whose only marks are the quotation
    # after the colon says those words, not its own object
    thought_only = needs_quoted and colon_quote is not None and \
        not any(s.start < end and start < s.end for s in segments)
    mention = document_author(doc, cue, lex) or subject_mention(doc, token, cue.tail)
    if historical is not None and historical[0] < historical[1]:
        mention = historical
    if mention is not None and cue.clitic is not None and mention[0] < cue.start < mention[1]:
        # `Aussi la ministre a-t-elle promis …`: the subject stops before the verb that
        # repeats it, and the inverting adverb is none of it
        mention = (mention[0] + (doc[mention[0]].lower_ in INVERTING_ADVERBS), cue.start)
    if mention is None:  # `La juge, ayant rappelé que …, fera …`; `Après avoir rappelé
        mention = aside_subject(doc, cue) or opening_subject(doc, token) or \
            apposed_subject(doc, cue)  # que …, X a …`; `X, magistrat passé par …, a dit`
    if mention is not None and (negated := after_restrictive_que(doc, token)) is not None:
        # `Elle a assuré que X ne pèserait plus que 30 % … et a promis`: `30 %` is no
        # subject; the verb is the reporting verb's sibling and shares its subject
        mention = subject_mention(doc, negated.head) if negated.head.i < negated.i else None
    if mention is None and floor_noun and token.head.head.pos_ in {"VERB", "AUX"}:
        mention = subject_mention(doc, token.head.head)  # who took the floor
    if mention is None and (over := speech_verb_over_participle(doc, token, lex)):
        mention = subject_mention(doc, over)  # `X a critiqué la réforme, jugée « … »`
    subject = doc[mention[0]: mention[1]].text.lower() if mention else ""
    if subject in INDEFINITE_SPEAKERS and "Fin" in morph(token, "VerbForm") and not \
            any(t.lower_ in {"comme", "qu'", "que"} for t in doc[max(0, mention[0] - 1):
                                                                mention[0]]):
        # `On dit que …`: the report stays, its source is nobody named, unless a fronted
        # phrase says whose camp speaks (`Du côté des syndicats, on dénonce …`)
        mention = camp_of_on(doc, doc[mention[0]], lex)
    elif subject in IMPERSONAL:
        return []  # `que l'on demande à …`, `c'est peu dire`: nobody says it
    elif mention and (named := named_after_avec(doc, token)) is not None and \
            names_no_source(doc, mention, lex):
        mention = named  # `Le débat a commencé avec X, …, exprimant …`
    elif mention and frame in THING_FRAMES and cue.verb.lemma in THING_VERBS and not any(
            s.start < end and start < s.end for s in segments) and \
            names_no_source(doc, mention, lex, thing_object=frame == "np" and not any(
                "Inf" in morph(t, "VerbForm") for t in doc[start_tok:end_tok])):  # (`de l'acheter`)
        return []  # `ce vaccin requiert deux doses`: a thing does, it does not say
    mention = mention or copula_subject(doc, cue)
    if copula_of_a_thing(doc, cue, mention, frame, lex):
        return []  # `Le ciel était clair : pas un nuage`: a thing is so, it says nothing
    cand = make_candidate(start, end, "colon" if frame == "quoted" else frame, cue, mention)
    cand.addressee = addressee
    cand.extra["uttered"] = frame == "quoted"  # (words of their own inside a report)
    out = [] if thought_only else [cand]
    if colon_quote is not None:
        quoted = make_candidate(colon_quote.start, colon_quote.end, "colon", cue, mention)
        quoted.addressee = addressee
        out.append(quoted)
    return out


def _past_own_source(doc: Doc, k: int, limit: int) -> int:
    """`Le capitaine a nuancé : selon lui, le groupe a …`: a `selon` + pronoun set off by
    a comma at the head of the content restates who speaks; the words said start after
    it (the `selon` rule finds the same words, one quote)."""
    if k + 2 < limit and doc[k].lower_ == "selon" and doc[k + 1].pos_ == "PRON" and \
            doc[k + 2].text == ",":
        return k + 3
    return k


def _passive_question(doc: Doc, cue: Cue, unit: tuple[int, int]) -> list[Candidate]:
    """`Interrogé par un journaliste sur X, Y a répondu …`: the agent asked about X."""
    agent = None
    content = None
    j = cue.tail
    while j < unit[1] and doc[j].text not in {",", ".", ";", ":"}:
        low = doc[j].lower_
        if low == "par" and agent is None:
            end = pp_np_end(doc, j + 1, unit[1], frozenset({"sur", "à", "au"}))
            if end > j + 2 and doc[end - 1].lower_.replace("’", "'") in {"de", "d'"}:
                end -= 1  # (`interrogé par un élu de l'opposition sur …`: the agent's own
                # `de` complement stays; a `de` before a verb the phrase stopped at does not)
            agent = (j + 1, end) if end > j + 1 else None
            j = max(end, j + 1)
            continue
        if low in {"sur", "à", "au", "quant"} and content is None:
            content = j + 1
        j += 1
    if agent is None or content is None or j <= content:
        return []
    last = doc[j - 1]
    start = doc[content].idx
    end = last_content_char(doc_text(doc), start, last.idx + len(last))
    return [make_candidate(start, end, "sur", cue, agent)]


FLOOR_NOUNS = frozenset({"parole", "occasion", "tribune", "micro", "apparition", "créneau",
                         "conférence", "communiqué", "lettre", "message", "discours",
                         "allocution", "déclaration", "tweet", "publication", "vidéo",
                         "plume", "profit", "intervention", "interview"})
"""`a pris la parole`, `a saisi l'occasion`, `est monté à la tribune`, `a fait une apparition
à la télévision`, `a publié un communiqué`, `a pris la plume`, `a mis à profit son passage à
la radio`, `a multiplié les interventions`, `a accordé une interview`: what a speaker takes
to speak, so that a purpose after it is the speech itself."""


FLOOR_VERBS = frozenset({"adresser", "exprimer", "intervenir", "parler", "prononcer",
                         "réagir", "profiter", "écrire"})
"""Verbs of addressing an audience (`s'est adressé aux élus pour …`, `est intervenu pour
…`), after which a purpose is what was said."""


def _after_avant_de(doc: Doc, cue: Cue) -> bool:
    """`…, avant de rappeler les liens entre …`: what the speaker went on to say, not a
    purpose (`pour garantir …`) or a thing left unsaid (`sans évoquer …`)."""
    return cue.start > 1 and doc[cue.start - 2].lower_ == "avant" and \
        doc[cue.start - 1].lower_.replace("’", "'") in {"de", "d'"}


def _takes_the_floor(verb: Token) -> bool:
    """`a pris la parole pour annoncer sa démission`, `s'est adressé aux élus pour leur
    demander de …`: a purpose after taking the floor or addressing someone is what was
    said; after a meeting, a trip or a march (`se sont entretenus pour évoquer`, `ont
    manifesté pour protester`) it is not."""
    return verb.lemma_.lower() in FLOOR_VERBS or any(
        c.lemma_.lower() in FLOOR_NOUNS for c in verb.children)


def _clause_follows(doc: Doc, cue: Cue, unit: tuple[int, int], lex: Lexicon) -> bool:
    """Whether the verb's content is a `que` clause (what was said, not a topic)."""
    found = complement_start(doc, cue, unit[1], lex)
    return found is not None and found[1] == "que"


IMPERSONAL_GOVERNORS = frozenset({"falloir", "convenir", "importer", "rester", "convient",
                                  "importe", "reste", "faut", "fallait"})
"""`Il faut`, `il convient de`, `il importe de`, `il reste à` + a verb of saying: the
article's own voice, not a report (lemmas, and forms the lemmatiser misreads)."""


def _authors_own_voice(doc: Doc, verb: Token) -> bool:
    """`Il faut souligner que …`, `il convient de rappeler que …`, `Rappelons que …`,
    `Notons que …`, `À noter que …`: the writer addresses the reader; nobody is reported."""
    if opening_word(verb, LINKING_WORDS).i == verb.i and verb.lower_.endswith("ons") and \
            "Fin" in morph(verb, "VerbForm") and \
            not any(c.dep_.startswith("nsubj") for c in verb.children):
        return True  # `Rappelons que`: an imperative opening the sentence (the tagger's
        # person and mood for it are unreliable)
    if verb.lemma_ in {"convenir", "convier"} and \
            any(c.lower_ == "il" for c in verb.children) and \
            not any(c.dep_.startswith("aux") for c in verb.children):
        return True  # `Il convient de rappeler que …` (`convient` may be read `convier`):
        # impersonal; `il a convenu de …`, with its auxiliary, is a person agreeing
    if "Inf" not in morph(verb, "VerbForm"):
        return False
    if verb.i > 0 and doc[verb.i - 1].lower_ in {"à", "a"} and (
            verb.i == 1 or doc[verb.i - 2].is_punct or "\n" in doc[verb.i - 2].text or
            doc[verb.i - 2].is_space):
        return True  # `À noter que …`, `A souligner : …`
    if " ".join(t.lower_ for t in doc[max(0, verb.i - 3):verb.i]).replace("’", "'") in {
            "force est de", "force est d'"}:
        return True  # `force est de constater que …`
    gov = verb.head
    # (the lemmatiser may read `convient` as `convier`)
    if gov.i == verb.i or not ({gov.lemma_, gov.lower_} & IMPERSONAL_GOVERNORS):
        return False
    return any(c.lower_ == "il" and c.dep_ in {"nsubj", "expl:subj", "expl"}
               for c in gov.children)
