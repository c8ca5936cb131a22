from wagtail import hooks

from audit.views import audit_trail_viewset


@hooks.register("register_admin_viewset")
def register_audit_trail_viewset():
    return audit_trail_viewset
