"""Trainee-site URLs, under the language prefix (/en/..., /hi/...)."""

from django.urls import path

from reports import team_views

urlpatterns = [
    path("my-team/", team_views.my_team, name="my_team"),
]
