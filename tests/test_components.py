"""The spaCy contract of presswatch's components: factories, config, serialisation,
multiprocessing, robustness, and the invariants every quote must keep."""

from __future__ import annotations

import gc
import importlib.metadata
import subprocess
import sys
import textwrap

import pytest
import spacy
from hypothesis import example, given, settings
from hypothesis import strategies as st
from spacy.attrs import DEP, ENT_TYPE, IDX, IS_ALPHA, IS_PUNCT, LEMMA, LOWER, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import ConfigValidationError

import presswatch
from presswatch import textutil
from presswatch.nlp import docfacts
from presswatch.pipeline import COMPONENTS
from presswatch.reading import sanitize
from presswatch.textutil import doc_cache, doc_ents, doc_text, doc_value

ARTICLE_DATE = "2022-02-10"

# The thirteen speech acts of /work/shared/eval/GUIDELINE.md.
ACTS = {"statement", "opinion", "announcement", "accusation", "criticism", "denial", "demand",
        "warning", "promise", "appeal", "agreement", "praise", "question"}
TYPES = {"direct", "indirect", "mixed"}


@pytest.fixture(scope="module")
def example_quotes(nlp, example_texts) -> dict[str, list[dict]]:
    """`doc._.quotes` of every example, run once with `n_process=1`."""
    docs = (presswatch.make_doc(nlp, text, {"date": ARTICLE_DATE})
            for text in example_texts.values())
    return {name: doc._.quotes for name, doc in zip(example_texts, nlp.pipe(docs), strict=True)}


@pytest.fixture(scope="module")
def flagger() -> Language:
    """A throwaway blank French pipeline holding only the boilerplate flagger."""
    nlp = spacy.blank("fr")
    nlp.add_pipe("presswatch_boilerplate")
    return nlp


# --- factories and entry points -------------------------------------------------------

def test_pipeline_components_are_declared_as_spacy_factories_entry_points():
    names = {ep.name for ep in importlib.metadata.entry_points(group="spacy_factories")}
    assert set(COMPONENTS) <= names


def test_entry_points_load_registered_factories():
    for ep in importlib.metadata.entry_points(group="spacy_factories"):
        if ep.name.startswith("presswatch_"):
            assert callable(ep.load())
            assert Language.has_factory(ep.name)


def test_every_registered_presswatch_factory_has_an_entry_point():
    names = {ep.name for ep in importlib.metadata.entry_points(group="spacy_factories")}
    registered = {n for n in spacy.registry.factories.get_all() if n.startswith("presswatch_")}
    assert registered <= names


def test_add_pipe_by_name_on_a_blank_pipeline():
    nlp = spacy.blank("fr")
    nlp.add_pipe("presswatch_boilerplate")
    assert nlp.pipe_names == ["presswatch_boilerplate"]
    assert nlp("Lire aussi : la suite\nTexte.")._.boilerplate[0]["kind"] == "read_also"


def test_factories_resolve_by_name_without_importing_presswatch():
    code = textwrap.dedent("""
        import sys
        import spacy
        assert not any(m.startswith("presswatch") for m in sys.modules)
        nlp = spacy.blank("fr")
        for name in ("presswatch_boilerplate", "presswatch_quotes", "presswatch_speakers",
                     "presswatch_acts", "presswatch_interactions"):
            nlp.add_pipe(name)
        print(",".join(nlp.pipe_names))
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ",".join(COMPONENTS)


def test_analyze_pipes_reports_no_problems(nlp):
    analysis = nlp.analyze_pipes()
    assert analysis["problems"] == {name: [] for name in nlp.pipe_names}


# --- config -------------------------------------------------------------------------

def test_missing_rules_file_raises():
    with pytest.raises(FileNotFoundError):
        spacy.blank("fr").add_pipe("presswatch_boilerplate",
                                   config={"rules_path": "/nonexistent"})


def test_unknown_config_key_raises():
    with pytest.raises(ConfigValidationError):
        spacy.blank("fr").add_pipe("presswatch_boilerplate", config={"rules_pat": "x.tsv"})


def test_invalid_regex_in_rules_file_raises_naming_the_line(tmp_path):
    rules = tmp_path / "rules.tsv"
    rules.write_text("kind\tpattern\nstray\t^\\d+$\nappeal\t(unclosed\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 3"):
        spacy.blank("fr").add_pipe("presswatch_boilerplate", config={"rules_path": str(rules)})


def test_custom_rules_file_replaces_the_default_rules(tmp_path):
    rules = tmp_path / "rules.tsv"
    rules.write_text("kind\tpattern\npromo\t^code promo\n", encoding="utf-8")
    nlp = spacy.blank("fr")
    nlp.add_pipe("presswatch_boilerplate", config={"rules_path": str(rules)})
    doc = nlp("Code promo : PRESSE10\nLire aussi : autre chose")
    assert [b["kind"] for b in doc._.boilerplate] == ["promo"]


def test_load_rejects_config_for_unknown_component():
    with pytest.raises(ValueError, match="presswatch_nope"):
        presswatch.load("fr_core_news_sm", config={"presswatch_nope": {}})


# --- serialisation and multiprocessing ------------------------------------------------

def test_doc_bytes_round_trip_keeps_annotations(nlp, example_texts):
    text = next(iter(example_texts.values()))
    doc = nlp(presswatch.make_doc(nlp, text, {"date": ARTICLE_DATE}))
    assert doc._.quotes
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert restored._.quotes == doc._.quotes
    assert restored._.people == doc._.people
    assert restored._.boilerplate == doc._.boilerplate
    assert restored._.meta == {"date": ARTICLE_DATE}


def test_what_the_components_share_about_a_doc_stays_off_the_doc(nlp):
    """The text, quoted segments and entities the components share live outside the Doc,
    so none of it reaches `Doc.to_bytes()` (only the `Doc._` attributes do)."""
    doc = nlp(presswatch.make_doc(
        nlp, "« Nous rouvrirons le pont en mai », a annoncé Paul Morel, le maire de Lens."))
    assert doc._.quotes
    assert [k for k in doc.user_data if isinstance(k, str)] == []


def test_the_one_doc_memo_answers_for_the_doc_it_was_filled_for():
    nlp = spacy.blank("fr")
    first = nlp("Le maire a parlé longtemps.")
    second = nlp("La ministre a répondu.")
    assert doc_text(first) == "Le maire a parlé longtemps."
    assert doc_text(second) == "La ministre a répondu."
    assert doc_text(first) == "Le maire a parlé longtemps."
    assert doc_cache(second, "words", str.split) == ["La", "ministre", "a", "répondu."]
    del first, second
    gc.collect()
    third = nlp("Un autre article, peut-être à la même adresse.")
    assert doc_text(third) == third.text
    assert doc_cache(third, "words", str.split)[0] == "Un"


def test_a_doc_made_from_a_text_reads_that_text_and_forgets_it_with_the_doc():
    """`make_doc` tells `doc_text` the article's text (the tokenizer keeps every character),
    so it is never joined from the tokens; the record of it goes with the doc."""
    nlp = spacy.blank("fr")
    text = "Le maire a parlé.\n\n  « Non », a-t-il dit.  "
    docs = [presswatch.make_doc(nlp, text), presswatch.make_doc(nlp, "Autre texte.")]
    assert doc_text(docs[0]) is text and docs[0].text == text
    assert doc_text(docs[1]) == "Autre texte."
    assert len(textutil._made_from) == 2
    del docs
    gc.collect()
    assert len(textutil._made_from) == 0


def test_a_shared_value_is_computed_again_for_another_owner():
    nlp = spacy.blank("fr")
    doc = nlp("Le préfet a confirmé la fermeture.")
    calls = []
    one, other = object(), object()
    for owner in (one, one, other, one):
        doc_value(doc, "count", owner, lambda: calls.append(1) or len(calls))
    assert len(calls) == 3  # once for `one`, once for `other`, once more for `one`
    assert doc_ents(doc) == doc.ents


def test_a_shared_value_may_be_computed_from_arguments_instead_of_a_closure():
    nlp = spacy.blank("fr")
    doc = nlp("La maire a inauguré le pont.")
    calls = []

    def count_words(d, minimum):
        calls.append(1)
        return sum(len(t) >= minimum for t in d)

    owner = object()
    assert doc_value(doc, "long words", owner, count_words, doc, 4) == 3
    assert doc_value(doc, "long words", owner, count_words, doc, 4) == 3
    assert len(calls) == 1


def test_token_columns_are_the_token_attributes_read_once_per_doc(nlp):
    """`docfacts.strings` / `column` answer what each Token would (its form, lemma, tag,
    dependency, entity type, flags, offset), computed once per doc and shared."""
    doc = nlp(presswatch.make_doc(
        nlp, "« Nous rouvrirons le pont », a déclaré mardi à Lens Paul Morel, le maire."))
    for attr, name in ((ORTH, "text"), (LOWER, "lower_"), (LEMMA, "lemma_"), (POS, "pos_"),
                       (DEP, "dep_"), (ENT_TYPE, "ent_type_")):
        assert docfacts.strings(doc, attr) == [getattr(t, name) for t in doc]
        assert docfacts.strings(doc, attr) is docfacts.strings(doc, attr)
    for attr, name in ((IS_PUNCT, "is_punct"), (IS_ALPHA, "is_alpha"), (IDX, "idx")):
        assert docfacts.column(doc, attr) == [int(getattr(t, name)) for t in doc]
    other = nlp(presswatch.make_doc(nlp, "Le pont rouvrira en mai."))
    assert docfacts.strings(other, ORTH) == [t.text for t in other]


def test_token_columns_stay_right_when_the_shared_strings_are_emptied(nlp, monkeypatch):
    """The hash → string map every doc shares is emptied when it grows too large (a long
    stream's memory stays flat); the columns read after that are still the tokens' own."""
    monkeypatch.setattr(docfacts, "_STRINGS", {})
    monkeypatch.setattr(docfacts, "_MAX_STRINGS", 0)
    for text in ("La ministre a promis une réforme.", "Le maire a démenti toute fermeture."):
        doc = nlp(presswatch.make_doc(nlp, text))
        assert docfacts.strings(doc, LEMMA) == [t.lemma_ for t in doc]
        assert len(docfacts._STRINGS) <= len(doc)


def test_pipe_with_two_processes_gives_the_same_quotes(nlp, example_texts, example_quotes):
    docs = (presswatch.make_doc(nlp, text, {"date": ARTICLE_DATE})
            for text in example_texts.values())
    two = [doc._.quotes for doc in nlp.pipe(docs, n_process=2, batch_size=2)]
    assert two == list(example_quotes.values())


# --- error handling -------------------------------------------------------------------

def test_quote_finder_failure_reraises_by_default(nlp_sm, monkeypatch):
    component = nlp_sm.get_pipe("presswatch_quotes")

    def boom(doc):
        raise RuntimeError("finder failed")

    monkeypatch.setattr(component, "finder", boom)
    with pytest.raises(RuntimeError, match="finder failed"):
        nlp_sm("« Non », a-t-il dit.")


def test_quote_finder_failure_goes_to_the_installed_error_handler(nlp_sm, monkeypatch):
    component = nlp_sm.get_pipe("presswatch_quotes")
    seen = []

    def boom(doc):
        raise RuntimeError("finder failed")

    monkeypatch.setattr(component, "finder", boom)
    monkeypatch.setattr(component, "_error_handler",
                        lambda name, comp, docs, exc: seen.append((name, str(exc))))
    doc = nlp_sm("« Non », a-t-il dit.")
    assert doc._.quotes == []
    assert seen == [("presswatch_quotes", "finder failed")]


@pytest.mark.parametrize(("component_name", "attribute"), [
    ("presswatch_boilerplate", "boilerplate"), ("presswatch_speakers", "people"),
])
def test_every_component_hands_a_failure_to_the_error_handler_and_leaves_empty_output(
        nlp_sm, monkeypatch, component_name, attribute):
    component = nlp_sm.get_pipe(component_name)
    seen = []

    def boom(doc):
        raise RuntimeError("rule failed")

    monkeypatch.setattr(component, "process", boom)
    component.set_error_handler(lambda name, comp, docs, exc: seen.append((name, str(exc))))
    try:
        doc = nlp_sm("« Non », a-t-il dit.")
    finally:
        component.set_error_handler(None)
    assert getattr(doc._, attribute) == []
    assert seen == [(component_name, "rule failed")]


# --- degenerate input -----------------------------------------------------------------

@pytest.mark.parametrize("text", ["", " ", "\n\n", "\t \u00a0\n \u202f"])
def test_empty_or_blank_doc_has_no_quotes(nlp, text):
    doc = nlp(presswatch.make_doc(nlp, text))
    assert doc._.quotes == []
    assert presswatch.extract_quotes(text, nlp=nlp) == []


# --- no-break spaces: French typography, read as plain spaces --------------------------

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize("space", [NBSP, NNBSP])
def test_no_break_spaces_inside_guillemets_read_as_plain_spaces(nlp, space):
    """`«\u00a0…\u00a0»`: each no-break space was a token of its own between the mark and
    its words, and the quote ran over the sentence or was lost."""
    plain = ("Les deux cyclistes, âgés de 20 et 24 ans, « roulaient sans éclairage », "
             "a indiqué la gendarmerie. Le maire s'est dit « soulagé » que la piste "
             "« rouvre bientôt ».")
    spaced = plain.replace("« ", "«" + space).replace(" »", space + "»")
    got = presswatch.extract_quotes(spaced, nlp=nlp)
    want = presswatch.extract_quotes(plain, nlp=nlp)
    assert [(q["start"], q["end"], q["speaker"]) for q in got] == \
        [(q["start"], q["end"], q["speaker"]) for q in want]
    assert got[0]["text"].endswith(f"«{space}roulaient sans éclairage{space}»")
    assert all(spaced[q["start"]:q["end"]] == q["text"] for q in got)


def test_no_break_spaces_kept_through_bytes(nlp):
    """A worker's doc (rebuilt from bytes) cuts its quotes from the text as given too."""
    text = f"«{NBSP}Nous fermerons le site le 3{NBSP}mars{NBSP}», a annoncé la directrice."
    doc = nlp(presswatch.make_doc(nlp, text))
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    from presswatch.textutil import source_text
    assert source_text(restored) == text
    assert doc._.quotes[0]["text"] == f"Nous fermerons le site le 3{NBSP}mars"


# --- invariants on the examples -------------------------------------------------------

def test_examples_have_quotes(example_quotes):
    assert all(example_quotes.values())


def test_example_quote_offsets_slice_to_their_text(example_texts, example_quotes):
    for name, quotes in example_quotes.items():
        text = example_texts[name]
        for q in quotes:
            assert text[q["start"]:q["end"]] == q["text"], (name, q["id"])


def test_example_quotes_have_a_known_type_and_act(example_quotes):
    for name, quotes in example_quotes.items():
        for q in quotes:
            assert q["type"] in TYPES, (name, q["id"], q["type"])
            assert q["act"] in ACTS, (name, q["id"], q["act"])


def test_example_cue_and_mention_offsets_slice_to_their_text(example_texts, example_quotes):
    for name, quotes in example_quotes.items():
        text = example_texts[name]
        for q in quotes:
            if q["cue"] is not None:
                assert text[q["cue_start"]:q["cue_end"]] == q["cue"], (name, q["id"])
            if q["mention"] is not None:
                assert text[q["mention_start"]:q["mention_end"]] == q["mention"], (name, q["id"])


def test_example_quote_parents_and_references_exist(example_quotes):
    for name, quotes in example_quotes.items():
        ids = {q["id"] for q in quotes}
        assert len(ids) == len(quotes), name
        for q in quotes:
            assert q["parent"] in ids | {None}, (name, q["id"])
            assert q["parent"] != q["id"], (name, q["id"])


# --- robustness: the public API never raises on a str ---------------------------------

QUOTE_PIECES = ["«", "»", "«\u00a0", "\u00a0»", '"', "“", "”", "‹", "›", "„", "'", "’", " ",
                "\n", ",", ":", ".", "—", "a déclaré", ", a-t-il dit", "selon", "Il", " que ",
                "M.", "Macron", "de", "\ud800", "\x00"]

any_text = st.text(alphabet=st.characters(codec=None, blacklist_categories=()), max_size=300)
quote_heavy = st.lists(st.sampled_from(QUOTE_PIECES), max_size=120).map("".join)
REPORT_WORDS = [
    'la', 'veille', 'le', 'lendemain', 'a-t-il', 'tenu', 'à', 'souligner', 'Ainsi',
    'que', "l'a", 'rappelé', 'Pour', ':', '«', '»', '—', '-', '@x', 'Par', 'ils',
    'elle', 'lui', ',', '.', "l'un", "l'autre", 'croit', 'savoir', 'Et', 'de',
    'regretter', 'Après', 'avoir', 'ayant', 'déclaré', 'Marie', 'Dupont', 'le', 'maire',
    'a', 'dit', 'annonce', 'semaine', 'dernière', 'se', '•', '(LR)', '%', 'Lire',
    'aussi', 'Publicité', '14h32', 'Q.', '?', '!', 'le', 'premier', 'la', 'seconde',
    'eux'
]
"""Words of the reporting frames the rules read (incises, periods, round-ups, dialogue,
pairs): short strings of them reach the rules' last-word edges, where an index runs off."""
report_words = st.lists(st.sampled_from(REPORT_WORDS), min_size=1, max_size=12).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(text=st.one_of(any_text, quote_heavy, report_words))
@example(text="@x , croit la ,")
@example(text="\ud800")
@example(text="« Je pars \udfff », a dit \ud83d Emmanuel Macron.")
@example(text="\x00\x01\x07\x1b\x7f\u0085\u2028\u2029\ufeff a déclaré que \x0c")
@example(text="a" * 5000)
@example(text="«" * 300)
@example(text="« " * 150 + "», a-t-il dit.")
@example(text='"' * 301 + " selon lui")
@example(text="Lire aussi : « »\n412\n date 2025-02 « », a-t-il dit, « ")
def test_extract_quotes_never_raises_on_a_str(nlp_sm, text):
    quotes = presswatch.extract_quotes(text, nlp=nlp_sm)
    assert isinstance(quotes, list)
    clean = sanitize(text)
    for q in quotes:
        assert 0 <= q["start"] <= q["end"] <= len(text)
        assert clean[q["start"]:q["end"]] == q["text"]


# --- boilerplate ----------------------------------------------------------------------

MARKER_LINE = (" date 2025-02 Le chef de la diplomatie russe a déclaré que la Russie s'oppose"
               " au déploiement.")


def test_date_marker_is_flagged_without_the_sentence_after_it(flagger):
    spans = flagger(MARKER_LINE)._.boilerplate
    assert [b["kind"] for b in spans] == ["marker"]
    assert MARKER_LINE[spans[0]["start"]:spans[0]["end"]].strip() == "date 2025-02"
    assert spans[0]["end"] <= MARKER_LINE.index("Le chef")


def test_read_also_line_is_flagged(flagger):
    text = "Le ministre est venu.\nTU PEUX VOIR: Les syndicats appellent à la grève\nLa suite."
    line = "TU PEUX VOIR: Les syndicats appellent à la grève"
    start = text.index(line)
    assert flagger(text)._.boilerplate == [
        {"start": start, "end": start + len(line), "kind": "read_also"}]


@pytest.mark.parametrize("bullet", ["• ", "▶ ", "► "])
def test_a_read_also_line_after_a_bullet_is_flagged(flagger, bullet):
    line = f"{bullet}À lire aussi: Les commerçants inquiets avant les soldes"
    text = f"Le conseil a voté le budget.\n{line}\nLa séance a duré trois heures."
    start = text.index(line)
    assert flagger(text)._.boilerplate == [
        {"start": start, "end": start + len(line), "kind": "read_also"}]


@pytest.mark.parametrize("label", ["TU PEUX VOIR: ", "Lire aussi : ", "• À lire aussi: "])
def test_a_read_also_line_run_into_the_paragraph_before_is_flagged(flagger, label):
    """The page lost the line break before the read-also line: its words after the
    sentence's end are flagged, the sentence is not."""
    line = f"{label}Marc Lenoir : « Ce sera un désastre pour la région »"
    text = f"Le conseil a voté le budget après trois heures de débat. {line}\nLa suite."
    start = text.index(line)
    assert flagger(text)._.boilerplate == [
        {"start": start, "end": start + len(line), "kind": "read_also"}]


def test_an_appeal_run_into_a_paragraph_flags_its_sentence_only(flagger):
    """Paragraphs run together: an appeal between two of the article's sentences flags
    that sentence, not the quotations of the paragraph around it."""
    appeal = "Faites un don à La Gazette du Lac pour soutenir notre rédaction."
    text = (f"La maire Anne Roux a reçu les pêcheurs jeudi. {appeal} « Nous ne lâcherons "
            "rien », a-t-elle déclaré.")
    start = text.index(appeal)
    assert flagger(text)._.boilerplate == [
        {"start": start, "end": start + len(appeal), "kind": "appeal"}]


@pytest.mark.parametrize("line, kind", [
    ("Publié le 02/11/2024 à 18h05 - Mis à jour le 03/11/2024 à 08h30", "dateline"),
    ("Mis à jour le 5 avril 2023 à 10:12", "dateline"),
    ("Partager sur Facebook Partager sur LinkedIn Copier le lien", "navigation"),
    ("Lire plus tard", "navigation"),
    ("Partager : Facebook Twitter Telegram", "navigation"),
    ("Suivez-nous : Facebook, X, Instagram", "navigation"),
])
def test_date_and_sharing_lines_are_flagged(flagger, line, kind):
    text = f"Le conseil a voté le budget.\n{line}\nLa séance a duré trois heures."
    start = text.index(line)
    assert flagger(text)._.boilerplate == [{"start": start, "end": start + len(line),
                                            "kind": kind}]


def test_a_sentence_after_partager_and_a_colon_is_no_sharing_line(flagger):
    text = "Le conseil a voté le budget.\nPartager : le maire a dit que tout allait bien."
    assert flagger(text)._.boilerplate == []


def test_a_sentence_opening_on_publie_le_is_not_a_date_line(flagger):
    text = ("Le conseil a voté le budget.\nPublié le 3 mars, le rapport de la Cour des "
            "comptes juge que la commune a bien tenu ses dépenses cette année.")
    assert flagger(text)._.boilerplate == []


def test_stray_number_line_is_flagged(flagger):
    text = "Premier paragraphe de l'article.\n412\nDeuxième paragraphe."
    start = text.index("412")
    assert flagger(text)._.boilerplate == [{"start": start, "end": start + 3, "kind": "stray"}]


def test_quote_inside_a_flagged_line_is_kept_and_marked(annotate):
    text = ("« Nous ne céderons pas », a déclaré la ministre de la Culture.\n"
            "TU PEUX VOIR: « Le texte sera retiré », a affirmé le député.")
    quotes = {q["text"]: q["in_boilerplate"] for q in annotate(text)}
    assert quotes == {"Nous ne céderons pas": False, "Le texte sera retiré": True}


def test_quote_after_date_marker_is_not_boilerplate_and_keeps_its_speaker(annotate):
    [q] = annotate(MARKER_LINE)
    assert q["text"] == "la Russie s'oppose au déploiement"
    assert q["in_boilerplate"] is False
    assert q["speaker"] == "le chef de la diplomatie russe"


def test_speaker_mention_after_date_marker_excludes_the_marker(annotate):
    [q] = annotate(MARKER_LINE)
    assert q["mention"] == "Le chef de la diplomatie russe"


def test_a_sentence_wrapped_over_several_lines_stays_one_sentence(annotate):
    # text wrapped at a fixed width: a line ending on a word or a comma, the next one in
    # lower case, continues the sentence (a headline's next line starts with a capital)
    text = ("Le groupe reste prudent. Marie Lenoir,\ndirectrice générale de l'entreprise,\n"
            "assure que les ventes progresseront nettement\nl'an prochain.")
    [q] = annotate(text)
    assert (q["text"], q["speaker"]) == (
        "les ventes progresseront nettement\nl'an prochain", "Marie Lenoir")


def test_a_headline_line_still_ends_its_sentence(annotate):
    text = "Budget adopté\nLe ministre a déclaré que le texte serait appliqué dès janvier."
    [q] = annotate(text)
    assert q["text"] == "le texte serait appliqué dès janvier"


@pytest.mark.parametrize("stamp", ["19h35", "• 20:33", "9:05"])
def test_a_live_blogs_time_alone_on_its_line_is_flagged(flagger, stamp):
    text = f"Le préfet arrive.\n{stamp}\n« Restez chez vous. »"
    (span,) = flagger(text)._.boilerplate
    assert (text[span["start"]: span["end"]], span["kind"]) == (stamp, "stray")
