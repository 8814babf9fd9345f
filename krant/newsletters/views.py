"""Reader pages of the newsletters: sign up, confirm, manage and unsubscribe by personal link, the archive."""

from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from django_ratelimit import ALL
from django_ratelimit.core import get_usage, is_ratelimited

from krant.core.listmail import is_one_click
from krant.core.views import over_limit, rate_limited
from krant.news.models import ArticlePage, paginate
from krant.newsletters import links, services
from krant.newsletters.forms import ManageForm, SignupForm
from krant.newsletters.models import Edition, EditionStatus, NewsletterList, SubscriptionStatus

SIGNUP_RATE_PER_ADDRESS = "10/d"
SIGNUP_RATE_PER_IP = "10/h"
BAD_LINK_RATE = "20/10m"  # wrong personal links per IP address; right ones are never limited
ARCHIVE_PAGE_SIZE = 20


def see_other(url: str) -> HttpResponseRedirect:
    response = HttpResponseRedirect(url)
    response.status_code = 303  # the browser follows with a GET: reloading never posts again
    return response


@require_http_methods(["GET", "HEAD", "POST"])
def signup(request):
    """The list of newsletters with a box each, and the address to send them to."""
    if request.method == "POST":
        if wait := over_limit(request, "newsletters-signup", SIGNUP_RATE_PER_IP, method="POST"):
            return rate_limited(request, retry_after=wait)
        form = SignupForm(request.POST)
        if form.is_valid():
            email = form.cleaned_data["email"]
            # Too many requests for one address end quietly: the answer must not differ per address.
            if not is_ratelimited(
                request,
                group="newsletters-signup-address",
                key=lambda group, request: email,
                rate=SIGNUP_RATE_PER_ADDRESS,
                method="POST",
                increment=True,
            ):
                services.request_subscription(email, form.cleaned_data["newsletters"], get_language())
            return see_other(reverse("newsletters:signup_done"))
        status = 400
    else:
        # ?lijst=<slug> (from an archive page) ticks that box; unknown slugs simply tick nothing.
        form = SignupForm(initial={"newsletters": request.GET.getlist("lijst")})
        status = 200
    return render(request, "newsletters/signup.html", {"form": form}, status=status)


def signup_done(request):
    return render(request, "newsletters/signup_done.html")


def invalid_link(request, expired: bool = False):
    if expired:
        message = _("Deze bevestigingslink is verlopen. Meld je opnieuw aan; je krijgt dan een nieuwe link.")
    else:
        message = _(
            "Deze link werkt niet (meer). Misschien is hij niet helemaal gekopieerd. Gebruik de link "
            "onderaan de laatste nieuwsbrief die je kreeg, of meld je opnieuw aan."
        )
    return render(
        request, "newsletters/link_invalid.html", {"message": message}, status=400 if expired else 404
    )


def too_many_bad_links(request) -> int | None:
    """Return the seconds this address must wait after BAD_LINK_RATE wrong links; None before that."""
    usage = get_usage(request, group="newsletters-links", key="ip", rate=BAD_LINK_RATE, method=ALL)
    if usage is None or usage["count"] < usage["limit"]:
        return None
    return max(usage["time_left"], 1)


def count_bad_link(request) -> None:
    get_usage(request, group="newsletters-links", key="ip", rate=BAD_LINK_RATE, method=ALL, increment=True)


def personal_link(request, token: str):
    """Return (subscriber, None) for a valid personal link, else (None, the response to give)."""
    if wait := too_many_bad_links(request):
        return None, rate_limited(request, retry_after=wait)
    subscriber = links.subscriber_for_token(token)
    if subscriber is None:
        count_bad_link(request)
        return None, invalid_link(request)
    return subscriber, None


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token: str):
    """The link in the confirmation mail: a button confirms (a mail scanner that opens links does not)."""
    if wait := too_many_bad_links(request):
        return rate_limited(request, retry_after=wait)
    try:
        subscriber = links.subscriber_for_confirm_token(token)
    except links.ExpiredLink:
        return invalid_link(request, expired=True)
    if subscriber is None:
        count_bad_link(request)
        return invalid_link(request)
    manage_url = reverse("newsletters:manage", args=[links.link_token(subscriber.pk, subscriber.key)])
    if request.method == "POST":
        confirmed = services.confirm_subscriptions(subscriber)
        context = {"confirmed": confirmed, "manage_url": manage_url, "done": True}
        return render(request, "newsletters/confirm.html", context)
    pending = NewsletterList.objects.filter(
        is_active=True,
        subscriptions__subscriber=subscriber,
        subscriptions__status=SubscriptionStatus.PENDING,
    )
    return render(request, "newsletters/confirm.html", {"pending": list(pending), "manage_url": manage_url})


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def manage(request, token: str):
    """The subscriber's own page: which lists, or none at all; no account needed, the link is the key."""
    subscriber, error = personal_link(request, token)
    if error is not None:
        return error
    status = 200
    if request.method == "POST":
        if request.POST.get("action") == "unsubscribe_all":
            services.unsubscribe_all(subscriber)
            return see_other(f"{request.path}?afgemeld=1")
        form = ManageForm(request.POST)
        if form.is_valid():
            services.change_subscriptions(subscriber, form.cleaned_data["newsletters"])
            return see_other(f"{request.path}?opgeslagen=1")
        status = 400
    else:
        current = subscriber.subscriptions.exclude(status=SubscriptionStatus.UNSUBSCRIBED)
        form = ManageForm(
            initial={"newsletters": [sub.newsletter.slug for sub in current.select_related("newsletter")]}
        )
    context = {
        "form": form,
        "subscriber": subscriber,
        "saved": request.GET.get("opgeslagen") == "1",
        "unsubscribed_all": request.GET.get("afgemeld") == "1",
    }
    return render(request, "newsletters/manage.html", context, status=status)


@csrf_exempt  # RFC 8058: mail programs post here without a token; the personal link is the proof
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token: str, slug: str):
    """Unsubscribe from one list: a page with a button, or at once by a mail program's one-click POST."""
    subscriber, error = personal_link(request, token)
    if error is not None:
        return error
    newsletter = NewsletterList.objects.filter(slug=slug).first()
    if newsletter is None:
        return invalid_link(request)
    manage_url = reverse("newsletters:manage", args=[token])
    if request.method == "POST":
        services.unsubscribe(subscriber, newsletter)
        if is_one_click(request):
            return HttpResponse(_("Je bent afgemeld."), content_type="text/plain; charset=utf-8")
        context = {"newsletter": newsletter, "manage_url": manage_url, "done": True}
        return render(request, "newsletters/unsubscribe.html", context)
    context = {"newsletter": newsletter, "manage_url": manage_url}
    return render(request, "newsletters/unsubscribe.html", context)


def archive(request, slug: str):
    """Past editions of a list, newest first."""
    newsletter = get_object_or_404(NewsletterList, slug=slug)
    editions = (
        Edition.objects.filter(newsletter=newsletter)
        .exclude(status=EditionStatus.DRAFT)
        .only("pk", "subject", "issue_date", "created_at", "newsletter_id")
        .order_by("-created_at", "-pk")
    )
    context = {
        "newsletter": newsletter,
        "editions": paginate(request, editions, ARCHIVE_PAGE_SIZE),
        "can_sign_up": newsletter.is_active,
    }
    return render(request, "newsletters/archive.html", context)


def edition(request, slug: str, edition_id: int):
    """One edition as a web page; articles withdrawn since are left out."""
    found = (
        Edition.objects.select_related("newsletter")
        .filter(pk=edition_id, newsletter__slug=slug)
        .exclude(status=EditionStatus.DRAFT)
        .defer("html", "text")
        .first()
    )
    if found is None:
        raise Http404(_("Deze editie bestaat niet."))
    ids = [item["id"] for item in found.items if isinstance(item, dict) and "id" in item]
    live = set(ArticlePage.objects.live().public().filter(pk__in=ids).values_list("pk", flat=True))
    items = [item for item in found.items if isinstance(item, dict) and item.get("id") in live]
    context = {"edition": found, "newsletter": found.newsletter, "items": items}
    return render(request, "newsletters/edition.html", context)
