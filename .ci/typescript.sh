#!/usr/bin/env bash
# Generate TypeScript types from the delivery API's OpenAPI document and type-check the typed client
# example (frontend-types/client.ts) against them. Skipped quietly where Node.js is not installed.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
	exit 0
fi

PYTHON=${PYTHON:-.venv/bin/python}
cd frontend-types
npm ci --no-audit --no-fund --loglevel=error >/dev/null
DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-cms.settings.dev} "../$PYTHON" ../manage.py export_openapi_schema --api cms.api.api --indent 2 --output openapi.json
npx --no-install openapi-typescript openapi.json --output schema.d.ts >/dev/null
npx --no-install tsc --noEmit
echo "TypeScript types generated from the OpenAPI document; the typed client example type-checks."
