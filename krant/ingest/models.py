"""What the importers remember: where each imported page came from, and which images they fetched.

An import is keyed on the source's identity (a page's address, else its text; a WordPress item's GUID),
so running it again updates the same page instead of adding a copy.
"""

import hashlib

from django.db import models
from django.utils.translation import gettext_lazy as _


def identity_key(*parts: str) -> str:
    """Return the fixed-length key of a source identity (addresses can be longer than an index allows)."""
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


class ImportRecord(models.Model):
    """A page made by an import: the source it came from and what the last import could not carry over."""

    class Kind(models.TextChoices):
        PAGE = "page", _("opgeslagen pagina")
        WORDPRESS_POST = "wp-post", _("WordPress-bericht")
        WORDPRESS_PAGE = "wp-page", _("WordPress-pagina")
        WORDPRESS_CATEGORY = "wp-category", _("WordPress-categorie")
        WORDPRESS_TAG = "wp-tag", _("WordPress-tag")
        WORDPRESS_AUTHOR = "wp-author", _("WordPress-auteur")

    kind = models.CharField(_("soort"), max_length=16, choices=Kind.choices)
    key = models.CharField(_("sleutel"), max_length=64, unique=True, editable=False)
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,  # a deleted page may be imported afresh
        related_name="import_records",
        verbose_name=_("pagina"),
    )
    source_url = models.URLField(_("oorspronkelijk adres"), max_length=2000, blank=True)
    source_name = models.CharField(_("bron"), max_length=200, blank=True)
    source_id = models.CharField(
        _("kenmerk bij de bron"),
        max_length=500,
        blank=True,
        help_text=_("Bijvoorbeeld de GUID in WordPress."),
    )
    byline = models.CharField(_("byline zoals de bron die gaf"), max_length=255, blank=True)
    original_published_at = models.DateTimeField(_("oorspronkelijk gepubliceerd"), null=True, blank=True)
    file_name = models.CharField(_("bestand"), max_length=500, blank=True)
    content_hash = models.CharField(_("vingerafdruk van de inhoud"), max_length=64, blank=True)
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("versie van de laatste import"),
    )
    made_page = models.BooleanField(
        _("pagina gemaakt door de import"),
        default=True,
        help_text=_("Uit: de import gebruikt een pagina die er al was (zoals een bestaande rubriek)."),
    )
    notes = models.TextField(_("opmerkingen bij de laatste import"), blank=True)
    created_at = models.DateTimeField(_("eerste import"), auto_now_add=True)
    updated_at = models.DateTimeField(_("laatste import"), auto_now=True)

    class Meta:
        verbose_name = _("import")
        verbose_name_plural = _("imports")
        ordering = ["-updated_at", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.source_url or self.source_id or self.file_name}"


class ImportedImage(models.Model):
    """An image fetched from an address once; later imports that show the same address reuse it."""

    key = models.CharField(max_length=64, unique=True, editable=False)
    source_url = models.URLField(_("oorspronkelijk adres"), max_length=2000)
    image = models.ForeignKey(
        "core.KrantImage", on_delete=models.CASCADE, related_name="+", verbose_name=_("beeld")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("geïmporteerd beeld")
        verbose_name_plural = _("geïmporteerde beelden")

    def __str__(self):
        return self.source_url


class ImportedComment(models.Model):
    """A comment made by an import, keyed on its source's identity: a second run finds it and adds nothing."""

    key = models.CharField(max_length=64, unique=True, editable=False)
    comment = models.ForeignKey(
        "community.Comment", on_delete=models.CASCADE, related_name="+", verbose_name=_("reactie")
    )
    source = models.CharField(_("bron"), max_length=20)  # disqus, wordpress, coral
    source_id = models.CharField(_("kenmerk bij de bron"), max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("geïmporteerde reactie")
        verbose_name_plural = _("geïmporteerde reacties")

    def __str__(self):
        return f"{self.source} {self.source_id}"
