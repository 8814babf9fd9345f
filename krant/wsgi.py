import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "krant.settings")
django_application = get_wsgi_application()

# Imported once Django is set up: the fast path answers page cache hits and the read beacon before
# Django's middleware, and hands every other request to Django.
from krant.core.pagecache import FastPath  # noqa: E402

application = FastPath(django_application)
