"""The domain rules' tests read their messages in German, as most users do."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from meinbuero.i18n import set_language


@pytest.fixture(autouse=True)
def german() -> Iterator[None]:
    set_language("de")
    yield
    set_language(None)
