from django.urls import path

from offline import views

# Under the language prefix (/en/, /hi/): the page and the manifest speak it.
urlpatterns = [
    path("offline/", views.offline_page, name="offline"),
    path("manifest.webmanifest", views.manifest, name="web_manifest"),
]
