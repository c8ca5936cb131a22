"""The opt-out link's page, and the providers' inbound webhooks (STOP keywords).

- ``/o/<token>``: the link in every promotional message. GET shows one button (a link
  preview, a virus scanner or a chat app fetching the link must not opt anyone out);
  POST records the opt-out. Mail programs POST it directly (RFC 8058 one-click, the
  ``List-Unsubscribe-Post`` header), so it takes no CSRF token: the token in the
  address is the message's HMAC, and the only thing it can do is stop messages.
- ``/messaging/inbound/sms/<token>/``: the SMS gateway posts replies here (form or JSON,
  ``from`` and ``text`` or their usual aliases); the secret is in the address because
  most gateways cannot add a header.
- ``/messaging/inbound/whatsapp/``: the Cloud API's webhook, verified with
  ``hub.verify_token`` on GET and the app secret's ``X-Hub-Signature-256`` on POST.
"""

import hashlib
import hmac
import json

from django.conf import settings
from django.core import signing
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from lms.errors import ApplicationError, refused
from messaging.models import OptOut, OutboxMessage
from messaging.opt_outs import is_stop, opt_out_record
from messaging.rendering import opt_out_message_id


@csrf_exempt
@require_http_methods(["GET", "POST"])
def opt_out(request, token):
    try:
        message = OutboxMessage.objects.get(pk=opt_out_message_id(token))
    except (signing.BadSignature, OutboxMessage.DoesNotExist):
        # Not a 404: outside the language prefix, Django would redirect that to /en/o/...
        return refused(request, ApplicationError(_("This link is not valid.")))
    translation.activate(message.language if message.language in ("en", "hi") else "en")
    request.LANGUAGE_CODE = translation.get_language()
    done = request.method == "POST"
    if done:
        opt_out_record(
            channel=message.channel,
            address=message.address,
            method=OptOut.Method.LINK,
            recipient_id=message.recipient_id,
        )
    return render(
        request,
        "messaging/opt_out.html",
        {"done": done, "channel": message.get_channel_display()},
    )


def _first(data, *names) -> str:
    for name in names:
        if data.get(name):
            return str(data[name])
    return ""


@csrf_exempt
@require_POST
def sms_inbound(request, token):
    expected = settings.MESSAGING_SMS_INBOUND_TOKEN
    if not expected or not constant_time_compare(token, expected):
        return HttpResponseForbidden()
    if request.content_type == "application/json":
        try:
            data = json.loads(request.body)
        except ValueError:
            return JsonResponse({"error": "not JSON"}, status=400)
    else:
        data = request.POST
    sender = _first(data, "from", "sender", "mobile", "msisdn")
    text = _first(data, "text", "message", "content", "body")
    stopped = bool(sender) and is_stop(text)
    if stopped:
        opt_out_record(channel="sms", address=sender, method=OptOut.Method.KEYWORD)
    return JsonResponse({"ok": True, "opted_out": stopped})


def _whatsapp_texts(payload: dict):
    """(sender, text) of each message in a Cloud API webhook payload."""
    for entry in payload.get("entry") or []:
        for change in entry.get("changes") or []:
            for message in (change.get("value") or {}).get("messages") or []:
                kind = message.get("type")
                if kind == "text":
                    text = (message.get("text") or {}).get("body", "")
                elif kind == "button":
                    text = (message.get("button") or {}).get("text", "")
                elif kind == "interactive":
                    reply = (message.get("interactive") or {}).get("button_reply") or {}
                    text = reply.get("title", "")
                else:
                    continue
                yield message.get("from", ""), text


@csrf_exempt
@require_http_methods(["GET", "POST"])
def whatsapp_webhook(request):
    if request.method == "GET":
        token = settings.MESSAGING_WHATSAPP_VERIFY_TOKEN
        if (
            token
            and request.GET.get("hub.mode") == "subscribe"
            and constant_time_compare(request.GET.get("hub.verify_token", ""), token)
        ):
            return HttpResponse(request.GET.get("hub.challenge", ""), content_type="text/plain")
        return HttpResponseForbidden()
    secret = settings.MESSAGING_WHATSAPP_APP_SECRET
    signature = request.headers.get("X-Hub-Signature-256", "")
    expected = "sha256=" + hmac.new(secret.encode(), request.body, hashlib.sha256).hexdigest()
    if not secret or not constant_time_compare(signature, expected):
        return HttpResponseForbidden()
    try:
        payload = json.loads(request.body)
    except ValueError:
        return JsonResponse({"error": "not JSON"}, status=400)
    stopped = 0
    for sender, text in _whatsapp_texts(payload):
        if sender and is_stop(text):
            opt_out_record(channel="whatsapp", address=sender, method=OptOut.Method.KEYWORD)
            stopped += 1
    return JsonResponse({"ok": True, "opted_out": stopped})
