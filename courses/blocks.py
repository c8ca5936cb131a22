"""StreamField blocks a trainer needs to write lessons on social-media skills.

Each block renders with a template in templates/blocks/. Blocks stay light for
phones on slow networks: no block loads third-party scripts or iframes on page load.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

# Rich-text features trainers need; no raw HTML, embeds or images inside text.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        form_classname = "title"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "blocks/paragraph_block.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "blocks/image_block.html"


class VideoBlock(blocks.StructBlock):
    """A link card to a video, not an embedded player.

    An embedded player costs hundreds of kilobytes of script on page load; on a
    slow network the trainee chooses when to spend that. The transcript keeps
    the lesson usable without the video at all.
    """

    url = blocks.URLBlock(
        label=_("Video URL"), help_text=_("YouTube, Vimeo or any page with the video.")
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    duration_minutes = blocks.IntegerBlock(
        label=_("Length in minutes"), min_value=1, required=False
    )
    transcript = blocks.TextBlock(label=_("Transcript or summary"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, help_text=_("Defaults to the document's title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Downloadable document")
        template = "blocks/document_block.html"


class ChoiceLabelsValue(blocks.StructValue):
    """Gives templates the translated label of each choice: ``value.labels.kind``."""

    @property
    def labels(self):
        return {
            name: dict(block.field.choices).get(self.get(name), "")
            for name, block in self.block.child_blocks.items()
            if isinstance(block, blocks.ChoiceBlock)
        }


CALLOUT_KINDS = [("tip", _("Tip")), ("warning", _("Warning")), ("example", _("Example"))]
# "False"/"True" of a claim read differently from a quiz's true/false answers
# in Hindi (झूठा/सच, not गलत/सही): a translation context keeps them apart.
VERDICTS = [
    ("false", pgettext_lazy("verdict on a claim", "False")),
    ("misleading", pgettext_lazy("verdict on a claim", "Misleading")),
    ("unverified", pgettext_lazy("verdict on a claim", "Unverified")),
    ("true", pgettext_lazy("verdict on a claim", "True")),
]


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(label=_("Kind"), choices=CALLOUT_KINDS, default="tip")
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Callout")
        template = "blocks/callout_block.html"
        value_class = ChoiceLabelsValue


class DoDontBlock(blocks.StructBlock):
    dos = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Do"))
    donts = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Don't"))

    class Meta:
        icon = "tasks"
        label = _("Do and don't")
        template = "blocks/do_dont_block.html"


class SpotTheFakeBlock(blocks.StructBlock):
    """A worked example: a claim as it circulates, the evidence, and the verdict."""

    claim = blocks.TextBlock(label=_("The claim, as it circulates"))
    evidence = blocks.RichTextBlock(
        label=_("What the evidence shows"),
        features=RICH_TEXT_FEATURES,
        help_text=_("How it was checked, with sources."),
    )
    verdict = blocks.ChoiceBlock(label=_("Verdict"), choices=VERDICTS)

    class Meta:
        icon = "search"
        label = _("Spot the fake")
        template = "blocks/spot_the_fake_block.html"
        value_class = ChoiceLabelsValue


class KeyTakeawaysBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(blocks.CharBlock(max_length=300), **kwargs)

    class Meta:
        icon = "list-ul"
        label = _("Key takeaways")
        template = "blocks/key_takeaways_block.html"


class LessonBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    do_dont = DoDontBlock()
    spot_the_fake = SpotTheFakeBlock()
    key_takeaways = KeyTakeawaysBlock()
