"""News pages that are not Wagtail pages, inside the language prefix: /correcties/ and /en/correcties/."""

from django.urls import path

from krant.news import views

app_name = "news"

urlpatterns = [
    path("correcties/", views.corrections, name="corrections"),
]
