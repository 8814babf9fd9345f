from django.urls import path

from krant.search import views

urlpatterns = [
    path("zoeken/", views.search, name="search"),
]
