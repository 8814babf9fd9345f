"""What goes into an edition, and the mail it becomes: chosen and rendered once per edition.

The rendered mail holds markers where each subscriber's own links go (MANAGE_MARKER,
UNSUBSCRIBE_MARKER); `krant.newsletters.mailer` fills them in per recipient without rendering again.
"""

import logging
from datetime import date, datetime, timedelta
from urllib.parse import urljoin

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from wagtail.models import Site

from krant.core.models import SiteSettings
from krant.news.models import ArticlePage, SectionPage, published_articles
from krant.newsletters import links
from krant.newsletters.models import Kind, NewsletterList

logger = logging.getLogger(__name__)

MANAGE_MARKER = "%%KRANT_MANAGE_URL%%"
UNSUBSCRIBE_MARKER = "%%KRANT_UNSUBSCRIBE_URL%%"
DAILY_SIZE = 8
WEEKLY_SIZE = 10
DAILY_PERIOD = timedelta(hours=24)
WEEKLY_PERIOD = timedelta(days=7)
LEAD_RENDITION = "fill-600x338|format-jpeg|jpegquality-80"  # JPEG: mail clients show it everywhere
MAIL_LINE_LIMIT = 900  # SMTP allows 998 octets a line; a longer line would force a re-encoding
FOLD_AT = 200  # characters: even in four-byte characters a folded line stays under the limit


def default_home():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return site.root_page.specific if site else None


def daily_articles(now: datetime) -> list[ArticlePage]:
    """Return the front page's top of the moment: its opening story, its top stories, then the newest.

    The same choice as the front page (news.HomePage.get_context), without a request.
    """
    home = default_home()
    picks: list[ArticlePage] = []
    if home is not None and hasattr(home, "top_stories"):
        story_ids = [story.article_id for story in home.top_stories.all()]
        curated = published_articles().in_bulk([home.lead_story_id, *story_ids])
        picks = [curated[pk] for pk in [home.lead_story_id, *story_ids] if pk in curated]
    newest = published_articles().filter(first_published_at__gte=now - DAILY_PERIOD)
    return fill(picks, newest, DAILY_SIZE)


def weekly_articles(section: SectionPage, now: datetime) -> list[ArticlePage]:
    """Return a section's curated top stories, then its newest articles of the past week."""
    story_ids = [story.article_id for story in section.top_stories.all()]
    curated = published_articles().in_bulk(story_ids)
    picks = [curated[pk] for pk in story_ids if pk in curated]
    newest = section.articles().filter(first_published_at__gte=now - WEEKLY_PERIOD)
    return fill(picks, newest, WEEKLY_SIZE)


def fill(picks: list[ArticlePage], newest, size: int) -> list[ArticlePage]:
    """Return the curated `picks` (without repeats), topped up from `newest` to `size` articles."""
    chosen = list(dict.fromkeys(picks))[:size]
    if len(chosen) < size:
        chosen += list(newest.exclude(pk__in=[article.pk for article in chosen])[: size - len(chosen)])
    return chosen


def snapshot(articles: list[ArticlePage]) -> list[dict]:
    """Return what the edition shows of each article, so the archive shows what was sent."""
    items = []
    for number, article in enumerate(articles):
        items.append(
            {
                "id": article.pk,
                "title": article.title,
                "intro": article.intro,
                "url": urljoin(settings.BASE_URL, article.get_url() or "/"),
                "section": article.home_section.title if article.home_section_id else "",
                "label": article.get_label_display() if article.label else "",
                "image": lead_image(article) if number == 0 else None,
            }
        )
    return items


def lead_image(article: ArticlePage) -> dict | None:
    if not article.lead_image_id:
        return None
    try:
        rendition = article.lead_image.get_rendition(LEAD_RENDITION)
    except (OSError, ValueError):
        # A missing or broken file must not stop the edition; it goes out without the picture.
        logger.warning("No newsletter image for article %s", article.pk, exc_info=True)
        return None
    return {
        "url": urljoin(settings.BASE_URL, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
    }


def subject_for(newsletter: NewsletterList, items: list[dict]) -> str:
    return f"{newsletter.name}: {items[0]['title']}"[:255]


def publication_name() -> str:
    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site).publication_name if site else "krant"


def render(newsletter: NewsletterList, items: list[dict], issue_date: date, web_url: str) -> tuple[str, str]:
    """Return the (HTML, text) of an edition, with markers for each subscriber's own links."""
    with translation.override(settings.LANGUAGE_CODE):
        site = Site.objects.filter(is_default_site=True).first()
        site_settings = SiteSettings.for_site(site) if site else None
        context = {
            "newsletter": newsletter,
            "is_alert": newsletter.kind == Kind.BREAKING,
            "lead": items[0],
            "others": items[1:],
            "issue_date": date_format(issue_date, "l j F Y"),
            "publication_name": site_settings.publication_name if site_settings else "krant",
            "owner_line": site_settings.owner_line if site_settings else "",
            "web_url": web_url,
            "signup_url": links.absolute(reverse("newsletters:signup")),
            "manage_url": MANAGE_MARKER,
            "unsubscribe_url": UNSUBSCRIBE_MARKER,
        }
        html = render_to_string("newsletters/mail/edition.html", context)
        text = render_to_string("newsletters/mail/edition.txt", context)
    return fold_long_lines(html), text


def fold_long_lines(html: str, limit: int = MAIL_LINE_LIMIT) -> str:
    """Break HTML lines longer than `limit` at a space: the same page, but every line fits in SMTP.

    Otherwise the mail library would switch the part to quoted-printable and the link markers
    would no longer be findable in the encoded bytes.
    """
    lines = []
    for line in html.splitlines():
        while len(line.encode()) > limit:
            cut = line.rfind(" ", 1, FOLD_AT)
            cut = cut if cut > 0 else line.find(" ", FOLD_AT)
            if cut <= 0:
                break  # one word of 900 bytes: nothing to fold at
            lines.append(line[:cut])
            line = line[cut + 1 :]
        lines.append(line)
    return "\n".join(lines) + "\n"
