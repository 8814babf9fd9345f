from django.urls import path

from krant.liveblogs import views

urlpatterns = [
    path("liveblogs/<int:liveblog_id>/updates/", views.updates_fragment, name="liveblog_updates"),
]
