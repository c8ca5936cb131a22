"""Reader fragments every page has: the account links and the messages (see page_cache.py)."""

from django.contrib.messages import get_messages
from django.template.loader import render_to_string

from lms.page_cache import register_fragment, shared_fragment


@register_fragment("account")
def account_fragment(request, meta):
    # The same links for every reader of a language, logged in or not: memoised,
    # with the reader's CSRF token (the log-out form) filled in.
    return shared_fragment(
        request,
        "includes/account_nav.html",
        user={"is_authenticated": request.user.is_authenticated},
    )


@register_fragment("messages")
def messages_fragment(request, meta):
    stored = list(get_messages(request))
    if not stored:
        return ""
    return render_to_string("includes/messages.html", {"messages": stored}, request=request)
