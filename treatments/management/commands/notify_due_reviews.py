"""E-mail each medical reviewer their live articles whose review is overdue or due soon; run it daily from cron.

Idempotent: a reviewer gets at most one e-mail a day (``ReviewReminder``), however often it runs. An
e-mail that fails is not recorded, so the next run tries again; the command then exits non-zero.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils import translation as django_translation
from django.utils.translation import ngettext

from localization.notifications import absolute
from treatments.due_reviews import due_reviews
from treatments.models import ReviewReminder


def language_of(user):
    profile = getattr(user, "wagtail_userprofile", None)
    return (profile.preferred_language if profile is not None else "") or settings.LANGUAGE_CODE


def compose(reviewer, articles):
    """(subject, body) in the reviewer's admin language."""
    lines = [
        {
            "title": article.title,
            "status": article.review_status_label,
            "due": article.next_review_due,
            "url": absolute(reverse("wagtailadmin_pages:edit", args=(article.pk,))),
        }
        for article in articles
    ]
    subject = ngettext(
        "%(count)d article needs your medical review", "%(count)d articles need your medical review", len(lines)
    ) % {"count": len(lines)}
    report_url = absolute(reverse("treatments_due_reviews")) + f"?reviewer={reviewer.pk}"
    body = render_to_string(
        "treatments/emails/due_reviews.txt", {"reviewer": reviewer, "lines": lines, "report_url": report_url}
    )
    return subject, body


class Command(BaseCommand):
    help = (
        "E-mail each medical reviewer the live articles they reviewed whose review is overdue or due within 30 days "
        "(one e-mail a reviewer a day; run it daily)."
    )

    def handle(self, *args, **options):
        today = timezone.localdate()
        by_reviewer, untold = {}, []
        for article in due_reviews(today):
            user = article.reviewer.user if article.reviewer else None
            if user is None or not user.is_active or not user.email:
                untold.append(article)
            else:
                by_reviewer.setdefault(article.reviewer, []).append(article)

        sent, already, failed = 0, 0, []
        for reviewer, articles in by_reviewer.items():
            try:
                with transaction.atomic():
                    _reminder, created = ReviewReminder.objects.get_or_create(
                        reviewer=reviewer, sent_on=today, defaults={"article_count": len(articles)}
                    )
                    if not created:
                        already += 1
                        continue
                    with django_translation.override(language_of(reviewer.user)):
                        subject, body = compose(reviewer, articles)
                    send_mail(subject, body, None, [reviewer.user.email], fail_silently=False)
                    sent += 1
            except OSError as error:  # SMTP and socket errors: the reminder is rolled back, the next run retries
                failed.append(f"{reviewer.name} ({type(error).__name__})")

        self.stdout.write(f"{sent} reviewer(s) e-mailed, {already} already e-mailed today.")
        if untold:
            titles = "; ".join(article.title for article in untold)
            self.stdout.write(f"{len(untold)} article(s) due with no reviewer account to tell: {titles}.")
        if failed:
            raise CommandError(f"could not e-mail {', '.join(failed)}; the next run tries again")
