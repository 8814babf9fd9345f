"""A member's newsletters in 'download my data' (krant.community.personal_data).

Only the subscriptions of the member's verified addresses: an address they have not proven theirs may
be someone else's. Deleting the account leaves them: they are a consent of their own, ended with the
link under every letter.
"""

from krant.community import personal_data
from krant.newsletters.models import Subscriber


def export(user) -> list[dict]:
    subscribers = Subscriber.objects.filter(
        email__in=personal_data.verified_addresses(user)
    ).prefetch_related("subscriptions__newsletter")
    return [
        {
            "email": subscriber.email,
            "subscribed_at": personal_data.when(subscriber.created_at),
            "lists": [
                {
                    "newsletter": subscription.newsletter.name,
                    "status": subscription.status,
                    "confirmed_at": personal_data.when(subscription.confirmed_at),
                    "unsubscribed_at": personal_data.when(subscription.unsubscribed_at),
                }
                for subscription in subscriber.subscriptions.all()
            ],
        }
        for subscriber in subscribers
    ]


personal_data.register("newsletters", export)
