"""Fact checks in the API: the newest first (of one verdict, if asked), and one fact check whole: the
article with the claim, who made it, where and when, the verdict, the reasoning and the sources."""

from django.utils.translation import gettext as _
from rest_framework import exceptions, serializers
from rest_framework.response import Response

from krant.api.errors import Gone
from krant.api.pagination import NEWEST_FIRST, keyset_page
from krant.api.parameters import Parameters
from krant.api.serializers import ApiUrlField, ArticleSerializer, ArticleTeaserSerializer, NullableCharField
from krant.api.views import ApiView, ArticleDetailView, documented, id_parameter
from krant.core.pagecache import add_keys, keys_for_articles
from krant.factcheck.models import BEST_RATING, LISTING_KEY, WORST_RATING, Claimant, FactCheckPage, Verdict
from krant.news.readership import MAX_ARTICLE_ID


class VerdictSerializer(serializers.Serializer):
    code = serializers.ChoiceField(choices=Verdict.values, source="verdict")
    name = serializers.CharField(source="verdict_label", help_text="As the site shows it.")
    rating = serializers.IntegerField(
        allow_null=True,
        help_text=(
            f"{WORST_RATING} (klopt niet) to {BEST_RATING} (klopt), as in the page's ClaimReview; null for "
            "onbewezen, which says nothing about how true the claim is."
        ),
    )


class ClaimSerializer(serializers.Serializer):
    text = serializers.CharField(source="claim")
    claimant = serializers.CharField(help_text="Who made the claim.")
    claimant_type = serializers.ChoiceField(choices=Claimant.values, source="claimant_kind")
    medium = NullableCharField(source="claim_medium", help_text="Where the claim was made.")
    date = serializers.DateField(source="claim_date", allow_null=True, help_text="When it was made.")
    url = NullableCharField(source="claim_url", help_text="Where the claim can be seen or read.")


class SourceSerializer(serializers.Serializer):
    title = serializers.CharField()
    url = serializers.URLField()


class FactCheckFields(serializers.Serializer):
    """What a fact check adds to an article."""

    claim = ClaimSerializer(source="*")
    verdict = VerdictSerializer(source="*")
    reasoning = serializers.CharField(help_text="Why this verdict, in two or three sentences.")


class FactCheckTeaserSerializer(ArticleTeaserSerializer, FactCheckFields):
    """A fact check in a list: the article's teaser with the claim and the verdict."""

    api_url = ApiUrlField("fact-check-detail", help_text="The whole fact check, with its sources.")


class FactCheckSerializer(ArticleSerializer, FactCheckFields):
    """A whole fact check: the article (its body is the reasoning in full) and its sources."""

    sources = SourceSerializer(many=True, source="source_list")


class FactCheckListSerializer(serializers.Serializer):
    results = FactCheckTeaserSerializer(many=True)
    next = serializers.URLField(allow_null=True, help_text="The next page; null on the last.")


class FactCheckParameters(Parameters):
    verdict = serializers.ChoiceField(
        choices=Verdict.values,
        required=False,
        help_text="Only the fact checks with this verdict.",
    )


class FactCheckListView(ApiView):
    """Published fact checks, newest first, optionally of one verdict."""

    @documented(
        "list_fact_checks",
        FactCheckListSerializer,
        400,
        parameters=[FactCheckParameters],
        summary="Fact checks, newest first, with their claim and verdict.",
    )
    def get(self, request):
        parameters = self.parameters(FactCheckParameters)
        checks = FactCheckPage.objects.published().select_related("home_section", "lead_image")
        checks = checks.defer_streamfields()
        if verdict := parameters.get("verdict"):
            checks = checks.filter(verdict=verdict)
        checks = checks.filter(first_published_at__isnull=False)  # the key of the order
        page = keyset_page(request, checks, NEWEST_FIRST, parameters["limit"], parameters.get("cursor"))
        add_keys(request, LISTING_KEY, *keys_for_articles(page.items))
        data = self.teasers(page.items, FactCheckTeaserSerializer)
        return Response({"results": data, "next": page.next})


class FactCheckDetailView(ArticleDetailView):
    """One fact check, whole: the article with its claim, verdict and sources. A withdrawn one answers
    410; a draft, an unknown id or an article that is no fact check 404."""

    serializer_class = FactCheckSerializer

    @documented(
        "get_fact_check",
        FactCheckSerializer,
        404,
        410,
        parameters=[id_parameter("fact check")],
        summary="A whole fact check: the article, the claim, the verdict and the sources.",
    )
    def get(self, request, pk: int):
        return super().get(request, pk)

    def shown_article(self, pk: int) -> FactCheckPage:
        not_found = exceptions.NotFound(_("Er is geen gepubliceerde factcheck met id %(id)s.") % {"id": pk})
        if pk > MAX_ARTICLE_ID:
            raise not_found
        checks = FactCheckPage.objects.published().select_related("home_section", "lead_image")
        check = checks.filter(pk=pk).first()
        if check is None:
            if FactCheckPage.objects.withdrawn().filter(pk=pk).exists():
                raise Gone(_("Deze factcheck is ingetrokken en niet meer te lezen."))
            raise not_found
        check.source_list = list(check.sources.order_by("sort_order", "pk"))
        return check
