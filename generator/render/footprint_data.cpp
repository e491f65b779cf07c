#include "render/footprint_data.h"

#include "render/data_script.h"

namespace render {

std::string footprint_data_script(const nlohmann::ordered_json& reference) {
  return data_script("GUIDE_FOOTPRINT_DATA", reference);
}

}  // namespace render
