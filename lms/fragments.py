"""Reader fragments every page has: the account links and the messages (see page_cache.py)."""

from django.contrib.messages import get_messages
from django.template.loader import render_to_string

from lms.page_cache import anonymous_fragment, register_fragment


@register_fragment("account")
def account_fragment(request, meta):
    if not request.user.is_authenticated:
        # The same links for every anonymous reader of a language.
        return anonymous_fragment(
            "account", lambda: render_to_string("includes/account_nav.html", {"user": request.user})
        )
    return render_to_string("includes/account_nav.html", request=request)


@register_fragment("messages")
def messages_fragment(request, meta):
    stored = list(get_messages(request))
    if not stored:
        return ""
    return render_to_string("includes/messages.html", {"messages": stored}, request=request)
