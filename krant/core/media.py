"""Uploaded media (/media/): images and their renditions, with the headers caches need.

Served by Django rather than the server's static mount, which sends neither ETag nor Last-Modified
nor, on HEAD, Content-Length, and gives every file one lifetime. Renditions get unique names from
Wagtail (the filter and focal point are in the name), so a browser or CDN may keep them a year
without asking; an original keeps its name when an editor replaces the file, so it is revalidated.

A GET with one byte range (`Range: bytes=...`) gets those bytes as a 206, so players can seek in video
and audio and podcast apps can resume; several ranges, a malformed header or an If-Range that no longer
matches get the whole file, as RFC 9110 allows.
"""

import mimetypes
import posixpath
import re
from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.utils._os import safe_join
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, parse_http_date_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

RENDITIONS_DIR = "images/"  # Wagtail's renditions; originals live in original_images/
RENDITION_MAX_AGE = 365 * 24 * 60 * 60
ORIGINAL_MAX_AGE = 60 * 60
RANGE = re.compile(r"bytes=(\d*)-(\d*)")
CHUNK = 64 * 1024


class Unsatisfiable(Exception):
    """The range asks only for bytes past the end of the file."""


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


def byte_range(header: str, size: int) -> tuple[int, int] | None:
    """Return the first and last byte that a Range header asks for, or None to send the whole file."""
    match = RANGE.fullmatch(header.strip())
    if match is None or match.group(1) == match.group(2) == "":  # several ranges, another unit, nonsense
        return None
    first, last = match.groups()
    if first == "":  # the last N bytes
        if int(last) == 0:
            raise Unsatisfiable
        return max(size - int(last), 0), size - 1
    if last != "" and int(last) < int(first):
        return None
    if int(first) >= size:
        raise Unsatisfiable
    return int(first), min(int(last), size - 1) if last != "" else size - 1


def if_range_holds(request, etag: str, modified: int) -> bool:
    """Whether an If-Range header (if any) still names this version of the file."""
    validator = request.headers.get("If-Range")
    if validator is None:
        return True
    if validator.startswith(('"', "W/")):
        return validator == etag  # a strong comparison: a weak tag never matches
    return parse_http_date_safe(validator) == modified


def read_bytes(file: Path, first: int, last: int):
    with file.open("rb") as stream:
        stream.seek(first)
        remaining = last - first + 1
        while remaining > 0:
            chunk = stream.read(min(CHUNK, remaining))
            if not chunk:
                return
            remaining -= len(chunk)
            yield chunk


def file_response(request, file: Path, size: int, etag: str, modified: int) -> HttpResponse:
    content_type, encoding = mimetypes.guess_type(file.name)
    content_type = content_type or "application/octet-stream"
    wanted = None
    header = request.headers.get("Range")
    if request.method == "GET" and header is not None and if_range_holds(request, etag, modified):
        try:
            wanted = byte_range(header, size)
        except Unsatisfiable:
            response = HttpResponse(status=416, content_type=content_type)
            response.headers["Content-Range"] = f"bytes */{size}"
            return response
    if wanted is None:
        response = FileResponse(file.open("rb"), content_type=content_type)
    else:
        first, last = wanted
        response = StreamingHttpResponse(read_bytes(file, first, last), status=206, content_type=content_type)
        response.headers["Content-Range"] = f"bytes {first}-{last}/{size}"
        response.headers["Content-Length"] = str(last - first + 1)
    if encoding:  # a range of a .gz file is a range of its compressed bytes
        response.headers["Content-Encoding"] = encoding
    return response


@require_safe
def serve(request, path: str):
    """Answer a media file with ETag, Last-Modified, Content-Length, ranges and a lifetime that fits it."""
    file = media_file(path)
    stat = file.stat()
    etag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'
    modified = int(stat.st_mtime)
    not_modified = get_conditional_response(request, etag=etag, last_modified=modified)
    if not_modified is not None:
        response = not_modified
    else:
        response = file_response(request, file, stat.st_size, etag, modified)
    response.headers["Accept-Ranges"] = "bytes"
    response.headers["ETag"] = etag
    response.headers["Last-Modified"] = http_date(stat.st_mtime)
    if path.startswith(RENDITIONS_DIR):
        patch_cache_control(response, public=True, max_age=RENDITION_MAX_AGE, immutable=True)
    else:
        patch_cache_control(response, public=True, max_age=ORIGINAL_MAX_AGE)
    return response
