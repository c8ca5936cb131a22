"""The messages accounts send (messaging.registry)."""

from messaging.registry import MessageTemplate, register

# The one-time sign-in code: transactional (the person asked for it), secret (removed
# from the outbox row once sent or expired), valid as long as the code (the sender
# records ``expires_at``; an expired code is never sent late).
register(
    MessageTemplate(
        key="accounts/sign_in_code",
        variables=("code", "minutes"),
        channels=("sms", "whatsapp", "email"),
        secret=("code",),
        whatsapp_button="code",
    )
)

# A coordinator's invitation to sign in by mobile number: about the person's own account,
# so transactional (an imported volunteer has given no channel consent yet).
register(
    MessageTemplate(
        key="accounts/invitation",
        variables=("name", "url"),
        channels=("sms", "whatsapp"),
    )
)
