"""Mail a reader can stop with one click: the headers of RFC 2369 / RFC 8058 and the one-click check,
shared by the newsletters and the community's reply mails."""

import unicodedata

ONE_CLICK_BODY = "List-Unsubscribe=One-Click"


def list_headers(name: str, list_id: str, stop_url: str) -> dict[str, str]:
    """Return the headers of an automatic mail from list `list_id` that `stop_url` stops.

    RFC 8058: a mail program may POST `List-Unsubscribe=One-Click` to `stop_url` without opening a page.
    No `mailto:` variant: nothing reads mail sent to the site.
    """
    return {
        "List-Id": f'"{ascii_phrase(name)}" <{list_id}>',
        "List-Unsubscribe": f"<{stop_url}>",
        "List-Unsubscribe-Post": ONE_CLICK_BODY,
        "Precedence": "bulk",
        "Auto-Submitted": "auto-generated",
        "X-Auto-Response-Suppress": "OOF, AutoReply",
    }


def is_one_click(request) -> bool:
    """Return whether a POST is a mail program's one-click stop (RFC 8058), not a person's button."""
    return request.POST.get("List-Unsubscribe") == "One-Click"


def ascii_phrase(name: str) -> str:
    """Return `name` in plain ASCII without quotes, for the List-Id header (RFC 2919)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return plain.replace('"', "").replace("\\", "")
