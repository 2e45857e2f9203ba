#include "udhr_pages/udhr_corpus.hpp"

#include <tinyxml2.h>

#include <algorithm>
#include <stdexcept>

#include "test_support/test_data.hpp"

namespace leafpress::testing {
namespace {

std::string collapse(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

void append_text(const tinyxml2::XMLNode* node, std::string& out) {
  for (const tinyxml2::XMLNode* child = node->FirstChild(); child; child = child->NextSibling()) {
    if (const tinyxml2::XMLText* text = child->ToText()) out += text->Value();
    else if (child->ToElement()) append_text(child, out);
  }
}

std::string text_of(const tinyxml2::XMLElement* element) {
  std::string out;
  if (element) append_text(element, out);
  return collapse(out);
}

void collect_paras(const tinyxml2::XMLElement* element, std::vector<std::string>& out, bool& listed) {
  for (const tinyxml2::XMLElement* child = element->FirstChildElement(); child; child = child->NextSiblingElement()) {
    std::string name = child->Name();
    if (name == "para") out.push_back(text_of(child));
    else if (name != "title" && name != "note") {
      if (name == "orderedlist") listed = true;
      collect_paras(child, out, listed);
    }
  }
}

doc::Inline text_inline(std::string text) {
  doc::Inline node;
  node.text = std::move(text);
  return node;
}

doc::Block make_block(doc::BlockKind kind, std::string text, doc::Role role = doc::Role::none, int level = 0) {
  doc::Block block;
  block.kind = kind;
  block.role = role;
  block.level = level;
  block.inlines.push_back(text_inline(std::move(text)));
  return block;
}

}  // namespace

std::vector<std::string> UdhrText::paragraphs() const {
  std::vector<std::string> out = preamble;
  for (const auto& article : articles) out.insert(out.end(), article.paragraphs.begin(), article.paragraphs.end());
  return out;
}

std::filesystem::path udhr_folder() { return test_data_dir() / "udhr"; }

std::vector<UdhrText> load_udhr(const std::filesystem::path& folder) {
  tinyxml2::XMLDocument index;
  if (index.LoadFile((folder / "index.xml").string().c_str()) != tinyxml2::XML_SUCCESS)
    throw std::runtime_error("cannot read " + (folder / "index.xml").string());
  std::vector<UdhrText> texts;
  for (const tinyxml2::XMLElement* entry = index.RootElement()->FirstChildElement("udhr"); entry;
       entry = entry->NextSiblingElement("udhr")) {
    UdhrText text;
    text.file = std::string("udhr_") + entry->Attribute("f") + ".xml";
    std::string tag = entry->Attribute("bcp47");
    std::string script = entry->Attribute("iso15924");
    // leafpress names Chinese by script (zh-Hans, zh-Hant), as the switcher and fonts need.
    if (tag == "zh" && (script == "Hans" || script == "Hant")) tag += "-" + script;
    text.tag = tag;
    text.dir = entry->Attribute("dir");

    tinyxml2::XMLDocument document;
    std::string path = (folder / text.file).string();
    if (document.LoadFile(path.c_str()) != tinyxml2::XML_SUCCESS)
      throw std::runtime_error("cannot parse " + path + ": " + document.ErrorStr());
    const tinyxml2::XMLElement* root = document.RootElement();
    text.title = text_of(root->FirstChildElement("title"));
    if (const tinyxml2::XMLElement* preamble = root->FirstChildElement("preamble")) {
      text.preamble_title = text_of(preamble->FirstChildElement("title"));
      bool listed = false;
      collect_paras(preamble, text.preamble, listed);
    }
    const tinyxml2::XMLElement* articles = root;
    if (const tinyxml2::XMLElement* wrapper = root->FirstChildElement("articles")) articles = wrapper;
    for (const tinyxml2::XMLElement* element = articles->FirstChildElement("article"); element;
         element = element->NextSiblingElement("article")) {
      UdhrArticle article;
      article.title = text_of(element->FirstChildElement("title"));
      collect_paras(element, article.paragraphs, article.listed);
      text.articles.push_back(std::move(article));
    }
    texts.push_back(std::move(text));
  }
  std::sort(texts.begin(), texts.end(), [](const UdhrText& a, const UdhrText& b) { return a.file < b.file; });
  return texts;
}

doc::Document udhr_document(const UdhrText& text, const UdhrText* fallback) {
  doc::Document document;
  document.path = "source-docs/udhr.md";
  document.name = "udhr";
  document.lang = text.tag;
  document.blocks.push_back(make_block(doc::BlockKind::paragraph, text.title, doc::Role::title));
  if (!text.preamble_title.empty())
    document.blocks.push_back(make_block(doc::BlockKind::heading, text.preamble_title, doc::Role::none, 2));
  for (const auto& paragraph : text.preamble)
    document.blocks.push_back(make_block(doc::BlockKind::paragraph, paragraph, doc::Role::preamble));
  for (size_t a = 0; a < text.articles.size(); ++a) {
    const UdhrArticle& article = text.articles[a];
    document.blocks.push_back(make_block(doc::BlockKind::heading, article.title, doc::Role::none, 2));
    doc::Block list;
    list.kind = doc::BlockKind::list;
    list.ordered = true;
    list.role = doc::Role::body;
    for (size_t p = 0; p < article.paragraphs.size(); ++p) {
      doc::Block block = make_block(doc::BlockKind::paragraph, article.paragraphs[p],
                                    article.listed ? doc::Role::none : doc::Role::body);
      if (fallback && a == 0 && p == 0 && !fallback->articles.empty() && !fallback->articles[0].paragraphs.empty()) {
        block.inlines = {text_inline(fallback->articles[0].paragraphs[0])};
        block.lang = fallback->tag;
      }
      if (article.listed) {
        doc::Block item;
        item.kind = doc::BlockKind::list_item;
        item.children.push_back(std::move(block));
        list.children.push_back(std::move(item));
      } else {
        document.blocks.push_back(std::move(block));
      }
    }
    if (article.listed) document.blocks.push_back(std::move(list));
  }
  return document;
}

}  // namespace leafpress::testing
