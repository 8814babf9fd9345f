"""Score the predictions of a match whenever the Scorebord says its result changed (after the commit)."""

import logging

from django.dispatch import receiver

from krant.predictions import services
from krant.scores.signals import result_changed

logger = logging.getLogger(__name__)


@receiver(result_changed)
def score_predictions(sender, match_id: int, **kwargs):
    # The score is committed already: a failure here must not fail the editor's request.
    # services.score_due_matches (a scheduler job) catches up.
    try:
        services.score_match(match_id)
    except Exception:
        logger.exception("Predictions of match %s not scored", match_id)
