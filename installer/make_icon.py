"""Render resources/icons/meinbuero.svg into a Windows .ico (16 to 256 pixels).

    .venv/bin/python installer/make_icon.py OUT.ico

Run by installer/meinbuero.spec at build time, so no binary icon is kept in the repository.
Qt draws the SVG (offscreen, no window), Pillow writes the .ico with every size.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "meinbuero.svg"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render_png(size: int, target: Path) -> None:
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    if not image.save(str(target)):  # the format from the suffix
        raise OSError(f"cannot write {target}")


def make_icon(target: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = []
    with tempfile.TemporaryDirectory() as scratch:
        for size in SIZES:
            png = Path(scratch) / f"{size}.png"
            render_png(size, png)
            with Image.open(png) as image:
                images.append(image.copy())
    target.parent.mkdir(parents=True, exist_ok=True)
    # The largest first; Pillow keeps every other image as its own size in the .ico.
    images[-1].save(target, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images)
    del app


if __name__ == "__main__":
    make_icon(Path(sys.argv[1]))
