"""Uploaded media (/media/): images and their renditions, with the headers caches need.

Served by Django rather than the server's static mount, which sends neither ETag nor Last-Modified
nor, on HEAD, Content-Length, and gives every file one lifetime. Renditions get unique names from
Wagtail (the filter and focal point are in the name), so a browser or CDN may keep them a year
without asking; an original keeps its name when an editor replaces the file, so it is revalidated.
"""

import mimetypes
import posixpath
from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404
from django.utils._os import safe_join
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

RENDITIONS_DIR = "images/"  # Wagtail's renditions; originals live in original_images/
RENDITION_MAX_AGE = 365 * 24 * 60 * 60
ORIGINAL_MAX_AGE = 60 * 60


def media_file(path: str) -> Path:
    """Return the file under MEDIA_ROOT that `path` names; raise Http404 for anything else."""
    normalized = posixpath.normpath(path).lstrip("/")
    try:
        file = Path(safe_join(settings.MEDIA_ROOT, normalized))
    except SuspiciousFileOperation as error:  # a way out of MEDIA_ROOT
        raise Http404(_("Dit bestand bestaat niet.")) from error
    if not file.is_file():
        raise Http404(_("Dit bestand bestaat niet."))
    return file


@require_safe
def serve(request, path: str):
    """Answer a media file with ETag, Last-Modified, Content-Length and a lifetime that fits it."""
    file = media_file(path)
    stat = file.stat()
    etag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'
    not_modified = get_conditional_response(request, etag=etag, last_modified=int(stat.st_mtime))
    if not_modified is not None:
        response = not_modified
    else:
        content_type, encoding = mimetypes.guess_type(file.name)
        response = FileResponse(file.open("rb"), content_type=content_type or "application/octet-stream")
        if encoding:
            response.headers["Content-Encoding"] = encoding
    response.headers["ETag"] = etag
    response.headers["Last-Modified"] = http_date(stat.st_mtime)
    if path.startswith(RENDITIONS_DIR):
        patch_cache_control(response, public=True, max_age=RENDITION_MAX_AGE, immutable=True)
    else:
        patch_cache_control(response, public=True, max_age=ORIGINAL_MAX_AGE)
    return response
