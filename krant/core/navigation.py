"""The site's menus, built from the page tree and the site settings, cached until the next publish.

Core serves every app and so imports none of them: an app that owns a page the site links everywhere
(news: Net binnen, Meest gelezen) registers its page type here with `register_site_page`.
"""

from dataclasses import dataclass, field

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
    store = caches["local"]
    menus = store.get(key)
    if menus is None:
        menus = build_navigation(site, request)
        store.set(key, menus, CACHE_SECONDS)
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


# Only the columns a menu shows: a menu entry needs a page's title and address, never the page itself.
PAGE_COLUMNS = ("id", "title", "path", "depth", "url_path", "live")


def build_navigation(site, request=None) -> dict:
    setting = site_settings(site, request)
    groups = list(narrow_links(setting.menu_groups))
    group_pages = [group.link_page for group in groups if group.link_page and group.link_page.live]
    group_ids = {page.pk for page in group_pages}
    children = Page.objects.none()
    if group_pages:
        condition = Q()
        for page in group_pages:
            condition |= Q(path__startswith=page.path, depth=page.depth + 1)
        children = public_pages(Page).in_menu().filter(condition).order_by("path").only(*PAGE_COLUMNS)
    by_parent: dict[str, list[MenuItem]] = {}
    for child in children:
        if child.pk not in group_ids:
            by_parent.setdefault(child.path[: -Page.steplen], []).append(
                MenuItem(child.title, child.get_url(request))
            )
    main_menu = [
        MenuItem(
            group.label or group.link_page.title,
            group.link_page.get_url(request),
            by_parent.get(group.link_page.path, []),
        )
        for group in groups
        if group.link_page in group_pages
    ]
    site_pages = {
        key: public_pages(model).in_site(site).order_by("path").only("url_path").first()
        for key, model in SITE_PAGES.items()
    }
    menus = {
        **{key: page.get_url(request) if page else "" for key, page in site_pages.items()},
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


def public_pages(model: type[Page]):
    """Return `model`'s live pages outside view restrictions, decided from the cached restricted paths."""
    return PublicQuerySet(model).live().public()


def narrow_links(related):
    """Return the links of a settings relation with only the columns of their page a menu shows."""
    columns = [f"link_page__{column}" for column in PAGE_COLUMNS]
    return related.select_related("link_page").only("setting", "label", "link_url", "link_page", *columns)


def links(related, request) -> list[MenuItem]:
    items = []
    for link in narrow_links(related):
        if link.link_page_id and not link.link_page.live:
            continue
        url = link.link_page.get_url(request) if link.link_page_id else link.link_url
        items.append(MenuItem(link.text, url))
    return items
