"""spaCy component: resolve each quote's speaker within its article.

Fills `speaker` on every quote in `Doc._.quotes` and lists the article's people in
`Doc._.people`. Quotes are resolved in text order so a pronoun can point back to the
speaker of an earlier quote."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from presswatch.components import extensions
from presswatch.lexicon import Lexicon, build_lexicon, default_lexicon
from presswatch.nlp.people import build_people
from presswatch.nlp.speakers import SpeakerResolver
from presswatch.textutil import release_text

# A quote with neither a mention nor a shared speaker takes the speaker of a quote that
# ended at most this many characters before it (`», commenté.`, participles).
NEIGHBOUR_CHARS = 400


class SpeakerComponent:
    def __init__(self, nlp: Language, name: str, *, nouns_path: str | None = None,
                 names_path: str | None = None) -> None:
        extensions.register()
        self.name = name
        self.lexicon: Lexicon = (
            default_lexicon() if not (nouns_path or names_path)
            else build_lexicon(None, Path(nouns_path) if nouns_path else None,
                               Path(names_path) if names_path else None))

    def __call__(self, doc: Doc) -> Doc:
        try:
            return self._resolve(doc)
        finally:
            release_text(doc)

    def _resolve(self, doc: Doc) -> Doc:
        quotes = doc._.quotes or []
        people = build_people(doc, self.lexicon)
        resolver = SpeakerResolver(doc, people, self.lexicon)
        by_id = {q["id"]: q for q in quotes}
        for q in sorted(quotes, key=lambda q: q["mention_start"] if q["mention_start"]
                        is not None else q["start"]):
            speaker, gender, is_person = None, "", False
            if q["mention_start"] is not None:
                span = doc.char_span(q["mention_start"], q["mention_end"],
                                     alignment_mode="expand")
                if span is not None:
                    speaker, gender, is_person = resolver.resolve((span.start, span.end))
            if speaker is None and q["speaker_ref"] in by_id:
                speaker = by_id[q["speaker_ref"]]["speaker"]
            if speaker is None:
                speaker = _neighbour_speaker(q, quotes)
            q["speaker"] = speaker
            if speaker and q["mention_start"] is not None and q["parent"] is None:
                resolver.note_speaker(q["mention_start"], speaker, gender, is_person)
        for q in quotes:  # a sub-headline repeated later: its speaker is known only now
            ref = by_id.get(q["speaker_ref"])
            if q["mention_start"] is None and ref is not None and ref["start"] > q["start"] \
                    and ref["speaker"]:
                q["speaker"] = ref["speaker"]
        doc._.people = [
            {"name": p.full_name, "gender": p.gender or None, "names": p.names,
             "roles": p.roles, "mentions": sorted(p.positions)}
            for p in people.persons
        ]
        return doc


def _neighbour_speaker(q: dict, quotes: list[dict]) -> str | None:
    anchor = q["cue_start"] if q["cue_start"] is not None else q["start"]
    before = [p for p in quotes if p is not q and p["speaker"] and p["end"] <= anchor
              and anchor - p["end"] <= NEIGHBOUR_CHARS]
    if not before:
        return None
    return max(before, key=lambda p: p["end"])["speaker"]


@Language.factory("presswatch_speakers", assigns=["doc._.people"],
                  requires=["doc._.quotes"],
                  default_config={"nouns_path": None, "names_path": None})
def make_speaker_resolver(nlp: Language, name: str, nouns_path: str | None,
                          names_path: str | None) -> SpeakerComponent:
    return SpeakerComponent(nlp, name, nouns_path=nouns_path, names_path=names_path)
