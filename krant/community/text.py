"""A comment's text: plain text in, checked; paragraphs and linked addresses out, never the member's HTML.

Members type text, not markup. What they type is cleaned (line endings, spacing) and refused when it holds
control or invisible characters; on the page every character is escaped, blank lines make paragraphs, single
line breaks stay, and web addresses become links that search engines do not follow (rel="nofollow ugc").
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

ALLOWED_CONTROLS = {"\n", "\t"}
# Joiners belong to emoji and some scripts; other format characters (bidi overrides, zero-width spaces)
# only hide or reorder what a reader sees.
ALLOWED_FORMAT = {"\u200d", "\ufe0f"}
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)
TRAILING_PUNCTUATION = ".,;:!?)]}'\""
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def clean(text: str, max_length: int) -> str:
    """Return the comment as stored, or raise ValidationError with a message for the member."""
    if not isinstance(text, str):
        raise ValidationError(_("Schrijf je reactie als tekst."), code="invalid")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    for char in text:
        category = unicodedata.category(char)
        if (category == "Cc" and char not in ALLOWED_CONTROLS) or category in ("Cs", "Co", "Cn"):
            raise ValidationError(
                _("Je reactie bevat een stuurteken of een onleesbaar teken."), code="control"
            )
        if category == "Cf" and char not in ALLOWED_FORMAT:
            raise ValidationError(_("Je reactie bevat een onzichtbaar teken."), code="invisible")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if not text:
        raise ValidationError(_("Schrijf eerst een reactie."), code="empty")
    if len(text) > max_length:
        raise ValidationError(
            _("Je reactie is %(length)d tekens lang; het maximum is %(max)d.")
            % {"length": len(text), "max": max_length},
            code="too_long",
        )
    return text


def link(match: re.Match) -> tuple[str, str]:
    address = match.group(0).rstrip(TRAILING_PUNCTUATION)
    href = address if address.lower().startswith("http") else f"https://{address}"
    return address, href


def render_line(line: str) -> str:
    """Return one line escaped, with its web addresses as links."""
    parts, start = [], 0
    for match in URL.finditer(line):
        address, href = link(match)
        parts.append(escape(line[start : match.start()]))
        parts.append(format_html('<a href="{}" rel="nofollow ugc noopener">{}</a>', href, address))
        start = match.start() + len(address)
    parts.append(escape(line[start:]))
    return "".join(parts)


def to_html(text: str) -> SafeString:
    """Return the stored comment as paragraphs of escaped text with linked addresses."""
    paragraphs = [paragraph for paragraph in PARAGRAPH_BREAK.split(text) if paragraph.strip()]
    return format_html_join(
        "",
        "<p>{}</p>",
        (
            (SafeString("<br>".join(render_line(line) for line in paragraph.split("\n"))),)
            for paragraph in paragraphs
        ),
    )


def has_link(text: str) -> bool:
    return URL.search(text) is not None


def fold(text: str) -> str:
    """Return `text` as word lists match it: lower case, accents off ('één' matches 'een')."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def word_pattern(words: list[str]) -> re.Pattern | None:
    """Return a pattern matching any of `words` as whole words or word groups, or None for no words.

    Dutch compounds are one word ('rotzooi'), so a listed word matches only whole words: 'kut' does not
    hit 'kutje' nor 'scheikunde'; list compounds separately. Matching is on folded text (fold).
    """
    folded = sorted({fold(" ".join(word.split())) for word in words if word.strip()}, key=len, reverse=True)
    if not folded:
        return None
    alternatives = "|".join(r"\s+".join(re.escape(part) for part in word.split()) for word in folded)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def word_list(setting: str) -> list[str]:
    return [line.strip() for line in setting.splitlines() if line.strip()]
