"""Podcast episodes in the API: the newest first across every series, and one episode with its chapters."""

from django.utils.translation import gettext as _
from rest_framework import serializers
from rest_framework.response import Response

from krant.api.pagination import NEWEST_FIRST, keyset_page
from krant.api.parameters import Parameters
from krant.api.serializers import ApiUrlField, DateTimeField, PageUrlField
from krant.api.views import ApiView, documented, id_parameter
from krant.core.pagecache import add_keys
from krant.feeds import links
from krant.podcasts.models import PodcastEpisodePage


class AudioUrlField(serializers.URLField):
    def __init__(self, **kwargs):
        super().__init__(source="audio.file.url", **kwargs)

    def to_representation(self, value):
        return links.absolute_url(value)


class SeriesSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = PageUrlField()


class ChapterSerializer(serializers.Serializer):
    start = serializers.IntegerField(help_text="Seconds from the start of the audio.")
    title = serializers.CharField()


class EpisodeSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    url = PageUrlField()
    api_url = ApiUrlField("podcast-episode-detail")
    title = serializers.CharField()
    summary = serializers.CharField()
    series = SeriesSummarySerializer(source="series_page")
    season = serializers.IntegerField(source="season_number", allow_null=True)
    episode = serializers.IntegerField(source="episode_number", allow_null=True)
    published_at = DateTimeField(source="first_published_at")
    audio_url = AudioUrlField()
    audio_type = serializers.CharField(
        source="audio.mime_type", help_text="audio/mpeg, audio/mp4 or audio/aac."
    )
    audio_size = serializers.IntegerField(source="audio.size", help_text="Bytes.")
    duration = serializers.FloatField(source="audio.duration", help_text="Seconds.")


class EpisodeDetailSerializer(EpisodeSerializer):
    chapters = ChapterSerializer(many=True, source="ordered_chapters")
    transcript = serializers.CharField(
        allow_blank=True, help_text="Empty when there is none; see the reason."
    )
    no_transcript_reason = serializers.CharField(allow_blank=True)


class EpisodeListSerializer(serializers.Serializer):
    results = EpisodeSerializer(many=True)
    next = serializers.URLField(allow_null=True)


def with_series(episodes: list[PodcastEpisodePage]) -> list[PodcastEpisodePage]:
    """Attach each episode's series from one query."""
    from krant.podcasts.models import PodcastSeriesPage

    paths = {episode.path[: -episode.steplen] for episode in episodes}
    series = {page.path: page for page in PodcastSeriesPage.objects.filter(path__in=paths)}
    for episode in episodes:
        episode.series_page = series.get(episode.path[: -episode.steplen])
    return episodes


class EpisodeListView(ApiView):
    """Published podcast episodes of every series, newest first."""

    @documented(
        "list_podcast_episodes",
        EpisodeListSerializer,
        400,
        parameters=[Parameters],
        summary="Podcast episodes, newest first.",
    )
    def get(self, request):
        parameters = self.parameters(Parameters)
        add_keys(request, "podcasts")
        episodes = PodcastEpisodePage.objects.live().public().select_related("audio")
        page = keyset_page(request, episodes, NEWEST_FIRST, parameters["limit"], parameters.get("cursor"))
        data = EpisodeSerializer(with_series(page.items), many=True, context=self.context()).data
        return Response({"results": data, "next": page.next})


class EpisodeDetailView(ApiView):
    """One podcast episode with its chapters and transcript."""

    @documented(
        "get_podcast_episode",
        EpisodeDetailSerializer,
        404,
        parameters=[id_parameter("episode")],
        summary="A podcast episode with its chapters and transcript.",
    )
    def get(self, request, pk: int):
        queryset = PodcastEpisodePage.objects.select_related("audio").prefetch_related("chapters")
        episode = self.page_or_404(
            queryset, pk, _("Er is geen podcastaflevering met id %(id)s.") % {"id": pk}
        )
        (episode,) = with_series([episode])
        add_keys(request, f"page:{pk}", f"podcast:{episode.series_page.pk}")
        return Response(EpisodeDetailSerializer(episode, context=self.context()).data)
