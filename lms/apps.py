from django.apps import AppConfig

from lms import quiz_compat

# Runs when Django imports this module, in the first phase of app loading,
# before any app's models (django-quiz-app's included) are imported.
quiz_compat.install()


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = "Volunteer training"

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.contrib.auth.signals import user_logged_in
        from django.db.models.signals import post_delete, post_migrate, post_save

        from wagtail.models import Page, PageViewRestriction
        from wagtail.signals import (
            page_published,
            page_slug_changed,
            page_unpublished,
            post_page_move,
        )

        from lms import checks, fragments  # noqa: F401  (registers checks and fragments)
        from lms.auth_backends import user_changed
        from lms.page_cache import content_changed
        from lms.security import remember_device
        from lms.sites import update_site_after_migrate
        from lms.views import remember_admin_access

        for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
            signal.connect(content_changed, dispatch_uid=f"page-cache-{signal!r}")
        post_delete.connect(content_changed, sender=Page, dispatch_uid="page-cache-delete")
        for signal in (post_save, post_delete):
            signal.connect(
                content_changed,
                sender=PageViewRestriction,
                dispatch_uid=f"page-cache-restriction-{signal!r}",
            )
        user_logged_in.connect(remember_admin_access, dispatch_uid="lms-admin-access")
        user_logged_in.connect(remember_device, dispatch_uid="lms-known-device")
        # Every deployment runs migrate: the Site record follows SITE_URL (lms/sites.py).
        post_migrate.connect(update_site_after_migrate, sender=self, dispatch_uid="lms-site")
        # The session's cached user row follows every change to the user (lms/auth_backends.py).
        User = get_user_model()
        for signal in (post_save, post_delete):
            signal.connect(user_changed, sender=User, dispatch_uid=f"auth-user-{signal!r}")
