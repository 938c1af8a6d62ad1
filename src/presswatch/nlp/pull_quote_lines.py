"""Lines that name who speaks around a quotation with no reporting verb, as pages print
them: a pull-quote line (`Nom : « … »`, `Nom (rôle) : « … »`, `Le sculpteur Nom : « … »`,
`L'entraîneur, Nom : « … »`, after a live blog's time), a quotation signed after a dash
(`« … » - Nom`), an embedded post signed `— Nom (@compte) date`, and a pull-quote that lost
its marks, a paragraph in the first person ending on `Nom, rôle`. `bare_quotes` asks these
before it falls back on the sentence before.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from presswatch.lexicon import Lexicon
from presswatch.nlp.candidates import Candidate
from presswatch.nlp.french import DASHES, FIRST_PERSON_SINGULAR
from presswatch.nlp.marks import Segment
from presswatch.nlp.sentences import layout_line_of, layout_lines
from presswatch.nlp.spans import last_content_char
from presswatch.textutil import doc_ents, doc_text, fold

# An embedded post as a page prints it: its text, links and hashtags, then a signature
# `— Display Name (@account) date`, ending its line, on the post's line or the next one.
_POST_DATE = r"(?:\d{1,2}[ \t]+)?\w+\.?[ \t]+(?:\d{1,2},[ \t]*)?\d{4}"
POST_SIGNATURE = re.compile(r"(?:(?:^|[ \t])[—–-][ \t]*(?=[^\n()—–]{2,80}?[ \t]*\(@\w{1,30}\)"
                            rf"[ \t]*(?:{_POST_DATE})?[ \t]*$)|^(?=[^\n()—–]{{2,80}}?[ \t]*"
                            rf"\(@\w{{1,30}}\)[ \t]*{_POST_DATE}[ \t]*$))"
                            r"(?P<name>[^\n()—–]{2,80}?)[ \t]*\(@\w{1,30}\)[ \t]*"
                            rf"(?:{_POST_DATE})?[ \t]*$", re.M)
"""`— Name (@account) date` ending a line; on a line of its own the dash may be lost,
the date then required."""
POST_TRAILER = re.compile(r"(?:[ \t]*(?:#\w+|@\w+|https?://\S+|pic\.twitter\.com/\S+))+"
                          r"[ \t]*$")


def embedded_posts(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Posts embedded in the page (a tweet's text signed `— Name (@account) date`) are
    direct quotes of the signing account (GUIDELINE, Settled cases); the trailing links
    and hashtags are the page's, not the words posted."""
    text = doc_text(doc)
    out: list[Candidate] = []
    lines: list[tuple[int, int]] = []
    for match in POST_SIGNATURE.finditer(text):
        lines = lines or layout_lines(text)  # (a post run into the paragraph before: its tail)
        line_start = layout_line_of(lines, match.start())[0]
        body_end = match.start()
        if not text[line_start: body_end].strip():  # the signature opens its own line:
            body_end = line_start - 1  # the post is the whole line before (its last
            line_start = text.rfind("\n", 0, max(body_end, 0)) + 1  # sentence is no heading)
            line_start = _post_start(text, line_start)
        body = text[line_start: max(body_end, line_start)]
        trailer = POST_TRAILER.search(body)
        end = line_start + (trailer.start() if trailer else len(body))
        start = line_start + len(body) - len(body.lstrip())
        end = last_content_char(text, start, end)
        if not re.search(r"\w", text[start:end]):
            continue
        name = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
        if claimed := [c for c in cands if c.start < end and start < c.end]:
            _widen_to_post(claimed, start, end, name)
            continue
        if name is None:
            continue
        cand = Candidate(start, end, "post", type="direct")
        cand.mention = (name.start, name.end)
        out.append(cand)
    return out


def _post_start(text: str, line_start: int) -> int:
    """Where a post of several lines starts: after the line that introduces it with a
    colon (`Le ministre a réagi sur X :`) when one of the two lines before its last does;
    else its last line alone."""
    start = line_start
    for _ in range(2):
        if start <= 0:
            break
        before = text.rfind("\n", 0, start - 1) + 1
        line = text[before: start - 1].rstrip()
        if line.endswith(":"):
            return start
        if not line or "«" in line or POST_SIGNATURE.search(line):
            break
        start = before
    return line_start


def _widen_to_post(claimed: list[Candidate], start: int, end: int, name: Span | None
                   ) -> None:
    """`X a tweeté :` then the post: the colon's report read the post's first sentence as
    its content; the post is the whole text, quoted as posted, and its signature's account
    says who posted it (`X a publié une vidéo :` has the video for the parse's subject)."""
    if len(claimed) == 1 and (c := claimed[0]).cue is not None and c.type != "direct" and \
            start <= c.start and c.end <= end:
        c.start, c.end, c.type = start, end, "direct"
        c.extra["fixed_type"] = True
        if name is not None:
            c.mention, c.speaker_ref = (name.start, name.end), None


NOT_A_SOURCE_IN_BRACKETS = frozenset({
    "photo", "photos", "sic", "ndlr", "nldr", "trad", "traduction", "crédit", "crédits",
    "vidéo", "afp", "reuters", "ap", "belga", "ats", "dpa", "ansa", "efe", "apa", "archives",
    "illustration", "capture"})
"""First words of a bracket after a quotation that credit a picture or the wire, or mark
the writer's own gloss, and name no one who wrote the quotation."""


def source_in_brackets(doc: Doc, seg: Segment, u1: int) -> tuple[int, int] | None:
    """`« Une femme de gauche à la tête d'un pays fracturé » (El Diario del Sur, Puerto
    Alto).`: a press review's quotation standing alone, its source (the newspaper) named
    in brackets after it, up to a comma; the quotation and its bracket make the whole unit."""
    text = doc_text(doc)
    last = doc[u1 - 1]
    trail = text[seg.outer_end: last.idx + len(last)].strip()
    if not (trail.startswith("(") and trail.rstrip(".").endswith(")")) or \
            trail.count("(") != 1:
        return None
    opening = text.index("(", seg.outer_end)
    inner = text[opening + 1: text.index(")", opening)]
    cut = min((k for k in (inner.find(","), inner.find(";")) if k >= 0), default=len(inner))
    start = opening + 1 + len(inner) - len(inner.lstrip())
    name = doc.char_span(start, opening + 1 + len(inner[:cut].rstrip()),
                         alignment_mode="contract")
    if name is None or not 1 <= len(name) <= 6 or not name.text[:1].isupper() or \
            fold(name[0].text) in {fold(w) for w in NOT_A_SOURCE_IN_BRACKETS} or \
            any(t.pos_ in {"VERB", "AUX"} for t in name) or \
            not all(t.text[:1].isupper() for t in name if t.is_alpha and len(t) > 3):
        return None
    return name.start, name.end


def signature_after(doc: Doc, seg: Segment, u1: int) -> tuple[int, int] | None:
    """The name that signs a quotation after a dash, up to a comma or the unit's end, when
    the quotation and its signature make the whole unit and the name is a person's."""
    text = doc_text(doc)
    last = doc[u1 - 1]
    trail = text[seg.outer_end: last.idx + len(last)]
    stripped = trail.lstrip()
    if not stripped.startswith(DASHES):
        return opinion_signer(doc, seg)
    name_char = seg.outer_end + len(trail) - len(stripped) + 1
    while name_char < len(text) and text[name_char].isspace():
        name_char += 1
    first = next((t for t in doc[: u1] if t.idx >= name_char), None)
    if first is None or not (first.ent_type_ == "PER" or first.pos_ == "PROPN"):
        return None
    end = first.i
    while end < u1 and doc[end].text != "," and not doc[end].is_space:
        end += 1
    return first.i, end


OPINION_LABEL = re.compile(r"[ \u00a0]*(?:Tribune|Opinion|Point de vue|Lettre ouverte|Courrier des "
                           r"lecteurs|Libre opinion|Carte blanche)[ \u00a0]*[.:–—-]", re.I)
"""The label opening the headline of a piece its signer wrote (`Tribune. « … »`)."""


def opinion_signer(doc: Doc, seg: Segment) -> tuple[int, int] | None:
    """`Tribune. « Nos campagnes méritent mieux »` … `Jacqueline Fabre, présidente de
    …`: a quotation in the headline of an opinion piece is its signer's, the person whose
    name opens the text's last line, a signature (the name, then at most a comma and who
    they are; no verb, no sentence). None for any other quotation."""
    text = doc_text(doc)
    first_line_end = text.find("\n")
    if first_line_end < 0 or seg.outer_end > first_line_end or \
            not OPINION_LABEL.match(text, 0, seg.open):
        return None
    body = text.rstrip()
    start = body.rfind("\n") + 1
    line = body[start:]
    if not line or len(line) > 200 or line.endswith((".", "!", "?", "»")):
        return None
    tokens = [t for t in doc if start <= t.idx < len(body)]
    if not tokens or tokens[0].ent_type_ != "PER" or \
            any(t.pos_ in {"VERB", "AUX"} and t.i < (next((u.i for u in tokens if u.text == ","),
                                                          tokens[-1].i + 1)) for t in tokens):
        return None
    end = next((t.i for t in tokens if t.text == ","), tokens[-1].i + 1)
    if end - tokens[0].i < 2 or any(doc[k].ent_type_ != "PER" for k in range(tokens[0].i, end)):
        return None
    return tokens[0].i, end


LIVE_TIME = re.compile(r"\d{1,2}[ \u00a0]?[hH:][ \u00a0]?\d{2}[ \u00a0]*[-–—|][ \u00a0]*")
"""A live blog entry's time and dash (`21h12 - `, `9:05 – `), before the entry's words."""
LIVE_STAMP_LEAD = re.compile(r"[ \u00a0]*(?:[•·▪►▶][ \u00a0]*)?"
                             r"\d{1,2}[ \u00a0]?[hH:][ \u00a0]?\d{2}"
                             r"[ \u00a0]*(?:[-–—|:][ \u00a0]*)?")
"""All a live blog entry holds before its quotation (`11:47 « … »`, `• 20:33 | « … »`): the
entry is the quotation alone, as a paragraph of its own would be."""


def pull_quote_name(doc: Doc, u0: int, quote_tok: int, *, colon: bool = True
                    ) -> tuple[int, int] | None:
    """`Jean Dupont (Debout la France) : « … »`: a pull-quote line, a person's name (and a
    parenthesis, or an apposition saying who they are) then a colon; the name is the
    speaker. With `colon=False`, the name and its parenthesis stand right before the
    quotation (`Jean Dupont (Debout la France) « … »`): the parenthesis is then required,
    since a bare name before quoted words is most often a headline's subject
    (`Dupont « prêt » à partir`)."""
    if colon:
        end = next((k for k in range(quote_tok - 1, u0 - 1, -1) if doc[k].text == ":"), None)
        if end is None:
            return None
        while end > u0 and doc[end - 1].is_space:
            end -= 1  # (`Jean Dupont` / `: « … »`: the colon put on the next line)
    else:
        end = quote_tok
        while end > u0 and (doc[end - 1].is_quote or doc[end - 1].is_space):
            end -= 1
        if end <= u0 or doc[end - 1].text != ")":
            return None
    if end > u0 and doc[end - 1].text == ")":
        opening = next((k for k in range(end - 1, u0 - 1, -1) if doc[k].text == "("), None)
        if opening is None:
            return None
        end = opening
    start = _line_start(doc, u0, end)
    comma = next((k for k in range(start + 1, end) if doc[k].text == ","), None)
    if comma is not None:
        # `Jean Dupont, maire de Lyon : « … »`: the name, then who they are
        if end - comma > 10 or any(t.pos_ in {"VERB", "AUX"} for t in doc[comma + 1: end]):
            return None
        end = comma
    name = doc[start:end]
    if len(name) == 1 and any(e.label_ == "PER" and len(e) > 1 and e[-1].text == name[0].text
                              for e in doc_ents(doc)):
        return start, end  # `Macron : « … »`: a surname the article gives in full elsewhere
    if 2 <= len(name) <= 4 and _capitals_name(name.text):
        return start, end  # `CLAIRE AUBIN (présidente) : « … »`: a round-up in capitals,
        # which the tagger does not read as a name
    if not 2 <= len(name) <= 4 or not all(t.ent_type_ == "PER" or t.pos_ == "PROPN"
                                          for t in name):
        return _role_then_name(doc, start, end)  # (one word alone is most often a topic:
        # `Grève : « … »`)
    return start, end


def _line_start(doc: Doc, u0: int, end: int) -> int:
    """Where the speaker's words of a pull-quote line ending at `end` start: the line's
    start, or after a label's colon, or after the last quotation of a round-up whose line
    breaks were lost (`… » Claire Martin (LFI) « … »`); past a label (`À LIRE AUSSI :
    Jean Dupont : « … »`) or a live blog's time (`21h12 - Jean Dupont : « … »`)."""
    start = next((k + 1 for k in range(end - 1, u0 - 1, -1)
                  if doc[k].text in {":", "»", "”", ".", "!", "?"}), u0)
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if start < end and (stamp := LIVE_TIME.match(doc_text(doc), doc[start].idx)):
        start = next((k for k in range(start, end) if doc[k].idx >= stamp.end()), end)
    return start


CAPITAL_LABELS = frozenset({"lire aussi", "a lire aussi", "voir aussi", "en direct", "en images",
                            "en video", "info", "derniere minute", "mise a jour"})
"""Labels a page sets in capitals before a colon, that no name is."""


def _capitals_name(words: str) -> bool:
    """Two to four words in capitals (hyphens inside) that no page label is."""
    parts = words.split()
    return all(re.fullmatch(r"[A-ZÀ-ÖØ-Þ]{2,}(?:-[A-ZÀ-ÖØ-Þ]{2,})*", w) for w in parts) and \
        fold(words) not in CAPITAL_LABELS


def role_pull_quote(doc: Doc, u0: int, quote_tok: int, lex: Lexicon
                    ) -> tuple[int, int] | None:
    """`L'entraîneur lyonnais, Paul Ternier : « … »`, `Le capitaine nantais : « … »`: a
    round-up's line opening on a role (a speaker noun of the lexicon), maybe then the
    name after a comma, then a colon: the name speaks, else the role."""
    end = next((k for k in range(quote_tok - 1, u0 - 1, -1) if doc[k].text == ":"), None)
    if end is None:
        return None
    while end > u0 and doc[end - 1].is_space:
        end -= 1  # (`Une salariée, Maryse Couderc` / `: « … »`: a colon put on the next line)
    start = _line_start(doc, u0, end)
    if not 2 <= end - start <= 16 or doc[start].lower_ not in LINE_DETERMINERS or any(
            t.pos_ in {"VERB", "AUX"} and "Part" not in t.morph.get("VerbForm")
            for t in doc[start:end]):
        return None  # (`Une habitante rencontrée au marché :`: a participle may describe)
    comma = next((k for k in range(start + 2, end) if doc[k].text == ","), None)
    if comma is not None:
        stop = next((k for k in range(comma + 1, end) if doc[k].text in {",", "("}), end)
        # (`Le président de région, Thierry Rouvel (LR) : « … »`: the party is no name)
        name = doc[comma + 1: stop]
        if 2 <= len(name) <= 4 and all(t.ent_type_ == "PER" or t.pos_ == "PROPN"
                                       for t in name):
            return comma + 1, stop  # (`Le pivot de Lyon, Ugo Lambert, furieux : « … »`)
        return None
    return (start, end) if lex.noun_class(doc[start + 1]) in {"role", "group"} else None


LINE_DETERMINERS = frozenset({"le", "la", "l'", "l’", "un", "une", "son", "sa", "leur"})
"""What a round-up's or a vox pop's line opens on before its role (`Le capitaine
nantais :`, `Une habitante du quartier :`, `Son ancien parolier, Michel Aubry :`)."""


def _role_then_name(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """`Le chef d'orchestre Piotr Zalewski : « … »`, `Le demi de mêlée Nicolas Arrieta,
    auteur de 14 points : « … »`: a pull-quote line whose name follows the role it is
    introduced by; the name (two to four words a name's) speaks."""
    if end - start > 10 or doc[start].lower_ not in {"le", "la", "l'", "l’"} or any(
            t.pos_ in {"VERB", "AUX"} for t in doc[start:end]):
        return None
    k = end
    while k > start + 1 and (doc[k - 1].ent_type_ == "PER" or doc[k - 1].pos_ == "PROPN"):
        k -= 1
    return (k, end) if 2 <= end - k <= 4 and doc[k - 1].pos_ in {"NOUN", "ADJ", "PROPN"} \
        else None


SIGNATURE_CUT = re.compile(r"(?<=[.!?…])[ \t\u00a0]+(?=[A-ZÀ-ÖØ-Þ])|[ \t\u00a0][-–—][ \t\u00a0]+")
"""Where a signature starts after the words it signs: a sentence's end, or a dash."""
QUOTATION_MARKS = frozenset("«»“”\"")


def signed_paragraphs(doc: Doc, lex: Lexicon, cands: list[Candidate]) -> list[Candidate]:
    """A pull-quote whose page lost its quotation marks: a paragraph in the first person
    that ends on its signature (`… tout l'hiver. Marie Delorme, maire de Saint-Brieuc`,
    `… en vingt ans - Paul Morel, président du comité`). The words before the signature
    are the signer's, a direct quote (GUIDELINE: a pull-quote is its speaker's). A
    signature is a person's name with a role noun beside it and no verb; a paragraph with a
    quotation mark, or one a quote already claims, is left to the other rules; so is a long
    one (a pull-quote is a sentence or two, a signed column is no quote)."""
    text = doc_text(doc)
    out: list[Candidate] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip() or QUOTATION_MARKS.intersection(line):
            continue
        cut = next(reversed(list(SIGNATURE_CUT.finditer(line))), None)  # (the last one)
        if cut is None:
            continue
        body_end, sign_start = start + cut.start(), start + cut.end()
        name = _signature_name(doc, lex, sign_start, start + len(line.rstrip(" \t.")))
        first = start + len(line) - len(line.lstrip())
        body = doc.char_span(first, body_end, alignment_mode="expand")
        if name is None or body is None or not 6 <= sum(t.is_alpha for t in body) <= 80 or \
                not _speaks_in_the_first_person(body) or \
                any(c.start < body_end and first < c.end for c in cands + out):
            continue
        cand = Candidate(first, last_content_char(text, first, body_end), "signed",
                         type="direct")
        cand.mention = name
        out.append(cand)
    return out


def _signature_name(doc: Doc, lex: Lexicon, start: int, end: int) -> tuple[int, int] | None:
    """The name (token bounds) in a signature `Name, role` or `Role, Name` between the
    characters `start` and `end`: two to four words of a name, a role noun of the lexicon in
    the rest, and no finite verb."""
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None or not 3 <= len(words) <= 16 or any(
            t.pos_ in {"VERB", "AUX"} and "Part" not in t.morph.get("VerbForm")
            for t in words):
        return None
    named = [t.ent_type_ == "PER" or t.pos_ == "PROPN" for t in words]
    lo = 0
    while lo < len(words) and named[lo]:
        lo += 1  # `Name, role`
    hi = len(words)
    while hi > 0 and named[hi - 1]:
        hi -= 1  # `Role, Name`
    if 2 <= lo <= 4 and lo < len(words) and words[lo].text == ",":
        name, rest = (words[0].i, words[lo].i), words[lo + 1:]
    elif 2 <= len(words) - hi <= 4 and hi > 0 and words[hi - 1].text == ",":
        name, rest = (words[hi].i, words[-1].i + 1), words[: hi - 1]
    else:
        return None
    if any(t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in CAPTION_SCENES
           for t in rest):
        return None  # a photo caption: `Claire Vasseur, présidente du club, dans son bureau`
    return name if any(lex.noun_class(t) == "role" for t in rest if t.pos_ == "NOUN") \
        else None


CAPTION_SCENES = frozenset({"dans", "devant", "derrière", "chez", "sous", "entouré",
                            "entourée"})
"""What opens a photo caption's scene after a name and its role (`…, dans son bureau`,
`…, devant la mairie`); a signature's occasion (`…, lors de l'inauguration`) is no scene."""
NOUS_CLITICS = frozenset({"ne", "n'", "y", "en", "le", "la", "les", "l'", "lui", "leur",
                          "vous", "nous"})
"""What may stand between `nous` and its verb (`nous ne l'avons pas`, `nous en avons`)."""


def _speaks_in_the_first_person(body: Span) -> bool:
    """Whether the paragraph `body` is someone speaking: a word of one person (`je`,
    `mon`, `moi`) or `nous` as the subject of its verb (`nous avons tenu`, `nous
    sommes`). The outlet's own first person is plural and seldom a subject of a signed
    paragraph's kind: `nos informations`, `Contacté par nos soins`, `Il nous a reçus`,
    `Notre équipe a suivi` are the writer's, and a line after them may be a photo caption
    or the reporter's."""
    doc = body.doc
    for t in body:
        low = t.lower_.replace("’", "'")
        if low in FIRST_PERSON_SINGULAR:
            return True
        if low == "nous":
            k = t.i + 1
            while k < body.end and doc[k].lower_.replace("’", "'") in NOUS_CLITICS:
                k += 1
            verb = doc[k].lower_ if k < body.end else ""
            if verb == "sommes" or verb.endswith(("ons", "âmes", "îmes", "ûmes")):
                return True
    return False
