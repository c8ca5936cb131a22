"""Public, language-neutral addresses of the issuer's keys, status lists and credentials."""

from django.urls import path

from certificates.credentials import views

urlpatterns = [
    path(".well-known/did.json", views.did_json, name="credential_did"),
    path(".well-known/jwks.json", views.jwks_json, name="credential_jwks"),
    path("credentials/status/<int:number>", views.status_list, name="credential_status_list"),
    path("credentials/verify", views.verify, name="credential_verify"),
    path("v/<str:code>.jwt", views.download, name="certificate_credential"),
]
