from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.code_request, name="code_request"),
    path("enter/", views.code_enter, name="code_enter"),
]
