"""The admin's breaking-news alert: from a live article, a confirmation page, then the send."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from krant.news.models import ArticlePage
from krant.newsletters import services
from krant.newsletters.models import Edition, Kind, NewsletterList, SubscriptionStatus

SEND_ALERT = "newsletters.send_alert"


def can_send_alert(user) -> bool:
    return user.has_perm(SEND_ALERT)


def alert_lists():
    return NewsletterList.objects.filter(kind=Kind.BREAKING, is_active=True)


class AlertForm(forms.Form):
    newsletters = forms.ModelMultipleChoiceField(
        queryset=NewsletterList.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        label=gettext_lazy("Naar welke lijsten?"),
        error_messages={"required": gettext_lazy("Kies ten minste één lijst.")},
    )

    def __init__(self, *args, lists, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["newsletters"].queryset = lists
        self.fields["newsletters"].label_from_instance = lambda newsletter: (
            _("%(name)s (%(count)s abonnees)")
            % {"name": newsletter.name, "count": newsletter.subscriber_count}
        )


class AlertView(WagtailAdminTemplateMixin, FormView):
    """Ask which alert lists get this article, show who had it already, and send on confirmation."""

    template_name = "newsletters/admin/alert.html"
    form_class = AlertForm
    header_icon = "mail"
    page_title = gettext_lazy("Nieuwsalert versturen")

    def dispatch(self, request, article_id):
        if not can_send_alert(request.user):
            raise PermissionDenied
        self.article = get_object_or_404(ArticlePage.objects.select_related("home_section"), pk=article_id)
        if not self.article.live:
            messages.error(
                request, _("Alleen een gepubliceerd artikel kan als nieuwsalert worden verstuurd.")
            )
            return redirect("wagtailadmin_pages:edit", self.article.pk)
        return super().dispatch(request, article_id)

    def get_page_subtitle(self):
        return self.article.title

    def sent_before(self):
        return (
            Edition.objects.filter(article=self.article).select_related("newsletter").order_by("created_at")
        )

    def available_lists(self):
        confirmed = Count("subscriptions", filter=Q(subscriptions__status=SubscriptionStatus.CONFIRMED))
        done = self.sent_before().values("newsletter_id")
        return alert_lists().exclude(pk__in=done).annotate(subscriber_count=confirmed)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "lists": self.available_lists()}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["article"] = self.article
        context["sent_before"] = self.sent_before()
        context["edit_url"] = reverse("wagtailadmin_pages:edit", args=[self.article.pk])
        return context

    def form_valid(self, form):
        sent, skipped = services.send_alert(self.article, form.cleaned_data["newsletters"], self.request.user)
        for edition in sent:
            messages.success(
                self.request,
                _("Nieuwsalert '%(subject)s' wordt verstuurd naar %(name)s.")
                % {"subject": edition.subject, "name": edition.newsletter.name},
            )
        for newsletter in skipped:
            messages.warning(
                self.request,
                _("%(name)s had dit artikel al als nieuwsalert; niet opnieuw verstuurd.")
                % {"name": newsletter.name},
            )
        return redirect("wagtailadmin_pages:edit", self.article.pk)
