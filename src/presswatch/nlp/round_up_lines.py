"""Round-up and page lines the earlier format rules did not read (issue 9, the third
format probe `eval/probes-formats-3`): a reaction round-up's line whose words after the
name and colon are a clause with quoted fragments (`• Pierre Danjou (RN) : le texte est
« une usine à gaz »`), a mixed quote of the name; a post embedded under its header line
(`Nom @compte · 3 h`, or the header broken over lines: `Nom` / `@compte` / `·` / `2 déc.`),
a direct quote of the account.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from presswatch.lexicon import Lexicon
from presswatch.nlp.candidates import Candidate
from presswatch.nlp.marks import Segment
from presswatch.nlp.pull_quote_lines import LIVE_TIME, POST_TRAILER, pull_quote_name
from presswatch.nlp.spans import last_content_char
from presswatch.textutil import doc_text


def pull_quote_clause(doc: Doc, seg: Segment, span: Span, segments: list[Segment]
                      ) -> Candidate | None:
    """`• Pierre Danjou (RN) : le texte est « une usine à gaz » qui « … ».`: a round-up's
    line, a person's name (and party) then a colon, then the person's view in a clause of
    the page's words with quoted fragments: the clause to its line's end is a mixed quote
    of that person. The quoted fragments alone are verbless and would be dropped. The
    line, not the sentence unit, bounds it: the parser may cut a unit at the colon."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, seg.open) + 1
    line_end = text.find("\n", seg.outer_end)
    line_end = len(text) if line_end < 0 else line_end
    u0 = span[0].i
    while u0 > 0 and doc[u0 - 1].idx >= line_start:
        u0 -= 1
    colon = next((k for k in range(span[0].i - 1, u0 - 1, -1) if doc[k].text == ":" and
                  not any(s.open < doc[k].idx < s.outer_end for s in segments)), None)
    if colon is None or doc[colon + 1].idx >= seg.open or any(
            doc[k].text in {"«", "»", "“", "”", '"'} and doc[k].idx < seg.open
            for k in range(colon + 1, span[0].i)):
        return None  # (a quotation right after the colon is a pull-quote line's own)
    if not _verb_outside_marks(doc, colon + 1, line_end, segments):
        return None  # (`• X (LR) : 54 % des voix, « une belle victoire ».`: a result line,
        # no view of X's in a clause)
    named = pull_quote_name(doc, u0, colon + 1)
    if named is None:
        return None
    start = doc[colon + 1].idx
    cand = Candidate(start, last_content_char(text, start, len(text[:line_end].rstrip())),
                     "bare", type="mixed")
    cand.mention = named
    return cand


def _verb_outside_marks(doc: Doc, k: int, line_end: int, segments: list[Segment]) -> bool:
    """Whether the words from token `k` to the line's end hold a finite verb outside the
    quotations: the page's own clause that makes the line a view (`le texte est « … »`)."""
    while k < len(doc) and doc[k].idx < line_end:
        t = doc[k]
        if t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") and \
                not any(s.open < t.idx < s.outer_end for s in segments):
            return True
        k += 1
    return False


_SEP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_AGO = (r"(?:\d{1,2}[ \t]*(?:h|min|s|j)\b|\d{1,2}[ \t]+\w{3,9}\.?(?:[ \t]+\d{4})?"
        r"|\w{3,9}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)")
POST_HEADER = re.compile(rf"^[ \t]*(?P<name>[^\n@·#:.!?«»]{{2,60}}?){_SEP}@\w{{1,30}}"
                         rf"(?:{_SEP}·)?(?:{_SEP}{_AGO})?[ \t]*$", re.M)
"""A post's header as a page embeds it above the post: the display name, the account
and how long ago (`Camille Rieux @camille_rieux · 3 h`), or the same broken over lines."""


NAME_PARTICLES = frozenset({"de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’",
                            "et", "&", "von", "van"})
"""Lower-case words a display name may hold (`Mairie de Brassac`, `Syndicat des eaux`)."""
BYLINE_OPENERS = frozenset({"par", "avec", "by"})
"""A byline's first word (`Par Marie Lefèvre @marielefevre`): the article's author, whose
account a page prints above the text, which is then no post of theirs."""


def display_name(words: str) -> bool:
    """Whether `words` before an `@account` read as an account's display name: capitalised
    words and name particles only, not a byline (`Par X @x`: the lead under it is the
    writer's own text) nor a sentence (`Suivez-nous sur Twitter @LaGazette`, a page's
    invitation whose next paragraph is the article's)."""
    parts = words.split()
    if parts[0].lower() in BYLINE_OPENERS:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in NAME_PARTICLES or
               w.lower().startswith(("d'", "d’", "l'", "l’")) for w in parts)


def posts_under_headers(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """The line after a post's header is the post: a direct quote of the account's
    display name, without its hashtags and links (GUIDELINE, Settled cases: an embedded
    post given to a named account). A report the post's own words held (`Je dénonce …`)
    becomes that post."""
    text = doc_text(doc)
    out: list[Candidate] = []
    for match in POST_HEADER.finditer(text):
        name_text = match.group("name").strip()
        if not name_text[:1].isupper() or len(name_text.split()) > 6 or \
                not display_name(name_text):
            continue
        body_start = match.end()
        while body_start < len(text) and text[body_start].isspace():
            body_start += 1
        line_end = text.find("\n", body_start)
        line_end = len(text) if line_end < 0 else line_end
        body = text[body_start:line_end]
        trailer = POST_TRAILER.search(body)
        end = last_content_char(text, body_start,
                                body_start + (trailer.start() if trailer else len(body)))
        if len(re.findall(r"\w+", text[body_start:end])) < 3 or text[body_start] in "«“\"":
            continue
        lo = match.start("name") + len(match.group("name")) - len(match.group("name").lstrip())
        name = doc.char_span(lo, lo + len(name_text), alignment_mode="expand")
        if name is None:
            continue
        claimed = [c for c in cands + out if c.start < end and body_start < c.end]
        if len(claimed) == 1 and body_start <= claimed[0].start and claimed[0].end <= end:
            c = claimed[0]
            c.start, c.end, c.type = body_start, end, "direct"
            c.extra["fixed_type"] = True
            c.mention, c.speaker_ref = (name.start, name.end), None
            continue
        if claimed:
            continue
        cand = Candidate(body_start, end, "post", type="direct")
        cand.mention = (name.start, name.end)
        out.append(cand)
    return out


_KICKER_TOPIC = re.compile(r"^[^\n,:–—]{2,40}?[ \u00a0](?:[–—-]|:)[ \u00a0]+")
"""A kicker's topic before the speaker's name (`Rugby – `, `Municipales : `)."""


def kicker_headline(doc: Doc, seg: Segment, lex: Lexicon) -> tuple[int, int] | None:
    """`Didier Sarrazin, président du Stade vausselois` / `« Le club ne sera pas vendu »`:
    a headline that is a quotation alone, under a kicker line naming a person (and who
    they are): the person's words (GUIDELINE: pull-quotes and headlines). Only at the top
    of the article, where pages print a kicker, and only when the words after the name
    say who the person is (a role noun of the lexicon) or the quotation has a verb: a
    title under a name (`X, l'enquête` / `« Une vie pour la Résistance »`) is none.
    The name's tokens, or None."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, seg.open) + 1
    line_end = text.find("\n", seg.outer_end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:seg.open].strip() or text[seg.outer_end:line_end].strip(" .\t"):
        return None
    before = text[:line_start].rstrip()
    if "\n" in before.strip():
        return None  # (the kicker is the article's first line, the headline its second)
    kicker_start = len(before) - len(before.lstrip())
    topic = _KICKER_TOPIC.match(before, kicker_start)
    name_start = topic.end() if topic else kicker_start
    comma = before.find(",", name_start)
    name = doc.char_span(name_start, comma if comma > 0 else len(before),
                         alignment_mode="contract")
    if name is None or not 2 <= len(name) <= 4 or not all(
            t.ent_type_ == "PER" or t.pos_ == "PROPN" for t in name):
        return None
    role = before[comma + 1:] if comma > 0 else ""
    if len(role.split()) > 10 or any(c in role for c in ",.!?;«»") or any(
            t.pos_ == "AUX" for t in doc[name.end: name.end + 12] if t.idx < len(before)):
        return None  # (the role is a phrase, not a clause: `président du Stade vausselois`,
        # whose adjective the tagger may call a verb)
    role_head = next((t for t in doc[name.end: name.end + 6] if t.idx > comma and
                      t.pos_ in {"NOUN", "PROPN", "ADJ"}), None) if comma > 0 else None
    quoted = doc.char_span(seg.start, seg.end, alignment_mode="expand")
    if not (role_head is not None and lex.noun_class(role_head) in {"role", "group"}) and \
            not (quoted is not None and any(t.pos_ in {"VERB", "AUX"} for t in quoted)):
        return None
    return name.start, name.end


def past_live_times(doc: Doc, cands: list[Candidate]) -> None:
    """`20h20 – « … », poursuit le maire.`: a live blog entry's time and dash at the start
    of an incise's content are the page's, not the speaker's words; the content starts
    past them (and the quotation alone is then a direct quote)."""
    text = doc_text(doc)
    for c in cands:
        if c.start and text[c.start - 1] != "\n":
            continue
        if (stamp := LIVE_TIME.match(text, c.start)) is not None and stamp.end() < c.end:
            c.start = stamp.end()


NAMING_LEMMAS = frozenset({"surnommer", "baptiser", "rebaptiser", "dénommer", "alias",
                           "appeler", "nommer"})
"""Words before a quotation that make it a name given (`surnommé « le Capitaine »`, `que
tout le quartier appelle « Mamie Rex »`), which nobody is quoted saying."""


def a_name_given(doc: Doc, seg: Segment) -> bool:
    """Whether the quotation `seg` is a nickname or a name given right after a naming
    verb: a few words opening on a capital or on an article and a capital (`appelle « à
    la grève »` is an appeal, its words no name)."""
    text = doc_text(doc)
    before = doc.char_span(0, seg.open, alignment_mode="contract")
    words = text[seg.start:seg.end].split()
    if before is None or not len(before) or not 1 <= len(words) <= 4:
        return False
    head = words[1] if words[0].lower() in {"le", "la", "les", "l'", "l’"} and \
        len(words) > 1 else words[0]
    if head.lower().startswith(("l'", "l’")):
        head = head[2:]
    last = before[-1]
    return head[:1].isupper() and (last.lemma_ in NAMING_LEMMAS or
                                   last.lower_ in NAMING_LEMMAS)
