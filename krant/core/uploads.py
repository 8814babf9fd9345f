"""Reader forms take no files: a file or an oversized body is refused before a view sees it.

No reader form has a file field; only the admin (images, documents, imports) uploads. Without this,
Django parses whatever a client sends as soon as a view touches request.POST and keeps files on disk
while it does. Multipart itself stays allowed: mail programs may send the one-click unsubscribe
(RFC 8058) as multipart/form-data.
"""

from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

# The admin is where editors upload; the API reads no bodies at all and answers in JSON itself.
UNCHECKED_PREFIXES = ("/admin/", "/api/")
READER_BODY_MAX = 64 * 1024  # the longest reader form (a contact message) is a few KiB
TOO_LARGE = _("Dit formulier is te groot om te versturen. Maak je bericht korter.")
NO_FILES = _("Dit formulier neemt geen bestanden aan. Verstuur het zonder bijlage.")
MALFORMED = _("Dit formulier kwam niet goed aan. Probeer het opnieuw.")


class FileRefusingHandler(FileUploadHandler):
    """Skip every file part without storing a byte of it, and remember that one came."""

    files_seen = False

    def new_file(self, *args, **kwargs):
        self.files_seen = True
        raise SkipFile

    def receive_data_chunk(self, raw_data, start):
        return None

    def file_complete(self, file_size):
        return None


class RefuseUploadsMiddleware:
    """Answer 413 to a body over READER_BODY_MAX and 400 to a file outside the admin."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(UNCHECKED_PREFIXES):
            refusal = self.refusal(request)
            if refusal is not None:
                return refusal
        return self.get_response(request)

    def refusal(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = -1
        if length < 0:
            return refuse(request, MALFORMED, 400)
        if length > READER_BODY_MAX:
            return refuse(request, TOO_LARGE, 413)
        if request.method != "POST" or not request.content_type.startswith("multipart/"):
            return None
        handler = FileRefusingHandler(request)
        request.upload_handlers = [handler]
        try:
            request.POST  # noqa: B018 - parse now, with the handler that stores no files
        except MultiPartParserError:
            return refuse(request, MALFORMED, 400)
        if handler.files_seen:
            return refuse(request, NO_FILES, 400)
        return None


def refuse(request, message: str, status: int):
    return render(request, "core/upload_refused.html", {"message": message}, status=status)
