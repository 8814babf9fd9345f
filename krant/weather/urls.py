from django.urls import path

from krant.weather import views

urlpatterns = [path("weerwaarschuwingen/", views.warnings_fragment, name="weather-warnings")]
