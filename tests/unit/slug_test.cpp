#include <doctest/doctest.h>

#include "render/slug.h"

using render::slugify;

TEST_CASE("French headings become stable ASCII anchors") {
  CHECK(slugify("Écoconception et sobriété") == "ecoconception-et-sobriete");
  CHECK(slugify("L’IA générative : à quoi ça sert ?") == "l-ia-generative-a-quoi-ca-sert");
  CHECK(slugify("Œuvres et cœur") == "oeuvres-et-coeur");
  CHECK(slugify("PUE < 1,5 !") == "pue-1-5");
  CHECK(slugify("  --  ") == "section");
  CHECK(slugify("Ÿ ÇÀ ÉÈÊË ÎÏ ÔÖ ÙÛÜ") == "y-ca-eeee-ii-oo-uuu");
  CHECK(slugify("Łódź") == "lodz");
}
