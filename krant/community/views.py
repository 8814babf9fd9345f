import json
import unicodedata
from functools import wraps
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.paginator import EmptyPage, Paginator
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST, require_safe

from krant.api import tokens
from krant.community import checks, comments, limits, personal_data, replies, services, text, threads
from krant.community.comments import Refused
from krant.community.forms import DeleteAccountForm, DisplayNameForm, ReplyMailForm
from krant.community.models import (
    ActionKind,
    AuditKind,
    Comment,
    CommentAction,
    CommunitySettings,
    HouseRule,
    Ignore,
    Member,
    ModerationAction,
    Status,
    Thread,
    ThreadMute,
)
from krant.core.cache import mark_private
from krant.core.listmail import is_one_click
from krant.core.pagecache import add_keys, limit_lifetime

PROFILE_PER_PAGE = 20


@require_safe
def profile(request, pk: int):
    """A member's public page: the same for every reader, cached and purged by `member:<id>`."""
    member = get_object_or_404(Member.objects.select_related("user"), pk=pk, banned=False)
    add_keys(request, member.cache_key)
    public = (
        Comment.objects.live()
        .filter(author=member)
        .select_related("thread__page")
        .order_by("-created_at", "-pk")
    )
    paginator = Paginator(public, PROFILE_PER_PAGE)
    try:
        number = max(1, int(request.GET.get("pagina", "1")))
    except ValueError:
        number = 1
    try:
        current = paginator.page(number)
    except EmptyPage:
        current = paginator.page(paginator.num_pages)
    current.object_list = list(current.object_list)
    pages = threads.pages_with_urls({comment.thread.page_id for comment in current.object_list})
    for comment in current.object_list:
        comment.article = pages.get(comment.thread.page_id)
    # The headlines are in it; its comments purge `member:<id>`.
    add_keys(request, *(f"article:{pk}" for pk in pages))
    return render(
        request,
        "community/profile.html",
        {"member": member, "newsroom": services.is_newsroom(member.user), "comments": current},
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
    return render(request, "community/settings.html", settings_context(request, member, form))


def settings_context(request, member: Member | None, form) -> dict:
    choice = replies.choice_of(member)
    mutes = ThreadMute.objects.filter(member=member).select_related("thread__page") if member else []
    return {
        "form": form,
        "member": member,
        "keys": tokens.current(request.user),
        "reply_form": ReplyMailForm(initial={"on_reply": choice.on_reply, "on_answer": choice.on_answer}),
        "mutes": mutes,
    }


@never_cache
@login_required
@limits.limited(limits.SETTINGS)
@require_POST
def reply_mail_settings(request):
    """Store which reply mails the member wants (in the language of the page they chose it on)."""
    member = member_of(request.user)
    if member is None:
        return redirect("community:settings")  # a name first: the settings page asks for it
    form = ReplyMailForm(request.POST)
    form.is_valid()  # two optional boxes: every POST is a valid choice
    replies.set_choice(
        member, form.cleaned_data["on_reply"], form.cleaned_data["on_answer"], request.LANGUAGE_CODE
    )
    messages.success(request, _("Je keuze voor reactiemails is opgeslagen."))
    return redirect("community:settings")


@never_cache
@login_required
@require_POST
def unmute(request, thread_id: int):
    """Undo a mute from the settings page: mails about that discussion come again."""
    member = member_of(request.user)
    if member is not None and replies.unmute(member, thread_id):
        messages.success(request, _("Je krijgt weer mails over reacties in deze discussie."))
    return redirect("community:settings")


@csrf_exempt  # RFC 8058: mail programs post here without cookie or token; the signed link is the proof
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def mute(request, token: str):
    """The link in a reply mail: a page with a button, or a mute at once by a mail program's one-click
    POST. A scanner that opens links mutes nothing."""
    found = replies.read_mute_token(token)
    if found is None:
        message = _(
            "Deze link werkt niet. Misschien is hij niet helemaal gekopieerd. Gebruik de link onderaan de "
            "laatste mail, of kies in je instellingen welke mails je krijgt."
        )
        return render(request, "community/refused.html", {"message": message}, status=400)
    member = Member.objects.filter(pk=found[0]).first()
    thread = Thread.objects.select_related("page").filter(pk=found[1]).first()
    if member is None or thread is None:
        message = _("Dit account of deze discussie bestaat niet meer.")
        return render(request, "community/refused.html", {"message": message}, status=404)
    if request.method == "POST":
        replies.mute(member, thread)
        if is_one_click(request):
            return HttpResponse(
                _("Je krijgt geen mails meer over reacties in deze discussie."),
                content_type="text/plain; charset=utf-8",
            )
        return render(request, "community/mute.html", {"thread": thread, "done": True})
    return render(request, "community/mute.html", {"thread": thread})


@never_cache
@login_required
@limits.limited(limits.SETTINGS)
@require_http_methods(["GET", "HEAD", "POST"])
def app_access(request):
    """A member's keys for apps (the API): made here (shown once, right after), listed, revoked one or all."""
    new_key, refusal = None, None
    if request.method == "POST":
        action = request.POST.get("action")
        if action in ("revoke", "revoke-all"):
            digest = request.POST.get("key", "") if action == "revoke" else None
            if tokens.revoke(request.user, digest):
                messages.success(request, _("Ingetrokken: apps met die sleutel zijn uitgelogd."))
            return redirect("community:app_access")
        try:
            new_key = tokens.issue(request.user).key
        except tokens.NoToken as error:
            refusal = error.message
    return render(
        request,
        "community/app_access.html",
        {"keys": tokens.current(request.user), "new_key": new_key, "refusal": refusal},
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


# The thread under an article ----------------------------------------------------------------------------
# The article page is the same for everyone; the thread comes from its own addresses: a fragment per
# thread, page and order (cached like any page, purged by `thread:<id>`), and one uncached personal request
# (`thread_me`). Without JavaScript, `<article>/reacties/` is the whole thread with its forms
# (docs/decisions/2026-12-06-community-threads.md).


def thread_context(request, page, view, mode: str, **extra) -> dict:
    """Return what community/thread.html needs. `mode`: public (no forms), members (the shared fragment,
    forms without a token: the script adds it), personal (the no-JavaScript page of one member)."""
    return {
        "page": page,
        "view": view,
        "mode": mode,
        "comments_url": threads.comments_page_url(page),
        "login_url": threads.login_url(page),
        "house_rules": HouseRule.choices,
        "max_length": comments.max_length(page, view.settings),
        "me": NOBODY,
        "error": "",
        "draft": {},
        **extra,
    }


# What the shared renders know of the reader: nothing.
NOBODY = {
    "member": None,
    "respected": frozenset(),
    "reported": frozenset(),
    "mine": frozenset(),
    "editable": frozenset(),
    "ignored": frozenset(),
    "waiting": [],
    "may_post": False,
    "closed": "",
}


def cache_thread(request, page, view) -> None:
    """Tag a shared render of the thread with its keys, and keep it no longer than its open state holds."""
    add_keys(request, f"thread:{page.pk}", f"article:{page.pk}", CommunitySettings.cache_key)
    if (seconds := threads.seconds_until_change(page, view.settings)) is not None:
        limit_lifetime(request, seconds)


@require_safe
def thread_fragment(request, page_id: int):
    """The thread as an HTML fragment for the article page's script: the same bytes for every reader.

    While reading needs a login, readers get the login prompt here; members ask with the daily key of
    `thread_me`, at an address of their own that every member shares.
    """
    page = threads.thread_page_of(page_id)
    if page is None:
        raise Http404(_("Dit artikel bestaat niet (meer)."))
    key = request.GET.get("sleutel", "")
    if key and not threads.valid_members_key(page.pk, key):
        # An old or forged key: the member's script asks `thread_me` again for today's.
        return HttpResponse(status=403)
    if not key:
        summary = threads.summary(page)
        if not summary.settings.open_reading:
            cache_thread(request, page, summary)
            context = thread_context(request, page, summary, "public")
            return render(request, "community/thread_locked.html", context)
    sort, questions, number = threads.parse_view(request.GET)
    view = threads.load(page, sort, questions, number)
    cache_thread(request, page, view)
    mode = "members" if key else "public"
    return render(request, "community/thread.html", thread_context(request, page, view, mode))


def thread_page(request, page):
    """`<article>/reacties/`: the thread as a page of its own, for readers without JavaScript.

    Public for anonymous readers (cached); personal for a member (forms with their token, their respect,
    their waiting comments), which the page cache and Varnish never keep nor serve to anyone else.
    """
    return thread_page_response(request, page)


def thread_page_response(request, page, status=200, error="", draft=None):
    sort, questions, number = threads.parse_view(request.GET)
    view = threads.load(page, sort, questions, number)
    if request.user.is_authenticated:
        mark_private(request)
        context = thread_context(
            request,
            page,
            view,
            "personal",
            me=personal(request.user, page, view),
            error=error,
            draft=draft or {},
        )
        return render(request, "community/thread_page.html", context, status=status)
    cache_thread(request, page, view)
    mode = "public" if view.settings.open_reading else "locked"
    return render(
        request, "community/thread_page.html", thread_context(request, page, view, mode), status=status
    )


@never_cache
@require_GET
def thread_me(request, page_id: int):
    """The personal part of a thread for the article page's script: never cached, small, JSON.

    Who is logged in, the CSRF token, the members' fragment address, whether they may post now, their
    respect and reports, their own comments (editable ones, and those waiting or rejected, with why), and
    the members they ignore.
    """
    page = threads.thread_page_of(page_id)
    if page is None:
        return json_error("unknown_article", _("Dit artikel bestaat niet (meer)."), 404)
    settings = comments.site_settings(page)
    fragment = reverse("community:thread", args=[page.pk])
    if not request.user.is_authenticated:
        return JsonResponse(
            {
                "member": None,
                "fragment": fragment if settings.open_reading else None,
                "login": threads.login_url(page),
            }
        )
    me = personal(request.user, page, threads.summary(page))
    return JsonResponse(
        {
            "member": me["member"],
            "links": {"account": reverse("community:home"), "logout": reverse("account_logout")},
            "csrf_token": get_token(request),
            "fragment": f"{fragment}?sleutel={threads.members_key(page.pk)}",
            "may_post": me["may_post"],
            "closed": me["closed"],
            "respected": sorted(me["respected"]),
            "reported": sorted(me["reported"]),
            "mine": sorted(me["mine"]),
            "editable": sorted(me["editable"]),
            "ignored": sorted(me["ignored"]),
            "waiting": [
                {
                    "id": comment.pk,
                    "parent": comment.parent_id,
                    "html": str(text.to_html(comment.body)),
                    "note": comment.note,
                }
                for comment in me["waiting"]
            ],
        }
    )


def personal(user, page, view) -> dict:
    """Return what the thread looks like to this member: their actions, comments and ignores."""
    member = member_of(user)
    newsroom = services.is_newsroom(user)
    result = {
        "member": None,
        "respected": set(),
        "reported": set(),
        "mine": set(),
        "editable": set(),
        "ignored": set(),
        "waiting": [],
        "may_post": False,
        "closed": "",
    }
    state = view.state
    if member is None:
        # The newsroom gets its profile with its first comment (comments.member_of).
        result["member"] = {"id": None, "name": user.get_username(), "profile": None, "newsroom": newsroom}
        result["may_post"] = newsroom
        result["closed"] = "" if newsroom else _("Kies eerst een naam in je instellingen.")
        return result
    if not state.open and not newsroom:
        result["closed"] = state.reason
    elif member is not None and (
        suspended := checks.suspended_member(
            checks.Submission(member, view.thread, page, "", view.settings, state, newsroom)
        )
    ):
        result["closed"] = suspended.message
    else:
        result["may_post"] = True
    result["member"] = {
        "id": member.pk,
        "name": member.display_name,
        "profile": member.get_absolute_url(),
        "newsroom": newsroom,
    }
    result["ignored"] = set(Ignore.objects.filter(member=member).values_list("ignored_id", flat=True))
    if view.thread is None:
        return result
    for comment_id, kind in CommentAction.objects.filter(
        member=member, comment__thread=view.thread
    ).values_list("comment_id", "kind"):
        result["respected" if kind == ActionKind.RESPECT else "reported"].add(comment_id)
    now = timezone.now()
    own = Comment.objects.filter(thread=view.thread, author=member, deleted_at__isnull=True).order_by(
        "-created_at"
    )
    rejected_by_moderators = set()
    for comment in own:
        result["mine"].add(comment.pk)
        if now - comment.created_at <= comments.EDIT_WINDOW and comment.status != Status.REJECTED:
            result["editable"].add(comment.pk)
        if not comment.is_visible:
            result["waiting"].append(comment)
    if any(comment.status == Status.REJECTED for comment in result["waiting"]):
        rejected_by_moderators = set(
            ModerationAction.objects.filter(
                comment__in=[c for c in result["waiting"] if c.status == Status.REJECTED],
                kind=AuditKind.REJECT,
            ).values_list("comment_id", flat=True)
        )
    for comment in result["waiting"]:
        comment.note = waiting_note(comment, comment.pk in rejected_by_moderators)
    return result


def waiting_note(comment, rejected_by_moderator: bool) -> str:
    """Return what a member is told about their own comment that does not show.

    A moderator's rejection names the house rule; one by the word filters reads as waiting, so a spammer
    learns nothing from it (krant.community.checks).
    """
    if comment.status == Status.REJECTED and rejected_by_moderator:
        rule = HouseRule(comment.status_reason).label if comment.status_reason in HouseRule.values else ""
        if rule:
            return _("Afgewezen door de moderatie: %(rule)s.") % {"rule": rule}
        return _("Afgewezen door de moderatie.")
    return _("Alleen jij ziet deze reactie: ze wacht op goedkeuring door de moderatie.")


# The writes: one comments.* call each ------------------------------------------------------------------


def wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def json_error(code: str, message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": {"code": code, "message": message}}, status=status)


def member_write(view):
    """Guard a write: POST only, never cached, a login (401 JSON for the script, else the login page)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            message = _("Log in om mee te praten.")
            if wants_json(request):
                return json_error("login_required", message, 401)
            back = safe_next(request) or reverse("community:home")
            return redirect(f"{reverse('account_login')}?{urlencode({'next': back})}")
        return view(request, *args, **kwargs)

    return never_cache(require_POST(wrapped))


def safe_next(request) -> str:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return ""


def done(request, page, comment, message: str, **data):
    """Answer a successful write: JSON for the script, else back to the thread (303) with a message."""
    if wants_json(request):
        return JsonResponse(
            {"ok": True, "message": message, "comment": comment.pk if comment else None, **data}
        )
    messages.success(request, message)
    target = safe_next(request) or (
        threads.comments_page_url(page) if page is not None else reverse("community:home")
    )
    if comment is not None and comment.is_visible and not comment.is_deleted and "#" not in target:
        target += f"#reactie-{comment.pk}"
    return HttpResponseRedirect(target, status=303)


def refused(request, error: Refused, page=None, draft=None):
    """Answer a refused write: the JSON error shape for the script, else the thread with the message."""
    if wants_json(request):
        return json_error(error.code, error.message, error.status)
    if page is not None:
        if draft:
            draft = {**draft, "tekst": printable(draft.get("tekst", ""))}
        return thread_page_response(request, page, status=error.status, error=error.message, draft=draft)
    return render(request, "community/refused.html", {"message": error.message}, status=error.status)


def printable(value: str) -> str:
    """Return the member's text without the characters no HTML page may hold, to give it back to fix."""
    return "".join(
        char for char in value if char in "\n\t" or unicodedata.category(char) not in ("Cc", "Cs", "Co", "Cn")
    )


def comment_or_refused(comment_id: int) -> Comment:
    comment = Comment.objects.select_related("thread").filter(pk=comment_id).first()
    if comment is None:
        raise Refused(_("Deze reactie bestaat niet (meer)."), "unknown_comment", 404)
    return comment


def page_of(comment):
    return threads.thread_page_of(comment.thread.page_id) if comment is not None else None


def posted_message(comment) -> str:
    if comment.is_visible:
        return _("Je reactie staat online.")
    return _("Je reactie is ontvangen en wacht op goedkeuring door de moderatie.")


@member_write
@limits.limited(limits.COMMENT)
def post_comment(request):
    """Place a comment, a reply (`antwoord_op`) or a question to the newsroom (`vraag`)."""
    draft = {"tekst": request.POST.get("tekst", ""), "antwoord_op": request.POST.get("antwoord_op", "")}
    try:
        page_id = int(request.POST.get("artikel", ""))
    except ValueError:
        page_id = 0
    page = threads.thread_page_of(page_id)
    if page is None:
        return refused(request, Refused(_("Dit artikel bestaat niet (meer)."), "unknown_article", 404))
    parent = None
    try:
        if draft["antwoord_op"]:
            if not draft["antwoord_op"].isdigit():
                raise Refused(_("Deze reactie bestaat niet (meer)."), "unknown_comment", 404)
            parent = comment_or_refused(int(draft["antwoord_op"]))
        comment = comments.post(
            request.user, page, draft["tekst"], parent=parent, question=request.POST.get("vraag") == "1"
        )
    except Refused as error:
        return refused(request, error, page, draft)
    return done(request, page, comment, posted_message(comment))


@member_write
@limits.limited(limits.COMMENT)
def edit_comment(request, comment_id: int):
    draft = {"tekst": request.POST.get("tekst", ""), "bewerk": str(comment_id)}
    comment = Comment.objects.select_related("thread").filter(pk=comment_id).first()
    page = page_of(comment)
    try:
        if comment is None:
            raise Refused(_("Deze reactie bestaat niet (meer)."), "unknown_comment", 404)
        comment = comments.edit(request.user, comment_id, draft["tekst"])
    except Refused as error:
        return refused(request, error, page, draft)
    message = _("Je reactie is bijgewerkt.") if comment.is_visible else posted_message(comment)
    return done(request, page, comment, message)


@member_write
@limits.limited(limits.DELETE)
def delete_comment(request, comment_id: int):
    comment = Comment.objects.select_related("thread").filter(pk=comment_id).first()
    page = page_of(comment)
    try:
        if comment is None:
            raise Refused(_("Deze reactie bestaat niet (meer)."), "unknown_comment", 404)
        comments.delete(request.user, comment_id)
    except Refused as error:
        return refused(request, error, page)
    return done(request, page, None, _("Je reactie is verwijderd."))


@member_write
@limits.limited(limits.RESPECT)
def respect(request, comment_id: int):
    """Give respect, or with `intrekken` take it back."""
    comment = Comment.objects.select_related("thread").filter(pk=comment_id).first()
    page = page_of(comment)
    try:
        if request.POST.get("intrekken"):
            comment = comments.withdraw_respect(request.user, comment_id)
            message = _("Je respect is ingetrokken.")
        else:
            comment = comments.give_respect(request.user, comment)
            message = _("Je gaf respect.")
    except Refused as error:
        return refused(request, error, page)
    return done(request, page, None, message, respect_count=comment.respect_count)


@member_write
@limits.limited(limits.REPORT)
def report(request, comment_id: int):
    comment = Comment.objects.select_related("thread").filter(pk=comment_id).first()
    page = page_of(comment)
    try:
        comments.report(
            request.user, comment_id, request.POST.get("reden", ""), request.POST.get("toelichting", "")
        )
    except Refused as error:
        return refused(request, error, page)
    return done(request, page, None, _("Bedankt: een moderator bekijkt je melding."))


@member_write
@limits.limited(limits.RESPECT)
def ignore(request, pk: int):
    """Ignore a member (their comments fold away for you), or with `opheffen` see them again."""
    other = Member.objects.filter(pk=pk).first()
    page = None
    if (thread_id := request.POST.get("artikel", "")).isdigit():
        page = threads.thread_page_of(int(thread_id))
    try:
        if other is None:
            raise Refused(_("Dit lid bestaat niet (meer)."), "unknown_member", 404)
        if request.POST.get("opheffen"):
            comments.unignore(request.user, other)
            message = _("Je ziet de reacties van %(name)s weer.") % {"name": other.display_name}
        else:
            comments.ignore(request.user, other)
            message = _("Je ziet de reacties van %(name)s niet meer.") % {"name": other.display_name}
    except Refused as error:
        return refused(request, error, page)
    return done(request, page, None, message)
