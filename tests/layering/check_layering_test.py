#!/usr/bin/env python3
"""The layering checker on small made-up trees: each kind of forbidden edge is found, with its
file and line, and a tree that keeps the table passes."""
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_layering  # noqa: E402

TABLE = """\
module base:
module text: base
module catalog: text base
module xml: base
module writers: xml text base
include unicode/ text
link ICU:: text
include tinyxml2.h xml
link tinyxml2:: xml
"""


class LayeringCheck(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.root = Path(self.folder.name)
        (self.root / "layers.txt").write_text(TABLE)
        self.table = check_layering.read_table(self.root / "layers.txt")
        self.write("base/error.hpp", "#pragma once\n#include <string>\n")
        self.write("text/nfc.cpp", '#include "text/nfc.hpp"\n#include <unicode/normalizer2.h>\n#include "base/error.hpp"\n')
        self.write("text/CMakeLists.txt", "leafpress_module(text SOURCES a.cpp\n  DEPS leafpress::base ICU::uc)\n")
        self.write("xml/writer.cpp", '#include <tinyxml2.h>\n#include "xml/writer.hpp"\n')
        self.write("writers/html.cpp", '#include "xml/writer.hpp"\n#include "text/nfc.hpp"\n#include "local.hpp"\n')
        self.write("writers/CMakeLists.txt", "leafpress_module(writers SOURCES a.cpp DEPS leafpress::xml leafpress::text)\n")

    def tearDown(self):
        self.folder.cleanup()

    def write(self, relative, text):
        path = self.root / "pipeline" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)

    def problems(self):
        return check_layering.check(self.root / "pipeline", self.table)

    def test_a_tree_that_keeps_the_table_passes(self):
        self.assertEqual(self.problems(), [])

    def test_an_include_of_a_module_not_below_is_named_with_its_line(self):
        self.write("writers/po.cpp", '#include <vector>\n\n#include "catalog/catalog.hpp"\n')
        self.assertEqual(self.problems(), ["pipeline/writers/po.cpp:3: writers includes catalog/catalog.hpp, but "
                                           "writers may use only base, text, xml"])

    def test_a_module_may_not_include_one_above_it(self):
        self.write("base/bad.hpp", '#include "text/nfc.hpp"\n')
        self.assertEqual(len(self.problems()), 1)
        self.assertIn("pipeline/base/bad.hpp:1: base includes text/nfc.hpp", self.problems()[0])

    def test_a_third_party_header_outside_its_home(self):
        self.write("catalog/po.cpp", '#include "text/nfc.hpp"\n#  include <unicode/uchar.h>\n')
        self.write("writers/fo.cpp", '#include "tinyxml2.h"\n')
        self.assertEqual(self.problems(), [
            "pipeline/catalog/po.cpp:2: catalog includes unicode/uchar.h, but only text/ may include unicode/ headers",
            "pipeline/writers/fo.cpp:1: writers includes tinyxml2.h, but only xml/ may include tinyxml2.h headers"])

    def test_a_link_outside_the_table_is_named_with_its_line(self):
        self.write("catalog/CMakeLists.txt", "# leafpress::writers in a comment is not a link\n"
                                             "leafpress_module(catalog SOURCES a.cpp\n"
                                             "  DEPS leafpress::text\n  leafpress::writers)\n"
                                             "target_link_libraries(leafpress_catalog PRIVATE tinyxml2::tinyxml2)\n")
        self.assertEqual(self.problems(), [
            "pipeline/catalog/CMakeLists.txt:4: catalog links leafpress::writers, but catalog may use only base, text",
            "pipeline/catalog/CMakeLists.txt:5: catalog links tinyxml2::tinyxml2, but only xml/ may link tinyxml2::"])

    def test_a_module_missing_from_the_table(self):
        self.write("extras/thing.cpp", "int x;\n")
        self.assertEqual(self.problems(), ["pipeline/extras: the module extras is not in the layer table"])

    def test_a_table_with_a_cycle_is_refused(self):
        (self.root / "cyclic.txt").write_text("module a: b\nmodule b: c\nmodule c: a\n")
        self.assertIsNotNone(check_layering.cycle_in(check_layering.read_table(self.root / "cyclic.txt")))
        self.assertIsNone(check_layering.cycle_in(self.table))

    def test_a_table_naming_an_unknown_module_is_refused(self):
        (self.root / "unknown.txt").write_text("module a: b\n")
        with self.assertRaises(ValueError):
            check_layering.read_table(self.root / "unknown.txt")

    def test_the_command_fails_on_a_broken_tree(self):
        self.write("xml/bad.cpp", '#include "writers/html.hpp"\n')
        status = check_layering.main(["--table", str(self.root / "layers.txt"), str(self.root / "pipeline")])
        self.assertEqual(status, 1)


if __name__ == "__main__":
    unittest.main()
