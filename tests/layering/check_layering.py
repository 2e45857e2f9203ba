#!/usr/bin/env python3
"""Checks that each pipeline/<module> includes and links only what tests/layering/layers.txt allows.

Reads every #include in pipeline/ and the module dependencies in each module's CMakeLists.txt
(leafpress_module DEPS/PRIVATE_DEPS and target_link_libraries), and prints one line per edge
outside the table, naming the file and line. Exit status 1 when any edge breaks the table.

Usage: check_layering.py [--table FILE] [PIPELINE_DIR]
"""
import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE_SUFFIXES = {".cpp", ".hpp", ".h", ".cc", ".inc"}
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
LINK_CALL = re.compile(r"\b(leafpress_module|target_link_libraries)\s*\(")
MODULE_TARGET = re.compile(r"^leafpress(?:::|_)(\w+)$")


class Table:
    """The allowed edges: modules[name] = set of modules it may use; homes = third-party prefixes."""

    def __init__(self):
        self.modules = {}
        self.include_homes = []  # (header prefix, module)
        self.link_homes = []  # (CMake target prefix, module)

    def home_of(self, homes, name):
        for prefix, module in homes:
            if name.startswith(prefix):
                return prefix, module
        return None


def read_table(path):
    """The table in `path`; raises ValueError naming the line of anything it cannot read."""
    table = Table()
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        words = line.split()
        if words[0] == "module" and len(words) >= 2 and words[1].endswith(":"):
            table.modules[words[1][:-1]] = set(words[2:])
        elif words[0] in ("include", "link") and len(words) == 3:
            homes = table.include_homes if words[0] == "include" else table.link_homes
            homes.append((words[1], words[2]))
        else:
            raise ValueError(f"{path}:{number}: cannot read this line of the layer table: {raw.strip()}")
    for name, uses in table.modules.items():
        for used in uses:
            if used not in table.modules:
                raise ValueError(f"{path}: module {name} may use '{used}', which the table does not list")
    return table


def cycle_in(table):
    """A module that can reach itself through the table's edges, or None (layers have no cycles)."""
    for name in table.modules:
        waiting, seen = list(table.modules[name]), set()
        while waiting:
            used = waiting.pop()
            if used == name:
                return name
            if used not in seen:
                seen.add(used)
                waiting.extend(table.modules[used])
    return None


def allowed(table, module, used):
    return used == module or used in table.modules[module]


def uses_text(table, module):
    return ", ".join(sorted(table.modules[module])) or "nothing else"


def check_includes(table, module, path, shown, problems):
    for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        match = INCLUDE.match(line)
        if not match:
            continue
        header = match.group(2)
        home = table.home_of(table.include_homes, header)
        if home and home[1] != module:
            problems.append(f"{shown}:{number}: {module} includes {header}, but only {home[1]}/ may include "
                            f"{home[0]} headers")
            continue
        first = header.split("/", 1)[0]
        if match.group(1) == '"' and "/" in header and first in table.modules and not allowed(table, module, first):
            problems.append(f"{shown}:{number}: {module} includes {header}, but {module} may use only "
                            f"{uses_text(table, module)}")


def link_tokens(text):
    """(line, word) for every argument of leafpress_module(…) and target_link_libraries(…) calls."""
    code = "\n".join(line.split("#", 1)[0] for line in text.splitlines())
    for call in LINK_CALL.finditer(code):
        depth, end = 1, call.end()
        while end < len(code) and depth:
            depth += {"(": 1, ")": -1}.get(code[end], 0)
            end += 1
        for word in re.finditer(r"[^\s()]+", code[call.end():end - 1]):
            yield code.count("\n", 0, call.end() + word.start()) + 1, word.group(0)


def check_links(table, module, path, shown, problems):
    for number, word in link_tokens(path.read_text(encoding="utf-8")):
        home = table.home_of(table.link_homes, word)
        if home and home[1] != module:
            problems.append(f"{shown}:{number}: {module} links {word}, but only {home[1]}/ may link {home[0]}")
            continue
        target = MODULE_TARGET.match(word)
        if target and target.group(1) in table.modules and not allowed(table, module, target.group(1)):
            problems.append(f"{shown}:{number}: {module} links {word}, but {module} may use only "
                            f"{uses_text(table, module)}")


def check(pipeline, table):
    """Every problem found under `pipeline`, as 'file:line: message' lines."""
    problems = []
    base = pipeline.parent
    for folder in sorted(p for p in pipeline.iterdir() if p.is_dir()):
        module = folder.name
        if module not in table.modules:
            problems.append(f"{folder.relative_to(base)}: the module {module} is not in the layer table")
            continue
        for path in sorted(folder.rglob("*")):
            shown = path.relative_to(base)
            if path.suffix in SOURCE_SUFFIXES:
                check_includes(table, module, path, shown, problems)
            elif path.name == "CMakeLists.txt":
                check_links(table, module, path, shown, problems)
    return problems


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, default=HERE / "layers.txt")
    parser.add_argument("pipeline", type=Path, nargs="?", default=HERE.parent.parent / "pipeline")
    args = parser.parse_args(argv)
    try:
        table = read_table(args.table)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 1
    looping = cycle_in(table)
    if looping:
        print(f"{args.table}: module {looping} can reach itself through the table: layers must not form a cycle",
              file=sys.stderr)
        return 1
    problems = check(args.pipeline, table)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} edge(s) outside the layer table ({args.table})", file=sys.stderr)
        return 1
    print(f"layering: every include and link in {args.pipeline} follows {args.table}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
