"""Wagtail admin menu items shared by the apps' coordinator screens."""

from wagtail.admin.menu import MenuItem

from organisation.selectors import user_scope


class CoordinatorMenuItem(MenuItem):
    """Shown to users with a coordinator scope only.

    Several menu items ask on every admin page; the scope is looked up once per
    request.
    """

    def is_shown(self, request):
        if not hasattr(request, "_lms_scope"):
            request._lms_scope = user_scope(request.user)
        return request._lms_scope is not None
