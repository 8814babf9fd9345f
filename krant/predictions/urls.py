"""The member's own pages of the Sportspellen, under /spellen/ (never cached)."""

from django.urls import path

from krant.predictions import views

app_name = "predictions"

urlpatterns = [
    path("spellen/<int:page_id>/voorspellen/", views.predict, name="predict"),
    path("spellen/<int:page_id>/groepen/", views.groups, name="groups"),
    path("spellen/groep/<str:token>/", views.group, name="group"),
]
