"""schema.org PodcastSeries and PodcastEpisode for the series' and episodes' pages (JSON-LD)."""

from django.http import HttpRequest

from krant.feeds import links
from krant.podcasts.models import PodcastEpisodePage, PodcastSeriesPage

LANGUAGE = "nl-NL"


def iso_duration(seconds: float) -> str:
    """Return `seconds` as an ISO 8601 duration, such as PT4M5S."""
    seconds = round(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + f"{seconds}S"


def podcast_series(series: PodcastSeriesPage, request: HttpRequest) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "PodcastSeries",
        "name": series.title,
        "description": series.intro,
        "url": links.page_url(series, request),
        "webFeed": links.absolute_url(series.feed_url()),
        "inLanguage": LANGUAGE,
    }
    try:
        data["image"] = links.absolute_url(series.image.get_rendition("fill-1400x1400").url)
    except OSError:
        pass  # a missing original: the series without its artwork
    if series.host:
        data["author"] = {"@type": "Person", "name": series.host}
    return data


def podcast_episode(episode: PodcastEpisodePage, request: HttpRequest) -> dict:
    series = episode.get_parent().specific
    audio = episode.audio
    data = {
        "@context": "https://schema.org",
        "@type": "PodcastEpisode",
        "name": episode.title,
        "description": episode.summary,
        "url": links.page_url(episode, request),
        "datePublished": episode.first_published_at.isoformat() if episode.first_published_at else None,
        "timeRequired": iso_duration(audio.duration),
        "inLanguage": LANGUAGE,
        "associatedMedia": {
            "@type": "MediaObject",
            "contentUrl": links.absolute_url(audio.file.url),
            "encodingFormat": audio.mime_type,
            "contentSize": str(audio.size),
            "duration": iso_duration(audio.duration),
        },
        "partOfSeries": {
            "@type": "PodcastSeries",
            "name": series.title,
            "url": links.page_url(series, request),
        },
    }
    if episode.episode_number:
        data["episodeNumber"] = episode.episode_number
    if episode.transcript.strip():
        data["transcript"] = episode.transcript.strip()
    return {key: value for key, value in data.items() if value is not None}


def structured_data(page, request: HttpRequest) -> list[dict] | None:
    """The JSON-LD for a podcast page, or None when `page` is no podcast page."""
    if isinstance(page, PodcastEpisodePage):
        return [podcast_episode(page, request)]
    if isinstance(page, PodcastSeriesPage):
        return [podcast_series(page, request)]
    return None
