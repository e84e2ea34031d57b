// Whole articles through the Cleaner: debris out, every sentence of the article kept.
#include "cleaner.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace newspipe::clean {
namespace {

CleanResult run(std::string_view text, CleanConfig config = {}) {
  return Cleaner(std::move(config)).clean(text);
}

bool removed(const CleanResult& r, std::string_view line, RuleGroup group) {
  return std::any_of(r.removed.begin(), r.removed.end(),
                     [&](const RemovedLine& l) { return l.text == line && l.group == group; });
}

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

// An article written for these tests, with debris of every group between its paragraphs.
constexpr std::string_view kArticle =
    "Harbour town braces for record tide\n"
    "\n"
    "Residents of Porthcove were told to move cars away from the seafront on Tuesday.\n"
    "\n"
    "Updated: March 3, 2024, 9:15 AM\n"
    "By Ann Lee and Tom Dale\n"
    "\n"
    "Forecasters expect the highest tide in forty years on Wednesday night, when strong winds will "
    "push water over the old harbour wall.\n"
    "Sandbags are stacked outside the lifeboat station. AFP\n"
    "Image placeholder\n"
    "\n"
    "The council has opened two rest centres and says more than 300 homes could be affected.\n"
    "\n"
    "Share this article\n"
    "Email\n"
    "Facebook\n"
    "Mastodon\n"
    "\n"
    "\u201cWe have done this before and we will do it again,\u201d said harbour master Jo "
    "Penrose.\n"
    "\n"
    "Related stories\n"
    "Fishing fleet stays in port as storm nears\n"
    "Coastal railway closed for repairs\n"
    "Why are tides getting higher?\n"
    "\n"
    "Advertisement\n"
    "We use cookies to improve your experience. Accept all cookies\n"
    "\n"
    "Engineers will inspect the wall once the water drops.\n"
    "\n"
    "Tags: floods, Porthcove, weather\n"
    "\u00a9 2024 Coast Herald. All rights reserved.\n";

TEST(Cleaner, RemovesDebrisOfEveryGroupAndKeepsEverySentence) {
  const CleanResult r = run(kArticle);
  EXPECT_FALSE(r.kept_whole);
  for (std::string_view sentence :
       {"Harbour town braces for record tide",
        "Residents of Porthcove were told to move cars away from the seafront on Tuesday.",
        "Forecasters expect the highest tide in forty years",
        "The council has opened two rest centres",
        "\u201cWe have done this before and we will do it again,\u201d said harbour master Jo "
        "Penrose.",
        "Engineers will inspect the wall once the water drops."}) {
    EXPECT_TRUE(contains(r.text, sentence)) << sentence;
  }
  EXPECT_TRUE(removed(r, "Updated: March 3, 2024, 9:15 AM", RuleGroup::Dateline));
  EXPECT_TRUE(removed(r, "By Ann Lee and Tom Dale", RuleGroup::Byline));
  EXPECT_TRUE(
      removed(r, "Sandbags are stacked outside the lifeboat station. AFP", RuleGroup::Caption));
  EXPECT_TRUE(removed(r, "Image placeholder", RuleGroup::Placeholder));
  EXPECT_TRUE(removed(r, "Share this article", RuleGroup::CallToAction));
  // Not in any phrase list: caught because it sits in a cluster of share buttons.
  EXPECT_TRUE(removed(r, "Mastodon", RuleGroup::CallToAction));
  EXPECT_TRUE(removed(r, "Related stories", RuleGroup::Related));
  EXPECT_TRUE(removed(r, "Fishing fleet stays in port as storm nears", RuleGroup::Related));
  EXPECT_TRUE(removed(r, "Why are tides getting higher?", RuleGroup::Related));
  EXPECT_TRUE(removed(r, "Advertisement", RuleGroup::CookieAds));
  EXPECT_TRUE(removed(r, "Tags: floods, Porthcove, weather", RuleGroup::Navigation));
  EXPECT_TRUE(removed(r, "\u00a9 2024 Coast Herald. All rights reserved.", RuleGroup::Legal));
  EXPECT_FALSE(contains(r.text, "cookies"));
  EXPECT_FALSE(contains(r.text, "Facebook"));
}

TEST(Cleaner, OutputHasOneBlankLineBetweenParagraphsAndNoTrailingSpace) {
  const CleanResult r = run("  First paragraph here.  \n\n\n\n\tSecond   one.\n \nThird.\n\n");
  EXPECT_EQ(r.text, "First paragraph here.\n\nSecond one.\n\nThird.");
}

TEST(Cleaner, HeadlineLikeFirstLinesAndShortQuotesAreKept) {
  const CleanResult r =
      run("Council votes to rebuild the harbour wall\n"
          "\n"
          "Work starts in May\n"
          "\n"
          "The vote was close.\n"
          "\n"
          "\u201cShare the cost,\u201d one councillor said.\n"
          "\n"
          "Read more books, the library urged.\n"
          "\n"
          "8,200\n"
          "\n"
          "C Thomson\n");
  EXPECT_TRUE(r.removed.empty()) << r.removed.front().text;
}

TEST(Cleaner, ASubheadingBetweenParagraphsIsKept) {
  const CleanResult r =
      run("The harbour wall was built in 1880 and has been repaired many times since then.\n"
          "\n"
          "What happens next\n"
          "\n"
          "Engineers will publish their report in the autumn, the council said.\n");
  EXPECT_TRUE(r.removed.empty());
}

TEST(Cleaner, ListsInsideTheArticleAreKept) {
  const CleanResult r =
      run("The court ordered him to:\n"
          "- Spend two years on probation\n"
          "- Do 100 hours of community service\n"
          "- Pay a fine\n"
          "\n"
          "Results:\n"
          "Net profit 5.0 mln vs 4.0 mln\n"
          "Sales 120 mln vs 98 mln\n");
  EXPECT_TRUE(r.removed.empty()) << r.removed.front().text;
}

TEST(Cleaner, NumberedListsAreNotJoinedIntoOneParagraph) {
  const CleanResult r =
      run("The harbour wall held overnight, the council said, and engineers will inspect it again "
          "on Thursday morning before the next high tide reaches the town.\n"
          "\n"
          "Most popular\n"
          "1. Fishing fleet stays in port\n"
          "2. Coastal railway closed for repairs\n"
          "3. Ferry timetable changes\n");
  EXPECT_FALSE(r.kept_whole);
  EXPECT_EQ(r.removed.size(), 4u);
  EXPECT_FALSE(contains(r.text, "Ferry"));
}

TEST(Cleaner, ASubheadingUnderDebrisIsKept) {
  const CleanResult r =
      run("The harbour wall held overnight, the council said.\n"
          "\n"
          "Advertisement\n"
          "Rebuilding the wall\n"
          "\n"
          "Engineers say the work will take two years.\n");
  EXPECT_TRUE(contains(r.text, "Rebuilding the wall"));
  EXPECT_FALSE(contains(r.text, "Advertisement"));
}

TEST(Cleaner, CaptionTextUnderABareLabelAndLowerCaseButtonsGo) {
  const CleanResult r =
      run("The harbour wall held overnight, the council said, and engineers will inspect it again "
          "on Thursday morning before the next high tide reaches the town.\n"
          "\n"
          "Image caption,\n"
          "Volunteers filled sandbags through the night\n"
          "\n"
          "Share page\n"
          "close panel\n"
          "\n"
          "Nobody was hurt, and the coast road reopened on Thursday after the water went down.\n");
  EXPECT_EQ(r.text,
            "The harbour wall held overnight, the council said, and engineers will inspect it "
            "again on Thursday morning before the next high tide reaches the town.\n\nNobody was "
            "hurt, and the coast road reopened on Thursday after the water went down.");
}

TEST(Cleaner, HardWrappedParagraphsAreJoined) {
  const CleanResult r =
      run("Forecasters expect the highest tide in forty years on Wednesday\n"
          "night, when strong winds will push water over the old harbour\n"
          "wall. The council has opened two rest centres and says more than\n"
          "300 homes could be affected by the flooding, which is the worst\n"
          "since 1953.\n"
          "\n"
          "Engineers will inspect the wall.\n");
  EXPECT_EQ(r.text,
            "Forecasters expect the highest tide in forty years on Wednesday night, when strong "
            "winds will push water over the old harbour wall. The council has opened two rest "
            "centres and says more than 300 homes could be affected by the flooding, which is the "
            "worst since 1953.\n\nEngineers will inspect the wall.");
}

TEST(Cleaner, WordsHyphenatedAcrossLinesAreJoined) {
  const CleanResult r =
      run("The harbour master said the tem-\nporary barrier held, and the Russia-\nbacked plan "
          "failed.");
  EXPECT_EQ(
      r.text,
      "The harbour master said the temporary barrier held, and the Russia-backed plan failed.");
}

TEST(Cleaner, DebrisInsideAWrappedBlockIsNotGluedToIt) {
  const CleanResult r =
      run("Newsletter\n"
          "Enter your email address\n"
          "Sign up\n"
          "Forecasters expect the highest tide in forty years on Wednesday\n"
          "night, when strong winds will push water over the old harbour\n"
          "wall, the Met Office said.\n");
  EXPECT_EQ(r.text,
            "Forecasters expect the highest tide in forty years on Wednesday night, when strong "
            "winds will push water over the old harbour wall, the Met Office said.");
  EXPECT_EQ(r.removed.size(), 3u);
}

TEST(Cleaner, HtmlAndEntitiesAreCleanedBeforeLinesAreJudged) {
  const CleanResult r =
      run("<p>The tide peaked at 6.2&nbsp;metres.</p>\n"
          "<div class=\"ad-slot\"></div>\n"
          "<p>Nobody was hurt&#8217;s the word from the council.</p>\n"
          "<script>var ad = true;</script>\n");
  EXPECT_EQ(r.text,
            "The tide peaked at 6.2 metres.\n\nNobody was hurt\u2019s the word from the council.");
  EXPECT_GE(r.normalize.html_tags, 6);
}

TEST(Cleaner, SafetyLimitKeepsAnArticleThatWouldLoseTooMuch) {
  const std::string text =
      "Share this\nEmail\nFacebook\nTwitter\nPrint this page\nAdvertisement\n\n"
      "Short note.";
  CleanConfig config;
  config.max_removed_share = 0.5;
  const CleanResult r = run(text, config);
  EXPECT_TRUE(r.kept_whole);
  EXPECT_TRUE(contains(r.text, "Facebook"));
  EXPECT_EQ(r.removed.size(), 6u);  // what would have gone, for the audit
  EXPECT_EQ(r.removed_chars, 0u);

  config.max_removed_share = 1.0;
  const CleanResult all = run(text, config);
  EXPECT_FALSE(all.kept_whole);
  EXPECT_EQ(all.text, "Short note.");
}

TEST(Cleaner, DisabledGroupsKeepTheirLines) {
  CleanConfig config;
  config.groups.remove(RuleGroup::CookieAds);
  config.groups.remove(RuleGroup::Byline);
  const CleanResult r = run(kArticle, config);
  EXPECT_TRUE(contains(r.text, "Advertisement"));
  EXPECT_TRUE(contains(r.text, "By Ann Lee and Tom Dale"));
  EXPECT_FALSE(contains(r.text, "Image placeholder"));
}

TEST(Cleaner, CustomLiteralAndRegexRules) {
  CleanConfig config;
  config.custom_rules = {"Sponsored by Acme", "re:^Tide table for \\w+$"};
  const CleanResult r =
      run("The tide peaked at 6.2 metres on Wednesday night.\n"
          "\n"
          "SPONSORED BY: Acme Boats Ltd\n"
          "Tide table for Porthcove\n"
          "\n"
          "Nobody was hurt, the council said.\n",
          config);
  EXPECT_EQ(
      r.text,
      "The tide peaked at 6.2 metres on Wednesday night.\n\nNobody was hurt, the council said.");
  EXPECT_TRUE(removed(r, "SPONSORED BY: Acme Boats Ltd", RuleGroup::Custom));
  EXPECT_TRUE(removed(r, "Tide table for Porthcove", RuleGroup::Custom));
}

TEST(Cleaner, BadCustomRegexIsAnErrorNamingTheRule) {
  CleanConfig config;
  config.custom_rules = {"re:(unclosed"};
  try {
    Cleaner c(config);
    FAIL() << "expected an error";
  } catch (const std::invalid_argument& e) {
    EXPECT_TRUE(contains(e.what(), "re:(unclosed"));
  }
}

TEST(Cleaner, NormaliseOnlyWhenDebrisRemovalIsOff) {
  CleanConfig config;
  config.remove_debris = false;
  const CleanResult r = run("Advertisement\n\nThe tide&nbsp;peaked.", config);
  EXPECT_EQ(r.text, "Advertisement\n\nThe tide peaked.");
  EXPECT_TRUE(r.removed.empty());
}

TEST(Cleaner, EmptyAndBlankTexts) {
  EXPECT_EQ(run("").text, "");
  EXPECT_EQ(run(" \n\n \t\n").text, "");
}

}  // namespace
}  // namespace newspipe::clean
