// Recognising poor picks: unterminated lines, questions, quotes without a speaker, datelines.
#include "sentence_kind.hpp"

#include <gtest/gtest.h>

#include <string>

namespace newspipe::summarize {
namespace {

TEST(SentenceKind, TerminatedSentencesEndInAStopPossiblyInsideQuotes) {
  EXPECT_TRUE(is_terminated("The bridge reopened."));
  EXPECT_TRUE(is_terminated("\u201cIt is open,\u201d she said. "));
  EXPECT_TRUE(is_terminated("\u201cIt is open.\u201d"));
  EXPECT_TRUE(is_terminated("(It reopened at noon.)"));
  EXPECT_TRUE(is_terminated("And then\u2026"));
  EXPECT_TRUE(is_terminated("<p>The bridge reopened.</p>"));
  EXPECT_FALSE(is_terminated("Bridge reopens after repairs"));
  EXPECT_FALSE(is_terminated("<img src=\"bridge.jpg\">"));
  EXPECT_FALSE(is_terminated("Related: the bridge in pictures:"));
  EXPECT_FALSE(is_terminated(""));
}

TEST(SentenceKind, Questions) {
  EXPECT_TRUE(is_question("Is the bridge safe?"));
  EXPECT_TRUE(is_question("\u201cIs it safe?\u201d"));
  EXPECT_FALSE(is_question("He asked whether it was safe."));
}

TEST(SentenceKind, QuotesAreBareUnlessAttributedOutsideTheQuotationMarks) {
  const auto bare = follow_quotes("\u201cWe told them to leave at once.\u201d", false);
  EXPECT_TRUE(bare.starts_inside);
  EXPECT_FALSE(bare.attributed) << "\"told\" inside the quote names no speaker";
  EXPECT_FALSE(bare.ends_inside);

  const auto said = follow_quotes("\u201cWe told them to leave,\u201d the mayor said.", false);
  EXPECT_TRUE(said.starts_inside);
  EXPECT_TRUE(said.attributed);

  const auto straight = follow_quotes("\"We left,\" residents said.", false);
  EXPECT_TRUE(straight.attributed);
  EXPECT_FALSE(straight.ends_inside);

  // A quotation running over several sentences: the middle one starts inside it.
  const auto opens = follow_quotes("\u201cWe left at dawn.", false);
  EXPECT_TRUE(opens.ends_inside);
  const auto middle = follow_quotes("Nobody came to help.", true);
  EXPECT_TRUE(middle.starts_inside);
  EXPECT_FALSE(middle.attributed);

  const auto narrative = follow_quotes("The mayor called the plan \u201ca disgrace\u201d.", false);
  EXPECT_FALSE(narrative.starts_inside);
}

TEST(SentenceKind, DebrisMarkers) {
  EXPECT_TRUE(is_debris_marker("image", "copyright"));
  EXPECT_TRUE(is_debris_marker("", "getty"));
  EXPECT_TRUE(is_debris_marker("read", "more"));
  EXPECT_TRUE(is_debris_marker("of", "cookies"));
  EXPECT_FALSE(is_debris_marker("", "more"));
  EXPECT_FALSE(is_debris_marker("", "cookies"));
  EXPECT_FALSE(is_debris_marker("the", "image"));
}

TEST(SentenceKind, CaptionsSayWhereSomeoneStands) {
  EXPECT_TRUE(has_caption_position("The mayor (left) and her deputy at the opening."));
  EXPECT_TRUE(has_caption_position("Ms Holt (pictured) won in 2019."));
  EXPECT_FALSE(has_caption_position("The party (which left the coalition) lost."));
}

TEST(SentenceKind, AgencyDatelines) {
  const std::string a = "(CNN)The storm hit at dawn.";
  EXPECT_EQ(a.substr(dateline_length(a)), "The storm hit at dawn.");
  const std::string b = "LONDON, England (Reuters) -- Shares fell on Monday.";
  EXPECT_EQ(b.substr(dateline_length(b)), "Shares fell on Monday.");
  const std::string c = "Washington (CNN) \u2014 The Senate voted.";
  EXPECT_EQ(c.substr(dateline_length(c)), "The Senate voted.");
  // A company with its ticker is the subject, not a dateline.
  EXPECT_EQ(dateline_length("Orvia (NYSE) rose 4% on Monday."), 0u);
  EXPECT_EQ(dateline_length("The storm (the worst in years) hit."), 0u);
}

}  // namespace
}  // namespace newspipe::summarize
