"""The API's endpoints: read-only, the same bytes for every client, throttled per address.

Only live, public pages are shown. An unknown, draft or private id is a 404; a withdrawn article a 410,
as on the reader site. Every list costs the same few queries however long it is: articles come with their
section and lead image joined, and the renditions of all images in a response are read in one query.
"""

from functools import cache

from django.http import HttpRequest
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiJsonRenderer, OpenApiJsonRenderer2
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.models import Site

from krant.api import blocks, images, links, serializers
from krant.api.errors import Gone, ParameterNotFound
from krant.api.pagination import (
    BY_TITLE,
    NEWEST_FIRST,
    NEWEST_UPDATE_FIRST,
    NEWEST_VIDEO_FIRST,
    OLDEST_CHANGE_FIRST,
    TREE_ORDER,
    UPDATES_SINCE,
    keyset_page,
    offset_page,
)
from krant.api.parameters import (
    ArticleParameters,
    DossierParameters,
    LiveUpdateParameters,
    MostReadParameters,
    Parameters,
    SearchParameters,
)
from krant.api.throttling import AnonThrottle
from krant.authors.models import AuthorPage
from krant.community.models import Thread
from krant.core.pagecache import add_keys, keys_for_articles
from krant.liveblogs.models import LiveBlogPage
from krant.news import readership
from krant.news.models import (
    MOST_READ_HOURS,
    ArticleAuthor,
    ArticleCorrection,
    ArticlePage,
    DossierPage,
    HomePage,
    RelatedArticle,
    SectionPage,
    published_articles,
    top_stories,
)
from krant.news.readership import MAX_ARTICLE_ID
from krant.search.services import (
    ArticleSearch,
    SearchError,
    SearchUnavailable,
    search_articles,
    server_answers,
    snippet,
)
from krant.search.views import search_limit
from krant.video.models import Video, VideoIndexPage

FIRST_PAGE = HttpRequest()  # news.models.top_stories shows them on a listing's first page only

ERRORS = {
    400: OpenApiResponse(
        serializers.ErrorSerializer,
        "A query parameter is wrong (see `error.fields`), or a `cursor` is not one this API wrote.",
    ),
    401: OpenApiResponse(
        serializers.ErrorSerializer,
        "The site's comments are for its members: send a member's key (Authorization: Token <key>).",
    ),
    404: OpenApiResponse(
        serializers.ErrorSerializer,
        "No such object, or it is not published; for a list, a parameter names no such object "
        "(see `error.fields`).",
    ),
    410: OpenApiResponse(serializers.ErrorSerializer, "The article was published once and withdrawn."),
    429: OpenApiResponse(
        serializers.ErrorSerializer, "Too many requests from this address; see Retry-After."
    ),
    500: OpenApiResponse(serializers.ErrorSerializer, "Our fault; try again later."),
    503: OpenApiResponse(serializers.ErrorSerializer, "The search server did not answer; try again later."),
}
HEADERS = [
    OpenApiParameter(
        "Cache-Control",
        str,
        OpenApiParameter.HEADER,
        required=True,
        response=[200],
        description="`public, max-age=60`: any cache may keep the response for a minute.",
    ),
    OpenApiParameter(
        "ETag",
        str,
        OpenApiParameter.HEADER,
        required=True,
        response=[200],
        description="Send it back in If-None-Match; an unchanged response is then a 304 without body.",
    ),
    OpenApiParameter(
        "Retry-After",
        int,
        OpenApiParameter.HEADER,
        required=True,
        response=[429],
        description="Seconds to wait before the next request.",
    ),
]


def documented(operation_id: str, ok, *statuses: int, parameters=None, **kwargs):
    """Describe an endpoint: its 200 response, the errors it can answer, its parameters and headers."""
    responses = {200: ok, **{status: ERRORS[status] for status in (*statuses, 429, 500)}}
    return extend_schema(
        operation_id=operation_id, responses=responses, parameters=[*(parameters or []), *HEADERS], **kwargs
    )


def id_parameter(what: str) -> OpenApiParameter:
    return OpenApiParameter(
        "id",
        {"type": "integer", "format": "int64", "minimum": 1, "maximum": MAX_ARTICLE_ID},
        OpenApiParameter.PATH,
        description=f"The {what}'s id.",
    )


class ApiView(APIView):
    """Read-only, public, throttled per address; errors as JSON (krant.api.errors)."""

    http_method_names = ["get", "head"]
    authentication_classes = []  # the same answer for everybody: nothing personal, no cookies read
    permission_classes = []
    throttle_classes = [AnonThrottle]
    renderer_classes = [JSONRenderer]
    parser_classes = []
    metadata_class = None  # OPTIONS is not offered: a 405 like any other method but GET and HEAD

    def parameters(self, serializer_class) -> dict:
        """Return the checked query parameters; raise a 400 naming the bad ones, or a 404 when the only
        fault is an id that names no published page.

        A parameter given without a value (?section=) is refused rather than read as absent (DRF's form
        habit): the schema says what each takes, and a client sending nothing meant something else.
        """
        query = self.request.query_params
        blank = [name for name in serializer_class().fields if name in query and not query[name].strip()]
        if blank:
            message = _("Geef een waarde, of laat de parameter weg.")
            raise exceptions.ValidationError({name: [message] for name in blank})
        parameters = serializer_class(data=query)
        if not parameters.is_valid():
            codes = [detail.code for details in parameters.errors.values() for detail in details]
            if all(code == "unknown" for code in codes):
                raise ParameterNotFound(parameters.errors)
            raise exceptions.ValidationError(parameters.errors)
        return parameters.validated_data

    def context(self) -> dict:
        return {"request": self.request._request}

    def home(self) -> HomePage:
        """Return the front page of the site asked for; a 404 when it has none that is published."""
        site = Site.find_for_request(self.request._request)
        home = HomePage.objects.live().filter(pk=site.root_page_id).first() if site else None
        if home is None:
            raise exceptions.NotFound(_("Deze site heeft (nog) geen gepubliceerde voorpagina."))
        return home

    def teasers(self, articles, serializer_class=serializers.ArticleTeaserSerializer) -> list[dict]:
        images.prefetch_renditions(article.lead_image for article in articles)
        return serializer_class(articles, many=True, context=self.context()).data

    def article(self, pk: int, shown: bool = True) -> ArticlePage:
        """Return the published article `pk`; a 410 for a withdrawn one, else a 404.

        Without `shown`, for a write under it, only what the community's rules ask of it is read.
        """
        not_found = exceptions.NotFound(_("Er is geen gepubliceerd artikel met id %(id)s.") % {"id": pk})
        if pk > MAX_ARTICLE_ID:
            raise not_found  # no article has such an id, and the database could not compare it
        articles = ArticlePage.objects.published()
        if shown:
            articles = articles.select_related("home_section", "lead_image")
        else:
            articles = articles.only(*ArticlePage.COMMENT_RULE_FIELDS)
        try:
            return articles.get(pk=pk)  # not first(): ordering a single row costs a write 0.8 ms of CPU
        except ArticlePage.DoesNotExist:
            pass
        if ArticlePage.objects.withdrawn().filter(pk=pk).exists():
            raise Gone(_("Dit artikel is ingetrokken en niet meer te lezen."))
        raise not_found

    def page_or_404(self, queryset, pk: int, message: str):
        page = queryset.live().public().filter(pk=pk).first() if pk <= MAX_ARTICLE_ID else None
        if page is None:
            raise exceptions.NotFound(message)
        return page


ENDPOINTS = {
    "front_page": "front-page",
    "articles": "article-list",
    "most_read": "most-read",
    "sections": "section-list",
    "dossiers": "dossier-list",
    "authors": "author-list",
    "search": "search",
    "videos": "video-list",
    "podcast_episodes": "podcast-episode-list",
    "scores": "scores-competition-list",
    "fact_checks": "fact-check-list",
    "predictions": "predictions-game-list",
    "puzzles": "puzzle-list",
    "shop_categories": "shop-category-list",
    "shop_products": "shop-product-list",
    "woord": "woord-today",
}


class IndexView(ApiView):
    """The list of endpoints and the address of this schema."""

    @documented(
        "index", serializers.IndexSerializer, summary="What this API offers, with the address of each list."
    )
    def get(self, request):
        return Response(
            {
                "name": "krant",
                "version": "v1",
                "schema": links.api_url("openapi"),
                "endpoints": {key: links.api_url(name) for key, name in ENDPOINTS.items()},
            }
        )


class FrontPageView(ApiView):
    """The front page block by block, as the site shows it: the opening story, the desk's top stories,
    the latest and most read articles, and the newest articles of each ongoing dossier and menu section."""

    @documented(
        "front_page",
        serializers.FrontPageSerializer,
        404,
        summary="The front page: opening story, top stories, latest, most read, dossiers and sections.",
    )
    def get(self, request):
        home = self.home()
        context = home.get_context(request._request)  # exactly what the site's front page shows
        dossier_blocks, section_blocks = context["dossier_strips"], context["section_blocks"]
        lead = context["lead"] or None  # the page loads it lazily; the serializer needs the article or None
        articles = [
            *([lead] if lead else []),
            *context["top_stories"],
            *context["latest"],
            *context["most_read"],
            *(article for _, block in dossier_blocks + section_blocks for article in block),
        ]
        images.prefetch_renditions(article.lead_image for article in articles)
        data = {
            "lead": lead,
            "top_stories": context["top_stories"],
            "latest": context["latest"],
            "most_read": context["most_read"],
            "dossiers": [{"dossier": dossier, "articles": block} for dossier, block in dossier_blocks],
            "sections": [{"section": section, "articles": block} for section, block in section_blocks],
            "latest_url": links.api_url("article-list"),
            "most_read_url": links.api_url("most-read"),
        }
        return Response(serializers.FrontPageSerializer(data, context=self.context()).data)


class ArticleListView(ApiView):
    """All published articles, newest first. Filters combine: section, dossier, author, label."""

    @documented(
        "list_articles",
        serializers.ArticleListSerializer,
        400,
        404,
        parameters=[ArticleParameters],
        summary="Articles, newest first ('Net binnen'), optionally of one section, dossier, author or label.",
    )
    def get(self, request):
        parameters = self.parameters(ArticleParameters)
        section = parameters.get("section")
        articles = section.articles() if section else published_articles()
        if dossier := parameters.get("dossier"):
            articles = articles.filter(dossiers=dossier)
        if author := parameters.get("author"):
            # A subquery, not a join: an author named twice in a byline must not list the article twice.
            articles = articles.filter(
                pk__in=ArticleAuthor.objects.filter(author=author).values("article_id")
            )
        if label := parameters.get("label"):
            articles = articles.filter(label=label)
        articles = articles.filter(first_published_at__isnull=False)  # the key of the order
        order, count = NEWEST_FIRST, None
        if (since := parameters.get("updated_since")) is not None:
            # Counted only here: a sync window is a range of an indexed column (news migration
            # 0004_api_last_published_index), where the whole archive would be counted on every page.
            articles = articles.filter(last_published_at__gte=since)
            order, count = OLDEST_CHANGE_FIRST, articles.count()
        page = keyset_page(request, articles, order, parameters["limit"], parameters.get("cursor"))
        add_keys(request, "latest", *keys_for_articles(page.items))  # every publish changes a list
        return Response({"count": count, "results": self.teasers(page.items), "next": page.next})


class ArticleDetailView(ApiView):
    """One article, whole: byline, sections, dossiers, lead image, the body as typed blocks, corrections,
    related articles. A withdrawn article answers 410; a draft or unknown id 404."""

    serializer_class = serializers.ArticleSerializer  # a fact check's view says more (krant.api.factchecks)

    @documented(
        "get_article",
        serializers.ArticleSerializer,
        404,
        410,
        parameters=[id_parameter("article")],
        summary="A whole article, the body as typed blocks.",
    )
    def get(self, request, pk: int):
        add_keys(request, f"article:{pk}")  # a 404 or 410 too: publishing the article ends it
        article = self.shown_article(pk)
        article.byline_authors = [
            link.author
            for link in ArticleAuthor.objects.filter(article=article)
            .select_related("author")
            .order_by("sort_order")
        ]
        article.extra_sections = list(
            SectionPage.objects.live().public().filter(extra_articles=article).order_by("path")
        )
        article.live_dossiers = list(
            DossierPage.objects.live().public().filter(articles_in_dossier=article).order_by("title", "pk")
        )
        article.correction_list = list(
            ArticleCorrection.objects.filter(article=article).order_by("sort_order", "corrected_at")
        )
        related_ids = list(
            RelatedArticle.objects.filter(article=article)
            .order_by("sort_order")
            .values_list("related_id", flat=True)
        )
        related = published_articles().in_bulk(related_ids)
        article.related_articles = [related[key] for key in dict.fromkeys(related_ids) if key in related]
        body = list(article.body)  # the images of all image blocks in one query
        images.prefetch_renditions(
            [
                article.lead_image,
                *blocks.body_images(body),
                *(item.lead_image for item in article.related_articles),
            ]
        )
        article.body_blocks = blocks.serialize_body(body, request._request)
        article.comments_close_at = comments_close_at(article)
        add_keys(request, f"thread:{pk}")  # the comment count
        article.comment_count = (
            Thread.objects.filter(page_id=pk).values_list("comment_count", flat=True).first() or 0
        )
        named = [article.home_section, *article.extra_sections, *article.live_dossiers]
        named += article.byline_authors
        add_keys(request, *(f"page:{page.pk}" for page in named))
        add_keys(request, *keys_for_articles(article.related_articles))
        return Response(self.serializer_class(article, context=self.context()).data)

    def shown_article(self, pk: int) -> ArticlePage:
        return self.article(pk)


def comments_close_at(article: ArticlePage):
    """Return when comments on `article` close (as ArticlePage.comments_open decides), or None if never."""
    return article.comments_closing_time()


class LiveUpdateListView(ApiView):
    """A liveblog's updates: all, newest first, or with `since` the ones after an id, for apps that poll."""

    @documented(
        "list_liveblog_updates",
        serializers.LiveUpdateListSerializer,
        400,
        404,
        parameters=[id_parameter("liveblog"), LiveUpdateParameters],
        summary="A liveblog's updates, newest first; with `since`, the new ones after an id, oldest first.",
    )
    def get(self, request, pk: int):
        add_keys(request, f"liveblog:{pk}", f"article:{pk}")  # a 404 too: publishing it ends the 404
        parameters = self.parameters(LiveUpdateParameters)
        liveblog = self.page_or_404(
            LiveBlogPage.objects.published(),
            pk,
            _("Er is geen gepubliceerd liveblog met id %(id)s.") % {"id": pk},
        )
        updates = liveblog.updates.select_related("image")
        keyset = NEWEST_UPDATE_FIRST
        if (since := parameters.get("since")) is not None:
            updates, keyset = updates.filter(pk__gt=since), UPDATES_SINCE
        page = keyset_page(request, updates, keyset, parameters["limit"], parameters.get("cursor"))
        images.prefetch_renditions(update.image for update in page.items)
        context = {**self.context(), "liveblog_url": links.page_url(liveblog, request._request)}
        results = serializers.LiveUpdateSerializer(page.items, many=True, context=context).data
        return Response({"open": liveblog.is_open(), "results": results, "next": page.next})


class MostReadView(ApiView):
    """The articles read most in the last 24 hours, most read first (ranked anew every minute)."""

    @documented(
        "most_read",
        serializers.MostReadSerializer,
        400,
        404,
        parameters=[MostReadParameters],
        summary="The most read articles of the last 24 hours ('Meest gelezen').",
    )
    def get(self, request):
        parameters = self.parameters(MostReadParameters)
        articles = readership.most_read(
            MOST_READ_HOURS, section=parameters.get("section"), limit=parameters["limit"]
        )
        add_keys(request, "most-read", *keys_for_articles(articles))
        return Response({"hours": MOST_READ_HOURS, "results": self.teasers(articles)})


class SectionListView(ApiView):
    """Every section, in the order of the site's tree: a subsection follows its parent."""

    @documented(
        "list_sections",
        serializers.SectionListSerializer,
        400,
        404,
        parameters=[Parameters],
        summary="All sections, in the order of the site's tree: each after its parent.",
    )
    def get(self, request):
        parameters = self.parameters(Parameters)
        add_keys(request, "menus")  # a section's publish, move or removal purges the menus
        sections = SectionPage.objects.live().public().descendant_of(self.home())
        page = keyset_page(request, sections, TREE_ORDER, parameters["limit"], parameters.get("cursor"))
        parent_paths = {section.path[: -SectionPage.steplen] for section in page.items}
        parents = SectionPage.objects.live().public().filter(path__in=parent_paths)
        parents = {parent.path: parent for parent in parents}
        for section in page.items:
            section.parent_section = parents.get(section.path[: -SectionPage.steplen])
        data = serializers.SectionSerializer(page.items, many=True, context=self.context()).data
        return Response({"results": data, "next": page.next})


class SectionDetailView(ApiView):
    """A section with its parent, subsections and top stories. Its articles: follow `articles`."""

    @documented(
        "get_section",
        serializers.SectionDetailSerializer,
        404,
        parameters=[id_parameter("section")],
        summary="A section with its subsections and top stories; `articles` lists all its articles.",
    )
    def get(self, request, pk: int):
        add_keys(request, f"page:{pk}", f"section:{pk}")
        section = self.page_or_404(
            SectionPage.objects, pk, _("Er is geen rubriek met id %(id)s.") % {"id": pk}
        )
        parent_path = section.path[: -SectionPage.steplen]
        section.parent_section = SectionPage.objects.live().public().filter(path=parent_path).first()
        section.subsections = list(SectionPage.objects.live().public().child_of(section))
        section.featured = top_stories(section, FIRST_PAGE)
        add_keys(request, *keys_for_articles(section.featured))
        images.prefetch_renditions(article.lead_image for article in section.featured)
        return Response(serializers.SectionDetailSerializer(section, context=self.context()).data)


class DossierListView(ApiView):
    """Every dossier, by title; `active=true` gives the ongoing ones."""

    @documented(
        "list_dossiers",
        serializers.DossierListSerializer,
        400,
        parameters=[DossierParameters],
        summary="All dossiers, by title.",
    )
    def get(self, request):
        parameters = self.parameters(DossierParameters)
        add_keys(request, "menus")  # a dossier's publish, move or removal purges the menus
        dossiers = DossierPage.objects.live().public().select_related("lead_image")
        if "active" in parameters:
            dossiers = dossiers.filter(is_active=parameters["active"] == "true")
        page = keyset_page(request, dossiers, BY_TITLE, parameters["limit"], parameters.get("cursor"))
        images.prefetch_renditions(dossier.lead_image for dossier in page.items)
        data = serializers.DossierSerializer(page.items, many=True, context=self.context()).data
        return Response({"results": data, "next": page.next})


class DossierDetailView(ApiView):
    """A dossier with its top stories. Its articles: follow `articles`."""

    @documented(
        "get_dossier",
        serializers.DossierDetailSerializer,
        404,
        parameters=[id_parameter("dossier")],
        summary="A dossier with its top stories; `articles` lists all its articles.",
    )
    def get(self, request, pk: int):
        add_keys(request, f"page:{pk}", f"dossier:{pk}")
        queryset = DossierPage.objects.select_related("lead_image")
        dossier = self.page_or_404(queryset, pk, _("Er is geen dossier met id %(id)s.") % {"id": pk})
        dossier.featured = top_stories(dossier, FIRST_PAGE)
        add_keys(request, *keys_for_articles(dossier.featured))
        images.prefetch_renditions(
            [dossier.lead_image, *(article.lead_image for article in dossier.featured)]
        )
        return Response(serializers.DossierDetailSerializer(dossier, context=self.context()).data)


class AuthorListView(ApiView):
    """The newsroom's authors, by name."""

    @documented(
        "list_authors",
        serializers.AuthorListSerializer,
        400,
        parameters=[Parameters],
        summary="The newsroom's authors, by name.",
    )
    def get(self, request):
        parameters = self.parameters(Parameters)
        add_keys(request, "authors")
        authors = AuthorPage.objects.live().public().select_related("photo")
        page = keyset_page(request, authors, BY_TITLE, parameters["limit"], parameters.get("cursor"))
        images.prefetch_renditions(author.photo for author in page.items)
        data = serializers.AuthorSerializer(page.items, many=True, context=self.context()).data
        return Response({"results": data, "next": page.next})


class AuthorDetailView(ApiView):
    """An author with role, photo and bio. Their articles: follow `articles`."""

    @documented(
        "get_author",
        serializers.AuthorDetailSerializer,
        404,
        parameters=[id_parameter("author")],
        summary="An author; `articles` lists their articles.",
    )
    def get(self, request, pk: int):
        add_keys(request, f"page:{pk}")
        author = self.page_or_404(
            AuthorPage.objects.select_related("photo"), pk, _("Er is geen auteur met id %(id)s.") % {"id": pk}
        )
        images.prefetch_renditions([author.photo])
        return Response(serializers.AuthorDetailSerializer(author, context=self.context()).data)


def video_index_url() -> str:
    index = VideoIndexPage.objects.live().first()
    return index.url if index else "/video/"


class VideoListView(ApiView):
    """Published, processed clips, newest first, with their renditions and captions."""

    @documented(
        "list_videos",
        serializers.VideoListSerializer,
        400,
        parameters=[Parameters],
        summary="Video clips, newest first: each with its MP4 renditions, poster and WebVTT captions.",
    )
    def get(self, request):
        parameters = self.parameters(Parameters)
        add_keys(request, "videos")
        videos = Video.objects.visible()
        page = keyset_page(request, videos, NEWEST_VIDEO_FIRST, parameters["limit"], parameters.get("cursor"))
        context = {**self.context(), "video_index_url": video_index_url()}
        data = serializers.VideoSerializer(page.items, many=True, context=context).data
        return Response({"results": data, "next": page.next})


class VideoDetailView(ApiView):
    """One clip."""

    @documented(
        "get_video",
        serializers.VideoSerializer,
        404,
        parameters=[id_parameter("video")],
        summary="A video clip with its MP4 renditions, poster and WebVTT captions.",
    )
    def get(self, request, pk: int):
        add_keys(request, f"video:{pk}")
        video = Video.objects.visible().filter(pk=pk).first() if pk <= MAX_ARTICLE_ID else None
        if video is None:
            raise exceptions.NotFound(_("Er is geen video met id %(id)s.") % {"id": pk})
        context = {**self.context(), "video_index_url": video_index_url()}
        return Response(serializers.VideoSerializer(video, context=context).data)


class SearchServerDown(exceptions.APIException):
    status_code = 503
    default_detail = gettext_lazy("Zoeken lukt even niet. Probeer het over een paar minuten opnieuw.")
    default_code = "search_unavailable"


class SearchView(ApiView):
    """Search the published articles; best match first, or newest first with `order=date`.

    Results are ranked, so `next` holds an offset rather than a position: an article published while a
    client pages may shift a result from one page to the next. At most 10,000 results are reachable."""

    @documented(
        "search",
        serializers.SearchSerializer,
        400,
        404,
        503,
        parameters=[SearchParameters],
        summary="Search the articles, best match or newest first.",
    )
    def get(self, request):
        parameters = self.parameters(SearchParameters)
        query = parameters["q"]
        search = ArticleSearch(
            query=query,
            section=parameters.get("section"),
            dossier=parameters.get("dossier"),
            since=parameters.get("since"),
            until=parameters.get("until"),
            order=parameters["order"],
        )
        try:
            with server_answers():
                results = search_articles(search)
                # The site's search limit too, counted the same way: the API is no way around it.
                if wait := search_limit(request._request):
                    raise exceptions.Throttled(wait)
                total = results.count()
                page = offset_page(request, results, total, parameters["limit"], parameters.get("cursor"))
                for article in page.items:
                    article.search_snippet = snippet(article, query)
        except SearchError as error:
            raise exceptions.ValidationError({"q": [str(error)]}) from None
        except SearchUnavailable:
            raise SearchServerDown from None
        images.prefetch_renditions(article.lead_image for article in page.items)
        results = serializers.SearchResultSerializer(page.items, many=True, context=self.context()).data
        return Response({"query": query, "count": total, "results": results, "next": page.next})


class SchemaView(ApiView):
    """The OpenAPI 3 description of this API (drf-spectacular's), made once per process."""

    renderer_classes = [OpenApiJsonRenderer, OpenApiJsonRenderer2]

    @extend_schema(exclude=True)
    def get(self, request):
        return Response(openapi_schema())


@cache
def openapi_schema() -> dict:
    """Return the schema; it changes only with the code, and making it takes a good part of a second."""
    return SchemaGenerator().get_schema(request=None, public=True)


class NotFoundView(ApiView):
    """Any other address under /api/: a JSON 404 whatever the method (the site's own 404 is HTML)."""

    http_method_names = ["get", "head", "post", "put", "patch", "delete", "options", "trace"]

    @property
    def default_response_headers(self) -> dict:
        return {}  # no Allow header: nothing is allowed at an address that does not exist

    @extend_schema(exclude=True)
    def get(self, request, *args, **kwargs):
        path = request.path
        if not path.endswith("/") and is_api_endpoint(path + "/"):
            # As Django's APPEND_SLASH would, had this view not caught the address first.
            query = request.META.get("QUERY_STRING", "")
            return Response(
                status=301, headers={"Location": links.absolute(path + "/" + ("?" + query if query else ""))}
            )
        raise exceptions.NotFound(
            _("Dit adres bestaat niet in de API. Zie %(index)s.") % {"index": links.api_url("index")}
        )

    def http_method_not_allowed(self, request, *args, **kwargs):
        raise exceptions.NotFound(
            _("Dit adres bestaat niet in de API. Zie %(index)s.") % {"index": links.api_url("index")}
        )


def is_api_endpoint(path: str) -> bool:
    try:
        match = resolve(path)
    except Resolver404:
        return False
    return match.namespace == "api" and match.url_name != "not-found"
