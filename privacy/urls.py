"""The person's own data, under the language prefix (/en/..., /hi/...)."""

from django.urls import path

from privacy import views

urlpatterns = [
    path("my-data/", views.my_data, name="my_data"),
    path("my-data/download.<str:fmt>", views.my_data_download, name="my_data_download"),
    path("my-data/erase/", views.my_data_erase, name="my_data_erase"),
    path("my-data/erase/cancel/", views.my_data_erase_cancel, name="my_data_erase_cancel"),
]
