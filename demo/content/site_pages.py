"""The pages around the treatments: the home page, the treatment index and the privacy notice."""

HOME = {
    "title": "Home",
    "slug": "home",
    "heading": "Clínica Zona Río",
    "intro": (
        "<p>Aesthetic medicine, dentistry, nutrition and cosmetology under one roof in Zona Río, Tijuana. "
        "Every treatment article on this site is checked by a licensed professional of the specialty.</p>"
    ),
}

TREATMENT_INDEX = {
    "title": "Treatments",
    "slug": "treatments",
    "intro": (
        "<p>What each treatment does, how to prepare, what the session involves and what to expect "
        "afterwards. Filter by specialty to find yours.</p>"
    ),
}

PRIVACY_NOTICE = {
    "title": "Privacy notice",
    "slug": "privacy-notice",
    "body": """\
<p>This notice (<i>aviso de privacidad</i>) explains what personal data Clínica Zona Río collects, why,
and how you can control it, as Mexico's federal law on the protection of personal data held by private
parties requires.</p>
<h2>Who is responsible for your data</h2>
<p>Clínica Zona Río, Blvd. General Sánchez Taboada 9589, Suite 102, Zona Urbana Río, 22010 Tijuana, B.C.,
México. Write to <a href="mailto:privacidad@clinica.example">privacidad@clinica.example</a> about anything
in this notice.</p>
<h2>What we collect</h2>
<ul>
<li>Contact details: name, phone, WhatsApp number and e-mail address.</li>
<li>Health information you share with us or that arises from your care, such as your medical history,
medications and photographs taken for your clinical record. This is sensitive data, and we ask for your
express written consent before we collect it.</li>
<li>Billing details when you pay for a treatment.</li>
</ul>
<h2>Why we use it</h2>
<p>To book and confirm appointments, to provide and record your care, to bill you and to meet our legal
obligations as a health provider. With your consent only, we also send reminders about follow-up sessions
and news about the clinic; you can refuse or withdraw that consent at any time without affecting your
care.</p>
<h2>Who we share it with</h2>
<p>We do not sell your data. We share it only when the law requires it, with laboratories or specialists
involved in your care, and with providers that process it on our behalf (for example, appointment and
billing software) under a duty of confidentiality.</p>
<h2>Your rights</h2>
<p>You may access, correct or delete your data and object to its use (the ARCO rights), and withdraw
your consent. Send your request to the e-mail address above with a copy of an official ID; we reply
within the time the law sets.</p>
<h2>Changes to this notice</h2>
<p>When this notice changes we publish the new version on this page.</p>
""",
}
