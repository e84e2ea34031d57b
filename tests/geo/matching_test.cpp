// Matching rules: which spans of the text are taken as names.
#include <gtest/gtest.h>

#include "geo_test_support.hpp"

namespace {

using geo_test::run_geo;
using geo_test::surfaces;
using Strings = std::vector<std::string>;

TEST(GeoMatching, PossessiveMatchesTheName) {
  EXPECT_EQ(surfaces(run_geo("He rejected Russia's demand and Moscow\xE2\x80\x99s terms.")),
            (Strings{"Russia", "Moscow"}));
}

TEST(GeoMatching, HyphenatedCompounds) {
  EXPECT_EQ(surfaces(run_geo("Russia-backed fighters crossed the Russia-Ukraine border.")),
            (Strings{"Russia", "Russia", "Ukraine"}));
}

TEST(GeoMatching, TheBalticsIsTheSpanBaltics) {
  const auto geo = run_geo("Troops were sent to the Baltics last year.");
  ASSERT_EQ(surfaces(geo), (Strings{"Baltics"}));
  EXPECT_EQ(geo_test::place_ids(geo), (Strings{"region:baltics"}));
}

TEST(GeoMatching, LowerCaseDirectionStaysOutside) {
  EXPECT_EQ(surfaces(run_geo("Fighting went on in eastern Ukraine overnight.")),
            (Strings{"Ukraine"}));
}

TEST(GeoMatching, LongestMultiWordNameWins) {
  EXPECT_EQ(
      surfaces(run_geo("Deployments in Central and Eastern Europe and in Eastern Europe grew.")),
      (Strings{"Central and Eastern Europe", "Eastern Europe"}));
}

TEST(GeoMatching, DottedAbbreviations) {
  EXPECT_EQ(surfaces(run_geo("A senior U.S. official spoke to the US press.")),
            (Strings{"U.S.", "US"}));
}

TEST(GeoMatching, NameGluedToSymbolsIsNoMention) {
  EXPECT_TRUE(
      surfaces(run_geo("The fine was US$40 million, the strain A/Texas/2 spread.")).empty());
}

TEST(GeoMatching, CaseSensitive) {
  EXPECT_TRUE(surfaces(run_geo("the paris agreement and texas toast")).empty());
}

TEST(GeoMatching, DatelineInCapitals) {
  EXPECT_EQ(surfaces(run_geo("ATLANTA, Ga. - The council met on Monday.")),
            (Strings{"ATLANTA", "Ga."}));
}

TEST(GeoMatching, CountyNames) {
  EXPECT_EQ(surfaces(run_geo("Schools in Anderson County closed early.")),
            (Strings{"Anderson County"}));
}

}  // namespace

namespace {

using geo_test::run_geo;
using geo_test::surfaces;
using Strings = std::vector<std::string>;

TEST(GeoMatching, StopPhrasesAndOrganisationsConsumeTheirWords) {
  // "Hamas" is a stop name in the fixture; a place before an organisation word is part of its name.
  EXPECT_TRUE(surfaces(run_geo("Hamas said the Moscow Times reported it.")).empty());
}

TEST(GeoMatching, StreetsAndFeaturesNamedAfterPlaces) {
  EXPECT_TRUE(
      surfaces(run_geo("The crash on Texas Avenue closed the Ukraine River bridge.")).empty());
}

TEST(GeoMatching, FunctionWordDoesNotHideTheName) {
  EXPECT_EQ(surfaces(run_geo("The Baltics and Ukraine met. In Moscow it rained.")),
            (Strings{"Baltics", "Ukraine", "Moscow"}));
}

TEST(GeoMatching, DateBeforeAPlaceIsNoPartOfItsName) {
  EXPECT_EQ(surfaces(run_geo("On Thursday Ukraine's army said so.")), (Strings{"Ukraine"}));
}

}  // namespace
