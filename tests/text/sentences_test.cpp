// Sentence segmentation on news-style text written for these tests.
#include "newspipe/text/sentences.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using newspipe::text::split_sentences;

std::vector<std::string> split(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& s : split_sentences(text))
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using Strings = std::vector<std::string>;

TEST(Sentences, PlainSentencesSplitAtFullStopQuestionAndExclamation) {
  EXPECT_EQ(split("The river rose. Roads closed! Who pays? Nobody knows."),
            (Strings{"The river rose.", "Roads closed!", "Who pays?", "Nobody knows."}));
}

TEST(Sentences, TitlesNeverEndASentence) {
  EXPECT_EQ(split("Mr. Halvorsen met Dr. Osei and Gen. Brandt. Sen. Loy declined."),
            (Strings{"Mr. Halvorsen met Dr. Osei and Gen. Brandt.", "Sen. Loy declined."}));
}

TEST(Sentences, CountryAbbreviationsContinueBeforeNamesAndEndBeforeOpeners) {
  EXPECT_EQ(split("The U.S. Treasury and the U.K. government agreed. Talks began in the U.S. "
                  "The deal follows."),
            (Strings{"The U.S. Treasury and the U.K. government agreed.", "Talks began in the U.S.",
                     "The deal follows."}));
}

TEST(Sentences, MonthsNumbersAndClockTimes) {
  EXPECT_EQ(split("The vote is on Jan. 12 at No. 10 Downing Street. It starts at 9 a.m. "
                  "Nobody expects a surprise."),
            (Strings{"The vote is on Jan. 12 at No. 10 Downing Street.", "It starts at 9 a.m.",
                     "Nobody expects a surprise."}));
}

TEST(Sentences, CapitalisedAcronymIsNoTitle) {
  EXPECT_EQ(split("The drug helps patients with MS. Approval came later."),
            (Strings{"The drug helps patients with MS.", "Approval came later."}));
}

TEST(Sentences, TitleRightAfterADatelineOrBracket) {
  EXPECT_EQ(split("(WNN)Sen. Maria Holt will retire. Spc. Dale Ruiz was promoted."),
            (Strings{"(WNN)Sen. Maria Holt will retire.", "Spc. Dale Ruiz was promoted."}));
}

TEST(Sentences, InitialsStayWithTheName) {
  EXPECT_EQ(split("The novel by J. R. Tolwen sold well. George W. Marsh reviewed it."),
            (Strings{"The novel by J. R. Tolwen sold well.", "George W. Marsh reviewed it."}));
}

TEST(Sentences, DecimalsAndMoneyDoNotSplit) {
  EXPECT_EQ(split("The euro fell to $1.2871 from 1.2974 dollars. Shares rose 3.5%."),
            (Strings{"The euro fell to $1.2871 from 1.2974 dollars.", "Shares rose 3.5%."}));
}

TEST(Sentences, ClosingQuotesAndBracketsBelongToTheSentence) {
  EXPECT_EQ(split("She said: \"We will win.\" The crowd cheered. (The count ended late.) "
                  "\u201cIt is over.\u201d Officials agreed."),
            (Strings{"She said: \"We will win.\"", "The crowd cheered.", "(The count ended late.)",
                     "\u201cIt is over.\u201d", "Officials agreed."}));
}

TEST(Sentences, QuotedQuestionWithItsSpeakerIsOneSentence) {
  EXPECT_EQ(split("\u201cWhy now?\u201d the mayor asked. \u201cNo!\u201d Mr Brandt shouted. "
                  "\u201cReally?\u201d The answer never came."),
            (Strings{"\u201cWhy now?\u201d the mayor asked.", "\u201cNo!\u201d Mr Brandt shouted.",
                     "\u201cReally?\u201d", "The answer never came."}));
}

TEST(Sentences, Ellipses) {
  EXPECT_EQ(
      split("He paused... and went on. Then silence\u2026 The end came... Later."),
      (Strings{"He paused... and went on.", "Then silence\u2026", "The end came...", "Later."}));
}

TEST(Sentences, HeadlinesAndListLinesWithoutFullStop) {
  const std::string text =
      "Floods close the valley road\n"
      "Residents told to stay at home\n\n"
      "The river burst its banks on Monday. Crews worked overnight.\n\n"
      "Read more\n"
      "Why the valley floods every spring\n"
      "How insurers price the risk";
  EXPECT_EQ(split(text),
            (Strings{"Floods close the valley road", "Residents told to stay at home",
                     "The river burst its banks on Monday.", "Crews worked overnight.", "Read more",
                     "Why the valley floods every spring", "How insurers price the risk"}));
}

TEST(Sentences, ParagraphsAreCountedAtBlankLines) {
  const std::string text = "First one. Second one.\n\n\nThird one.\n \nFourth one.";
  const auto s = split_sentences(text);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0].paragraph, 0u);
  EXPECT_EQ(s[1].paragraph, 0u);
  EXPECT_EQ(s[2].paragraph, 1u);
  EXPECT_EQ(s[3].paragraph, 2u);
}

TEST(Sentences, HardWrappedLinesJoinWhenTheSentenceRunsOn) {
  EXPECT_EQ(split("The company said it\nexpected profits to rise,\nAnalysts said. It did."),
            (Strings{"The company said it\nexpected profits to rise,\nAnalysts said.", "It did."}));
}

TEST(Sentences, AWrappedParagraphIsReadAsOneStreamEvenWhereALineStartsWithAName) {
  EXPECT_EQ(split("Photo: Lena Marsh\n"
                  "ORTON, March 3 - Kelda Bancorp said it has\n"
                  "filed a registration with the Securities and Exchange\n"
                  "Commission for up to 1.5 billion dlrs of debt. It\n"
                  "gave no reason."),
            (Strings{"Photo: Lena Marsh",
                     "ORTON, March 3 - Kelda Bancorp said it has\nfiled a registration with the "
                     "Securities and Exchange\nCommission for up to 1.5 billion dlrs of debt.",
                     "It\ngave no reason."}));
}

TEST(Sentences, LowerCaseAfterStopContinues) {
  EXPECT_EQ(split("Prices rose vs. last year, e.g. in food. Wages did not."),
            (Strings{"Prices rose vs. last year, e.g. in food.", "Wages did not."}));
}

TEST(Sentences, RangesHaveNoSurroundingWhiteSpaceAndIgnoreEmptyText) {
  EXPECT_TRUE(split_sentences("").empty());
  EXPECT_TRUE(split_sentences(" \n\n\t ").empty());
  const std::string text = "  \u00a0One here.   Two here.  \n";
  EXPECT_EQ(split(text), (Strings{"One here.", "Two here."}));
}

TEST(Sentences, CodePointOffsetsCountNonAsciiCharactersOnce) {
  const std::string text =
      "Zo\u00eb Kri\u017e met \u00c9lodie. \u201cNa\u00efve?\u201d Yes. \u65e5\u672c rose.";
  const auto spans = newspipe::text::to_code_points(text, split_sentences(text));
  ASSERT_EQ(spans.size(), 4u);
  // In code points: "Zoë Križ met Élodie." is 20 long; then a space.
  EXPECT_EQ(spans[0].start, 0u);
  EXPECT_EQ(spans[0].end, 20u);
  EXPECT_EQ(spans[1].start, 21u);
  EXPECT_EQ(spans[1].end, 29u);  // “Naïve?” is 8 code points
  EXPECT_EQ(spans[2].start, 30u);
  EXPECT_EQ(spans[2].end, 34u);
  EXPECT_EQ(spans[3].start, 35u);
  EXPECT_EQ(spans[3].end, 43u);
}

TEST(Sentences, NonAsciiCapitalStartsANewSentence) {
  EXPECT_EQ(split("It rained. \u00c9lodie stayed in."),
            (Strings{"It rained.", "\u00c9lodie stayed in."}));
}

}  // namespace
