from django.urls import path

from krant.push import views

app_name = "push"

urlpatterns = [
    path("pushmeldingen/", views.settings_page, name="settings"),
    path("pushmeldingen/sleutel/", views.client_key, name="key"),
    path("pushmeldingen/aanmelden/", views.subscribe, name="subscribe"),
    path("pushmeldingen/afmelden/", views.unsubscribe, name="unsubscribe"),
]
