// Placeholder until the site orchestrator lands.
#include <iostream>

#include "cli/commands.h"

namespace cli {

int run_build(const Args&) {
  std::cerr << "guide: error: 'build' is not available yet\n";
  return 2;
}

int run_check(const Args&) {
  std::cerr << "guide: error: 'check' is not available yet\n";
  return 2;
}

}  // namespace cli
