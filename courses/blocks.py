"""StreamField blocks a trainer needs to write lessons on social-media skills.

Each block renders with a template in templates/blocks/. Blocks stay light for
phones on slow networks: no block loads third-party scripts or iframes on page load.

Every block has a ``description`` and a ``preview_value`` (sample content, in the
trainer's language), so the block picker in the page editor shows what it makes;
templates/wagtailcore/shared/block_preview.html renders previews with the site's styles.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock

# Rich-text features trainers need; no raw HTML, embeds or images inside text.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        form_classname = "title"
        description = _("A section heading inside the lesson.")
        preview_value = _("Check before you share")


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "blocks/paragraph_block.html"
        description = _("Paragraphs with bold, italic, links, lists and small headings.")
        preview_value = _(
            "<p>A forwarded message is not a source. <b>Find who said it first</b>, and when.</p>"
        )


class CaptionedImageBlock(blocks.StructBlock):
    """Wagtail's ImageBlock (the image with its alt text, or marked decorative) and a caption."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "blocks/captioned_image_block.html"
        description = _(
            "An image from the library with its alternative text, and an optional caption."
        )
        preview_value = {"caption": _("Four steps: pause, find the source, check, share.")}

    def get_preview_value(self):
        # The newest image in the library stands in for the trainer's own.
        image = get_image_model().objects.order_by("-created_at").first()
        return self.normalize(
            {
                **self.meta.preview_value,
                "image": {
                    "image": image,
                    "alt_text": _("Four boxes joined by arrows."),
                    "decorative": False,
                },
            }
        )


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
        description = _("A link to a video on another site, with its transcript.")
        preview_value = {
            "url": "https://example.org/videos/reverse-image-search",
            "title": _("Reverse image search in four steps"),
            "duration_minutes": 4,
            "transcript": _("Save the photo. Search for it. Compare the dates."),
        }


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, help_text=_("Defaults to the document's title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Downloadable document")
        template = "blocks/document_block.html"
        description = _("A document from the library, for trainees to download.")
        preview_value = {"title": _("Verification checklist")}

    def get_preview_value(self):
        # The newest document in the library stands in for the trainer's own.
        document = get_document_model().objects.order_by("-created_at").first()
        return self.normalize({**self.meta.preview_value, "document": document})


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
        description = _("A tip, a warning or an example, set apart from the text.")
        preview_value = {
            "kind": "tip",
            "text": _("<p>Search for the photo before you share it.</p>"),
        }


class DoDontBlock(blocks.StructBlock):
    dos = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Do"))
    donts = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Don't"))

    class Meta:
        icon = "tasks"
        label = _("Do and don't")
        template = "blocks/do_dont_block.html"
        description = _("Two lists side by side: what to do, and what not to do.")
        preview_value = {
            "dos": [_("Cite the source"), _("Reply calmly")],
            "donts": [_("Share before checking"), _("Shout in capitals")],
        }


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
        description = _(
            "A claim as it circulates, then the evidence and the verdict, shown on request."
        )
        preview_value = {
            "claim": _("Schools are closed tomorrow, says a forwarded notice."),
            "evidence": _("<p>The education department's website has no such notice.</p>"),
            "verdict": "false",
        }


class KeyTakeawaysBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(blocks.CharBlock(max_length=300), **kwargs)

    class Meta:
        icon = "list-ul"
        label = _("Key takeaways")
        template = "blocks/key_takeaways_block.html"
        description = _("The few points to remember, at the end of the lesson.")
        preview_value = [_("Pause before you share"), _("Check the source")]


class LessonBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    do_dont = DoDontBlock()
    spot_the_fake = SpotTheFakeBlock()
    key_takeaways = KeyTakeawaysBlock()
