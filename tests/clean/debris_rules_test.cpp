// The detectors behind the rule groups, on lines written for these tests.
#include "debris_rules.hpp"
#include "debris_detectors.hpp"

#include <gtest/gtest.h>

namespace newspipe::clean {
namespace {

struct Probe {
  std::string text;
  LineShape shape;
  std::vector<std::string> tokens;
  explicit Probe(std::string t)
      : text(std::move(t)), shape(measure_line(text)), tokens(rule_tokens(text)) {}
  LineView view() const { return {text, shape, tokens}; }
};

std::optional<RuleGroup> group_of(const std::string& line) {
  static const DebrisRules rules;
  const Probe p(line);
  const auto hit = rules.match(p.view(), RuleGroupSet::all());
  if (!hit) return std::nullopt;
  return hit->group;
}

TEST(CleanCreditTail, CaptionEndingInAnAgencyOrPhotographerCredit) {
  EXPECT_TRUE(
      detect_credit_tail(Probe("Fishing boats wait out the storm in the harbour. AFP").view()));
  EXPECT_TRUE(detect_credit_tail(
      Probe("The mayor cuts the ribbon on Friday. Photograph: Ann Lee/Coast Press").view()));
  EXPECT_TRUE(detect_credit_tail(
      Probe("Volunteers fill sandbags near the river. (AP Photo/Tom Dale)").view()));
  EXPECT_TRUE(
      detect_credit_tail(Probe("Workers repair the sea wall on Monday. REUTERS/Kim Ode").view()));
  EXPECT_TRUE(detect_credit_tail(
      Probe("A view of the flooded square at dawn. \u00a9 Harbour Images").view()));
}

TEST(CleanCreditTail, ProseEndingInAnAbbreviationOrQuoteIsNotACredit) {
  EXPECT_FALSE(detect_credit_tail(
      Probe("The harbour reopened on Monday. Fishing resumed soon after.").view()));
  EXPECT_FALSE(detect_credit_tail(Probe("Ships were held back for a day. MORE").view()));
  EXPECT_FALSE(detect_credit_tail(Probe("The tide rose two metres overnight.").view()));
}

TEST(CleanDateline, StampsAndBareDates) {
  EXPECT_TRUE(detect_dateline(Probe("Updated: March 3, 2024, 9:15 AM").view()));
  EXPECT_TRUE(detect_dateline(Probe("Published 12 June 2023, 14:05 BST").view()));
  EXPECT_TRUE(detect_dateline(Probe("Last updated 3 hours ago").view()));
  EXPECT_TRUE(detect_dateline(Probe("Tue 4 Feb 2020 08.00 GMT").view()));
  // A stamp glued to the headline after it by a bad scrape.
  EXPECT_TRUE(detect_dateline(
      Probe("Updated: May 2, 2022, 11:40 PMHarbour town braces for record tide").view()));
}

TEST(CleanDateline, SentencesAboutPublishingOrDatesAreKept) {
  EXPECT_FALSE(detect_dateline(
      Probe("Published in 1998, the report found that the harbour wall was weak.").view()));
  EXPECT_FALSE(detect_dateline(Probe("January.").view()));
  EXPECT_FALSE(detect_dateline(Probe("8,200").view()));
  EXPECT_FALSE(detect_dateline(
      Probe("On Monday, March 4, the council met to discuss the tide and the wall.").view()));
}

TEST(CleanByline, NamesWithByOrAnOutlet) {
  EXPECT_TRUE(detect_byline(Probe("By Ann Lee and Tom Dale").view()));
  EXPECT_TRUE(detect_byline(Probe("By Kim Ode, The Coast Herald").view()));
  EXPECT_TRUE(detect_byline(Probe("Ann Lee | Coast Herald").view()));
  EXPECT_FALSE(detect_byline(Probe("By 2030 the harbour will need a new wall.").view()));
  EXPECT_FALSE(detect_byline(Probe("By then, most of the boats had left the harbour.").view()));
}

TEST(CleanFigureLabel, MapsGraphicsAndImageLeftovers) {
  EXPECT_TRUE(detect_figure_label(Probe("Flood defences along the coast map").view()));
  EXPECT_TRUE(detect_figure_label(Probe("Chart: tide heights since 1990").view()));
  EXPECT_TRUE(detect_figure_label(Probe("spacer.gif").view()));
  EXPECT_FALSE(detect_figure_label(Probe("The council drew up a new map.").view()));
}

TEST(CleanMenu, BreadcrumbsAndSectionMenus) {
  EXPECT_TRUE(detect_menu(Probe("Home > Regions > North Coast").view()));
  EXPECT_TRUE(detect_menu(Probe("News | Sport | Weather | Travel").view()));
  EXPECT_FALSE(
      detect_menu(Probe("The 24/7 service | which opened in May | was busy all week.").view()));
}

TEST(CleanDebrisRules, EachGroupRecognisesItsKind) {
  EXPECT_EQ(group_of("Image placeholder"), RuleGroup::Placeholder);
  EXPECT_EQ(group_of("Image caption, Boats wait in the harbour"), RuleGroup::Caption);
  EXPECT_EQ(group_of("Getty Images"), RuleGroup::Caption);
  EXPECT_EQ(group_of("This page was machine translated. Show original"), RuleGroup::Widget);
  EXPECT_EQ(group_of("Published 12 June 2023, 14:05 BST"), RuleGroup::Dateline);
  EXPECT_EQ(group_of("You may also like"), RuleGroup::Related);
  EXPECT_EQ(group_of("Read more: Harbour wall to be rebuilt"), RuleGroup::CallToAction);
  EXPECT_EQ(group_of("Sign up to our weekly newsletter"), RuleGroup::CallToAction);
  EXPECT_EQ(group_of("We use cookies to improve your experience. By continuing you agree."),
            RuleGroup::CookieAds);
  EXPECT_EQ(group_of("ADVERTISEMENT"), RuleGroup::CookieAds);
  EXPECT_EQ(group_of("(Reporting by Ann Lee; Editing by Tom Dale)"), RuleGroup::Byline);
  EXPECT_EQ(group_of("Tags: harbour, tide, council"), RuleGroup::Navigation);
  EXPECT_EQ(group_of("\u00a9 2024 Coast Herald. All rights reserved."), RuleGroup::Legal);
  EXPECT_EQ(group_of("\u2022 \u2022 \u2022"), RuleGroup::Markup);
}

TEST(CleanDebrisRules, SentencesThatMentionDebrisWordsAreKept) {
  EXPECT_EQ(group_of("Share prices fell sharply after the harbour was closed for a week."),
            std::nullopt);
  EXPECT_EQ(group_of("Copyright law does not protect ideas, only their expression, she said."),
            std::nullopt);
  EXPECT_EQ(group_of("\u201cRead more books,\u201d the headteacher told the pupils on Monday."),
            std::nullopt);
  EXPECT_EQ(group_of("The advertisement was banned by the regulator last year."), std::nullopt);
  EXPECT_EQ(group_of("Photographs of the flood were shared widely online."), std::nullopt);
}

TEST(CleanDebrisRules, UnlistedDebrisIsCaughtByItsShape) {
  // None of these is in a phrase list: the page talking to its reader, counters, players.
  EXPECT_EQ(group_of("Download our free app for breaking alerts"), RuleGroup::CallToAction);
  EXPECT_EQ(group_of("Thanks for signing up!"), RuleGroup::CallToAction);
  EXPECT_EQ(group_of("Was this article helpful?"), RuleGroup::CallToAction);
  EXPECT_EQ(group_of("214 comments"), RuleGroup::CallToAction);
  EXPECT_EQ(group_of("Image 3 of 12"), RuleGroup::Placeholder);
  EXPECT_EQ(group_of("0:00 / 4:32"), RuleGroup::Placeholder);
  EXPECT_EQ(group_of("Ann Lee/Harbour Pictures via Getty Images"), RuleGroup::Caption);
  EXPECT_EQ(group_of("Ann Lee is a reporter for the Coast Herald. Follow her on X @annlee"),
            RuleGroup::Byline);
  EXPECT_EQ(group_of("Porthcove 14\u00b0C"), RuleGroup::Widget);
  EXPECT_EQ(group_of("HARB 412.5 +1.25%"), RuleGroup::Widget);
  EXPECT_EQ(group_of("Tips? Write to desk@coastherald.example"), RuleGroup::CallToAction);
  EXPECT_EQ(group_of("Turn on notifications for flood alerts"), RuleGroup::CallToAction);
  EXPECT_EQ(group_of("(C) Coast Herald 2024"), RuleGroup::Legal);
  EXPECT_EQ(group_of("Last modified: 04/03/2024 09:15"), RuleGroup::Dateline);
  EXPECT_EQ(group_of("Ann Lee reports from Porthcove"), RuleGroup::Byline);
}

TEST(CleanDebrisRules, ProseAboutAppsStoriesAndSitesIsKept) {
  EXPECT_EQ(group_of("The app was downloaded two million times in its first week."), std::nullopt);
  EXPECT_EQ(group_of("What you need to know"), std::nullopt);
  EXPECT_EQ(group_of("(See page 4 for the full results)"), std::nullopt);
  EXPECT_EQ(group_of("Asymmetric Digital Subscriber Line broadband"), std::nullopt);
  EXPECT_EQ(group_of("Tuesday, 1 March"), std::nullopt);
  EXPECT_EQ(group_of("In terms of use of digital services, the region lags behind."), std::nullopt);
}

TEST(CleanDebrisRules, GroupsCanBeSwitchedOff) {
  const DebrisRules rules;
  const Probe p("Advertisement");
  RuleGroupSet without = RuleGroupSet::all();
  without.remove(RuleGroup::CookieAds);
  EXPECT_TRUE(rules.match(p.view(), RuleGroupSet::all()));
  EXPECT_FALSE(rules.match(p.view(), without));
}

}  // namespace
}  // namespace newspipe::clean
