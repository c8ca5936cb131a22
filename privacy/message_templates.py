"""The messages privacy sends (messaging.registry)."""

from messaging.registry import MessageTemplate, register

# The warning before a long-inactive volunteer's data is erased: about their own record,
# so transactional (it must reach them whatever they chose about reminders). By e-mail,
# or by SMS to a volunteer with only a mobile number (most of them), who signs in by code.
register(
    MessageTemplate(
        key="privacy_retention_warning",
        variables=("name_en", "name_hi", "erase_on", "site_url"),
        channels=("email", "sms"),
    )
)
