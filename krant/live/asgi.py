"""The live process's application (`python -m krant.live`, started by `krant serve`): the streams at /live/.

Lean on purpose: it reads krant's settings but never sets up Django's apps (no app registry, Wagtail, models
or templates), since all it does is follow the event log, count openings in the shared store and write bytes
to sockets. The log is read in SQL through Django's database connection or in Redis, the limits through
Django's cache of the shared store: the same keys the workers count in (krant.live.views.opened_too_often).
"""

import os
import warnings

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "krant.settings")

from django.conf import settings  # noqa: E402 - after the settings module is named

# Without the app registry there are no translation catalogues: the few refusals this process writes are in
# the source language, Dutch, the site's default, as a worker answers a reader who chose no language.
settings.USE_I18N = False
# The log is read without the app registry by design, not during an app's start-up, which Django warns about.
warnings.filterwarnings("ignore", "Accessing the database during app initialization", RuntimeWarning)

from krant.live import hub  # noqa: E402


async def application(scope, receive, send):
    if scope["type"] == "http":
        await hub.serve(scope, receive, send)
    elif scope["type"] == "lifespan":
        while (await receive())["type"] != "lifespan.shutdown":
            await send({"type": "lifespan.startup.complete"})
        if hub.hub is not None:
            await hub.hub.stop()
        await send({"type": "lifespan.shutdown.complete"})
