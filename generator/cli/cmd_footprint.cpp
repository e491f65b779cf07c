// Placeholder until the footprint command lands.
#include <iostream>

#include "cli/commands.h"

namespace cli {

int run_footprint(const Args&) {
  std::cerr << "guide: error: 'footprint' is not available in this build\n";
  return 2;
}

}  // namespace cli
