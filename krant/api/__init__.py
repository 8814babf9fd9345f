"""The app API: versioned, read-only JSON at /api/v1/ for the newsroom's apps and partners.

urls.py maps the endpoints to views.py; serializers.py holds the response shapes, from which
drf-spectacular builds the OpenAPI schema at /api/v1/openapi.json; parameters.py checks the query
parameters; blocks.py turns an article's body into typed blocks; images.py gives images their renditions;
pagination.py makes the cursors; errors.py makes every error JSON; throttling.py limits clients per address.
"""
