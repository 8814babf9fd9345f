"""The admin's 'Verstuur als pushbericht': from a live article, text and topics, a preview, then the send."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from krant.news.models import ArticlePage
from krant.push import services, topics
from krant.push.models import Delivery, RecipientTopic

SEND_PUSH = "push.send_push"


def can_send_push(user) -> bool:
    return user.has_perm(SEND_PUSH)


def item_key(article: ArticlePage) -> str:
    return f"article:{article.pk}"


def article_topics(article: ArticlePage) -> list[tuple[str, str]]:
    """Breaking news and the article's home section: where an article's alert may go."""
    section = article.home_section
    found = [(topics.BREAKING, _("Belangrijk nieuws"))]
    if section is not None:
        found.append((f"section:{section.slug}", _("Rubriek %(name)s") % {"name": section.title}))
    return found


def already_sent(topic: str) -> str:
    return _("Naar %(topic)s al eerder verstuurd; niet opnieuw.") % {"topic": topic}


class PushForm(forms.Form):
    title = forms.CharField(label=gettext_lazy("Titel"), max_length=services.MAX_TITLE)
    body = forms.CharField(
        label=gettext_lazy("Tekst"), max_length=services.MAX_BODY, required=False, widget=forms.Textarea
    )
    topics = forms.MultipleChoiceField(
        label=gettext_lazy("Naar wie volgt"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": gettext_lazy("Kies ten minste één onderwerp.")},
    )
    confirmed = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topics"].choices = choices


class SendPushView(WagtailAdminTemplateMixin, FormView):
    """Write an item's alert, see it as readers will, and send it once per topic.

    A subclass names its item in `load` and answers the hooks: `item_key`, `item_topics`, `item_url`,
    `initial_text` and `back_url`. The article's action is below; a liveblog update's is in its app.
    """

    template_name = "push/admin/send.html"
    form_class = PushForm
    header_icon = "mail"
    page_title = gettext_lazy("Pushbericht versturen")

    def dispatch(self, request, *args, **kwargs):
        if not can_send_push(request.user):
            raise PermissionDenied
        return self.load(**kwargs) or super().dispatch(request, *args, **kwargs)

    def load(self, **kwargs):
        """Set the item from the URL's arguments; return a response to refuse it with, or None."""
        raise NotImplementedError

    def item_key(self) -> str:
        raise NotImplementedError

    def item_topics(self) -> list[tuple[str, str]]:
        """Return (topic, label) of where this item's alert may go."""
        raise NotImplementedError

    def item_url(self) -> str:
        """Return where a click on the alert leads: a path on this site or an https address."""
        raise NotImplementedError

    def initial_text(self) -> tuple[str, str]:
        """Return the title and text the form starts with, before the editor shortens or rewrites them."""
        raise NotImplementedError

    def back_url(self) -> str:
        raise NotImplementedError

    def sent_before(self):
        return Delivery.objects.filter(item_key=self.item_key()).order_by("created_at")

    def done_topics(self) -> set[str]:
        return set(self.sent_before().values_list("topic", flat=True))

    def post(self, request, *args, **kwargs):
        """Name the chosen topics this item went to meanwhile (a second press, another editor) and leave
        them out, rather than refuse the form as an invalid choice."""
        chosen = request.POST.getlist("topics")
        if done := self.done_topics().intersection(chosen):
            for topic in sorted(done):
                messages.warning(request, already_sent(topic))
            request.POST = request.POST.copy()
            request.POST.setlist("topics", [topic for topic in chosen if topic not in done])
            if not request.POST.getlist("topics"):
                return redirect(self.back_url())
        return super().post(request, *args, **kwargs)

    def choices(self):
        done = self.done_topics()
        open_topics = [(value, label) for value, label in self.item_topics() if value not in done]
        followers = dict(
            RecipientTopic.objects.filter(topic__in=[value for value, _label in open_topics])
            .values("topic")
            .annotate(n=Count("id"))
            .values_list("topic", "n")
        )
        return [
            (value, _("%(label)s (%(count)s volgers)") % {"label": label, "count": followers.get(value, 0)})
            for value, label in open_topics
        ]

    def get_initial(self):
        title, body = self.initial_text()
        return {
            "title": Truncator(title).chars(services.MAX_TITLE),
            "body": Truncator(" ".join(body.split())).chars(services.MAX_BODY),
        }

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "choices": self.choices()}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            sent_before=self.sent_before(),
            preview_url=services.absolute(self.item_url()),
            back_url=self.back_url(),
        )
        return context

    def form_valid(self, form):
        if not form.cleaned_data["confirmed"]:
            # The first press shows the preview; only the second sends.
            form.data = form.data.copy()
            form.data["confirmed"] = "True"
            return self.render_to_response(self.get_context_data(form=form, preview=form.cleaned_data))
        for topic in form.cleaned_data["topics"]:
            try:
                sent = services.send(
                    self.item_key(),
                    topic,
                    form.cleaned_data["title"],
                    form.cleaned_data["body"],
                    self.item_url(),
                    sent_by=self.request.user,
                )
            except services.AlreadySent:
                messages.warning(self.request, already_sent(topic))
                continue
            except services.PushError as refused:
                form.add_error(None, refused.message)
                return self.form_invalid(form)
            messages.success(
                self.request, _("Pushbericht wordt verstuurd naar %(topic)s.") % {"topic": sent.topic}
            )
            if sent.apps_not_sent:
                messages.warning(
                    self.request,
                    _(
                        "%(count)s app-apparaten volgen dit onderwerp, maar er is geen app-koppeling "
                        "ingesteld: zij krijgen niets."
                    )
                    % {"count": sent.apps_not_sent},
                )
        return redirect(self.back_url())


class PushView(SendPushView):
    """'Verstuur als pushbericht' on a live article: to breaking news or its home section."""

    def load(self, article_id):
        self.article = get_object_or_404(ArticlePage.objects.select_related("home_section"), pk=article_id)
        if not self.article.live:
            messages.error(
                self.request, _("Alleen een gepubliceerd artikel kan als pushbericht worden verstuurd.")
            )
            return redirect("wagtailadmin_pages:edit", self.article.pk)
        return None

    def get_page_subtitle(self):
        return self.article.title

    def item_key(self):
        return item_key(self.article)

    def item_topics(self):
        return article_topics(self.article)

    def item_url(self):
        return self.article.url

    def initial_text(self):
        return self.article.title, self.article.intro

    def back_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.article.pk])

    def get_context_data(self, **kwargs):
        return super().get_context_data(article=self.article, **kwargs)
