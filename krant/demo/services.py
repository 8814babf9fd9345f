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
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, Revision, Site

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
from krant.demo import images, stories, texts
from krant.news.models import (
    ArticleArchivePage,
    ArticleAuthor,
    ArticleCorrection,
    ArticlePage,
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
from krant.news.services import article_folder
from krant.newsletters.models import NewsletterList
from krant.othermedia.models import OtherMediaPage, OutletFeed, OutletItem, item_key

SEED = "krant-demo-1"
DAYS = 30
TOP_STORIES = 4

# The main menu, as the seed page shows it (with our own names for the branded items).
# (title, kind, children); kinds: section, latest, mostread, dossier, feature, static
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
    ("Video", "feature", []),
    ("Podcast", "feature", []),
    ("Weer", "feature", []),
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
            ("Scorebord", "feature"),
            ("Sportspellen", "feature"),
            ("GP-spel", "feature"),
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
            ("Tv-gids", "feature"),
        ],
    ),
    (
        "Overig",
        "section",
        [
            ("Slimmer Leven", "section"),
            ("Dieren", "section"),
            ("Community", "feature"),
            ("Het Woord", "feature"),
            ("Factcheck", "feature"),
            ("Opmerkelijk", "section"),
            ("Wetenschap", "section"),
            ("Goed Nieuws", "section"),
            ("Spellen", "feature"),
            ("Over ons", "static"),
            ("Shop", "feature"),
            ("Adverteren", "static"),
        ],
    ),
]

# Pages under the front page that are not in the menu, in this order (after the archive, the
# newsroom and the dossiers).
HIDDEN_PAGES = [
    ("Contact met de redactie", "form"),
    ("Colofon", "static"),
    ("Nieuwsbrieven", "static"),
    ("Huisregels", "static"),
    ("Copyright", "static"),
    ("Disclaimer", "static"),
    ("Klachten / Feedback", "form"),
    ("Toegankelijkheid", "static"),
    ("Werken bij", "static"),
    ("Verzekeringvergelijker", "static"),
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
    out = stdout or sys.stdout
    loader = DemoLoader(out)
    with transaction.atomic():
        loader.run()
    if loader.created:
        navigation.invalidate()  # menus are cached; the page tree just changed
    return bool(loader.created)


# --- Article specifications (pure: no database) -----------------------------------------------------


@dataclass
class ArticleSpec:
    section: str  # section slug
    title: str
    slug: str
    intro: str
    paragraphs: list
    intertitle: str
    quote: tuple | None
    box: tuple | None
    extra: list
    label: str
    dossier: str | None
    also: list
    scenes: list
    rng_seed: str
    published_at: datetime | None = None


def context(rng: random.Random, pools: dict) -> dict:
    """The values a story's placeholders are filled with: invented towns, people and numbers."""
    towns = rng.sample(texts.TOWNS, 3)
    last_names = rng.sample(texts.LAST_NAMES, 3)
    first_names = rng.sample(texts.FIRST_NAMES, 3)
    winner = rng.randint(1, 4)
    draw = rng.randint(0, 3)
    ctx = {
        "stad": towns[0],
        "stad2": towns[1],
        "stad3": towns[2],
        "dag": rng.choice(texts.WEEKDAYS),
        "getal": rng.randint(12, 95),
        "getal2": rng.randint(12, 95),
        "groot": f"{rng.randrange(150, 2400, 10):,}".replace(",", "."),
        "procent": rng.randint(3, 24),
        "bedrag": f"{rng.randint(2, 9)},{rng.randint(1, 9)} miljoen",
        "leeftijd": rng.randint(19, 84),
        "leeftijdjong": rng.randint(14, 17),
        "gewicht": rng.randint(480, 890),
        "score": f"{winner}-{rng.randint(0, winner - 1)}",
        "gelijk": f"{draw}-{draw}",
        "buitenlander": rng.choice(texts.FOREIGN_NAMES),
    }
    small = rng.sample(texts.SMALL_NUMBERS, 2)
    ctx["klein"], ctx["klein2"] = small
    for i, suffix in enumerate(["", "2", "3"]):
        ctx[f"persoon{suffix}"] = f"{first_names[i]} {last_names[i]}"
        # Dutch writes "Sanne van Velzen", but the surname on its own is "Van Velzen".
        ctx[f"achternaam{suffix}"] = last_names[i][0].upper() + last_names[i][1:]
    for key, values in pools.items():
        picks = rng.sample(values, min(3, len(values)))
        ctx[key] = picks[0]
        ctx[f"{key}2"] = picks[1 % len(picks)]
        ctx[f"{key}3"] = picks[2 % len(picks)]
    for key, value in list(ctx.items()):
        if isinstance(value, str) and value:
            ctx[key[0].upper() + key[1:]] = value[0].upper() + value[1:]
    return ctx


def fill(template: str, ctx: dict) -> str:
    text = template.format_map(ctx)
    return text[0].upper() + text[1:] if text else text


def short_slug(title: str, limit: int = 90) -> str:
    slug = slugify(title)
    if len(slug) > limit:
        slug = slug[: slug.rfind("-", 0, limit)]
    return slug


def build_article_specs() -> list[ArticleSpec]:
    """Every demo article, in a fixed order, with unique titles and slugs (no dates yet)."""
    specs = []
    titles, slugs = set(), set()
    for section, data in stories.SECTIONS.items():
        count = stories.ARTICLES_PER_SECTION[section]
        story_list = data["stories"]
        made = 0
        attempt = 0
        while made < count:
            if attempt > count * 40:
                raise RuntimeError(f"Not enough distinct stories for section {section}")
            story = story_list[attempt % len(story_list)]
            rng = random.Random(f"{SEED}:{section}:{attempt}")
            attempt += 1
            ctx = context(rng, data.get("pools", {}))
            headlines = story["h"] if isinstance(story["h"], list) else [story["h"]]
            title = fill(rng.choice(headlines), ctx)
            if title in titles:
                continue
            slug = base = short_slug(title)
            n = 2
            while slug in slugs:
                slug = f"{base}-{n}"
                n += 1
            titles.add(title)
            slugs.add(slug)
            quote = story.get("q") or (
                rng.choice(data["quotes"]) if data["quotes"] and rng.random() < 0.4 else None
            )
            box = story.get("box") or (
                rng.choice(data["boxes"]) if data["boxes"] and rng.random() < 0.2 else None
            )
            extra = rng.sample(data["extra"], min(len(data["extra"]), rng.randint(1, 2)))
            specs.append(
                ArticleSpec(
                    section=section,
                    title=title,
                    slug=slug,
                    intro=fill(story["i"], ctx),
                    paragraphs=[fill(p, ctx) for p in story["p"]],
                    intertitle=fill(story.get("t") or rng.choice(data["intertitles"]), ctx),
                    quote=(fill(quote[0], ctx), fill(quote[1], ctx)) if quote else None,
                    box=(fill(box[0], ctx), box[1].format_map(ctx)) if box else None,
                    extra=[fill(p, ctx) for p in extra],
                    label=story.get("label", ""),
                    dossier=story.get("dossier"),
                    also=list(story.get("also", [])),
                    scenes=story.get("scenes") or data["scenes"],
                    rng_seed=f"{SEED}:{section}:{attempt}:{slug}",
                )
            )
            made += 1
    return specs


def schedule(specs: list[ArticleSpec], now: datetime) -> list[ArticleSpec]:
    """Give each article a publication time in the last DAYS days (daytime, local), oldest first."""
    tz = timezone.get_current_timezone()
    local_now = timezone.localtime(now, tz)
    for spec in specs:
        rng = random.Random(spec.rng_seed + ":time")
        day = (local_now - timedelta(days=rng.randint(0, DAYS - 1))).date()
        moment = datetime(day.year, day.month, day.day, rng.randint(6, 22), rng.randint(0, 59), tzinfo=tz)
        if moment > now - timedelta(minutes=10):
            moment = now - timedelta(minutes=rng.randint(10, 6 * 60))
        spec.published_at = moment
    return sorted(specs, key=lambda s: (s.published_at, s.slug))


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
        self.scene_images = {}  # scene key -> [images]

    def note(self, what, n=1):
        self.created[what] = self.created.get(what, 0) + n

    def say(self, message):
        self.out.write(message + "\n")

    def run(self):
        home = self.ensure_home()
        self.ensure_images()
        self.ensure_menu_tree(home)
        self.ensure_other_media()
        self.archive = self.child(home, ArticleArchivePage, "Artikelen", show_in_menus=False)
        self.ensure_authors(home)
        self.ensure_dossiers(home)
        self.ensure_hidden_pages(home)
        self.ensure_articles()
        self.ensure_home_curation(home)
        self.ensure_settings(home)
        self.ensure_newsletters()
        self.write_log_entries()
        if self.created:
            summary = ", ".join(f"{n} {what}" for what, n in self.created.items())
            self.say(f"Demo publication loaded: {summary}.")
        else:
            self.say("Demo publication already loaded; nothing to do.")

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
            site.site_name = texts.PUBLICATION
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
                intro=texts.SECTION_INTROS.get(title, ""),
                show_in_menus=True,
            )
            self.sections[page.slug] = page
        elif kind == "latest":
            page = self.child(parent, LatestPage, title, show_in_menus=True)
        elif kind == "mostread":
            page = self.child(parent, MostReadPage, title, show_in_menus=True)
        elif kind == "dossier":
            key, intro = texts.DOSSIERS_IN_MENU[title]
            page = self.child(
                parent,
                DossierPage,
                title,
                intro=intro,
                is_active=True,
                lead_image=self.image_for(key, ["skyline", "heuvels"]),
                show_in_menus=True,
            )
            self.dossiers[key] = page
        elif kind == "othermedia":
            page = self.other_media_page(parent, title)
        elif kind == "feature":
            page = self.child(
                parent,
                FeaturePage,
                title,
                feature=FEATURES_BY_TITLE[title],
                intro=texts.FEATURE_INTROS.get(title, ""),
                available=False,
                show_in_menus=True,
            )
        else:
            intro, body = texts.STATIC_PAGES[title]
            page = self.child(parent, StaticPage, title, intro=intro, body=body, show_in_menus=True)
        return page

    def other_media_page(self, parent: Page, title: str) -> Page:
        """Uit andere media; data loaded before the page type existed has a 'komt binnenkort' page there."""
        slug = slugify(title)
        placeholder = (
            FeaturePage.objects.child_of(parent).filter(slug=slug, feature=Feature.OTHER_MEDIA).first()
        )
        if placeholder is None:
            intro = texts.FEATURE_INTROS.get(title, "")
            return self.child(parent, OtherMediaPage, title, intro=intro, show_in_menus=True)
        # The placeholder holds nothing of its own: the real page takes its address and menu place.
        neighbour = placeholder.get_next_sibling()
        intro = placeholder.intro
        placeholder.delete()
        parent.refresh_from_db()
        page = self.child(parent, OtherMediaPage, title, intro=intro, show_in_menus=True)
        if neighbour is not None:
            page.move(neighbour, pos="left")
            page.refresh_from_db()
        self.note("placeholder pages replaced")
        return page

    def ensure_other_media(self):
        """Register the invented outlets (switched off: never fetched) with a few headlines each."""
        for name, site, feed_path, headlines in texts.OTHER_MEDIA:
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
                    key=item_key(site + path),
                    title=title,
                    link=site + path,
                    summary=summary,
                    published_at=self.now - timedelta(minutes=minutes),
                    fetched_at=self.now - timedelta(minutes=minutes),
                )
                for minutes, path, title, summary in headlines
                if item_key(site + path) not in present
            ]
            if items:
                OutletItem.objects.bulk_create(items)
                self.note("headlines from other media", len(items))

    def ensure_dossiers(self, home: HomePage):
        index = self.child(home, DossierIndexPage, "Dossiers", show_in_menus=False)
        for title, key, intro, active in texts.EXTRA_DOSSIERS:
            self.dossiers[key] = self.child(
                index,
                DossierPage,
                title,
                intro=intro,
                is_active=active,
                lead_image=self.image_for(key, ["zee", "polder"]),
                show_in_menus=False,
            )

    def ensure_hidden_pages(self, home: HomePage):
        for title, kind in HIDDEN_PAGES:
            if kind == "form":
                intro, thanks = texts.FORM_PAGES[title]
                fields = [
                    FormField(sort_order=i, label=label, field_type=field_type, required=required)
                    for i, (label, field_type, required) in enumerate(texts.FORM_FIELDS)
                ]
                self.child(
                    home,
                    FormPage,
                    title,
                    intro=intro,
                    thank_you_text=thanks,
                    to_address=texts.FORM_TO,
                    from_address=texts.FORM_FROM,
                    subject=texts.FORM_SUBJECT,
                    form_fields=fields,
                    show_in_menus=False,
                )
            elif kind == "consent":
                # A data directory loaded before ConsentPage existed keeps its StaticPage of this slug;
                # the banner then links to /privacy-instellingen/ all the same.
                intro, body = texts.CONSENT_PAGE
                self.child(home, ConsentPage, title, intro=intro, body=body, show_in_menus=False)
            else:
                intro, body = texts.STATIC_PAGES[title]
                self.child(home, StaticPage, title, intro=intro, body=body, show_in_menus=False)

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

    def ensure_images(self):
        for i, scene in enumerate(images.all_scenes()):
            image = self.ensure_image(
                f"Demo: {scene.title.lower()}",
                f"demo-{scene.key}-{scene.palette}.jpg",
                lambda scene=scene, i=i: images.to_jpeg(images.draw_scene(scene, seed=i)),
                texts.IMAGE_CREDIT,
            )
            self.scene_images.setdefault(scene.key, []).append(image)
        self.logo = self.ensure_image(
            "Demo: logo krant",
            "demo-logo-krant.png",
            lambda: images.to_png(images.draw_logo()),
            texts.IMAGE_CREDIT,
        )

    def image_for(self, seed: str, scenes: list):
        rng = random.Random(f"{SEED}:image:{seed}")
        return rng.choice(self.scene_images[rng.choice(scenes)])

    # --- authors ---

    def ensure_authors(self, home: HomePage):
        index = self.child(home, AuthorIndexPage, "Redactie", show_in_menus=False)
        self.authors_by_beat = {}
        for name, role, beats, bio in texts.AUTHORS:
            slug = slugify(name)
            existing = Page.objects.child_of(index).filter(slug=slug).first()
            if existing is not None:
                author = existing.specific
            else:
                photo = self.ensure_image(
                    f"Demo: portret {name}",
                    f"demo-portret-{slug}.jpg",
                    lambda slug=slug: images.to_jpeg(images.draw_portrait(slug)),
                    texts.PORTRAIT_CREDIT,
                )
                author = self.publish(
                    index, AuthorPage(title=name, slug=slug, role=role, bio=bio, photo=photo)
                )
            for beat in beats:
                self.authors_by_beat.setdefault(beat, []).append(author)

    # --- articles ---

    def year_folder(self, year: int) -> ArticleYearPage:
        if year not in self.folders:
            self.folders[year] = article_folder(year)
        return self.folders[year]

    def ensure_articles(self):
        specs = schedule(build_article_specs(), self.now)
        existing = dict(
            ArticlePage.objects.filter(slug__in=[s.slug for s in specs]).values_list("slug", "pk")
        )
        missing = [spec for spec in specs if spec.slug not in existing]
        if not missing:
            return
        self.say(f"Writing {len(missing)} articles ...")
        by_section = {}  # section slug -> [article pk], oldest first, for related links
        for spec in specs:
            if spec.slug in existing:
                by_section.setdefault(spec.section, []).append(existing[spec.slug])
        for spec in missing:
            article = self.make_article(spec, by_section.get(spec.section, []))
            by_section.setdefault(spec.section, []).append(article.pk)

    def make_article(self, spec: ArticleSpec, earlier: list[int]) -> ArticlePage:
        rng = random.Random(spec.rng_seed)
        when = spec.published_at
        section = self.sections[spec.section]
        lead_image = self.image_for(spec.slug, spec.scenes) if rng.random() < 0.9 else None

        def block(kind, value):
            return {
                "type": kind,
                "value": value,
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            }

        body = [block("paragraph", f"<p>{html.escape(spec.paragraphs[0], quote=False)}</p>")]
        body += [block("paragraph", f"<p>{html.escape(p, quote=False)}</p>") for p in spec.paragraphs[1:2]]
        if spec.quote:
            body.append(block("quote", {"text": spec.quote[0], "attribution": spec.quote[1]}))
        body.append(block("intertitle", spec.intertitle))
        body += [block("paragraph", f"<p>{html.escape(p, quote=False)}</p>") for p in spec.paragraphs[2:]]
        if rng.random() < 0.3:
            picture = self.image_for(spec.slug + ":body", spec.scenes)
            caption = f"Illustratie: {picture.title.removeprefix('Demo: ')}"
            body.append(block("image", {"image": picture.pk, "caption": caption, "credit": ""}))
        body += [block("paragraph", f"<p>{html.escape(p, quote=False)}</p>") for p in spec.extra]
        if spec.box:
            body.append(block("info_box", {"title": spec.box[0], "text": spec.box[1]}))

        authors = self.authors_by_beat.get(spec.section, [])
        roll = rng.random()
        byline = (
            []
            if roll < 0.15 or not authors
            else rng.sample(authors, 2 if roll > 0.85 and len(authors) > 1 else 1)
        )
        if not byline:
            source = rng.choice(["Reuters", "AFP", "ANP"]) if spec.section == "buitenland" else "ANP"
        else:
            source = rng.choice(["", "", "", "", "eigen berichtgeving", "ANP"])

        article = ArticlePage(
            title=spec.title,
            slug=spec.slug,
            label=spec.label,
            intro=spec.intro,
            lead_image=lead_image,
            lead_image_caption=f"Illustratie: {lead_image.title.removeprefix('Demo: ')}"
            if lead_image
            else "",
            body=body,
            home_section=section,
            source_credit=source,
            comments_enabled=rng.random() < 0.9,
            show_in_menus=False,
        )
        article.author_links = [ArticleAuthor(author=author, sort_order=i) for i, author in enumerate(byline)]
        if rng.random() < 0.08:
            article.updated_at = min(when + timedelta(minutes=rng.randint(45, 6 * 60)), self.now)
            article.update_note = rng.choice(texts.UPDATE_NOTES)
        if rng.random() < 0.05:
            corrected = min(when + timedelta(minutes=rng.randint(60, 20 * 60)), self.now)
            article.corrections = [
                ArticleCorrection(corrected_at=corrected, note=rng.choice(texts.CORRECTIONS))
            ]
        if earlier and rng.random() < 0.35:
            picks = rng.sample(earlier[-8:], min(len(earlier[-8:]), rng.randint(1, 2)))
            article.related_links = [
                RelatedArticle(related_id=pk, sort_order=i) for i, pk in enumerate(picks)
            ]
        extra_sections = [self.sections[slug] for slug in spec.also if slug in self.sections]
        if extra_sections:
            article.sections = extra_sections
        if spec.dossier and spec.dossier in self.dossiers:
            article.dossiers = [self.dossiers[spec.dossier]]

        self.publish(self.year_folder(timezone.localtime(when).year), article, when, what="articles")
        return article

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

        setting.publication_name = texts.PUBLICATION
        setting.tagline = texts.TAGLINE
        setting.logo = self.logo
        for name, url in texts.SOCIAL.items():
            setattr(setting, name, url)
        setting.rss_url = "/rss/"
        setting.app_store_url = texts.APP_STORE_URL
        setting.play_store_url = texts.PLAY_STORE_URL
        setting.owner_line = texts.OWNER_LINE
        setting.company_name = texts.COMPANY
        setting.kvk_number = texts.KVK_NUMBER
        setting.vat_number = texts.VAT_NUMBER
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
        for order, (name, slug, kind, description, extra) in enumerate(texts.NEWSLETTERS):
            extra = dict(extra)
            section = self.sections.get(extra.pop("section", ""))
            NewsletterList.objects.create(
                name=name,
                slug=slug,
                kind=kind,
                description=description,
                section=section,
                sort_order=order,
                **extra,
            )
        self.note("newsletter lists", len(texts.NEWSLETTERS))

    def write_log_entries(self):
        if self.log_entries:
            PageLogEntry.objects.bulk_create(self.log_entries, batch_size=200)
