#include "cli/wasm_modules.h"

#include <filesystem>

namespace cli {

std::string find_wasm_module(const char* name) {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return "";
  auto module = exe.parent_path() / "wasm" / name;
  return std::filesystem::is_regular_file(module, ec) ? module.string() : "";
}

}  // namespace cli
