from django.core.files.storage import FileSystemStorage
from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticStorage(CompressedManifestStaticFilesStorage):
    """Hashed, compressed static files; plain names where collectstatic has not run (tests).

    A file missing from the manifest gets its plain URL (a 404 for that one file) instead of
    turning the whole page into a server error.
    """

    manifest_strict = False

    def url(self, name, force=False):
        try:
            return super().url(name, force)
        except ValueError:
            return FileSystemStorage.url(self, name)
