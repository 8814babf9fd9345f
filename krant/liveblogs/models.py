"""Liveblogs: an article that stays open for a stream of short updates, posted from a compact admin form.

A liveblog is an article (`LiveBlogPage`, a child table of `ArticlePage`): it is listed, curated, searched
and served like any article, and every listing keeps reading only the article table. What changes while it
runs (its updates, open or closed, its last update, who may post) is kept out of the page's revisions, so
posting never touches the page editor and publishing an older draft never reopens a closed liveblog.
"""

import re

from django.conf import settings
from django.core.cache import cache
from django.db import models, transaction
from django.db.models import Q
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from krant.community import text as plain_text
from krant.core.pagecache import add_keys, limit_lifetime
from krant.core.purge import purge
from krant.core.roles import ADMINS, DESK
from krant.news.models import ArticleManager, ArticlePage, Label

OPEN_IDS_KEY = "krant:liveblogs:open"
OPEN_KEY = "liveblogs:open"  # surrogate key of the pages listing the open liveblogs
OPEN_IDS_SECONDS = 300  # at most; a coverage end that passes sooner bounds it (`open_liveblog_ids`)
PAGE_SIZE = 20  # updates per page; older ones behind 'Oudere updates' (?voor=<id>)
PINNED_COUNT = 5  # 'Belangrijkste ontwikkelingen' at most
NEW_BATCH = 50  # updates a reader's script fetches at once; further behind, it reloads the page
CURSOR = re.compile(r"[1-9][0-9]{0,17}")


class LiveBlogPage(ArticlePage):
    """A liveblog: an article with updates, read at the article's address, open until it is closed."""

    coverage_end = models.DateTimeField(
        _("sluit om"),
        null=True,
        blank=True,
        help_text=_("Leeg: het liveblog blijft open tot de eindredactie het sluit."),
    )
    closed_at = models.DateTimeField(_("gesloten om"), null=True, blank=True)
    last_update_at = models.DateTimeField(_("laatste update"), null=True, blank=True)
    reporters = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="liveblogs",
        verbose_name=_("verslaggevers"),
        help_text=_("Wie naast de eindredactie updates mag plaatsen."),
    )

    # Set in the liveblog's own admin view, never by a revision (`with_content_json`). The article's
    # `updated_at` is the last update's time: feeds, sitemaps and JSON-LD date the liveblog by it.
    STATE_FIELDS = ("coverage_end", "closed_at", "last_update_at", "updated_at")
    content_panels = [
        panel for panel in ArticlePage.content_panels if getattr(panel, "heading", "") != _("Update")
    ]

    parent_page_types = ["news.ArticleYearPage"]
    subpage_types = []
    template = "liveblogs/live_blog_page.html"

    objects = ArticleManager()

    class Meta:
        verbose_name = _("liveblog")
        verbose_name_plural = _("liveblogs")

    def save(self, *args, **kwargs):
        self.label = Label.LIVEBLOG  # listings and the API know a liveblog by its label
        super().save(*args, **kwargs)

    def with_content_json(self, content):
        page = super().with_content_json(content)
        for name in self.STATE_FIELDS:
            setattr(page, name, getattr(self, name))
        return page

    @property
    def state_version(self) -> tuple:
        """What a part keyed by the last publish must also be keyed by: the updates and the open state."""
        return (self.last_update_at, self.closed_at, self.coverage_end)

    @property
    def coverage_start(self):
        return self.published_at

    def coverage_ends_at(self):
        """Return when the coverage ended or will end: closed by hand, or the planned end time."""
        return self.closed_at or self.coverage_end

    def is_open(self, at=None) -> bool:
        ends = self.coverage_ends_at()
        return ends is None or ends > (at or timezone.now())

    def may_post(self, user) -> bool:
        """Return whether `user` may post, edit and delete updates: the desk, Beheer, or a listed reporter."""
        if not user.is_authenticated or not user.is_active:
            return False
        if user.is_superuser or user.groups.filter(name__in=[DESK, ADMINS]).exists():
            return True
        return self.reporters.filter(pk=user.pk).exists()

    @property
    def cache_key(self) -> str:
        """The surrogate key of everything showing its updates or last update (not its teasers)."""
        return f"liveblog:{self.pk}"

    def serve(self, request, *args, **kwargs):
        before = request.GET.get("voor")
        if before is not None and not CURSOR.fullmatch(before):
            return TemplateResponse(
                request,
                "liveblogs/refused.html",
                {"page": None, "message": _("Dit is geen geldige plek in het liveblog (?voor=).")},
                status=400,
            )
        return super().serve(request, *args, **kwargs)

    def pinned_updates(self) -> list:
        """'Belangrijkste ontwikkelingen': the pinned updates, newest first."""
        return list(self.updates.for_page().filter(pinned=True)[:PINNED_COUNT])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        before = request.GET.get("voor")
        updates = self.updates.for_page()
        if before is not None:
            updates = updates.filter(pk__lt=int(before))
        shown = list(updates[: PAGE_SIZE + 1])
        context["updates"], context["older"] = shown[:PAGE_SIZE], len(shown) > PAGE_SIZE
        context["pinned"] = [] if before else self.pinned_updates()
        context["before"] = before
        context["is_open"] = self.is_open()
        add_keys(request, self.cache_key)
        if context["is_open"] and (ends := self.coverage_ends_at()) is not None:
            limit_lifetime(request, max(1, int((ends - timezone.now()).total_seconds()) + 1))
        return context


def open_condition(at=None) -> Q:
    at = at or timezone.now()
    return Q(closed_at__isnull=True) & (Q(coverage_end__isnull=True) | Q(coverage_end__gt=at))


def open_liveblogs(at=None):
    """Return the liveblogs every reader may see and that are open at `at` (default: now)."""
    at = at or timezone.now()
    return LiveBlogPage.objects.published(at).filter(open_condition(at))


def open_liveblog_ids(request=None) -> frozenset[int]:
    """Return the ids of the published liveblogs open now: one read of the shared store per request.

    Listings put 'Live' on these; the set is dropped on every open, close or publish of a liveblog and
    never kept past the next planned coverage end.
    """
    if request is not None and hasattr(request, "_krant_open_liveblogs"):
        return request._krant_open_liveblogs
    found = cache.get(OPEN_IDS_KEY)
    if found is None:
        now = timezone.now()
        rows = list(open_liveblogs(now).values_list("pk", "coverage_end"))
        found = frozenset(pk for pk, _end in rows)
        seconds = OPEN_IDS_SECONDS
        if ends := [end for _pk, end in rows if end is not None]:
            seconds = max(1, min(seconds, int((min(ends) - now).total_seconds()) + 1))
        cache.set(OPEN_IDS_KEY, found, seconds)
    if request is not None:
        request._krant_open_liveblogs = found
    return found


def forget_open_ids() -> None:
    cache.delete(OPEN_IDS_KEY)


def open_set_changed() -> None:
    """The open liveblogs may be others now: drop their ids on commit and purge the pages listing them
    (the push page's choices); their own pages and teasers are purged by who changed them."""
    transaction.on_commit(forget_open_ids)
    purge({OPEN_KEY})


class LiveUpdateQuerySet(models.QuerySet):
    def for_page(self):
        """Return the updates newest first with what their fragments show: images and renditions joined."""
        return self.select_related("image").prefetch_related("image__renditions").order_by("-pk")


class LiveUpdate(models.Model):
    """One update of a liveblog. Deleted for real: the purge on delete leaves no copy anywhere."""

    liveblog = models.ForeignKey(
        LiveBlogPage, on_delete=models.CASCADE, related_name="updates", verbose_name=_("liveblog")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("geplaatst door"),
    )
    author_name = models.CharField(_("naam bij de update"), max_length=150, blank=True)
    posted_at = models.DateTimeField(_("tijd"), default=timezone.now)
    edited_at = models.DateTimeField(_("bijgewerkt om"), null=True, blank=True)
    title = models.CharField(_("kop"), max_length=200, blank=True)
    text = models.TextField(_("tekst"), blank=True)
    image = models.ForeignKey(
        "core.KrantImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("beeld"),
    )
    image_caption = models.CharField(_("onderschrift"), max_length=255, blank=True)
    quote = models.TextField(_("citaat"), blank=True)
    quote_attribution = models.CharField(_("wie zei het"), max_length=150, blank=True)
    embed_url = models.URLField(_("insluiting (adres)"), max_length=500, blank=True)
    pinned = models.BooleanField(_("belangrijkste ontwikkeling"), default=False)
    key_event = models.BooleanField(_("kerngebeurtenis"), default=False)

    objects = LiveUpdateQuerySet.as_manager()

    class Meta:
        verbose_name = _("liveblog-update")
        verbose_name_plural = _("liveblog-updates")
        indexes = [models.Index(fields=["liveblog", "-id"], name="liveblogs_update_newest")]

    def __str__(self):
        return self.title or plain_text.PARAGRAPH_BREAK.split(self.text)[0][:60] or str(self.pk)

    def get_absolute_url(self):
        return f"{self.liveblog.url}#update-{self.pk}"

    @property
    def anchor(self) -> str:
        return f"update-{self.pk}"

    def text_html(self):
        return plain_text.to_html(self.text)
