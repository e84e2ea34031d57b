// The shipped gazetteer: the names and regions the issue promises.
#include <gtest/gtest.h>

#include <algorithm>

#include "data_location.hpp"
#include "geo_test_support.hpp"

namespace {

using Strings = std::vector<std::string>;

newspipe::Value builtin() {
  newspipe::Value opts = newspipe::Value::object();
  opts["gazetteer"] = GEO_BUILTIN_GAZETTEER;
  return opts;
}

// One stage for all tests of this file: loading the full gazetteer takes a few hundred ms.
class GeoBuiltinGazetteer : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ctx_ = new newspipe::testing::FakeContext("geo");
    stage_ = new newspipe::geo::GeoStage(
        newspipe::testing::options_for(newspipe::geo::geo_info(), builtin()), *ctx_);
  }
  static void TearDownTestSuite() {
    delete stage_;
    delete ctx_;
  }
  static newspipe::Value run(const std::string& text) {
    newspipe::Article a;
    a.text = text;
    stage_->process_article(a, *ctx_);
    return a.results["geo"];
  }
  static const newspipe::geo::Place& place(const std::string& id) {
    const auto i = stage_->gazetteer().find_id(id);
    EXPECT_GE(i, 0) << id;
    return stage_->gazetteer().place(static_cast<std::uint32_t>(i));
  }
  static newspipe::testing::FakeContext* ctx_;
  static newspipe::geo::GeoStage* stage_;
};
newspipe::testing::FakeContext* GeoBuiltinGazetteer::ctx_ = nullptr;
newspipe::geo::GeoStage* GeoBuiltinGazetteer::stage_ = nullptr;

TEST_F(GeoBuiltinGazetteer, KievAndKyivAreOnePlace) {
  const auto ids = geo_test::place_ids(run("Kiev, or Kyiv, is the capital of Ukraine."));
  ASSERT_EQ(ids.size(), 3u);
  EXPECT_EQ(ids[0], ids[1]);
  EXPECT_EQ(place(ids[0]).name, "Kyiv");
  EXPECT_EQ(place(ids[0]).country, "UA");
}

TEST_F(GeoBuiltinGazetteer, TheBalticsAreLithuaniaLatviaEstonia) {
  const auto geo = run("Nato reinforced the Baltics.");
  ASSERT_EQ(geo_test::surfaces(geo), (Strings{"Baltics"}));
  const auto& p = place(geo_test::place_ids(geo)[0]);
  EXPECT_EQ(p.kind, newspipe::geo::PlaceKind::Region);
  Strings members = p.members;
  std::sort(members.begin(), members.end());
  EXPECT_EQ(members, (Strings{"EE", "LT", "LV"}));
  // The output names the members too, since a region of several countries has no country code.
  const newspipe::Value& out = geo.find("places")->as_array().at(0);
  EXPECT_EQ(out.find("country")->as_string(), "");
  Strings listed;
  for (const auto& m : out.find("members")->as_array()) listed.push_back(m.as_string());
  std::sort(listed.begin(), listed.end());
  EXPECT_EQ(listed, (Strings{"EE", "LT", "LV"}));
}

TEST_F(GeoBuiltinGazetteer, UnitedStatesAliases) {
  const auto ids = geo_test::place_ids(
      run("The US, the U.S., the USA, the United States and America are one country."));
  EXPECT_EQ(ids, Strings(5, "cc:US"));
}

TEST_F(GeoBuiltinGazetteer, ExonymsAndEndonyms) {
  const auto ids = geo_test::place_ids(run("Talks in Geneva, or Gen\xC3\xA8ve, went on."));
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_EQ(ids[0], ids[1]);
  EXPECT_EQ(place(ids[0]).country, "CH");
}

TEST_F(GeoBuiltinGazetteer, NamedRegionsHaveParents) {
  const auto ids = geo_test::place_ids(run("Shelling in Donbas and drills in Crimea continued."));
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_EQ(place(ids[0]).country, "UA");
  EXPECT_EQ(place(ids[1]).country, "UA");
}

TEST_F(GeoBuiltinGazetteer, GeorgiaStateInAnAmericanStory) {
  const auto geo = run("The company moved from Ohio to Atlanta, and Georgia offered tax breaks.");
  EXPECT_EQ(geo_test::surfaces(geo), (Strings{"Ohio", "Atlanta", "Georgia"}));
  EXPECT_EQ(geo_test::place_ids(geo)[2], "adm1:US.GA");
}

TEST_F(GeoBuiltinGazetteer, RegionNamedAfterItsSeatMeansTheCity) {
  const auto ids = geo_test::place_ids(run("Shelling near Donetsk and Kharkiv went on."));
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_EQ(place(ids[0]).kind, newspipe::geo::PlaceKind::City);
  EXPECT_EQ(place(ids[1]).kind, newspipe::geo::PlaceKind::City);
}

TEST_F(GeoBuiltinGazetteer, EveryPlaceHasCoordinatesAndAKind) {
  const auto geo = run("From Paris to Texas, Laurel County, Asia and the Middle East.");
  ASSERT_EQ(geo_test::surfaces(geo),
            (Strings{"Paris", "Texas", "Laurel County", "Asia", "Middle East"}));
  for (const auto& p : geo.find("places")->as_array()) {
    EXPECT_FALSE(p.find("id")->as_string().empty());
    EXPECT_FALSE(p.find("name")->as_string().empty());
    EXPECT_TRUE(p.find("lat")->is_number());
    EXPECT_TRUE(p.find("lon")->is_number());
  }
}

}  // namespace

namespace {

TEST(GeoDataLocation, DefaultPathFindsTheCopyInTheBuildTree) {
  // The build copies the gazetteer next to the plugin; programs elsewhere in the tree find it by
  // walking up from their own file, as the plugin finds it beside its library.
  const auto path = newspipe::geo::default_gazetteer_path();
  EXPECT_TRUE(std::filesystem::exists(path)) << path;
  EXPECT_EQ(path.filename(), "gazetteer.tsv");
  EXPECT_EQ(path.parent_path().filename(), "geo");
}

}  // namespace
