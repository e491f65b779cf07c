#include "cli/input_file.h"

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace cli {

bool read_input(const std::string& path, std::string& out) {
  if (path == "-") {
    out.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return true;
}

bool read_input_or_report(const std::string& path, std::string& out) {
  if (read_input(path, out)) return true;
  std::cerr << "guide: error: cannot read '" << path << "'\n";
  return false;
}

}  // namespace cli
