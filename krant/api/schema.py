"""Hooks for drf-spectacular, so that the OpenAPI schema describes this API and nothing else."""

API_PREFIX = "/api/v1/"


def only_this_api(endpoints: list, **kwargs) -> list:
    """Keep the endpoints under /api/v1/ (Wagtail's admin has DRF views of its own)."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith(API_PREFIX)]
