"""Which way the project's packages depend on each other, read from their import statements.

``cms/`` wires the apps together and no app imports it; the shared layers ``delivery/`` and
``localization/`` import no app (delivery builds on localization, never the reverse);
``treatments/`` is a Wagtail app another site could install, needing only ``delivery/`` and ``localization/``.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = ["appointments", "delivery", "demo", "home", "localization", "search", "treatments"]
PROJECT_PACKAGES = {"cms", *APPS}


def imported_packages(package):
    """(file, top-level package) for every absolute import in the package's modules."""
    found = set()
    for module in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            found |= {(str(module.relative_to(ROOT)), name.split(".")[0]) for name in names}
    return found


def project_imports(package):
    return {(module, name) for module, name in imported_packages(package) if name in PROJECT_PACKAGES - {package}}


@pytest.mark.parametrize("app", APPS)
def test_no_app_imports_the_project(app):
    assert {(module, name) for module, name in project_imports(app) if name == "cms"} == set()


SHARED_LAYERS = {"delivery", "localization"}


@pytest.mark.parametrize("layer", sorted(SHARED_LAYERS))
def test_the_shared_layers_name_no_app(layer):
    """Apps register with the shared layers (page types, watched snippets, the publisher): never the reverse.
    Delivery may use localization (translation state, languages), the layer below it."""
    assert {name for _module, name in project_imports(layer)} <= SHARED_LAYERS - {layer}


def test_localization_does_not_use_delivery():
    assert {name for _module, name in project_imports("localization")} == set()


def test_treatments_needs_only_the_shared_layers():
    assert {name for _module, name in project_imports("treatments")} <= {"delivery", "localization"}


def test_the_import_reader_sees_imports():
    """The rules above would pass on a reader that finds nothing."""
    assert ("treatments/serializers.py", "delivery") in imported_packages("treatments")
    assert ("cms/api.py", "delivery") in project_imports("cms")
