"""A linear speech-act model over `act_features`, stored as a readable JSON table.

Why linear and why JSON: with a few hundred gold quotes, a regularised logistic regression
over sparse features generalises as well as anything heavier, trains in seconds on a CPU,
and its weights can be read (`opinion` ← `stance=negative`) and shipped inside the package
without pickles or a runtime dependency on the library that trained it. `training/acts.py`
writes the file; this module only scores.

Besides the sparse features, a model may weigh the content's averaged word vector
(`VectorPart`): what the words mean, beyond the stance lexicon's list, in a few hundred
numbers per act. A quote without a vector (a pipeline without vectors) is scored on its
sparse features alone.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:  # (numpy is imported where vectors are scored: a query never scores one)
    import numpy

Vector: TypeAlias = "tuple[float, ...] | numpy.ndarray"
"""A content's word vector: the tuple training keeps, or the float64 array of the same
values the act component computes (`act_features.content_mean`)."""

MODEL_FORMAT = "presswatch-act-model/1"
# In `meta["decides"]`: the model decides every quote whose act the rules read from the
# content after a neutral cue (`dire`, `selon`, none), not from a specific cue.
FROM_CONTENT = "from_content"


@dataclass(frozen=True)
class VectorPart:
    """Weights of the content's averaged word vector. Each dimension is standardised
    (`(v - mean) / sd`) and multiplied by `scale` before its per-class weights apply:
    `scale` keeps the many dense numbers from drowning the sparse features under the same
    regularisation (chosen by cross-validation, README "Speech acts")."""

    mean: tuple[float, ...]
    sd: tuple[float, ...]
    scale: float
    # one row per dimension, one weight per class
    weights: tuple[tuple[float, ...], ...]

    def totals(self, vector: Vector) -> list[float]:
        """What `vector` adds to each class's score: its standardised, scaled dimensions
        (`(v - mean) / sd * scale`, what training fitted) times `weights`, folded
        into one matrix product (numpy, imported here: vectors only exist where spaCy,
        and so numpy, runs; a query's start-up never scores an act)."""
        import numpy as np

        folded, offset = self._folded()
        return (np.asarray(vector, dtype=np.float64) @ folded + offset).tolist()

    def _folded(self) -> tuple[Any, Any]:
        """The weights per raw vector unit and the offset the mean gives (numpy arrays,
        computed once per model)."""
        cached = self.__dict__.get("_folded_cache")
        if cached is None:
            import numpy as np

            per_unit = self.scale / np.asarray(self.sd, dtype=np.float64)
            weights = np.asarray(self.weights, dtype=np.float64) * per_unit[:, None]
            offset = -(np.asarray(self.mean, dtype=np.float64) @ weights)
            cached = (weights, offset)
            object.__setattr__(self, "_folded_cache", cached)
        return cached

    def to_json(self) -> dict:
        return {"scale": self.scale, "mean": [round(x, 6) for x in self.mean],
                "sd": [round(x, 6) for x in self.sd],
                "weights": [[round(x, 6) for x in row] for row in self.weights]}

    @classmethod
    def from_json(cls, data: dict) -> VectorPart:
        return cls(tuple(data["mean"]), tuple(data["sd"]), float(data["scale"]),
                   tuple(tuple(row) for row in data["weights"]))


CUE_TIE_MARGIN = 0.05
"""How much more probable than a specific cue's own act the model's act must be to
replace it (`ActModel.decide`)."""


@dataclass(frozen=True)
class ActModel:
    """Per-class weights of each feature, plus an intercept per class (and, optionally,
    weights of the content's word vector)."""

    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    meta: dict
    vector: VectorPart | None = None

    def scores(self, features: list[str], vector: Vector | None = None
               ) -> dict[str, float]:
        """Class probabilities (softmax of the linear scores) for one quote."""
        table, row_of = self._table()
        # the intercept, then each known feature's weights added in turn: the sums a loop
        # over the features would make, one numpy reduction instead of a Python step per
        # weight (reducing over the first axis adds row after row)
        rows = [0, *(k for k in map(row_of.get, set(features)) if k is not None)]
        totals = table[rows].sum(axis=0).tolist() if len(rows) > 1 else list(self.intercept)
        if self.vector is not None and vector is not None \
                and len(vector) == len(self.vector.mean):
            for k, extra in enumerate(self.vector.totals(vector)):
                totals[k] += extra
        top = max(totals)
        exps = [math.exp(t - top) for t in totals]
        norm = sum(exps)
        return {c: e / norm for c, e in zip(self.classes, exps, strict=True)}

    def _table(self) -> tuple[Any, dict[str, int]]:
        """The intercept and every feature's weights as rows of one numpy array (the
        intercept row 0), and each feature's row; made once per model (numpy is imported
        here, as in `VectorPart.totals`: a query's start-up never scores an act)."""
        cached = self.__dict__.get("_table_cache")
        if cached is None:
            import numpy as np

            names = list(self.weights)
            table = np.asarray([self.intercept, *(self.weights[f] for f in names)],
                               dtype=np.float64)
            cached = (table, {f: k for k, f in enumerate(names, start=1)})
            object.__setattr__(self, "_table_cache", cached)
        return cached

    def weighs_any(self, prefixes: tuple[str, ...]) -> bool:
        """Whether some feature the model weighs starts with one of `prefixes` (worked out
        once per model and prefixes: the act component asks for every quote)."""
        cache = self.__dict__.setdefault("_weighs_cache", {})
        if prefixes not in cache:
            cache[prefixes] = any(f.startswith(prefixes) for f in self.weights)
        return cache[prefixes]

    def predict(self, features: list[str], vector: Vector | None = None) -> str:
        scores = self.scores(features, vector)
        return max(self.classes, key=lambda c: (scores[c], -self.classes.index(c)))

    def overrules(self, rules_act: str, features: list[str] | None = None) -> bool:
        """Whether the model decides a quote whose rules say `rules_act`: it was trained to
        overrule the answers in `meta["decides"]` (every answer when absent). The entry
        `FROM_CONTENT` there stands for every answer the rules read from the content after
        a neutral cue (the feature `rule_content=…` of `act_features`), whatever the act."""
        decides = self.meta.get("decides")
        if decides is None or rules_act in decides:
            return True
        return FROM_CONTENT in decides and features is not None and \
            any(f.startswith("rule_content=") for f in features)

    def consulted(self, rules_act: str) -> bool:
        """Whether the model is read at all for a quote whose rules say `rules_act`: where
        it `overrules` them, and everywhere when it may overrule a confident answer
        (`meta["overrule_above"]`) or decides by where the answer came from."""
        decides = self.meta.get("decides") or ()
        return self.overrules(rules_act) or self.meta.get("overrule_above") is not None \
            or FROM_CONTENT in decides

    def decide(self, rules_act: str, features: list[str],
               vector: Vector | None = None) -> str:
        """The act of a quote whose rules say `rules_act`: the model's where it
        `overrules` them; elsewhere the rules', unless the model gives its own act at least
        the probability `meta["overrule_above"]` (a content the words read plainly
        otherwise than the cue: `« Bravo à tous »`, a-t-il averti)."""
        overrules = self.overrules(rules_act, features)
        above = self.meta.get("overrule_above")
        if not overrules and above is None:
            return rules_act
        scores = self.scores(features, vector)
        best = max(self.classes, key=lambda c: (scores[c], -self.classes.index(c)))
        if overrules:
            # a near tie goes to the act the cue itself names (`estime-t-il` is an opinion
            # unless the content reads plainly otherwise): the cue's own act is the
            # evidence that holds best on unseen articles
            cue_tie = f"rule_cue={rules_act}" in features and \
                scores[rules_act] >= scores[best] - CUE_TIE_MARGIN
            return rules_act if cue_tie else best
        return best if scores[best] >= above else rules_act

    def to_json(self) -> dict:
        out = {"format": MODEL_FORMAT, "classes": list(self.classes),
               "intercept": [round(x, 6) for x in self.intercept],
               "weights": {f: [round(x, 6) for x in row]
                           for f, row in sorted(self.weights.items())},
               "meta": self.meta}
        if self.vector is not None:
            out["vector"] = self.vector.to_json()
        return out

    @classmethod
    def from_json(cls, data: dict, source: str = "act model") -> ActModel:
        if data.get("format") != MODEL_FORMAT:
            raise ValueError(f"{source}: not a {MODEL_FORMAT} file")
        classes = tuple(data["classes"])
        weights = {f: tuple(row) for f, row in data["weights"].items()}
        if any(len(row) != len(classes) for row in weights.values()):
            raise ValueError(f"{source}: a weight row does not have one value per class")
        vector = VectorPart.from_json(data["vector"]) if data.get("vector") else None
        if vector is not None and (
                any(len(row) != len(classes) for row in vector.weights)
                or not len(vector.mean) == len(vector.sd) == len(vector.weights)):
            raise ValueError(f"{source}: the vector weights do not match the classes or "
                             "one another")
        return cls(classes, tuple(data["intercept"]), weights, data.get("meta", {}), vector)


def load_act_model(path: Path | str | None = None) -> ActModel | None:
    """The model at `path`, else the one shipped in `presswatch/data/act_model.json`
    (None when the package ships none: the rules then decide alone)."""
    if path is None:
        ref = resources.files("presswatch.data").joinpath("act_model.json")
        if not ref.is_file():
            return None
        return ActModel.from_json(json.loads(ref.read_text("utf-8")),
                                  "presswatch/data/act_model.json")
    path = Path(path)
    try:
        return ActModel.from_json(json.loads(path.read_text("utf-8")), str(path))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: cannot read the act model ({exc})") from exc
