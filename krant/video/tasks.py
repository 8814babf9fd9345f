"""The video task, queued on the "video" backend (database or Redis) and run by the worker."""

from django_tasks import task

from krant.video import processing


@task(backend="video", queue_name="video")
def process_video(video_id: int) -> str:
    """Read, poster and encode one uploaded clip."""
    return str(processing.process(video_id))
