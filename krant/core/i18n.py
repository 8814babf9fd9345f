"""The reader's language comes from the address alone: Dutch at /..., English at /en/....

Browsers' Accept-Language is ignored on purpose: a page address then has exactly one language, so
every cache can keep it without varying on request headers.
"""

from functools import lru_cache
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.urls import translate_url
from django.utils import translation

KEPT_PATH_LENGTH = 256  # longer addresses (junk, mostly) are translated each time, not kept


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
    return [{"code": code, "name": name, "url": translated(path, code)} for code, name in settings.LANGUAGES]


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
        {"code": code, "url": origin + translated(request.path, code) + query}
        for code, _name in settings.LANGUAGES
    ]
    default = next(link["url"] for link in links if link["code"] == settings.LANGUAGE_CODE)
    return [*links, {"code": "x-default", "url": default}]


def translated(path: str, code: str) -> str:
    """Return `path` in language `code`, as Django's translate_url, kept per process.

    Every reader page names its address in each language twice (language switch, hreflang); each
    translation resolves and reverses the path. The answer depends only on the path, the active language
    and the URL configuration, so it is kept (bounded, short addresses only).
    """
    if len(path) > KEPT_PATH_LENGTH:
        return translate_url(path, code)
    return kept_translation(path, code, translation.get_language())


@lru_cache(maxsize=2048)
def kept_translation(path: str, code: str, active: str) -> str:
    return translate_url(path, code)  # resolves `path` in the active language, part of the key
