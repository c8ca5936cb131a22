"""The privacy notice in the Wagtail admin (Settings → Privacy notices): drafts with
revisions and preview, published once as the next version, never edited after.

A new version starts from the text in force ("Add privacy notice"). A published
version can be read (inspect) but not edited, reverted, unpublished or deleted: the
consents given to it point at it, and must say what the person agreed to.
"""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from consent.models import SECTIONS, NoticeImmutable, PrivacyNotice
from consent.selectors import notice_current


class RefusePublishedMixin:
    """A published version is not to be changed: say so and show it instead."""

    # get() and post(): after Wagtail's permission check (in dispatch), so that only
    # those who may edit notices learn that this one is published.
    def get(self, request, *args, **kwargs):
        return self._refused(request, kwargs) or super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        return self._refused(request, kwargs) or super().post(request, *args, **kwargs)

    def _refused(self, request, kwargs):
        notice = PrivacyNotice.objects.filter(pk=unquote(str(kwargs.get("pk")))).first()
        if notice is not None and notice.is_published:
            messages.error(request, NoticeImmutable.default_message)
            return redirect(
                reverse("wagtailsnippets_consent_privacynotice:inspect", args=[notice.pk])
            )
        return None


class NoticeEditView(RefusePublishedMixin, snippet_views.EditView):
    pass


class NoticeDeleteView(RefusePublishedMixin, snippet_views.DeleteView):
    pass


class NoticeUnpublishView(RefusePublishedMixin, snippet_views.UnpublishView):
    pass


class NoticeCreateView(snippet_views.CreateView):
    """The next version starts as a copy of the text in force."""

    def get_initial_form_instance(self):
        current = notice_current()
        if current is None:
            return super().get_initial_form_instance()
        fields = {name: getattr(current, name) for name in PrivacyNotice.CONTENT_FIELDS}
        return PrivacyNotice(**{**fields, "changes_en": "", "changes_hi": ""})


class PrivacyNoticeViewSet(SnippetViewSet):
    model = PrivacyNotice
    icon = "doc-full"
    menu_label = _("Privacy notices")
    add_to_settings_menu = True
    menu_order = 180
    list_display = ["__str__", "version", "first_published_at", "updated_at"]
    inspect_view_enabled = True
    copy_view_enabled = False
    add_view_class = NoticeCreateView
    edit_view_class = NoticeEditView
    delete_view_class = NoticeDeleteView
    unpublish_view_class = NoticeUnpublishView
    panels = [
        MultiFieldPanel([FieldPanel("title_en"), FieldPanel("title_hi")], heading=_("Title")),
        MultiFieldPanel(
            [FieldPanel("changes_en"), FieldPanel("changes_hi")],
            heading=_("What changed since the last version"),
        ),
        *(
            MultiFieldPanel([FieldPanel(f"{name}_en"), FieldPanel(f"{name}_hi")], heading=label)
            for name, label in SECTIONS
        ),
    ]


register_snippet(PrivacyNoticeViewSet)
