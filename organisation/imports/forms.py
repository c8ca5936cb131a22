from django import forms
from django.core.validators import FileExtensionValidator
from django.utils.translation import gettext_lazy as _

from organisation.models import VolunteerImport

MAX_UPLOAD_MB = 200
#: The channels a consent record may cover: the consent app's codes (its tests keep
#: the two in step; the organisation imports no other app).
CONTACT_CHANNELS = (("sms", _("SMS")), ("whatsapp", _("WhatsApp")), ("email", _("E-mail")))


class VolunteerImportForm(forms.Form):
    file = forms.FileField(
        label=_("File"),
        validators=[FileExtensionValidator(["csv", "xlsx"])],
        help_text=_("CSV in UTF-8, or Excel (.xlsx); up to %(mb)d MB.") % {"mb": MAX_UPLOAD_MB},
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx,text/csv"}),
    )
    send_invitations = forms.BooleanField(
        label=_("E-mail new volunteers a link to choose their password"),
        required=False,
        help_text=_("Only volunteers with an e-mail address; each is invited once."),
    )

    consent_record = VolunteerImport._meta.get_field("consent_record").formfield(required=True)
    consent_channels = forms.MultipleChoiceField(
        label=_("The record also holds their consent to messages by"),
        choices=CONTACT_CHANNELS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Reminders go only on the channels a volunteer agreed to."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_MB * 1024 * 1024:
            raise forms.ValidationError(
                _("The file is larger than %(mb)d MB: split it.") % {"mb": MAX_UPLOAD_MB}
            )
        if upload.size == 0:
            raise forms.ValidationError(_("The file is empty."))
        return upload
