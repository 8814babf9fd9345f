from django.urls import path

from krant.podcasts import views

urlpatterns = [
    path("podcasts/<int:series_id>/feed.xml", views.feed, name="podcast_feed"),
    path("podcasts/aflevering/<int:episode_id>/hoofdstukken.json", views.chapters, name="podcast_chapters"),
    path("podcasts/aflevering/<int:episode_id>/transcript.txt", views.transcript, name="podcast_transcript"),
]
