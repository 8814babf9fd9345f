"""The importers' writes, in one place: a saved page or a WordPress item becomes an article (or page).

Each import of one file or one item runs in its own transaction: it is made whole or not at all.

- **Drafts stay drafts.** `import_page` never publishes. A WordPress post is published only when it was
  published in WordPress, with its original time as `first_published_at`.
- **Again is safe.** An import is keyed on its source (a page's address, else its text; a WordPress
  GUID) through an `ImportRecord`. The same source again updates the same page with a new revision, or
  says 'unchanged'. A page an editor has published is never overwritten: the import becomes a new draft
  revision beside the live one, for the desk to review.
- **Nobody is invented.** A byline links to an author page of the same name when there is one; other
  names stay in the article's source line ('Zandmeer Dagblad / Jan de Boer'). WordPress's own users are
  different: the export lists them, so missing ones become author pages.
- **A draft carries its original date.** The page's time goes into the draft revision (not the page
  row, so the draft is not taken for a withdrawn article), and Wagtail keeps it when the desk publishes.
"""

import hashlib
import json
import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from io import BytesIO
from pathlib import Path

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.contrib.redirects.models import Redirect
from wagtail.log_actions import log
from wagtail.models import Page, Site

from krant.authors.models import AuthorIndexPage, AuthorPage
from krant.core.models import KrantImage, StaticPage
from krant.core.text import html_to_text
from krant.ingest import pages, wordpress
from krant.ingest.body import Paragraph, Picture, squeeze, static_rich_text, stream_data
from krant.ingest.dates import AMSTERDAM
from krant.ingest.images import FetchedImage, ImageFetcher, ImageRefused
from krant.ingest.models import ImportedImage, ImportRecord, identity_key
from krant.news.models import ArticleAuthor, ArticlePage, DossierIndexPage, DossierPage, HomePage, SectionPage
from krant.news.services import article_folder, home_page

logger = logging.getLogger(__name__)

SLUG_LENGTH = 80
TITLE_LENGTH = 255
CREDIT_LENGTH = 120
IMPORTED_ITEM_TYPES = {"post", "page"}
SKIPPED_STATUSES = {"trash", "auto-draft", "inherit"}
DRAFT_STATUS_NOTES = {
    "draft": "",
    "pending": "pending review in WordPress: imported as a draft",
    "private": "private in WordPress: imported as a draft",
    "future": "scheduled in WordPress: imported as a draft; schedule it again",
}


class IngestError(Exception):
    """An item that cannot be imported as it is; the message says why and what to do."""


class SectionNotFound(IngestError):
    pass


class Status(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass
class Outcome:
    """What one import did, for one line of the report."""

    status: Status
    message: str
    notes: list[str] = field(default_factory=list)
    page_id: int | None = None


@dataclass
class ArticleFields:
    """What an import wants an article to say."""

    title: str
    intro: str
    body: list[dict]
    home_section: SectionPage
    slug_source: str = ""
    label: str = ""
    source_credit: str = ""
    authors: list[AuthorPage] = field(default_factory=list)
    sections: list[SectionPage] = field(default_factory=list)
    dossiers: list[DossierPage] = field(default_factory=list)
    lead_image: KrantImage | None = None
    lead_image_caption: str = ""
    published_at: datetime | None = None  # at the source


# --- shared ---


def front_page(site: Site | None = None) -> HomePage:
    """Return the front page imports go under, or raise IngestError when the publication has none yet."""
    try:
        home = home_page(site)
    except Site.DoesNotExist:
        raise IngestError("there is no default site yet: set up the publication first") from None
    if not isinstance(home, HomePage):
        raise IngestError(
            "the default site's root is no front page (Voorpagina): set up the publication first"
        )
    return home


def find_section(value: str) -> SectionPage:
    """Return the section named by id, slug or slug path ('economie/klimaat'), or raise SectionNotFound."""
    value = (value or "").strip().strip("/")
    sections = SectionPage.objects.all()
    if value.isdigit():
        found = sections.filter(pk=int(value)).first()
    elif "/" in value:
        found = sections.filter(url_path__endswith=f"/{value}/").first()
    else:
        matches = list(sections.filter(slug=value)[:3])
        if len(matches) > 1:
            choices = ", ".join(f"{section.pk} ({section.url_path.strip('/')})" for section in matches)
            raise SectionNotFound(f"section '{value}' is ambiguous: give its id or path, one of {choices}")
        found = matches[0] if matches else None
    if found is None:
        known = ", ".join(sections.order_by("path").values_list("slug", flat=True)[:30]) or "none yet"
        raise SectionNotFound(f"unknown section '{value}' (sections: {known})")
    return found


def unique_slug(parent: Page, text: str, fallback: str = "artikel") -> str:
    """Return a slug for a new child of `parent` from `text`, numbered when a sibling has it already."""
    base = slugify(text)[:SLUG_LENGTH].strip("-") or fallback
    taken = set(Page.objects.child_of(parent).filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug = f"{base}-{number}"
        number += 1
    return slug


def match_authors(names: list[str]) -> tuple[list[AuthorPage], list[str]]:
    """Return the author pages named in a byline, and the names that have none."""
    found, missing = [], []
    for name in names:
        author = AuthorPage.objects.filter(title__iexact=name).order_by("-live", "pk").first()
        if author is None:
            missing.append(name)
        elif author not in found:
            found.append(author)
    return found, missing


def source_credit(site_name: str, names: list[str]) -> str:
    """Return the article's source line: the medium, and the writers who are not in our newsroom."""
    return " / ".join(part for part in (squeeze(site_name), ", ".join(names)) if part)[:CREDIT_LENGTH]


def _publish_revision(revision, published_at: datetime | None) -> None:
    revision.publish(log_action=True)
    if published_at is not None:  # the source's time, not the moment of the import
        Page.objects.filter(pk=revision.object_id).update(
            first_published_at=published_at, last_published_at=published_at
        )


def _write_article(
    record: ImportRecord | None, fields: ArticleFields, publish: bool
) -> tuple[Page, Status, str]:
    """Create the article or give it a new revision; return (article, status, what happened)."""
    section = fields.home_section.title
    if record is None:
        year = timezone.localtime(fields.published_at, AMSTERDAM).year if fields.published_at else None
        folder = article_folder(year)
        article = ArticlePage(
            title=fields.title,
            slug=unique_slug(folder, fields.slug_source or fields.title),
            live=False,
            show_in_menus=False,
        )
        _apply(article, fields)
        folder.add_child(instance=article)
        _apply_relations(article, fields)
        revision = article.save_revision()
        log(instance=article, action="wagtail.create", revision=revision, content_changed=True)
        if publish:
            _publish_revision(revision, fields.published_at)
            return article, Status.CREATED, f'"{fields.title}": published article {article.pk} in {section}'
        return article, Status.CREATED, f'"{fields.title}": draft article {article.pk} in {section}'

    article = record.page.specific
    if not isinstance(article, ArticlePage):
        raise IngestError(f"page {article.pk} made by an earlier import is no longer an article")
    edited = article.latest_revision_id != record.revision_id
    latest = article.get_latest_revision_as_object()
    _apply(latest, fields)
    _apply_relations(latest, fields)
    was_live = article.live
    revision = latest.save_revision(log_action=True)
    if was_live:
        message = (
            f'"{fields.title}": article {article.pk} is published, so the import is a new draft revision; '
            "the live article is unchanged"
        )
    elif publish and article.first_published_at is None:
        _publish_revision(revision, fields.published_at)
        message = f'"{fields.title}": article {article.pk} updated and published'
    else:
        message = f'"{fields.title}": new revision of draft article {article.pk}'
    if edited:
        message += "; the changes made since the last import are in the page history"
    return article, Status.UPDATED, message


def _apply(article: ArticlePage, fields: ArticleFields) -> None:
    article.title = fields.title
    article.intro = fields.intro
    article.label = fields.label
    article.body = fields.body
    article.home_section = fields.home_section
    article.source_credit = fields.source_credit
    article.lead_image = fields.lead_image
    article.lead_image_caption = fields.lead_image_caption[:255]


def _apply_relations(article: ArticlePage, fields: ArticleFields) -> None:
    # In the revision only, like everything in a draft; Wagtail writes them to their tables on publish.
    article.author_links = [
        ArticleAuthor(author=author, sort_order=i) for i, author in enumerate(fields.authors)
    ]
    article.sections = [section for section in fields.sections if section.pk != fields.home_section.pk]
    article.dossiers = fields.dossiers
    if not article.live and fields.published_at is not None:
        article.first_published_at = fields.published_at


def _remember(record: ImportRecord | None, page: Page, **fields) -> ImportRecord:
    record = record or ImportRecord(page=page)
    record.page = page
    for name, value in fields.items():
        setattr(record, name, value)
    page.refresh_from_db(fields=["latest_revision"])
    record.revision_id = page.latest_revision_id
    record.save()
    return record


# --- saved pages ---


def import_page(path: Path, section: SectionPage, source: str = "") -> Outcome:
    """Create (or update) the draft article for the saved page at `path`, in `section`.

    Raises pages.UnreadablePage for a file that is no article, IngestError for one that cannot be stored.
    """
    extracted = pages.read_page(path)
    if extracted.url:
        key = identity_key(ImportRecord.Kind.PAGE, "url", extracted.url)
    else:
        key = identity_key(ImportRecord.Kind.PAGE, "text", extracted.content_hash)
    authors, unmatched = match_authors(extracted.byline)
    credit = source_credit(source or extracted.site_name, unmatched)
    notes = []
    if unmatched:
        notes.append(f"no author page for {', '.join(unmatched)}: named in the source line")
    if not (source or extracted.site_name):
        notes.append("no site name found: pass --source")
    if extracted.published is None:
        notes.append("no publication date found")
    elif not extracted.published.has_time:
        notes.append("no time of day found")
    title = extracted.headline[:TITLE_LENGTH]
    with transaction.atomic():
        record = ImportRecord.objects.select_for_update().filter(key=key).first()
        if record is not None and record.content_hash == extracted.content_hash:
            return Outcome(
                Status.UNCHANGED,
                f'"{title}": article {record.page_id}, unchanged since the last import',
                [],
                record.page_id,
            )
        fields = ArticleFields(
            title=title,
            intro=extracted.intro,
            body=stream_data(extracted.parts, {}),
            home_section=section,
            label=extracted.label,
            source_credit=credit,
            authors=authors,
            published_at=extracted.published.value if extracted.published else None,
        )
        page, status, message = _write_article(record, fields, publish=False)
        _remember(
            record,
            page,
            kind=ImportRecord.Kind.PAGE,
            key=key,
            source_url=extracted.url,
            source_name=(source or extracted.site_name)[:200],
            byline=extracted.byline_text[:255],
            original_published_at=fields.published_at,
            file_name=str(path)[-500:],
            content_hash=extracted.content_hash,
            notes="\n".join(notes),
        )
    return Outcome(status, message, notes, page.pk)


# --- WordPress ---


@dataclass
class WordPressRun:
    """One run over an export, with its settings."""

    export: wordpress.Export
    section: SectionPage | None = None
    fetcher: ImageFetcher | None = None  # None: images are not fetched
    site: Site | None = None

    def __post_init__(self):
        self.site = self.site or Site.objects.get(is_default_site=True)
        self.attachments = self.export.attachments


def wordpress_items(export: wordpress.Export) -> tuple[list[wordpress.Item], Counter]:
    """Return the items an import turns into pages, and how many of each other kind it skips."""
    items, skipped = [], Counter()
    for item in export.items:
        if item.post_type == "attachment":
            continue  # imported with the posts that show them
        if item.post_type not in IMPORTED_ITEM_TYPES:
            skipped[f"items of type '{item.post_type}'"] += 1
        elif item.status in SKIPPED_STATUSES:
            skipped[f"{item.post_type}s with status '{item.status}'"] += 1
        else:
            items.append(item)
    return items, skipped


def import_wordpress_item(run: WordPressRun, item: wordpress.Item) -> Outcome:
    """Create or update the article (a post) or static page (a page) for one WordPress item."""
    key = identity_key("wp", run.export.site_url, item.identity)
    kind = ImportRecord.Kind.WORDPRESS_PAGE if item.post_type == "page" else ImportRecord.Kind.WORDPRESS_POST
    record = ImportRecord.objects.filter(key=key).select_related("page").first()
    fingerprint = _fingerprint(run, item)
    publish = item.status == "publish"
    if record is not None and record.content_hash == fingerprint:
        with transaction.atomic():
            notes = _ensure_redirects(run, item, record.page) if publish else []
        what = "static page" if item.post_type == "page" else "article"
        return Outcome(
            Status.UNCHANGED,
            f'"{item.title}": {what} {record.page_id}, unchanged since the last import',
            notes,
            record.page_id,
        )

    if item.post_type == "post" and run.section is None and not _categories(item):
        raise IngestError("no category (or only WordPress's default one): pass --section for such posts")
    converted = wordpress.convert_content(item.content, run.attachments, run.export.site_url)
    notes = list(converted.notes)
    if DRAFT_STATUS_NOTES.get(item.status):
        notes.append(DRAFT_STATUS_NOTES[item.status])
    lead = _lead_picture(run, item)
    wanted = [part for part in converted.parts if isinstance(part, Picture)] + ([lead] if lead else [])
    fetched, failed = _fetch_images(run, wanted)
    notes += [f"image {url} failed: {reason}" for url, reason in failed.items()]
    stored_files: list[str] = []
    try:
        with transaction.atomic():
            images = _store_images(fetched, wanted, stored_files)
            parts = [part for part in converted.parts if not isinstance(part, Picture) or part.url in images]
            intro, parts = _wordpress_intro(item, parts)
            if not intro:
                intro = item.title
                notes.append("no excerpt or text: the headline is the intro")
            published_at = item.published_at if publish else None
            if item.post_type == "page":
                body = static_rich_text(parts, images)
                page, status, message = _write_static_page(run, record, item, intro, body, publish)
            else:
                home_section, sections, section_notes = _sections(run, item, publish)
                dossiers, dossier_notes = _dossiers(run, item, publish)
                authors, author_notes = _authors(run, item, publish)
                notes += section_notes + dossier_notes + author_notes
                fields = ArticleFields(
                    title=(item.title or f"WordPress {item.post_id}")[:TITLE_LENGTH],
                    intro=intro,
                    body=stream_data(parts, images),
                    home_section=home_section,
                    slug_source=item.slug or item.title,
                    authors=authors,
                    sections=sections,
                    dossiers=dossiers,
                    lead_image=images.get(lead.url) if lead else None,
                    lead_image_caption=lead.caption if lead else "",
                    published_at=published_at,
                )
                page, status, message = _write_article(record, fields, publish)
                if publish and not home_section.live:
                    notes.append(
                        f"section '{home_section.title}' is a draft: publish it to make the article readable"
                    )
            if publish:
                notes += _ensure_redirects(run, item, page)
            elif page.live:
                notes.append(
                    "no longer published in WordPress, still live here: unpublish it if it should go"
                )
            _remember(
                record,
                page,
                kind=kind,
                key=key,
                source_url=pages.normalise_url(item.link)[:2000] if item.link else "",
                source_name=run.export.title[:200],
                source_id=item.identity[:500],
                byline=_author_name(run, item)[:255],
                original_published_at=item.published_at if publish else None,
                # A failed image is tried again next time: the item does not count as done.
                content_hash="" if failed else fingerprint,
                notes="\n".join(notes),
            )
    except BaseException:
        for name in stored_files:
            KrantImage.file.field.storage.delete(name)  # the rows went with the transaction; the files too
        raise
    return Outcome(status, message, notes, page.pk)


def _fingerprint(run: WordPressRun, item: wordpress.Item) -> str:
    lead = _lead_picture(run, item)
    data = [
        item.post_type, item.status, item.title, item.content, item.excerpt, item.slug, item.link,
        item.creator,
        str(item.published_at), sorted(t.slug for t in item.categories), sorted(t.slug for t in item.tags),
        lead.url if lead else "",
        # --section matters only to a post that has no category of its own
        run.section.pk if run.section and not _categories(item) else None,
    ]  # fmt: skip
    return hashlib.sha256(json.dumps(data).encode()).hexdigest()


def _lead_picture(run: WordPressRun, item: wordpress.Item) -> Picture | None:
    number = item.meta.get("_thumbnail_id", "")
    attachment = run.attachments.get(int(number)) if number.isdigit() else None
    if attachment is None or not attachment.attachment_url:
        return None
    return Picture(
        url=wordpress.absolute_url(attachment.attachment_url, run.export.site_url),
        caption=html_to_text(attachment.excerpt)[:255],
        alt=attachment.meta.get("_wp_attachment_image_alt", "") or attachment.title,
    )


def _fetch_images(run: WordPressRun, wanted: list[Picture]) -> tuple[dict, dict[str, str]]:
    """Return {url: stored KrantImage or FetchedImage} and {url: why it failed}; no database writes."""
    fetched, failed = {}, {}
    for picture in wanted:
        if picture.url in fetched or picture.url in failed:
            continue
        known = (
            ImportedImage.objects.filter(key=identity_key("image", picture.url))
            .select_related("image")
            .first()
        )
        if known is not None:
            fetched[picture.url] = known.image
        elif run.fetcher is None:
            failed[picture.url] = "images are not fetched (--no-images)"
        else:
            try:
                fetched[picture.url] = run.fetcher.fetch(picture.url)
            except ImageRefused as error:
                failed[picture.url] = str(error)
    return fetched, failed


def _store_images(fetched: dict, wanted: list[Picture], stored_files: list[str]) -> dict[str, KrantImage]:
    images = {}
    for picture in wanted:
        found = fetched.get(picture.url)
        if isinstance(found, FetchedImage) and picture.url not in images:
            title = squeeze(picture.alt or picture.caption) or Path(found.filename).stem
            image = KrantImage(title=title[:255], file=ImageFile(BytesIO(found.data), name=found.filename))
            image._set_image_file_metadata()
            image.save()
            stored_files.append(image.file.name)
            ImportedImage.objects.create(
                key=identity_key("image", picture.url), source_url=picture.url[:2000], image=image
            )
            images[picture.url] = image
        elif isinstance(found, KrantImage):
            images[picture.url] = found
    return images


def _wordpress_intro(item: wordpress.Item, parts: list) -> tuple[str, list]:
    excerpt = squeeze(html_to_text(item.excerpt))
    if excerpt:
        return excerpt, parts
    for index, part in enumerate(parts[:3]):
        if isinstance(part, Paragraph):
            return html_to_text(part.html), parts[:index] + parts[index + 1 :]
    return "", parts


def _author_name(run: WordPressRun, item: wordpress.Item) -> str:
    author = run.export.authors.get(item.creator)
    return author.name if author else item.creator


def _mapped_page(run: WordPressRun, kind: str, slug: str, find, create, publish: bool) -> Page:
    """Return the page a WordPress category, tag or user stands for.

    That is the page it was mapped to before, else an existing page of the same slug or name (`find`),
    else a new draft (`create`). A published post needs its pages live: the import publishes the ones it
    made, never an editor's own draft.
    """
    key = identity_key(kind, run.export.site_url, slug)
    record = ImportRecord.objects.filter(key=key).select_related("page").first()
    if record is None:
        page, made = find(), False
        if page is None:
            page, made = create(), True
        record = ImportRecord.objects.create(
            key=key, kind=kind, page=page, made_page=made, source_id=slug, source_name=run.export.title[:200]
        )
    page = record.page.specific
    if publish and record.made_page and not page.live and page.first_published_at is None:
        page.save_revision().publish()
        page.refresh_from_db()
    return page


def _add_draft(parent: Page, page: Page) -> Page:
    page.live = False
    parent.add_child(instance=page)
    page.save_revision()
    return page


def _categories(item: wordpress.Item) -> list[wordpress.Term]:
    return [term for term in item.categories if term.slug not in wordpress.DEFAULT_CATEGORIES]


def _sections(run: WordPressRun, item: wordpress.Item, publish: bool) -> tuple[SectionPage, list, list[str]]:
    """Return the post's home section, its other sections, and notes on sections made for it."""
    notes: list[str] = []
    sections = [_section(run, term, publish, notes, set()) for term in _categories(item)]
    if not sections:
        if run.section is None:
            raise IngestError("no category (or only WordPress's default one): pass --section for such posts")
        sections = [run.section]
    return sections[0], sections[1:], notes


def _section(
    run: WordPressRun, term: wordpress.Term, publish: bool, notes: list[str], seen: set
) -> SectionPage:
    """Return the section for a category; a subcategory's section goes under its parent's."""
    home = home_page(run.site)
    slug = slugify(term.slug) or slugify(term.name)

    def parent() -> Page:
        above = run.export.categories.get(term.parent) if term.parent not in seen | {""} else None
        return _section(run, above, publish, notes, seen | {term.slug}) if above else home

    def find():
        return SectionPage.objects.descendant_of(home).filter(slug=slug).order_by("depth").first()

    def create():
        notes.append(f"section '{term.name}' created (not in the menu)")
        under = parent()
        page = SectionPage(
            title=term.name[:255], slug=unique_slug(under, slug, "rubriek"), show_in_menus=False
        )
        return _add_draft(under, page)

    if publish and term.parent and term.parent not in seen:
        parent()  # a live section needs a live parent
    return _mapped_page(run, ImportRecord.Kind.WORDPRESS_CATEGORY, term.slug, find, create, publish)


def _dossiers(run: WordPressRun, item: wordpress.Item, publish: bool) -> tuple[list[DossierPage], list[str]]:
    """Return the dossiers for a post's tags, and notes on dossiers made for them."""
    home, dossiers, notes = home_page(run.site), [], []
    for term in item.tags:
        slug = slugify(term.slug) or slugify(term.name)

        def create(term=term, slug=slug):
            notes.append(f"dossier '{term.name}' created (not current, not in the menu)")
            index = _index(home, DossierIndexPage, "Dossiers", "dossiers")
            # Not 'actueel': a front-page strip for every old tag is not for an import to decide.
            page = DossierPage(
                title=term.name[:255],
                slug=unique_slug(index, slug, "dossier"),
                is_active=False,
                show_in_menus=False,
            )
            return _add_draft(index, page)

        def find(slug=slug):
            return DossierPage.objects.descendant_of(home).filter(slug=slug).first()

        dossier = _mapped_page(run, ImportRecord.Kind.WORDPRESS_TAG, term.slug, find, create, publish)
        if dossier not in dossiers:
            dossiers.append(dossier)
    return dossiers, notes


def _authors(run: WordPressRun, item: wordpress.Item, publish: bool) -> tuple[list[AuthorPage], list[str]]:
    """Return the post's author page: the export's user, matched by name, or made for them."""
    author = run.export.authors.get(item.creator)
    if author is None:
        return [], [f"author '{item.creator}' is not in the export's author list"] if item.creator else []
    notes = []

    def find():
        return AuthorPage.objects.filter(title__iexact=author.name).order_by("-live", "pk").first()

    def create():
        notes.append(f"author page '{author.name}' created")
        index = _index(home_page(run.site), AuthorIndexPage, "Redactie", "redactie")
        return _add_draft(
            index, AuthorPage(title=author.name[:255], slug=unique_slug(index, author.name, "auteur"))
        )

    return [_mapped_page(run, ImportRecord.Kind.WORDPRESS_AUTHOR, author.login, find, create, publish)], notes


def _index(home: Page, model, title: str, slug: str) -> Page:
    index = model.objects.child_of(home).first()
    if index is None:
        index = model(title=title, slug=unique_slug(home, slug), show_in_menus=False, live=False)
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def _write_static_page(
    run: WordPressRun, record: ImportRecord | None, item: wordpress.Item, intro: str, body: str, publish: bool
) -> tuple[Page, Status, str]:
    title = (item.title or f"WordPress {item.post_id}")[:TITLE_LENGTH]
    if record is None:
        home = home_page(run.site)
        page = StaticPage(
            title=title, slug=unique_slug(home, item.slug or title, "pagina"), intro=intro, body=body
        )
        page.live, page.show_in_menus = False, False
        home.add_child(instance=page)
        revision = page.save_revision()
        log(instance=page, action="wagtail.create", revision=revision, content_changed=True)
        if publish:
            _publish_revision(revision, item.published_at)
            return page, Status.CREATED, f'"{title}": published static page {page.pk} (not in the menu)'
        return page, Status.CREATED, f'"{title}": draft static page {page.pk}'
    page = record.page.specific
    latest = page.get_latest_revision_as_object()
    latest.title, latest.intro, latest.body = title, intro, body
    was_live = page.live
    revision = latest.save_revision(log_action=True)
    if was_live:
        return (
            page,
            Status.UPDATED,
            f'"{title}": page {page.pk} is published; the import is a new draft revision',
        )
    if publish and page.first_published_at is None:
        _publish_revision(revision, item.published_at)
        return page, Status.UPDATED, f'"{title}": static page {page.pk} updated and published'
    return page, Status.UPDATED, f'"{title}": new revision of draft static page {page.pk}'


def _ensure_redirects(run: WordPressRun, item: wordpress.Item, page: Page) -> list[str]:
    """Make the post's old addresses answer with a permanent redirect to its new page."""
    notes = []
    for old in wordpress.old_paths(item):
        path = Redirect.normalise_path(old)
        if path in {"", "/"}:
            continue
        if len(path) > Redirect._meta.get_field("old_path").max_length:
            notes.append(f"old address too long for a redirect: {path[:60]}...")
            continue
        existing = Redirect.objects.filter(old_path=path, site=run.site).first()
        if existing is None:
            Redirect.objects.create(old_path=path, site=run.site, redirect_page=page, is_permanent=True)
        elif existing.redirect_page_id != page.pk:
            notes.append(f"{path} already redirects elsewhere; left as it is")
    return notes
