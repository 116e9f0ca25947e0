"""Sales documents."""

from __future__ import annotations

from meinbuero.cli.common import Commands, Handler


def add_commands(commands: Commands) -> dict[str, Handler]:
    return {}
