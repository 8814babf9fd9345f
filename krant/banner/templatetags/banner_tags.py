from django import template

from krant.banner import services

register = template.Library()


@register.inclusion_tag("banner/slot.html", takes_context=True)
def banner_slot(context):
    """The banner's place on every reader page, with the banner when one is on."""
    request = context.get("request")
    if getattr(request, "is_preview", False):
        return {"banner": None}  # a page preview is not a reader's page
    banner = services.current()
    services.limit_to_end(request, banner)
    return {"banner": banner}
