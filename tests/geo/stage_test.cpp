// The stage as the host sees it: declared options, output shape, offsets, user gazetteer, errors.
#include <gtest/gtest.h>

#include "geo_test_support.hpp"

namespace {

using geo_test::run_geo;
using geo_test::surfaces;
using Strings = std::vector<std::string>;

TEST(GeoStage, DeclaresItself) {
  const newspipe::PluginInfo info = newspipe::geo::geo_info();
  EXPECT_EQ(info.name, "geo");
  EXPECT_TRUE(newspipe::has(info.access, newspipe::Access::ReadsText));
  EXPECT_TRUE(newspipe::has(info.access, newspipe::Access::ReportsOffsets));
  EXPECT_FALSE(newspipe::has(info.access, newspipe::Access::RewritesText));
  Strings names;
  for (const auto& o : info.options) {
    names.push_back(o.name);
    EXPECT_FALSE(o.doc.empty()) << o.name;
  }
  EXPECT_EQ(names, (Strings{"min_population", "confident_population", "kinds", "demonyms",
                            "user_gazetteer", "gazetteer"}));
}

TEST(GeoStage, OutputShape) {
  const auto geo = run_geo("Kiev and Kyiv are one city; Ukraine is the country.");
  const auto& mentions = geo.find("mentions")->as_array();
  ASSERT_EQ(mentions.size(), 3u);
  EXPECT_EQ(mentions[0].find("start")->as_int(), 0);
  EXPECT_EQ(mentions[0].find("end")->as_int(), 4);
  EXPECT_EQ(mentions[0].find("surface")->as_string(), "Kiev");
  EXPECT_EQ(mentions[0].find("place")->as_string(), "703448");
  EXPECT_EQ(mentions[1].find("place")->as_string(), "703448");
  const auto& places = geo.find("places")->as_array();
  ASSERT_EQ(places.size(), 2u);
  const auto& kyiv = places[0];
  EXPECT_EQ(kyiv.find("id")->as_string(), "703448");
  EXPECT_EQ(kyiv.find("name")->as_string(), "Kyiv");
  EXPECT_EQ(kyiv.find("kind")->as_string(), "city");
  EXPECT_EQ(kyiv.find("country")->as_string(), "UA");
  EXPECT_NEAR(kyiv.find("lat")->as_double(), 50.45, 1e-9);
  EXPECT_NEAR(kyiv.find("lon")->as_double(), 30.52, 1e-9);
  EXPECT_EQ(kyiv.find("mentions")->as_int(), 2);
  EXPECT_EQ(places[1].find("kind")->as_string(), "country");
}

TEST(GeoStage, OffsetsAreCodePointsAfterNonAscii) {
  const std::string text = "Zoë’s café — “naïve” 日本語 text: talks in Kyiv, then Moscow’s reply.";
  const auto geo = run_geo(text);
  const auto& mentions = geo.find("mentions")->as_array();
  ASSERT_EQ(mentions.size(), 2u);
  for (const auto& m : mentions) {
    EXPECT_EQ(geo_test::cp_slice(text, m.find("start")->as_int(), m.find("end")->as_int()),
              m.find("surface")->as_string());
  }
  EXPECT_EQ(mentions[0].find("start")->as_int(), 40);
}

TEST(GeoStage, KindsOptionFiltersTheReport) {
  newspipe::Value opts = newspipe::Value::object();
  newspipe::Value kinds = newspipe::Value::array();
  kinds.push_back("country");
  opts["kinds"] = kinds;
  EXPECT_EQ(surfaces(run_geo("From Kyiv to Ukraine.", opts)), (Strings{"Ukraine"}));
}

TEST(GeoStage, UserGazetteerOverridesABuiltInPlace) {
  // A newsroom in Paris, Texas: "Paris" is always the local town, and a local name is added.
  const auto user = geo_test::write_temp(
      "user.tsv",
      "# newsroom names\n"
      "P\tlocal:paris\tcity\tUS\tTX\t33.66\t-95.56\t24782\t\tParis\t\t\n"
      "P\tlocal:square\tcity\tUS\tTX\t33.66\t-95.55\t0\t\tCourthouse Square\t\t\n"
      "P\tlocal:hamas\tcity\tUS\tTX\t33.6\t-95.5\t900\t\tHamas\t\t\n"
      "X\tMoscow\n");
  newspipe::Value opts = newspipe::Value::object();
  opts["user_gazetteer"] = user.string();
  const auto geo =
      run_geo("Crowds in Paris gathered at Courthouse Square; Moscow was quiet. Hamas too.", opts);
  // Moscow is stopped by the user; Hamas, a built-in stop name, is the user's village.
  EXPECT_EQ(surfaces(geo), (Strings{"Paris", "Courthouse Square", "Hamas"}));
  EXPECT_EQ(geo_test::place_ids(geo), (Strings{"local:paris", "local:square", "local:hamas"}));
  // Without it, Paris is the capital of France.
  EXPECT_EQ(geo_test::place_ids(run_geo("Crowds in Paris gathered.")), (Strings{"2988507"}));
}

TEST(GeoStage, UserEntryWithABuiltInIdReplacesThatPlace) {
  const auto user = geo_test::write_temp(
      "user-replace.tsv", "P\t703448\tcity\tUA\t12\t50.0\t30.0\t2800000\tC\tKyiv City\tKyjiw\t\n");
  newspipe::Value opts = newspipe::Value::object();
  opts["user_gazetteer"] = user.string();
  const auto geo = run_geo("Kiev, Kyjiw and Kyiv.", opts);
  EXPECT_EQ(geo_test::place_ids(geo), (Strings{"703448", "703448", "703448"}));
  const auto& places = geo.find("places")->as_array();
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].find("name")->as_string(), "Kyiv City");
  EXPECT_EQ(places[0].find("lat")->as_double(), 50.0);
}

TEST(GeoStage, MissingOrBrokenFilesAreReportedWithTheirPath) {
  newspipe::Value opts = newspipe::Value::object();
  opts["gazetteer"] = "/nonexistent/gazetteer.tsv";
  try {
    run_geo("x", opts);
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/gazetteer.tsv"), std::string::npos);
  }
  const auto bad =
      geo_test::write_temp("bad.tsv", "P\tx:1\tcity\tUS\t\tnorth\t0\t0\t\tNowhere\t\t\n");
  newspipe::Value opts2 = newspipe::Value::object();
  opts2["user_gazetteer"] = bad.string();
  try {
    run_geo("x", opts2);
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("line 1: bad coordinates"), std::string::npos) << e.what();
  }
}

TEST(GeoStage, UnknownKindIsAnError) {
  newspipe::Value opts = newspipe::Value::object();
  newspipe::Value kinds = newspipe::Value::array();
  kinds.push_back("planet");
  opts["kinds"] = kinds;
  EXPECT_THROW(run_geo("x", opts), std::runtime_error);
}

}  // namespace
