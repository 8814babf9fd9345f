"""The moderation model as the web process scores it (krant.community.classifier): the same numbers as
scikit-learn, features, files that cannot be used, and precision and recall on held-out decisions."""

import json
import math

import pytest

from krant.community import classifier, text, training
from krant.demo.community import content as community_content
from krant.demo.moderation import generate

# The module-wide fixture below is built once: all of this module on one pytest-xdist worker.
pytestmark = pytest.mark.xdist_group(__name__)

# The demo's word lists: the baseline the model must beat.
DEMO_RULES = community_content()["settings"]
WORD_LISTS = text.word_pattern(DEMO_RULES["banned_words"] + DEMO_RULES["suspect_words"])


@pytest.fixture(scope="module")
def pairs():
    return generate(seed="tests-classifier")


@pytest.fixture(scope="module")
def fitted(pairs):
    texts, labels = zip(*pairs[:300], strict=True)
    return training.fit(list(texts), list(labels))


def exported(fitted, version=1) -> dict:
    return training.export(*fitted, version)


def test_pure_python_scores_equal_scikit_learn(fitted, pairs):
    """Scored from the exported JSON, every class's probability equals predict_proba's within rounding,
    for texts it learned from, new ones, and texts with no known feature at all."""
    vectorizer, model = fitted
    scorer = classifier.parse(json.dumps(exported(fitted)).encode(), 1)
    texts = [body for body, _label in pairs[250:400]] + [
        "",
        "🙂",
        "Qwxz vbnm plof.",
        "Kijk op https://voorbeeld.example/actie voor meer!!",
        "ÉÉN HELE LANGE ZIN IN HOOFDLETTERS over de gemeenteraad en de begroting van 2027.",
    ]
    expected = model.predict_proba(vectorizer.transform(texts))
    for body, row in zip(texts, expected, strict=True):
        scored = scorer.probabilities(body)
        for name, probability in zip(model.classes_, row, strict=True):
            assert math.isclose(scored[str(name)], probability, rel_tol=0, abs_tol=1e-9), (body, name)


def test_features_fold_case_accents_and_digits():
    """Words are matched as the word lists match them (case and accents folded); digits become 0."""
    found = classifier.features("Één IDIOOT belt 06-12345678")
    assert {"w:een", "w:idioot", "w:00000000", "b:een idioot", "c:idio", "s:shouting"} <= set(found)


def test_trained_on_fixture_decisions_it_beats_the_word_lists_on_held_out_data(pairs):
    """On decisions it never saw, the model at the default thresholds holds far more of what moderators
    rejected than the word lists do, at least as precisely, and publishes almost only what they approved."""
    texts, labels = zip(*pairs, strict=True)
    evaluation = training.evaluate(list(texts), list(labels), WORD_LISTS)
    found = classifier.measure(evaluation["heldout"], 0.9, 0.9)
    assert found["total"] == len(evaluation["heldout"]) > 100
    assert found["hold"].recall > 2 * found["wordlists"].recall
    assert found["hold"].precision >= found["wordlists"].precision
    assert found["publish"].precision >= 0.95
    assert found["rule"] >= 0.8


def test_measure_counts_precision_recall_and_doubt():
    """Precision and recall for publishing and holding follow the thresholds; the rest is doubt."""
    heldout = [
        [0.99, True, "approve", "abuse", False],
        [0.95, False, "spam", "spam", False],  # published wrongly
        [0.50, True, "approve", "spam", True],  # doubt; the word lists held it wrongly
        [0.05, False, "abuse", "abuse", True],
        [0.02, False, "threat", "abuse", False],
    ]
    found = classifier.measure(heldout, 0.9, 0.9)
    assert (found["publish"].count, found["publish"].precision, found["publish"].recall) == (2, 0.5, 0.5)
    assert (found["hold"].count, found["hold"].precision, found["hold"].recall) == (2, 1.0, 2 / 3)
    assert found["queue"] == 1
    assert found["rule"] == 0.5
    assert (found["wordlists"].precision, found["wordlists"].recall) == (0.5, 1 / 3)
    assert classifier.measure([], 0.9, 0.9)["publish"].precision is None


def spoil(spec: dict, change) -> bytes:
    spec = json.loads(json.dumps(spec))
    change(spec)
    return json.dumps(spec).encode()


@pytest.mark.parametrize(
    "change",
    [
        lambda spec: spec.update(format="iets anders"),
        lambda spec: spec.update(features=classifier.FEATURES_VERSION + 1),
        lambda spec: spec.update(version=7),
        lambda spec: spec["idf"].pop(),
        lambda spec: spec["coef"][0].append(1.0),
        lambda spec: spec["intercept"].append(0.0),
        lambda spec: spec.update(classes=["spam", "abuse"]),
        lambda spec: spec["idf"].__setitem__(0, "veel"),
        lambda spec: spec.pop("terms"),
    ],
    ids=["format", "features", "version", "idf", "coef", "intercept", "classes", "number", "terms"],
)
def test_a_file_that_does_not_fit_is_refused_with_a_reason(fitted, change):
    with pytest.raises(classifier.ModelError) as refused:
        classifier.parse(spoil(exported(fitted), change), 1)
    assert str(refused.value)


@pytest.mark.parametrize("data", [b"", b"{", b"\xff\xfe", b"[]", b"null", b'{"format": 1}'])
def test_a_corrupt_file_is_refused(data):
    with pytest.raises(classifier.ModelError):
        classifier.parse(data, 1)


def test_infinite_weights_are_refused(fitted):
    """JSON as Python writes it may hold Infinity or NaN; a model with them would score nonsense."""
    data = spoil(exported(fitted), lambda spec: spec["intercept"].__setitem__(0, float("inf")))
    with pytest.raises(classifier.ModelError, match="ongeldige getallen"):
        classifier.parse(data, 1)
