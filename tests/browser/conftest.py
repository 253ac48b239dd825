"""The browser suite's server, browser and helpers.

One session runs the site as people meet it: `manage.py runserver` (development settings, which serve the
static files) on a throwaway SQLite database in a temporary folder, with the demo content, the admin and
the demo team (editor, reviewer, translator) loaded by the project's own commands. Tests drive Chromium
through Playwright's sync API against that server; every request commits for real, so the workflow,
`transaction.on_commit` callbacks and the delivery API's caches behave as in production. Nothing here
uses pytest-django's test database.

Run with `make test-browser`; `make test` leaves these tests out (marker `browser`). Screenshots of every
step, the setup output, the server log and the e-mails the site sent (file backend, one file per
connection) land in artifacts/browser/.
"""

import email
import email.policy
import json
import os
import re
import shutil
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.live_site import PROJECT_DIR, free_port, manage, start_server, stop_server

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # `make test` runs without requirements-browser.txt: leave these modules alone
    expect = sync_playwright = None
    collect_ignore_glob = ["test_*.py"]

AXE_JS = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS_DIR = PROJECT_DIR / "artifacts" / "browser"
EMAIL_DIR = ARTIFACTS_DIR / "emails"

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    # Public hosts (Gravatar, CDNs) are unreachable here: fail their look-ups at once instead of waiting.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
    "--no-proxy-server",
]
VIEWPORT = {"width": 1280, "height": 900}
TIMEOUT_MS = 15_000

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "browser-admin-password"
TEAM_PASSWORD = "browser-team-password"  # editor, reviewer and translator (demo/…/ensure_demo_team.py)

# Variables that would point the test server at shared services: a Redis cache holding another
# database's answers, a search cluster, object storage, webhooks, a headless frontend for previews.
ISOLATED_VARIABLES = re.compile(
    r"^(REDIS_URL|CACHE_KEY_PREFIX|OPENSEARCH_.*|SEARCH_ENGINE|AWS_.*|FRONTEND_.*|API_PUBLIC_URL|DEEPL_API_KEY"
    r"|LIBRETRANSLATE_.*|MEDIA_URL|STATIC_ROOT|DJANGO_SUPERUSER_.*|DEMO_TEAM_PASSWORD|ALLOWED_HOSTS|EMAIL_.*|SITE_URL|WAGTAILADMIN_BASE_URL)$"
)


def pytest_configure(config):
    if sync_playwright is None and config.option.markexpr == "browser":
        raise pytest.UsageError("playwright is not installed: run `make test-browser` (requirements-browser.txt).")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item, so fixtures can tell a failed test at teardown."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


def artifact_dir(node):
    return ARTIFACTS_DIR / re.sub(r"[^\w.-]+", "_", node.name).strip("_")


def start_runserver(env, port, log_path, *extra_args):
    """`manage.py runserver` (no reloader) on the port, once the admin login page answers."""
    command = [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", *extra_args]
    return start_server(command, env, f"http://127.0.0.1:{port}/admin/login/", log_path)


@pytest.fixture(scope="session")
def site_env(tmp_path_factory):
    """Environment of the test site's processes, and the site itself: migrated, demo content, users."""
    ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(EMAIL_DIR, ignore_errors=True)
    tmp = tmp_path_factory.mktemp("site")
    port = free_port()
    env = {name: value for name, value in os.environ.items() if not ISOLATED_VARIABLES.match(name)}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
            "DEBUG": "1",
            # A write waits for another request's write instead of failing with "database is locked".
            "DATABASE_URL": f"sqlite:///{tmp / 'browser.sqlite3'}?timeout=20&transaction_mode=IMMEDIATE",
            "MEDIA_ROOT": str(tmp / "media"),
            "SITE_URL": f"http://127.0.0.1:{port}",
            "DJANGO_SUPERUSER_USERNAME": ADMIN_USERNAME,
            "DJANGO_SUPERUSER_PASSWORD": ADMIN_PASSWORD,
            "DJANGO_SUPERUSER_EMAIL": "admin@example.com",
            "DEMO_TEAM_PASSWORD": TEAM_PASSWORD,
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(EMAIL_DIR),
            "LOG_LEVEL": "WARNING",
            "PYTHONUNBUFFERED": "1",
        }
    )
    with open(ARTIFACTS_DIR / "setup.log", "w") as log:
        manage("migrate", "--noinput", env=env, log=log)
        manage("load_demo_content", env=env, log=log)
        manage("ensure_admin", env=env, log=log)
        manage("ensure_demo_team", env=env, log=log)
        manage("set_site_url", env=env, log=log)
    return {"env": env, "port": port, "tmp": tmp}


@pytest.fixture(scope="session")
def base_url(site_env):
    """http://127.0.0.1:<port> of the running test site (DEBUG on, as `make run`)."""
    process = start_runserver(site_env["env"], site_env["port"], ARTIFACTS_DIR / "server.log")
    try:
        yield f"http://127.0.0.1:{site_env['port']}"
    finally:
        stop_server(process)


@pytest.fixture(scope="session")
def debug_off_base_url(site_env):
    """The same site with DEBUG off, as the public sees error pages (Django's debug 404 page otherwise).

    `--insecure` lets runserver serve the static files without DEBUG; media files are not served.
    """
    port = free_port()
    env = {**site_env["env"], "DEBUG": "0", "SITE_URL": f"http://127.0.0.1:{port}"}
    process = start_runserver(env, port, ARTIFACTS_DIR / "server-debug-off.log", "--insecure")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_server(process)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install chromium (make test-browser does).")
    expect.set_options(timeout=TIMEOUT_MS)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def new_context(request, browser, base_url):
    """Open a fresh browser context (its own cookies: one per user); all are closed after the test.

    Any 5xx answer from the test site fails the test, whichever page or popup received it, and so does
    anything the browser refused under the site's Content-Security-Policy. When the test fails, each open
    page is saved as artifacts/browser/<test name>/failure-<n>.png.
    """
    contexts, server_errors, policy_violations = [], [], []

    def open_context():
        context = browser.new_context(viewport=VIEWPORT, locale="en-US")
        context.set_default_timeout(TIMEOUT_MS)
        context.on(
            "response",
            lambda response: (
                server_errors.append(f"{response.status} {response.request.method} {response.url}")
                if response.status >= 500 and response.url.startswith(base_url)
                else None
            ),
        )
        context.on(
            "console",
            lambda message: (
                policy_violations.append(f"{message.page.url if message.page else ''}: {message.text}")
                if "Content Security Policy" in message.text
                else None
            ),
        )
        contexts.append(context)
        return context

    yield open_context
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        pages = [page for context in contexts for page in context.pages]
        artifact_dir(request.node).mkdir(parents=True, exist_ok=True)
        for number, page in enumerate(pages, start=1):
            try:
                page.screenshot(path=artifact_dir(request.node) / f"failure-{number}.png", full_page=True)
            except Exception as error:  # a crashed or closed page must not hide the test's own failure
                print(f"no failure screenshot of {page.url}: {error}")
    for context in contexts:
        context.close()
    assert not server_errors, "the server answered with errors:\n" + "\n".join(server_errors)
    assert not policy_violations, "the Content-Security-Policy blocked:\n" + "\n".join(policy_violations)


@pytest.fixture
def page(new_context):
    """A page in a fresh context: 1280×900, 15 s default timeout, no cookies from other tests."""
    return new_context().new_page()


@pytest.fixture
def shot(request):
    """shot(page, name) saves artifacts/browser/<test name>/<NN>-<name>.png (full page), NN counting up."""
    directory = artifact_dir(request.node)
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    taken = []

    def take(page, name):
        taken.append(name)
        slug = re.sub(r"[^\w.-]+", "-", name)
        path = directory / f"{len(taken):02d}-{slug}.png"
        page.screenshot(path=path, full_page=True, animations="disabled")  # messages fade in, for one
        return path

    return take


def login(page, base_url, username, password):
    """Sign in through Wagtail's login form and wait for the admin."""
    page.goto(f"{base_url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()
    if "/admin/login/" in page.url:
        pytest.fail(f"could not sign in as {username}: {page.locator('.messages, .help-critical').all_inner_texts()}")
    expect(page.locator("body")).to_contain_text(username)


def check_accessibility(page, impacts=("serious", "critical")):
    """Run axe-core on the page as it is now; fail listing each violation of the given impacts."""
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS} is missing: run `npm ci --prefix tests/browser` (make test-browser does).")
    # Evaluated through the DevTools protocol, not as an inline <script>: the site's Content-Security-Policy
    # (script-src 'self') rightly refuses inline scripts, and axe must not need the policy weakened.
    page.evaluate(AXE_JS.read_text())
    violations = page.evaluate(
        """async () => {
            const results = await axe.run(document, {resultTypes: ["violations"]});
            return results.violations.map((v) => ({
                id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.slice(0, 3).map((node) => node.target.join(" ")),
                count: v.nodes.length,
            }));
        }"""
    )
    serious = [v for v in violations if v["impact"] in impacts]
    assert not serious, f"axe: {len(serious)} {'/'.join(impacts)} violation(s) on {page.url}:\n" + "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']} — {v['count']} element(s), e.g. {', '.join(v['targets'])}"
        for v in serious
    )
    return violations


def sent_emails():
    """Every e-mail the test site has sent so far, oldest first, as {"to", "subject", "body"} (plain text)."""
    emails = []
    for path in sorted(EMAIL_DIR.glob("*.log"), key=lambda path: path.stat().st_mtime):
        # Bytes, not text: a body sent as 8-bit UTF-8 ("Lucía") is only decoded right from bytes.
        for chunk in path.read_bytes().split(b"-" * 79):
            if not chunk.strip():
                continue
            message = email.message_from_bytes(chunk.strip(), policy=email.policy.default)
            body = message.get_body(preferencelist=("plain",))
            emails.append(
                {
                    "to": str(message["To"]),
                    "subject": str(message["Subject"]),
                    "body": body.get_content() if body else "",
                }
            )
    return emails


def get_json(url):
    """(status, decoded JSON) of a GET from the test process, for checks through the delivery API."""
    try:
        with urllib.request.urlopen(url, timeout=15) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)
