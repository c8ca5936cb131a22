"""Template tags other apps' pages use to show certificates (the trainee dashboard),
so that those apps need not import this one."""

from django import template

from certificates.selectors import certificates_of

register = template.Library()


@register.inclusion_tag("certificates/includes/my_certificates.html", takes_context=True)
def my_certificates(context):
    request = context["request"]
    user = request.user
    return {
        "certificates": list(certificates_of(user)) if user.is_authenticated else [],
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
    }
