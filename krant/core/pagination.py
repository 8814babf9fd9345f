"""Pagination whose cost does not grow with the archive.

Django's Paginator counts every row of a listing (`SELECT COUNT(*)` over all published articles: about a
second at a million). Large news sites show no total: a page is read with one row more than it shows, and
that row says whether a next page exists. One query, as many index entries as the pages before it hold,
whatever the size of the archive. Only the first `max_pages` pages are numbered, so a crawler cannot make
the database skip ever deeper; older articles are found through search.
"""

from collections.abc import Sequence

from django.core.paginator import EmptyPage, PageNotAnInteger

MAX_PAGES = 50  # 1,000 articles at 20 a page: about two days of a busy national newsroom


class ListingPage(Sequence):
    """One page of a listing: its rows and the previous/next methods of Django's Page, without a count."""

    def __init__(self, rows, number: int, per_page: int, max_pages: int):
        rows = list(rows[(number - 1) * per_page : number * per_page + 1])
        if number > 1 and not rows:
            raise EmptyPage(number)
        self.object_list = rows[:per_page]
        self.number = number
        more = len(rows) > per_page
        self._has_next = more and number < max_pages
        self.has_older = more and number == max_pages  # rows exist past the last numbered page

    def __len__(self) -> int:
        return len(self.object_list)

    def __getitem__(self, index):
        return self.object_list[index]

    def has_next(self) -> bool:
        return self._has_next

    def has_previous(self) -> bool:
        return self.number > 1

    def has_other_pages(self) -> bool:
        return self.has_previous() or self.has_next()

    def next_page_number(self) -> int:
        return self.number + 1

    def previous_page_number(self) -> int:
        return self.number - 1


def listing_page(rows, number, per_page: int, max_pages: int = MAX_PAGES) -> ListingPage:
    """Return page `number` (as typed: '2', 2) of `rows`; EmptyPage or PageNotAnInteger when there is none."""
    try:
        number = int(number)
    except (TypeError, ValueError):
        raise PageNotAnInteger(number) from None
    if not 1 <= number <= max_pages:
        raise EmptyPage(number)
    return ListingPage(rows, number, per_page, max_pages)
