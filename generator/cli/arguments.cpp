#include "cli/arguments.h"

#include <iostream>

namespace cli {

int parse_arguments(const Args& args, const ArgumentSpec& spec, const char* usage) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const auto value = spec.values.find(a);
    const auto flag = spec.flags.find(a);
    if (value != spec.values.end() && i + 1 < args.size()) {
      *value->second = args[++i];
    } else if (flag != spec.flags.end()) {
      *flag->second = true;
    } else if (a == "--help" || a == "-h") {
      std::cout << usage;
      return 0;
    } else if (spec.input && spec.input->empty() && (a == "-" || a.rfind("--", 0) != 0)) {
      *spec.input = a;
    } else {
      std::cerr << "guide: error: unexpected argument '" << a << "'\n" << usage;
      return 2;
    }
  }
  return -1;
}

}  // namespace cli
