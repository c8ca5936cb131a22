"""Pictures for the demo courses, drawn with Pillow: no words in them, so one image
serves both languages (captions and alternative text carry the meaning)."""

import math
from io import BytesIO

from PIL import Image, ImageDraw

BLUE = (11, 92, 173)
LIGHT = (227, 238, 250)
GREEN = (30, 132, 73)
ORANGE = (214, 110, 20)
GREY = (90, 100, 110)
WHITE = (255, 255, 255)


def _canvas(width=1200, height=675, background=LIGHT):
    image = Image.new("RGB", (width, height), background)
    return image, ImageDraw.Draw(image)


def _person(draw, x, y, size, colour):
    draw.ellipse((x - size // 2, y - size, x + size // 2, y), fill=colour)
    draw.rounded_rectangle(
        (x - size, y + size // 6, x + size, y + size * 2), radius=size // 2, fill=colour
    )


def cover_social_media():
    image, draw = _canvas()
    # A phone with speech bubbles and a tick: share what you have checked.
    draw.rounded_rectangle((470, 90, 730, 600), radius=36, fill=GREY)
    draw.rounded_rectangle((490, 130, 710, 560), radius=12, fill=WHITE)
    for row, colour in enumerate((BLUE, GREEN, BLUE)):
        top = 160 + row * 130
        draw.rounded_rectangle((510, top, 690, top + 90), radius=18, fill=colour)
    draw.ellipse((800, 120, 1000, 320), fill=GREEN)
    draw.line((850, 225, 890, 265, 960, 175), fill=WHITE, width=22, joint="curve")
    draw.ellipse((180, 330, 360, 510), outline=BLUE, width=18)
    draw.line((340, 490, 420, 570), fill=BLUE, width=26)
    return image


def cover_leadership():
    image, draw = _canvas()
    _person(draw, 600, 250, 70, BLUE)
    for index in range(10):
        x = 140 + index * 102
        _person(draw, x, 520, 32, GREEN if index % 2 else ORANGE)
    draw.line((600, 400, 600, 440), fill=GREY, width=8)
    draw.line((140, 440, 1058, 440), fill=GREY, width=8)
    return image


def verify_flow():
    image, draw = _canvas(height=400, background=WHITE)
    colours = (BLUE, ORANGE, BLUE, GREEN)
    for step, colour in enumerate(colours):
        left = 40 + step * 290
        draw.rounded_rectangle((left, 110, left + 220, 290), radius=28, fill=colour)
        for dot in range(step + 1):  # one dot for step 1, two for step 2 ...
            cx = left + 110 - step * 18 + dot * 36
            draw.ellipse((cx - 12, 188, cx + 12, 212), fill=WHITE)
        if step < 3:
            draw.polygon([(left + 235, 180), (left + 275, 200), (left + 235, 220)], fill=GREY)
    return image


def phone_safety():
    image, draw = _canvas(height=600)
    draw.rounded_rectangle((420, 60, 700, 560), radius=36, fill=GREY)
    draw.rounded_rectangle((440, 100, 680, 520), radius=12, fill=WHITE)
    draw.arc((500, 170, 620, 300), 180, 360, fill=BLUE, width=24)
    draw.rounded_rectangle((480, 240, 640, 400), radius=16, fill=BLUE)
    draw.ellipse((545, 290, 575, 320), fill=WHITE)
    draw.rectangle((553, 310, 567, 350), fill=WHITE)
    return image


def team_circle():
    image, draw = _canvas(height=600, background=WHITE)
    centre_x, centre_y, radius = 600, 300, 210
    _person(draw, centre_x, centre_y + 10, 46, BLUE)
    for index in range(10):
        angle = 2 * math.pi * index / 10
        _person(
            draw,
            int(centre_x + radius * math.cos(angle)),
            int(centre_y + radius * math.sin(angle)),
            26,
            GREEN if index % 2 else ORANGE,
        )
    return image


def flooded_street():
    """The picture of the demo's spot-the-fake post: a bus in a flooded street."""
    image, draw = _canvas(width=960, height=600)
    for left, top in ((40, 120), (250, 60), (480, 150), (700, 90)):
        draw.rectangle((left, top, left + 190, 420), fill=GREY)
        for row in range(top + 30, 380, 70):
            for col in (left + 30, left + 110):
                draw.rectangle((col, row, col + 45, row + 40), fill=LIGHT)
    draw.rounded_rectangle((300, 300, 680, 470), radius=20, fill=ORANGE)
    for col in range(330, 650, 80):
        draw.rectangle((col, 320, col + 55, 370), fill=LIGHT)
    draw.rectangle((0, 400, 960, 600), fill=BLUE)
    for row in range(430, 600, 40):
        for col in range(0, 960, 120):
            draw.arc((col, row, col + 120, row + 30), 180, 360, fill=LIGHT, width=5)
    return image


DRAWINGS = {
    "cover-social-media": cover_social_media,
    "cover-leadership": cover_leadership,
    "verify-flow": verify_flow,
    "phone-safety": phone_safety,
    "team-circle": team_circle,
    "flooded-street": flooded_street,
}


def png_bytes(key: str) -> bytes:
    buffer = BytesIO()
    DRAWINGS[key]().save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
