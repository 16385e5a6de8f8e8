"""Letter templates: the shipped defaults, the organization's own, and rendering them safely.

A template is Jinja2 text rendered in a `SandboxedEnvironment`: it reads the values it is given
and nothing else (no attributes starting with `_`, no imports or includes, no undefined names).
A template is also kept from taking the machine: a letter is at most MAX_LETTER_CHARS characters
and LETTER_SECONDS seconds of rendering (loops inside loops), and no number, repetition or
format width may ask for more than that many characters at once.
Whatever goes wrong becomes one InputError naming the template and its line.
"""

from __future__ import annotations

import functools
import re
import sys
import time
from collections.abc import Callable, Mapping
from types import FrameType
from typing import Any

from jinja2 import BaseLoader, StrictUndefined, Template, TemplateError, TemplateNotFound, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment, SecurityError
from jinja2.utils import Namespace

from ....domain.limits import LETTER_SECONDS, MAX_LETTER_CHARS, MAX_LONG_TEXT
from ....errors import InputError
from ....paths import resource
from .korean import with_topic

LETTERS = ("invitation", "visa-support", "site-request", "thank-you")
PERSON_LETTERS = ("invitation", "visa-support")  # the others go to a site


class _NoTemplates(BaseLoader):
    """A letter stands alone: `{% import %}`, `{% include %}` and `{% extends %}` find nothing."""

    def get_source(self, environment: Any, template: str) -> Any:
        raise TemplateNotFound(template)


class _Refused(SecurityError):
    """A template asking for more than a letter may have."""


# A width or precision of 100,000 or more in a %-format or a {}-format.
_WIDE_FORMAT = re.compile(r"%[-+ #0]*\d{6,}|%[-+ #0]*\d*\.\d{6,}|\{[^{}]*:[^{}]*\d{6,}[^{}]*\}")
# An argument this large can only ask for a string of that size (`'x'.ljust(n)`, `center(n)`);
# smaller ones are let through and what they give is measured.
_LARGEST_ARGUMENT = 100 * MAX_LETTER_CHARS
_LARGEST_POWER_BITS = 4 * MAX_LETTER_CHARS  # a number of about 60,000 digits, quick to work out


def _refuse_large(value: object) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > _LARGEST_ARGUMENT:
        raise _Refused(f"the number {value} is larger than a letter needs")


def _refuse_wide(format_text: str) -> None:
    if _WIDE_FORMAT.search(format_text):
        raise _Refused(f"a format wider than a letter ({MAX_LETTER_CHARS} characters)")


class _Length:
    """A length to check before the value of that length is made."""

    def __init__(self, length: int):
        self.length = length

    def __len__(self) -> int:
        return self.length


def _refuse_long(value: object) -> object:
    if isinstance(value, str | list | tuple | _Length) and len(value) > MAX_LETTER_CHARS:
        raise _Refused(f"a value of more than {MAX_LETTER_CHARS} characters")
    return value


def _bounded(function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter that refuses large arguments and long results (its value itself is not checked)."""
    skipped = 2 if hasattr(function, "jinja_pass_arg") else 1  # the context or environment, the value

    @functools.wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        for value in (*args[skipped:], *kwargs.values()):
            _refuse_large(value)
        return _refuse_long(function(*args, **kwargs))

    return call


def _too_large_power(base: object, exponent: object) -> bool:
    if not isinstance(base, int | float) or not isinstance(exponent, int | float):
        return False
    if abs(exponent) > 64:
        return True
    return isinstance(base, int) and abs(base).bit_length() * abs(exponent) > _LARGEST_POWER_BITS


class _LetterSandbox(SandboxedEnvironment):
    """Jinja's sandbox, which also refuses what would take the machine's memory or time: a string
    repeated or formatted wider than a letter, a power that never ends (`9**9**9` would otherwise
    be worked out when the template compiles), a number too large passed to a method or filter."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self, **options: Any):
        super().__init__(**options)
        self.filters["topic"] = with_topic  # {{ organization_ko | topic }}: 한국생산성본부는
        self.filters = {name: _bounded(function) for name, function in self.filters.items()}
        del self.globals["lipsum"]  # placeholder text, as long as asked: nothing a letter needs

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and _too_large_power(left, right):
            raise _Refused(f"a power of {right} is larger than a letter needs")
        if operator == "+" and isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple):
            _refuse_long(_Length(len(left) + len(right)))
        if operator == "*":
            for times, repeated in ((left, right), (right, left)):
                if (
                    isinstance(times, int)
                    and isinstance(repeated, str | list | tuple)
                    and times * len(repeated) > MAX_LETTER_CHARS
                ):
                    raise _Refused(f"a repetition of more than {MAX_LETTER_CHARS} characters")
        if operator == "%" and isinstance(left, str):
            _refuse_wide(left)
            for value in right if isinstance(right, tuple) else (right,):
                _refuse_large(value)
        return _refuse_long(super().call_binop(context, operator, left, right))

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        if getattr(value, "__name__", "") in ("format", "format_map") and isinstance(
            getattr(value, "__self__", None), str
        ):
            _refuse_wide(value.__self__)
        return super().wrap_str_format(value)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        for value in (*args, *kwargs.values()):
            _refuse_large(value)
        return _refuse_long(super().call(__context, __obj, *args, **kwargs))


_environment = _LetterSandbox(
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
        return _rendered(template, values)
    except TemplateNotFound as error:
        message = f"a letter template cannot import or include another ({error.name!r})"
        raise _template_error(letter, _failing_line(), message) from None
    except TemplateError as error:
        raise _template_error(letter, _failing_line(), error.message or str(error)) from None
    except Exception as error:  # a template's own arithmetic: 1/0, int('x')
        raise _template_error(letter, _failing_line(), f"{type(error).__name__}: {error}") from None


def _rendered(template: Template, values: Mapping[str, Any]) -> str:
    """The template's text, stopped when it grows past a letter or runs past its time."""
    deadline = time.monotonic() + LETTER_SECONDS
    written: list[str] = []
    size = 0
    with _Watching(deadline):
        for chunk in template.generate(dict(values)):
            size += len(chunk)
            if size > MAX_LETTER_CHARS:
                raise _Refused(f"the letter grows past {MAX_LETTER_CHARS} characters")
            written.append(chunk)
    return "".join(written)


class _Watching:
    """Stop the template's own code when the deadline passes: a loop inside a loop writes
    nothing for a long time, so only watching its lines can stop it."""

    def __init__(self, deadline: float):
        self._deadline = deadline
        self._previous: Any = None

    def __enter__(self) -> None:
        self._previous = sys.gettrace()
        sys.settrace(self._calls)

    def __exit__(self, *exc: object) -> None:
        sys.settrace(self._previous)

    def _calls(self, frame: FrameType, event: str, arg: object) -> Callable[..., Any] | None:
        return self._lines if frame.f_code.co_filename == "<template>" else None

    def _lines(self, frame: FrameType, event: str, arg: object) -> Callable[..., Any] | None:
        if time.monotonic() > self._deadline:
            raise _Refused(f"the template runs longer than {LETTER_SECONDS:g} seconds (a loop without end?)")
        # `{% set s = s ~ s %}` in a loop doubles a text no operator of ours sees.
        for value in frame.f_locals.values():
            _refuse_long(value)
            if isinstance(value, Namespace):
                for held in object.__getattribute__(value, "_Namespace__attrs").values():
                    _refuse_long(held)
        return self._lines


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
