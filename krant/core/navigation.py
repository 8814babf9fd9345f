"""The site's menus, built from the page tree and the site settings, cached until the next publish.

Core serves every app and so imports none of them: an app that owns a page the site links everywhere
(news: Net binnen, Meest gelezen) registers its page type here with `register_site_page`.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache, caches
from django.db.models import Q
from django.utils.translation import get_language
from wagtail.models import Page, Site

from krant.core.models import FooterLink, MenuGroup, PrivacyLink, QuickLink, SiteSettings
from krant.core.routing import PublicQuerySet
from krant.core.versions import CACHE_VERSION_KEY, STRUCTURE_VERSION_KEY, new_version, request_version

CACHE_SECONDS = 3600
LINK_MODELS = (MenuGroup, QuickLink, FooterLink, PrivacyLink)

# {"latest_url": LatestPage, ...}: filled by the apps that own these pages, in their AppConfig.ready().
SITE_PAGES: dict[str, type[Page]] = {}
# Page types no menu lists (articles, authors), registered by their apps: publishing one leaves the
# menus, which every reader page shows, in every cache.
NEVER_IN_MENUS: set[type[Page]] = set()
# Page types no other page's entry shows (articles, registered by their app): publishing one changes the
# content version, but not the structure version.
SELF_CONTAINED: set[type[Page]] = set()


@dataclass
class MenuItem:
    title: str
    url: str
    children: list["MenuItem"] = field(default_factory=list)


def register_site_page(key: str, model: type[Page]) -> None:
    """Put the URL of the site's first live, public `model` page in every menu under `key`."""
    SITE_PAGES[key] = model


def register_never_in_menus(model: type[Page]) -> None:
    """Say that pages of type `model` appear in no menu, unless a site setting links one by hand."""
    NEVER_IN_MENUS.add(model)


def register_self_contained(model: type[Page]) -> None:
    """Say that no cached part keyed by the structure version shows pages of type `model`."""
    SELF_CONTAINED.add(model)


def may_be_in_menus(page: Page) -> bool:
    """Return whether a change to `page` may change a menu: its type may be in one, or a link names it."""
    if page.specific_class not in NEVER_IN_MENUS:
        return True
    return any(link.objects.filter(link_page_id=page.pk).exists() for link in LINK_MODELS)


def invalidate(page: Page | None = None) -> None:
    """Make every cached menu stale; called after a page is published, moved or removed commits.

    The structure version changes too, unless `page` is self-contained (an article).
    """
    cache.set(CACHE_VERSION_KEY, new_version(), None)
    if page is None or page.specific_class not in SELF_CONTAINED:
        cache.set(STRUCTURE_VERSION_KEY, new_version(), None)


def navigation(site, request=None) -> dict:
    """Return the menus (main, quick, footer, privacy) and the URLs of Net binnen and Meest gelezen."""
    # Per process: keyed by the shared version, so never stale, and read without a round trip.
    key = f"krant:navigation:{site.pk}:{get_language()}:{request_version(request)}"
    # Kept on the request too: a page asks more than once (the header, the consent link), and each read of
    # the local cache unpickles the menus anew.
    read = request.__dict__.setdefault("_krant_navigation", {}) if request is not None else {}
    if key in read:
        return read[key]
    store = caches["local"]
    menus = store.get(key)
    if menus is None:
        menus = build_navigation(site, request)
        store.set(key, menus, CACHE_SECONDS)
    read[key] = menus
    return menus


def site_settings(site, request=None) -> SiteSettings:
    """Return the site's settings with their logo, kept per process until the next content version.

    Saving the settings changes the version (core.signals), so no process shows old settings.
    """
    store = caches["local"]
    key = f"krant:site-settings:{site.pk}:{request_version(request)}"
    setting = store.get(key)
    if setting is None:
        setting = SiteSettings.objects.select_related("logo").filter(site=site).first()
        setting = setting or SiteSettings.for_site(site)
        store.set(key, setting)
    return setting


def settings_for_request(request) -> SiteSettings:
    """Return the settings of the request's site, as `site_settings`."""
    return site_settings(Site.find_for_request(request), request)


def build_navigation(site, request=None) -> dict:
    # Rows, not pages: a menu shows a page's title and address, and building ~80 page objects was a
    # third of a cold render's menus (measured in docs/decisions/2026-12-06-render-2.md).
    setting = site_settings(site, request)
    groups = [group for group in link_rows(setting.menu_groups) if group["link_page__live"]]
    children = []
    if groups:
        condition = Q()
        for group in groups:
            condition |= Q(path__startswith=group["link_page__path"], depth=group["link_page__depth"] + 1)
        children = public_pages(Page).in_menu().filter(condition).order_by("path")
        children = children.exclude(pk__in=[group["link_page"] for group in groups])
        children = children.values_list("path", "title", "url_path")
    by_parent: dict[str, list[MenuItem]] = {}
    for path, title, url_path in children:
        by_parent.setdefault(path[: -Page.steplen], []).append(MenuItem(title, page_url(url_path, request)))
    main_menu = [
        MenuItem(
            group["label"] or group["link_page__title"],
            page_url(group["link_page__url_path"], request),
            by_parent.get(group["link_page__path"], []),
        )
        for group in groups
    ]
    menus = {
        **site_page_urls(site, request),
        "main": main_menu,
        "quick": links(setting.quick_links, request),
        "footer": links(setting.footer_links, request),
        "privacy": links(setting.privacy_links, request),
    }
    # Every address a menu links: only on these pages does a menu mark the current page (aria-current),
    # so the header and footer of all other pages are one cached fragment.
    menus["urls"] = frozenset(
        item.url
        for menu in ("main", "quick", "footer", "privacy")
        for group in menus[menu]
        for item in (group, *group.children)
    )
    return menus


def site_page_urls(site, request) -> dict[str, str]:
    """Return {key: URL} of the first live, public page of each registered site page type, in one query."""
    rows = (
        public_pages(Page)
        .in_site(site)
        .type(*SITE_PAGES.values())
        .order_by("path")
        .values_list("content_type", "url_path")
    )
    first_of_type: dict[int, str] = {}
    for content_type, url_path in rows:
        first_of_type.setdefault(content_type, url_path)
    urls = dict.fromkeys(SITE_PAGES, "")
    for content_type, url_path in first_of_type.items():
        model = ContentType.objects.get_for_id(content_type).model_class()
        for key, registered in SITE_PAGES.items():
            if not urls[key] and issubclass(model, registered):
                urls[key] = page_url(url_path, request) or ""
    return urls


def public_pages(model: type[Page]):
    """Return `model`'s live pages outside view restrictions, decided from the cached restricted paths."""
    return PublicQuerySet(model).live().public()


def link_rows(related):
    """Return the links of a settings relation as rows with the title, address and state of their page."""
    return related.values(
        "label",
        "link_url",
        "link_page",
        "link_page__title",
        "link_page__url_path",
        "link_page__path",
        "link_page__depth",
        "link_page__live",
    )


def links(related, request) -> list[MenuItem]:
    items = []
    for link in link_rows(related):
        if link["link_page"] is None:
            items.append(MenuItem(link["label"] or link["link_url"], link["link_url"]))
        elif link["link_page__live"]:
            title = link["label"] or link["link_page__title"]
            items.append(MenuItem(title, page_url(link["link_page__url_path"], request)))
    return items


class PageAddress:
    """A page's address from its `url_path` alone, computed by Wagtail's own Page.get_url.

    Wagtail's get_url reads nothing of a page but its url_path (and the site root paths, kept on the
    request); a page object costs far more to build than the address (ClusterableModel's __init__).
    """

    get_url = Page.get_url
    get_url_parts = Page.get_url_parts
    _get_site_root_paths = Page._get_site_root_paths
    _get_relevant_site_root_paths = Page._get_relevant_site_root_paths

    def __init__(self, url_path: str):
        self.url_path = url_path


def page_url(url_path: str, request=None) -> str | None:
    """Return what `page.get_url(request)` returns for a (non-specific) page at `url_path`."""
    return PageAddress(url_path).get_url(request)
