"""An administrator in the Wagtail admin over HTTP, as a browser is: a session cookie, CSRF tokens, forms.

``make bench-scale`` times an editor's snippet save the way the editor meets it: the POST of the edit
form to gunicorn until the answer (a redirect) arrives. Work done after the answer (the background
re-index) is not in the figure, as the editor does not wait for it.
"""

import time
from html.parser import HTMLParser

import requests

from .errors import BenchError


class FormFields(HTMLParser):
    """The fields of each ``<form method="post">`` of a page, as a browser would submit them."""

    def __init__(self):
        super().__init__()
        self.forms, self._form, self._textarea, self._select = [], None, None, None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "form" and attributes.get("method", "").lower() == "post":
            self._form = {"action": attributes.get("action", ""), "fields": {}}
            self.forms.append(self._form)
        elif self._form is None or not attributes.get("name"):
            if tag == "option" and self._select and "selected" in attributes:
                self._form["fields"][self._select] = attributes.get("value", "")
            return
        elif tag == "input" and self.submitted(attributes):
            self._form["fields"][attributes["name"]] = attributes.get("value", "")
        elif tag == "textarea":
            self._textarea = attributes["name"]
            self._form["fields"][self._textarea] = ""
        elif tag == "select":
            self._select = attributes["name"]

    @staticmethod
    def submitted(attributes):
        kind = attributes.get("type", "text").lower()
        if kind in ("submit", "button", "image", "file", "reset"):
            return False
        return kind not in ("checkbox", "radio") or "checked" in attributes

    def handle_data(self, data):
        if self._textarea:
            self._form["fields"][self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "form":
            self._form = None


class AdminSession:
    def __init__(self, base_url, username, password):
        self.base_url, self.http = base_url, requests.Session()
        login = self.form("/admin/login/", "username")
        login.update(username=username, password=password)
        answer = self.http.post(self.base_url + "/admin/login/", data=login, allow_redirects=False)
        if answer.status_code != 302:
            raise BenchError(f"the admin refused {username}'s log-in (HTTP {answer.status_code})")

    def form(self, path, with_field):
        """The fields of the page's post form that has ``with_field``."""
        answer = self.http.get(self.base_url + path)
        if answer.status_code != 200:
            raise BenchError(f"{path} answered {answer.status_code} to the administrator")
        parser = FormFields()
        parser.feed(answer.text)
        for form in parser.forms:
            if with_field in form["fields"]:
                return dict(form["fields"])
        raise BenchError(f"{path} has no form with a '{with_field}' field")

    def save_snippet(self, edit_path, description):
        """Milliseconds from sending the edit form with a new description to receiving the admin's redirect."""
        fields = self.form(edit_path, "description")
        fields["description"] = description
        started = time.perf_counter()
        answer = self.http.post(self.base_url + edit_path, data=fields, allow_redirects=False)
        elapsed = 1000 * (time.perf_counter() - started)
        if answer.status_code != 302:
            raise BenchError(f"saving {edit_path} answered {answer.status_code}, not the admin's redirect")
        return elapsed
