"""Reader requests resolve against krant.reader_urls: the site without Wagtail's admin.

Wagtail's admin URLconf imports its views, forms, viewsets and API (about 60 modules, 7 MiB per worker)
that a worker serving readers never runs. Every worker still serves the admin: a request under /admin
resolves against the root URLconf (krant.urls, the same addresses plus the admin's), which loads it on the
worker's first such request. Addresses made outside a request (mails, commands) use the root URLconf too.
In a reader's request an admin address cannot be reversed; no reader page links into the admin.
"""

from django.conf import settings

ROOT_URLCONF = "krant.urls"
READER_URLCONF = "krant.reader_urls"
ADMIN_PREFIX = "/admin"  # also /admin without its slash, which CommonMiddleware redirects to /admin/


class ReaderURLConfMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Only in front of krant's own URLconf: another (a test's, a site's own) is used as it is.
        if settings.ROOT_URLCONF == ROOT_URLCONF and not request.path_info.startswith(ADMIN_PREFIX):
            request.urlconf = READER_URLCONF
        return self.get_response(request)
