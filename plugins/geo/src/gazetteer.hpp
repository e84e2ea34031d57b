// The gazetteer: places with coordinates, and the names they are written with.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace newspipe::geo {

enum class PlaceKind : std::uint8_t { Continent, Region, Country, State, County, City };

/// The output spelling of a kind ("continent", "region", "country", "state", "county", "city").
const char* kind_name(PlaceKind kind);
/// Parses a kind name; false when unknown.
bool parse_kind(std::string_view name, PlaceKind& out);

struct Place {
  std::string
      id;  // GeoNames id for cities, "cc:UA", "adm1:US.GA", "adm2:US.KY.125", "region:baltics"
  std::string name;  // the preferred English name
  PlaceKind kind = PlaceKind::City;
  std::string country;  // ISO 3166 alpha-2, empty for a region spanning several countries
  std::string admin1;   // GeoNames admin1 code within the country (cities, states, counties)
  double lat = 0, lon = 0;
  std::int64_t population = 0;
  bool capital = false;              // a national capital
  bool admin_seat = false;           // the seat of a first-level region
  bool user = false;                 // from the user's gazetteer
  std::vector<std::string> members;  // a region's countries, a country's neighbours
  // Interned forms for fast comparisons while parsing: the country code as two bytes, and a
  // number for the first-level region (0 = none).
  std::uint16_t country_key = 0;
  std::uint32_t admin1_key = 0;
  std::vector<std::uint16_t> member_keys;
  // How likely a bare mention of the name means this place, before context (larger = likelier):
  // kind, population and capital status, computed once at load.
  float prominence = 0;
};

/// Countries whose first-level regions are household names in English news (US states, Canadian
/// provinces, ...); elsewhere admin1 names are often ordinary words ("Central", "Western").
bool major_admin1_country(std::string_view cc);

/// Two-letter country code as a number (0 for anything else).
inline std::uint16_t country_key(std::string_view cc) {
  return cc.size() == 2 ? static_cast<std::uint16_t>((static_cast<unsigned char>(cc[0]) << 8) |
                                                     static_cast<unsigned char>(cc[1]))
                        : 0;
}

/// One way a name can be read: as `place`, written with its preferred name or an alias.
/// The fields disambiguation reads are copied in, so that weighing a name's readings does not
/// touch every Place (cache misses dominate otherwise).
struct Reading {
  std::uint32_t place;
  bool preferred;
  PlaceKind kind = PlaceKind::City;
  std::uint16_t country_key = 0;
  std::uint32_t admin1_key = 0;
  float prior = 0;  // prominence, plus a little for the preferred name, plus a lot for user places
};

/// What the gazetteer knows about one matching key (a name as tokens, see tokenizer.hpp).
struct NameEntry {
  std::vector<Reading> readings;  // most likely first; empty when the key only starts longer names
  bool is_prefix = false;         // some longer name starts with this key
  bool common_word = false;       // also an ordinary English word ("Reading", "Mobile")
  bool given_name = false;        // also a person's first name ("Georgia", "Chad")
  bool blocked = false;           // a stop name ("White House", "Hamas"): matches, never a place
};

struct LoadOptions {
  /// Cities with fewer inhabitants are left out (other kinds are always kept).
  std::int64_t min_population = 0;
};

class Gazetteer {
 public:
  /// Loads the built-in gazetteer file. On failure returns null and sets `error`.
  static std::unique_ptr<Gazetteer> load(const std::filesystem::path& path, const LoadOptions& opts,
                                         std::string& error);
  /// Adds a user file in the same format (docs/plugins/geo.md): a user place replaces the built-in
  /// place with the same id, and its names replace every built-in reading of those names; an
  /// `X<TAB>name` line stops a name from matching at all. False and `error` on failure.
  bool add_user_file(const std::filesystem::path& path, std::string& error);

  const NameEntry* find(std::string_view key) const;
  const Place& place(std::uint32_t i) const { return places_[i]; }
  std::size_t size() const { return places_.size(); }
  /// Index of the place with this id, or -1.
  std::int64_t find_id(std::string_view id) const;
  bool is_given_name(std::string_view word) const;
  /// One of the most frequent English words ("School", "Department") and no place name.
  bool is_ordinary_word(std::string_view word) const;
  /// The country of a demonym ("Ukrainian" -> "UA"), or empty.
  std::string_view demonym_country(std::string_view word) const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const;
  };
  using WordSet = std::unordered_set<std::string, Hash, std::equal_to<>>;
  using WordMap = std::unordered_map<std::string, std::string, Hash, std::equal_to<>>;

  bool parse(std::string_view data, bool user, std::string& error);
  void grow_table();
  std::string_view key_of(std::uint32_t entry) const {
    return std::string_view(key_arena_).substr(key_offsets_[entry], key_lengths_[entry]);
  }
  void add_name(std::string_view name, std::uint32_t place, bool preferred, bool user);
  NameEntry& entry_for(std::string_view key);

  std::vector<Place> places_;
  std::vector<NameEntry> entries_;
  // Names in an open-addressing table of (hash, entry) pairs, their text in one arena: matching
  // looks up every capitalised word, and loading inserts some 600,000 names; one probe into a flat
  // array beats chasing a node-based map's pointers, and one arena beats 600,000 strings.
  struct Slot {
    std::uint64_t hash = 0;  // 0 = empty
    std::uint32_t entry = 0;
  };
  std::vector<Slot> table_;
  std::uint64_t mask_ = 0;
  std::string key_arena_;
  std::vector<std::uint32_t> key_offsets_;
  std::vector<std::uint32_t> key_lengths_;
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> ids_;
  WordSet common_words_;
  WordSet given_names_;
  WordSet ordinary_words_;
  WordMap demonyms_;
  WordSet stopped_;  // names the user gazetteer forbids
  LoadOptions opts_;
};

}  // namespace newspipe::geo
