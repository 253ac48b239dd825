"""From what a patient typed to what the engines look for.

A query is a list of terms, each with alternatives that may match instead (OR). Pages with every term
rank first; pages with only some of them follow. A term's alternatives are the word as typed, its
closed-up form ("micro-needling" → "microneedling"), regular Spanish plural forms that the stemmer
keeps apart ("cicatriz" ↔ "cicatrices"), and, for a word the locale's index has never seen, the
indexed words closest to it ("microneedeling" → "microneedling"). Glossary terms typed in the other
language add the approved term as a whole alternative phrase, so a Spanish visitor who types "dark
spots" still finds "manchas oscuras". Everything is plain text: no operator syntax is parsed, so
quotes, `&`, `|`, `!` or `:*` are just characters that split words.
"""

import unicodedata
from dataclasses import dataclass, field

from localization.models import GlossaryTerm

from .text import fold, is_stop_word, spelling_variants, split_words, word_parts

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
MIN_CORRECTABLE_LENGTH = 4


class InvalidQuery(ValueError):
    """What the visitor typed cannot be searched for; the message says why, for the visitor."""


def is_invisible(character):
    """Control and format characters (zero-width spaces and joiners, direction overrides) and white space."""
    return unicodedata.category(character) in ("Cc", "Cf") or character.isspace()


def visible_character_pattern():
    """A regular expression for the OpenAPI document: any character of the Basic Multilingual Plane but
    invisible ones, or any character beyond it.

    A query needs a visible character. The pattern says so in a form every regular-expression dialect
    reads alike — ``\\uXXXX`` escapes, which JavaScript without the ``u`` flag (Swagger UI's "Try it
    out", older validators) cannot combine into characters beyond the plane. So the few invisible
    characters out there (tags, musical formatting) count as visible in the document, and only the
    server refuses a query made of them alone.
    """
    runs = []
    for code in range(0x10000):
        if not is_invisible(chr(code)):
            continue
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    written = "".join(f"\\u{first:04x}" + (f"-\\u{last:04x}" if last > first else "") for first, last in runs)
    return f"[^{written}]"


VISIBLE_CHARACTER = visible_character_pattern()


def clean_query_text(text):
    """The query as plain text, from 1 to 200 characters as typed, with a visible one among them.

    Control characters (NUL included) become spaces; format characters (zero-width spaces and joiners,
    direction overrides, soft hyphens) vanish: invisible, they would make an empty query look like one
    and be echoed back to the page that shows it.
    """
    if len(text) > MAX_QUERY_LENGTH:
        raise InvalidQuery(f"The search query is longer than {MAX_QUERY_LENGTH} characters.")
    if all(is_invisible(character) for character in text):
        raise InvalidQuery("The search query is empty.")
    return without_format_characters(without_control_characters(text)).strip()


def without_control_characters(text):
    return "".join(" " if unicodedata.category(char) == "Cc" else char for char in text)


def without_format_characters(text):
    return "".join(char for char in text if unicodedata.category(char) != "Cf")


@dataclass
class Term:
    word: str
    alternatives: list[str]


@dataclass
class ParsedQuery:
    text: str
    language: str
    terms: list[Term] = field(default_factory=list)
    expansions: list[str] = field(default_factory=list)
    corrections: dict[str, str] = field(default_factory=dict)

    @property
    def is_empty(self):
        return not self.terms and not self.expansions


def parse_query(text, locale, engine):
    language = locale.language_code
    words = meaningful_words(split_words(text), language)[:MAX_TERMS]
    known = engine.known_terms({form for word in words for form in known_forms(word, language)}, locale)
    expansions, glossary_words = glossary_expansions(text, language)
    query = ParsedQuery(text=text, language=language, expansions=expansions)
    for word in words:
        alternatives = word_forms(word) + spelling_variants(word, language)
        if is_correctable(word) and word not in glossary_words and not known.intersection(known_forms(word, language)):
            corrections = engine.closest_terms(closed_up(word), locale)
            if corrections:
                query.corrections[word] = corrections[0]
            alternatives += [correction for correction in corrections if correction not in alternatives]
        query.terms.append(Term(word=word, alternatives=alternatives))
    return query


def meaningful_words(words, language):
    """Stop words carry no meaning, and no index keeps them: a query of only stop words finds nothing."""
    return [word for word in words if not is_stop_word(word, language)]


def word_forms(word):
    """The word as typed and, for a hyphenated word, its closed-up form."""
    forms = word_parts(word)
    return [word] if len(forms) == 1 else [word, forms[-1]]


def known_forms(word, language):
    """Forms whose presence in the index means the word needs no correction ("scar" when "scars" is there)."""
    return [*word_forms(word), *spelling_variants(word, language), f"{word}s", f"{word}es"]


def closed_up(word):
    return word_parts(word)[-1]


def is_correctable(word):
    return len(word) >= MIN_CORRECTABLE_LENGTH and not word.isdigit()


def glossary_expansions(text, language):
    """Approved terms in `language` for glossary terms typed in the other language, and the words typed.

    The typed words are left uncorrected: "dark" is a good English word even if no Spanish page has it.
    """
    if language not in ("en", "es"):
        return [], set()
    padded = f" {' '.join(split_words(text))} "
    expansions, typed_words = [], set()
    for english, spanish in GlossaryTerm.objects.values_list("english", "spanish"):
        typed, wanted = (english, spanish) if language == "es" else (spanish, english)
        typed_phrase = " ".join(split_words(typed))
        if typed_phrase and f" {typed_phrase} " in padded and fold(wanted) not in padded:
            expansions.append(wanted)
            typed_words.update(typed_phrase.split())
    return expansions, typed_words
