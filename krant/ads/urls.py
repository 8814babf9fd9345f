from django.urls import path

from krant.ads import views

urlpatterns = [path("ads.txt", views.ads_txt, name="ads_txt")]
