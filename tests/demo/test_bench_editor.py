"""``make bench-scale`` times an editor's concern save by submitting the admin's own edit form, as read by
``bench.editor.FormFields``; if the parser missed a field the admin needs, the benchmark would time a form
error instead of a save."""

import pytest

from bench.editor import FormFields
from treatments.models import Concern


@pytest.mark.django_db
def test_the_edit_form_as_the_benchmark_reads_it_saves_the_concern(demo_loaded_once, client, django_user_model):
    editor = django_user_model.objects.create_superuser("bench-test-editor", "editor@example.com", "x")
    client.force_login(editor)
    concern = Concern.objects.filter(locale__language_code="en").order_by("pk").first()
    edit_url = f"/admin/snippets/treatments/concern/edit/{concern.pk}/"
    parser = FormFields()
    parser.feed(client.get(edit_url).content.decode())
    fields = next(form["fields"] for form in parser.forms if "description" in form["fields"])
    assert fields["name"] == concern.name and fields["slug"] == concern.slug

    response = client.post(edit_url, {**fields, "description": "Read back by the benchmark."})

    assert response.status_code == 302
    concern.refresh_from_db()
    assert (concern.description, concern.name, concern.also_known_as) == (
        "Read back by the benchmark.",
        fields["name"],
        fields["also_known_as"],
    )
