"""Wagtail admin menu items shared by the apps' coordinator screens."""

from wagtail.admin.menu import MenuItem

from organisation.permissions import scope_of


class CoordinatorMenuItem(MenuItem):
    """Shown to users with a coordinator scope only.

    Several menu items ask on every admin page; the scope is looked up once per
    request (``request.scope``, as organisation.permissions.scope_required keeps it).
    """

    def is_shown(self, request):
        if not hasattr(request, "scope"):
            request.scope = scope_of(request.user)
        return request.scope is not None
