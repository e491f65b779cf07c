// Strings handed to JavaScript: each entry point returns a malloc'd, NUL-terminated copy that the
// page's loader reads and then releases with guide_free().
#pragma once
#include <string>

namespace wasm_abi {

char* give(const std::string& s);

}  // namespace wasm_abi
