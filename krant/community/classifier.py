"""The learned moderation model as the web process uses it: read from a JSON file, scored in pure Python.

The model is trained with scikit-learn (krant.community.training, in the scheduler or a command) and
exported as its vocabulary, idf and logistic-regression weights. Scoring those here costs a few
milliseconds and no numpy or scipy in the web workers (about 60 MiB each), and JSON, unlike a pickle,
cannot run code when it is read. `features` is the one tokenizer: training hands it to scikit-learn as
the analyzer, so both sides see the same features.

Which version is active is recorded in the database (ModerationModel), with the file's checksum; a file
that is missing, corrupt or not the one recorded is logged and the word lists moderate alone.
"""

import hashlib
import json
import logging
import math
import re
from array import array
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _

from krant.community import text
from krant.community.models import ModerationModel

logger = logging.getLogger(__name__)

FORMAT = "krant-moderation-model"
FORMAT_VERSION = 1
# Raised when `features` changes: a model trained on other features must not be scored with these.
FEATURES_VERSION = 1
APPROVE = "approve"  # the class of approved comments; the others are house rules

WORD = re.compile(r"\w+")
DIGIT = re.compile(r"\d")
SHOUTING = re.compile(r"[A-Z]{4,}")


def features(body: str) -> list[str]:
    """Return the features of a comment's text: words, word pairs and parts of words (3-5 letters).

    Parts of words catch Dutch compounds and inflections ('oplichtersbende', 'idioten') that a word list
    misses; digits become 0, so every phone number or house number looks alike.
    """
    folded = DIGIT.sub("0", text.fold(text.URL.sub(" webadres ", body)))
    words = WORD.findall(folded)
    found = [f"w:{word}" for word in words]
    found += [f"b:{first} {second}" for first, second in zip(words, words[1:], strict=False)]
    for word in words:
        padded = f" {word} "
        for size in (3, 4, 5):
            found += [f"c:{padded[start : start + size]}" for start in range(len(padded) - size + 1)]
    if text.has_link(body):
        found.append("s:link")
    if SHOUTING.search(body):
        found.append("s:shouting")
    if "!!" in body:
        found.append("s:exclamations")
    return found


class ModelError(Exception):
    """The model file cannot be used; the message says why, for the log and the admin."""


@dataclass(frozen=True)
class Model:
    version: int
    index: dict[str, int]
    idf: array
    classes: list[str]
    coef: list[array]  # one row per class (one row in all for two classes, as scikit-learn keeps it)
    intercept: list[float]
    sublinear_tf: bool

    def probabilities(self, body: str) -> dict[str, float]:
        """Return the probability of each class (APPROVE and house rules) for `body`.

        The same arithmetic as TfidfVectorizer (l2-normalised tf-idf) and LogisticRegression.predict_proba.
        """
        counts = Counter(
            index for feature in features(body) if (index := self.index.get(feature)) is not None
        )
        weights = {
            index: ((1 + math.log(count)) if self.sublinear_tf else count) * self.idf[index]
            for index, count in counts.items()
        }
        norm = math.sqrt(sum(weight * weight for weight in weights.values()))
        if norm:
            weights = {index: weight / norm for index, weight in weights.items()}
        logits = [
            intercept + sum(row[index] * weight for index, weight in weights.items())
            for row, intercept in zip(self.coef, self.intercept, strict=True)
        ]
        if len(logits) == 1:
            positive = 1 / (1 + math.exp(-logits[0]))
            return {self.classes[0]: 1 - positive, self.classes[1]: positive}
        top = max(logits)
        exps = [math.exp(logit - top) for logit in logits]
        total = sum(exps)
        return {name: value / total for name, value in zip(self.classes, exps, strict=True)}

    def assess(self, body: str) -> tuple[float, str]:
        """Return the probability that moderators would approve `body`, and the likeliest house rule."""
        probabilities = self.probabilities(body)
        rules = [name for name in self.classes if name != APPROVE]
        return probabilities.get(APPROVE, 0.0), max(rules, key=probabilities.get, default="other")


def model_dir() -> Path:
    return Path(settings.MODERATION_MODEL_DIR)


def file_name(version: int) -> str:
    return f"model-{version:04d}.json"


def parse(data: bytes, version: int) -> Model:
    """Return the model in `data` (a file's bytes), or raise ModelError saying what is wrong."""
    try:
        spec = json.loads(data)
        if spec.get("format") != FORMAT or spec.get("format_version") != FORMAT_VERSION:
            raise ModelError(_("het bestand is geen moderatiemodel van deze versie van krant"))
        if spec.get("features") != FEATURES_VERSION:
            raise ModelError(_("het model is getraind op andere kenmerken; train het opnieuw"))
        if spec.get("version") != version:
            raise ModelError(_("het bestand hoort bij een andere versie"))
        terms, classes = spec["terms"], spec["classes"]
        idf = array("d", spec["idf"])
        coef = [array("d", row) for row in spec["coef"]]
        intercept = [float(value) for value in spec["intercept"]]
        rows = 1 if len(classes) == 2 else len(classes)
        if (
            APPROVE not in classes
            or len(classes) < 2
            or len(idf) != len(terms)
            or len(coef) != rows
            or len(intercept) != rows
            or any(len(row) != len(terms) for row in coef)
        ):
            raise ModelError(_("de gewichten passen niet bij de woordenlijst van het model"))
        if not all(math.isfinite(value) for values in (idf, *coef, intercept) for value in values):
            raise ModelError(_("het model bevat ongeldige getallen"))
        return Model(
            version=version,
            index={term: position for position, term in enumerate(terms)},
            idf=idf,
            classes=[str(name) for name in classes],
            coef=coef,
            intercept=intercept,
            sublinear_tf=bool(spec.get("sublinear_tf")),
        )
    except ModelError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as error:
        raise ModelError(_("het bestand is beschadigd")) from error


def load(row: ModerationModel) -> Model:
    """Return the model `row` records, read from its file and checked against its checksum."""
    path = model_dir() / row.file_name
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ModelError(
            _("het bestand %(name)s ontbreekt of is onleesbaar") % {"name": row.file_name}
        ) from error
    if hashlib.sha256(data).hexdigest() != row.sha256:
        raise ModelError(_("het bestand %(name)s is gewijzigd of beschadigd") % {"name": row.file_name})
    return parse(data, row.version)


# This process's parsed copy of the active file, by version and checksum: the database says which
# version is active (for every process), and a file's content never changes under its checksum.
_loaded: dict[tuple[int, str], Model | ModelError] = {}


# Which version is active, in the shared store: every comment asks, a training changes it. Kept a minute
# at most, so a process that read the old row just before a training committed cannot keep it for long.
ACTIVE_KEY = "krant:community:active-model"
ACTIVE_SECONDS = 60


def active_row() -> ModerationModel | None:
    """Return the active version's row (version, file name and checksum only), or None."""
    known = cache.get(ACTIVE_KEY)
    if known is None:
        found = ModerationModel.objects.filter(active=True).values_list("version", "file_name", "sha256")
        known = found.first() or ()
        cache.set(ACTIVE_KEY, known, ACTIVE_SECONDS)
    if not known:
        return None
    version, name, sha256 = known
    return ModerationModel(version=version, file_name=name, sha256=sha256)


def forget_active_row() -> None:
    cache.delete(ACTIVE_KEY)


def active_model() -> Model | None:
    """Return the active model, or None when there is none or it cannot be used (logged once)."""
    row = active_row()
    if row is None:
        return None
    key = (row.version, row.sha256)
    if key not in _loaded:
        _loaded.clear()
        try:
            _loaded[key] = load(row)
        except ModelError as error:
            logger.error(
                "Moderation model %s unusable (%s); the word lists moderate alone", row.version, error
            )
            _loaded[key] = error
    found = _loaded[key]
    return found if isinstance(found, Model) else None


def status() -> tuple[ModerationModel | None, str]:
    """Return the active version's row and, when it cannot be used, why (read afresh, for the admin)."""
    row = ModerationModel.objects.filter(active=True).first()
    if row is None:
        return None, ""
    try:
        load(row)
    except ModelError as error:
        return row, str(error)
    return row, ""


@dataclass(frozen=True)
class Rates:
    count: int  # comments the model would decide this way
    precision: float | None  # of those, the share the moderators decided the same
    recall: float | None  # of the moderators' decisions this way, the share the model takes


def rates(chosen: list, correct, relevant: int) -> Rates:
    right = sum(1 for row in chosen if correct(row))
    return Rates(
        len(chosen),
        right / len(chosen) if chosen else None,
        right / relevant if relevant else None,
    )


def measure(heldout: list, approve_threshold: float, reject_threshold: float) -> dict:
    """Return how the model did on held-out decisions at these thresholds.

    `heldout` rows are [approve probability, approved by the moderators, their house rule, predicted
    rule, held by the word lists]. Publishing and holding each get a precision and a recall; `rule` is
    the share of correctly held comments whose house rule the model also named.
    """
    approved = sum(1 for row in heldout if row[1])
    rejected = len(heldout) - approved
    published = [row for row in heldout if row[0] >= approve_threshold]
    held = [row for row in heldout if row[0] < approve_threshold and 1 - row[0] >= reject_threshold]
    rightly_held = [row for row in held if not row[1]]
    return {
        "total": len(heldout),
        "publish": rates(published, lambda row: row[1], approved),
        "hold": rates(held, lambda row: not row[1], rejected),
        "queue": len(heldout) - len(published) - len(held),
        "rule": (
            sum(1 for row in rightly_held if row[2] == row[3]) / len(rightly_held) if rightly_held else None
        ),
        "wordlists": rates([row for row in heldout if row[4]], lambda row: not row[1], rejected),
    }
