"""The reader's language comes from the address alone: Dutch at /..., English at /en/....

Browsers' Accept-Language is ignored on purpose: a page address then has exactly one language, so
every cache can keep it without varying on request headers.
"""

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
