"""The reader's language comes from the address alone: Dutch at /..., English at /en/....

Browsers' Accept-Language is ignored on purpose: a page address then has exactly one language, so
every cache can keep it without varying on request headers.
"""

from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.urls import translate_url
from django.utils import translation


class PathLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        request.LANGUAGE_CODE = language
        with translation.override(language):
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


def language_versions(request) -> list[dict]:
    """Return each language's address of the current page: code, name and URL."""
    path = request.get_full_path()
    return [
        {"code": code, "name": name, "url": translate_url(path, code)} for code, name in settings.LANGUAGES
    ]


def alternates(request) -> list[dict]:
    """Return the hreflang alternates of the current page: each language's absolute URL, then x-default.

    Addresses are absolute (KRANT_BASE_URL), as search engines require, and keep only the page
    number of the query, like the canonical link. x-default is the Dutch page: the articles are
    written in Dutch, and the Dutch page is the canonical one.
    """
    parts = urlsplit(settings.BASE_URL)
    origin = f"{parts.scheme}://{parts.netloc}"
    page = request.GET.get("page", "")
    query = f"?{urlencode({'page': page})}" if page and page != "1" else ""
    links = [
        {"code": code, "url": origin + translate_url(request.path, code) + query}
        for code, _name in settings.LANGUAGES
    ]
    default = next(link["url"] for link in links if link["code"] == settings.LANGUAGE_CODE)
    return [*links, {"code": "x-default", "url": default}]
