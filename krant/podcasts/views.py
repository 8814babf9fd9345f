"""The podcast apps' side: one RSS feed per series, and each episode's chapters (JSON) and transcript (text).

All three are public, cached pages declaring `podcast:<series id>`; the page cache and Django's
ConditionalGet give them an ETag and 304s like every page.
"""

import json

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from krant.core.pagecache import add_keys
from krant.feeds import links
from krant.podcasts.models import (
    EPISODE_LIST,
    FEED_IMAGE,
    PodcastEpisodePage,
    PodcastSeriesPage,
)

CHAPTERS_TYPE = "application/json+chapters"  # Podcasting 2.0's JSON chapters format, version 1.2.0


def public_episode(episode_id: int) -> PodcastEpisodePage:
    episode = get_object_or_404(
        PodcastEpisodePage.objects.live().public().select_related("audio"), pk=episode_id
    )
    return episode


@require_safe
def feed(request, series_id: int):
    series = get_object_or_404(
        PodcastSeriesPage.objects.live().public().select_related("image"), pk=series_id
    )
    add_keys(request, f"podcast:{series.pk}")
    try:
        image = links.absolute_url(series.image.get_rendition(FEED_IMAGE).url)
    except OSError:
        image = ""  # a missing original: a feed without artwork beats no feed
    episodes = list(series.episodes()[:EPISODE_LIST])
    for episode in episodes:
        episode.absolute_url = links.page_url(episode, request)
        episode.audio_url = links.absolute_url(episode.audio.file.url)
    context = {
        "series": series,
        "series_url": links.page_url(series, request),
        "feed_url": links.absolute_url(series.feed_url()),
        "image": image,
        "episodes": episodes,
        "absolute": links.absolute_url,
    }
    return render(request, "podcasts/feed.xml", context, content_type="application/rss+xml; charset=utf-8")


@require_safe
def chapters(request, episode_id: int):
    episode = public_episode(episode_id)
    add_keys(request, f"podcast:{episode.series_id}")
    data = {
        "version": "1.2.0",
        "title": episode.title,
        "chapters": [
            {"startTime": chapter.start, "title": chapter.title} for chapter in episode.ordered_chapters()
        ],
    }
    return HttpResponse(json.dumps(data, ensure_ascii=False), content_type=f"{CHAPTERS_TYPE}; charset=utf-8")


@require_safe
def transcript(request, episode_id: int):
    episode = public_episode(episode_id)
    add_keys(request, f"podcast:{episode.series_id}")
    if not episode.transcript.strip():
        raise Http404
    return HttpResponse(episode.transcript.strip() + "\n", content_type="text/plain; charset=utf-8")
