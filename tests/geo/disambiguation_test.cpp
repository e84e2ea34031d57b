// Disambiguation rules: which candidates are places, and which place each one is.
#include <gtest/gtest.h>

#include "geo_test_support.hpp"

namespace {

using geo_test::place_ids;
using geo_test::run_geo;
using geo_test::surfaces;
using Strings = std::vector<std::string>;

TEST(GeoDisambiguation, PeopleAreNotPlaces) {
  // Sullivan and Putin are also (small) towns in Texas; the article is about Texas.
  const auto geo = run_geo(
      "Texas officials met Jake Sullivan in Austin. Vladimir Putin did not attend. "
      "Sullivan said the talks went well.");
  EXPECT_EQ(surfaces(geo), (Strings{"Texas", "Austin"}));
}

TEST(GeoDisambiguation, TitleMakesAPerson) {
  EXPECT_TRUE(surfaces(run_geo("Mr Putin and President Sullivan spoke in the morning.")).empty());
}

TEST(GeoDisambiguation, OrdinaryWordsNeedEvidence) {
  EXPECT_TRUE(surfaces(run_geo("Reading is fun. Mobile phones are everywhere.")).empty());
  EXPECT_EQ(surfaces(run_geo("The plant in Reading, Pa., and the port in Mobile, Ala., reopened.")),
            (Strings{"Reading", "Pa.", "Mobile", "Ala."}));
}

TEST(GeoDisambiguation, GeorgiaByContext) {
  EXPECT_EQ(place_ids(run_geo("Russia and Georgia fought a war; Moscow blamed Georgia.")),
            (Strings{"cc:RU", "cc:GE", "524901", "cc:GE"}));
  EXPECT_EQ(
      place_ids(run_geo("Atlanta is the capital of Georgia, and Texas is bigger than Georgia.")),
      (Strings{"4180439", "adm1:US.GA", "adm1:US.TX", "adm1:US.GA"}));
}

TEST(GeoDisambiguation, ParisFranceOrParisTexas) {
  EXPECT_EQ(place_ids(run_geo("Talks in Paris ended, France said.")),
            (Strings{"2988507", "cc:FR"}));
  EXPECT_EQ(place_ids(run_geo("The fair in Paris, Texas, drew crowds.")),
            (Strings{"4717560", "adm1:US.TX"}));
}

TEST(GeoDisambiguation, SmallTownNeedsEvidence) {
  EXPECT_TRUE(surfaces(run_geo("Tega Cay is small.")).empty());
  EXPECT_EQ(surfaces(run_geo("She lives in Tega Cay, Texas.")), (Strings{"Tega Cay", "Texas"}));
}

TEST(GeoDisambiguation, DemonymsAndOrganisationsAreNotMentions) {
  EXPECT_TRUE(
      surfaces(
          run_geo("Russian and Ukrainian diplomats met Nato and OSCE officials. Hamas refused."))
          .empty());
}

TEST(GeoDisambiguation, DemonymsListedOnRequest) {
  newspipe::Value opts = newspipe::Value::object();
  opts["demonyms"] = true;
  const auto geo = run_geo("Ukrainian officials met Russians.", opts);
  const auto& d = geo.find("demonyms")->as_array();
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].find("country")->as_string(), "UA");
  EXPECT_EQ(d[1].find("surface")->as_string(), "Russians");
  EXPECT_EQ(d[1].find("country")->as_string(), "RU");
  EXPECT_TRUE(geo.find("mentions")->as_array().empty());
}

TEST(GeoDisambiguation, FirstNameFollowedBySurnameIsAPerson) {
  EXPECT_TRUE(surfaces(run_geo("Yesterday Chad Johnson scored twice.")).empty());
  EXPECT_EQ(surfaces(run_geo("Aid reached Chad on Monday.")), (Strings{"Chad"}));
}

}  // namespace

namespace {

using geo_test::run_geo;
using geo_test::surfaces;
using Strings = std::vector<std::string>;

TEST(GeoDisambiguation, InitialsAndAbbreviatedTitlesMakeAPerson) {
  // Sullivan would be a Texas town here; "Capt. Roy A. Sullivan" is a person, and so is the later
  // "Sullivan said".
  EXPECT_EQ(surfaces(run_geo("In Texas, Capt. Roy A. Sullivan spoke. Later Sullivan said no.")),
            (Strings{"Texas"}));
}

TEST(GeoDisambiguation, SentenceEndStopsAPersonsName) {
  // "Jake" ends a sentence; the Georgia after it is not his surname.
  EXPECT_EQ(surfaces(run_geo("Russia thanked Jake. Georgia objected.")),
            (Strings{"Russia", "Georgia"}));
}

}  // namespace

namespace {

TEST(GeoDisambiguation, OneSensePerArticle) {
  // The second "Tega Cay" has no evidence of its own; the first one, with its state, is evidence.
  EXPECT_EQ(
      geo_test::surfaces(geo_test::run_geo("She lives in Tega Cay, Texas. Tega Cay is small.")),
      (std::vector<std::string>{"Tega Cay", "Texas", "Tega Cay"}));
}

}  // namespace
