"""Certificate URLs under a language prefix (/en/..., /hi/...)."""

from django.urls import path

from certificates import views

urlpatterns = [
    path("verify/", views.verify_typed, name="certificate_verify_typed"),
    path("verify/<str:code>/", views.verify, name="certificate_verify"),
    path("certificates/<str:code>/download/", views.download, name="certificate_download"),
]
