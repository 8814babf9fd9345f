"""Load the demo publication: the page tree, authors, images, site settings and a month of articles.

`load_demo()` is idempotent: it looks up everything it would create (pages by slug under their
parent, articles by slug, images by title) and only adds what is missing. A second run changes
nothing. All text is invented (see `krant.demo.texts` and `krant.demo.stories`); all pictures are
drawn locally (`krant.demo.images`).

Pages are published the fast way: added to the tree with live=True and one revision each, which
becomes their live revision; Wagtail's publish action (with its signals and log entries per page)
would make loading several hundred articles slow. A "published" log entry per page is written in
bulk at the end, so the admin's history shows how each page went live.
"""

import html
import random
import sys
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from io import BytesIO

from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.core.management.base import OutputWrapper
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, Revision, Site

from krant.ads.models import AdvertisingPage
from krant.authors.models import AuthorIndexPage, AuthorPage
from krant.core import navigation
from krant.core.models import (
    ConsentPage,
    FooterLink,
    FormField,
    FormPage,
    MenuGroup,
    PrivacyLink,
    QuickLink,
    SiteSettings,
    StaticPage,
)
from krant.demo import ads as demo_ads
from krant.demo import factchecks, images, liveblogs, podcasts, shop, stories, texts, tvguide, videos
from krant.demo import predictions as demo_predictions
from krant.demo import scores as demo_scores
from krant.demo import weather as demo_weather
from krant.demo.progress import Progress
from krant.factcheck.models import FactCheckIndexPage
from krant.games import clock as games_clock
from krant.games import services as games_services
from krant.games.models import GamesPage
from krant.news.models import (
    ArticleArchivePage,
    ArticleAuthor,
    ArticleCorrection,
    ArticlePage,
    ArticleViewCount,
    ArticleYearPage,
    DossierIndexPage,
    DossierPage,
    Feature,
    FeaturePage,
    HomePage,
    HomeTopStory,
    LatestPage,
    MostReadPage,
    RelatedArticle,
    SectionPage,
)
from krant.news.readership import hour_of
from krant.news.services import article_folder
from krant.newsletters.models import NewsletterList
from krant.othermedia.models import OtherMediaPage, OutletFeed, OutletItem, item_key
from krant.podcasts.models import PodcastIndexPage
from krant.predictions.models import PredictionGamePage
from krant.scores.models import ScoreboardPage
from krant.shop.models import InsuranceComparisonPage, ShopPage
from krant.tvguide.models import TvGuidePage
from krant.video.models import VideoIndexPage
from krant.weather import places as weather_places
from krant.weather import services as weather_services
from krant.weather.models import Forecast, WeatherPage
from krant.woord.models import WoordPage

SEED = "krant-demo-2"
DAYS = 30
TOP_STORIES = 4
READ_HISTORY_HOURS = 24  # the reads the demo comes with: Meest gelezen's day
STEPS = 14  # the steps of DemoLoader.run, numbered on the progress display
SITE = texts.site()
DOSSIERS = {dossier["title"]: dossier for dossier in SITE["dossiers"]}

# The main menu, as the seed page shows it (with our own names for the branded items).
# (title, kind, children); kinds: section, latest, mostread, dossier, othermedia, tvguide, video, podcast,
# weather, scores, prediction, games, factcheck, shop, advertising, feature, static
MENU_TREE = [
    ("Net binnen", "latest", []),
    ("Meest gelezen", "mostread", []),
    ("Oorlog in Oekraïne", "dossier", []),
    ("Spanningen Midden-Oosten", "dossier", []),
    ("Binnenland", "section", []),
    ("Buitenland", "section", []),
    ("Algemeen", "section", []),
    ("Politiek", "section", []),
    ("Uit andere media", "othermedia", []),
    ("Video", "video", []),
    ("Podcast", "podcast", []),
    ("Weer", "weather", []),
    ("Economie", "section", [("Klimaat", "section"), ("Tech", "section")]),
    (
        "Sport",
        "section",
        [
            ("Voetbal", "section"),
            ("Formule 1", "section"),
            ("Wielrennen", "section"),
            ("Tennis", "section"),
            ("Sport Overig", "section"),
            ("Scorebord", "scores"),
            ("Sportspellen", "prediction"),
            ("GP-spel", "prediction"),
        ],
    ),
    (
        "Media en cultuur",
        "section",
        [
            ("Films en series", "section"),
            ("Muziek", "section"),
            ("Boek en Cultuur", "section"),
            ("Media", "section"),
            ("Achterklap", "section"),
            ("Koningshuis", "section"),
            ("Tv-gids", "tvguide"),
        ],
    ),
    (
        "Overig",
        "section",
        [
            ("Slimmer Leven", "section"),
            ("Dieren", "section"),
            ("Community", "feature"),
            ("Het Woord", "woord"),
            ("Factcheck", "factcheck"),
            ("Opmerkelijk", "section"),
            ("Wetenschap", "section"),
            ("Goed Nieuws", "section"),
            ("Spellen", "games"),
            ("Over ons", "static"),
            ("Shop", "shop"),
            ("Adverteren", "advertising"),
        ],
    ),
]

# Pages under the front page that are not in the menu, in this order (after the archive, the
# newsroom and the dossiers).
HIDDEN_PAGES = [
    ("Contact met de redactie", "form"),
    ("Colofon", "static"),
    ("Nieuwsbrieven", "static"),
    ("Pushmeldingen", "static"),
    ("Huisregels", "static"),
    ("Copyright", "static"),
    ("Disclaimer", "static"),
    ("Klachten / Feedback", "form"),
    ("Toegankelijkheid", "static"),
    ("Werken bij", "static"),
    ("Verzekeringvergelijker", "comparison"),
    ("Cookiebeleid", "static"),
    ("Privacybeleid", "static"),
    ("Gebruiksvoorwaarden", "static"),
    ("Privacy-instellingen", "consent"),
]

FEATURES_BY_TITLE = {str(choice.label): choice.value for choice in Feature}
FEATURES_BY_TITLE.update({"Factcheck": Feature.FACTCHECK, "Community": Feature.COMMUNITY})

QUICK_LINKS = [
    ("", "home"),
    ("", "Net binnen"),
    ("Populair", "Meest gelezen"),
    ("", "Algemeen"),
    ("", "Economie"),
    ("", "Sport"),
    ("Media en Cultuur", "Media en cultuur"),
    ("", "Achterklap"),
    ("", "Shop"),
]
MENU_GROUPS = [
    ("Voorpagina", "home"),
    ("", "Economie"),
    ("", "Sport"),
    ("", "Media en cultuur"),
    ("", "Overig"),
]
FOOTER_LINKS = [
    "Contact met de redactie",
    "Colofon",
    "Nieuwsbrieven",
    "Pushmeldingen",
    "Over ons",
    "Huisregels",
    "Copyright",
    "Disclaimer",
    "Klachten / Feedback",
    "Toegankelijkheid",
    "Adverteren",
    "Werken bij",
    "Verzekeringvergelijker",
]
PRIVACY_LINKS = ["Cookiebeleid", "Privacybeleid", "Gebruiksvoorwaarden", "Privacy-instellingen"]


def load_demo(stdout=None) -> bool:
    """Create the demo publication where it is missing; return whether anything was created."""
    out = stdout or OutputWrapper(sys.stdout)
    loader = DemoLoader(out)
    with transaction.atomic():
        loader.run()
    if loader.created:
        navigation.invalidate()  # menus are cached; the page tree just changed
    return bool(loader.created)


# --- Publication times (pure: no database) ---------------------------------------------------------


@dataclass
class ArticleSpec:
    story: stories.Story
    published_at: datetime


def schedule(story_list: list[stories.Story], now: datetime) -> list[ArticleSpec]:
    """Give each story a publication time, oldest first: its own `hours_ago`, or a daytime this month.

    Times are relative to `now`, so the demo always looks current; the random generator is seeded with
    the slug, so a story keeps its time from one run to the next on the same day.
    """
    tz = timezone.get_current_timezone()
    local_now = timezone.localtime(now, tz)
    specs = []
    for story in story_list:
        if story.hours_ago is not None:
            moment = now - timedelta(hours=story.hours_ago)
        else:
            rng = random.Random(f"{SEED}:{story.slug}:time")
            day = (local_now - timedelta(days=rng.randint(1, DAYS - 1))).date()
            moment = datetime(day.year, day.month, day.day, rng.randint(6, 22), rng.randint(0, 59), tzinfo=tz)
        specs.append(ArticleSpec(story, moment))
    return sorted(specs, key=lambda spec: (spec.published_at, spec.story.slug))


# --- The loader -------------------------------------------------------------------------------------


class DemoLoader:
    def __init__(self, out):
        self.out = out
        self.now = timezone.now()
        self.created = {}
        self.log_entries = []
        self.image_model = get_image_model()
        self.pages = {}  # title -> page, for the menu and settings
        self.sections = {}  # slug -> SectionPage
        self.dossiers = {}  # key -> DossierPage
        self.folders = {}  # year -> ArticleYearPage
        self.pictures = {}  # (subject, variant) -> image
        self.specs = schedule(stories.load_stories(), self.now)
        existing = set(
            ArticlePage.objects.filter(slug__in=[spec.story.slug for spec in self.specs]).values_list(
                "slug", flat=True
            )
        )
        self.missing = [spec for spec in self.specs if spec.story.slug not in existing]
        self.picture_for = self.picture_keys()
        self.step_sizes = {
            "ensure_images": len(set(self.picture_for.values())),
            "ensure_articles": len(self.missing),
            "ensure_videos": len(videos.read_videos()),
        }
        self.progress = Progress(out, STEPS)

    def note(self, what, n=1):
        self.created[what] = self.created.get(what, 0) + n

    def say(self, message):
        self.out.write(message + "\n")

    def run(self):
        home = self.step("Front page and site", self.ensure_home)
        self.step("Drawing pictures", self.ensure_images)
        self.step("Sections and menu", self.ensure_menu_tree, home)
        self.step("Video clips", self.ensure_videos)
        self.step("Other media", self.ensure_other_media)
        self.step("Tv-gids", self.ensure_tv_guide)
        self.step("Shop and partners", self.ensure_shop)
        self.archive = self.child(home, ArticleArchivePage, "Artikelen", show_in_menus=False)
        self.step("Newsroom", self.ensure_authors, home)
        self.step("Dossiers", self.ensure_dossiers, home)
        self.step("Static pages and forms", self.ensure_hidden_pages, home)
        self.step("Articles", self.ensure_articles)
        self.step("Liveblogs and fact checks", self.ensure_liveblogs)
        self.step("Front page curation", self.ensure_home_curation, home)
        self.step("Settings, newsletters and history", self.finish, home)
        if self.created:
            summary = ", ".join(f"{n} {what}" for what, n in self.created.items())
            self.say(f"Demo publication loaded: {summary}.")
        else:
            self.say("Demo publication already loaded; nothing to do.")

    def step(self, label: str, action, *args):
        """Run one step of the load, announced on the progress display; a step with items counts them."""
        self.progress.step(label, total=self.step_sizes.get(action.__name__, 0))
        return action(*args)

    def finish(self, home: HomePage):
        self.ensure_settings(home)
        self.ensure_weather()
        self.ensure_scores()
        self.ensure_puzzles()
        self.ensure_newsletters()
        self.ensure_read_history()
        self.write_log_entries()

    def ensure_read_history(self):
        """Store a plausible day of reads, so Meest gelezen is filled on a fresh demo.

        The counts are what readership.flush would have written: per article and hour, rising after a
        story is published and fading after, some stories read far more than others (seeded per slug).
        """
        if ArticleViewCount.objects.exists():
            return
        since = self.now - timedelta(hours=READ_HISTORY_HOURS)
        recent = ArticlePage.objects.live().filter(first_published_at__gt=since - timedelta(hours=12))
        now_hour = hour_of(self.now)
        rows = []
        for pk, slug, published in recent.values_list("pk", "slug", "first_published_at"):
            appeal = random.Random(f"{SEED}:{slug}:reads").paretovariate(1.5) * 40
            for back in range(READ_HISTORY_HOURS):
                hour = now_hour - timedelta(hours=back)
                age = (hour - hour_of(published)).total_seconds() / 3600
                if age < 0:
                    continue
                count = int(appeal / (1 + age / 3))
                if count:
                    rows.append(ArticleViewCount(article_id=pk, hour=hour, count=count))
        ArticleViewCount.objects.bulk_create(rows, batch_size=500)
        self.note("read counts", len(rows))

    # --- pages ---

    def publish(self, parent: Page, page: Page, when: datetime | None = None, what: str = "pages") -> Page:
        """Add `page` under `parent` as a published page with one revision, its live revision."""
        when = when or self.now
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = when
        page.latest_revision_created_at = when
        parent.add_child(instance=page)
        self.save_live_revision(page, when)
        self.note(what)
        return page

    def save_live_revision(self, page: Page, when: datetime) -> Revision:
        revision = Revision(
            content_object=page,
            base_content_type=page.get_base_content_type(),
            content=page.serializable_data(),
            object_str=str(page),
            created_at=when,
        )
        revision.save()
        Page.objects.filter(pk=page.pk).update(
            latest_revision=revision,
            live_revision=revision,
            latest_revision_created_at=when,
            draft_title=page.title,
        )
        page.latest_revision = page.live_revision = revision
        page.draft_title = page.title
        self.log_entries.append(
            PageLogEntry(
                content_type_id=page.content_type_id,
                label=page.title,
                action="wagtail.publish",
                data={},
                timestamp=when,
                revision=revision,
                page_id=page.pk,
                content_changed=True,
            )
        )
        return revision

    def child(self, parent: Page, model, title: str, slug: str | None = None, **fields) -> Page:
        """Return the child of `parent` with this slug, creating and publishing it if missing."""
        slug = slug or slugify(title)
        existing = Page.objects.child_of(parent).filter(slug=slug).first()
        if existing is not None:
            page = existing.specific
        else:
            page = self.publish(parent, model(title=title, slug=slug, **fields))
        self.pages[title] = page
        return page

    def ensure_home(self) -> HomePage:
        root = Page.get_first_root_node()
        home = HomePage.objects.first()
        plain_page = ContentType.objects.get_for_model(Page)
        # Wagtail's starter page: a plain page at the top, slug "home" (or renamed by us below).
        welcome = [
            page
            for page in Page.objects.child_of(root).filter(content_type=plain_page, numchild=0)
            if page.slug == "home" or page.slug == f"welcome-{page.pk}"
        ]
        if home is None:
            for page in welcome:
                if page.slug == "home":  # free the slug for the front page
                    Page.objects.filter(pk=page.pk).update(slug=f"welcome-{page.pk}")
            home = self.publish(root, HomePage(title="Voorpagina", slug="home", show_in_menus=True))
            self.say("Created the front page (Voorpagina).")
        self.pages["home"] = home

        welcome_ids = {page.pk for page in welcome}
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        if site.pk is None or site.root_page_id != home.pk:
            if site.pk is None or site.root_page_id in welcome_ids:  # Wagtail's starter site: make it ours
                site.hostname, site.port, site.is_default_site = "localhost", 80, True
            site.root_page = home
            site.site_name = SITE["publication"]
            site.save()
            self.note("sites")
        self.site = site

        # Wagtail's starter page is no use any more once nothing points at it.
        for page in welcome:
            page.refresh_from_db()
            if not Site.objects.filter(root_page=page).exists():
                page.delete()
                self.note("welcome pages removed")
        return home

    def ensure_menu_tree(self, home: HomePage):
        for title, kind, children in MENU_TREE:
            page = self.menu_page(home, title, kind)
            for child_title, child_kind in children:
                self.menu_page(page, child_title, child_kind)

    def menu_page(self, parent: Page, title: str, kind: str) -> Page:
        if kind == "section":
            page = self.child(
                parent,
                SectionPage,
                title,
                intro=SITE["section_intros"].get(title, ""),
                show_in_menus=True,
            )
            self.sections[page.slug] = page
        elif kind == "latest":
            page = self.child(parent, LatestPage, title, show_in_menus=True)
        elif kind == "mostread":
            page = self.child(parent, MostReadPage, title, show_in_menus=True)
        elif kind == "dossier":
            page = self.dossier_page(parent, DOSSIERS[title], show_in_menus=True)
        elif kind == "othermedia":
            page = self.product_page(parent, title, OtherMediaPage)
        elif kind == "tvguide":
            page = self.product_page(parent, title, TvGuidePage)
        elif kind == "video":
            page = self.product_page(parent, title, VideoIndexPage)
        elif kind == "podcast":
            page = self.product_page(parent, title, PodcastIndexPage)
            podcasts.load_podcasts(page, self.publish, self.image_model, self.now)
        elif kind == "weather":
            page = self.product_page(parent, title, WeatherPage)
        elif kind == "scores":
            page = self.product_page(parent, title, ScoreboardPage)
        elif kind == "games":
            page = self.product_page(parent, title, GamesPage)
        elif kind == "advertising":
            page = self.advertising_page(parent, title)
        elif kind == "factcheck":
            page = self.product_page(parent, title, FactCheckIndexPage)
        elif kind == "shop":
            page = self.product_page(parent, title, ShopPage)
        elif kind == "woord":
            page = self.product_page(parent, title, WoordPage)
        elif kind == "prediction":
            page = self.product_page(parent, title, PredictionGamePage)
        elif kind == "feature":
            page = self.child(
                parent,
                FeaturePage,
                title,
                feature=FEATURES_BY_TITLE[title],
                intro=SITE["feature_intros"].get(title, ""),
                available=False,
                show_in_menus=True,
            )
        else:
            page = self.child(parent, StaticPage, title, **SITE["static_pages"][title], show_in_menus=True)
        return page

    def product_page(
        self,
        parent: Page,
        title: str,
        page_class: type[Page],
        placeholder_class: type[Page] = FeaturePage,
        show_in_menus: bool = True,
        **fields,
    ) -> Page:
        """A product's own page type (Uit andere media, Video ...) in its menu place.

        Data loaded before the page type existed has a 'komt binnenkort' FeaturePage (or a StaticPage that
        announced it) there; it holds nothing of its own, so the real page takes its address and menu place.
        """
        slug = slugify(title)
        placeholder = placeholder_class.objects.child_of(parent).filter(slug=slug).first()
        intro = fields.pop("intro", None)
        if intro is None:
            intro = placeholder.intro if placeholder else SITE["feature_intros"].get(title, "")
        if placeholder is None:
            return self.child(parent, page_class, title, intro=intro, show_in_menus=show_in_menus, **fields)
        neighbour = placeholder.get_next_sibling()
        placeholder.delete()
        parent.refresh_from_db()
        page = self.child(parent, page_class, title, intro=intro, show_in_menus=show_in_menus, **fields)
        if neighbour is not None:
            page.move(neighbour, pos="left")
            page.refresh_from_db()
        self.note("placeholder pages replaced")
        return page

    def advertising_page(self, parent: Page, title: str) -> AdvertisingPage:
        """Adverteren with the rate card; data loaded before it existed has a StaticPage there, which the
        footer links to: the new page takes its address, menu place and footer link."""
        fields = SITE["advertising"]["page"]
        slug = slugify(title)
        old = StaticPage.objects.child_of(parent).filter(slug=slug).first()
        if old is not None:
            Page.objects.filter(pk=old.pk).update(slug=f"{slug}-{old.pk}")
        page = self.child(parent, AdvertisingPage, title, slug=slug, show_in_menus=True, **fields)
        if old is not None:
            FooterLink.objects.filter(link_page=old).update(link_page=page)
            page.move(old, pos="left")
            Page.objects.get(pk=old.pk).delete()
            page.refresh_from_db()
            self.note("placeholder pages replaced")
        demo_ads.load_ads(self.site, SITE["advertising"], self.now)
        return page

    def ensure_videos(self):
        """The demo's clips, drawn, encoded and processed as uploads are; stories name them by key."""
        self.videos, added = videos.load_videos(self.sections, self.now, self.progress)
        if added:
            self.note("video clips", added)

    def ensure_tv_guide(self):
        """Today's and tomorrow's listings of the invented channels, imported as any XMLTV file is."""
        report = tvguide.load_tv_guide(self.now)
        if report.created:
            self.note("tv programmes", report.created)

    def ensure_shop(self):
        """The invented partners' feeds, shipped as files and imported as any feed is (nothing fetched)."""
        created = shop.load_shop()
        if created:
            self.note("shop products and offers", created)

    def ensure_weather(self):
        """Original forecasts for every place, stored as the provider 'demo' (never fetched, never replaced)."""
        if Forecast.objects.exists():
            return
        now = timezone.now()
        for place in weather_places.all_places().values():
            weather_services.store_forecast(place.slug, "demo", demo_weather.forecast(place, now), now)
        self.note("forecasts", len(weather_places.all_places()))

    def ensure_scores(self):
        """An invented season: a football league with a round under way, a tennis tournament, races."""
        created = demo_scores.load_scores(self.now)
        if created:
            self.note("competitions", created)
        if linked := demo_predictions.link_games():
            self.note("prediction games", linked)

    def ensure_puzzles(self):
        """Yesterday's, today's and tomorrow's puzzles, as the scheduler makes them (it adds the week ahead)."""
        today = games_clock.today(self.now)
        made = sum(games_services.ensure_day(today + timedelta(days=n)) for n in (-1, 0, 1))
        if made:
            self.note("puzzles", made)

    def ensure_other_media(self):
        """Register the invented outlets (switched off: never fetched) with a few headlines each."""
        for outlet in SITE["other_media"]:
            name, site, feed_path = outlet["name"], outlet["site"], outlet["feed_path"]
            feed = OutletFeed.objects.filter(feed_url=site + feed_path).first()
            if feed is None:
                feed = OutletFeed.objects.create(
                    name=name, feed_url=site + feed_path, site_url=site, active=False
                )
                self.note("outlet feeds")
            present = set(feed.items.values_list("key", flat=True))
            items = [
                OutletItem(
                    feed=feed,
                    key=item_key(site + item["path"]),
                    title=item["title"],
                    link=site + item["path"],
                    summary=item["summary"],
                    published_at=self.now - timedelta(minutes=item["minutes_ago"]),
                    fetched_at=self.now - timedelta(minutes=item["minutes_ago"]),
                )
                for item in outlet["headlines"]
                if item_key(site + item["path"]) not in present
            ]
            if items:
                OutletItem.objects.bulk_create(items)
                self.note("headlines from other media", len(items))

    def ensure_dossiers(self, home: HomePage):
        index = self.child(home, DossierIndexPage, "Dossiers", show_in_menus=False)
        for dossier in SITE["dossiers"]:
            if not dossier["in_menu"]:
                self.dossier_page(index, dossier, show_in_menus=False)

    def dossier_page(self, parent: Page, dossier: dict, show_in_menus: bool) -> DossierPage:
        page = self.child(
            parent,
            DossierPage,
            dossier["title"],
            intro=dossier["intro"],
            is_active=dossier["active"],
            lead_image=self.picture(dossier["key"]),
            show_in_menus=show_in_menus,
        )
        self.dossiers[dossier["key"]] = page
        return page

    def ensure_hidden_pages(self, home: HomePage):
        for title, kind in HIDDEN_PAGES:
            if kind == "form":
                form = SITE["form"]
                fields = [
                    FormField(
                        sort_order=i,
                        label=field["label"],
                        field_type=field["type"],
                        required=field["required"],
                    )
                    for i, field in enumerate(form["fields"])
                ]
                self.child(
                    home,
                    FormPage,
                    title,
                    intro=SITE["forms"][title]["intro"],
                    thank_you_text=SITE["forms"][title]["thanks"],
                    to_address=form["to"],
                    from_address=form["from"],
                    subject=form["subject"],
                    form_fields=fields,
                    show_in_menus=False,
                )
            elif kind == "comparison":
                self.product_page(
                    home,
                    title,
                    InsuranceComparisonPage,
                    placeholder_class=StaticPage,
                    show_in_menus=False,
                    **SITE["comparison"],
                )
            elif kind == "consent":
                # A data directory loaded before ConsentPage existed keeps its StaticPage of this slug;
                # the banner then links to /privacy-instellingen/ all the same.
                self.child(home, ConsentPage, title, **SITE["consent_page"], show_in_menus=False)
            else:
                self.child(home, StaticPage, title, **SITE["static_pages"][title], show_in_menus=False)

    # --- images ---

    def ensure_image(self, title: str, filename: str, draw, credit: str):
        image = self.image_model.objects.filter(title=title).first()
        if image is None:
            data = draw()
            image = self.image_model(title=title, credit=credit, file=ImageFile(BytesIO(data), name=filename))
            image._set_image_file_metadata()
            image.save()
            self.note("images")
        return image

    def picture_keys(self) -> dict[str, tuple[str, int]]:
        """Return the (subject, variant) of the picture of every story (by slug) and dossier (by key).

        A subject used again gets the next variant (other colours and details), so two stories about
        football do not show the very same picture.
        """
        owners = [(spec.story.slug, spec.story.image) for spec in self.specs]
        owners += [(dossier["key"], dossier["image"]) for dossier in SITE["dossiers"]]
        uses, keys = {}, {}
        for owner, subject in owners:
            if subject:
                keys[owner] = (subject, uses.get(subject, 0) % images.VARIANTS)
                uses[subject] = uses.get(subject, 0) + 1
        return keys

    def ensure_images(self):
        keys = list(dict.fromkeys(self.picture_for.values()))
        for n, (subject, variant) in enumerate(keys, start=1):
            self.pictures[subject, variant] = self.ensure_image(
                f"Demo: {images.SUBJECTS[subject]} ({variant + 1})",
                f"demo-{subject}-{variant + 1}.jpg",
                lambda subject=subject, variant=variant: images.to_jpeg(
                    images.draw_subject(subject, variant)
                ),
                SITE["image_credit"],
            )
            self.progress.count(n, len(keys))
        self.logo = self.ensure_image(
            "Demo: logo krant",
            "demo-logo-krant.png",
            lambda: images.to_png(images.draw_logo()),
            SITE["image_credit"],
        )

    def picture(self, owner: str):
        """Return the picture of a story (by slug) or a dossier (by key), or None if it has none."""
        key = self.picture_for.get(owner)
        return self.pictures[key] if key else None

    # --- authors ---

    def ensure_authors(self, home: HomePage):
        index = self.child(home, AuthorIndexPage, "Redactie", show_in_menus=False)
        self.authors_by_beat = {}
        for person in SITE["authors"]:
            name, slug = person["name"], slugify(person["name"])
            existing = Page.objects.child_of(index).filter(slug=slug).first()
            if existing is not None:
                author = existing.specific
            else:
                photo = self.ensure_image(
                    f"Demo: portret {name}",
                    f"demo-portret-{slug}.jpg",
                    lambda slug=slug: images.to_jpeg(images.draw_portrait(slug)),
                    SITE["portrait_credit"],
                )
                author = self.publish(
                    index,
                    AuthorPage(title=name, slug=slug, role=person["role"], bio=person["bio"], photo=photo),
                )
            for beat in person["beats"]:
                self.authors_by_beat.setdefault(beat, []).append(author)

    # --- articles ---

    def year_folder(self, year: int) -> ArticleYearPage:
        if year not in self.folders:
            self.folders[year] = article_folder(year)
        return self.folders[year]

    def ensure_articles(self):
        existing = dict(
            ArticlePage.objects.filter(slug__in=[spec.story.slug for spec in self.specs]).values_list(
                "slug", "pk"
            )
        )
        by_section = {}  # section slug -> [article pk], oldest first, for related links
        for spec in self.specs:
            if spec.story.slug in existing:
                by_section.setdefault(spec.story.section, []).append(existing[spec.story.slug])
        for n, spec in enumerate(self.missing, start=1):
            article = self.make_article(spec, by_section.get(spec.story.section, []))
            by_section.setdefault(spec.story.section, []).append(article.pk)
            self.progress.count(n, len(self.missing))

    def make_article(self, spec: ArticleSpec, earlier: list[int]) -> ArticlePage:
        story, when = spec.story, spec.published_at
        # Seeded with the slug: the byline, extras and block ids are the same on every machine.
        rng = random.Random(f"{SEED}:{story.slug}")
        section = self.sections[story.section]
        lead_image = self.picture(story.slug)

        def block(kind, value):
            return {
                "type": kind,
                "value": value,
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            }

        body = []
        for kind, value in story.blocks:
            if kind == "paragraph":
                body.append(block("paragraph", f"<p>{html.escape(value, quote=False)}</p>"))
            elif kind == "quote":
                body.append(block("quote", {"text": value[0], "attribution": value[1]}))
            else:
                body.append(block(kind, value))
        if story.box:
            body.append(block("info_box", {"title": story.box[0], "text": story.box[1]}))
        if story.body_video:
            clip = block("video", {"video": self.videos[story.body_video].pk, "caption": story.video_caption})
            body.insert(1, clip)  # after the first paragraph

        authors = self.authors_by_beat.get(story.section, [])
        roll = rng.random()
        byline = (
            []
            if roll < 0.15 or not authors
            else rng.sample(authors, 2 if roll > 0.85 and len(authors) > 1 else 1)
        )
        if not byline:
            source = rng.choice(["Reuters", "AFP", "ANP"]) if story.section == "buitenland" else "ANP"
        else:
            source = rng.choice(["", "", "", "", "eigen berichtgeving", "ANP"])

        # The subject, not the image title: that ends in a variant number readers need not see.
        caption = story.caption or f"Illustratie: {images.SUBJECTS.get(story.image, '')}"
        article = ArticlePage(
            title=story.title,
            slug=story.slug,
            label=story.label,
            intro=story.intro,
            lead_image=lead_image,
            lead_image_caption=caption if lead_image else "",
            lead_video=self.videos[story.lead_video] if story.lead_video else None,
            body=body,
            home_section=section,
            source_credit=source,
            comments_enabled=rng.random() < 0.9,
            show_in_menus=False,
        )
        article.author_links = [ArticleAuthor(author=author, sort_order=i) for i, author in enumerate(byline)]
        if rng.random() < 0.08:
            article.updated_at = min(when + timedelta(minutes=rng.randint(45, 6 * 60)), self.now)
            article.update_note = rng.choice(SITE["update_notes"])
        if rng.random() < 0.05:
            corrected = min(when + timedelta(minutes=rng.randint(60, 20 * 60)), self.now)
            article.corrections = [
                ArticleCorrection(corrected_at=corrected, note=rng.choice(SITE["corrections"]))
            ]
        if earlier and rng.random() < 0.35:
            picks = rng.sample(earlier[-8:], min(len(earlier[-8:]), rng.randint(1, 2)))
            article.related_links = [
                RelatedArticle(related_id=pk, sort_order=i) for i, pk in enumerate(picks)
            ]
        extra_sections = [self.sections[slug] for slug in story.also if slug in self.sections]
        if extra_sections:
            article.sections = extra_sections
        if story.dossier in self.dossiers:
            article.dossiers = [self.dossiers[story.dossier]]

        self.publish(self.year_folder(timezone.localtime(when).year), article, when, what="articles")
        return article

    def ensure_liveblogs(self):
        liveblogs.load_liveblogs(
            lambda parent, page, when: self.publish(parent, page, when, "liveblogs"), self.now
        )
        factchecks.load_fact_checks(
            lambda parent, page, when: self.publish(parent, page, when, "fact checks"), self.now
        )

    # --- the front page and the settings ---

    def ensure_home_curation(self, home: HomePage):
        if home.lead_story_id or home.top_stories.exists():
            return
        newest = list(
            ArticlePage.objects.live()
            .filter(lead_image__isnull=False)
            .exclude(home_section__slug__in=["achterklap", "opmerkelijk"])
            .order_by("-first_published_at", "-pk")[:40]
        )
        if not newest:
            return
        lead, picks, seen = newest[0], [], {newest[0].home_section_id}
        for article in newest[1:]:
            if article.home_section_id not in seen:
                picks.append(article)
                seen.add(article.home_section_id)
            if len(picks) == TOP_STORIES:
                break
        home.lead_story = lead
        home.top_stories = [HomeTopStory(article=article, sort_order=i) for i, article in enumerate(picks)]
        home.save(clean=False)
        self.save_live_revision(home, self.now)
        Page.objects.filter(pk=home.pk).update(last_published_at=self.now)
        self.note("front page curations")

    def ensure_settings(self, home: HomePage):
        setting, _ = SiteSettings.objects.get_or_create(site=self.site)
        if setting.menu_groups.exists():
            return

        def page(key):
            return self.pages[key]

        setting.publication_name = SITE["publication"]
        setting.tagline = SITE["tagline"]
        setting.logo = self.logo
        for name, url in SITE["settings"]["social"].items():
            setattr(setting, name, url)
        setting.rss_url = "/rss/"
        setting.app_store_url = SITE["settings"]["app_store_url"]
        setting.play_store_url = SITE["settings"]["play_store_url"]
        setting.owner_line = SITE["settings"]["owner_line"]
        setting.company_name = SITE["company"]
        setting.kvk_number = SITE["settings"]["kvk_number"]
        setting.vat_number = SITE["settings"]["vat_number"]
        setting.menu_groups = [
            MenuGroup(label=label, link_page=page(key), sort_order=i)
            for i, (label, key) in enumerate(MENU_GROUPS)
        ]
        setting.quick_links = [
            QuickLink(label=label, link_page=page(key), sort_order=i)
            for i, (label, key) in enumerate(QUICK_LINKS)
        ]
        setting.footer_links = [
            FooterLink(link_page=page(key), sort_order=i) for i, key in enumerate(FOOTER_LINKS)
        ]
        setting.privacy_links = [
            PrivacyLink(link_page=page(key), sort_order=i) for i, key in enumerate(PRIVACY_LINKS)
        ]
        setting.save()
        self.note("site settings")

    def ensure_newsletters(self):
        """Create the demo's newsletter lists if there are none (the footer's 'Nieuwsbrieven' leads to them)."""
        if NewsletterList.objects.exists():
            return
        for order, newsletter in enumerate(SITE["newsletters"]):
            fields = dict(newsletter)
            section = self.sections.get(fields.pop("section", ""))
            NewsletterList.objects.create(section=section, sort_order=order, **fields)
        self.note("newsletter lists", len(SITE["newsletters"]))

    def write_log_entries(self):
        if self.log_entries:
            PageLogEntry.objects.bulk_create(self.log_entries, batch_size=200)
