"""Reader form submissions as the desk sees and exports them in the admin."""

from wagtail.contrib.forms.views import SubmissionsListView

# A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets (tab and CR
# too, which some of them skip before looking). Readers fill these forms in: a message such as
# =HYPERLINK("https://...") must stay text when the desk opens the export.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """Return `value` with a quote before it when a spreadsheet would read it as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class ReaderSubmissionsListView(SubmissionsListView):
    """Wagtail's submissions listing and CSV/XLSX export, with readers' formulas neutralised."""

    def preprocess_field_value(self, field, value, export_format):
        return neutralise_formula(super().preprocess_field_value(field, value, export_format))
