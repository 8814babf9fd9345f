"""Het Woord's page: the empty board of the day for everyone, the reader's own game below it."""

from django.db import models
from django.http import Http404, HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from krant.core.pagecache import limit_lifetime
from krant.news.models import LISTING_PARENTS
from krant.woord import clock, views

GAME_PATH = "mijn-spel"  # the reader's own game below the page: never cached (deploy/varnish/krant.vcl)


class WoordPage(Page):
    """Het Woord: the empty board of the day (the same for everyone, cached); the reader's own game below it
    at mijn-spel/ (never cached), where guesses are posted."""

    intro = models.TextField(_("intro"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = LISTING_PARENTS
    subpage_types = []
    max_count = 1
    show_in_menus_default = True

    class Meta:
        verbose_name = _("Het Woord")

    def route(self, request, path_components):
        if path_components == [GAME_PATH] and self.live:
            return RouteResult(self, kwargs={"game": True})
        if path_components:
            raise Http404
        return super().route(request, path_components)

    def serve(self, request, *args, game=False, **kwargs):
        if game:
            return views.game(request, self)
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        day = clock.today()
        # The page names the day's puzzle: no cache keeps it past midnight in Amsterdam.
        limit_lifetime(request, clock.seconds_to_midnight(), exact=True)
        context = self.get_context(request)
        context.update(views.page_context(self, day))
        return TemplateResponse(request, "woord/woord_page.html", context)

    @property
    def game_url(self) -> str:
        return f"{self.url}{GAME_PATH}/"
