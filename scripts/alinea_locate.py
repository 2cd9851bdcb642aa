"""Shared helper of the alignment scripts: find or build the `alinea` binary.

`--alinea PATH` or $ALINEA wins; otherwise `swift build` is run (with
`-c release --static-swift-stdlib` when asked) in the scratch folder $ALINEA_SCRATCH (default
`.build`, the lead's; helpers pass their own) and its product is used.
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Release builds link the Swift runtime and Foundation statically, as a binary
# shipped to translators would be: self-contained, and about 7 MB less
# resident memory at start than the shared libraries (see README).
RELEASE_FLAGS = ["--static-swift-stdlib"]


def alinea(explicit=None, release=False, quiet=False):
    if explicit:
        return explicit
    if os.environ.get("ALINEA"):
        return os.environ["ALINEA"]
    scratch = os.environ.get("ALINEA_SCRATCH", ".build")
    cmd = ["swift", "build", "--scratch-path", scratch, "--product", "alinea"]
    if release:
        cmd += ["-c", "release", *RELEASE_FLAGS]
    if not quiet:
        print("building:", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL if quiet else sys.stderr)
    path = subprocess.run(cmd + ["--show-bin-path"], cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout.strip()
    return os.path.join(path, "alinea")


def make_debian_docs(out, rate=None, tag="eval"):
    """Generate a Debian documentation set with ../shared/eval/make-debian-docs.py.

    The generator needs lxml; on a fresh machine it is installed first (pip for
    this interpreter, else Debian's python3-lxml), so that no evaluation depends on a hand install.
    Returns True when the set was written.
    """
    maker = os.path.join(os.path.dirname(ROOT), "shared", "eval", "make-debian-docs.py")
    if not os.path.exists(maker):
        return False
    try:
        import lxml  # noqa: F401
    except ImportError:
        # pip for this interpreter (it may not be Debian's); Debian's package otherwise.
        print(f"{tag}: installing lxml (needed by make-debian-docs.py)", file=sys.stderr)
        if subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "lxml"],
                          stdout=subprocess.DEVNULL).returncode != 0:
            sudo = [] if os.geteuid() == 0 else ["sudo"]
            subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", "python3-lxml"], stdout=subprocess.DEVNULL,
                           env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    print(f"{tag}: generating {out} (apt-get install of Debian docs)…", file=sys.stderr)
    cmd = [sys.executable, maker, out] + (["--perturb-rate", str(rate)] if rate else [])
    return subprocess.run(cmd, stdout=subprocess.DEVNULL).returncode == 0
