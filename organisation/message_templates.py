"""The messages the organisation sends (messaging.registry)."""

from messaging.registry import MessageTemplate, register

# A member of a team whose leader was erased: their team changed (names nobody).
register(
    MessageTemplate(
        key="privacy_team_leader_changed",
        variables=("name_en", "name_hi", "site_url"),
        channels=("email", "sms"),  # SMS for the members with only a mobile number
    )
)

# The import's invitation to choose a password (organisation/imports/invitations.py):
# about the person's new account, so transactional.
register(
    MessageTemplate(
        key="volunteer_invitation",
        variables=("user_id", "username", "name_en", "name_hi", "site_name"),
        channels=("email",),
    )
)
