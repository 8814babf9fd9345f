"""The push task, on the newsletters' queue: `krant send_newsletters` (and `krant serve`) runs it."""

from django_tasks import task

from krant.push import delivery


@task(backend="newsletters", queue_name="newsletters")
def send_batch(delivery_id: int, batch_size: int) -> dict:
    """Claim the next batch of a push delivery's dispatches and send them."""
    return delivery.send_batch(delivery_id, batch_size)
