#pragma once
// The colours a PDF paints its text in, read from the pages' content streams (inflated with
// zlib): a print shop wants black text as 100% K (DeviceCMYK 0 0 0 1), not RGB or grey black.
#include <zlib.h>

#include <cctype>
#include <map>
#include <regex>
#include <string>
#include <vector>

namespace leafpress::testing {

/// Inflates the zlib (FlateDecode) stream starting at `data`; empty when it is not one.
inline std::string inflate_stream(std::string_view data) {
  z_stream stream{};
  if (inflateInit(&stream) != Z_OK) return {};
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  std::string out;
  char buffer[65536];
  int status = Z_OK;
  while (status == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof buffer;
    status = inflate(&stream, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - stream.avail_out);
  }
  inflateEnd(&stream);
  return status == Z_STREAM_END ? out : std::string();
}

/// The decompressed content streams of every page (`/Contents n 0 R` or an array of them).
inline std::vector<std::string> page_content_streams(const std::string& pdf) {
  std::vector<std::string> streams;
  static const std::regex contents(R"(/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R))");
  static const std::regex reference(R"((\d+)\s+\d+\s+R)");
  for (std::sregex_iterator it(pdf.begin(), pdf.end(), contents), end; it != end; ++it) {
    std::string refs = (*it)[1];
    for (std::sregex_iterator r(refs.begin(), refs.end(), reference); r != end; ++r) {
      size_t object = pdf.find("\n" + (*r)[1].str() + " 0 obj");
      if (object == std::string::npos) continue;
      size_t stream = pdf.find("stream", object);
      if (stream == std::string::npos) continue;
      stream += 6;
      if (pdf[stream] == '\r') ++stream;
      if (pdf[stream] == '\n') ++stream;
      streams.push_back(inflate_stream(std::string_view(pdf).substr(stream)));
    }
  }
  return streams;
}

/// How many text-showing operators (Tj, TJ, ', ") each fill colour paints, keyed like
/// "DeviceCMYK 0 0 0 1" or "DeviceRGB 0 0 0" ("DeviceGray 0" is the PDF default). Follows
/// q/Q and the g, rg, k, cs/sc/scn operators.
inline std::map<std::string, size_t> text_fill_colours(const std::string& content) {
  std::map<std::string, size_t> painted;
  struct State {
    std::string space = "DeviceGray", fill = "DeviceGray 0";
  } state;
  std::vector<State> saved;
  std::vector<std::string> operands;
  auto joined = [&](const std::string& space) {
    std::string out = space;
    for (const std::string& operand : operands) out += " " + operand;
    return out;
  };
  size_t i = 0;
  const size_t n = content.size();
  while (i < n) {
    char c = content[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (c == '%') {
      while (i < n && content[i] != '\n') ++i;
    } else if (c == '(') {  // a literal string, with nesting and escapes
      int depth = 0;
      for (; i < n; ++i) {
        if (content[i] == '\\') ++i;
        else if (content[i] == '(') ++depth;
        else if (content[i] == ')' && --depth == 0) break;
      }
      ++i;
      operands.emplace_back("()");
    } else if (c == '<' && i + 1 < n && content[i + 1] != '<') {  // a hex string
      i = content.find('>', i);
      i = i == std::string::npos ? n : i + 1;
      operands.emplace_back("<>");
    } else if (c == '[' || c == ']' || c == '<' || c == '>' || c == '{' || c == '}') {
      ++i;
    } else {
      size_t start = i;
      while (i < n && !std::isspace(static_cast<unsigned char>(content[i])) &&
             std::string_view("()<>[]{}/%").find(content[i]) == std::string_view::npos)
        ++i;
      if (c == '/') {  // a name: its characters up to the next delimiter
        ++i;
        while (i < n && !std::isspace(static_cast<unsigned char>(content[i])) &&
               std::string_view("()<>[]{}/%").find(content[i]) == std::string_view::npos)
          ++i;
      }
      std::string token = content.substr(start, i - start);
      bool operand = c == '/' || c == '-' || c == '+' || c == '.' || std::isdigit(static_cast<unsigned char>(c));
      if (operand) {
        operands.push_back(token);
        continue;
      }
      if (token == "q") saved.push_back(state);
      else if (token == "Q" && !saved.empty()) state = saved.back(), saved.pop_back();
      else if (token == "g") state.space = "DeviceGray", state.fill = joined("DeviceGray");
      else if (token == "rg") state.space = "DeviceRGB", state.fill = joined("DeviceRGB");
      else if (token == "k") state.space = "DeviceCMYK", state.fill = joined("DeviceCMYK");
      else if (token == "cs" && !operands.empty()) state.space = operands.back().substr(1), state.fill = state.space;
      else if (token == "sc" || token == "scn") state.fill = joined(state.space);
      else if (token == "Tj" || token == "TJ" || token == "'" || token == "\"") ++painted[state.fill];
      operands.clear();
    }
  }
  return painted;
}

/// text_fill_colours() over every page of `pdf`.
inline std::map<std::string, size_t> pdf_text_fill_colours(const std::string& pdf) {
  std::map<std::string, size_t> all;
  for (const std::string& content : page_content_streams(pdf))
    for (const auto& [colour, count] : text_fill_colours(content)) all[colour] += count;
  return all;
}

}  // namespace leafpress::testing
