"""Print the delivery API's OpenAPI document (the one served at /api/v1/openapi.json), for code generators."""

import json

from django.core.management.base import BaseCommand
from django.core.serializers.json import DjangoJSONEncoder


class Command(BaseCommand):
    help = "Write the delivery API's OpenAPI document as JSON to standard output or a file."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="A file to write instead of standard output.")

    def handle(self, *args, output=None, **options):
        from cms.api import api

        document = json.dumps(api.get_openapi_schema(), cls=DjangoJSONEncoder, indent=2, ensure_ascii=False)
        if output:
            with open(output, "w", encoding="utf-8") as file:
                file.write(document + "\n")
        else:
            self.stdout.write(document)
