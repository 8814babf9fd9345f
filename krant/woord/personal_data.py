"""Het Woord in 'download my data': a member's games (the games go with the account, by cascade)."""

from krant.community import personal_data
from krant.woord.models.game import Game


def export_games(user) -> list[dict]:
    return [
        {
            "dag": day.isoformat(),
            "gokken": guesses,
            "geraden": won,
            "afgelopen": personal_data.when(finished_at),
        }
        for day, guesses, won, finished_at in Game.objects.filter(user=user)
        .order_by("day")
        .values_list("day", "guesses", "won", "finished_at")
    ]


personal_data.register("het_woord", export_games)
