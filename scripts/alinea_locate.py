"""Shared helper of the alignment scripts: find or build the `alinea` binary.

`--alinea PATH` or $ALINEA wins; otherwise `swift build` is run (with
`-c release` when asked) in the scratch folder $ALINEA_SCRATCH (default
`.build`, the lead's; helpers pass their own) and its product is used.
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def alinea(explicit=None, release=False, quiet=False):
    if explicit:
        return explicit
    if os.environ.get("ALINEA"):
        return os.environ["ALINEA"]
    scratch = os.environ.get("ALINEA_SCRATCH", ".build")
    cmd = ["swift", "build", "--scratch-path", scratch, "--product", "alinea"]
    if release:
        cmd += ["-c", "release"]
    if not quiet:
        print("building:", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL if quiet else sys.stderr)
    path = subprocess.run(cmd + ["--show-bin-path"], cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout.strip()
    return os.path.join(path, "alinea")
