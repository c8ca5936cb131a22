from django.urls import path

from messaging import views

app_name = "messaging"

urlpatterns = [
    # Short and language-neutral: it is printed in SMS, where every character counts.
    path("o/<str:token>", views.opt_out, name="opt_out"),
    path("messaging/inbound/sms/<str:token>/", views.sms_inbound, name="sms_inbound"),
    path("messaging/inbound/whatsapp/", views.whatsapp_webhook, name="whatsapp_webhook"),
]
