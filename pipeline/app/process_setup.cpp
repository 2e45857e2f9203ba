#include "app/process_setup.hpp"

#include <clocale>
#include <locale>

namespace leafpress::app {

void set_up_process() {
  std::setlocale(LC_ALL, "C");
  std::locale::global(std::locale::classic());
}

}  // namespace leafpress::app
