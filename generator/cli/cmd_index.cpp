// Placeholder until the index command lands.
#include <iostream>

#include "cli/commands.h"

namespace cli {

int run_index(const Args&) {
  std::cerr << "guide: error: 'index' is not available in this build\n";
  return 2;
}

}  // namespace cli
