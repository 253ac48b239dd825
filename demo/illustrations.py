"""Illustrations for the demo pages, drawn with Pillow so the loader needs no network or binary files.

Each illustration is drawn the same way every time (no randomness), so its PNG is stable. They are
plainly illustrations, not photos of patients; the loader stores each once as a Wagtail image.
"""

import io
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageDraw

HERO_SIZE = (1600, 900)
DIAGRAM_SIZE = (1200, 800)


def _gradient(size, top, bottom):
    width, height = size
    image = Image.new("RGB", size, top)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        share = y / max(height - 1, 1)
        colour = tuple(round(a + (b - a) * share) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    return image


def _dotted_disc(draw, centre, radius, spacing, dot, colour):
    cx, cy = centre
    for x in range(cx - radius, cx + radius + 1, spacing):
        for y in range(cy - radius, cy + radius + 1, spacing):
            if (x - cx) ** 2 + (y - cy) ** 2 <= radius**2:
                draw.ellipse([x - dot, y - dot, x + dot, y + dot], fill=colour)


def micro_needling_hero():
    """Skin tones with a disc of fine, evenly spaced points: the controlled micro-punctures."""
    image = _gradient(HERO_SIZE, (246, 224, 211), (226, 186, 168))
    draw = ImageDraw.Draw(image)
    draw.ellipse([980, 170, 1540, 730], fill=(238, 206, 190))
    _dotted_disc(draw, (1260, 450), 250, 22, 3, (196, 120, 110))
    draw.rounded_rectangle([180, 560, 860, 620], radius=30, fill=(255, 255, 255))
    draw.rounded_rectangle([860, 575, 960, 605], radius=12, fill=(170, 170, 180))
    return image


def skin_layers_diagram():
    """Three bands for epidermis, dermis (with collagen fibres) and fat, and needles reaching the dermis."""
    width, height = DIAGRAM_SIZE
    image = Image.new("RGB", DIAGRAM_SIZE, (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 200, width, 300], fill=(245, 214, 196))
    draw.rectangle([0, 300, width, 560], fill=(236, 170, 160))
    draw.rectangle([0, 560, width, height], fill=(250, 230, 170))
    for row in range(6):
        y = 330 + row * 38
        points = [(x, y + (12 if (x // 60) % 2 else -12)) for x in range(0, width + 60, 60)]
        draw.line(points, fill=(205, 120, 115), width=4)
    for column in range(8):
        x = 220 + column * 110
        draw.rectangle([x - 3, 60, x + 3, 360], fill=(120, 124, 140))
        draw.polygon([(x - 3, 360), (x + 3, 360), (x, 380)], fill=(120, 124, 140))
    draw.rectangle([170, 40, 1030, 60], fill=(90, 94, 110))
    for column in range(10):
        cx = 80 + column * 120
        draw.ellipse([cx - 45, 600, cx + 45, 690], outline=(220, 190, 120), width=4)
    return image


def _plain_hero(top, bottom, accent, motif):
    def draw_hero():
        image = _gradient(HERO_SIZE, top, bottom)
        draw = ImageDraw.Draw(image)
        motif(draw, accent)
        return image

    return draw_hero


def _smile(draw, accent):
    draw.rounded_rectangle([520, 300, 1080, 600], radius=140, fill=(255, 255, 255))
    for column in range(6):
        x = 560 + column * 85
        draw.rounded_rectangle([x, 360, x + 70, 470], radius=18, outline=accent, width=5)


def _plate(draw, accent):
    draw.ellipse([500, 150, 1100, 750], fill=(255, 255, 255))
    draw.pieslice([580, 230, 1020, 670], 0, 160, fill=accent)
    draw.pieslice([580, 230, 1020, 670], 160, 260, fill=(240, 190, 90))
    draw.pieslice([580, 230, 1020, 670], 260, 360, fill=(200, 120, 90))


def _droplets(draw, accent):
    for index, (x, y) in enumerate([(500, 300), (800, 420), (1100, 280), (650, 600), (1000, 620)]):
        size = 70 + index * 12
        draw.ellipse([x - size, y - size, x + size, y + size], fill=accent)
        draw.polygon(
            [(x - size * 0.7, y - size * 0.7), (x + size * 0.7, y - size * 0.7), (x, y - size * 2)], fill=accent
        )


@dataclass(frozen=True)
class Illustration:
    title: str
    draw: Callable[[], Image.Image]

    def png(self):
        buffer = io.BytesIO()
        self.draw().save(buffer, "PNG", optimize=False)
        return buffer.getvalue()


ILLUSTRATIONS = {
    "micro-needling-hero": Illustration("Micro-needling (demo illustration)", micro_needling_hero),
    "skin-layers": Illustration("Skin layers and micro-needles (demo illustration)", skin_layers_diagram),
    "teeth-whitening-hero": Illustration(
        "Teeth whitening (demo illustration)", _plain_hero((225, 240, 250), (190, 215, 235), (120, 160, 200), _smile)
    ),
    "nutrition-plan-hero": Illustration(
        "Personalised nutrition plan (demo illustration)",
        _plain_hero((236, 246, 226), (205, 228, 190), (120, 180, 110), _plate),
    ),
    "hydrating-facial-hero": Illustration(
        "Hydrating facial (demo illustration)",
        _plain_hero((230, 244, 248), (200, 226, 238), (150, 200, 225), _droplets),
    ),
}
