"""The agency workflow: export PO files, get them back translated, import them safely."""

import io
import uuid

import polib
import pytest
from django.core.management import CommandError, call_command
from wagtail_localize.models import StringTranslation, Translation

from localization.completeness import gaps_for_instance
from localization.po import translation_problem
from tests import factories
from tests import translation_helpers as th
from treatments.models import TreatmentPage

FAQ_ANSWER = '<p>See <a href="https://example.org/faq">our FAQ</a> first.</p>'
FAQ_STRING = 'See <a id="a1">our FAQ</a> first.'
#: The callout's text as wagtail-localize extracts it (one paragraph, without its tags).
CALLOUT_STRING = factories.preview("callout")["text"].removeprefix("<p>").removesuffix("</p>")


@pytest.fixture
def linked_treatment(treatment_index, specialty, reviewer, concern, image):
    """The treatment with every block type, whose FAQ answer holds a link."""
    body = factories.every_block_body(specialty, image)
    faq = next(block for block in body if block["type"] == "faq")
    faq["value"]["items"][0]["value"]["answer"] = FAQ_ANSWER
    return factories.make_treatment(
        treatment_index,
        specialty,
        reviewer,
        concerns=[concern],
        body=body,
        hero_image=image,
        hero_alt_text="A patient's cheek after treatment",
    )


@pytest.fixture
def submitted(home, treatment_index, linked_treatment):
    """Here the submitted article also links to other pages, whose links a translation must keep."""
    th.submit(home, treatment_index, linked_treatment)
    return linked_treatment


def run(command, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command(command, *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def export(directory, *options):
    out, _err = run("export_translations", "--locale", "es", *options, str(directory))
    return out


def po_files(directory):
    return sorted(directory.glob("*.po"))


def file_for(directory, instance):
    translation = th.translation_for(instance)
    (path,) = [path for path in po_files(directory) if translation.uuid.hex[:8] in path.name]
    return path


def edit(path, change):
    """Open a PO file with polib, let `change(po)` edit it, save it back."""
    po = polib.pofile(str(path))
    change(po)
    po.save(str(path))
    return path


def fill_all(po):
    for entry in po:
        if not entry.obsolete:
            entry.msgstr = f"ES {entry.msgid}"


def entry_for(po, msgid):
    return next(entry for entry in po if entry.msgid == msgid and not entry.obsolete)


def string_translations():
    return set(StringTranslation.objects.values_list("pk", "data", "has_error", "translation_type", "tool_name"))


def spanish_text(translation, msgid):
    return StringTranslation.objects.get(
        translation_of__data=msgid, locale=translation.target_locale, context__object_id=translation.source.object_id
    ).data


# Export


def test_export_writes_one_file_per_translated_page_and_snippet(submitted, tmp_path):
    out_dir = tmp_path / "new" / "agency"
    out = export(out_dir)

    translations = Translation.objects.filter(target_locale=th.spanish(), enabled=True)
    models = {translation.source.specific_content_type.model for translation in translations}
    assert models == {"homepage", "treatmentindexpage", "treatmentpage", "specialty", "concern", "reviewer"}
    files = po_files(out_dir)
    assert len(files) == translations.count()
    for translation in translations:
        source = translation.source.get_source_instance()
        name = f"{translation.source.specific_content_type.model}-{source.pk}-{translation.uuid.hex[:8]}.po"
        po = polib.pofile(str(out_dir / name))
        assert po.metadata["X-WagtailLocalize-TranslationID"] == str(translation.uuid)
        assert po.metadata["Language"] == "es"
        segments = translation.source.stringsegment_set.order_by("order").select_related("string", "context")
        assert [(entry.msgctxt, entry.msgid) for entry in po] == [
            (segment.context.path, segment.string.data) for segment in segments
        ]
        assert all(entry.msgstr == "" for entry in po)
        assert name in out
    assert f"Exported {len(files)} translations into Spanish (es)" in out

    # Each string says where it is, for the translator.
    treatment_po = polib.pofile(str(file_for(out_dir, submitted)))
    assert entry_for(treatment_po, FAQ_STRING).comment == "Body › FAQ › Questions › item 1 › Answer"


def test_export_includes_existing_translations_and_is_stable(submitted, tmp_path):
    translation = th.translation_for(submitted)
    th.translate(translation)
    export(tmp_path)
    first = [path.name for path in po_files(tmp_path)]
    po = polib.pofile(str(file_for(tmp_path, submitted)))
    assert entry_for(po, "Micro-needling").msgstr == "ES Micro-needling"
    export(tmp_path)
    assert [path.name for path in po_files(tmp_path)] == first


def test_outdated_only_skips_complete_translations(submitted, tmp_path):
    th.translate(th.translation_for(submitted.get_parent()))
    th.translate(th.translation_for(submitted), limit=3)
    out = export(tmp_path, "--outdated-only")

    names = [path.name for path in po_files(tmp_path)]
    index_id = th.translation_for(submitted.get_parent()).uuid.hex[:8]
    assert not any(index_id in name for name in names)
    assert len(names) == Translation.objects.filter(target_locale=th.spanish()).count() - 1
    assert file_for(tmp_path, submitted).name in out
    assert "Exported 5 outdated translations" in out


@pytest.mark.parametrize(("code", "reason"), [("fr", "unknown locale 'fr'"), ("en", "'en' is the source language")])
def test_export_refuses_unknown_or_source_locale(submitted, tmp_path, code, reason):
    with pytest.raises(CommandError) as error:
        call_command("export_translations", "--locale", code, str(tmp_path / "out"), stdout=io.StringIO())
    assert reason in str(error.value)
    assert "\n" not in str(error.value)
    assert not (tmp_path / "out").exists()


# Import


def test_round_trip_translates_everything_and_the_spanish_page_publishes(
    submitted, tmp_path, django_capture_on_commit_callbacks
):
    export(tmp_path)
    files = [edit(path, fill_all) for path in po_files(tmp_path)]

    out, err = run("import_translations", *map(str, files))

    assert err == ""
    assert len(out.strip().splitlines()) == len(files)
    treatment_line = next(line for line in out.splitlines() if line.startswith(file_for(tmp_path, submitted).name))
    total, _done = th.translation_for(submitted).get_progress()
    assert treatment_line.endswith(f": {total} applied, 0 unchanged, 0 unknown, 0 rejected")

    target = submitted.get_translation(th.spanish()).specific
    assert gaps_for_instance(target) == []
    translation = th.translation_for(submitted)
    assert translation.get_progress() == (total, total)
    imported = StringTranslation.objects.filter(context__object_id=translation.source.object_id)
    assert {(row.tool_name, row.translation_type, row.has_error) for row in imported} == {
        ("PO import", "manual", False)
    }

    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    target = TreatmentPage.objects.get(pk=target.pk)
    assert target.live
    assert target.title == "ES Micro-needling"
    assert target.summary == "ES Collagen induction for scars and lines."
    faq = next(block for block in target.body if block.block_type == "faq")
    assert str(faq.value["items"][0]["answer"]) == (
        '<p>ES See <a href="https://example.org/faq">our FAQ</a> first.</p>'
    )

    # Importing the same files again changes nothing.
    before = string_translations()
    out, _err = run("import_translations", str(file_for(tmp_path, submitted)))
    assert out.strip() == f"{file_for(tmp_path, submitted).name}: 0 applied, {total} unchanged, 0 unknown, 0 rejected"
    assert string_translations() == before


def refuse_with_unknown_id(po):
    po.metadata["X-WagtailLocalize-TranslationID"] = str(uuid.uuid4())


def refuse_without_id(po):
    del po.metadata["X-WagtailLocalize-TranslationID"]


def refuse_french(po):
    po.metadata["Language"] = "fr"


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (refuse_with_unknown_id, "no translation has the id"),
        (refuse_without_id, "no X-WagtailLocalize-TranslationID header"),
        (refuse_french, "its language is 'fr' but the translation is into 'es'"),
    ],
)
def test_a_file_that_does_not_match_its_translation_is_refused_whole(submitted, tmp_path, spoil, reason):
    th.translate(th.translation_for(submitted), limit=5)
    export(tmp_path)
    path = file_for(tmp_path, submitted)
    edit(path, lambda po: (fill_all(po), spoil(po)))
    before = string_translations()

    with pytest.raises(CommandError) as error:
        run("import_translations", str(path))

    assert str(error.value) == f"1 of 1 file refused, nothing of it applied: {path.name}"
    assert string_translations() == before


def test_a_corrupt_file_is_refused_and_the_good_files_still_apply(submitted, tmp_path):
    export(tmp_path)
    good = edit(file_for(tmp_path, submitted.get_parent()), fill_all)
    corrupt = file_for(tmp_path, submitted)
    corrupt.write_text('msgid "unterminated\nthis is not gettext\n', encoding="utf-8")
    before = string_translations()
    err = io.StringIO()

    with pytest.raises(CommandError) as error:
        call_command("import_translations", str(corrupt), str(good), stdout=io.StringIO(), stderr=err)

    assert str(error.value) == f"1 of 2 files refused, nothing of it applied: {corrupt.name}"
    assert err.getvalue().startswith(f"{corrupt.name}: refused, not a readable PO file")
    treatment_translation = th.translation_for(submitted)
    assert not StringTranslation.objects.filter(context__object_id=treatment_translation.source.object_id).exists()
    index_translation = th.translation_for(submitted.get_parent())
    assert len(string_translations() - before) == index_translation.get_progress()[0]
    assert spanish_text(index_translation, "Treatments") == "ES Treatments"


def test_a_disabled_translation_is_refused(submitted, tmp_path):
    export(tmp_path)
    path = edit(file_for(tmp_path, submitted), fill_all)
    Translation.objects.filter(pk=th.translation_for(submitted).pk).update(enabled=False)
    with pytest.raises(CommandError):
        run("import_translations", str(path))
    assert not StringTranslation.objects.exists()


def test_broken_html_and_changed_links_are_rejected_and_keep_the_good_translation(submitted, tmp_path):
    translation = th.translation_for(submitted)
    th.translate_everything()
    export(tmp_path)

    def spoil(po):
        entry_for(po, FAQ_STRING).msgstr = 'Vea <a href="https://evil.example/">nuestras preguntas</a> antes.'
        entry_for(po, "Does it hurt?").msgstr = "¿<b>Duele?"
        entry_for(po, CALLOUT_STRING).msgstr = "<p>No es consejo médico.</p>"
        entry_for(po, "Micro-needling").msgstr = "Microagujas"

    path = edit(file_for(tmp_path, submitted), spoil)
    out, err = run("import_translations", str(path))

    assert err == ""
    lines = out.splitlines()
    assert lines[0].startswith(f"{path.name}: 1 applied, ")
    assert lines[0].endswith(", 0 unknown, 3 rejected")
    assert "  rejected: Body › FAQ › Questions › item 1 › Answer: link changed: a link may only carry its id" in out
    assert "  rejected: Body › FAQ › Questions › item 1 › Question: broken HTML: <b> is never closed" in out
    assert "  rejected: Body › Callout › Text: invalid HTML: <p> tag is not allowed" in out
    assert spanish_text(translation, FAQ_STRING) == f"ES {FAQ_STRING}"
    assert spanish_text(translation, "Does it hurt?") == "ES Does it hurt?"
    assert spanish_text(translation, CALLOUT_STRING) == f"ES {CALLOUT_STRING}"
    assert spanish_text(translation, "Micro-needling") == "Microagujas"
    assert gaps_for_instance(submitted.get_translation(th.spanish())) == []


def test_an_empty_or_fuzzy_msgstr_never_deletes_or_changes_a_translation(submitted, tmp_path):
    translation = th.translation_for(submitted)
    th.translate(translation)
    export(tmp_path)

    def change(po):
        entry_for(po, "Collagen induction for scars and lines.").msgstr = ""
        fuzzy = entry_for(po, "Micro-needling")
        fuzzy.msgstr = "Micro agujas (¿?)"
        fuzzy.flags.append("fuzzy")

    path = edit(file_for(tmp_path, submitted), change)
    before = string_translations()
    out, _err = run("import_translations", str(path))

    total = translation.get_progress()[0]
    assert out.strip() == (
        f"{path.name}: 0 applied, {total - 2} unchanged, 0 unknown, 0 rejected, 1 empty, 1 fuzzy, skipped"
    )
    assert string_translations() == before
    assert spanish_text(translation, "Collagen induction for scars and lines.") == (
        "ES Collagen induction for scars and lines."
    )


def test_strings_not_in_the_source_are_reported_as_unknown(submitted, tmp_path):
    export(tmp_path)

    def add_strangers(po):
        fill_all(po)
        po.append(polib.POEntry(msgctxt="summary", msgid="An English summary nobody wrote.", msgstr="ES nadie"))
        po.append(polib.POEntry(msgctxt="body.nowhere", msgid="Micro-needling", msgstr="ES otro sitio"))

    path = edit(file_for(tmp_path, submitted), add_strangers)
    out, _err = run("import_translations", str(path))

    total = th.translation_for(submitted).get_progress()[0]
    assert out.splitlines()[0] == f"{path.name}: {total} applied, 0 unchanged, 2 unknown, 0 rejected"
    assert "  unknown: Summary: the English text here has changed since the export" in out
    assert "  unknown: Body › nowhere: no such place in the English source (msgctxt unknown)" in out
    assert not StringTranslation.objects.filter(data__in=["ES nadie", "ES otro sitio"]).exists()


@pytest.mark.parametrize(
    ("translated", "problem"),
    [
        ('Vea <a id="a1">las preguntas</a>.', None),
        ("Vea <b>las</b> preguntas.<br>", "link changed: link a1 is missing"),
        ('Vea <a id="a2">las preguntas</a>.', "link changed: unknown link a2"),
        ('Vea <a id="a1" href="/x">las preguntas</a>.', "link changed: a link may only carry its id"),
        ('Vea <a id="a1">las preguntas.', "broken HTML: <a> is never closed"),
        ('Vea <a id="a1">las</b> preguntas</a>.', "broken HTML: </b> closes nothing (expected </a>)"),
        ('Vea <a id="a1">las preguntas</a', "broken HTML: unfinished tag"),
        ('<div>Vea <a id="a1">las preguntas</a></div>', "invalid HTML: <div> tag is not allowed"),
    ],
)
def test_translation_problem(translated, problem):
    result = translation_problem('See <a id="a1">the questions</a>.', translated)
    if problem is None:
        assert result is None
    else:
        assert result is not None and result.startswith(problem)
