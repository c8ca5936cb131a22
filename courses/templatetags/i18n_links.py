"""Links to the same page in each language, for the language switcher on every page."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from wagtail.models import Locale, Page

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """[{code, name, url, current}] for each language of the site.

    A page with a live translation links to it; otherwise the link keeps the
    same path under the other language's prefix, where a missing page falls
    back to the default language with a notice (TranslationFallbackMixin).
    """
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    current = get_language()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    links = []
    for code, _name in settings.LANGUAGES:
        url = None
        if isinstance(page, Page) and code in locales:
            translation = page.get_translation_or_none(locales[code])
            if translation is not None and translation.live:
                url = translation.get_url(request)
        if url is None:
            url = translate_url(request.get_full_path(), code)
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "current": code == current,
            }
        )
    return links
