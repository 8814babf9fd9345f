"""What a change to an author purges: their article list and the lists of authors (`authors`: the
newsroom page, the API's list, the sitemap). Their articles' pages declare `page:<author id>` (the
byline), which core purges with every publish.
"""

from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from krant.authors.models import AuthorPage
from krant.core.purge import purge


@receiver(page_published, sender=AuthorPage)
@receiver(page_unpublished, sender=AuthorPage)
@receiver(post_page_move, sender=AuthorPage)
def author_changed(sender, instance, **kwargs):
    purge({f"author:{instance.pk}", "authors"})
