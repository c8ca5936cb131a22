"""Certificate URLs under a language prefix (/en/..., /hi/...)."""

from django.urls import path

from certificates import offline_verifier, views

urlpatterns = [
    path("verify/", views.verify_typed, name="certificate_verify_typed"),
    # Before verify/<code>/, which would take "offline" for a code.
    path("verify/offline/", offline_verifier.verify_offline, name="certificate_verify_offline"),
    path(
        "verify/offline/manifest.webmanifest",
        offline_verifier.verify_offline_manifest,
        name="certificate_verify_offline_manifest",
    ),
    path("verify/<str:code>/", views.verify, name="certificate_verify"),
    path("certificates/<str:code>/download/", views.download, name="certificate_download"),
]
