"""Newsletter pages, inside the language prefix: Dutch at /nieuwsbrieven/..., English at /en/nieuwsbrieven/...

The fixed words come before <slug>: NewsletterList refuses them as a slug (models.RESERVED_SLUGS).
"""

from django.urls import path

from krant.newsletters import views

app_name = "newsletters"

urlpatterns = [
    path("nieuwsbrieven/", views.signup, name="signup"),
    path("nieuwsbrieven/aangemeld/", views.signup_done, name="signup_done"),
    path("nieuwsbrieven/bevestigen/<str:token>/", views.confirm, name="confirm"),
    path("nieuwsbrieven/beheer/<str:token>/", views.manage, name="manage"),
    path("nieuwsbrieven/afmelden/<str:token>/<slug:slug>/", views.unsubscribe, name="unsubscribe"),
    path("nieuwsbrieven/<slug:slug>/", views.archive, name="archive"),
    path("nieuwsbrieven/<slug:slug>/<int:edition_id>/", views.edition, name="edition"),
]
