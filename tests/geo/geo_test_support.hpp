// Helpers for the geo tests: a small gazetteer written for the tests, and running the stage on a
// text to get its result.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "fake_context.hpp"
#include "geo_stage.hpp"
#include "newspipe/text/utf8.hpp"

namespace geo_test {

// Places and words for rule tests; ids and coordinates are made up where the test does not care.
inline const char* kFixtureGazetteer =
    "# test gazetteer\n"
    "X\tHamas\n"
    "W\treading\tc\n"
    "W\tmobile\tc\n"
    "W\tJake\tg\n"
    "W\tVladimir\tg\n"
    "W\tGeorgia\tg\n"
    "W\tChad\tg\n"
    "D\tRussian\tRU\n"
    "D\tUkrainian\tUA\n"
    "P\tcc:RU\tcountry\tRU\t\t60.0\t90.0\t0\t\tRussia\tRussian Federation\tUA|GE\n"
    "P\tcc:UA\tcountry\tUA\t\t49.0\t32.0\t0\t\tUkraine\t\tRU\n"
    "P\tcc:US\tcountry\tUS\t\t38.0\t-97.0\t0\t\tUnited States\tU.S.|US|USA|America\t\n"
    "P\tcc:FR\tcountry\tFR\t\t46.0\t2.0\t0\t\tFrance\t\t\n"
    "P\tcc:GE\tcountry\tGE\t\t42.0\t43.5\t0\t\tGeorgia\t\tRU\n"
    "P\tcc:TD\tcountry\tTD\t\t15.0\t19.0\t0\t\tChad\t\t\n"
    "P\tregion:baltics\tregion\t\t\t57.0\t24.0\t0\t\tBaltics\tBaltic states\tLT|LV|EE\n"
    "P\tregion:cee\tregion\t\t\t50.0\t20.0\t0\t\tCentral and Eastern Europe\t\tPL|CZ\n"
    "P\tregion:ee\tregion\t\t\t50.0\t30.0\t0\t\tEastern Europe\t\tPL|UA\n"
    "P\tadm1:US.GA\tstate\tUS\tGA\t33.0\t-83.5\t10000000\t\tGeorgia\tGa.\t\n"
    "P\tadm1:US.TX\tstate\tUS\tTX\t31.0\t-99.0\t29000000\t\tTexas\tTex.\t\n"
    "P\tadm1:US.PA\tstate\tUS\tPA\t41.0\t-77.5\t13000000\t\tPennsylvania\tPa.\t\n"
    "P\tadm1:US.AL\tstate\tUS\tAL\t32.8\t-86.8\t5000000\t\tAlabama\tAla.\t\n"
    "P\t703448\tcity\tUA\t12\t50.45\t30.52\t2797553\tC\tKyiv\tKiev\t\n"
    "P\t524901\tcity\tRU\t48\t55.75\t37.62\t10381222\tC\tMoscow\t\t\n"
    "P\t2988507\tcity\tFR\t11\t48.85\t2.35\t2138551\tC\tParis\t\t\n"
    "P\t4717560\tcity\tUS\tTX\t33.66\t-95.56\t24782\tA\tParis\t\t\n"
    "P\t4180439\tcity\tUS\tGA\t33.75\t-84.39\t463878\tA\tAtlanta\t\t\n"
    "P\t4259418\tcity\tUS\tTX\t30.27\t-97.74\t931830\tA\tAustin\t\t\n"
    "P\t5207069\tcity\tUS\tPA\t40.34\t-75.93\t88000\t\tReading\t\t\n"
    "P\t4076598\tcity\tUS\tAL\t30.69\t-88.04\t190000\tA\tMobile\t\t\n"
    "P\t9000001\tcity\tUS\tTX\t31.0\t-97.0\t2000\t\tSullivan\t\t\n"
    "P\t9000002\tcity\tUS\tTX\t31.1\t-97.1\t1200\t\tPutin\t\t\n"
    "P\t9000003\tcity\tPS\t\t31.5\t34.4\t1500\t\tHamas\t\t\n"
    "P\t9000004\tcity\tUS\tTX\t32.0\t-96.0\t3000\t\tTega Cay\t\t\n"
    "P\tadm2:US.TX.001\tcounty\tUS\tTX\t31.8\t-95.6\t58000\t\tAnderson County\t\t\n";

inline std::filesystem::path write_temp(const std::string& name, const std::string& content) {
  const auto dir =
      std::filesystem::temp_directory_path() / ("newspipe-geo-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto path = dir / name;
  std::ofstream(path) << content;
  return path;
}

inline std::filesystem::path fixture_path() {
  static const std::filesystem::path p = write_temp("fixture.tsv", kFixtureGazetteer);
  return p;
}

/// Runs the stage built with `options` (on top of the declared defaults) over `text`.
inline newspipe::Value run_geo(const std::string& text,
                               newspipe::Value options = newspipe::Value::object()) {
  if (!options.find("gazetteer")) options["gazetteer"] = fixture_path().string();
  newspipe::testing::FakeContext ctx("geo");
  newspipe::geo::GeoStage stage(newspipe::testing::options_for(newspipe::geo::geo_info(), options),
                                ctx);
  newspipe::Article a;
  a.id = "t";
  a.text = text;
  stage.process_article(a, ctx);
  return a.results["geo"];
}

/// The surfaces of the mentions, in order.
inline std::vector<std::string> surfaces(const newspipe::Value& geo) {
  std::vector<std::string> out;
  for (const auto& m : geo.find("mentions")->as_array())
    out.push_back(m.find("surface")->as_string());
  return out;
}

/// The place id of each mention, in order.
inline std::vector<std::string> place_ids(const newspipe::Value& geo) {
  std::vector<std::string> out;
  for (const auto& m : geo.find("mentions")->as_array())
    out.push_back(m.find("place")->as_string());
  return out;
}

/// The text between code-point offsets [start, end), as Python's text[start:end].
inline std::string cp_slice(const std::string& text, std::int64_t start, std::int64_t end) {
  newspipe::text::OffsetMap map(text);
  const std::size_t b = map.to_byte(static_cast<std::size_t>(start));
  const std::size_t e = map.to_byte(static_cast<std::size_t>(end));
  return text.substr(b, e - b);
}

}  // namespace geo_test
