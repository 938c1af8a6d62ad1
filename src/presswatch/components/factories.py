"""presswatch's spaCy factories, in one place: name, config, what each requires and assigns.

Registered with `Language.factory` on import and listed under the `spacy_factories` entry
point, so `nlp.add_pipe("presswatch_quotes")` works from a plain spaCy config once the
package is installed. The order `pipeline.load` adds them is the order of `requires`.
"""

from __future__ import annotations

from spacy.language import Language

from presswatch.components.acts import ActComponent
from presswatch.components.boilerplate import BoilerplateFlagger
from presswatch.components.interactions import InteractionComponent
from presswatch.components.lemmas import MemoLemmas
from presswatch.components.paragraphs import ParagraphSplitter
from presswatch.components.quotes import QuoteComponent
from presswatch.components.speakers import SpeakerComponent
from presswatch.components.tags import PosTags


@Language.factory("presswatch_paragraphs", assigns=["token.is_sent_start"])
def make_paragraph_splitter(nlp: Language, name: str) -> ParagraphSplitter:
    return ParagraphSplitter(name)


@Language.factory("presswatch_pos_tags", assigns=["token.tag"], requires=["token.pos"],
                  default_config={"pos": []})
def make_pos_tags(nlp: Language, name: str, pos: list[str]) -> PosTags:
    return PosTags(name, nlp.vocab, pos=pos)


@Language.factory("presswatch_lemmas", assigns=["token.lemma"],
                  requires=["token.pos"])
def make_memo_lemmas(nlp: Language, name: str) -> MemoLemmas:
    # (the lemmatizer it asks is the pipeline's own, set by `lemmas.memo_lemmas`; alone,
    # the component leaves the lemmas to whatever comes after it)
    return MemoLemmas(name)


@Language.factory("presswatch_boilerplate", assigns=["doc._.boilerplate"],
                  default_config={"rules_path": None})
def make_boilerplate_flagger(nlp: Language, name: str, rules_path: str | None
                             ) -> BoilerplateFlagger:
    return BoilerplateFlagger(name, rules_path=rules_path)


@Language.factory("presswatch_quotes", assigns=["doc._.quotes"],
                  requires=["token.dep", "token.lemma", "token.pos", "doc.ents"],
                  default_config={"verbs_path": None, "nouns_path": None, "names_path": None})
def make_quote_finder(nlp: Language, name: str, verbs_path: str | None,
                      nouns_path: str | None, names_path: str | None) -> QuoteComponent:
    return QuoteComponent(name, verbs_path=verbs_path, nouns_path=nouns_path,
                          names_path=names_path)


@Language.factory("presswatch_speakers", assigns=["doc._.people", "doc._.quotes"],
                  requires=["doc._.quotes"],
                  default_config={"nouns_path": None, "names_path": None})
def make_speaker_resolver(nlp: Language, name: str, nouns_path: str | None,
                          names_path: str | None) -> SpeakerComponent:
    return SpeakerComponent(name, nouns_path=nouns_path, names_path=names_path)


@Language.factory("presswatch_acts", requires=["doc._.quotes"], assigns=["doc._.quotes"],
                  default_config={"content_acts_path": None, "model_path": None,
                                  "use_model": True})
def make_act_classifier(nlp: Language, name: str, content_acts_path: str | None,
                        model_path: str | None, use_model: bool) -> ActComponent:
    return ActComponent(name, content_acts_path=content_acts_path, model_path=model_path,
                        use_model=use_model)


@Language.factory("presswatch_interactions", assigns=["doc._.interactions"],
                  requires=["doc._.people", "doc._.quotes"],
                  default_config={"triggers_path": None})
def make_interaction_finder(nlp: Language, name: str, triggers_path: str | None
                            ) -> InteractionComponent:
    return InteractionComponent(name, triggers_path=triggers_path)
