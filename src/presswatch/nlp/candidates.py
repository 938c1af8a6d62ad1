"""A reporting verb occurrence (`Cue`), a quote as the finders first see it (before
speaker resolution), and how much each finding rule is trusted. Shared by the cue finders
(`cues`, `incise_cues`), the quote finders (`quotes`, `sources`) and the record builder
(`records`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from presswatch.lexicon import ReportingVerb


@dataclass(slots=True)
class Cue:
    """A reporting verb occurrence. `start`/`end` is the token span shown as the cue and
    `tail` the first token after the verb expression (after `garde` in `mis en garde`)."""

    i: int
    verb: ReportingVerb
    start: int
    end: int
    tail: int
    incise: bool = False
    clitic: int | None = None  # token index of an inverted clitic subject (-t-il)

    @property
    def lemma(self) -> str:
        return self.verb.lemma


# Confidence by rule: set by hand from precision on the seed-* and dip-* dev articles.
CONFIDENCE = {"incise": 0.9, "colon": 0.9, "que": 0.85, "si": 0.8, "de": 0.75, "inf": 0.75,
              "a": 0.7, "sur": 0.6, "np": 0.6, "selon": 0.8, "bare": 0.6, "incise-clause": 0.8,
              "chain": 0.85, "attr": 0.7, "post": 0.8, "fragment": 0.5}


@dataclass(slots=True)
class Candidate:
    """A quote before speaker resolution; offsets are characters, spans are tokens."""

    start: int
    end: int
    rule: str
    cue: Cue | None = None
    cue_span: tuple[int, int] | None = None
    cue_lemma: str | None = None
    verb: ReportingVerb | None = None
    mention: tuple[int, int] | None = None
    speaker_ref: Candidate | None = None  # the candidate whose speaker this one shares
    addressee: tuple[int, int] | None = None
    type: str = "indirect"
    extra: dict = field(default_factory=dict)


def make_candidate(start: int, end: int, rule: str, cue: Cue | None,
                   mention: tuple[int, int] | None) -> Candidate:
    """A candidate found from `cue` (None for a source preposition or a bare quotation)."""
    cand = Candidate(start, end, rule)
    if cue is not None:
        cand.cue = cue
        cand.cue_span = (cue.start, cue.end)
        cand.cue_lemma = cue.lemma
        cand.verb = cue.verb
    cand.mention = mention
    return cand
