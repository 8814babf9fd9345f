"""A member's push subscriptions in 'download my data' and 'delete my account'
(krant.community.personal_data).

Only what a member made while logged in is linked to them; an anonymous browser's subscription names
nobody and is ended from that browser (or by the push service, when the reader revokes the permission).
"""

from krant.community import personal_data
from krant.push.models import Recipient


def export(user) -> list[dict]:
    recipients = Recipient.objects.filter(user=user).prefetch_related("topics").order_by("pk")
    return [
        {
            "platform": recipient.platform,
            "created_at": personal_data.when(recipient.created_at),
            "updated_at": personal_data.when(recipient.updated_at),
            "topics": sorted(topic.topic for topic in recipient.topics.all()),
        }
        for recipient in recipients
    ]


def erase(user, choice) -> None:
    Recipient.objects.filter(user=user).delete()


personal_data.register("push", export, erase)
