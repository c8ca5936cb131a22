"""The accounts app's parts of the organisation's volunteer screens."""

from wagtail import hooks

from accounts import volunteer_admin

hooks.register("register_bulk_action", volunteer_admin.InviteBulkAction)


@hooks.register("construct_volunteer_detail_panels")
def add_messages_panel(request, volunteer, panels):
    panels.append(volunteer_admin.MessagesPanel(request, volunteer))
