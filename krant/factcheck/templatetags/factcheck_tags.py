"""Template tags of fact checks: the verdict badge, the same on the page and in every listing."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

from krant.factcheck.models import verdict_label

register = template.Library()


@register.simple_tag
def verdict_badge(verdict: str | None, size: str = "") -> SafeString | str:
    """Return the verdict as a badge, and a space for the headline after it: its colour and its words
    (never the colour alone); '' without a verdict.

    Usage: ``{% verdict_badge article.fact_check_verdict %}{{ article.title }}``; ``size="large"`` on
    the fact check's page.
    """
    label = verdict_label(verdict or "")
    if not label:
        return ""
    modifier = " verdict--large" if size == "large" else ""
    return format_html(
        '<span class="verdict verdict--{}{}">{}<span class="visually-hidden">:</span></span> ',
        verdict,
        modifier,
        label,
    )
