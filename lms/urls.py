from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.auth.views import LoginView
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from certificates import views as certificate_views
from lms import views as lms_views
from lms.forms import VolunteerLoginForm
from offline import views as offline_views

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("healthz", lms_views.healthz, name="healthz"),
    path("ping", lms_views.ping, name="ping"),
    # At the root, so that the service worker's scope is the whole site.
    path("sw.js", offline_views.service_worker_script, name="service_worker"),
    # The issuer's keys (/.well-known/did.json, jwks.json), status lists, credentials
    # (/v/<code>.jwt): before /v/<code>, which would match "<code>.jwt" too.
    path("", include("certificates.credentials.urls")),
    # Short, language-neutral addresses printed on certificates and in their QR
    # codes; the page speaks the reader's language (cookie or browser).
    path("v/<str:code>.json", certificate_views.verify_json, name="certificate_verify_json"),
    path("v/<str:code>", certificate_views.verify_short, name="certificate_verify_short"),
    # The opt-out link in messages (/o/...) and the providers' inbound webhooks.
    path("", include("messaging.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages a trainee sees carry their language in the URL (/en/..., /hi/...);
# "/" redirects by the reader's cookie or browser language. Wagtail's page
# serving comes last: it matches every remaining path.
urlpatterns += i18n_patterns(
    path("accounts/signup/", lms_views.signup, name="signup"),
    path(
        "accounts/login/",
        LoginView.as_view(authentication_form=VolunteerLoginForm),
        name="login",
    ),
    # Before Django's auth URLs: the same view, with a form that also reaches
    # volunteers imported in bulk (their reset link is their invitation).
    path(
        "accounts/password_reset/",
        lms_views.VolunteerPasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        "accounts/reset/<uidb64>/<token>/",
        lms_views.VolunteerPasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    # Signing in with a code sent by SMS or WhatsApp (accounts/README.md).
    path("accounts/code/", include("accounts.urls")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include("consent.urls")),
    path("", include("certificates.urls")),
    path("", include("courses.urls")),
    path("", include("reports.urls")),
    path("", include("offline.urls")),
    path("", include("privacy.urls")),
    path("", include(wagtail_urls)),
)
