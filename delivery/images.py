"""One helper turns any image into its API form, so every block and card serializes images alike."""

RENDITION_WIDTHS = (480, 800, 1200, 1600)


def rendition_specs(widths=RENDITION_WIDTHS):
    return [f"width-{width}" for width in widths]


def image_representation(image, alt, widths=RENDITION_WIDTHS):
    """The ImageSchema dict for an image, or None without one.

    Renditions are fetched in one query with ``get_renditions`` (created once, then reused); images
    passed in should come from a queryset with ``prefetch_renditions()`` so listings stay at a fixed
    number of queries.
    """
    if image is None:
        return None
    renditions = image.get_renditions(*rendition_specs(widths))
    focal_point = None
    if image.has_focal_point():
        focal_point = {
            "x": image.focal_point_x,
            "y": image.focal_point_y,
            "width": image.focal_point_width,
            "height": image.focal_point_height,
        }
    return {
        "id": image.pk,
        "alt": alt or "",
        "width": image.width,
        "height": image.height,
        "focal_point": focal_point,
        "renditions": [
            {"url": rendition.full_url, "width": rendition.width, "height": rendition.height}
            for rendition in renditions.values()
        ],
    }
