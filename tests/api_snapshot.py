"""Every public API answer on the demo content, written to one JSON file, to show a refactoring changed none.

    python tests/api_snapshot.py OUTPUT.json   # on a fresh throwaway SQLite database with the demo content

Then ``diff`` two files. Not a test: the answers change whenever the demo content does; this compares
two versions of the code on the same content.
"""

import json
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def without_run_details(text):
    """Publication times and the random suffixes of image files differ between two loads of the same demo."""
    text = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?", "<time>", text)
    text = re.sub(r"(?:[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT)", "<time>", text)
    return re.sub(r"_[A-Za-z0-9]{7}(\.(?:width|fill|original|max)-)", r"_<random>\1", text)


def main(output):
    scratch = Path(tempfile.mkdtemp(prefix="api-snapshot-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{scratch / 'snapshot.sqlite3'}"
    os.environ["MEDIA_ROOT"] = str(scratch / "media")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    sys.path.insert(0, str(ROOT))
    import logging

    import django

    django.setup()
    logging.disable(logging.CRITICAL)
    from django.core.management import call_command
    from django.test import Client
    from wagtail.models import Page

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0, stdout=open(os.devnull, "w"))
    client = Client(HTTP_HOST="localhost")
    urls = []
    for locale in ("en", "es"):
        urls += [f"/api/v1/{name}/?locale={locale}" for name in ("specialties", "concerns", "site", "sitemap")]
        for ordering in ("title", "-title", "last_reviewed", "-last_reviewed", "first_published", "-first_published"):
            urls.append(f"/api/v1/treatments/?locale={locale}&ordering={ordering}&limit=100")
        for query in ("specialty=aesthetics", "specialty=dental", "concern=acne-scars", "area=face", "area=teeth"):
            urls.append(f"/api/v1/treatments/?locale={locale}&{query}")
        for query in ("acne", "cicatrices", "whitening", "blanqueamiento", "nutrition", "relleno"):
            urls += [
                f"/api/v1/search/?q={query}&locale={locale}",
                f"/api/v1/search/suggest/?q={query[:4]}&locale={locale}",
            ]
    for page in Page.objects.filter(depth__gt=1).order_by("pk"):
        urls.append(f"/api/v1/pages/{page.pk}/")
        url = page.get_url()
        if url:
            urls.append(f"/api/v1/pages/by-path/?path={url}")
    answers = {}
    for url in urls:
        response = client.get(url)
        body = response.content.decode()
        try:
            body = json.loads(body)
        except ValueError:
            pass
        answers[url] = {"status": response.status_code, "body": body}
    Path(output).write_text(without_run_details(json.dumps(answers, indent=1, sort_keys=True, ensure_ascii=False)))
    print(f"{len(answers)} answers written to {output}")


if __name__ == "__main__":
    main(sys.argv[1])
