"""schema.org JSON-LD for pages, ready to embed in one ``<script type="application/ld+json">``.

Every page gets a graph (``{"@context": "https://schema.org", "@graph": [...]}``) with its web page,
its ``BreadcrumbList`` and its publisher (the clinic as ``MedicalClinic``, registered by ``home``). A treatment
article's page is a ``MedicalWebPage`` (``lastReviewed``, ``reviewedBy`` a ``Person`` with credentials
and professional licence) about a ``MedicalProcedure`` (``howPerformed`` from the procedure steps,
``preparation``, ``followup`` from the aftercare timeline, ``bodyLocation`` from the target areas).

Nodes refer to each other by ``@id`` (the page URL with a fragment, the clinic at the site's root), so
search engines join them. The builders take plain values, not models, and leave out empty properties.
"""

SCHEMA_ORG = "https://schema.org"

#: Builds the node of the organization that publishes the site (``builder(context, node_id=…, url=…)``,
#: None when there is none); registered by the app that knows it (``register_publisher``).
_publisher = None


def register_publisher(builder):
    """Name who publishes every page (the clinic, from the app holding its settings)."""
    global _publisher
    _publisher = builder


def node(type_, **properties):
    """A JSON-LD node without its empty properties (None, "", [] or {})."""
    return {"@type": type_, **{key: value for key, value in properties.items() if value not in (None, "", [], {})}}


def graph(*nodes):
    return {"@context": SCHEMA_ORG, "@graph": [item for item in nodes if item]}


def reference(node_id):
    return {"@id": node_id} if node_id else None


# --- Nodes -----------------------------------------------------------------------------------------------


def web_page(type_, *, url, name, description, language, breadcrumb_id=None, publisher_id=None, **properties):
    return node(
        type_,
        **{"@id": f"{url}#webpage", "url": url},
        name=name,
        description=description,
        inLanguage=language,
        breadcrumb=reference(breadcrumb_id),
        publisher=reference(publisher_id),
        **properties,
    )


def breadcrumb_list(node_id, items):
    """``items``: (name, absolute URL) from the home page down to the page itself."""
    return node(
        "BreadcrumbList",
        **{"@id": node_id},
        itemListElement=[
            node("ListItem", position=position, name=name, item=url)
            for position, (name, url) in enumerate(items, start=1)
        ],
    )


def person(name, credentials="", licence_number="", institution=""):
    """A health professional: name, credentials as job title, the cédula profesional as their identifier and
    credential (recognised by the SEP), and the institution that issued their title."""
    licence = identifier = None
    if licence_number:
        identifier = node("PropertyValue", propertyID="Cédula profesional", value=licence_number)
        licence = node(
            "EducationalOccupationalCredential",
            credentialCategory="license",
            name="Cédula profesional",
            identifier=licence_number,
            recognizedBy=node("GovernmentOrganization", name="Secretaría de Educación Pública", addressCountry="MX"),
        )
    school = node("EducationalOrganization", name=institution) if institution else None
    return node(
        "Person", name=name, jobTitle=credentials, identifier=identifier, hasCredential=licence, alumniOf=school
    )


def medical_procedure(
    node_id, *, name, description, url, how_performed="", preparation="", followup="", body_location=()
):
    return node(
        "MedicalProcedure",
        **{"@id": node_id},
        name=name,
        description=description,
        url=url,
        howPerformed=how_performed,
        preparation=preparation,
        followup=followup,
        bodyLocation=list(body_location),
    )


# --- Page graphs -----------------------------------------------------------------------------------------


def page_nodes(page, context, data, page_type="WebPage", **page_properties):
    """The page, its breadcrumbs and the clinic: what every page's graph holds."""
    url = data["seo"]["canonical_url"]
    clinic_id = f"{context.absolute('/')}#clinic"
    breadcrumb_id = f"{url}#breadcrumbs"
    crumbs = [(row.title, context.full_url(row)) for row, _path in context.breadcrumbs] + [(page.title, url)]
    clinic = _publisher(context, node_id=clinic_id, url=context.home_url) if _publisher else None
    return [
        web_page(
            page_type,
            url=url,
            name=data["seo"]["title"],
            description=data["seo"]["description"],
            language=context.language_code,
            breadcrumb_id=breadcrumb_id,
            publisher_id=clinic_id if clinic else None,
            dateModified=page.last_published_at.isoformat() if page.last_published_at else None,
            **page_properties,
        ),
        breadcrumb_list(breadcrumb_id, crumbs),
        clinic,
    ]


def web_page_graph(page, context, data):
    """The graph of a plain page; the home page's is about the clinic."""
    nodes = page_nodes(page, context, data)
    root = context.roots.root_of(page)
    is_home = root is not None and page.url_path == root.root_path
    if is_home and nodes[2]:
        nodes[0]["about"] = reference(nodes[2]["@id"])
    return graph(*nodes)
