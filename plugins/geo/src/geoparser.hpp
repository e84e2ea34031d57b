// Finds the places an article mentions: matching names over tokens, then deciding which
// candidates are places and which place each one is.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer.hpp"

namespace newspipe::geo {

struct GeoConfig {
  /// Which kinds to report, indexed by PlaceKind (all by default).
  std::array<bool, 6> report_kinds{true, true, true, true, true, true};
  /// Cities smaller than this are reported only with supporting evidence in the text (a
  /// containing region right after the name, or other places of the same region in the article).
  std::int64_t small_city_population = 15000;
  /// Also list demonyms ("Ukrainian") with their country.
  bool demonyms = false;
  /// When set, one line per candidate name: the place chosen, and why it was rejected if it was
  /// (for quality work: tools/eval and geo_run --explain).
  std::vector<std::string>* trace = nullptr;
};

/// A place mention, in byte offsets into the text.
struct Mention {
  std::uint32_t begin = 0, end = 0;
  std::uint32_t place = 0;
};

/// A demonym, in byte offsets into the text, with the ISO code of its country.
struct DemonymMention {
  std::uint32_t begin = 0, end = 0;
  std::string country;
};

struct GeoResult {
  std::vector<Mention> mentions;  // in text order, not overlapping
  std::vector<DemonymMention> demonyms;
};

GeoResult find_places(std::string_view text, const Gazetteer& gazetteer, const GeoConfig& config);

}  // namespace newspipe::geo
