from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class ConsentConfig(AppConfig):
    name = "consent"
    verbose_name = _("Notice and consent")

    def ready(self):
        from consent import receivers  # noqa: F401  (connects the import's receiver)
        from consent.models import PrivacyNotice
        from consent.selectors import notice_current_forget

        # A version published (or a draft saved): the cached "current notice" is read again.
        post_save.connect(
            notice_current_forget, sender=PrivacyNotice, dispatch_uid="consent.notice_saved"
        )
        post_delete.connect(
            notice_current_forget, sender=PrivacyNotice, dispatch_uid="consent.notice_deleted"
        )
