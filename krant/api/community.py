"""The community in the API: an article's comments to read, and for members with a key, their writes.

Reading is public when the site's community settings open it to everyone (CommunitySettings.open_reading);
the answer is then the same bytes for every client, kept by the page cache under `thread:<article id>` and
purged with the thread. Otherwise, and for every write, a member's key is needed
(`Authorization: Token <key>`, krant.api.tokens), and the answer is private. The rules of each write are
krant.community.comments'; a refusal there is an error here, with its status and code.

A page lists top-level comments (keyset cursors, editor picks first); each carries its first replies as a
flat list with parent ids, and the address of the rest (`replies_next`), so no page grows without bound.
"""

from contextlib import contextmanager
from datetime import datetime, timedelta

from django.db.models import F, Q
from django.db.models.expressions import Window
from django.db.models.functions import Coalesce, RowNumber
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, status
from rest_framework.parsers import JSONParser
from rest_framework.response import Response

from krant.api import links, serializers, tokens
from krant.api.errors import Limited, Refusal
from krant.api.pagination import Keyset, encode, keyset_page
from krant.api.parameters import CommentParameters, Parameters
from krant.api.views import ERRORS, HEADERS, ApiView, documented, id_parameter
from krant.community import comments, limits
from krant.community.models import VISIBLE, Comment, CommunitySettings, Thread
from krant.core.cache import mark_private
from krant.core.pagecache import add_keys, limit_lifetime

REPLIES_SHOWN = 10  # replies carried by each top-level comment; `replies_next` has the rest
MAX_BODY_BYTES = 64 * 1024  # a comment is at most 10,000 characters: a request this large is no comment
MAX_COMMENT_ID = 2**63 - 1

SORTS = {
    "newest": Keyset("comments-newest", ("featured", "created_at", "pk"), descending=True),
    "oldest": Keyset("comments-oldest", ("-featured", "created_at", "pk")),
    "respect": Keyset("comments-respect", ("featured", "respect_count", "created_at", "pk"), descending=True),
}
REPLIES = Keyset("replies", ("created_at", "pk"))
OPTIONAL_KEY = [{"tokenAuth": []}, {}]  # reading: a member's key, or none when the site opens reading
TEXT_CODES = {"empty", "too_long", "control", "invisible", "invalid"}


class TooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "too_large"


class BoundedJSONParser(JSONParser):
    """JSON, read only up to MAX_BODY_BYTES: Django's upload limit does not cover DRF's reading."""

    def parse(self, stream, media_type=None, parser_context=None):
        if stream is None:
            return {}
        raw = stream.read(MAX_BODY_BYTES + 1)
        if len(raw) > MAX_BODY_BYTES:
            raise TooLarge(_("Dit verzoek is te groot."))
        return super().parse(_Bytes(raw), media_type, parser_context)


class _Bytes:
    """The body already read, as the file JSONParser reads from."""

    def __init__(self, raw: bytes):
        self.raw = raw

    def read(self, *args) -> bytes:
        raw, self.raw = self.raw, b""
        return raw


def error(status_code: int, description: str) -> OpenApiResponse:
    return OpenApiResponse(serializers.ErrorSerializer, description)


WRITE_ERRORS = {
    400: error(400, "The request body is wrong: see `error.code` and `error.fields`."),
    401: error(401, "No key, or a key that is not (or no longer) valid."),
    403: error(
        403, "A community rule forbids it (`error.code`: closed, suspended, own_comment, not_yours ...)."
    ),
    404: error(404, "No such published article or visible comment."),
    409: error(409, "Already done (already_respected, already_reported), or nothing to undo (no_respect)."),
    410: ERRORS[410],
    413: error(413, "The request body is too large."),
    415: error(415, "The body is not JSON."),
    429: error(429, "Too many writes from this account or address; see Retry-After."),
    500: ERRORS[500],
}
RETRY_AFTER = [header for header in HEADERS if header.name == "Retry-After"]


def documented_write(
    operation_id: str, ok_status: int, ok, *statuses: int, request=None, parameters=None, **kwargs
):
    """Describe a member's write: its answer, the errors it can give, the key it needs."""
    responses = {ok_status: ok, **{code: WRITE_ERRORS[code] for code in (*statuses, 401, 429, 500)}}
    return extend_schema(
        operation_id=operation_id,
        request=request,
        responses=responses,
        parameters=[*(parameters or []), *RETRY_AFTER],
        **kwargs,
    )


def comment_id_parameter() -> OpenApiParameter:
    return OpenApiParameter(
        "id",
        {"type": "integer", "format": "int64", "minimum": 1, "maximum": MAX_COMMENT_ID},
        OpenApiParameter.PATH,
        description="The comment's id.",
    )


@contextmanager
def refusals():
    """Turn a community rule's refusal into the API's error, with its status and code."""
    try:
        yield
    except comments.Refused as refused:
        error = Refusal(refused.message, refused.code, refused.status)
        if refused.code in TEXT_CODES:
            error.fields = {"body": [refused.message]}
        raise error from None
    except tokens.NoToken as refused:
        raise Refusal(refused.message, refused.code, 403) from None


class CommunityApiView(ApiView):
    """The community's endpoints: a member's key is read (when sent), JSON bodies are parsed."""

    authentication_classes = [tokens.MemberTokenAuthentication]
    parser_classes = [BoundedJSONParser]

    def initial(self, request, *args, **kwargs):
        if request.META.get("HTTP_AUTHORIZATION") or request.method not in ("GET", "HEAD"):
            mark_private(request._request)  # what a key opens is this member's, never a shared cache's
        super().initial(request, *args, **kwargs)

    def member(self):
        """Return the member whose key came with the request; a 401 without one."""
        if self.request.user is None:
            raise exceptions.NotAuthenticated()
        return self.request.user

    def limit(self, rules) -> None:
        """Count this write against the member's and the address's budgets; a 429 when one is spent."""
        if wait := limits.wait(self.request._request, rules):
            raise Limited(
                wait,
                _("Je doet dit te vaak. Probeer het over %(seconds)d seconden opnieuw.") % {"seconds": wait},
            )

    def body(self, serializer_class) -> dict:
        data = serializer_class(data=self.request.data)
        if not data.is_valid():
            raise exceptions.ValidationError(data.errors)
        return data.validated_data

    def may_read(self, article) -> None:
        """Raise a 401 when the site's comments are for members only and no member's key came."""
        add_keys(self.request, CommunitySettings.cache_key)
        if not comments.site_settings(article).open_reading and self.request.user is None:
            raise exceptions.NotAuthenticated(
                _("Alleen leden lezen de reacties: stuur 'Authorization: Token <sleutel>' mee.")
            )

    def comment_or_404(self, pk: int) -> Comment:
        """Return comment `pk` if its thread shows it (a tombstone included); else a 404."""
        comment = None
        if pk <= MAX_COMMENT_ID:
            comment = Comment.objects.shown().select_related("thread").filter(pk=pk).first()
        if comment is None:
            raise exceptions.NotFound(_("Er is geen reactie met id %(id)s.") % {"id": pk})
        return comment


def seconds_until_change(article, rules, state: comments.ThreadState, now: datetime) -> int | None:
    """Return the seconds until the thread opens or closes by the clock (closing time, night), or None."""
    moments = []
    if state.reopens_at is not None:
        moments.append(state.reopens_at)
    elif state.open:
        if (closes := article.comments_closing_time()) is not None:
            moments.append(closes)
        if rules.night_closing_start is not None and rules.night_closing_end is not None:
            local = timezone.localtime(now)
            start = local.replace(
                hour=rules.night_closing_start.hour,
                minute=rules.night_closing_start.minute,
                second=0,
                microsecond=0,
            )
            moments.append(start if start > local else start + timedelta(days=1))
    if not moments:
        return None
    return max(1, int((min(moments) - now).total_seconds()) + 1)


def with_replies(tops: list[Comment]) -> None:
    """Give each top-level comment its first REPLIES_SHOWN replies and the address of the others.

    One query for the whole page: the replies are numbered per top-level comment (a window function),
    and only the first REPLIES_SHOWN + 1 of each are read; the extra one says whether there are more.
    """
    ids = [top.pk for top in tops if top.depth == 0]
    found: dict[int, list[Comment]] = {pk: [] for pk in ids}
    if ids:
        replies = (
            Comment.objects.shown()
            .filter(parent__isnull=False)
            .annotate(root=Coalesce("parent__parent_id", "parent_id"))
            .filter(root__in=ids)
            .annotate(
                position=Window(
                    RowNumber(), partition_by=[F("root")], order_by=[F("created_at").asc(), F("pk").asc()]
                )
            )
            .filter(position__lte=REPLIES_SHOWN + 1)
            .select_related("author")
            .order_by("root", "position")
        )
        for reply in replies:
            found[reply.root].append(reply)
    for top in tops:
        replies = found.get(top.pk, [])
        top.first_replies = replies[:REPLIES_SHOWN]
        top.more_replies = None
        if len(replies) > REPLIES_SHOWN:
            cursor = encode(REPLIES.values(top.first_replies[-1]))
            top.more_replies = links.api_url("comment-replies", top.pk, query={"cursor": cursor})


def author_keys(request, shown: list[Comment]) -> None:
    """Declare the members named on the page: a new name or label purges it (krant.community.signals)."""
    add_keys(request, *{f"member:{comment.author_id}" for comment in shown if comment.author_id})


class ArticleCommentsView(CommunityApiView):
    """An article's comments (GET), and a member's new comment or reply (POST)."""

    http_method_names = ["get", "head", "post"]

    @documented(
        "list_comments",
        serializers.CommentListSerializer,
        400,
        401,
        404,
        410,
        parameters=[id_parameter("article"), CommentParameters],
        summary="An article's comments: top-level comments with their replies, editor picks first.",
        auth=OPTIONAL_KEY,
        description=(
            "Readable by anyone when the site opens its comments to everyone; otherwise a member's key is "
            "needed (401 without). Deleted comments with replies stay as tombstones (`deleted`)."
        ),
    )
    def get(self, request, pk: int):
        add_keys(request, f"thread:{pk}", f"article:{pk}")
        article = self.article(pk)
        self.may_read(article)
        parameters = self.parameters(CommentParameters)
        rules = comments.site_settings(article)
        now = timezone.now()
        state = comments.thread_state(article, rules, now)
        if (seconds := seconds_until_change(article, rules, state, now)) is not None:
            limit_lifetime(request, seconds)
        tops = (
            Comment.objects.shown().filter(thread__page_id=pk, parent__isnull=True).select_related("author")
        )
        page = keyset_page(
            request, tops, SORTS[parameters["sort"]], parameters["limit"], parameters.get("cursor")
        )
        with_replies(page.items)
        author_keys(request, [*page.items, *(reply for top in page.items for reply in top.first_replies)])
        count = Thread.objects.filter(page_id=pk).values_list("comment_count", flat=True).first() or 0
        data = {
            "count": count,
            "open": state.open,
            "closed_reason": state.reason or None,
            "results": page.items,
            "next": page.next,
        }
        return Response(serializers.CommentListSerializer(data, context=self.context()).data)

    @documented_write(
        "post_comment",
        201,
        serializers.MyCommentSerializer,
        400,
        403,
        404,
        410,
        413,
        415,
        request=serializers.NewCommentSerializer,
        summary="Post a comment, or with `parent` a reply, as the member whose key is sent.",
        description=(
            "Answered 201 with the comment and its `status`: `pending` when a moderator looks first (the "
            "article or site moderates beforehand, or a filter held it)."
        ),
    )
    def post(self, request, pk: int):
        user = self.member()
        self.limit(limits.COMMENT)
        data = self.body(serializers.NewCommentSerializer)
        article = self.article(pk, shown=False)
        parent = None
        if data.get("parent") is not None:
            parent = Comment.objects.filter(pk=data["parent"]).first()
            if parent is None:
                raise Refusal(_("Deze reactie bestaat niet (meer)."), "unknown_comment", 404)
        with refusals():
            comment = comments.post(user, article, data["body"], parent=parent, question=data["question"])
        comment.api_status = "published" if comment.status in VISIBLE else "pending"
        return Response(
            serializers.MyCommentSerializer(comment, context=self.context()).data,
            status=status.HTTP_201_CREATED,
        )


class RepliesView(CommunityApiView):
    """The replies to a top-level comment, oldest first: where `replies_next` leads."""

    @documented(
        "list_replies",
        serializers.ReplyListSerializer,
        400,
        401,
        404,
        parameters=[comment_id_parameter(), Parameters],
        summary="The replies to a top-level comment, oldest first, as a flat list with parent ids.",
        auth=OPTIONAL_KEY,
    )
    def get(self, request, pk: int):
        top = self.comment_or_404(pk)
        page_id = top.thread.page_id
        add_keys(request, f"thread:{page_id}", f"article:{page_id}")
        article = self.article(page_id) if top.depth == 0 else None
        if article is None:
            raise exceptions.NotFound(_("Er is geen reactie met id %(id)s.") % {"id": pk})
        self.may_read(article)
        parameters = self.parameters(Parameters)
        replies = (
            Comment.objects.shown().filter(Q(parent_id=pk) | Q(parent__parent_id=pk)).select_related("author")
        )
        page = keyset_page(request, replies, REPLIES, parameters["limit"], parameters.get("cursor"))
        author_keys(request, page.items)
        data = {"results": page.items, "next": page.next}
        return Response(serializers.ReplyListSerializer(data, context=self.context()).data)


class CommentView(CommunityApiView):
    """A member's own comment: deleting it leaves a tombstone while replies stand."""

    http_method_names = ["delete"]

    @documented_write(
        "delete_comment",
        204,
        None,
        403,
        404,
        parameters=[comment_id_parameter()],
        summary="Delete your own comment: its text goes; replies keep their place under a tombstone.",
    )
    def delete(self, request, pk: int):
        user = self.member()
        self.limit(limits.DELETE)
        if pk > MAX_COMMENT_ID:
            raise Refusal(_("Je kunt alleen je eigen reacties wijzigen."), "not_yours", 403)
        with refusals():
            comments.delete(user, pk)
        return Response(status=status.HTTP_204_NO_CONTENT)


class RespectView(CommunityApiView):
    """Respect for a comment: given once per member (POST), withdrawn (DELETE)."""

    http_method_names = ["post", "delete"]

    @documented_write(
        "give_respect",
        200,
        serializers.RespectSerializer,
        403,
        404,
        409,
        parameters=[comment_id_parameter()],
        summary="Give respect to a comment (once; not to your own).",
    )
    def post(self, request, pk: int):
        return self.respect(pk, comments.give_respect)

    @documented_write(
        "withdraw_respect",
        200,
        serializers.RespectSerializer,
        404,
        409,
        parameters=[comment_id_parameter()],
        summary="Take your respect back.",
    )
    def delete(self, request, pk: int):
        return self.respect(pk, lambda user, comment: comments.withdraw_respect(user, comment.pk))

    def respect(self, pk: int, action) -> Response:
        """Do `action(user, comment)` to comment `pk`; answer its respect count."""
        user = self.member()
        self.limit(limits.RESPECT)
        comment = self.comment_or_404(pk)
        with refusals():
            comment = action(user, comment)
        return Response({"respect_count": comment.respect_count})


class ReportsView(CommunityApiView):
    """Reports of a comment to the moderators, naming the house rule it breaks."""

    http_method_names = ["post"]

    @documented_write(
        "report_comment",
        201,
        serializers.ReportSerializer,
        400,
        403,
        404,
        409,
        413,
        415,
        request=serializers.NewReportSerializer,
        parameters=[comment_id_parameter()],
        summary="Report a comment to the moderators (once per member), with the house rule it breaks.",
    )
    def post(self, request, pk: int):
        user = self.member()
        self.limit(limits.REPORT)
        data = self.body(serializers.NewReportSerializer)
        comment = self.comment_or_404(pk)
        with refusals():
            comments.report(user, comment.pk, data["reason"], data.get("note", ""))
        return Response({"comment": comment.pk, "reason": data["reason"]}, status=status.HTTP_201_CREATED)


class TokenView(CommunityApiView):
    """A member's key for an app: asked for with email address and password (POST), revoked (DELETE)."""

    http_method_names = ["post", "delete"]

    def get_authenticators(self):
        # Logging in needs no key, and a stale key in the app must not stand in the way of a new one.
        request = getattr(self, "request", None)  # None while drf-spectacular describes the view
        return [] if request is not None and request.method == "POST" else super().get_authenticators()

    @extend_schema(
        operation_id="create_token",
        request=serializers.CredentialsSerializer,
        responses={
            201: serializers.TokenSerializer,
            400: error(400, "Not a valid email address and password, or they do not match an account."),
            403: error(403, "The address is not verified yet, or the account is the newsroom's."),
            413: WRITE_ERRORS[413],
            415: WRITE_ERRORS[415],
            429: error(429, "Too many logins from this address, or wrong passwords locked the account."),
            500: ERRORS[500],
        },
        parameters=RETRY_AFTER,
        auth=[],
        summary="Get the member's key for an app, with the email address and password of their account.",
        description=(
            "A new key for this app, shown once: the site keeps only its digest. It works until it is "
            "revoked (here, or on the member's settings page) or 90 days after its last use; a member has "
            "at most 10, and a new one beyond that retires the oldest. Wrong passwords lock the account "
            "and the address out for a while, as on the site."
        ),
    )
    def post(self, request):
        if wait := limits.wait(request._request, limits.LOGIN):
            raise Limited(
                wait,
                _("Te veel inlogpogingen vanaf je adres. Probeer het over %(minutes)d minuten opnieuw.")
                % {"minutes": max(wait // 60, 1)},
            )
        data = self.body(serializers.CredentialsSerializer)
        with refusals():
            user = tokens.member_for_credentials(request._request, data["email"], data["password"])
            if user is None:
                raise Refusal(
                    _("Dit e-mailadres en wachtwoord horen niet bij een account."), "invalid_credentials", 400
                )
            new = tokens.issue(user)
        return Response(serializers.TokenSerializer(new).data, status=status.HTTP_201_CREATED)

    @documented_write(
        "revoke_token", 204, None, summary="Revoke the key sent: the app using it is logged out."
    )
    def delete(self, request):
        tokens.revoke(self.member(), request.auth.digest)
        return Response(status=status.HTTP_204_NO_CONTENT)
