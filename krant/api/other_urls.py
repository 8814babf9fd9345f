"""Addresses under /api/ outside a version we serve: a JSON 404 pointing at /api/v1/, not the site's HTML."""

from django.urls import re_path

from krant.api import views

urlpatterns = [re_path(r"^.*$", views.NotFoundView.as_view(), name="api-not-found")]
