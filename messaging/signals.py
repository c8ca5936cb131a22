"""Signals the messaging app sends."""

from django.dispatch import Signal

#: An address asked for no more promotional messages on a channel (the one-tap link or
#: a STOP keyword). Arguments: ``channel``, ``address`` (normalised), ``recipient_id``
#: (None when a keyword came from a number: the receiver knows whose it is) and
#: ``method`` ("link" or "keyword"). The consent record listens, to record the
#: withdrawal; the sender does not need it: it reads ``OptOut`` before every message.
opted_out = Signal()
