from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from krant.core.views import over_limit, rate_limited
from krant.news.models import paginate
from krant.search.forms import SearchForm
from krant.search.services import (
    SearchError,
    SearchUnavailable,
    promotions,
    search_articles,
    search_episodes,
    server_answers,
    snippet,
)

SEARCH_RATE = "30/m"  # per reader's address: generous for a person, a brake on a scraper
RESULTS_PER_PAGE = 20
FILTERS = ("rubriek", "dossier", "van", "tot", "sorteer")


def search_limit(request) -> int | None:
    """Count a search by this address, on the site or through the API: over the limit, the seconds to wait."""
    return over_limit(request, "search", SEARCH_RATE)


@require_safe  # a search changes nothing: GET and HEAD only, 405 for anything else (TRACE included)
def search(request):
    """Zoeken: the search form, and for a query its results with highlighted excerpts, 20 a page.

    A GET form without a token, so anonymous result pages are cacheable like any reader page. No
    query shows the form (200); bad parameters show the form with what is wrong (400).
    """
    form = SearchForm(request.GET)
    context = {
        "form": form,
        "query": "",
        "results": None,
        "message": "",
        # The filters stay folded away unless the reader used one (or one is wrong).
        "filters_open": any(request.GET.get(name) for name in FILTERS),
    }
    if not form.is_valid():
        return TemplateResponse(request, "search/search.html", context, status=400)
    query = form.cleaned_data["q"]
    context["query"] = query
    if not query:
        if "q" in request.GET:
            context["message"] = _("Vul een of meer zoekwoorden in.")
        return TemplateResponse(request, "search/search.html", context)
    try:
        results = search_articles(form.article_search())
    except SearchError as error:
        form.add_error("q", str(error))
        return TemplateResponse(request, "search/search.html", context, status=400)
    # Only a search that runs counts: it is what costs the database.
    if wait := search_limit(request):
        message = _("Je zoekt erg vaak achter elkaar. Probeer het over een minuut opnieuw.")
        return rate_limited(request, retry_after=wait, message=message)
    try:
        with server_answers():
            # Every page numbered: the reader is told how many articles were found.
            page = paginate(request, results, per_page=RESULTS_PER_PAGE, max_pages=None)
            shown = set()  # the sentences the excerpts show: each hit shows a passage of its own
            context["hits"] = [(article, snippet(article, query, shown)) for article in page.object_list]
            if page.number == 1 and not form.has_filters():
                context["episodes"] = search_episodes(query)
    except SearchUnavailable:
        context["message"] = _("Zoeken lukt even niet. Probeer het over een paar minuten opnieuw.")
        return TemplateResponse(request, "search/search.html", context, status=503)
    context["results"] = page
    context["promotions"] = promotions(query) if page.number == 1 else []
    context["has_filters"] = form.has_filters()
    params = request.GET.copy()
    params.pop("page", None)
    context["params"] = params.urlencode()
    return TemplateResponse(request, "search/search.html", context)
