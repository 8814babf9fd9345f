"""The live process's application (`krant serve_live`, started by `krant serve`): the streams at /live/."""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "krant.settings")
django.setup()

from krant.live import hub  # noqa: E402 - needs the apps loaded above


async def application(scope, receive, send):
    if scope["type"] == "http":
        await hub.serve(scope, receive, send)
    elif scope["type"] == "lifespan":
        while (await receive())["type"] != "lifespan.shutdown":
            await send({"type": "lifespan.startup.complete"})
        await send({"type": "lifespan.shutdown.complete"})
