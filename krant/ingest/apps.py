from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "krant.ingest"
    label = "ingest"
