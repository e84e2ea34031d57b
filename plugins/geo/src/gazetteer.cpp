#include "gazetteer.hpp"

#include <xxhash.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>

#include "tokenizer.hpp"

namespace newspipe::geo {
namespace {

constexpr const char* kKindNames[] = {"continent", "region", "country", "state", "county", "city"};

std::string read_file(const std::filesystem::path& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot open gazetteer file " + path.string();
    return {};
  }
  // One read into a string of the right size (the file is some 13 MB).
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  std::string data(static_cast<std::size_t>(size > 0 ? size : 0), '\0');
  if (size > 0 && !in.read(data.data(), size)) {
    error = "cannot read gazetteer file " + path.string();
    return {};
  }
  return data;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t from = 0;
  while (true) {
    const std::size_t p = s.find(sep, from);
    out.push_back(s.substr(from, p == std::string_view::npos ? std::string_view::npos : p - from));
    if (p == std::string_view::npos) break;
    from = p + 1;
  }
  return out;
}

bool parse_double(std::string_view s, double& out) {
  const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

bool parse_int(std::string_view s, std::int64_t& out) {
  if (s.empty()) {
    out = 0;
    return true;
  }
  const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// "Saint Louis" is also written "St. Louis" and "St Louis" (and the other way round).
std::vector<std::string> spelling_variants(std::string_view name) {
  static const std::pair<std::string_view, std::vector<std::string_view>> kGroups[] = {
      {"Saint ", {"St. ", "St "}}, {"Mount ", {"Mt. ", "Mt "}}, {"Fort ", {"Ft. ", "Ft "}},
      {"St. ", {"Saint ", "St "}}, {"Mt. ", {"Mount ", "Mt "}}, {"Ft. ", {"Fort "}},
  };
  std::vector<std::string> out;
  for (const auto& [from, tos] : kGroups) {
    if (name.substr(0, from.size()) == from) {
      for (std::string_view to : tos)
        out.push_back(std::string(to) + std::string(name.substr(from.size())));
    }
  }
  return out;
}

}  // namespace

bool major_admin1_country(std::string_view cc) {
  static constexpr std::string_view kMajor[] = {"US", "CA", "AU", "GB", "IN", "CN",
                                                "MX", "BR", "DE", "RU", "UA", "NG",
                                                "PK", "IE", "NZ", "ZA", "PH", "ID"};
  for (std::string_view m : kMajor) {
    if (m == cc) return true;
  }
  return false;
}

namespace {
float prominence_of(const Place& p) {
  switch (p.kind) {
    case PlaceKind::Continent:
    case PlaceKind::Region:
      return 95;
    case PlaceKind::Country:
      return 90;
    case PlaceKind::State:
      return major_admin1_country(p.country) ? 80 : 45;
    case PlaceKind::County:
      return 60;
    case PlaceKind::City:
      return static_cast<float>(12 * std::log10(static_cast<double>(p.population) + 10) +
                                (p.capital ? 15 : (p.admin_seat ? 5 : 0)));
  }
  return 0;
}
}  // namespace

const char* kind_name(PlaceKind kind) { return kKindNames[static_cast<int>(kind)]; }

bool parse_kind(std::string_view name, PlaceKind& out) {
  for (int i = 0; i < 6; ++i) {
    if (name == kKindNames[i]) {
      out = static_cast<PlaceKind>(i);
      return true;
    }
  }
  return false;
}

std::size_t Gazetteer::Hash::operator()(std::string_view s) const {
  return static_cast<std::size_t>(XXH3_64bits(s.data(), s.size()));
}

std::unique_ptr<Gazetteer> Gazetteer::load(const std::filesystem::path& path,
                                           const LoadOptions& opts, std::string& error) {
  const std::string data = read_file(path, error);
  if (!error.empty()) return nullptr;
  auto g = std::unique_ptr<Gazetteer>(new Gazetteer());
  g->opts_ = opts;
  g->places_.reserve(210000);
  g->entries_.reserve(700000);
  g->ids_.reserve(250000);
  g->key_arena_.reserve(12 << 20);
  g->table_.assign(std::size_t{1} << 21, Slot{});
  g->mask_ = g->table_.size() - 1;
  if (!g->parse(data, false, error)) {
    error = path.string() + ": " + error;
    return nullptr;
  }
  return g;
}

bool Gazetteer::add_user_file(const std::filesystem::path& path, std::string& error) {
  const std::string data = read_file(path, error);
  if (!error.empty()) return false;
  if (!parse(data, true, error)) {
    error = path.string() + ": " + error;
    return false;
  }
  return true;
}

namespace {
std::uint64_t key_hash(std::string_view key) {
  const std::uint64_t h = XXH3_64bits(key.data(), key.size());
  return h == 0 ? 1 : h;
}
}  // namespace

NameEntry& Gazetteer::entry_for(std::string_view key) {
  if (table_.empty()) {
    table_.assign(1024, Slot{});
    mask_ = table_.size() - 1;
  }
  const std::uint64_t h = key_hash(key);
  std::uint64_t i = h & mask_;
  for (; table_[i].hash != 0; i = (i + 1) & mask_) {
    if (table_[i].hash == h && key_of(table_[i].entry) == key) return entries_[table_[i].entry];
  }
  const auto idx = static_cast<std::uint32_t>(entries_.size());
  key_offsets_.push_back(static_cast<std::uint32_t>(key_arena_.size()));
  key_lengths_.push_back(static_cast<std::uint32_t>(key.size()));
  key_arena_.append(key);
  entries_.emplace_back();
  table_[i] = {h, idx};
  if (entries_.size() * 10 > table_.size() * 7) grow_table();  // keep probes short
  return entries_[idx];
}

void Gazetteer::grow_table() {
  std::vector<Slot> old = std::move(table_);
  table_.assign(old.size() * 2, Slot{});
  mask_ = table_.size() - 1;
  for (const Slot& s : old) {
    if (s.hash == 0) continue;
    std::uint64_t i = s.hash & mask_;
    while (table_[i].hash != 0) i = (i + 1) & mask_;
    table_[i] = s;
  }
}

void Gazetteer::add_name(std::string_view name, std::uint32_t place, bool preferred, bool user) {
  const std::vector<Token> tokens = tokenize(name);
  if (tokens.empty() || !tokens.front().word) return;
  // Names are matched case-sensitively from a capitalised word; others could never match.
  if (!tokens.front().capitalised) return;
  if (tokens.size() == 1 && tokens.front().end - tokens.front().begin < 2) return;
  std::string key;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0 && tokens[i].space_before) key += ' ';
    append_key_text(key, name, tokens[i]);
    if (i + 1 < tokens.size()) entry_for(key).is_prefix = true;
  }
  if (!user && (stopped_.count(key) || demonyms_.count(key))) return;
  NameEntry& e = entry_for(key);
  if (user) {
    // A user's name overrides every built-in reading of that name.
    bool has_user = false;
    for (const Reading& r : e.readings) has_user = has_user || places_[r.place].user;
    if (!has_user) e.readings.clear();
    e.blocked = false;  // and lifts a built-in stop name
  } else {
    for (const Reading& r : e.readings) {
      if (places_[r.place].user) return;
    }
  }
  for (Reading& r : e.readings) {
    if (r.place == place) {
      r.preferred = r.preferred || preferred;
      return;
    }
  }
  e.readings.push_back({place, preferred});
}

bool Gazetteer::parse(std::string_view data, bool user, std::string& error) {
  std::size_t line_no = 0, from = 0;
  while (from < data.size()) {
    std::size_t nl = data.find('\n', from);
    if (nl == std::string_view::npos) nl = data.size();
    std::string_view line = data.substr(from, nl - from);
    from = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const auto f = split(line, '\t');
    const auto fail = [&](const std::string& why) {
      error = "line " + std::to_string(line_no) + ": " + why;
      return false;
    };
    if (f[0] == "W" && f.size() >= 3) {
      if (f[2].find('c') != std::string_view::npos) common_words_.emplace(f[1]);
      if (f[2].find('g') != std::string_view::npos) given_names_.emplace(f[1]);
      if (f[2].find('o') != std::string_view::npos && f[2].find('c') == std::string_view::npos) {
        ordinary_words_.emplace(f[1]);
      }
      continue;
    }
    if (f[0] == "D" && f.size() >= 3) {
      demonyms_.emplace(std::string(f[1]), std::string(f[2]));
      continue;
    }
    if (f[0] == "X" && f.size() >= 2) {
      const std::vector<Token> tokens = tokenize(f[1]);
      if (tokens.empty()) continue;
      std::string key;
      for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (i > 0 && tokens[i].space_before) key += ' ';
        append_key_text(key, f[1], tokens[i]);
        if (i + 1 < tokens.size()) entry_for(key).is_prefix = true;
      }
      stopped_.insert(key);
      NameEntry& e = entry_for(key);
      e.readings.clear();
      e.blocked = true;
      continue;
    }
    if (f[0] != "P")
      return fail("unknown record type '" + std::string(f[0]) + "' (expected P, W, D or X)");
    if (f.size() < 10) return fail("a place needs at least 10 tab-separated columns");
    Place p;
    p.id = std::string(f[1]);
    if (p.id.empty()) return fail("empty place id");
    if (!parse_kind(f[2], p.kind)) return fail("unknown kind '" + std::string(f[2]) + "'");
    p.country = std::string(f[3]);
    p.admin1 = std::string(f[4]);
    if (!parse_double(f[5], p.lat) || !parse_double(f[6], p.lon) || p.lat < -90 || p.lat > 90 ||
        p.lon < -180 || p.lon > 180) {
      return fail("bad coordinates");
    }
    if (!parse_int(f[7], p.population)) return fail("bad population '" + std::string(f[7]) + "'");
    if (!user && p.kind == PlaceKind::City && p.population < opts_.min_population) continue;
    p.capital = f[8].find('C') != std::string_view::npos;
    p.admin_seat = f[8].find('A') != std::string_view::npos;
    p.name = std::string(f[9]);
    if (p.name.empty()) return fail("empty place name");
    p.user = user;
    if (f.size() > 11 && !f[11].empty()) {
      for (std::string_view m : split(f[11], '|')) p.members.emplace_back(m);
    }
    std::vector<std::string> names{p.name};
    if (f.size() > 10 && !f[10].empty()) {
      for (std::string_view a : split(f[10], '|')) {
        if (!a.empty()) names.emplace_back(a);
      }
    }
    std::uint32_t index;
    if (auto it = ids_.find(p.id); it != ids_.end()) {
      // Same id: the later record (the user's) replaces the place, keeping its index so that
      // the built-in names still reach it.
      index = it->second;
      places_[index] = std::move(p);
    } else {
      index = static_cast<std::uint32_t>(places_.size());
      ids_.emplace(p.id, index);
      places_.push_back(std::move(p));
    }
    for (std::size_t i = 0; i < names.size(); ++i) {
      add_name(names[i], index, i == 0, user);
      for (const std::string& v : spelling_variants(names[i])) add_name(v, index, i == 0, user);
    }
  }
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> admin1_ids;
  for (Place& p : places_) {
    p.country_key = country_key(p.country);
    p.prominence = prominence_of(p);
    p.member_keys.clear();
    for (const std::string& m : p.members) p.member_keys.push_back(country_key(m));
    if (p.admin1.empty() || p.kind == PlaceKind::Country) {
      p.admin1_key = 0;
    } else {
      const std::string k = p.country + "." + p.admin1;
      p.admin1_key =
          admin1_ids.emplace(k, static_cast<std::uint32_t>(admin1_ids.size() + 1)).first->second;
    }
  }
  for (NameEntry& e : entries_) {
    for (Reading& r : e.readings) {
      const Place& p = places_[r.place];
      r.kind = p.kind;
      r.country_key = p.country_key;
      r.admin1_key = p.admin1_key;
      r.prior = p.prominence + (r.preferred ? 6.0f : 0.0f) + (p.user ? 200.0f : 0.0f);
    }
    // A region named after its seat ("Donetsk", "Kharkiv"): the bare name is usually the city.
    for (const Reading& city : e.readings) {
      const Place& c = places_[city.place];
      if (city.kind != PlaceKind::City || !(c.admin_seat || c.capital) || c.user) continue;
      for (Reading& region : e.readings) {
        if (region.kind == PlaceKind::State && !places_[region.place].user &&
            region.country_key == city.country_key && region.admin1_key == city.admin1_key) {
          region.prior = std::min(region.prior, city.prior - 15.0f);
        }
      }
    }
    std::stable_sort(e.readings.begin(), e.readings.end(),
                     [](const Reading& a, const Reading& b) { return a.prior > b.prior; });
  }
  // Flags on single-word names, now that the word lists are read.
  for (std::uint32_t idx = 0; idx < entries_.size(); ++idx) {
    NameEntry& e = entries_[idx];
    const std::string_view key = key_of(idx);
    if (key.find(' ') != std::string_view::npos) continue;
    e.common_word = common_words_.count(ascii_lower(key)) > 0;
    e.given_name = given_names_.count(key) > 0;
  }
  return true;
}

const NameEntry* Gazetteer::find(std::string_view key) const {
  const std::uint64_t h = key_hash(key);
  for (std::uint64_t i = h & mask_;; i = (i + 1) & mask_) {
    const Slot& s = table_[i];
    if (s.hash == 0) return nullptr;
    if (s.hash == h && key_of(s.entry) == key) return &entries_[s.entry];
  }
}

std::int64_t Gazetteer::find_id(std::string_view id) const {
  auto it = ids_.find(id);
  return it == ids_.end() ? -1 : static_cast<std::int64_t>(it->second);
}

bool Gazetteer::is_given_name(std::string_view word) const { return given_names_.count(word) > 0; }

bool Gazetteer::is_ordinary_word(std::string_view word) const {
  if (word.size() > 32) return false;
  char buf[32];
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return ordinary_words_.count(std::string_view(buf, word.size())) > 0;
}

std::string_view Gazetteer::demonym_country(std::string_view word) const {
  auto it = demonyms_.find(word);
  return it == demonyms_.end() ? std::string_view{} : std::string_view(it->second);
}

}  // namespace newspipe::geo
