#pragma once
// The footprint calculator's form, one list of fields rendered as steps: each step is a page of
// its own (outils/empreinte*.html) holding a few blocks of the form for both scenarios, "Avec IA"
// and "Sans IA", side by side. The same list gives the page script every field's step and default
// value, so that a page can compute with the answers of the steps it does not show (they travel
// in the URL fragment).
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "templating/templates.h"

namespace render {

struct FootprintStep {
  std::string id;     // "projet", "entrainement", ...; "resultats" for the last page
  std::string url;    // site-root relative: outils/empreinte.html, outils/empreinte-<id>.html
  std::string title;  // French, shown in the step list and the heading
};

/// The calculator's pages in order: the form steps, then the results page.
const std::vector<FootprintStep>& footprint_steps();

/// The fieldsets of step `index` (not the results page) for both scenarios, with the options of
/// the reference data (locations, hardware, models) in the selects and the default values
/// (templates/tools/calculator-fields.mustache).
std::string footprint_step_fields(size_t index, const nlohmann::ordered_json& reference,
                                  const templating::Templates& templates, std::vector<std::string>& unknown);

/// `window.GUIDE_FOOTPRINT_FORM={steps:[{id,url,title}],fields:[{name,step,value,choice?}]}`: what the page
/// script needs to read and carry every field, whichever page it runs on. URLs are relative to
/// outils/ (where every step page is).
std::string footprint_form_script();

}  // namespace render
