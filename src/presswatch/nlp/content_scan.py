"""The walk from a forward cue to where its content starts, as state the steps share.

Why a shared state: `presswatch.nlp.content.complement_start` reads the words after a cue
one at a time and asks a fixed sequence of steps (a `que`, a `de`, an addressee, a date, a
noun phrase, …) what each word is. A step either finds the content (`Found`), rules it out
(`Walk.STOP`), walks past words it recognises (`Walk.NEXT`, after moving `Scan.j`), or does
not apply (None) and leaves the word to the next step. The addressee a step walked past is
remembered here, since the content found later is said to them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.candidates import Cue

Found = tuple[int, str, tuple[int, int] | None]
"""Token where the content starts, the frame that introduced it, and the addressee."""


class Walk(Enum):
    """What a step did when it found no content: walked past words, or ruled it out."""

    NEXT = "next"
    STOP = "stop"


Outcome = Found | Walk | None


@dataclass
class Scan:
    """Where the walk stands (`j`), the word there, and the addressee passed so far."""

    doc: Doc
    cue: Cue
    limit: int
    lex: Lexicon
    j: int
    addressee: tuple[int, int] | None = None
    token: Token = field(init=False)
    low: str = field(init=False, default="")
    next_token: Token | None = field(init=False, default=None)

    @property
    def frames(self) -> frozenset[str]:
        """The frames the cue's verb takes (`que`, `de`, `np`, …; lexicon.FRAMES)."""
        return self.cue.verb.frames

    @property
    def appeal(self) -> bool:
        """`appeler à`, `exhorter à`: the content may open with `à`, `au`, a quotation or
        an addressee."""
        return "a" in self.cue.verb.frames and self.cue.verb.act == "appeal"

    def look(self) -> None:
        """Read the word at `j` (lower case, curly apostrophe made straight) and the next."""
        self.token = self.doc[self.j]
        self.low = self.token.lower_.replace("’", "'")
        self.next_token = self.doc[self.j + 1] if self.j + 1 < self.limit else None

    def found(self, start: int, frame: str) -> Found:
        """The content starts at `start`, introduced by `frame`, said to the addressee."""
        return start, frame, self.addressee

    def walk_to(self, j: int) -> Walk:
        """Go on from token `j`."""
        self.j = j
        return Walk.NEXT

    def passed_addressee(self, lo: int, hi: int, go_on: int | None = None) -> Walk:
        """The words `lo:hi` are whom the words were said to; go on after them (or from
        `go_on`)."""
        self.addressee = (lo, hi)
        return self.walk_to(hi if go_on is None else go_on)
