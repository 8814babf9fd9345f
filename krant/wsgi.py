import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "krant.settings")
application = get_wsgi_application()

from krant.core.databases import use_pool  # noqa: E402 - needs the settings loaded above

use_pool()  # a server worker: many threads share a bounded pool of connections
