"""The API's cold paths read the page and search tables through indexes, never by scanning them (PostgreSQL).

The demo gets 4,000 more live articles per language (rows copied in SQL from a demo article, with their
search documents), the tables are analysed, and every query a cold answer makes is explained: the plans
are PostgreSQL's own at that size. None may scan a table that grows with the site, so the answer stays
flat from 400 to 10,000 pages (``make bench-scale`` measures it).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from delivery import caching

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="EXPLAIN plans are PostgreSQL's")

#: Tables that grow with the number of pages.
LARGE_TABLES = (
    "wagtailcore_page",
    "treatments_treatmentpage",
    "treatments_treatmentconcern",
    "home_standardpage",
    "search_searchdocument",
    "search_suggestion",
    "search_searchterm",
)

COLD_PATHS = [
    "/api/v1/pages/by-path/?path=/en/treatments/micro-needling/",
    "/api/v1/pages/by-path/?path=/es/tratamientos/microagujas/",
    "/api/v1/pages/by-path/?path=/en/treatments/no-such-page/&fallback=es",
    "ID",
    *(
        f"/api/v1/treatments/?locale=en&ordering={ordering}"
        for ordering in ("title", "-title", "last_reviewed", "-last_reviewed", "first_published", "-first_published")
    ),
    "/api/v1/treatments/?locale=es&specialty=estetica",
    "/api/v1/treatments/?locale=en&concern=acne-scars",
    "/api/v1/treatments/?locale=en&offset=5&limit=3",
    "/api/v1/search/?q=acne&locale=en",
    "/api/v1/search/?q=cicatrices&locale=es",
    "/api/v1/search/?q=microneedeling&locale=en",
    "/api/v1/search/?q=acne&locale=en&specialty=aesthetics",
    "/api/v1/search/suggest/?q=micro&locale=en",
    "/api/v1/search/suggest/?q=botx&locale=en",
]


def plan_nodes(node):
    yield node
    for child in node.get("Plans", []):
        yield from plan_nodes(child)


def full_scans(sql):
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}")
        plan = cursor.fetchone()[0][0]["Plan"]
    return [
        f"Seq Scan on {node['Relation Name']}"
        for node in plan_nodes(plan)
        if node["Node Type"] == "Seq Scan" and node.get("Relation Name") in LARGE_TABLES
    ]


FILLER_PER_LANGUAGE = 4000


def columns(model, *, leave_out=()):
    return [field.column for field in model._meta.local_concrete_fields if field.column not in leave_out]


def copy_rows(cursor, table, columns, replaced, source, condition, params):
    """INSERT … SELECT: ``columns`` copied from ``source`` rows, those in ``replaced`` computed instead."""
    chosen = [column for column in columns if column not in replaced]
    values = [*replaced.values(), *(f"t.{column}" for column in chosen)]
    cursor.execute(
        f"INSERT INTO {table} ({', '.join([*replaced, *chosen])}) "
        f"SELECT {', '.join(values)} FROM {source} WHERE {condition}",
        params,
    )


@pytest.fixture(scope="module")
def many_pages(demo_loaded_once, django_db_blocker):
    """4,000 live articles more per language under each treatment index, each with a concern, a search
    document and a completion that no query of ``COLD_PATHS`` matches; gone when the module ends."""
    from wagtail.models import Page

    from search.models import SearchDocument, Suggestion
    from treatments.models import Concern, TreatmentConcern, TreatmentPage

    with django_db_blocker.unblock(), connection.cursor() as cursor:
        templates = TreatmentPage.objects.filter(slug__in=["micro-needling", "microagujas"]).order_by("locale_id")
        for step, template in zip("XY", templates, strict=True):
            parent = template.get_parent()
            fillers = ("t.page_ptr_id = %s AND p.url_path LIKE %s", [template.pk, f"{parent.url_path}filler-%"])
            sweating = Concern.objects.filter(slug="excessive-sweating").values("translation_key")[:1]
            concern = Concern.objects.get(locale=template.locale_id, translation_key__in=sweating)
            copy_rows(
                cursor,
                "wagtailcore_page",
                columns(Page, leave_out=("id",)),
                {
                    "path": f"%s || '{step}' || upper(lpad(to_hex(g), 3, '0'))",
                    "url_path": "%s || 'filler-' || g || '/'",
                    "slug": "'filler-' || g",
                    "title": "'Filler article ' || g",
                    "draft_title": "'Filler article ' || g",
                    "translation_key": "gen_random_uuid()",
                    "first_published_at": "t.first_published_at - g * interval '1 hour'",
                },
                f"wagtailcore_page t, generate_series(1, {FILLER_PER_LANGUAGE}) g",
                "t.id = %s",
                [parent.path, parent.url_path, template.pk],
            )
            copy_rows(
                cursor,
                "treatments_treatmentpage",
                columns(TreatmentPage),
                {"page_ptr_id": "p.id", "last_reviewed": "t.last_reviewed - (p.id %% 700)"},
                "treatments_treatmentpage t, wagtailcore_page p",
                *fillers,
            )
            cursor.execute(
                "INSERT INTO treatments_treatmentconcern (page_id, concern_id, sort_order, translation_key, locale_id) "
                "SELECT p.id, %s, 0, gen_random_uuid(), p.locale_id FROM wagtailcore_page p WHERE p.url_path LIKE %s",
                [concern.pk, fillers[1][1]],
            )
            copy_rows(
                cursor,
                "search_searchdocument",
                columns(SearchDocument),
                {
                    "page_id": "p.id",
                    "title": "p.title",
                    "keywords": "''",
                    "summary": "''",
                    "body": "''",
                    "search_vector": "to_tsvector('simple', p.title)",
                    "whole_vector": "to_tsvector('simple', p.title || ' ' || p.slug)",
                },
                "search_searchdocument t, wagtailcore_page p",
                "t.page_id = %s AND p.url_path LIKE %s",
                fillers[1],
            )
            cursor.execute(
                "INSERT INTO search_suggestion (document_id, locale_id, kind, text, folded) "
                "SELECT p.id, p.locale_id, 'treatment', p.title, ' ' || lower(p.title) || ' ' "
                "FROM wagtailcore_page p WHERE p.url_path LIKE %s",
                [fillers[1][1]],
            )
        cursor.execute("ANALYZE")
    assert Suggestion.objects.count() > FILLER_PER_LANGUAGE and TreatmentConcern.objects.count() > FILLER_PER_LANGUAGE
    return FILLER_PER_LANGUAGE


@pytest.mark.parametrize("url", COLD_PATHS)
def test_a_cold_answer_reads_no_large_table_in_full(client, db, many_pages, url):
    from treatments.models import TreatmentPage

    if url == "ID":
        url = f"/api/v1/pages/{TreatmentPage.objects.get(slug='micro-needling').pk}/"
    caching.forget_everything()
    client.get(url)  # Wagtail's site root paths and the like, cached once per process in production
    caching.forget_everything()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code in (200, 404)
    scans = {query["sql"]: scans for query in queries if (scans := full_scans(query["sql"]))}
    assert scans == {}, "\n\n".join(f"{sql}\n  -> {found}" for sql, found in scans.items())
