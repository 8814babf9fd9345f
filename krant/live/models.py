from django.db import models


class LiveEvent(models.Model):
    """One event of the live channel, when there is no Redis: its id is what listeners resume from."""

    channel = models.CharField(max_length=64)
    data = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return f"{self.pk} {self.channel}"
