"""Lesson images become Wagtail's ImageBlock (image, alt text, decorative) with our caption.

The old block was a struct of an image id, its alt text and a caption:
    {"image": 12, "alt_text": "...", "caption": "..."}
The new one nests Wagtail's ImageBlock:
    {"image": {"image": 12, "alt_text": "...", "decorative": false}, "caption": "..."}
Every lesson's body and every revision (drafts and history) is rewritten, so no alt
text is lost. Backwards, the alt text goes back where it was (a decorative image's is
empty: the old block had no way to say "decorative").
"""

import wagtail.fields
from django.db import migrations
from wagtail.blocks.migrations.migrate_operation import MigrateStreamData
from wagtail.blocks.migrations.operations import BaseBlockOperation


class ImageStructToImageBlock(BaseBlockOperation):
    def apply(self, block_value):
        if isinstance(block_value.get("image"), dict):  # already the new shape
            return block_value
        return {
            "image": {
                "image": block_value.get("image"),
                "alt_text": block_value.get("alt_text", ""),
                "decorative": False,
            },
            "caption": block_value.get("caption", ""),
        }

    @property
    def operation_name_fragment(self):
        return "image_struct_to_imageblock"


class ImageBlockToImageStruct(BaseBlockOperation):
    def apply(self, block_value):
        image = block_value.get("image")
        if not isinstance(image, dict):  # already the old shape (an image id, or nothing)
            return block_value
        return {
            "image": image.get("image"),
            "alt_text": "" if image.get("decorative") else image.get("alt_text") or "",
            "caption": block_value.get("caption", ""),
        }

    @property
    def operation_name_fragment(self):
        return "imageblock_to_image_struct"


def _migrate(operation):
    def run(apps, schema_editor):
        MigrateStreamData(
            app_name="courses",
            model_name="lessonpage",
            field_name="body",
            operations_and_block_paths=[(operation, "image")],
        ).migrate_stream_data_forward(apps, schema_editor)

    return run


class Migration(migrations.Migration):

    dependencies = [
        ('courses', '0002_learning_progress_and_quiz_rules'),
    ]

    operations = [
        migrations.AlterField(
            model_name='lessonpage',
            name='body',
            field=wagtail.fields.StreamField([('heading', 0), ('paragraph', 1), ('image', 4), ('video', 9), ('document', 12), ('callout', 15), ('do_dont', 19), ('spot_the_fake', 23), ('key_takeaways', 24)], block_lookup={0: ('courses.blocks.HeadingBlock', (), {}), 1: ('courses.blocks.ParagraphBlock', (), {}), 2: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image'}), 3: ('wagtail.blocks.CharBlock', (), {'label': 'Caption', 'max_length': 250, 'required': False}), 4: ('wagtail.blocks.StructBlock', [[('image', 2), ('caption', 3)]], {}), 5: ('wagtail.blocks.URLBlock', (), {'help_text': 'YouTube, Vimeo or any page with the video.', 'label': 'Video URL'}), 6: ('wagtail.blocks.CharBlock', (), {'label': 'Title', 'max_length': 200}), 7: ('wagtail.blocks.IntegerBlock', (), {'label': 'Length in minutes', 'min_value': 1, 'required': False}), 8: ('wagtail.blocks.TextBlock', (), {'label': 'Transcript or summary', 'required': False}), 9: ('wagtail.blocks.StructBlock', [[('url', 5), ('title', 6), ('duration_minutes', 7), ('transcript', 8)]], {}), 10: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 11: ('wagtail.blocks.CharBlock', (), {'help_text': "Defaults to the document's title.", 'label': 'Link text', 'required': False}), 12: ('wagtail.blocks.StructBlock', [[('document', 10), ('title', 11)]], {}), 13: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('tip', 'Tip'), ('warning', 'Warning'), ('example', 'Example')], 'label': 'Kind'}), 14: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul', 'h3', 'h4'], 'label': 'Text'}), 15: ('wagtail.blocks.StructBlock', [[('kind', 13), ('text', 14)]], {}), 16: ('wagtail.blocks.CharBlock', (), {'max_length': 300}), 17: ('wagtail.blocks.ListBlock', (16,), {'label': 'Do'}), 18: ('wagtail.blocks.ListBlock', (16,), {'label': "Don't"}), 19: ('wagtail.blocks.StructBlock', [[('dos', 17), ('donts', 18)]], {}), 20: ('wagtail.blocks.TextBlock', (), {'label': 'The claim, as it circulates'}), 21: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul', 'h3', 'h4'], 'help_text': 'How it was checked, with sources.', 'label': 'What the evidence shows'}), 22: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('false', 'False'), ('misleading', 'Misleading'), ('unverified', 'Unverified'), ('true', 'True')], 'label': 'Verdict'}), 23: ('wagtail.blocks.StructBlock', [[('claim', 20), ('evidence', 21), ('verdict', 22)]], {}), 24: ('courses.blocks.KeyTakeawaysBlock', (), {})}, verbose_name='body'),
        ),
        migrations.RunPython(
            _migrate(ImageStructToImageBlock()), _migrate(ImageBlockToImageStruct())
        ),
    ]
