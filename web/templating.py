"""All Jinja2 templates live in web/templates and are autoescaped whatever their extension.

Starlette's default only escapes .html/.htm/.xml; a template named .jinja or .txt
would otherwise print document text raw.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
from fastapi.templating import Jinja2Templates

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"

env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATE_DIR), autoescape=True,
                         undefined=jinja2.StrictUndefined)
templates = Jinja2Templates(env=env)
