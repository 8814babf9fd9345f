"""An editor's change to a competition, its rounds, teams, fixtures or race results changes the Scorebord.

Scores themselves are written by `services.record_score`, which purges and sends the live event; these
receivers cover the admin's ordinary forms, and purge every Scorebord page (edits there are rare).

`result_changed(match_id=...)` is sent after the commit of every write in `services.py` (a score, a race's
placings, an edited match): what depends on a result (the Sportspellen' points) listens to it.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal, receiver

from krant.core.purge import purge
from krant.scores.models import ALL_KEY, Competition, Match, Participant, Placing, Round

result_changed = Signal()


@receiver(post_save, sender=Competition)
@receiver(post_delete, sender=Competition)
@receiver(post_save, sender=Round)
@receiver(post_delete, sender=Round)
@receiver(post_save, sender=Participant)
@receiver(post_delete, sender=Participant)
@receiver(post_save, sender=Match)
@receiver(post_delete, sender=Match)
@receiver(post_save, sender=Placing)
@receiver(post_delete, sender=Placing)
def scoreboard_changed(sender, **kwargs):
    purge({ALL_KEY})
