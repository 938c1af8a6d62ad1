"""Interactions an article reports: meetings, calls, talks, press conferences, visits, summits.

A trigger phrase (`data/interaction_triggers.tsv`) in a sentence makes a mention; its
participants are the people named in that sentence and the speakers of quotes made in it.
Mentions of one type in one article are merged (the article usually reports one meeting
several times), keeping every participant, the first place and the first resolved date.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from spacy.tokens import Doc

from presswatch.nlp.dates import find_dates, resolve

MAX_PHRASE = 4
# meetings, calls, talks and summits need two parties named in the sentence
TWO_PARTIES = 2
MIN_PARTIES = {"meeting": 2, "talks": 2, "phone_call": 2, "summit": 2}


def load_triggers(path: Path | None = None) -> dict[tuple[str, ...], str]:
    if path is None:
        text = resources.files("presswatch.data").joinpath(
            "interaction_triggers.tsv").read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    out: dict[tuple[str, ...], str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("type\t"):
            continue
        kind, _, phrase = line.partition("\t")
        out[tuple(w.lower().replace("’", "'") for w in phrase.split())] = kind.strip()
    return out


def _matches(doc: Doc, triggers: dict[tuple[str, ...], str]) -> list[tuple[int, int, str]]:
    found = []
    firsts = {k[0] for k in triggers}
    words = [t.lemma_.lower() for t in doc]
    texts = [t.lower_ for t in doc]
    i = 0
    while i < len(doc):
        hit = None
        if words[i] not in firsts and texts[i] not in firsts:
            i += 1
            continue
        for n in range(MAX_PHRASE, 0, -1):
            key_l, key_t = tuple(words[i: i + n]), tuple(texts[i: i + n])
            kind = triggers.get(key_l) or triggers.get(key_t)
            if kind and len(key_l) == n:
                hit = (i, i + n, kind)
                break
        if hit:
            tok = doc[hit[0]]
            # verbs like recevoir / rencontrer need a person object or plural subject;
            # nouns need to be nouns (appeler à ≠ un appel)
            if tok.pos_ in {"VERB", "NOUN", "PROPN", "ADP", "ADJ"}:
                found.append(hit)
            i = hit[1]
        else:
            i += 1
    return found


def _hypothetical(doc: Doc, i: int) -> bool:
    """`pour s'entretenir à nouveau`, `devrait rencontrer`: planned or possible, not held."""
    tok = doc[i]
    for t in (tok, tok.head):
        if "Inf" in t.morph.get("VerbForm") or "Fut" in t.morph.get("Tense") or \
                "Cnd" in t.morph.get("Mood"):
            return True
    return False


def _names_between(people: list[dict], quotes: list[dict], lo: int, hi: int) -> list[str]:
    """People named, and speakers quoted, between two character offsets."""
    names = [p["name"] for p in people if any(lo <= m < hi for m in p["mentions"])]
    names += [q["speaker"] for q in quotes if q["speaker"] and q["cue_start"] is not None
              and lo <= q["cue_start"] < hi]
    return names


def find_interactions(doc: Doc, triggers: dict[tuple[str, ...], str],
                      article_date: str | None) -> list[dict]:
    """Interaction dicts: type, participants, place, date, trigger, trigger_start/end."""
    people = doc._.people or []
    quotes = doc._.quotes or []
    merged: dict[str, dict] = {}
    matches = _matches(doc, triggers)
    for n_match, (start, end, kind) in enumerate(matches):
        sent = doc[start].sent
        s0, s1 = sent.start_char, sent.end_char
        # two interactions in one sentence (`la rencontre entre A et B fait suite à deux
        # conversations entre C et D`): each takes the people after it, up to the next one
        nxt = [a for a, _b, _k in matches[n_match + 1:] if doc[a].sent.start == sent.start]
        prev = [b for _a, b, _k in matches[:n_match] if doc[b - 1].sent.start == sent.start]
        after = (doc[start].idx, doc[nxt[0]].idx if nxt else s1)
        names = _names_between(people, quotes, *after)
        if len(names) < TWO_PARTIES:
            # `X a déclaré lors d'une conférence de presse avec Y`: the subject side too
            before = (doc[prev[-1]].idx if prev else s0, doc[start].idx)
            names = _names_between(people, quotes, *before) + names
        if len(names) < MIN_PARTIES.get(kind, 1):
            # `…, après son entretien avec Y`: the possessive points to the sentence subject
            names = _names_between(people, quotes, s0, doc[start].idx) + names
        # the other party named after `avec` (`pourparlers à Ryad avec les Etats-Unis`)
        for ent in sent.ents:
            if ent.label_ in {"ORG", "LOC", "PER"} and ent.start > 1 and any(
                    doc[k].lower_ == "avec" for k in range(max(ent.start - 3, 0), ent.start)):
                names.append(ent.text)
        names = list(dict.fromkeys(names))
        if len(names) < MIN_PARTIES.get(kind, 1) or _hypothetical(doc, start):
            continue
        place = None
        for ent in sent.ents:
            if ent.label_ == "LOC" and ent.start > 0 and doc[ent.start - 1].lower_ in {
                    "à", "au", "en"} and ent.start >= start - 6:
                place = ent.text
                break
        date = None
        for _a, _b, expr in find_dates(sent.text):
            date = resolve(expr, article_date)
            if date:
                break
        ev = merged.setdefault(kind, {"type": kind, "participants": [], "place": None,
                                      "date": None, "trigger": doc[start:end].text,
                                      "trigger_start": doc[start].idx,
                                      "trigger_end": doc[end - 1].idx + len(doc[end - 1])})
        for n in names:
            if n not in ev["participants"]:
                ev["participants"].append(n)
        ev["place"] = ev["place"] or place
        ev["date"] = ev["date"] or date
    return list(merged.values())
