from django import template

from krant.woord import words
from krant.woord.services import Board

register = template.Library()


@register.filter
def mark_symbol(mark: str) -> str:
    """Return the symbol shown beside a mark's colour (so colour is never the only signal)."""
    return words.SYMBOLS[words.Mark(mark)]


@register.filter
def letter_groups(board: Board) -> list[dict]:
    """Return the guessed letters grouped by their best mark, for the page without JavaScript."""
    groups = []
    for mark in (words.Mark.CORRECT, words.Mark.PRESENT, words.Mark.ABSENT):
        letters = sorted(letter for letter, best in board.keyboard.items() if best == mark)
        if letters:
            groups.append({"label": mark.label.capitalize(), "letters": " ".join(letters)})
    return groups
