"""The admin's 'Shop': partners and their feeds, and the products and offers imported from them."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy

from krant.shop.models import Partner, Product


class PartnerViewSet(ModelViewSet):
    name = "shop_partner"
    url_prefix = "shop/partners"
    model = Partner
    icon = "download"
    menu_label = _("Partners en feeds")
    form_fields = [
        "name",
        "slug",
        "kind",
        "feed_url",
        "feed_file",
        "format",
        "interval_hours",
        "affiliate_template",
        "active",
    ]
    list_display = ["name", "kind", "active", "last_imported_at", "next_import_at", "last_report"]
    list_filter = ["kind", "active"]


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Products come from the feeds: whoever may change them may look at them, nobody adds or edits one by
    hand (the next import would undo it)."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, "view")


class ProductViewSet(ModelViewSet):
    """The imported products and offers, to check what readers see."""

    name = "shop_product"
    url_prefix = "shop/producten"
    model = Product
    icon = "tag"
    menu_label = _("Producten en aanbod")
    permission_policy = ReadOnlyPolicy(Product)
    inspect_view_enabled = True
    panels = [FieldPanel("hidden", read_only=True)]
    list_display = ["title", "partner", "category", "price", "sale_price", "price_updated_at", "hidden"]
    list_filter = ["partner", "hidden", "category"]
    search_fields = ["title", "offer_id"]
    copy_view_enabled = False

    def get_queryset(self, request):
        return Product.objects.select_related("partner")


class ShopGroup(ModelViewSetGroup):
    menu_label = _("Shop")
    menu_icon = "tag"
    items = (PartnerViewSet, ProductViewSet)


@hooks.register("register_admin_viewset")
def register_viewset():
    return ShopGroup()
