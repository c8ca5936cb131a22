from django.urls import path

from consent import views

app_name = "consent"

urlpatterns = [
    path("consent/notice/", views.notice, name="notice"),
    path("consent/notice/<int:version>/", views.notice, name="notice_version"),
    path("consent/agree/", views.agree, name="agree"),
    path("consent/messages/", views.message_settings, name="messages"),
]
