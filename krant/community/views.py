import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_safe

from krant.api import tokens
from krant.community import limits, personal_data, services
from krant.community.forms import DeleteAccountForm, DisplayNameForm
from krant.community.models import Member
from krant.core.pagecache import add_keys


@require_safe
def profile(request, pk: int):
    """A member's public page: the same for every reader, cached and purged by `member:<id>`."""
    member = get_object_or_404(Member.objects.select_related("user"), pk=pk, banned=False)
    add_keys(request, member.cache_key)
    return render(
        request,
        "community/profile.html",
        {"member": member, "newsroom": services.is_newsroom(member.user)},
    )


@never_cache
@require_GET
def home(request):
    """The community link's target: the account's pages when logged in, else login and registration."""
    return render(request, "community/home.html", {"member": member_of(request.user)})


@never_cache
@require_GET
def me(request):
    """The personal part of every page, for the page's script: who is logged in, and a CSRF token.

    The one uncached request of a member's page view; the page itself is the cached public one.
    """
    user = request.user
    if not user.is_authenticated:
        return JsonResponse({"member": None})
    member = member_of(user)
    return JsonResponse(
        {
            "member": {
                "name": member.display_name if member else user.get_username(),
                "profile": member.get_absolute_url() if member else None,
                "newsroom": services.is_newsroom(user),
            },
            "links": {"account": reverse("community:home"), "logout": reverse("account_logout")},
            "csrf_token": get_token(request),
        }
    )


def member_of(user) -> Member | None:
    if not user.is_authenticated:
        return None
    return Member.objects.filter(user=user).first()


@never_cache
@login_required
@limits.limited(limits.SETTINGS)
@require_http_methods(["GET", "HEAD", "POST"])
def settings_page(request):
    member = member_of(request.user)
    initial = {"display_name": member.display_name if member else ""}
    form = DisplayNameForm(request.POST or None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            member = services.set_display_name(request.user, form.cleaned_data["display_name"])
        except services.NameTaken:
            form.add_error("display_name", _("Deze naam (of een die erop lijkt) is al in gebruik."))
        else:
            messages.success(request, _("Je naam is opgeslagen."))
            return redirect("community:settings")
    return render(
        request,
        "community/settings.html",
        {"form": form, "member": member, "token": tokens.current(request.user)},
    )


@never_cache
@login_required
@limits.limited(limits.SETTINGS)
@require_http_methods(["GET", "HEAD", "POST"])
def app_access(request):
    """A member's key for apps (the API): made, made anew or revoked here; shown once, right after."""
    new_key, refusal = None, None
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            if tokens.revoke(request.user):
                messages.success(
                    request, _("Je sleutel is ingetrokken: apps die hem gebruikten zijn uitgelogd.")
                )
            return redirect("community:app_access")
        try:
            new_key = tokens.issue(request.user).key
        except tokens.NoToken as error:
            refusal = error.message
    return render(
        request,
        "community/app_access.html",
        {"token": tokens.current(request.user), "new_key": new_key, "refusal": refusal},
        status=403 if refusal else 200,
    )


@never_cache
@login_required
@require_GET
def export(request):
    """Everything stored about the member, from every part of krant, as a JSON file to download."""
    data = {"exported_at": timezone.now().isoformat(), **personal_data.export(request.user)}
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="mijn-gegevens.json"'
    return response


@never_cache
@login_required
@limits.limited(limits.SETTINGS)
@require_http_methods(["GET", "HEAD", "POST"])
def delete(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        services.delete_account(request.user, form.cleaned_data["comments"])
        logout(request)
        return render(request, "community/deleted.html")
    return render(request, "community/delete.html", {"form": form})
