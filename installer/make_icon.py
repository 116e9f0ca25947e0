"""Render resources/icons/meinbuero.svg into a Windows .ico (16 to 256 pixels).

    .venv/bin/python installer/make_icon.py OUT.ico

Run by installer/meinbuero.spec at build time, so no binary icon is kept in the repository.
Qt draws the SVG (offscreen, no window), Pillow writes the .ico with every size.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "meinbuero.svg"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def make_icon(target: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = [Image.open(io.BytesIO(render_png(size))) for size in SIZES]
    target.parent.mkdir(parents=True, exist_ok=True)
    # The largest first; Pillow keeps every other image as its own size in the .ico.
    images[-1].save(target, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images)
    del app


if __name__ == "__main__":
    make_icon(Path(sys.argv[1]))
