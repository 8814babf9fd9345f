"""The community: members, the site's rules, threads, comments, reactions and the moderators' log."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


class TrustLevel(models.IntegerChoices):
    # Earned by a clean record; moderation (a later step) lets trusted members skip pre-moderation.
    NEW = 0, _("Nieuw")
    REGULAR = 1, _("Vaste deelnemer")
    TRUSTED = 2, _("Vertrouwd")


class Member(models.Model):
    """A reader's public face in the community: the name shown, since when, and a verified expertise."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="member")
    display_name = models.CharField(_("naam"), max_length=40)
    # The name as a reader takes it (krant.community.names.skeleton): unique, so no look-alikes.
    name_key = models.CharField(max_length=80, unique=True, editable=False)
    joined_at = models.DateTimeField(_("lid sinds"), default=timezone.now)
    expert_label = models.CharField(
        _("deskundigheid"),
        max_length=40,
        blank=True,
        help_text=_(
            "Alleen invullen als de redactie het heeft nagegaan, bijvoorbeeld 'arts' of 'econoom'. "
            "Staat naast de naam."
        ),
    )
    trust_level = models.PositiveSmallIntegerField(
        _("vertrouwen"), choices=TrustLevel.choices, default=TrustLevel.NEW
    )
    suspended_until = models.DateTimeField(
        _("geschorst tot"), null=True, blank=True, help_text=_("Tot dan kan het lid niet reageren.")
    )
    banned = models.BooleanField(_("verbannen"), default=False)

    class Meta:
        verbose_name = _("lid")
        verbose_name_plural = _("leden")
        ordering = ["-joined_at", "-pk"]

    def __str__(self):
        return self.display_name

    def get_absolute_url(self):
        return reverse("community:profile", args=[self.pk])

    @property
    def cache_key(self) -> str:
        """The surrogate key of pages showing this member's name or labels (krant.core.pagecache)."""
        return f"member:{self.pk}"


class CommentChoice(models.TextChoices):
    """What a member leaving wants done with their comments; the comments' part honours it."""

    REMOVE = "remove", _("Verwijder mijn reacties")
    ANONYMISE = "anonymise", _("Laat mijn reacties staan, zonder mijn naam")


class AccountDeletion(models.Model):
    """An account deleted at its member's request: no personal data, only what was asked for its traces.

    Kept so that parts that erase later or in the background (comments) know the member's choice.
    """

    former_user_id = models.PositiveBigIntegerField(_("voormalig accountnummer"), unique=True)
    comments = models.CharField(_("reacties"), max_length=16, choices=CommentChoice.choices)
    deleted_at = models.DateTimeField(_("verwijderd op"), default=timezone.now)

    class Meta:
        verbose_name = _("verwijderd account")
        verbose_name_plural = _("verwijderde accounts")
        ordering = ["-deleted_at"]

    def __str__(self):
        return f"{self.former_user_id}: {self.comments}"


class Moderation(models.TextChoices):
    """When a new comment is shown: at once (moderators look afterwards) or after a moderator's approval."""

    POST = "post", _("Achteraf modereren: reacties staan direct online")
    PRE = "pre", _("Vooraf modereren: reacties verschijnen na goedkeuring")


class HouseRule(models.TextChoices):
    """The house rules a report names and a rejection cites; the footer's house-rules page explains them."""

    ABUSE = "abuse", _("Beledigend of kwetsend")
    DISCRIMINATION = "discrimination", _("Discriminerend of haatzaaiend")
    THREAT = "threat", _("Bedreigend of oproep tot geweld")
    PRIVACY = "privacy", _("Persoonlijke gegevens van anderen")
    SPAM = "spam", _("Reclame of spam")
    OFF_TOPIC = "off_topic", _("Niet over het onderwerp")
    MISINFORMATION = "misinformation", _("Aantoonbaar onjuist")
    OTHER = "other", _("Anders")


@register_setting(icon="group")
class CommunitySettings(BaseSiteSetting):
    """The community's site-wide rules: who may read, moderation, night closing, word lists."""

    open_reading = models.BooleanField(
        _("reacties voor iedereen leesbaar"),
        default=False,
        help_text=_("Uit: alleen ingelogde leden lezen de reacties."),
    )
    moderation = models.CharField(
        _("moderatie"), max_length=4, choices=Moderation.choices, default=Moderation.POST
    )
    night_closing_start = models.TimeField(
        _("nachtsluiting vanaf"),
        null=True,
        blank=True,
        help_text=_("Amsterdamse tijd. Leeg: geen nachtsluiting."),
    )
    night_closing_end = models.TimeField(_("nachtsluiting tot"), null=True, blank=True)
    max_length = models.PositiveIntegerField(
        _("maximale lengte van een reactie (tekens)"),
        default=1500,
        validators=[MinValueValidator(100), MaxValueValidator(10000)],
    )
    banned_words = models.TextField(
        _("verboden woorden"),
        blank=True,
        help_text=_("Eén woord of woordgroep per regel. Een reactie met zo'n woord wordt afgewezen."),
    )
    suspect_words = models.TextField(
        _("verdachte woorden"),
        blank=True,
        help_text=_("Eén per regel. Een reactie met zo'n woord wacht op een moderator."),
    )

    # The learned moderation model (krant.community.classifier); set on its own admin page, 'Model'.
    model_enabled = models.BooleanField(
        _("automatische moderatie"),
        default=True,
        help_text=_("Uit: alleen de woordenlijsten en de moderatoren beslissen."),
    )
    model_approve_threshold = models.FloatField(
        _("drempel voor plaatsen"),
        default=0.9,
        validators=[MinValueValidator(0.5), MaxValueValidator(1.0)],
        help_text=_("Zo zeker (0,5 tot 1) moet het model zijn dat een reactie kan, om haar te plaatsen."),
    )
    model_reject_threshold = models.FloatField(
        _("drempel voor tegenhouden"),
        default=0.9,
        validators=[MinValueValidator(0.5), MaxValueValidator(1.0)],
        help_text=_(
            "Zo zeker (0,5 tot 1) moet het model zijn dat een reactie een huisregel breekt, om haar "
            "tegen te houden."
        ),
    )
    model_sample_rate = models.PositiveSmallIntegerField(
        _("steekproef (%)"),
        default=5,
        validators=[MaxValueValidator(100)],
        help_text=_("Dit deel van de automatisch geplaatste reacties komt ook bij een moderator."),
    )
    # Set by 'Nu opnieuw trainen'; the scheduler trains in its next round and clears it.
    model_retrain_requested_at = models.DateTimeField(null=True, blank=True, editable=False)

    panels = [
        FieldPanel("open_reading"),
        FieldPanel("moderation"),
        FieldRowPanel([FieldPanel("night_closing_start"), FieldPanel("night_closing_end")]),
        FieldPanel("max_length"),
        FieldPanel("banned_words"),
        FieldPanel("suspect_words"),
    ]

    # The surrogate key of everything these rules shape: every thread's fragments and API pages.
    cache_key = "community-settings"

    class Meta:
        verbose_name = _("community")

    def clean(self):
        if (self.night_closing_start is None) != (self.night_closing_end is None):
            raise ValidationError(_("Vul voor de nachtsluiting zowel een begin- als een eindtijd in."))


class Thread(models.Model):
    """The discussion under one page: its exact counters and the moment it last changed."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="thread")
    # Visible comments and replies, tombstones not counted: the number the article shows.
    comment_count = models.PositiveIntegerField(default=0)
    question_count = models.PositiveIntegerField(default=0)
    last_comment_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("discussie")
        verbose_name_plural = _("discussies")

    def __str__(self):
        return str(self.page)

    @property
    def cache_key(self) -> str:
        """The surrogate key of the thread's fragments and pages (krant.core.pagecache)."""
        return f"thread:{self.page_id}"


class Status(models.TextChoices):
    """A comment's moderation state, after Coral's: 'no decision yet' is published under post-moderation."""

    NONE = "none", _("Geplaatst, nog niet beoordeeld")
    PREMOD = "premod", _("Wacht op goedkeuring")
    HELD = "held", _("Tegengehouden door de filters")
    APPROVED = "approved", _("Goedgekeurd")
    REJECTED = "rejected", _("Afgewezen")


VISIBLE = (Status.NONE, Status.APPROVED)
MAX_DEPTH = 2  # a comment (0), a reply (1), a reply to a reply (2): three levels


def live_q(prefix: str = "") -> models.Q:
    """Return the condition of a comment readers see in full (visible, not deleted), `prefix` naming the
    relation from another model ('comments__')."""
    return models.Q(**{f"{prefix}status__in": VISIBLE, f"{prefix}deleted_at__isnull": True})


class CommentQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(status__in=VISIBLE)

    def live(self):
        """Return the comments readers see in full: visible and not deleted."""
        return self.filter(live_q())

    def shown(self):
        """Return what a thread shows: the live comments, and a tombstone for a deleted or removed one
        that live replies still answer (replies go two levels deep, so children and grandchildren)."""
        live = Comment.objects.live()
        return self.filter(
            live_q()
            | models.Exists(live.filter(parent=models.OuterRef("pk")))
            | models.Exists(live.filter(parent__parent=models.OuterRef("pk")))
        )


class Comment(models.Model):
    """A comment or reply. Deleted by its author it stays as a tombstone, so replies keep their place."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="comments")
    # Empty once the author deleted their account with 'keep my comments, without my name'.
    author = models.ForeignKey(
        Member, null=True, blank=True, on_delete=models.SET_NULL, related_name="comments"
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    depth = models.PositiveSmallIntegerField(default=0)
    body = models.TextField(_("tekst"))
    status = models.CharField(_("status"), max_length=8, choices=Status.choices, default=Status.NONE)
    # Which house rule a rejection cited (the author is told), or which check held the comment.
    status_reason = models.CharField(_("reden"), max_length=40, blank=True)
    created_at = models.DateTimeField(_("geplaatst op"), default=timezone.now)
    edited_at = models.DateTimeField(_("bewerkt op"), null=True, blank=True)
    deleted_at = models.DateTimeField(_("verwijderd op"), null=True, blank=True)
    # Written by the newsroom: shown with the 'Redactie' badge, and an answer when it replies to a question.
    by_newsroom = models.BooleanField(_("redactie"), default=False)
    is_question = models.BooleanField(_("vraag aan de redactie"), default=False)
    answered_at = models.DateTimeField(_("beantwoord op"), null=True, blank=True)
    mentions_newsroom = models.BooleanField(_("noemt @redactie"), default=False)
    featured = models.BooleanField(_("uitgelicht"), default=False)
    # Cached counters of the actions table, so threads sort and queues filter without counting.
    respect_count = models.PositiveIntegerField(_("respect"), default=0)
    report_count = models.PositiveIntegerField(_("meldingen"), default=0)
    # Reports since the last moderator decision, by house rule: the 'reported' queue's filter.
    open_reports = models.JSONField(default=dict, blank=True)
    open_report_count = models.PositiveIntegerField(default=0)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("reactie")
        verbose_name_plural = _("reacties")
        ordering = ["created_at", "pk"]
        # The Moderator group's permission: every queue and decision in the admin (krant.core.roles).
        permissions = [("moderate_comment", _("Mag reacties modereren"))]
        indexes = [
            models.Index(fields=["thread", "status", "parent", "created_at"], name="comment_thread_idx"),
            models.Index(fields=["status", "created_at"], name="comment_queue_idx"),
            models.Index(fields=["author", "created_at"], name="comment_author_idx"),
            models.Index(
                fields=["open_report_count"],
                name="comment_reported_idx",
                condition=models.Q(open_report_count__gt=0),
            ),
        ]

    def __str__(self):
        return self.body[:60]

    @property
    def is_visible(self) -> bool:
        return self.status in VISIBLE

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def is_tombstone(self) -> bool:
        """Whether the thread shows this comment only as a placeholder for its replies (no text, no name)."""
        return self.is_deleted or not self.is_visible


class CommentRevision(models.Model):
    """One version of a comment's text, with what the checks said about it."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)
    # [{"check": "suspect_words", "verdict": "hold", "detail": "..."}, ...] in pipeline order
    checks = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.comment_id} @ {self.created_at:%Y-%m-%d %H:%M}"


class ActionKind(models.TextChoices):
    RESPECT = "respect", _("Respect")
    REPORT = "report", _("Melding")


class CommentAction(models.Model):
    """A member's reaction to a comment: respect, or a report naming a house rule. One of each per member."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="actions")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="comment_actions")
    kind = models.CharField(max_length=8, choices=ActionKind.choices)
    reason = models.CharField(max_length=20, choices=HouseRule.choices, blank=True)
    note = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["comment", "member", "kind"], name="one_action_per_kind")
        ]
        indexes = [models.Index(fields=["member", "kind"], name="action_member_idx")]

    def __str__(self):
        return f"{self.kind} {self.comment_id} ({self.member_id})"


class Ignore(models.Model):
    """A member who no longer wants to see another member's comments."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="ignoring")
    ignored = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="ignored_by")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["member", "ignored"], name="ignore_once")]

    def __str__(self):
        return f"{self.member_id} ignores {self.ignored_id}"


class AuditKind(models.TextChoices):
    APPROVE = "approve", _("Goedgekeurd")
    REJECT = "reject", _("Afgewezen")
    FEATURE = "feature", _("Uitgelicht")
    UNFEATURE = "unfeature", _("Niet meer uitgelicht")
    NOTE = "note", _("Notitie")
    WARN = "warn", _("Waarschuwing")
    SUSPEND = "suspend", _("Geschorst")
    BAN = "ban", _("Verbannen")
    RESTORE = "restore", _("Schorsing of ban opgeheven")
    TRUST = "trust", _("Vertrouwen gewijzigd")
    CLOSE = "close", _("Discussie gesloten")
    MODEL = "model", _("Modelversie actief gemaakt")


class ModerationAction(models.Model):
    """An audit row: who did what, to which comment or member, when and why. Never changed afterwards."""

    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    moderator_name = models.CharField(max_length=150)  # kept when the moderator's account goes
    kind = models.CharField(max_length=10, choices=AuditKind.choices)
    comment = models.ForeignKey(
        Comment, null=True, blank=True, on_delete=models.SET_NULL, related_name="moderation"
    )
    member = models.ForeignKey(
        Member, null=True, blank=True, on_delete=models.SET_NULL, related_name="moderation"
    )
    # The discussion acted on: the comment's, or the one closed.
    thread = models.ForeignKey(
        Thread, null=True, blank=True, on_delete=models.SET_NULL, related_name="moderation"
    )
    reason = models.CharField(max_length=40, blank=True)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("moderatiehandeling")
        verbose_name_plural = _("moderatielogboek")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["member", "created_at"], name="audit_member_idx")]

    def __str__(self):
        return f"{self.moderator_name}: {self.get_kind_display()} ({self.created_at:%Y-%m-%d %H:%M})"


class ModerationModel(models.Model):
    """One trained version of the moderation model: its weights are a JSON file in the data directory
    (krant.community.classifier), this row says which file, its checksum and how well it did."""

    version = models.PositiveIntegerField(_("versie"), unique=True)
    trained_at = models.DateTimeField(_("getraind op"), default=timezone.now)
    file_name = models.CharField(max_length=100)
    sha256 = models.CharField(max_length=64)
    decisions = models.PositiveIntegerField(_("beslissingen"))
    # The newest moderator decision (ModerationAction) it learned from: newer ones make a retrain due.
    last_decision = models.PositiveBigIntegerField(default=0)
    # The held-out decisions' scores ({"heldout": [[p_approve, approved, rule, predicted rule], ...],
    # "wordlists": [...]}), so the admin computes precision and recall at any threshold.
    evaluation = models.JSONField(default=dict)
    active = models.BooleanField(_("actief"), default=False)

    class Meta:
        verbose_name = _("moderatiemodel")
        verbose_name_plural = _("moderatiemodellen")
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["active"], condition=models.Q(active=True), name="one_active_moderation_model"
            )
        ]

    def __str__(self):
        return f"{self.version}"

    @classmethod
    def rolled_back(cls) -> bool:
        """Whether the active version is older than the newest trained one (Beheer rolled back)."""
        active = cls.objects.filter(active=True).values_list("version", flat=True).first()
        return active is not None and cls.objects.filter(version__gt=active).exists()


class ModelOutcome(models.TextChoices):
    PUBLISH = "publish", _("Automatisch geplaatst")
    HOLD = "hold", _("Automatisch tegengehouden")
    QUEUE = "queue", _("Twijfel: naar de moderatoren")


class ModelDecision(models.Model):
    """What the model said about a comment's latest text, and whether a moderator has looked since."""

    comment = models.OneToOneField(Comment, on_delete=models.CASCADE, related_name="model_decision")
    version = models.PositiveIntegerField()
    approve_probability = models.FloatField()
    rule = models.CharField(max_length=20, blank=True)  # the house rule it would cite
    outcome = models.CharField(max_length=8, choices=ModelOutcome.choices)
    # In the random sample of automatic publications that a moderator checks ('Steekproef').
    sampled = models.BooleanField(default=False)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [
            models.Index(
                fields=["created_at"],
                name="model_sample_idx",
                condition=models.Q(sampled=True, reviewed_at__isnull=True),
            )
        ]

    def __str__(self):
        return f"{self.comment_id}: {self.outcome} ({self.approve_probability:.2f})"


class Statement(models.Model):
    """The day's discussion statement ('stelling'), pinned by the editors above a thread."""

    text = models.CharField(_("stelling"), max_length=200)
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="statements",
        verbose_name=_("artikel"),
        help_text=_("De discussie staat onder dit artikel."),
    )
    date = models.DateField(_("datum"), default=timezone.localdate)
    pinned = models.BooleanField(_("vastgezet"), default=True)

    class Meta:
        verbose_name = _("stelling")
        verbose_name_plural = _("stellingen")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return self.text


class ReplyMailSettings(models.Model):
    """A member's choice to get mail about replies to their comments; off until they turn it on."""

    member = models.OneToOneField(Member, on_delete=models.CASCADE, related_name="reply_mail_settings")
    on_reply = models.BooleanField(_("mail me als iemand op mijn reactie reageert"), default=False)
    on_answer = models.BooleanField(_("mail me als de redactie mijn vraag beantwoordt"), default=False)
    # The language of the pages where the member made the choice: their mails are in it.
    language = models.CharField(max_length=8, default=settings.LANGUAGE_CODE)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("instelling voor reactiemails")
        verbose_name_plural = _("instellingen voor reactiemails")

    def __str__(self):
        return f"{self.member_id}: reply={self.on_reply} answer={self.on_answer}"


class ThreadMute(models.Model):
    """A discussion a member wants no more reply mails about (the link in every such mail)."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="thread_mutes")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="mutes")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["member", "thread"], name="mute_thread_once")]

    def __str__(self):
        return f"{self.member_id} mutes {self.thread_id}"


class ReplyMailStatus(models.TextChoices):
    PENDING = "pending", _("Wacht op verzending")
    SENDING = "sending", _("Wordt verzonden")
    SENT = "sent", _("Verzonden")
    # Handed to the server when the worker stopped: it may have arrived, so it is never sent again.
    UNCERTAIN = "uncertain", _("Onzeker")
    FAILED = "failed", _("Mislukt")
    SKIPPED = "skipped", _("Niets meer te melden")


OPEN_REPLY_MAIL = (ReplyMailStatus.PENDING, ReplyMailStatus.SENDING)


class ReplyMail(models.Model):
    """One mail to a member about new replies in one discussion: the unit that is sent at most once."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="reply_mails")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="reply_mails")
    status = models.CharField(max_length=10, choices=ReplyMailStatus.choices, default=ReplyMailStatus.PENDING)
    created_at = models.DateTimeField(default=timezone.now)
    send_after = models.DateTimeField(default=timezone.now)  # later after a "try again" from the server
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=255, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            # Two schedulers cannot open a second mail for a member and discussion while one is open.
            models.UniqueConstraint(
                fields=["member", "thread"],
                condition=models.Q(status__in=OPEN_REPLY_MAIL),
                name="one_open_reply_mail",
            )
        ]
        indexes = [models.Index(fields=["member", "thread", "created_at"], name="reply_mail_pair_idx")]

    def __str__(self):
        return f"{self.member_id} @ {self.thread_id}: {self.status}"


class ReplyKind(models.TextChoices):
    REPLY = "reply", _("Reactie op je reactie")
    ANSWER = "answer", _("Antwoord van de redactie")


class ReplyNotice(models.Model):
    """A reply a member may hear about: recorded when it becomes visible, collected into a ReplyMail."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="reply_notices")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="+")
    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reply_notices")
    kind = models.CharField(max_length=8, choices=ReplyKind.choices)
    created_at = models.DateTimeField(default=timezone.now)
    mail = models.ForeignKey(
        ReplyMail, null=True, blank=True, on_delete=models.SET_NULL, related_name="notices"
    )

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["member", "comment"], name="one_notice_per_reply")]
        indexes = [
            models.Index(
                fields=["created_at"], name="reply_notice_open_idx", condition=models.Q(mail__isnull=True)
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.comment_id} for {self.member_id}"


class ImportedAuthor(models.Model):
    """A comment author brought in by an import (krant.ingest): a member without an account of their own
    (no password, no login) until a reader verifies the same email address and claims the history.

    A guest the old system knew no address of keeps a member nobody can claim.
    """

    # The importer's identity of the author: their address, or for a guest the source and name.
    key = models.CharField(max_length=64, unique=True, editable=False)
    member = models.ForeignKey(
        Member, null=True, on_delete=models.SET_NULL, related_name="imported_as", verbose_name=_("lid")
    )
    email = models.EmailField(_("e-mailadres bij de bron"), blank=True, db_index=True)  # lower case
    source = models.CharField(_("bron"), max_length=200)
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    claimed_at = models.DateTimeField(_("opgeëist op"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("geïmporteerde auteur")
        verbose_name_plural = _("geïmporteerde auteurs")

    def __str__(self):
        return f"{self.member or '-'} ({self.source})"
