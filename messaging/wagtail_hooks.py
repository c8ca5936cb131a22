"""Wagtail admin registrations of the messaging app: the Outbox and Opt-outs."""

from wagtail import hooks

from messaging.admin_views import MessagingViewSetGroup


@hooks.register("register_admin_viewset")
def register_messaging_viewsets():
    return MessagingViewSetGroup()
