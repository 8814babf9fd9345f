"""Every address: Wagtail's admin and the readers' site (krant.reader_urls).

The root URLconf, for the admin's requests and for addresses made outside a request (mails, commands);
a reader's request resolves against krant.reader_urls alone (krant.core.urlconf).
"""

from django.urls import include, path
from wagtail.admin import urls as wagtailadmin_urls

from krant import reader_urls
from krant.core import login_limits

handler500 = reader_urls.handler500

urlpatterns = [
    # Wagtail's reset form behind a rate limit; the rest of the reset flow is Wagtail's own.
    path("admin/password_reset/", login_limits.password_reset, name="krant_password_reset"),
    path("admin/", include(wagtailadmin_urls)),
    *reader_urls.urlpatterns,
]
