"""Every address a reader can reach: the whole site but Wagtail's admin (krant.urls adds it).

A request outside /admin resolves here (krant.core.urlconf), so a worker that serves only readers never
imports the admin's URLconf.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.documents import urls as wagtaildocs_urls

from krant.community import urls as community_urls
from krant.core import media as core_media
from krant.core import views as core_views
from krant.news import views as news_views
from krant.push import views as push_views

handler500 = core_views.server_error

urlpatterns = [
    path("documenten/", include(wagtaildocs_urls)),
    path("api/v1/", include("krant.api.urls")),
    path("api/", include("krant.api.other_urls")),  # other versions, typos: a JSON 404, not the site's
    path("", include("krant.feeds.urls")),
    path("teller/<int:article_id>.gif", news_views.beacon, name="readership_beacon"),
    path("privacy-instellingen/keuze/", core_views.consent_choice, name="consent_choice"),
    path("sw.js", push_views.service_worker, name="push_service_worker"),
    path(".well-known/security.txt", core_views.security_txt, name="security_txt"),
    path("", include("krant.ads.urls")),
    *(path(name, core_views.root_file, {"name": name}) for name in core_views.ROOT_FILES),
]

# Uploaded media, with validators and lifetimes (krant.core.media); the same in development.
urlpatterns += [re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.+)$", core_media.serve, name="media")]

# Reader pages in Dutch at /..., in English at /en/... (krant.core.i18n). The community too: its pages and
# allauth's at /community/... and /en/community/...; links and mails made during a request (allauth reverses
# its own names) point at the address in that request's language.
urlpatterns += i18n_patterns(
    path("community/", include(community_urls.account_urlpatterns)),
    path("community/", include("krant.community.urls")),
    path("", include("krant.search.urls")),
    path("", include("krant.banner.urls")),
    path("", include("krant.weather.urls")),
    path("", include("krant.newsletters.urls")),
    path("", include("krant.push.urls")),
    path("", include("krant.liveblogs.urls")),
    path("", include("krant.news.urls")),
    path("", include("krant.podcasts.urls")),
    path("", include("krant.games.urls")),
    path("", include("krant.woord.urls")),
    path("", include("krant.predictions.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
