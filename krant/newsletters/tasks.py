"""The newsletter tasks, queued on the "newsletters" backend (database or Redis) and run by the worker."""

from django_tasks import task

from krant.newsletters import delivery


@task(backend="newsletters", queue_name="newsletters")
def send_batch(edition_id: int, batch_size: int) -> dict:
    """Claim the next batch of an edition's deliveries and send it."""
    return delivery.send_batch(edition_id, batch_size)
