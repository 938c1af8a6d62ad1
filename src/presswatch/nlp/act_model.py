"""A linear speech-act model over `act_features`, stored as a readable JSON table.

Why linear and why JSON: with a few hundred gold quotes, a regularised logistic regression
over sparse features generalises as well as anything heavier, trains in seconds on a CPU,
and its weights can be read (`opinion` ← `lemma=inquiétant`) and shipped inside the package
without pickles or a runtime dependency on the library that trained it. `training/acts.py`
writes the file; this module only scores.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

MODEL_FORMAT = "presswatch-act-model/1"


@dataclass(frozen=True)
class ActModel:
    """Per-class weights of each feature, plus an intercept per class."""

    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    meta: dict

    def scores(self, features: list[str]) -> dict[str, float]:
        """Class probabilities (softmax of the linear scores) for one quote."""
        totals = list(self.intercept)
        for feature in set(features):
            row = self.weights.get(feature)
            if row is not None:
                for k, w in enumerate(row):
                    totals[k] += w
        top = max(totals)
        exps = [math.exp(t - top) for t in totals]
        norm = sum(exps)
        return {c: e / norm for c, e in zip(self.classes, exps, strict=True)}

    def predict(self, features: list[str]) -> str:
        scores = self.scores(features)
        return max(self.classes, key=lambda c: (scores[c], -self.classes.index(c)))

    def overrules(self, rules_act: str) -> bool:
        """Whether the model decides a quote whose rules say `rules_act`: it was trained to
        overrule the answers in `meta["decides"]` (every answer when absent)."""
        decides = self.meta.get("decides")
        return decides is None or rules_act in decides

    def decide(self, rules_act: str, features: list[str]) -> str:
        """The act of a quote whose rules say `rules_act`: the model's where it
        `overrules` them, else the rules'."""
        return self.predict(features) if self.overrules(rules_act) else rules_act

    def to_json(self) -> dict:
        return {"format": MODEL_FORMAT, "classes": list(self.classes),
                "intercept": [round(x, 6) for x in self.intercept],
                "weights": {f: [round(x, 6) for x in row]
                            for f, row in sorted(self.weights.items())},
                "meta": self.meta}

    @classmethod
    def from_json(cls, data: dict, source: str = "act model") -> ActModel:
        if data.get("format") != MODEL_FORMAT:
            raise ValueError(f"{source}: not a {MODEL_FORMAT} file")
        classes = tuple(data["classes"])
        weights = {f: tuple(row) for f, row in data["weights"].items()}
        if any(len(row) != len(classes) for row in weights.values()):
            raise ValueError(f"{source}: a weight row does not have one value per class")
        return cls(classes, tuple(data["intercept"]), weights, data.get("meta", {}))


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
