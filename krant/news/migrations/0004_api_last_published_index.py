# The API's sync listing (/api/v1/articles/?updated_since=...) reads a range of Wagtail's last_published_at
# in order, and counts it. Wagtail does not index that column, and its model is not ours to change, so the
# index is made here, in SQL that SQLite and PostgreSQL both read.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0003_top_stories_for_sections_and_dossiers"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS news_api_page_last_published ON wagtailcore_page (last_published_at, id)",
            "DROP INDEX IF EXISTS news_api_page_last_published",
            elidable=False,
        ),
    ]
