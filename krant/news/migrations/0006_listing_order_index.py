# Listings (Net binnen, sections, dossiers, authors, feeds) read published articles newest first by
# (first_published_at, id) of Wagtail's page table and stop after a page: with this index PostgreSQL walks
# it backwards and reads only the rows shown, instead of sorting every article (seconds at a million).
# Wagtail's model is not ours to change, so the index is made here, in SQL SQLite and PostgreSQL both read.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0005_merge_api_newsroom"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS news_listing_page_first_published "
            "ON wagtailcore_page (first_published_at, id)",
            "DROP INDEX IF EXISTS news_listing_page_first_published",
            elidable=False,
        ),
    ]
