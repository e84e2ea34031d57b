#include "geo_stage.hpp"

#include <chrono>
#include <stdexcept>
#include <unordered_map>

#include "data_location.hpp"
#include "newspipe/text/utf8.hpp"

namespace newspipe::geo {
namespace {

Value string_list(std::initializer_list<const char*> items) {
  Value v = Value::array();
  for (const char* s : items) v.push_back(s);
  return v;
}

}  // namespace

PluginInfo geo_info() {
  return {
      .name = "geo",
      .version = "1.0.0",
      .description =
          "Finds mentions of geographic places and resolves each to one place with coordinates",
      .options =
          {
              {.name = "min_population",
               .type = OptionType::Int,
               .default_value = 500,
               .doc = "Cities with fewer inhabitants are left out of the gazetteer (countries, "
                      "regions and counties are always kept).",
               .min = 0.0},
              {.name = "confident_population",
               .type = OptionType::Int,
               .default_value = 15000,
               .doc = "Cities smaller than this are reported only with evidence in the text: a "
                      "containing state or country right after the name (\"Tega Cay, S.C.\"), or "
                      "other places of the same state in the article.",
               .min = 0.0},
              {.name = "kinds",
               .type = OptionType::StringList,
               .default_value =
                   string_list({"continent", "region", "country", "state", "county", "city"}),
               .doc =
                   "Which kinds of place to report: continent, region, country, state (first-level "
                   "region), county (second-level region), city."},
              {.name = "demonyms",
               .type = OptionType::Bool,
               .default_value = false,
               .doc =
                   "Also list demonyms (\"Ukrainian\") with their country under `demonyms`; they "
                   "are never place mentions."},
              {.name = "user_gazetteer",
               .type = OptionType::String,
               .default_value = "",
               .doc = "A TSV file of extra places and names (docs/plugins/geo.md); its entries "
                      "override built-in places with the same id or name. Empty = none."},
              {.name = "gazetteer",
               .type = OptionType::String,
               .default_value = "",
               .doc = "The built-in gazetteer file; empty = the one installed next to the plugin."},
          },
      .access = Access::ReadsText | Access::ReportsOffsets,
  };
}

GeoStage::GeoStage(const Options& options, StageContext& ctx) {
  const auto started = std::chrono::steady_clock::now();
  std::filesystem::path path = options.get_string("gazetteer");
  if (path.empty()) path = default_gazetteer_path();
  LoadOptions lo;
  lo.min_population = options.get_int("min_population");
  std::string error;
  gazetteer_ = Gazetteer::load(path, lo, error);
  if (!gazetteer_) throw std::runtime_error(error + " (set stages.<name>.gazetteer to its path)");
  if (const std::string& user = options.get_string("user_gazetteer"); !user.empty()) {
    if (!gazetteer_->add_user_file(user, error))
      throw std::runtime_error("user_gazetteer: " + error);
  }
  config_.small_city_population = options.get_int("confident_population");
  config_.demonyms = options.get_bool("demonyms");
  config_.report_kinds.fill(false);
  for (const std::string& k : options.get_string_list("kinds")) {
    PlaceKind kind;
    if (!parse_kind(k, kind)) {
      throw std::runtime_error("kinds: unknown kind '" + k +
                               "' (expected continent, region, country, state, county or city)");
    }
    config_.report_kinds[static_cast<int>(kind)] = true;
  }
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  ctx.log().info("gazetteer " + path.string() + ": " + std::to_string(gazetteer_->size()) +
                 " places, loaded in " + std::to_string(static_cast<int>(ms)) + " ms");
}

Value geo_result(std::string_view text, const Gazetteer& gazetteer, const GeoConfig& config) {
  const GeoResult r = find_places(text, gazetteer, config);
  Value mentions = Value::array();
  Value places = Value::array();
  // Mentions come in text order: count code points incrementally.
  std::size_t byte = 0, cp = 0;
  const auto to_cp = [&](std::size_t b) {
    cp += text::count_code_points(text.substr(byte, b - byte));
    byte = b;
    return cp;
  };
  // Objects are built as member lists directly: Value::operator[] searches the keys each time.
  std::vector<std::uint32_t> place_order;
  std::vector<int> place_counts;
  mentions.as_array().reserve(r.mentions.size());
  for (const Mention& m : r.mentions) {
    const Place& p = gazetteer.place(m.place);
    const std::size_t start = to_cp(m.begin);
    const std::size_t end = to_cp(m.end);
    Value::Object mv;
    mv.reserve(4);
    mv.emplace_back("start", Value(start));
    mv.emplace_back("end", Value(end));
    mv.emplace_back("surface", Value(text.substr(m.begin, m.end - m.begin)));
    mv.emplace_back("place", Value(p.id));
    mentions.push_back(Value(std::move(mv)));
    std::size_t slot = 0;
    while (slot < place_order.size() && place_order[slot] != m.place) ++slot;
    if (slot == place_order.size()) {
      place_order.push_back(m.place);
      place_counts.push_back(0);
    }
    ++place_counts[slot];
  }
  places.as_array().reserve(place_order.size());
  for (std::size_t i = 0; i < place_order.size(); ++i) {
    const Place& p = gazetteer.place(place_order[i]);
    Value::Object pv;
    pv.reserve(8);
    pv.emplace_back("id", Value(p.id));
    pv.emplace_back("name", Value(p.name));
    pv.emplace_back("kind", Value(kind_name(p.kind)));
    pv.emplace_back("country", Value(p.country));
    pv.emplace_back("lat", Value(p.lat));
    pv.emplace_back("lon", Value(p.lon));
    pv.emplace_back("mentions", Value(place_counts[i]));
    // A region that spans countries has no one country code: name its member countries instead.
    if (p.kind == PlaceKind::Region && !p.members.empty()) {
      Value::Array members;
      members.reserve(p.members.size());
      for (const std::string& m : p.members) members.emplace_back(m);
      pv.emplace_back("members", Value(std::move(members)));
    }
    places.push_back(Value(std::move(pv)));
  }
  Value out = Value::object();
  out["mentions"] = std::move(mentions);
  out["places"] = std::move(places);
  if (config.demonyms) {
    Value ds = Value::array();
    byte = cp = 0;
    for (const DemonymMention& d : r.demonyms) {
      Value dv = Value::object();
      dv["start"] = to_cp(d.begin);
      dv["end"] = to_cp(d.end);
      dv["surface"] = text.substr(d.begin, d.end - d.begin);
      dv["country"] = d.country;
      ds.push_back(std::move(dv));
    }
    out["demonyms"] = std::move(ds);
  }
  return out;
}

void GeoStage::process_article(Article& article, StageContext& ctx) {
  Value result = geo_result(article.text, *gazetteer_, config_);
  ctx.count("mentions", static_cast<std::int64_t>(result["mentions"].as_array().size()));
  article.result(ctx.stage_name()) = std::move(result);
}

}  // namespace newspipe::geo
