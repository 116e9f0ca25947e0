"""Memory of reading a vCard with a large PHOTO, beside a bare read of the same file.

    .venv/bin/python tests/benchmarks/bench_vcard_photo.py [--sizes 1,9,30] [--vobject 1]

Not part of the test run. Writes one vCard 3.0 per size (MB of the photo, base64 folded at 75
characters as phones write it) and measures, each step in a fresh subprocess, the process's
peak resident size (``resource.getrusage``, the program's modules loaded before) and, in a
second run, the peak of Python's allocations (``tracemalloc``):

* "bare": the file read and its photo base64-decoded by hand — the floor of any reader;
* "ours": ``read_source`` (photos up to 10 MB taken outside the vCard parser, larger ones left
  out with a warning);
* "vobject": ``vobject.readOne`` of the whole card, as the reader did before (only the sizes
  given with ``--vobject``: it takes some 150 times the photo's size).

Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import base64
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def write_card(path: Path, megabytes: float) -> None:
    picture = b"\xff\xd8\xff\xe0" + bytes(range(256)) * int(megabytes * 4096) + b"\xff\xd9"
    data = base64.b64encode(picture).decode("ascii")
    folded = "\r\n ".join(data[i : i + 74] for i in range(0, len(data), 74))
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Foto;Frieda\r\nFN:Frieda Foto\r\n"
        f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\nEND:VCARD\r\n",
        encoding="ascii",
    )


STEP = """
import base64, json, resource, sys, time, tracemalloc
from pathlib import Path
sys.path.insert(0, {root!r})
import vobject
from meinbuero.services.importing import read_source
path, how, trace = Path(sys.argv[1]), sys.argv[2], sys.argv[3] == "trace"
if trace:
    tracemalloc.start()
start = time.perf_counter()
if how == "bare":
    with path.open(encoding="ascii", newline="") as file:
        text = file.read()
    body = text.split("TYPE=JPEG:", 1)[1].split("\\r\\nEND:VCARD", 1)[0]
    photo = base64.b64decode(body.replace("\\r\\n ", ""))
    result = f"{{len(photo)}} bytes"
elif how == "ours":
    table = read_source(path)
    result = f"{{sum(len(p.content) for p in table.photos.values())}} bytes, " + (
        "refused" if table.warnings else "taken")
else:
    card = vobject.readOne(path.read_text(encoding="ascii"))
    result = f"{{len(card.photo.value)}} bytes"
seconds = time.perf_counter() - start
peak = tracemalloc.get_traced_memory()[1] if trace else 0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": seconds, "traced": peak / 2**20, "rss": rss, "result": result}}))
"""


def measure(path: Path, how: str) -> dict[str, object]:
    """Seconds and peak resident size of a run; the peak of allocations of a traced one."""
    runs = []
    for trace in ("plain", "trace"):
        out = subprocess.run(
            [sys.executable, "-c", STEP.format(root=str(ROOT)), str(path), how, trace],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    plain, traced = runs
    return {**plain, "traced": traced["traced"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,9,30", help="photo sizes in MB")
    parser.add_argument("--vobject", default="1", help="sizes also read by vobject alone")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    with_vobject = {float(s) for s in args.vobject.split(",") if s}
    print("| photo | file | step | result | seconds | traced peak MB | max RSS MB |")
    print("| ---: | ---: | --- | --- | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            path = Path(folder) / f"foto-{size}.vcf"
            write_card(path, size)
            file_mb = path.stat().st_size / 2**20
            steps = ["bare", "ours"] + (["vobject"] if size in with_vobject else [])
            for how in steps:
                m = measure(path, how)
                print(
                    f"| {size:g} MB | {file_mb:.1f} MB | {how} | {m['result']} | "
                    f"{m['seconds']:.2f} | {m['traced']:.0f} | {m['rss']:.0f} |"
                )


if __name__ == "__main__":
    main()
