from krant.predictions.models.game import (
    DRIVER_EXACT_PLACE,
    DRIVER_IN_TOP_THREE,
    EXACT_SCORE,
    LEADERBOARD_SIZE,
    OPEN_STATUSES,
    RIGHT_OUTCOME,
    Group,
    GroupMembership,
    Prediction,
    game_key,
    is_locked,
    open_matches_of,
    rules,
)
from krant.predictions.models.page import PredictionGamePage

__all__ = [
    "DRIVER_EXACT_PLACE",
    "DRIVER_IN_TOP_THREE",
    "EXACT_SCORE",
    "LEADERBOARD_SIZE",
    "OPEN_STATUSES",
    "RIGHT_OUTCOME",
    "Group",
    "GroupMembership",
    "Prediction",
    "PredictionGamePage",
    "game_key",
    "is_locked",
    "open_matches_of",
    "rules",
]
