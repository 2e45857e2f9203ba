#pragma once
// A small neutral statement in English, Arabic and French for the HTML writer's tests:
// the title and articles 1 and 4 of the Universal Declaration of Human Rights in the UN's
// own translations, with one paragraph left untranslated (shown in English).
#include <string>
#include <vector>

#include "doc/document.hpp"
#include "text/language.hpp"
#include "text/ui_translator.hpp"
#include "writers/html_writer.hpp"

namespace leafpress::testing {

struct FixtureText {
  std::string lang;
  std::string title;
  std::string article_1_title;
  std::string article_1_first, article_1_second;  // the two sentences of article 1
  std::string article_4_title;
  std::string article_4;
  std::string dignity, rights;  // words from article 1
  std::string category;
};

inline const std::vector<FixtureText>& fixture_texts() {
  static const std::vector<FixtureText> texts{
      {"en", "Universal Declaration of Human Rights", "Article 1",
       "All human beings are born free and equal in dignity and rights.",
       " They are endowed with reason and conscience and should act towards one another in a spirit of brotherhood.",
       "Article 4",
       "No one shall be held in slavery or servitude; slavery and the slave trade shall be prohibited in all "
       "their forms.",
       "dignity", "rights", "Human rights"},
      {"ar", "الإعلان العالمي لحقوق الإنسان", "المادة 1", "يولد جميع الناس أحرارًا متساوين في الكرامة والحقوق.",
       " وقد وهبوا عقلاً وضميرًا وعليهم أن يعامل بعضهم بعضًا بروح الإخاء.", "المادة 4",
       "لا يجوز إسترقاق أو إستعباد أي شخص. ويحظر الإسترقاق وتجارة الرقيق بكافة أوضاعهما.", "الكرامة", "الحقوق",
       "حقوق الإنسان"},
      {"fr", "Déclaration universelle des droits de l’homme", "Article premier",
       "Tous les êtres humains naissent libres et égaux en dignité et en droits.",
       " Ils sont doués de raison et de conscience et doivent agir les uns envers les autres dans un esprit de "
       "fraternité.",
       "Article 4",
       "Nul ne sera tenu en esclavage ni en servitude ; l’esclavage et la traite des esclaves sont interdits sous "
       "toutes leurs formes.",
       "dignité", "droits", "Droits de l’homme"},
  };
  return texts;
}

inline doc::Inline text_node(std::string text) {
  doc::Inline node;
  node.text = std::move(text);
  return node;
}

inline doc::Inline wrap(doc::InlineKind kind, std::vector<doc::Inline> children, std::string url = {}) {
  doc::Inline node;
  node.kind = kind;
  node.children = std::move(children);
  node.url = std::move(url);
  return node;
}

inline doc::Block paragraph(std::vector<doc::Inline> inlines, doc::Role role = doc::Role::none) {
  doc::Block block;
  block.kind = doc::BlockKind::paragraph;
  block.role = role;
  block.inlines = std::move(inlines);
  return block;
}

// The English source paragraph that stays untranslated in the other versions.
inline doc::Block source_paragraph() {
  doc::Inline code;
  code.kind = doc::InlineKind::code;
  code.text = "udhr_eng.xml";
  return paragraph({text_node("Text: "),
                    wrap(doc::InlineKind::link, {text_node("the United Nations")}, "https://www.ohchr.org/"),
                    text_node(" (file "), code, text_node(").")},
                   doc::Role::body);
}

/// The statement in `lang` ("en", "ar" or "fr"); in ar and fr the source paragraph is the
/// English fallback (lang "en").
inline doc::Document fixture_document(const std::string& lang) {
  const FixtureText* t = nullptr;
  for (const auto& candidate : fixture_texts())
    if (candidate.lang == lang) t = &candidate;
  doc::Document document;
  document.path = "source-docs/udhr.md";
  document.name = "udhr";
  document.lang = lang;
  document.blocks.push_back(paragraph({text_node(t->article_1_title)}, doc::Role::preamble));
  document.blocks.push_back(paragraph({text_node(t->title)}, doc::Role::title));
  document.blocks.push_back(
      paragraph({wrap(doc::InlineKind::strong, {text_node(t->article_1_first)}), text_node(t->article_1_second)},
                doc::Role::body));
  doc::Block list;
  list.kind = doc::BlockKind::list;
  list.role = doc::Role::body;
  for (const auto* word : {&t->dignity, &t->rights}) {
    doc::Block item;
    item.kind = doc::BlockKind::list_item;
    item.children.push_back(paragraph({wrap(doc::InlineKind::emphasis, {text_node(*word)})}));
    list.children.push_back(item);
  }
  document.blocks.push_back(list);
  doc::Block heading;
  heading.kind = doc::BlockKind::heading;
  heading.level = 2;
  heading.inlines = {text_node(t->article_4_title)};
  document.blocks.push_back(heading);
  doc::Block quote;
  quote.kind = doc::BlockKind::quote;
  quote.children.push_back(paragraph({text_node(t->article_4)}));
  document.blocks.push_back(quote);
  doc::Block source = source_paragraph();
  if (lang != "en") source.lang = "en";
  document.blocks.push_back(source);
  document.blocks.push_back(paragraph({text_node(t->category)}, doc::Role::category));
  return document;
}

inline text::Language language(const std::string& tag) { return text::language_info(tag).value(); }

/// The page context of `lang`'s page at output/html/<lang>/udhr.html.
inline writers::PageContext fixture_context(const std::string& lang) {
  writers::PageContext context;
  context.language = language(lang);
  context.source_language = language("en");
  for (const char* tag : {"en", "ar", "fr"})
    context.versions.push_back({language(tag), std::string("../") + tag + "/udhr.html"});
  context.x_default_href = "../en/udhr.html";
  context.index_href = "../index.html";
  context.draft = lang == "ar";
  context.fallback_units = lang == "en" ? 0 : 1;
  context.imprint.printed_by = "Example Print Ltd, 1 Example Street, London SE13 6AA";
  context.imprint.promoted_by = "Example Promoter, 2 Example Street, London SE13 6AA";
  context.imprint.on_behalf_of = "Example Candidate, 3 Example Street, London SE13 6AA";
  context.ui = writers::english_ui();
  context.published_date = text::format_date(lang, "2026-11-26").value();
  return context;
}

}  // namespace leafpress::testing
