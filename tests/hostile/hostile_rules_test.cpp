// Library-level tests of the rules the hostile cases rest on: the Plural-Forms parser and its
// limits, the one "usable translation" decision, the escaping of literal angle-bracket text,
// and opening files for writing without following links.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>

#include "app/safe_files.hpp"
#include "l10n/placeholders.hpp"
#include "test_support/command.hpp"
#include "test_support/temp_dir.hpp"
#include "text/plural_forms.hpp"

using namespace leafpress;
using namespace leafpress::testing;

TEST(HostileRules, EveryPluralRuleOfTheLanguageTableParses) {
  for (const char* rule :
       {"nplurals=1; plural=0;", "nplurals=2; plural=(n != 1);", "nplurals=2; plural=(n > 1);",
        "nplurals=3; plural=(n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2);",
        "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
        "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);"}) {
    auto forms = text::PluralForms::parse(rule);
    ASSERT_TRUE(forms.has_value()) << rule << ": " << forms.error().message;
  }
  auto polish = text::PluralForms::parse(
      "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);");
  ASSERT_TRUE(polish.has_value());
  EXPECT_EQ(polish->nplurals(), 3u);
  EXPECT_EQ(polish->form(1), 0u);
  EXPECT_EQ(polish->form(3), 1u);
  EXPECT_EQ(polish->form(12), 2u);
  EXPECT_EQ(polish->form(22), 1u);
  EXPECT_EQ(polish->form(25), 2u);
}

TEST(HostileRules, PluralFormsNestingAndLengthAreLimited) {
  auto nested = [](int depth) {
    return "nplurals=2; plural=" + std::string(static_cast<size_t>(depth), '(') + "n != 1" +
           std::string(static_cast<size_t>(depth), ')') + ";";
  };
  EXPECT_TRUE(text::PluralForms::parse(nested(50)).has_value());
  for (int depth : {101, 5000, 1000000}) {
    auto forms = text::PluralForms::parse(nested(depth));
    ASSERT_FALSE(forms.has_value()) << depth;
    EXPECT_NE(forms.error().message.find("nested more than 100 deep"), std::string::npos) << forms.error().message;
  }
  // Long chains and deep negations make tall trees too.
  std::string chain = "nplurals=2; plural=n";
  for (int i = 0; i < 300; ++i) chain += "+n";
  EXPECT_FALSE(text::PluralForms::parse(chain + ";").has_value());
  EXPECT_FALSE(text::PluralForms::parse("nplurals=2; plural=" + std::string(500, '!') + "n;").has_value());
  std::string ternaries = "nplurals=2; plural=";
  for (int i = 0; i < 300; ++i) ternaries += "n ? 1 : ";
  EXPECT_FALSE(text::PluralForms::parse(ternaries + "0;").has_value());
  // Shallow but long: each trial evaluation would walk it all.
  std::string wide = "nplurals=2; plural=";
  for (int i = 0; i < 400; ++i) wide += "(n==" + std::to_string(i) + ")+";
  auto long_rule = text::PluralForms::parse(wide + "0;");
  ASSERT_FALSE(long_rule.has_value());
}

TEST(HostileRules, UsableTranslationIsOneRule) {
  const std::string source = "Read <1>the plan</1> and <2>the map</2>, then <3/> sign.";
  EXPECT_EQ(l10n::unusable_translation(source, "Czytaj <2>mapę</2> i <1>plan</1>, potem <3/> podpisz."), std::nullopt);
  EXPECT_EQ(l10n::unusable_translation(source, "Czytaj <1>plan i <2>mapę</2></1>, <3/>."),
            "placeholder <2> must not be inside <1>");
  EXPECT_EQ(l10n::unusable_translation(source, "Czytaj plan i <2>mapę</2>, <3/>."), "placeholder <1> is missing");
  EXPECT_EQ(l10n::unusable_translation(source, "Czytaj <1>plan</1> <2>mapę</2> <3>x</3>."),
            "placeholder <3> must be written <3/>");
  EXPECT_EQ(l10n::unusable_translation(source, "<1>a</1><1>b</1> <2>c</2> <3/>"),
            "placeholder <1> appears more than once");
  EXPECT_EQ(l10n::unusable_translation(source, "<1>a</2> <2>b</2> <3/>"),
            "closing </2> does not match the open placeholder <1>");
  EXPECT_EQ(l10n::unusable_translation(source, "<1>a</1> <2>b</2> <3/> <4>c</4>"),
            "placeholder <4> is not in the source text");
  EXPECT_EQ(l10n::unusable_translation(source, "<1>a</1> <2>b</2> <3/> \xff"), "invalid UTF-8 at byte 23");
  // Placeholders inside others keep their parent.
  const std::string nested = "A <1>b <2>c</2></1> d";
  EXPECT_EQ(l10n::unusable_translation(nested, "<1><2>c</2> b</1> a"), std::nullopt);
  EXPECT_EQ(l10n::unusable_translation(nested, "<1>b</1> <2>c</2>"), "placeholder <2> must stay inside <1>");
  // Escaped literal text is text, on either side.
  const std::string literal = "The sign says \\<1>closed\\</1> and <1>now</1>.";
  EXPECT_EQ(l10n::unusable_translation(literal, "Napis \\<1>zamknięte\\</1> i <1>teraz</1>."), std::nullopt);
  EXPECT_EQ(l10n::unusable_translation(literal, "Napis <1>zamknięte</1> i <1>teraz</1>."),
            "placeholder <1> appears more than once");
}

TEST(HostileRules, LiteralTextRoundTripsThroughUnitText) {
  for (std::string text :
       {"a <1>b</1> c", "a \\<1> b", "ends with \\", "\\\\<2/>", "<1/> and </1>", "x < 1 > y", "C:\\path\\<3>"}) {
    doc::Inline node;
    node.kind = doc::InlineKind::text;
    node.text = text;
    std::vector<doc::Inline> inlines{node};
    auto rendered = l10n::render(inlines, {});
    EXPECT_EQ(l10n::unusable_translation(rendered.text, rendered.text), std::nullopt) << rendered.text;
    auto back = l10n::rebuild(rendered.text, rendered);
    ASSERT_TRUE(std::holds_alternative<std::vector<doc::Inline>>(back)) << std::get<std::string>(back);
    auto& rebuilt = std::get<std::vector<doc::Inline>>(back);
    ASSERT_EQ(rebuilt.size(), 1u) << rendered.text;
    EXPECT_EQ(rebuilt[0].text, text) << rendered.text;
  }
}

TEST(HostileRules, WritesNeverFollowLinksInsideTheProject) {
  TempDir dir;
  fs::path root = dir.path() / "project";
  fs::path outside = dir.path() / "outside";
  fs::create_directories(root / "locales/pl");
  fs::create_directories(outside);
  spit(outside / "victim", "keep\n");
  app::confine_writes_to(root);
  // A link as the file itself, as a folder on the way, and a FIFO.
  fs::create_symlink(outside / "victim", root / "locales/pl/statements.po.lock");
  fs::create_directory_symlink(outside, root / ".cache");
  ASSERT_EQ(::mkfifo((root / "locales/pl/fifo").c_str(), 0644), 0);
  auto lock = app::open_for_writing(root / "locales/pl/statements.po.lock", O_RDWR | O_CREAT);
  ASSERT_FALSE(lock.has_value());
  EXPECT_NE(lock.error().message.find("is a symbolic link"), std::string::npos) << lock.error().message;
  auto log = app::open_for_writing(root / ".cache/fonts/extract.log", O_WRONLY | O_CREAT | O_TRUNC);
  ASSERT_FALSE(log.has_value());
  EXPECT_NE(log.error().to_string().find(".cache: error: is a symbolic link"), std::string::npos)
      << log.error().to_string();
  auto fifo = app::open_for_writing(root / "locales/pl/fifo", O_WRONLY | O_CREAT | O_TRUNC);
  ASSERT_FALSE(fifo.has_value());
  EXPECT_NE(fifo.error().message.find("is not a regular file"), std::string::npos);
  EXPECT_EQ(slurp(outside / "victim"), "keep\n");
  EXPECT_FALSE(fs::exists(outside / "fonts"));
  // Folders on the way are created; a plain file is opened.
  auto made = app::open_for_writing(root / "output/html/pl/page.html", O_WRONLY | O_CREAT | O_TRUNC);
  ASSERT_TRUE(made.has_value()) << made.error().to_string();
  EXPECT_TRUE(fs::is_regular_file(root / "output/html/pl/page.html"));
  app::confine_writes_to({});
}
