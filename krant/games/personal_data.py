"""A member's puzzle progress in 'download my data' (krant.community.personal_data), deleted with them."""

from krant.community import personal_data
from krant.games.models import Progress


def export(user) -> list[dict]:
    return [
        {
            "puzzle": str(progress.puzzle),
            "cells": progress.cells,
            "seconds": progress.seconds,
            "solved_at": personal_data.when(progress.solved_at),
            "updated_at": personal_data.when(progress.updated_at),
        }
        for progress in Progress.objects.filter(user=user).select_related("puzzle").order_by("puzzle__day")
    ]


def erase(user, choice) -> None:
    Progress.objects.filter(user=user).delete()


personal_data.register("puzzles", export, erase)
