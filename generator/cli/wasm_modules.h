#pragma once
// Where the WebAssembly page scripts are: built beside the generator (build/wasm/guide-core.js
// and build/wasm/guide-footprint.js).
#include <string>

namespace cli {

/// The path of build/wasm/<name> beside the running executable, or "" when it is not there.
std::string find_wasm_module(const char* name);

}  // namespace cli
