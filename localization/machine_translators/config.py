"""Which machine translator wagtail-localize uses, chosen from the environment.

Imported by the settings module, so it must not import Django models (or anything that does).
"""

GLOSSARY = "localization.machine_translators.glossary.GlossaryTranslator"
DEEPL = "wagtail_localize.machine_translators.deepl.DeepLTranslator"
LIBRETRANSLATE = "wagtail_localize.machine_translators.libretranslate.LibreTranslator"


def machine_translator_setting(environ):
    """The WAGTAILLOCALIZE_MACHINE_TRANSLATOR setting for an environment (a mapping such as os.environ).

    - ``DEEPL_API_KEY`` set: DeepL (keys ending in ":fx" use DeepL's free API).
    - else ``LIBRETRANSLATE_URL`` set (``LIBRETRANSLATE_API_KEY`` optional): a LibreTranslate server.
    - else the offline glossary pre-fill, which needs no network and no account.
    """
    deepl_key = (environ.get("DEEPL_API_KEY") or "").strip()
    if deepl_key:
        return {"CLASS": DEEPL, "OPTIONS": {"AUTH_KEY": deepl_key}}
    libretranslate_url = (environ.get("LIBRETRANSLATE_URL") or "").strip().rstrip("/")
    if libretranslate_url:
        return {
            "CLASS": LIBRETRANSLATE,
            "OPTIONS": {
                "LIBRETRANSLATE_URL": libretranslate_url,
                # LibreTranslator always sends API_KEY; servers without keys ignore an empty one.
                "API_KEY": (environ.get("LIBRETRANSLATE_API_KEY") or "").strip(),
            },
        }
    return {"CLASS": GLOSSARY, "OPTIONS": {}}
