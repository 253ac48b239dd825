"""Configuration comes from the environment, and production refuses to start half-configured."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k" * 10 + "Q7x!pL2#vR9@mZ4$wT6%yU8^bN1&cE3*fG5(hJ0)" + "s" * 10


def run_manage(*args, **env):
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "SECRET_KEY"))}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT, env=environment, capture_output=True, text=True, timeout=120
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="cms.settings.production", DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_settings_pass_the_deployment_checklist():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="clinic.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def settings_under(**env):
    code = (
        "import django, json; django.setup(); from django.conf import settings as s; "
        "print(json.dumps({'db': s.DATABASES['default']['ENGINE'], 'cache': s.CACHES['default']['BACKEND'], "
        "'storage': s.STORAGES['default']['BACKEND'], 'hosts': s.ALLOWED_HOSTS, 'csrf': s.CSRF_TRUSTED_ORIGINS}))"
    )
    environment = {key: value for key, value in os.environ.items() if key not in {"DATABASE_URL", "REDIS_URL"}}
    environment.update({"DJANGO_SETTINGS_MODULE": "cms.settings.production", "SECRET_KEY": STRONG_KEY, **env})
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, env=environment, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    import json

    return json.loads(result.stdout)


def test_production_defaults_are_sqlite_a_shared_database_cache_and_local_disk():
    settings = settings_under()
    assert settings["db"] == "django.db.backends.sqlite3"
    # Never per-process memory in production: every worker and command must see the same cache.
    assert settings["cache"] == "django.core.cache.backends.db.DatabaseCache"
    assert settings["storage"].endswith("FileSystemStorage")


@pytest.mark.parametrize(
    "env, key, expected",
    [
        ({"DATABASE_URL": "postgres://u@db:5432/clinic"}, "db", "django.db.backends.postgresql"),
        ({"REDIS_URL": "redis://cache:6379/0"}, "cache", "cms.cache.ReusedClientRedisCache"),
        ({"AWS_STORAGE_BUCKET_NAME": "media"}, "storage", "storages.backends.s3.S3Storage"),
        ({"ALLOWED_HOSTS": "a.example, b.example"}, "hosts", ["a.example", "b.example"]),
        ({"CSRF_TRUSTED_ORIGINS": "https://a.example"}, "csrf", ["https://a.example"]),
    ],
)
def test_services_are_chosen_by_environment(env, key, expected):
    assert settings_under(**env)[key] == expected


def test_deploy_check_refuses_a_per_process_cache(settings):
    from django.core.checks import run_checks

    settings.DEBUG = False
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert "delivery.E001" in [message.id for message in run_checks(include_deployment_checks=True)]
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "t"}}
    assert "delivery.E001" not in [message.id for message in run_checks(include_deployment_checks=True)]
