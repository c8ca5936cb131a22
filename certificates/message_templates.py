"""The messages certificates send (messaging.registry)."""

from messaging.registry import MessageTemplate, register

register(
    MessageTemplate(
        key="certificate_issued",
        variables=(
            "name_en",
            "name_hi",
            "role_en",
            "role_hi",
            "unit_en",
            "unit_hi",
            "site_url",
            "verify_url",
        ),
        channels=("email",),
    )
)
