"""Start `make serve` as an operator would and check what the first visitors get.

A throwaway SQLite database with the demo content and the database cache — or, with
SERVE_CHECK_DATABASE_URL (a throwaway PostgreSQL database, recreated) and REDIS_URL, PostgreSQL and Redis —
production settings (DEBUG off, HTTPS behind a proxy: requests carry X-Forwarded-Proto: https as the proxy
would set it), two gunicorn workers. Checks an admin static file (hashed name, compressed, cached for a
year), the admin login page, a public page, an API answer and an image file from it, and the redirect of
plain HTTP. Prints one line per check; exits 1 on the first failure with the reason and the end of the
server log.
"""

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
from tests.live_site import free_port, fresh_postgres_database, production_env  # noqa: E402

PYTHON = PROJECT / ".venv" / "bin" / "python"
HTTPS = {"X-Forwarded-Proto": "https"}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def fetch(base, path, headers=HTTPS):
    request = urllib.request.Request(base + path, headers={"Accept-Encoding": "gzip", **headers})
    try:
        with OPENER.open(request, timeout=20) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


class Failed(Exception):
    pass


def expect(condition, what):
    if not condition:
        raise Failed(what)
    print(f"ok   {what}")


def wait_for(base, server, log_path, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise Failed(f"make serve exited with {server.returncode}")
        try:
            if fetch(base, "/admin/login/")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise Failed(f"no answer from {base} within {seconds} s")


def run_checks(base):
    status, headers, body = fetch(base, "/admin/login/")
    expect(status == 200, "admin login page: 200")
    expect("max-age=" in headers.get("Strict-Transport-Security", ""), "admin login page: HSTS header")
    expect(headers.get("X-Content-Type-Options") == "nosniff", "admin login page: nosniff")
    css = re.search(rb'href="(/static/wagtailadmin/css/core\.[0-9a-f]{12}\.css)"', body)
    expect(css is not None, "admin login page links its CSS by hashed name (manifest storage)")

    status, headers, _ = fetch(base, css.group(1).decode())
    expect(status == 200, f"{css.group(1).decode()}: 200")
    expect(headers.get("Content-Type", "").startswith("text/css"), "admin CSS: text/css")
    expect("immutable" in headers.get("Cache-Control", ""), "admin CSS: cached for good (immutable)")
    expect(headers.get("Content-Encoding") in ("gzip", "br"), "admin CSS: compressed")
    script = re.search(rb'src="(/static/wagtailadmin/js/[^"]+\.js)"', body)
    expect(script is not None and fetch(base, script.group(1).decode())[0] == 200, "admin JavaScript: 200")

    status, headers, body = fetch(base, "/en/")
    expect(status == 200 and b"<html" in body.lower(), "public home page /en/: 200 HTML")

    status, headers, body = fetch(base, "/api/v1/pages/by-path/?path=/en/treatments/micro-needling/")
    expect(status == 200, f"API page by path: 200 (got {status})")
    expect(headers.get("Content-Type", "").startswith("application/json"), "API page by path: JSON")
    canonical = json.loads(body)["seo"]["canonical_url"]
    expect(
        canonical == f"{base}/en/treatments/micro-needling/", f"canonical URL names the served address ({canonical})"
    )
    images = re.findall(r'"url": ?"(https?://[^"]+/media/images/[^"]+)"', body.decode())
    expect(images and all(image.startswith(base) for image in images), "API image URLs are on the served address")
    path = re.sub(r"^https?://[^/]+", "", images[0])
    status, headers, _ = fetch(base, path)
    expect(status == 200 and headers.get("Content-Type", "").startswith("image/"), f"image {path}: 200")

    status, headers, _ = fetch(base, "/en/", headers={})
    expect(status == 301 and headers.get("Location", "").startswith("https://"), "plain HTTP: 301 to HTTPS")
    status, _, body = fetch(base, "/api/v1/pages/by-path/?path=/en/no-such-page/")
    expect(status == 404 and json.loads(body)["error"]["code"], "API 404: JSON error")


def main():
    work = Path(tempfile.mkdtemp(prefix="serve-check-"))
    port = free_port()
    database_url = os.environ.get("SERVE_CHECK_DATABASE_URL")
    if database_url and (problem := fresh_postgres_database(database_url)):
        print(f"FAIL {problem}")
        return 1
    env = production_env(work, port, database_url)
    log_path = work / "serve.log"
    for command in (["migrate", "--noinput"], ["load_demo_content"]):
        subprocess.run([PYTHON, "manage.py", *command], cwd=PROJECT, env=env, check=True, stdout=subprocess.DEVNULL)
    with open(log_path, "w") as log:
        server = subprocess.Popen(
            ["make", "serve", f"PORT={port}", "WORKERS=2"],
            cwd=PROJECT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base, server, log_path)
        run_checks(base)
    except Failed as failure:
        print(f"FAIL {failure}\n--- end of {log_path} ---\n" + "\n".join(log_path.read_text().splitlines()[-30:]))
        return 1
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
    print(f"make serve: every check passed ({'PostgreSQL + Redis' if database_url else 'SQLite + database cache'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
