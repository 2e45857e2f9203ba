#pragma once
// libjpeg's error handling for the decoder and the encoder: an error (or, when asked, damaged
// data) is kept as text and leaves the library by longjmp to the caller's setjmp.
#include <csetjmp>
#include <cstdio>
#include <string>

// jpeglib.h needs size_t and FILE declared first.
#include <jpeglib.h>

namespace leafpress::picture {

struct JpegErrors {
  jpeg_error_mgr base;
  std::jmp_buf jump;
  std::string* message;
};

[[noreturn]] inline void keep_jpeg_error(j_common_ptr info) {
  auto* errors = reinterpret_cast<JpegErrors*>(info->err);
  char text[JMSG_LENGTH_MAX];
  (*info->err->format_message)(info, text);
  *errors->message = text;
  std::longjmp(errors->jump, 1);
}

/// Points `info`'s error handling at `errors`, keeping messages in `message`.
inline jpeg_error_mgr* use_jpeg_errors(JpegErrors& errors, std::string& message) {
  jpeg_error_mgr* base = jpeg_std_error(&errors.base);
  errors.base.error_exit = keep_jpeg_error;
  errors.message = &message;
  return base;
}

}  // namespace leafpress::picture
