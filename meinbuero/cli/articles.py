"""Articles: articles list|import|export."""

from __future__ import annotations

from meinbuero.cli.common import Commands, Handler


def add_commands(commands: Commands) -> dict[str, Handler]:
    return {}
