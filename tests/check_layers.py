#!/usr/bin/env python3
"""Checks that #include lines follow coil's layering (README: "How the code is laid out").

Each top-level folder may include only the folders listed for it below; a
wrong arrow (the VM core including the parser, the lexer including the VM...)
fails `make test`. Generated headers are named by file.
"""
import pathlib
import re
import sys

# folder -> folders (and generated files) its sources may include
ALLOWED = {
    "text": {"text"},
    "lexer": {"lexer", "text", "grammar.h"},
    "parser": {"parser", "lexer", "text", "grammar.h"},
    "compiler": {"compiler", "parser", "lexer", "text", "vm"},
    "vm": {"vm", "text"},
    "stdlib": {"stdlib", "vm", "text", "frozen_modules.inc"},
    "embed": {"embed", "compiler", "parser", "lexer", "text", "vm", "stdlib", "coil"},
    "cli": {"cli", "coil"},
    "include": {"coil"},
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
SOURCES = {".cpp", ".hpp", ".h", ".def", ".re", ".y", ".inc"}


def layer_of(target: str) -> str:
    return target.split("/", 1)[0] if "/" in target else target


def main() -> int:
    root = pathlib.Path(__file__).resolve().parent.parent
    bad = []
    checked = 0
    for folder, allowed in ALLOWED.items():
        for path in sorted((root / folder).rglob("*")):
            if path.suffix not in SOURCES or not path.is_file():
                continue
            checked += 1
            text = path.read_text(encoding="utf-8", errors="replace")
            for m in INCLUDE.finditer(text):
                target = m.group(1)
                if layer_of(target) not in allowed:
                    line = text.count("\n", 0, m.start()) + 1
                    rel = path.relative_to(root)
                    bad.append(f"{rel}:{line}: {folder}/ may not include \"{target}\"")
    for b in bad:
        print(b)
    print(f"layering: {checked} files checked, {len(bad)} wrong arrows")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
