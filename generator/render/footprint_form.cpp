#include "render/footprint_form.h"

#include "render/html.h"

namespace render {

namespace {

// What fills a field: a number, or a choice among the reference data's rows.
enum class Kind { Number, Location, Hardware, Model, Media };

struct Field {
  const char* block;  // "projet" (shared by both scenarios), "grid", "train", "infer", ...
  const char* key;    // the field's name within its block
  const char* label;
  const char* unit;   // "" = none
  const char* hint;   // "" = none
  Kind kind;
  const char* min;
  const char* step;
  const char* avec;   // default value in the "Avec IA" scenario ("" = empty)
  const char* sans;   // default value in the "Sans IA" scenario
};

const char kAny[] = "any";

// The form, in page order. Names are `projet-<key>`, `<scenario>-<key>` for the grid block (the
// electricity settings copied into each energy item) and `<scenario>-<block>-<key>` otherwise: the
// saved files and share links of the calculator use these names.
const Field kFields[] = {
    {"projet", "lifetime_years", "Durée de vie du projet", "ans",
     "Les entraînements sont répartis sur cette durée ; l’usage et l’amortissement du matériel comptent chaque année.",
     Kind::Number, "0", kAny, "3", "3"},
    {"projet", "carbon_price", "Prix du carbone", "€ par tonne de CO2e",
     "Coût des externalités à intégrer dès la conception ; 200 € par tonne proposé par défaut.",
     Kind::Number, "0", kAny, "200", "200"},
    {"grid", "location", "Lieu des serveurs", "",
     "Fixe l’intensité carbone de l’électricité (gCO2e/kWh) et l’eau de sa production.",
     Kind::Location, "", "", "FR", "FR"},
    {"grid", "carbon_intensity", "Ou intensité carbone connue", "gCO2e/kWh",
     "Facultatif : remplace celle du lieu (par exemple la valeur publiée par votre hébergeur).",
     Kind::Number, "0", kAny, "", ""},
    {"grid", "pue", "PUE du centre de données", "",
     "Facultatif. Vide : 1,56 (moyenne mondiale), 1,2 pour l’inférence. Repère : un PUE inférieur à 1,5 est attendu.",
     Kind::Number, "1", kAny, "", ""},
    {"train", "hardware", "Matériel", "", "Un processeur (puissance par cœur) ou une carte GPU.",
     Kind::Hardware, "", "", "A100", ""},
    {"train", "units", "Nombre de cœurs ou de cartes GPU", "", "", Kind::Number, "0", "1", "4", ""},
    {"train", "tdp", "Ou puissance par cœur ou par carte", "W", "Facultatif : pour un matériel absent de la liste.",
     Kind::Number, "0", kAny, "", ""},
    {"train", "runtime_h", "Durée d’un entraînement", "heures", "", Kind::Number, "0", kAny, "24", ""},
    {"train", "memory_gb", "Mémoire vive", "Go", "", Kind::Number, "0", kAny, "64", ""},
    {"train", "count", "Nombre d’entraînements sur la durée de vie", "",
     "Premier entraînement, réentraînements et affinages compris.", Kind::Number, "0", "1", "2", ""},
    {"infer", "model", "Modèle", "", "", Kind::Model, "", "", "mistral-7b", ""},
    {"infer", "active_params_b", "Ou paramètres actifs du modèle", "milliards",
     "Pour un modèle absent de la liste (mélange d’experts : paramètres actifs par jeton).",
     Kind::Number, "0", kAny, "", ""},
    {"infer", "input_tokens", "Jetons en entrée par requête", "jetons",
     "Question, consignes et documents fournis au modèle.", Kind::Number, "0", "1", "1500", ""},
    {"infer", "output_tokens", "Jetons générés par requête", "jetons",
     "Environ 0,75 mot par jeton en anglais, un peu moins en français.", Kind::Number, "0", "1", "300", ""},
    {"infer", "requests_per_year", "Requêtes par an", "requêtes", "", Kind::Number, "0", "1", "100000", ""},
    {"run", "hardware", "Matériel", "", "", Kind::Hardware, "", "", "", "xeon-gold-6148"},
    {"run", "units", "Nombre de cœurs ou de cartes GPU", "", "", Kind::Number, "0", "1", "", "4"},
    {"run", "tdp", "Ou puissance par cœur ou par carte", "W", "Facultatif.", Kind::Number, "0", kAny, "", ""},
    {"run", "usage", "Taux d’utilisation", "entre 0 et 1", "Part de la puissance réellement utilisée ; 1 par défaut.",
     Kind::Number, "0", kAny, "", ""},
    {"run", "runtime_h", "Heures de fonctionnement par an", "heures", "Une année pleine compte 8 760 heures.",
     Kind::Number, "0", kAny, "", "2000"},
    {"run", "memory_gb", "Mémoire vive", "Go", "", Kind::Number, "0", kAny, "", "16"},
    {"storage", "tb", "Volume stocké", "To", "", Kind::Number, "0", kAny, "1", "1"},
    {"storage", "media", "Support", "", "", Kind::Media, "", "", "ssd", "ssd"},
    {"storage", "replication", "Nombre de copies", "", "Sauvegardes et réplicas compris ; 1 par défaut.",
     Kind::Number, "1", "1", "", ""},
    {"transfer", "gb_per_year", "Volume transféré par an", "Go", "", Kind::Number, "0", kAny, "100", "100"},
    {"equip", "hardware", "Matériel", "", "Serveurs, cartes GPU ou postes achetés pour le projet.",
     Kind::Hardware, "", "", "", ""},
    {"equip", "quantity", "Quantité", "", "", Kind::Number, "0", "1", "", ""},
    {"equip", "embodied_kgco2e", "Ou empreinte de fabrication par unité", "kgCO2e",
     "À saisir quand le matériel n’a pas de valeur publiée dans nos données.", Kind::Number, "0", kAny, "", ""},
    {"equip", "share", "Part attribuée au projet", "entre 0 et 1", "1 si le matériel ne sert qu’à ce projet.",
     Kind::Number, "0", kAny, "", ""},
};

struct Block {
  const char* id;
  const char* step;    // the step (page) that shows it
  const char* legend;  // shown when a step holds more than one block
};

const Block kBlocks[] = {
    {"projet", "projet", "Le projet"},
    {"grid", "projet", "Électricité et centre de données"},
    {"train", "entrainement", "Entraînement ou affinage (construction)"},
    {"infer", "inference", "Inférence d’un modèle de langage (usage)"},
    {"run", "production", "Calcul en production (usage)"},
    {"storage", "donnees", "Stockage des données (usage)"},
    {"transfer", "donnees", "Transfert de données (usage)"},
    {"equip", "materiel", "Fabrication du matériel dédié (construction)"},
};

struct Scenario {
  const char* prefix;
  const char* label;
  const char* intro;
};

const Scenario kScenarios[] = {
    {"avec", "Avec IA", "La solution qui utilise un modèle d’IA."},
    {"sans", "Sans IA", "La solution de remplacement sans IA (traitement classique, travail outillé…)."},
};

const Block& block_of(const Field& f) {
  for (const Block& b : kBlocks)
    if (std::string(b.id) == f.block) return b;
  return kBlocks[0];
}

std::string field_name(const Field& f, const char* scenario) {
  const std::string block = f.block;
  if (block == "projet") return "projet-" + std::string(f.key);
  if (block == "grid") return std::string(scenario) + "-" + f.key;
  return std::string(scenario) + "-" + block + "-" + f.key;
}

std::string option(const std::string& value, const std::string& label, const std::string& selected) {
  return "<option value=\"" + escape_html(value) + "\"" + (value == selected ? " selected" : "") + ">" +
         escape_html(label) + "</option>";
}

// The options of a choice field, from the reference table that lists them.
std::string options(Kind kind, const std::string& selected, const nlohmann::ordered_json& reference) {
  std::string out;
  auto rows = [&](const char* table, const char* key, bool with_code) {
    for (const auto& row : reference.value(table, nlohmann::ordered_json::array())) {
      const std::string value = row.value(key, std::string());
      const std::string label = row.value("label", std::string());
      out += option(value, with_code ? label + " (" + value + ")" : label, selected) + "\n";
    }
  };
  switch (kind) {
    case Kind::Location: rows("locations", "code", true); break;
    case Kind::Hardware: out += option("", "— aucun —", selected) + "\n"; rows("hardware", "id", false); break;
    case Kind::Model: out += option("", "Autre (préciser les paramètres)", selected) + "\n"; rows("models", "id", false); break;
    case Kind::Media: out += option("ssd", "SSD", selected) + "\n" + option("hdd", "Disque dur (HDD)", selected) + "\n"; break;
    case Kind::Number: break;
  }
  return out;
}

std::string field_html(const Field& f, const char* scenario, const nlohmann::ordered_json& reference) {
  const std::string name = field_name(f, scenario);
  const std::string id = "fp-" + name;
  const std::string value = std::string(scenario) == "sans" ? f.sans : f.avec;
  const bool hint = *f.hint != '\0';
  const std::string described = (hint ? id + "-hint " : std::string()) + id + "-error";
  std::string out = "<div class=\"fp-field\">\n<label for=\"" + id + "\">" + f.label;
  if (*f.unit) out += std::string(" <span class=\"fp-unit\">(") + f.unit + ")</span>";
  out += "</label>\n";
  if (hint) out += "<p class=\"fp-hint\" id=\"" + id + "-hint\">" + f.hint + "</p>\n";
  if (f.kind == Kind::Number) {
    out += "<input type=\"number\" id=\"" + id + "\" name=\"" + name + "\" inputmode=\"decimal\" min=\"" + f.min +
           "\" step=\"" + f.step + "\"" + (value.empty() ? "" : " value=\"" + value + "\"") +
           " aria-describedby=\"" + described + "\">\n";
  } else {
    out += "<select id=\"" + id + "\" name=\"" + name + "\" aria-describedby=\"" + described + "\">\n" +
           options(f.kind, value, reference) + "</select>\n";
  }
  out += "<p class=\"fp-error\" id=\"" + id + "-error\" hidden></p>\n</div>\n";
  return out;
}

}  // namespace

const std::vector<FootprintStep>& footprint_steps() {
  static const std::vector<FootprintStep> steps = {
      {"projet", "outils/empreinte.html", "Le projet et l’électricité"},
      {"entrainement", "outils/empreinte-entrainement.html", "Entraînement ou affinage"},
      {"inference", "outils/empreinte-inference.html", "Inférence d’un modèle de langage"},
      {"production", "outils/empreinte-production.html", "Calcul en production"},
      {"donnees", "outils/empreinte-donnees.html", "Stockage et transfert de données"},
      {"materiel", "outils/empreinte-materiel.html", "Fabrication du matériel"},
      {"resultats", "outils/empreinte-resultats.html", "Résultats et enregistrement"},
  };
  return steps;
}

std::string footprint_step_fields(size_t index, const nlohmann::ordered_json& reference) {
  const std::string step = footprint_steps().at(index).id;
  std::vector<const Block*> blocks;
  for (const Block& b : kBlocks)
    if (step == b.step && std::string(b.id) != "projet") blocks.push_back(&b);
  std::string out;
  if (step == "projet") {
    out += "<fieldset class=\"fp-common\">\n<legend>Le projet</legend>\n";
    for (const Field& f : kFields)
      if (std::string(f.block) == "projet") out += field_html(f, "", reference);
    out += "</fieldset>\n";
  }
  if (blocks.empty()) return out;
  out += "<div class=\"fp-scenarios\">\n";
  for (const Scenario& sc : kScenarios) {
    out += "<fieldset class=\"fp-scenario\" id=\"fp-" + std::string(sc.prefix) + "\">\n<legend>" + sc.label + "</legend>\n";
    if (step == "projet") out += std::string("<p class=\"fp-intro\">") + sc.intro + "</p>\n";
    for (const Block* b : blocks) {
      // One block: the step's heading already names it; several: each gets its own fieldset.
      if (blocks.size() > 1) out += std::string("<fieldset class=\"fp-block\">\n<legend>") + b->legend + "</legend>\n";
      for (const Field& f : kFields)
        if (std::string(f.block) == b->id) out += field_html(f, sc.prefix, reference);
      if (blocks.size() > 1) out += "</fieldset>\n";
    }
    out += "</fieldset>\n";
  }
  out += "</div>\n";
  return out;
}

std::string footprint_form_script() {
  nlohmann::ordered_json steps = nlohmann::ordered_json::array();
  for (const FootprintStep& s : footprint_steps())
    steps.push_back({{"id", s.id}, {"url", s.url.substr(7)}, {"title", s.title}});
  nlohmann::ordered_json fields = nlohmann::ordered_json::array();
  for (const Field& f : kFields) {
    const bool shared = std::string(f.block) == "projet";
    for (const Scenario& sc : kScenarios) {
      nlohmann::ordered_json field = {{"name", field_name(f, sc.prefix)}, {"step", block_of(f).step},
                                      {"value", std::string(sc.prefix) == "sans" ? f.sans : f.avec}};
      if (f.kind != Kind::Number) field["choice"] = true;
      fields.push_back(std::move(field));
      if (shared) break;
    }
  }
  nlohmann::ordered_json form = {{"steps", steps}, {"fields", fields}};
  // The texts are the generator's own: no '<' to escape, but keep the script unbreakable anyway.
  std::string json = form.dump();
  std::string out;
  for (char c : json) out += c == '<' ? std::string("\\u003c") : std::string(1, c);
  return "window.GUIDE_FOOTPRINT_FORM=" + out + ";\n";
}

}  // namespace render
