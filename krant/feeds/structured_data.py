"""What search engines and social networks read from a page: JSON-LD, Open Graph and Twitter cards.

Everything is built here, in Python, and rendered from base.html's head (the json_ld tag and
components/sharing.html), so each page type gets its data in one place: a NewsArticle (a
LiveBlogPosting on liveblogs; beside it a ClaimReview on fact checks) and a BreadcrumbList on articles,
a BreadcrumbList on sections and dossiers, a ProfilePage on author pages, the publication (WebSite,
NewsMediaOrganization) on the front page.
"""

import json
import re
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from django.core.cache import cache
from django.http import HttpRequest
from django.templatetags.static import static
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from krant.authors.models import AuthorIndexPage, AuthorPage
from krant.core import navigation, versions
from krant.core.models import SiteSettings, StaticPage
from krant.factcheck.models import BEST_RATING, WORST_RATING, Claimant, FactCheckPage
from krant.feeds import links
from krant.feeds.feeds import (
    LANGUAGE,
    WIDE_IMAGE,
    article_authors,
    image_type,
    lead_rendition,
    load_lead_renditions,
    modified_at,
)
from krant.liveblogs.models import LiveBlogPage
from krant.news.models import (
    ArticlePage,
    DossierIndexPage,
    DossierPage,
    HomePage,
    LatestPage,
    MostReadPage,
    SectionPage,
)
from krant.podcasts import structured_data as podcasts

# Google asks for article images in 16:9, 4:3 and 1:1, at least 1200 px wide where the original allows.
ARTICLE_IMAGES = (WIDE_IMAGE, "fill-1200x900|format-jpeg", "fill-1200x1200|format-jpeg")
SHARE_IMAGE = "fill-1200x630|format-jpeg"  # the card Facebook, LinkedIn and X show
LOGO = "max-600x600"
STATIC_LOGO = ("krant/logo.svg", 64, 64)
# The card for pages without a picture of their own: the publication's name on its colour, in the
# size social networks show large. Made once with Pillow; a publication with another name replaces it.
DEFAULT_SHARE_IMAGE = ("krant/share.png", 1200, 630)
PROFILE_PHOTO = "fill-400x400|format-jpeg"
DESCRIPTION_LENGTH = 200
BREADCRUMB_SECONDS = 3600
X_HOSTS = {"x.com", "www.x.com", "twitter.com", "www.twitter.com"}
X_HANDLE = re.compile(r"[A-Za-z0-9_]{1,15}")
# Like Django's json_script: nothing in the data can close the <script> element or start a comment.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data: dict) -> SafeString:
    """Return `data` as a <script type="application/ld+json"> element that no text inside can break."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(JSON_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 - escaped above


def iso(moment: datetime | None) -> str | None:
    """Return `moment` as ISO 8601 in Amsterdam time, to the second: 2026-11-29T14:05:00+01:00."""
    if moment is None:
        return None
    return timezone.localtime(moment).replace(microsecond=0).isoformat()


def site_settings(request: HttpRequest) -> SiteSettings:
    return navigation.settings_for_request(request)  # cached per content version


def publication_name(request: HttpRequest) -> str:
    return site_settings(request).publication_name or "krant"


def logo(request: HttpRequest) -> dict:
    """Return the publication's logo as a schema.org ImageObject: the site logo, else the static mark."""
    setting = site_settings(request)
    if setting.logo is not None:
        try:
            rendition = setting.logo.get_rendition(LOGO)
        except OSError:
            rendition = None
        if rendition is not None:
            url = links.absolute_url(rendition.url)
            return {"@type": "ImageObject", "url": url, "width": rendition.width, "height": rendition.height}
    path, width, height = STATIC_LOGO
    return {"@type": "ImageObject", "url": links.absolute_url(static(path)), "width": width, "height": height}


def organization(request: HttpRequest, with_profiles: bool = False) -> dict:
    """Return the publication as a schema.org NewsMediaOrganization."""
    data = {
        "@type": "NewsMediaOrganization",
        "name": publication_name(request),
        "url": links.absolute_url("/"),
        "logo": logo(request),
    }
    if with_profiles:
        profiles = [url for _network, url in site_settings(request).social_links]
        if profiles:
            data["sameAs"] = profiles
    return data


def trail(page: Page, request: HttpRequest) -> list[tuple[str, str]]:
    """Return (title, address) from the front page down to `page`, kept until the next publish."""
    key = f"krant:breadcrumbs:{page.pk}:{get_language()}:{versions.version()}"
    crumbs = cache.get(key)
    if crumbs is None:
        site = Site.find_for_request(request)
        ancestors = Page.objects.ancestor_of(page, inclusive=True).live().order_by("depth")
        if site is not None:
            ancestors = ancestors.filter(depth__gte=site.root_page.depth)
        crumbs = [(ancestor.title, links.page_url(ancestor, request)) for ancestor in ancestors]
        crumbs = [(title, url) for title, url in crumbs if url]
        cache.set(key, crumbs, BREADCRUMB_SECONDS)
    return crumbs


def breadcrumbs(page: Page, request: HttpRequest) -> dict | None:
    """Return the BreadcrumbList front page > section(s) > page; for an article its home section's."""
    if isinstance(page, ArticlePage):
        crumbs = [*trail(page.home_section, request), (page.title, links.page_url(page, request))]
    else:
        crumbs = trail(page, request)
    if len(crumbs) < 2:
        return None
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": number, "name": title, "item": url}
            for number, (title, url) in enumerate(crumbs, start=1)
        ],
    }


def article_images(article: ArticlePage) -> list:
    """Return the article's lead image renditions for structured data, in one lookup."""
    load_lead_renditions(article)
    if article.lead_image is None:
        return []
    try:
        return list(article.lead_image.get_renditions(*ARTICLE_IMAGES).values())
    except OSError:
        return []


def article_sections(article: ArticlePage) -> list[str]:
    """Return the titles of the article's sections, its own first; read once per article."""
    if not hasattr(article, "_krant_section_titles"):
        # Filtered here, not in SQL: a preview's sections are the revision's, held in memory.
        extra = sorted((section for section in article.sections.all() if section.live), key=lambda s: s.path)
        titles = [article.home_section.title, *(section.title for section in extra)]
        article._krant_section_titles = list(dict.fromkeys(titles))
    return article._krant_section_titles


def news_article(article: ArticlePage, request: HttpRequest) -> dict:
    """Return the article as a schema.org NewsArticle, as Google's Top stories read it."""
    url = links.page_url(article, request)
    publisher = organization(request)
    authors = [
        {"@type": "Person", "name": name, **({"url": author_url} if author_url else {})}
        for name, author_url in article_authors(article, request)
    ]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": article.title,
        "description": article.intro,
        "datePublished": iso(article.first_published_at or article.go_live_at),
        "dateModified": iso(modified_at(article) or article.latest_revision_created_at),
        "author": authors or [{key: publisher[key] for key in ("@type", "name", "url")}],
        "publisher": publisher,
        "image": [links.absolute_url(rendition.url) for rendition in article_images(article)]
        or [default_share_card()["url"]],
        "articleSection": article_sections(article),
        "inLanguage": LANGUAGE,
    }
    return {key: value for key, value in data.items() if value not in (None, [], "")}


LIVE_BLOG_UPDATES = 20  # the newest updates in the JSON-LD, as on the page's first screen
EXPECTED_HOURS = 12  # an open liveblog without a planned end: Google asks for an end, we give the next one


def live_blog_posting(liveblog: LiveBlogPage, request: HttpRequest) -> dict:
    """Return the liveblog as a schema.org LiveBlogPosting with its newest updates, per Google's live-blog
    documentation: coverageStartTime, coverageEndTime and liveBlogUpdate (BlogPosting: headline,
    datePublished, articleBody)."""
    data = {**news_article(liveblog, request), "@type": "LiveBlogPosting"}
    url = data["url"]
    start = liveblog.coverage_start
    end = liveblog.coverage_ends_at() or (liveblog.last_update_at or start) + timedelta(hours=EXPECTED_HOURS)
    data["coverageStartTime"] = iso(start)
    data["coverageEndTime"] = iso(end)
    data["liveBlogUpdate"] = [
        {
            "@type": "BlogPosting",
            "headline": update.title or Truncator(update.text or update.quote).words(12) or liveblog.title,
            "datePublished": iso(update.posted_at),
            **({"dateModified": iso(update.edited_at)} if update.edited_at else {}),
            "articleBody": update.text or update.quote or update.title,
            "url": f"{url}#{update.anchor}",
            **({"author": {"@type": "Person", "name": update.author_name}} if update.author_name else {}),
        }
        for update in liveblog.updates.order_by("-pk")[:LIVE_BLOG_UPDATES]
    ]
    return data


def claim_review(check: FactCheckPage, request: HttpRequest) -> dict:
    """Return the fact check as a schema.org ClaimReview, per Google's fact-check documentation: the
    claim (claimReviewed), the verdict (reviewRating: ratingValue on our scale with bestRating and
    worstRating, alternateName the verdict's words), the claim reviewed (itemReviewed, a Claim with its
    author and where it appeared), the publication as author, datePublished and url.

    'Onbewezen' is on no scale of truth: its rating has the words only (alternateName is what Google
    requires of a rating; the numbers are recommended, for verdicts that have them).
    """
    url = links.page_url(check, request)
    rating = {"@type": "Rating", "alternateName": check.verdict_label, "name": check.verdict_label}
    if check.rating is not None:
        rating |= {"ratingValue": check.rating, "bestRating": BEST_RATING, "worstRating": WORST_RATING}
    if check.reasoning:
        rating["ratingExplanation"] = check.reasoning
    claimant = {
        "@type": "Organization" if check.claimant_kind == Claimant.ORGANIZATION else "Person",
        "name": check.claimant,
    }
    claim = {"@type": "Claim", "author": claimant}
    if check.claim_date:
        claim["datePublished"] = check.claim_date.isoformat()
    if check.claim_url:
        claim["appearance"] = {"@type": "CreativeWork", "url": check.claim_url}
        claim["firstAppearance"] = claim["appearance"]
    elif check.claim_medium:
        claim["appearance"] = {"@type": "CreativeWork", "name": check.claim_medium}
    publisher = organization(request)  # Google asks for the fact-checking organisation as the author
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": check.claim,
        "itemReviewed": claim,
        "reviewRating": rating,
        "author": {"@type": "Organization", "name": publisher["name"], "url": publisher["url"]},
        "datePublished": iso(check.first_published_at or check.go_live_at),
        "inLanguage": LANGUAGE,
    }


def profile_page(author: AuthorPage, request: HttpRequest) -> dict:
    """Return the author's page as a schema.org ProfilePage about a Person who works for the publication."""
    url = links.page_url(author, request)
    person = {
        "@type": "Person",
        "name": author.title,
        "url": url,
        "jobTitle": author.role,
        "description": author.bio,
        "worksFor": {key: value for key, value in organization(request).items() if key != "logo"},
    }
    if author.photo is not None:
        try:
            person["image"] = links.absolute_url(author.photo.get_rendition(PROFILE_PHOTO).url)
        except OSError:
            pass  # a missing original: the profile without a photo
    data = {
        "@context": "https://schema.org",
        "@type": "ProfilePage",
        "url": url,
        "mainEntity": {key: value for key, value in person.items() if value},
        "inLanguage": LANGUAGE,
    }
    if author.last_published_at:
        data["dateModified"] = iso(author.last_published_at)
    return data


def front_page(request: HttpRequest) -> list[dict]:
    """Return the publication as a WebSite and a NewsMediaOrganization with its profiles."""
    name = publication_name(request)
    website = {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": name,
        "url": links.absolute_url("/"),
        "inLanguage": LANGUAGE,
    }
    return [website, {"@context": "https://schema.org", **organization(request, with_profiles=True)}]


def structured_data(page: Page | None, request: HttpRequest | None) -> list[dict]:
    """Return the JSON-LD objects for `page`: what each page type tells search engines."""
    if not isinstance(page, Page) or request is None:
        return []
    if isinstance(page, LiveBlogPage):
        return [live_blog_posting(page, request), *filter(None, [breadcrumbs(page, request)])]
    if isinstance(page, FactCheckPage):
        data = [news_article(page, request), claim_review(page, request)]
        return [*data, *filter(None, [breadcrumbs(page, request)])]
    if isinstance(page, ArticlePage):
        return [news_article(page, request), *filter(None, [breadcrumbs(page, request)])]
    if isinstance(page, (SectionPage, DossierPage)):
        return list(filter(None, [breadcrumbs(page, request)]))
    if isinstance(page, HomePage):
        return front_page(request)
    if isinstance(page, AuthorPage):
        return [profile_page(page, request)]
    if (podcast := podcasts.structured_data(page, request)) is not None:
        return [*podcast, *filter(None, [breadcrumbs(page, request)])]
    return []


def video_object(video, request: HttpRequest) -> dict:
    """Return a clip (krant.video.Video) as a schema.org VideoObject, with absolute addresses."""
    data = {
        "@context": "https://schema.org",
        "@type": "VideoObject",
        "name": video.title,
        "description": video.description or video.title,
        "thumbnailUrl": [request.build_absolute_uri(video.poster_url)],
        "uploadDate": iso(video.created_at),
        "duration": video.iso_duration,
        "contentUrl": request.build_absolute_uri(video.largest_url),
        "publisher": organization(request),
    }
    if video.credit:
        data["creator"] = {"@type": "Person", "name": video.credit}
    return data


def x_handle(url: str) -> str:
    """Return '@handle' for an X profile address, or '' when it is not one."""
    parts = urlsplit(url or "")
    handle = parts.path.strip("/")
    if parts.hostname in X_HOSTS and X_HANDLE.fullmatch(handle):
        return f"@{handle}"
    return ""


def image_card(rendition, alt: str) -> dict:
    return {
        "url": links.absolute_url(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": alt or rendition.alt,
        "type": image_type(rendition),
    }


def default_share_card() -> dict:
    """Return the publication's default card (DEFAULT_SHARE_IMAGE) as image_card does."""
    path, width, height = DEFAULT_SHARE_IMAGE
    return {"url": links.absolute_url(static(path)), "width": width, "height": height, "type": "image/png"}


def share_image(page: Page, request: HttpRequest) -> tuple[dict, bool]:
    """Return the picture a shared link shows and whether it is large: the page's own, else the default."""
    rendition, alt = None, ""
    if isinstance(page, ArticlePage):
        rendition, alt = lead_rendition(page, SHARE_IMAGE), page.lead_image_caption
    elif isinstance(page, DossierPage) and page.lead_image is not None:
        try:
            rendition = page.lead_image.get_rendition(SHARE_IMAGE)
        except OSError:
            rendition = None
    if rendition is not None:
        return image_card(rendition, alt), True
    # Not the logo: a wide logo (600x166 in the demo) makes a cropped, tiny card.
    return {**default_share_card(), "alt": publication_name(request)}, True


def description(page: Page, request: HttpRequest) -> str:
    """Return the page's description: the editors' own text, else one written for its page type.

    Search engines show it under the title; without one they pick a random line of the page, and
    Lighthouse counts it as missing. Listings have no text of their own, so they get a sentence.
    """
    text = page.search_description or getattr(page, "intro", "") or getattr(page, "bio", "")
    if not text and isinstance(page, StaticPage):
        text = strip_tags(page.body).strip()
    return Truncator(" ".join((text or fallback_description(page, request)).split())).chars(
        DESCRIPTION_LENGTH
    )


def fallback_description(page: Page, request: HttpRequest) -> str:
    """Return a description for a page whose editors gave none, in the reader's language."""
    values = {"publication": publication_name(request), "title": page.title}
    if isinstance(page, HomePage):
        return (
            site_settings(request).tagline
            or _("Het nieuwste nieuws van %(publication)s, de hele dag bijgewerkt.") % values
        )
    if isinstance(page, SectionPage):
        return _("Het nieuwste nieuws over %(title)s van %(publication)s.") % values
    if isinstance(page, DossierPage):
        return (
            _("Alle artikelen over %(title)s van %(publication)s in één dossier, het nieuwste eerst.")
            % values
        )
    if isinstance(page, DossierIndexPage):
        return _("Alle dossiers van %(publication)s: nieuws en achtergronden per onderwerp.") % values
    if isinstance(page, LatestPage):
        return _("Net binnen: alle artikelen van %(publication)s, het nieuwste eerst.") % values
    if isinstance(page, MostReadPage):
        return _("De artikelen van %(publication)s die nu het meest gelezen worden.") % values
    if isinstance(page, AuthorIndexPage):
        return _("De redactie van %(publication)s: wie er schrijft en wat.") % values
    if isinstance(page, AuthorPage):
        return _("De nieuwste artikelen van %(title)s bij %(publication)s.") % values
    return _("%(title)s bij %(publication)s.") % values


def sharing(page: Page | None, request: HttpRequest | None) -> dict:
    """Return the Open Graph and Twitter card values for `page` ({} without a page)."""
    if not isinstance(page, Page) or request is None:
        return {}
    image, large = share_image(page, request)
    data = {
        "url": links.page_url(page, request),
        "type": "article" if isinstance(page, ArticlePage) else "website",
        "title": page.seo_title or (publication_name(request) if isinstance(page, HomePage) else page.title),
        "description": description(page, request),
        "image": image,
        "twitter_card": "summary_large_image" if large else "summary",
        "twitter_site": x_handle(site_settings(request).x_url),
    }
    if isinstance(page, ArticlePage):
        data["published_time"] = iso(page.first_published_at or page.go_live_at)
        data["modified_time"] = iso(modified_at(page))
        data["sections"] = article_sections(page)
        data["authors"] = [url for _name, url in article_authors(page, request) if url]
    return data
