"""The production server as an operator runs it: `make serve`'s gunicorn with two workers, its own database.

SQLite and the database cache by default; with SERVER_TEST_DATABASE_URL (a PostgreSQL database this
suite may drop and recreate) and REDIS_URL, PostgreSQL and Redis, as CI runs it a second time. Requests
carry X-Forwarded-Proto: https, as the TLS proxy in front of gunicorn would set it.
"""

import os
import secrets
import socket
import threading

import pytest

from tests.live_site import (
    PROJECT_DIR,
    free_port,
    fresh_postgres_database,
    gunicorn_command,
    manage,
    production_env,
    start_server,
    stop_server,
)

HTTPS = {"X-Forwarded-Proto": "https"}
EMAIL_TIMEOUT = 3  # seconds the server waits for the mail server below, which never answers
APPOINTMENTS_RATE_LIMIT = 8  # per hour and client: every request of the suite comes from 127.0.0.1
ADMIN_PASSWORD = secrets.token_urlsafe(16)
ARTIFACTS_DIR = PROJECT_DIR / "artifacts" / "server"


@pytest.fixture(scope="session")
def hanging_mail_server():
    """The port of a mail server that accepts connections and never says a word: the worst one to depend on."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    held = []

    def accept_and_hold():
        while True:
            try:
                held.append(listener.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept_and_hold, daemon=True).start()
    yield listener.getsockname()[1]
    listener.close()
    for connection in held:
        connection.close()


@pytest.fixture(scope="session")
def production_site(tmp_path_factory, hanging_mail_server):
    """(base URL, environment) of gunicorn with cms.settings.production, two workers, the demo content."""
    ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)
    tmp = tmp_path_factory.mktemp("production")
    port = free_port()
    database_url = os.environ.get("SERVER_TEST_DATABASE_URL")
    if database_url and (problem := fresh_postgres_database(database_url)):
        pytest.fail(problem)
    env = production_env(tmp, port, database_url)
    env.update(
        DJANGO_SUPERUSER_USERNAME="admin",
        DJANGO_SUPERUSER_PASSWORD=ADMIN_PASSWORD,
        PYTHONUNBUFFERED="1",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(hanging_mail_server),
        EMAIL_USE_TLS="0",
        EMAIL_TIMEOUT=str(EMAIL_TIMEOUT),
        APPOINTMENTS_RATE_LIMIT=f"{APPOINTMENTS_RATE_LIMIT}/h",
        APPOINTMENTS_MIN_FILL_SECONDS="1",
    )
    with open(ARTIFACTS_DIR / "setup.log", "w") as log:
        for command in (["migrate", "--noinput"], ["collectstatic", "--noinput"]):
            manage(*command, env=env, log=log)
        manage("load_demo_content", env=env, log=log)
        manage("ensure_admin", env=env, log=log)
        manage("set_site_url", env=env, log=log)
    base = f"http://127.0.0.1:{port}"
    process = start_server(
        gunicorn_command(port), env, f"{base}/admin/login/", ARTIFACTS_DIR / "gunicorn.log", headers=HTTPS
    )
    try:
        yield base, env
    finally:
        stop_server(process)
