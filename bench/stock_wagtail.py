"""A stock Wagtail 7.4 site with the same articles as krant's demo: the reference for what Wagtail costs.

`wagtail start` makes the project; we add the least a news site needs (an article page with a title, intro,
rich-text body and lead image, a home page listing as many of the newest articles, with their images, as
krant's demo front page shows) and two settings modules: production-like (`bench`: no debug) and the same
with Django's per-site cache middleware (`bench_cached`, a per-process LocMemCache). Both are served by
granian with the same number of workers as krant, and granian's defaults otherwise, as a new user would run
it.
"""

import os
import subprocess
import sys
from pathlib import Path

from bench.stack import Processes, fetch, free_port, krant, wait_until

PROJECT = "wagtailref"
# What krant's demo front page shows, so both home pages render as much: the articles it links to (35
# distinct) and a teaser image for each, the first as the lead story with a srcset (37 images in all).
HOME_ARTICLES = 36

MODELS = f"""
from django.db import models
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.live().public().order_by("-first_published_at")
        # Wagtail's documented way to list images: their renditions in one query.
        articles = articles.select_related("image").prefetch_related("image__renditions")
        context["articles"] = articles[:{HOME_ARTICLES}]
        return context


class ArticlePage(Page):
    intro = models.TextField()
    body = RichTextField(blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
"""

# The same image sizes as krant's front page and article (webp, a srcset for the lead).
HOME_TEMPLATE = """{% extends "base.html" %}
{% load wagtailcore_tags wagtailimages_tags %}
{% block content %}
<h1>{{ page.title }}</h1>
{% for article in articles %}
<article>{% if article.image %}{% if forloop.first %}
{% srcset_image article.image fill-{480x270,800x450,1200x675} format-webp sizes="(min-width: 1000px) 640px, 100vw" %}
{% else %}{% image article.image fill-320x180 format-webp alt="" loading="lazy" %}{% endif %}{% endif %}
<h2><a href="{% pageurl article %}">{{ article.title }}</a></h2>
<p>{{ article.intro }}</p><time>{{ article.first_published_at|date:"j F Y H:i" }}</time></article>
{% endfor %}
{% endblock %}
"""  # noqa: E501 - template lines

ARTICLE_TEMPLATE = """{% extends "base.html" %}
{% load wagtailcore_tags wagtailimages_tags %}
{% block content %}
<article><h1>{{ page.title }}</h1>
{% if page.image %}
{% srcset_image page.image width-{400,800,1200} format-webp sizes="(min-width: 800px) 760px, 100vw" %}
{% endif %}
<time>{{ page.first_published_at|date:"j F Y H:i" }}</time>
<p class="intro">{{ page.intro }}</p>
{{ page.body|richtext }}
</article>
{% endblock %}
"""

SETTINGS = """from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "bench-" + "x" * 50
ALLOWED_HOSTS = ["*"]
"""

CACHED_SETTINGS = """from .bench import *  # noqa: F403

MIDDLEWARE = [
    "django.middleware.cache.UpdateCacheMiddleware",
    *MIDDLEWARE,  # noqa: F405
    "django.middleware.cache.FetchFromCacheMiddleware",
]
CACHE_MIDDLEWARE_SECONDS = 600
"""

# Run inside the stock site: one article per krant article, same titles, intros, bodies, dates and lead
# images (the same files).
FILL = """
import json
from datetime import datetime
from django.core.files import File
from wagtail.images.models import Image
from home.models import ArticlePage, HomePage
home = HomePage.objects.get()
images = {{}}
for row in json.load(open({path!r})):
    image = None
    if row["image"]:
        if row["image"] not in images:
            name = row["image"].rsplit("/", 1)[-1]
            with open(row["image"], "rb") as file:
                images[row["image"]] = Image.objects.create(title=name, file=File(file, name=name))
        image = images[row["image"]]
    article = ArticlePage(
        title=row["title"], slug=row["slug"], intro=row["intro"], body=row["body"], image=image
    )
    home.add_child(instance=article)
    article.save_revision().publish()
    ArticlePage.objects.filter(pk=article.pk).update(first_published_at=datetime.fromisoformat(row["date"]))
print(ArticlePage.objects.count())
"""

# Run inside krant: the published articles, oldest first, as the stock site stores them.
DUMP = """
import json
from krant.news.models import published_articles
rows = [
    dict(
        title=a.title, slug=a.slug, intro=a.intro, body=str(a.body), date=a.first_published_at.isoformat(),
        image=a.lead_image.file.path if a.lead_image else None,
    )
    for a in published_articles().defer(None).select_related("lead_image").order_by("first_published_at")
]
json.dump(rows, open({path!r}, "w"))
"""


def build(directory: Path, krant_environment: dict) -> tuple[Path, int]:
    """Create the stock site in `directory` with krant's published articles; return it and their count."""
    directory.mkdir(parents=True)
    articles = directory / "articles.json"
    krant(krant_environment, "shell", "-c", DUMP.format(path=str(articles)))
    project = directory / "site"  # not PROJECT: `wagtail start` refuses a name it can import from here
    project.mkdir()
    wagtail = [sys.executable, "-c", "from wagtail.bin.wagtail import main; main()"]
    run([*wagtail, "start", PROJECT, str(project)], directory)
    (project / "home" / "models.py").write_text(MODELS)
    (project / "home" / "templates" / "home" / "home_page.html").write_text(HOME_TEMPLATE)
    (project / "home" / "templates" / "home" / "article_page.html").write_text(ARTICLE_TEMPLATE)
    (project / PROJECT / "settings" / "bench.py").write_text(SETTINGS)
    (project / PROJECT / "settings" / "bench_cached.py").write_text(CACHED_SETTINGS)
    manage = [sys.executable, "manage.py"]
    run([*manage, "makemigrations", "home"], project)
    run([*manage, "migrate", "--verbosity", "0"], project)
    # Its base.html names hashed static files (ManifestStaticFilesStorage), as in production.
    run([*manage, "collectstatic", "--noinput", "--verbosity", "0"], project)
    fill = FILL.format(path=str(articles))
    count = run([*manage, "shell", "-c", fill], project)
    return project, int(count.split()[-1])


def serve(
    processes: Processes, project: Path, settings: str, workers: int, log: Path, port: int | None = None
) -> str:
    """Serve the stock site with granian (on `port`, or a free one); return its address."""
    port = port or free_port()
    processes.start(
        f"stock Wagtail ({settings})",
        [sys.executable, "-m", "granian", "--interface", "wsgi", "--workers", str(workers)]
        + ["--host", "127.0.0.1", "--port", str(port), "--no-ws", f"{PROJECT}.wsgi:application"],
        log,
        cwd=project,
        env={"DJANGO_SETTINGS_MODULE": f"{PROJECT}.settings.{settings}", "PATH": "/usr/bin:/bin"},
    )
    base = f"http://127.0.0.1:{port}"
    wait_until(lambda: fetch(base + "/")[0] == 200, f"stock Wagtail ({settings})", 60)
    return base


def run(command: list[str], cwd: Path) -> str:
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": f"{PROJECT}.settings.bench"}
    done = subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True)  # noqa: S603
    if done.returncode:
        raise RuntimeError(f"{' '.join(command[:4])} failed:\n{done.stdout}{done.stderr}")
    return done.stdout
