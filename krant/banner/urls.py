from django.urls import path

from krant.banner import views

urlpatterns = [path("banner/", views.fragment, name="banner")]
