#pragma once
// The footprint calculator's form, from its definition (content/banks/<id>.yaml, checked by
// check/calculator_check and read as core::Calculator): one page per step, each holding a few blocks of fields for both
// scenarios side by side. Render builds the data; templates/tools/calculator.mustache and the
// pieces it includes (tools/calculator-block, tools/calculator-field) write the markup. The same
// definition gives the page script every field's name and step, so that a page can compute with
// the answers of the steps it does not show (they travel in the URL fragment).
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/footprint_calculator_model.h"
#include "templating/templates.h"

namespace render {

struct FootprintStep {
  std::string id;     // "projet", "entrainement", ...; the last one is the results page
  std::string url;    // site-root relative: outils/<id>.html, then outils/<id>-<step>.html
  std::string title;  // shown in the step list and the heading
};

/// The calculator's pages in order: the form steps, then the results page.
std::vector<FootprintStep> footprint_steps(const core::Calculator& calculator);

/// The template data of step `index` (not the results page): "common" (the blocks both
/// scenarios share) and "scenarios" [{prefix, label, intro, blocks}], each block {legend, several,
/// fields}, each field what templates/tools/calculator-field.mustache writes (id, name, label,
/// unit, hint, number/choice/text/date, min, step, placeholder, options [{value, label}], and the
/// ids it is described by). The choices list the reference tables' rows after the definition's
/// own options. Nothing is pre-filled: the calculator starts empty.
templating::Data footprint_step_data(const core::Calculator& calculator, size_t index,
                                     const nlohmann::ordered_json& reference);

/// `window.GUIDE_FOOTPRINT_FORM={definition, steps:[{id,url,title}], fields:[{name,step,type,
/// block,scenario}]}`: what the page script needs to read and carry every field, load the core
/// with the definition (`definition`, the bank's JSON) and word the results. Step URLs are
/// relative to outils/ (where every step page is).
std::string footprint_form_script(const core::Calculator& calculator, const nlohmann::ordered_json& definition);

}  // namespace render
