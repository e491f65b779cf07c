// `guide serve [--port N] [--host ADDR] [--content DIR] [--templates DIR] [--assets DIR]
// [--out DIR]`: builds, serves the site on 127.0.0.1:8000 by default, rebuilds on change.
#include <cstdlib>
#include <iostream>

#include "cli/commands.h"
#include "cli/wasm_modules.h"
#include "serve/serve_command.h"

namespace cli {

int run_serve(const Args& args) {
  serve::ServeOptions options;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (i + 1 >= args.size()) {
      std::cerr << "guide: error: " << (a.compare(0, 2, "--") == 0 ? a + " needs a value" : "unknown option '" + a + "'") << '\n';
      return 2;
    }
    const std::string& value = args[++i];
    if (a == "--port") {
      char* end = nullptr;
      const long port = std::strtol(value.c_str(), &end, 10);
      if (value.empty() || *end || port < 0 || port > 65535) {
        std::cerr << "guide: error: --port takes a port number (0–65535; 0: any free port)\n";
        return 2;
      }
      options.port = static_cast<int>(port);
    } else if (a == "--host") {
      options.host = value;
    } else if (a == "--content") {
      options.build.content_dir = value;
    } else if (a == "--templates") {
      options.build.templates_dir = value;
    } else if (a == "--assets") {
      options.build.assets_dir = value;
    } else if (a == "--out") {
      options.build.out_dir = value;
    } else {
      std::cerr << "guide: error: unknown option '" << a << "'\n";
      return 2;
    }
  }
  options.build.wasm_module = find_wasm_module("guide-core.js");
  options.build.footprint_module = find_wasm_module("guide-footprint.js");
  return serve::run_serve(options);
}

}  // namespace cli
