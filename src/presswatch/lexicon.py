"""General-French lexicons: reporting verbs with their speech act, speaker nouns, first names.

They are TSV files under `presswatch/data/` that a user can edit or replace (each component
takes a path in its config). Nothing here names a particular person, outlet or event.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from presswatch.textutil import fold

if TYPE_CHECKING:
    from spacy.tokens import Token

ACTS = (
    "statement", "opinion", "announcement", "accusation", "criticism", "denial", "demand",
    "warning", "promise", "appeal", "agreement", "praise", "question",
)
FRAMES = frozenset({"que", "de", "a", "np", "si", "inf", "incise", "colon", "sur", "pour", "attr",
                    "expr", "quoted", "par"})


@dataclass(frozen=True, slots=True)
class ReportingVerb:
    """A verb (or multi-word expression) that introduces reported content."""

    lemma: str
    act: str
    frames: frozenset[str]
    # "speech"; "thought" (speech only with a quoted fragment in its content);
    # "fragment" (speech only when the content holds a quoted fragment: `parler d'un
    # « tournant »`, while `parler de l'économie` names a topic)
    kind: str

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.lemma.replace("'", "' ").split())


ELIDING = frozenset("aâàeéèêëiîïoôuûùhy")
"""First letters before which `se` is written `s'` (`s'écrier`, `s'exclamer`)."""


@dataclass(slots=True)
class Lexicon:
    """All lexical knowledge the components use, loaded once per pipeline."""

    verbs: dict[str, ReportingVerb] = field(default_factory=dict)
    # first word of a multi-word expression -> expressions starting with it, longest first
    multiword: dict[str, list[ReportingVerb]] = field(default_factory=dict)
    # lemma -> (class, gender)
    speaker_nouns: dict[str, tuple[str, str]] = field(default_factory=dict)
    first_names: dict[str, str] = field(default_factory=dict)  # folded name -> "m" | "f"
    nationalities: frozenset[str] = frozenset()  # folded adjectives, masculine singular
    role_synonyms: dict[str, frozenset[str]] = field(default_factory=dict)  # phrase -> words
    # folded lemmas of the speaker nouns of class `role` (`procureur`, `entraineur`)
    role_nouns: frozenset[str] = frozenset()
    # folded nouns of political family (`centriste`): descriptions, never a rival function
    affiliations: frozenset[str] = frozenset()
    # folded nouns of leadership in general (`chef`, `dirigeant`): never a rival function
    generic_roles: frozenset[str] = frozenset()
    # folded nouns a speaker expresses with a possessive (`ses condoléances`, `son soutien`)
    expressions: frozenset[str] = frozenset()
    speech_events: frozenset[str] = frozenset()
    carriers: frozenset[str] = frozenset()
    # folded nouns of a standing shown, not said (`sa place de leader`, `son talent`)
    standings: frozenset[str] = frozenset()
    quantities: frozenset[str] = frozenset()
    # folded nouns describing an organisation the article names (`l'entreprise`, `le groupe`)
    organisation_nouns: frozenset[str] = frozenset()
    # folded nouns of a role held for someone else (`porte-parole`, `conseiller`)
    proxy_roles: frozenset[str] = frozenset()
    # folded verb lemma -> role words its subject holds (`presider` -> president)
    role_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    # folded role phrase -> broader words a person it describes may be called by, one way
    # (`chirurgien` -> medecin praticien): data/role_hypernyms.tsv
    role_hypernyms: dict[str, frozenset[str]] = field(default_factory=dict)
    # folded countries and continents (`mali`, `afrique`): never a surname after a role
    countries: frozenset[str] = frozenset()
    # folded capital cities (`washington`, `pekin`): a government, never a person alone
    capitals: frozenset[str] = frozenset()
    # verb lemma -> folded object nouns that select its non-speech sense (`reconnaître` ->
    # terrain: to scout; `juger` -> affaire: to try a case)
    acted_objects: dict[str, frozenset[str]] = field(default_factory=dict)

    def role_words(self, folded_phrase: str) -> set[str]:
        """Extra description words implied by role phrases inside `folded_phrase`."""
        out: set[str] = set()
        for phrase, words in self.role_synonyms.items():
            if phrase in folded_phrase:
                out |= words
        return out

    def broader_words(self, folded: str, context: frozenset[str] = frozenset()) -> set[str]:
        """The broader words (`role_hypernyms`) of the role phrases in `folded` (a role
        phrase or a descriptor word, folded), matched as whole words: `president` is in
        `le president du club`, not in `le vice-president`. A row's `!word`s are the bodies
        of another trade that take the phrase out of it (`capitaine` of a team is a player,
        not a `capitaine de gendarmerie`): the row is skipped when `context` (the person's
        folded words) holds one."""
        words = f" {folded.replace(chr(39), ' ')} "
        out: set[str] = set()
        for phrase, broader in self.role_hypernyms.items():
            if f" {phrase.replace(chr(39), ' ')} " in words and \
                    not any(w[1:] in context for w in broader if w.startswith("!")):
                out |= {w for w in broader if not w.startswith("!")}
        return out

    def verb(self, lemma: str) -> ReportingVerb | None:
        """The entry of `lemma`; a pronominal verb looked up as `se écrier` finds the
        entry written as French writes it, `s'écrier`."""
        low = lemma.lower()
        found = self.verbs.get(low)
        if found is None and low.startswith("se ") and low[3:4] in ELIDING:
            found = self.verbs.get("s'" + low[3:])
        return found

    def noun_class(self, token: Token) -> str:
        """The speaker-noun class of `token`'s lemma (`role`, `group`, `institution`,
        `media`), or "" when it names no source."""
        return self.speaker_nouns.get(token.lemma_.lower(), ("",))[0]


def _rows(path: Path | None, default_name: str) -> list[dict[str, str]]:
    if path is None:
        text = resources.files("presswatch.data").joinpath(default_name).read_text("utf-8")
        source = f"presswatch/data/{default_name}"
    else:
        text = Path(path).read_text("utf-8")
        source = str(path)
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    rows = []
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    for n, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise ValueError(f"{source}: line {n}: wrong number of columns")
        rows.append({k.strip(): v.strip() for k, v in row.items()})
    return rows


def load_verbs(path: Path | None = None) -> dict[str, ReportingVerb]:
    """Read the reporting-verb table; bad acts or frames raise ValueError naming the row."""
    verbs: dict[str, ReportingVerb] = {}
    for row in _rows(path, "reporting_verbs.tsv"):
        lemma = " ".join(row["lemma"].lower().split())
        act = row["act"]
        frames = frozenset(f.strip() for f in row.get("frames", "").split(",") if f.strip())
        if act not in ACTS:
            raise ValueError(f"reporting verb {lemma!r}: unknown act {act!r}")
        if frames - FRAMES:
            raise ValueError(f"reporting verb {lemma!r}: unknown frames {sorted(frames - FRAMES)}")
        verbs[lemma] = ReportingVerb(lemma, act, frames, row.get("kind", "speech") or "speech")
    return verbs


def load_speaker_nouns(path: Path | None = None) -> dict[str, tuple[str, str]]:
    """Lemma -> (class, gender); two rows of one lemma that disagree raise ValueError
    naming it (the file is edited by hand). A lemma opening on an accented letter is also found
    without that accent: French often drops it on a capital (`l'Etat exigeait`, `les
    Elus`), and the tagger's lemma keeps the letter as written."""
    nouns: dict[str, tuple[str, str]] = {}
    for row in _rows(path, "speaker_nouns.tsv"):
        lemma, entry = row["lemma"].lower(), (row["class"], row.get("gender", "-"))
        if nouns.get(lemma, entry) != entry:
            raise ValueError(f"speaker noun {lemma!r}: two rows say {nouns[lemma]} and {entry}")
        nouns[lemma] = entry
    for lemma, entry in list(nouns.items()):
        bare = fold(lemma[:1]) + lemma[1:]
        if bare != lemma:
            nouns.setdefault(bare, entry)
    return nouns


def load_first_names(path: Path | None = None) -> dict[str, str]:
    from presswatch.textutil import fold

    return {fold(r["name"]): r["gender"] for r in _rows(path, "first_names.tsv")}


def _word_list(path: Path | None, default_name: str) -> frozenset[str]:
    """A one-word-per-line data file (comments start with #), folded."""
    from presswatch.textutil import fold

    if path is None:
        text = resources.files("presswatch.data").joinpath(default_name).read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    return frozenset(fold(w) for w in text.split("\n") if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def load_nationality_countries() -> dict[str, str]:
    """Folded adjective of nationality or compound form → its country, from the editable
    `data/nationality_countries.tsv` (`malienne` → Mali, `franco` → France)."""
    text = resources.files("presswatch.data").joinpath(
        "nationality_countries.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith(("#", "form\t"))]
    return {fold(form): country.strip() for form, country in rows}


@dataclass(frozen=True, slots=True)
class Seat:
    """A row of `data/interaction_seats.tsv`: a seat of power or an office's seat."""

    seat: str  # folded, lower case (`elysee`)
    country: str  # as written, or `*` for an office of any country
    role: str  # folded head noun(s) of the office (`president`)
    written: str  # how a label names the place (`l'Élysée`)


@lru_cache(maxsize=1)
def load_seats() -> tuple[Seat, ...]:
    """The seats of power and offices of the editable `data/interaction_seats.tsv`."""
    text = resources.files("presswatch.data").joinpath("interaction_seats.tsv").read_text(
        "utf-8")
    rows = [[f.strip() for f in line.split("\t")] for line in text.splitlines()
            if line.strip() and not line.startswith(("#", "seat\t"))]
    return tuple(Seat(fold(row[0]), row[1], fold(row[2]), (row[3:] or [""])[0] or row[0])
                 for row in rows)  # (`written` may be left out: the seat as written)


def load_nationalities(path: Path | None = None) -> frozenset[str]:
    """The adjectives of nationality or origin of `data/nationalities.txt`, folded."""
    return _word_list(path, "nationalities.txt")


def load_affiliations(path: Path | None = None) -> frozenset[str]:
    """The political-family nouns of `data/affiliations.txt`, folded."""
    return _word_list(path, "affiliations.txt")


def load_role_synonyms(path: Path | None = None) -> dict[str, frozenset[str]]:
    from presswatch.textutil import fold

    return {fold(r["phrase"]): frozenset(r["words"].split())
            for r in _rows(path, "role_synonyms.tsv")}


def load_role_hypernyms(path: Path | None = None) -> dict[str, frozenset[str]]:
    """The rows of `data/role_hypernyms.tsv`: folded role phrase -> broader words."""
    from presswatch.textutil import fold

    return {fold(r["phrase"]): frozenset(r["words"].split())
            for r in _rows(path, "role_hypernyms.tsv")}


def load_role_verbs(path: Path | None = None) -> dict[str, frozenset[str]]:
    """The verbs of `data/role_verbs.tsv` (folded lemma) and the role words they give."""
    from presswatch.textutil import fold

    return {fold(r["verb"]): frozenset(r["words"].split())
            for r in _rows(path, "role_verbs.tsv")}


def load_acted_objects(path: Path | None = None) -> dict[str, frozenset[str]]:
    """`data/acted_objects.tsv`: the verb lemma and the folded object nouns of its
    non-speech sense (`reconnaître le terrain`, `juger l'affaire`)."""
    from presswatch.textutil import fold

    out: dict[str, set[str]] = {}
    for r in _rows(path, "acted_objects.tsv"):
        out.setdefault(r["verb"].strip(), set()).add(fold(r["noun"].strip()))
    return {verb: frozenset(nouns) for verb, nouns in out.items()}


CONTINENTS = frozenset({"afrique", "europe", "asie", "amerique", "oceanie", "maghreb",
                        "moyen-orient", "proche-orient"})
"""Continents and regions a role may be of (`le directeur Afrique`), folded."""


def build_lexicon(verbs_path: Path | None = None, nouns_path: Path | None = None,
                  names_path: Path | None = None) -> Lexicon:
    """Load the three tables (package defaults where a path is None)."""
    lex = Lexicon(load_verbs(verbs_path), {}, load_speaker_nouns(nouns_path),
                  load_first_names(names_path), load_nationalities(), load_role_synonyms())
    lex.role_nouns = frozenset(fold(lemma) for lemma, (cls, _g) in lex.speaker_nouns.items()
                               if cls == "role")
    lex.affiliations = load_affiliations()
    lex.generic_roles = _word_list(None, "generic_roles.txt")
    lex.expressions = _word_list(None, "expression_nouns.txt")
    lex.speech_events = _word_list(None, "speech_event_nouns.txt")
    lex.carriers = _word_list(None, "carrier_nouns.txt")
    lex.standings = _word_list(None, "standing_nouns.txt")
    lex.quantities = _word_list(None, "quantity_nouns.txt")
    lex.organisation_nouns = _word_list(None, "organisation_nouns.txt")
    lex.proxy_roles = _word_list(None, "proxy_roles.txt")
    lex.role_verbs = load_role_verbs()
    lex.role_hypernyms = load_role_hypernyms()
    lex.countries = frozenset(fold(c) for c in load_nationality_countries().values()) | \
        CONTINENTS
    lex.capitals = _word_list(None, "capitals.txt")
    lex.acted_objects = load_acted_objects()
    for verb in lex.verbs.values():
        if len(verb.words) > 1:
            lex.multiword.setdefault(verb.words[0], []).append(verb)
    for items in lex.multiword.values():
        items.sort(key=lambda v: -len(v.words))
    return lex


@lru_cache(maxsize=8)
def default_lexicon() -> Lexicon:
    """The packaged lexicon, shared by every pipeline in the process."""
    return build_lexicon()
