import contextlib
import io
import sqlite3

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.utils import translation

from tests import factories


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database, rebuilt when a reused one lacks what migrations create.

    The SQLite test database is a file kept between runs (``--reuse-db``). A run stopped during a
    transactional test leaves it flushed — no locales, no root page — and one stopped while a module
    used the demo content leaves that content committed (``DemoDatabase``); every later run would fail
    or see it.
    """
    from django.db import connection
    from wagtail.models import Locale, Page

    with django_db_blocker.unblock():
        if not Locale.objects.exists() or Page.objects.filter(depth__gt=2).exists():
            connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False, serialize=True)


@pytest.fixture(scope="module")
def migrated_rows_restored(django_db_blocker):
    """For modules of transactional tests: put back, once they are done, the rows migrations create.

    A transactional test ends by emptying every table. Run alone, the suite runs such tests last (as
    Django's runner does); across several workers another module may follow on the same worker, so the
    rows it expects (locales, the root page, groups) are restored the way ``serialized_rollback`` does.
    """
    yield
    from django.db import connections

    with django_db_blocker.unblock():
        for connection in connections.all():
            if hasattr(connection, "_test_serialized_contents"):
                connection.creation.deserialize_db_from_string(connection._test_serialized_contents)


@pytest.fixture(scope="module")
def demo_loaded_once(django_db_setup, django_db_blocker):
    """The demo content, loaded for one test module and gone when the module ends.

    Loading it (English and Spanish through wagtail-localize) takes seconds (twenty on PostgreSQL). It is
    loaded once per test process: on SQLite the database is then copied in whole with SQLite's backup API
    (``DemoDatabase``); on PostgreSQL every table is copied out (``COPY``) and, for each later module,
    copied back in a transaction rolled back when the module ends (``PostgresDemoTables``), inside which
    each test's own ``db`` transaction nests.
    """
    from django.db import connection

    with django_db_blocker.unblock():
        if connection.vendor == "sqlite":
            with DemoDatabase.loaded(connection) as output:
                yield output
            return
        with transaction.atomic():
            yield PostgresDemoTables.load(connection)
            transaction.set_rollback(True)


def load_demo_content():
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    return output.getvalue()


class DemoDatabase:
    """The SQLite test database with the demo content, kept in memory after the first load of a test process.

    A module that uses the demo gets it copied over its database (milliseconds, where loading takes
    seconds) and the database as it was before copied back when it ends. Both copies are whole databases,
    search index tables included. The copy is made after the first load of the process, on the database
    that module found: every module leaves the migrated database as it found it (tests roll back,
    transactional modules restore it), so each starts from the same one. Media files written by the load
    stay in the process's media folder and serve every copy.
    """

    snapshot = None
    output = ""

    @classmethod
    @contextlib.contextmanager
    def loaded(cls, connection):
        connection.ensure_connection()
        live = connection.connection
        before = copy_of(live)
        try:
            if cls.snapshot is None:
                cls.output = load_demo_content()
                cls.snapshot = copy_of(live)
            else:
                cls.snapshot.backup(live)
            yield cls.output
        finally:
            connection.ensure_connection()
            if connection.in_atomic_block or connection.connection.in_transaction:
                raise RuntimeError("A test left a transaction open: the database cannot be put back.")
            before.backup(connection.connection)
            before.close()


class PostgresDemoTables:
    """The demo content's rows on PostgreSQL, copied out of every table after the first load of a process.

    Later modules get them back inside their own transaction: every table truncated, the rows copied in
    (binary ``COPY``), sequences moved past them. Foreign keys are checked at commit on PostgreSQL
    (Django makes them deferrable), so the order of tables does not matter, and the module's rollback
    puts every table back as it was.
    """

    rows = None
    output = ""

    @classmethod
    def load(cls, connection):
        if cls.rows is None:
            cls.output = load_demo_content()
            cls.rows = cls.copy_out(connection)
        else:
            cls.copy_in(connection, cls.rows)
        return cls.output

    @staticmethod
    def tables(connection):
        return sorted(connection.introspection.django_table_names(only_existing=True, include_views=False))

    @classmethod
    def copy_out(cls, connection):
        rows = {}
        with connection.cursor() as cursor:
            for table in cls.tables(connection):
                with cursor.cursor.copy(f'COPY "{table}" TO STDOUT (FORMAT binary)') as copy:
                    rows[table] = b"".join(bytes(block) for block in copy)
        return rows

    @classmethod
    def copy_in(cls, connection, rows):
        from django.apps import apps
        from django.core.management.color import no_style

        with connection.cursor() as cursor:
            cursor.execute("TRUNCATE " + ", ".join(f'"{table}"' for table in rows))
            for table, data in rows.items():
                with cursor.cursor.copy(f'COPY "{table}" FROM STDIN (FORMAT binary)') as copy:
                    copy.write(data)
            for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True)):
                cursor.execute(statement)


def copy_of(database):
    copy = sqlite3.connect(":memory:")
    database.backup(copy)
    return copy


@pytest.fixture(autouse=True)
def empty_cache(request):
    """Ids are reused between rolled-back tests: a cached API answer must not leak into the next test.

    Not around tests of a live server: with REDIS_URL, clearing is a FLUSHDB of the Redis database the
    server shares, which would wipe its state (rate-limit counters, spent form tokens) between tests.
    """
    if request.node.get_closest_marker("server") or request.node.get_closest_marker("browser"):
        yield
        return
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in English: a request to /es/ leaves Spanish active in the thread otherwise."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def home(db):
    return factories.make_home()


@pytest.fixture
def specialty(db):
    return factories.make_specialty()


@pytest.fixture
def concern(db):
    return factories.make_concern()


@pytest.fixture
def reviewer(db):
    return factories.make_reviewer()


@pytest.fixture
def treatment_index(home):
    return factories.make_index(home)


@pytest.fixture
def image(db):
    return factories.make_image()


@pytest.fixture
def treatment(treatment_index, specialty, reviewer, concern, image):
    return factories.make_treatment(
        treatment_index,
        specialty,
        reviewer,
        concerns=[concern],
        body=factories.every_block_body(specialty, image),
        hero_image=image,
        hero_alt_text="A patient's cheek after treatment",
    )


@pytest.fixture
def editor(db):
    return factories.user_in("Editors", "editor")


@pytest.fixture
def moderator(db):
    return factories.user_in("Moderators", "moderator")


@pytest.fixture
def medical_reviewer(specialty):
    """A reviewer's account whose profile (Dra. Elena Soto) covers ``specialty``: they may approve its articles."""
    doctor = factories.user_in("Medical reviewers", "doctor")
    factories.make_reviewer("Dra. Elena Soto", user=doctor, specialties=[specialty])
    return doctor


@pytest.fixture
def translator(db):
    return factories.user_in("Translators (Spanish)", "traductora")
