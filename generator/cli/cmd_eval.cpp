// Placeholder until the eval command lands.
#include <iostream>

#include "cli/commands.h"

namespace cli {

int run_eval(const Args&) {
  std::cerr << "guide: error: 'eval' is not available in this build\n";
  return 2;
}

}  // namespace cli
