"""An offline machine translator: translation memory first, then the clinic glossary's terms.

It needs no network and no account, so it is the default backend. It is not a translator of
sentences: a string already translated elsewhere on the site is offered as it was translated there,
otherwise every glossary term in it is replaced by the approved Spanish term and the rest is left in
English. wagtail-localize stores the result as a machine translation for a translator to finish.
Strings with neither a memory match nor a glossary term are not returned, so they stay untranslated
(and keep the page from being published) instead of being "translated" into unchanged English.
"""

from bs4 import BeautifulSoup, NavigableString
from django.utils.translation import gettext_lazy as _
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue

from localization.memory import remembered_for_values
from localization.terminology import Glossary


def language_code(locale):
    return locale.language_code.split("-")[0].lower()


def substitute_in_html(html, glossary):
    """Apply the glossary to the text of an HTML fragment, leaving its tags (links, bold) as they are."""
    soup = BeautifulSoup(html, "html.parser")
    replacements = 0
    for node in list(soup.find_all(string=True)):
        text, count = glossary.substitute(str(node))
        if count:
            node.replace_with(NavigableString(text))
            replacements += count
    return str(soup), replacements


class GlossaryTranslator(BaseMachineTranslator):
    display_name = _("Clinic glossary")

    def can_translate(self, source_locale, target_locale):
        return language_code(source_locale) == "en" and language_code(target_locale) == "es"

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        translations = {
            value: StringValue(data)
            for value, data in remembered_for_values(source_locale, target_locale, strings).items()
        }
        glossary = Glossary.from_database()
        for value in strings:
            if value in translations or not value.data:
                continue
            html, replacements = substitute_in_html(value.data, glossary)
            if replacements:
                translations[value] = StringValue(html)
        return translations
