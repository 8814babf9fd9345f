from django.urls import re_path

from krant.games import views

app_name = "games"

DAY = r"(?P<day>\d{4}-\d{2}-\d{2})"
urlpatterns = [
    re_path(rf"^spellen/controleer/(?P<kind>sudoku)/{DAY}/(?P<level>[a-z]+)/$", views.check, name="check"),
    re_path(rf"^spellen/controleer/(?P<kind>binairo)/{DAY}/$", views.check, name="check"),
    re_path(
        rf"^spellen/voortgang/(?P<kind>sudoku)/{DAY}/(?P<level>[a-z]+)/$", views.progress, name="progress"
    ),
    re_path(rf"^spellen/voortgang/(?P<kind>binairo)/{DAY}/$", views.progress, name="progress"),
]
