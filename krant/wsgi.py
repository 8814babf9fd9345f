import os

from django.core.wsgi import get_wsgi_application

from krant.config import keep_postgresql_driver_out

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "krant.settings")
keep_postgresql_driver_out()  # before Django loads DRF
django_application = get_wsgi_application()

# Both need the settings loaded above.
from krant.core.databases import use_pool  # noqa: E402
from krant.core.memory import trim_in_this_worker  # noqa: E402
from krant.core.pagecache import FastPath  # noqa: E402

use_pool()  # a server worker: many threads share a bounded pool of connections
trim_in_this_worker()
# The fast path answers page cache hits and the read beacon before Django's middleware, and hands every
# other request to Django.
application = FastPath(django_application)
