#include "render/data_script.h"

#include "text/html.h"

namespace render {

std::string data_script(const std::string& global, const nlohmann::ordered_json& value) {
  return "window." + global + "=" + text::script_safe_json(value.dump()) + ";\n";
}

std::string keyed_data_script(const std::string& global, const std::string& id, const nlohmann::ordered_json& value) {
  const std::string table = "window." + global;
  return table + "=" + table + "||{};" + table + "[" + nlohmann::json(id).dump() + "]=" +
         text::script_safe_json(value.dump()) + ";\n";
}

}  // namespace render
