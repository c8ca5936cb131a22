"""Writing the trail: the one function that adds a row, and what it keeps of a request.

Names no app (import-linter): every app may record through it, as it may send a message
through the outbox.
"""

import hashlib
import hmac

from django.conf import settings
from django.db import connection, transaction
from django.http import HttpRequest, QueryDict

from audit.models import AccessRecord

#: Query parameters that say nothing about what was shown.
IGNORED_PARAMETERS = {"export", "purpose", "csrfmiddlewaretoken"}
#: Parameters a person types to find someone (a name, a mobile number): kept as a keyed
#: digest, so that the trail can answer "who looked this number up?" without holding the
#: number itself after the volunteer is erased.
SEARCH_PARAMETERS = {"q"}


def search_digest(text: str) -> str:
    """The digest the trail keeps of a search: the same for the same search (spaces and
    case aside), useless without the site's secret key."""
    normalised = " ".join(text.split()).casefold()
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, b"audit-search:" + normalised.encode(), hashlib.sha256).hexdigest()[:20]


def filters_of(query: QueryDict) -> dict:
    """What a request's query string narrowed the data to, as the trail keeps it."""
    filters = {}
    for name in sorted(query):
        if name in IGNORED_PARAMETERS:
            continue
        values = [value for value in query.getlist(name) if value != ""]
        if not values:
            continue
        if name in SEARCH_PARAMETERS:
            value = values[0].replace(" ", "")
            kind = "mobile" if value.lstrip("+").isdigit() else "name"
            filters[name] = {"search": kind, "digest": search_digest(values[0])}
        else:
            filters[name] = values[0] if len(values) == 1 else values
    return filters


def access_record(
    *,
    request: HttpRequest,
    action: str,
    outcome: str = AccessRecord.Outcome.SHOWN,
    unit_id: int | None = None,
    object_id: int | None = None,
    row_count: int | None = None,
    purpose: str = "",
    filters: dict | None = None,
    durable: bool = True,
) -> AccessRecord:
    """Adds one row to the trail: who (the request's user), in which scope
    (``request.scope``, set by organisation.permissions), what and with which filters
    (the query string unless given).

    ``durable=False`` (a page of a list, written on every page a coordinator turns):
    on PostgreSQL the row commits without waiting for the disk (``synchronous_commit``
    off for its own transaction only), which a crash of the database server could lose
    for its last fraction of a second; downloads and volunteers' pages always wait.
    """
    scope = getattr(request, "scope", None)
    row = AccessRecord(
        actor_id=request.user.pk,
        scope_id=getattr(scope, "pk", None),
        unit_id=unit_id,
        action=action,
        outcome=outcome,
        object_id=object_id,
        row_count=row_count,
        purpose=purpose,
        filters=filters_of(request.GET) if filters is None else filters,
    )
    if durable or connection.vendor != "postgresql" or connection.in_atomic_block:
        row.save()
        return row
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL synchronous_commit TO OFF")
        row.save()
    return row
