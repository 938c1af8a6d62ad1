"""Specification of the speaker prefilter the quote side uses after a batch: a string it
turns away never meets a changed alias or role (its lookups would have said so too), and
a person's name meets no role it does not name."""

from __future__ import annotations

import random

from presswatch.lexicon import default_lexicon
from presswatch.linking.people_linking import speaker_lookups
from presswatch.linking.roles import role_matches, role_signature
from presswatch.linking.speaker_filter import may_meet

_SPEAKERS = [
    "Jean-Marc Ayrault", "le Premier ministre", "M. le président de la République",
    "la ministre des Affaires étrangères", "le chef de l'État", "le locataire de l'Élysée",
    "Mme Claire Dubois et le maire de Lyon", "l'ancien patron de Danone, Paul Martin",
    "son homologue", "le porte-parole du gouvernement", "le vice-président américain",
    "la secrétaire d'État chargée du numérique", "le chef de la diplomatie russe",
    "le maître du Kremlin", "Dr. Hélène Faure", "Président", "M.", "",
    "le garde des Sceaux", "l'ambassadeur de France", "le ministre,le maire",
    "le commissaire européen & la présidente de la Commission", "Ministre Pierre Roux",
    "la  PRÉSIDENTE   du Sénat", "Élodie Ménard-Lefèvre", "le chef d’état-major",
    "le ministre de la Défense", "la maire", "Sa Majesté le roi", "le sélectionneur",
]


def _truth(speaker: str, aliases: set[str], helds: set[frozenset[str]]) -> bool:
    keys, sigs = speaker_lookups(speaker, default_lexicon())
    return bool(aliases & keys) or any(role_matches(s, h) for s in sigs for h in helds)


def _strings() -> list[str]:
    lex = default_lexicon()
    wordings = [*lex.role_synonyms, *sorted(lex.role_synonyms.values(), key=sorted)[0]]
    return _SPEAKERS + [f"{a} {w}" for w in wordings for a in ("le", "l'", "la nouvelle")]


def test_a_string_turned_away_meets_no_changed_alias_or_role() -> None:
    lex = default_lexicon()
    strings = _strings()
    keys = sorted({k for s in strings for k in speaker_lookups(s, lex)[0]})
    sigs = sorted({sig for s in strings for sig in speaker_lookups(s, lex)[1]}, key=sorted)
    extra = ["americain", "francais", "russe", "lyon", "europeen"]
    rng = random.Random(11)
    for _ in range(300):
        aliases = set(rng.sample(keys, rng.randint(0, 3)))
        helds = {sig | set(rng.sample(extra, rng.randint(0, 2)))
                 for sig in rng.sample(sigs, rng.randint(0, 3))}
        may = may_meet(aliases, helds, lex)
        for speaker in strings:
            if _truth(speaker, aliases, helds):
                assert may(speaker), (speaker, aliases, helds)


def test_a_name_meets_only_an_alias_of_its_words_and_no_role() -> None:
    lex = default_lexicon()
    minister = role_signature("la ministre des Affaires étrangères", lex)
    assert minister is not None
    may = may_meet({"paul martin"}, {minister}, lex)
    assert not may("Jean Dupont") and not may("Élodie Ménard-Lefèvre")
    assert may("M. Paul Martin") and may("le ministre des AE") and may("la ministre")
    assert may_meet({""}, set(), lex)("Jean Dupont")  # titles alone: looked up by ""
