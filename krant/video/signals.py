"""A new or replaced upload is queued for processing; any change purges the clip's pages."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from krant.core.purge import purge
from krant.video.models import Video


@receiver(pre_save, sender=Video)
def note_new_upload(sender, instance: Video, update_fields=None, **kwargs):
    if update_fields is not None:
        return  # processing's own writes
    previous = Video.objects.filter(pk=instance.pk).values_list("original", flat=True).first()
    if previous != instance.original.name or previous is None:
        instance.status = Video.Status.PENDING
        instance._needs_processing = True


@receiver(post_save, sender=Video)
def video_saved(sender, instance: Video, update_fields=None, **kwargs):
    purge(instance.purge_keys())
    if getattr(instance, "_needs_processing", False):
        instance._needs_processing = False
        from krant.video.tasks import process_video

        transaction.on_commit(lambda: process_video.enqueue(instance.pk))


@receiver(post_delete, sender=Video)
def video_deleted(sender, instance: Video, **kwargs):
    purge(instance.purge_keys())
