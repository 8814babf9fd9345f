from krant.woord.models.game import DailyWord, Game, WordVeto
from krant.woord.models.page import GAME_PATH, WoordPage

__all__ = ["GAME_PATH", "DailyWord", "Game", "WordVeto", "WoordPage"]
