from django.urls import re_path

from krant.woord import routes
from krant.woord.models import GAME_PATH

urlpatterns = [re_path(rf"^(?P<path>(?:[-\w]+/)*{GAME_PATH}/)$", routes.game, name="woord_game")]
