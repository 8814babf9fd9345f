"""Feeds, sitemaps and robots.txt, at the site root and outside the language prefix.

A feed's address is the page's own path after /rss/ or /atom/ (/rss/economie/klimaat/,
/rss/dossiers/verkiezingen/, /rss/redactie/sanne-de-wit/): unambiguous, since paths are unique,
and readable, also for nested sections.
"""

from django.urls import path, re_path

from krant.feeds import views
from krant.feeds.sitemaps import LISTINGS

app_name = "feeds"

urlpatterns = [
    path("rss/", views.feed, {"kind": "rss"}, name="rss"),
    path("rss/<path:path>/", views.feed, {"kind": "rss"}, name="rss_page"),
    path("atom/", views.feed, {"kind": "atom"}, name="atom"),
    path("atom/<path:path>/", views.feed, {"kind": "atom"}, name="atom_page"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", views.sitemap_index, name="sitemap_index"),
    path("sitemap-nieuws.xml", views.news_sitemap, name="news_sitemap"),
    path("sitemap-video.xml", views.video_sitemap, name="video_sitemap"),
    re_path(
        r"^sitemap-artikelen-(?P<year>[0-9]{4})-(?P<month>0[1-9]|1[0-2])\.xml$",
        views.article_sitemap,
        name="article_sitemap",
    ),
    re_path(
        rf"^sitemap-(?P<name>{'|'.join(LISTINGS)})\.xml$",
        views.listing_sitemap,
        name="sitemap",
    ),
]
