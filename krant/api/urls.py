"""The API, version 1, at /api/v1/ (included in krant/urls.py). Every address here answers JSON."""

from django.urls import path, re_path

from krant.api import community, factchecks, games, podcasts, predictions, push, scores, shop, views, woord

app_name = "api"

urlpatterns = [
    path("", views.IndexView.as_view(), name="index"),
    path("openapi.json", views.SchemaView.as_view(), name="openapi"),
    path("front-page/", views.FrontPageView.as_view(), name="front-page"),
    path("articles/", views.ArticleListView.as_view(), name="article-list"),
    path("articles/<int:pk>/", views.ArticleDetailView.as_view(), name="article-detail"),
    path("liveblogs/<int:pk>/updates/", views.LiveUpdateListView.as_view(), name="liveblog-updates"),
    path("most-read/", views.MostReadView.as_view(), name="most-read"),
    path("sections/", views.SectionListView.as_view(), name="section-list"),
    path("sections/<int:pk>/", views.SectionDetailView.as_view(), name="section-detail"),
    path("dossiers/", views.DossierListView.as_view(), name="dossier-list"),
    path("dossiers/<int:pk>/", views.DossierDetailView.as_view(), name="dossier-detail"),
    path("authors/", views.AuthorListView.as_view(), name="author-list"),
    path("authors/<int:pk>/", views.AuthorDetailView.as_view(), name="author-detail"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("videos/", views.VideoListView.as_view(), name="video-list"),
    path("videos/<int:pk>/", views.VideoDetailView.as_view(), name="video-detail"),
    path("podcasts/episodes/", podcasts.EpisodeListView.as_view(), name="podcast-episode-list"),
    path("podcasts/episodes/<int:pk>/", podcasts.EpisodeDetailView.as_view(), name="podcast-episode-detail"),
    path("scores/competitions/", scores.CompetitionListView.as_view(), name="scores-competition-list"),
    path("scores/competitions/<int:pk>/", scores.CompetitionDetailView.as_view(), name="scores-competition"),
    path("scores/matches/<int:pk>/", scores.MatchDetailView.as_view(), name="scores-match"),
    path("predictions/games/", predictions.GameListView.as_view(), name="predictions-game-list"),
    path("predictions/games/<int:pk>/", predictions.GameDetailView.as_view(), name="predictions-game"),
    path(
        "predictions/games/<int:pk>/leaderboard/",
        predictions.LeaderboardView.as_view(),
        name="predictions-leaderboard",
    ),
    path("fact-checks/", factchecks.FactCheckListView.as_view(), name="fact-check-list"),
    path("fact-checks/<int:pk>/", factchecks.FactCheckDetailView.as_view(), name="fact-check-detail"),
    path("puzzles/", games.PuzzleListView.as_view(), name="puzzle-list"),
    path("puzzles/<int:pk>/", games.PuzzleDetailView.as_view(), name="puzzle-detail"),
    path("shop/categories/", shop.CategoryListView.as_view(), name="shop-category-list"),
    path("shop/products/", shop.ProductListView.as_view(), name="shop-product-list"),
    path("shop/products/<int:pk>/", shop.ProductDetailView.as_view(), name="shop-product-detail"),
    path("woord/", woord.WoordTodayView.as_view(), name="woord-today"),
    path("woord/<int:pk>/", woord.WoordDayView.as_view(), name="woord-day"),
    path("articles/<int:pk>/comments/", community.ArticleCommentsView.as_view(), name="article-comments"),
    path("comments/<int:pk>/", community.CommentView.as_view(), name="comment"),
    path("comments/<int:pk>/replies/", community.RepliesView.as_view(), name="comment-replies"),
    path("comments/<int:pk>/respect/", community.RespectView.as_view(), name="comment-respect"),
    path("comments/<int:pk>/reports/", community.ReportsView.as_view(), name="comment-reports"),
    path("auth/token/", community.TokenView.as_view(), name="token"),
    path("push/topics/", push.TopicsView.as_view(), name="push-topics"),
    path("push/devices/", push.DevicesView.as_view(), name="push-devices"),
    path("push/devices/<str:platform>/<str:token>/", push.DeviceView.as_view(), name="push-device"),
    re_path(r"^.*$", views.NotFoundView.as_view(), name="not-found"),
]
