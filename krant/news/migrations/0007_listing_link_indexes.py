# The listing sitemaps (krant.feeds.sitemaps.ListingSitemap.newest_articles) ask each section, dossier and
# author for its newest link row before walking the listing index for its newest article: with an index on
# (page, article) that is one probe; with only the foreign key's index PostgreSQL may scan the whole link
# table of a page that has none (a new dossier). The many-to-many tables are Django's, so the indexes are
# made here, in SQL SQLite and PostgreSQL both read.

from django.db import migrations

INDEXES = {
    "news_listing_home_section": ("news_articlepage", "home_section_id, page_ptr_id"),
    "news_listing_extra_section": ("news_articlepage_sections", "sectionpage_id, articlepage_id"),
    "news_listing_dossier": ("news_articlepage_dossiers", "dossierpage_id, articlepage_id"),
    "news_listing_author": ("news_articleauthor", "author_id, article_id"),
}


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0006_listing_order_index"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns})",
            f"DROP INDEX IF EXISTS {name}",
            elidable=False,
        )
        for name, (table, columns) in INDEXES.items()
    ]
