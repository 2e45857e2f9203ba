#include "text/charset.hpp"

#include <unicode/ucnv.h>

#include <memory>

#include "base/strings.hpp"

namespace leafpress::text {
namespace {

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};

}  // namespace

bool is_utf8_charset(std::string_view charset) {
  std::string name = ascii_lower(charset);
  // ASCII is a subset of UTF-8; "CHARSET" is the placeholder of a fresh template.
  return name.empty() || name == "utf-8" || name == "utf8" || name == "ascii" || name == "us-ascii" ||
         name == "charset";
}

Result<std::string> to_utf8_from(std::string_view bytes, std::string_view charset) {
  std::string name(charset);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status) || !converter)
    return fail({}, "unknown charset \"" + name + "\"; convert the file to UTF-8 (e.g. with msgconv)");
  // Refuse bytes that do not belong to the charset instead of inventing substitutes.
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::unique_ptr<UConverter, ConverterCloser> utf8(ucnv_open("UTF-8", &status));
  if (U_FAILURE(status)) return fail({}, "cannot open the UTF-8 converter");
  std::string out(bytes.size() * 4 + 16, '\0');
  char* target = out.data();
  const char* source = bytes.data();
  ucnv_convertEx(utf8.get(), converter.get(), &target, out.data() + out.size(), &source, bytes.data() + bytes.size(),
                 nullptr, nullptr, nullptr, nullptr, true, true, &status);
  if (U_FAILURE(status))
    return fail({}, "the text is not valid " + name + " near byte " +
                        std::to_string(static_cast<size_t>(source - bytes.data())));
  out.resize(static_cast<size_t>(target - out.data()));
  return out;
}

}  // namespace leafpress::text
