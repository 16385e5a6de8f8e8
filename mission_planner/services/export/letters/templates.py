"""Letter templates: the shipped defaults, the organization's own, and rendering them safely.

A template is Jinja2 text rendered in a `SandboxedEnvironment`: it reads the values it is given
and nothing else (no attributes starting with `_`, no imports or includes, no undefined names).
Whatever goes wrong becomes one InputError naming the template and its line.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any

from jinja2 import BaseLoader, StrictUndefined, TemplateError, TemplateNotFound, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment

from ....domain.limits import MAX_LONG_TEXT
from ....errors import InputError
from ....paths import resource

LETTERS = ("invitation", "visa-support", "site-request", "thank-you")
PERSON_LETTERS = ("invitation", "visa-support")  # the others go to a site


class _NoTemplates(BaseLoader):
    """A letter stands alone: `{% import %}`, `{% include %}` and `{% extends %}` find nothing."""

    def get_source(self, environment: Any, template: str) -> Any:
        raise TemplateNotFound(template)


_environment = SandboxedEnvironment(
    loader=_NoTemplates(), undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False
)


def template_name(letter: str) -> str:
    return f"{letter}.txt"


def default_template(letter: str) -> str:
    """The template shipped in resources/letters/ for `letter`."""
    return resource("letters", template_name(letter)).read_text(encoding="utf-8")


def template_for(letter: str, overrides: Mapping[str, str]) -> str:
    """The organization's own template for `letter` where it has one, else the default."""
    return overrides.get(letter) or default_template(letter)


def check_template(letter: str, source: str) -> None:
    """Raise InputError when `source` is not a template that compiles (for saving one)."""
    if len(source) > MAX_LONG_TEXT:
        raise InputError(
            f"longer than {MAX_LONG_TEXT} characters",
            source=template_name(letter),
            code="text_too_long",
            params={"field": template_name(letter), "limit": MAX_LONG_TEXT},
        )
    try:
        _environment.from_string(source)
    except TemplateSyntaxError as error:
        raise _template_error(letter, error.lineno, error.message or str(error)) from None


def render(letter: str, source: str, values: Mapping[str, Any]) -> str:
    """`source` rendered with `values`; any fault is an InputError naming the template and line."""
    check_template(letter, source)
    template = _environment.from_string(source)
    try:
        return template.render(dict(values))
    except TemplateNotFound as error:
        message = f"a letter template cannot import or include another ({error.name!r})"
        raise _template_error(letter, _failing_line(), message) from None
    except TemplateError as error:
        raise _template_error(letter, _failing_line(), error.message or str(error)) from None
    except Exception as error:  # a template's own arithmetic: 1/0, int('x')
        raise _template_error(letter, _failing_line(), f"{type(error).__name__}: {error}") from None


def _failing_line() -> int | None:
    """The template's line in the traceback being handled (Jinja puts template frames in it)."""
    trace = sys.exc_info()[2]
    line = None
    while trace is not None:
        if trace.tb_frame.f_code.co_filename == "<template>":
            line = trace.tb_lineno
        trace = trace.tb_next
    return line


def _template_error(letter: str, line: int | None, message: str) -> InputError:
    message = " ".join(message.split())  # one line, whatever the library said
    return InputError(
        message,
        source=f"letter template {template_name(letter)}",
        location=f"line {line}" if line else None,
        code="letter_template",
        params={"template": template_name(letter), "line": line, "message": message},
    )
