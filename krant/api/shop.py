"""The Shop in the API: its categories, and the partners' offers per category as the shop page shows them.

Every offer comes from a partner and its link is sponsored (the partner's affiliate address): an app must
label it so, as the site does. Prices carry the time they last changed in the partner's feed. Purged with
the shop's pages (an import, a partner switched off).
"""

from django.utils.translation import gettext as _
from rest_framework import exceptions, serializers
from rest_framework.response import Response

from krant.api import links
from krant.api.errors import ParameterNotFound
from krant.api.pagination import Keyset, keyset_page
from krant.api.parameters import Parameters
from krant.api.serializers import ApiUrlField, DateTimeField, NullableCharField
from krant.api.views import ApiView, documented, id_parameter
from krant.core.pagecache import add_keys
from krant.news.readership import MAX_ARTICLE_ID
from krant.shop.models import PURGE_KEY, Product, ShopPage, categories

BY_CATEGORY = Keyset("shop", ("category", "title", "pk"))  # the shop page's order


def shop_page() -> ShopPage | None:
    return ShopPage.objects.live().public().first()


class CategorySerializer(serializers.Serializer):
    name = serializers.CharField(source="category")
    slug = serializers.CharField(source="category_slug")
    count = serializers.IntegerField(help_text="Offers shown in it.")
    url = serializers.SerializerMethodField(help_text="The category's page on the site; null without one.")
    products_url = serializers.SerializerMethodField(help_text="Its offers in this API.")

    def get_url(self, category) -> str | None:
        page = self.context.get("shop_page")
        return links.absolute(page.category_url(category["category_slug"])) if page else None

    def get_products_url(self, category) -> str:
        return links.api_url("shop-product-list", query={"category": category["category_slug"]})


class CategoryListSerializer(serializers.Serializer):
    results = CategorySerializer(many=True)


class PartnerSerializer(serializers.Serializer):
    name = serializers.CharField()


class ProductCategorySerializer(serializers.Serializer):
    name = serializers.CharField(source="category")
    slug = serializers.CharField(source="category_slug")


class ImageSerializer(serializers.Serializer):
    url = serializers.SerializerMethodField()
    width = serializers.IntegerField(source="image_width", allow_null=True)
    height = serializers.IntegerField(source="image_height", allow_null=True)

    def get_url(self, product) -> str:
        return links.absolute(product.image_url)


class ImageField(serializers.Field):
    """The partner's picture as stored here (never the partner's own server), or null."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, product):
        return ImageSerializer(product).data if product.image else None


class ProductSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    description = NullableCharField()
    brand = NullableCharField()
    category = ProductCategorySerializer(source="*")
    partner = PartnerSerializer(help_text="Who offers it: every offer is a partner's.")
    price = serializers.DecimalField(
        max_digits=10, decimal_places=2, source="current_price", help_text="What it costs now."
    )
    regular_price = serializers.DecimalField(
        max_digits=10, decimal_places=2, source="price", help_text="Without the partner's sale."
    )
    on_sale = serializers.SerializerMethodField()
    currency = serializers.CharField()
    price_updated_at = DateTimeField(help_text="When the partner's feed last changed the price.")
    availability = serializers.CharField(help_text="in_stock, out_of_stock, preorder or backorder.")
    link = serializers.URLField(
        source="outbound_url",
        help_text="The partner's page of the offer, through its affiliate address: a sponsored link.",
    )
    sponsored = serializers.SerializerMethodField(help_text="Always true: label the link as sponsored.")
    image = ImageField(allow_null=True)
    api_url = ApiUrlField("shop-product-detail")

    def get_on_sale(self, product) -> bool:
        return product.sale_price is not None

    def get_sponsored(self, product) -> bool:
        return True


class ProductListSerializer(serializers.Serializer):
    results = ProductSerializer(many=True)
    next = serializers.URLField(allow_null=True, help_text="The next page; null on the last.")


class ProductParameters(Parameters):
    category = serializers.SlugField(
        max_length=100, required=False, help_text="Only this category's offers (its slug)."
    )


class CategoryListView(ApiView):
    """The shop's categories, by name, with how many offers each has."""

    @documented("list_shop_categories", CategoryListSerializer, summary="The shop's categories.")
    def get(self, request):
        add_keys(request, PURGE_KEY)
        context = {**self.context(), "shop_page": shop_page()}
        return Response({"results": CategorySerializer(categories(), many=True, context=context).data})


class ProductListView(ApiView):
    """The partners' offers, by category and title as on the shop page, optionally of one category."""

    @documented(
        "list_shop_products",
        ProductListSerializer,
        400,
        404,
        parameters=[ProductParameters],
        summary="Partners' offers, by category and title: price, its update time, sponsored link, image.",
    )
    def get(self, request):
        add_keys(request, PURGE_KEY)
        parameters = self.parameters(ProductParameters)
        products = Product.objects.in_shop()
        if slug := parameters.get("category"):
            products = products.filter(category_slug=slug)
            if not products.exists():
                message = _("Deze categorie bestaat niet (meer).")
                raise ParameterNotFound({"category": [message]})
        page = keyset_page(request, products, BY_CATEGORY, parameters["limit"], parameters.get("cursor"))
        data = ProductSerializer(page.items, many=True, context=self.context()).data
        return Response({"results": data, "next": page.next})


class ProductDetailView(ApiView):
    """One offer in the shop; a hidden one (gone from the feed, or its partner switched off) is a 404."""

    @documented(
        "get_shop_product",
        ProductSerializer,
        404,
        parameters=[id_parameter("product")],
        summary="One partner's offer.",
    )
    def get(self, request, pk: int):
        add_keys(request, PURGE_KEY)
        product = Product.objects.in_shop().filter(pk=pk).first() if pk <= MAX_ARTICLE_ID else None
        if product is None:
            raise exceptions.NotFound(_("Er is geen product met id %(id)s in de shop.") % {"id": pk})
        return Response(ProductSerializer(product, context=self.context()).data)
