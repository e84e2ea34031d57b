#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "dedup_stage.hpp"
#include "fake_context.hpp"
#include "newspipe/text/utf8.hpp"
#include "settings.hpp"

namespace {

using newspipe::Article;
using newspipe::Batch;
using newspipe::Value;
using newspipe::testing::FakeContext;

Article make(std::string id, std::string title, std::string text) {
  Article a;
  a.id = std::move(id);
  a.title = std::move(title);
  a.text = std::move(text);
  return a;
}

dedup::Settings mark_settings() {
  dedup::Settings s;
  s.mode = dedup::Mode::Mark;
  s.across_runs = false;
  return s;
}

// The surfaces of the repeats the stage reported, checked against their code-point offsets.
std::vector<std::string> marked(const Article& a) {
  std::vector<std::string> out;
  const Value* r = a.results.find("dedup");
  if (!r) return out;
  const newspipe::text::OffsetMap map(a.text);
  for (const Value& d : r->find("duplicates")->as_array()) {
    const auto b = map.to_byte(static_cast<std::size_t>(d.find("start")->as_int()));
    const auto e = map.to_byte(static_cast<std::size_t>(d.find("end")->as_int()));
    EXPECT_EQ(a.text.substr(b, e - b), d.find("text")->as_string());
    out.push_back(d.find("text")->as_string());
  }
  return out;
}

std::string of_id(const Article& a, std::size_t i) {
  return a.results.find("dedup")
      ->find("duplicates")
      ->as_array()[i]
      .find("of")
      ->find("id")
      ->as_string();
}

std::vector<Article> run_batches(dedup::DedupStage& stage, FakeContext& ctx,
                                 std::vector<Article> articles, std::size_t batch_size) {
  std::vector<Article> out;
  std::uint64_t index = 0;
  for (std::size_t b = 0; b < articles.size(); b += batch_size) {
    Batch batch;
    batch.first_index = index;
    for (std::size_t i = b; i < std::min(articles.size(), b + batch_size); ++i)
      batch.articles.push_back(articles[i]);
    stage.process_batch(batch, ctx);
    index += batch.articles.size();
    for (auto& a : batch.articles) out.push_back(std::move(a));
  }
  return out;
}

const char* kQuote =
    "\"The door stays open tonight, and they have to answer our proposals,\" the envoy said.";
const char* kQuoteReworded =
    "\u201cThe door stays open tonight, and they must answer our proposals,\u201d the envoy "
    "said.";

TEST(DedupStage, FindsAQuoteRepeatedInAnotherArticleWithOtherWording) {
  FakeContext ctx("dedup");
  dedup::DedupStage stage(mark_settings(), ctx);
  auto out =
      run_batches(stage, ctx,
                  {make("a1", "Envoy sets out demands",
                        std::string("Talks resumed in the capital on Monday.\n\n") + kQuote +
                            "\n\nNo date was set for the next round."),
                   make("a2", "Talks stall again",
                        std::string("Negotiators left the venue without a deal. ") +
                            kQuoteReworded + " Observers expect little progress before winter.")},
                  2);
  EXPECT_TRUE(marked(out[0]).empty());
  ASSERT_EQ(marked(out[1]), std::vector<std::string>{kQuoteReworded});
  EXPECT_EQ(of_id(out[1], 0), "a1");
  EXPECT_TRUE(out[1].results.find("dedup")->find("duplicate_of")->is_null());
}

TEST(DedupStage, QuoteCutDifferentlyInsideNewSentencesIsARepeat) {
  FakeContext ctx("dedup");
  dedup::DedupStage stage(mark_settings(), ctx);
  const std::string later_quote =
      "The door is open on our side, they have to walk through it with a real offer.";
  auto out = run_batches(
      stage, ctx,
      {make(
           "q1", "",
           "The minister spoke after the summit. \u201cWe set out our terms very plainly. The door "
           "is open on our side, they should come back to us with something,\u201d he said.\n\n"
           "He added that the army \u201cmust pull back its units, and right away \u2014 "
           "today,\u201d "
           "before talks resume."),
       make("q2", "",
            "Speaking to reporters in the northern port, the minister was blunt, adding: \u201c" +
                later_quote +
                "\u201d\n\nOn the border he said: \u201cIt is they who must pull back its units, "
                "and "
                "pull them back right away, today.\u201d"),
       make("q3", "",
            "\u201cIt is one of the best teams in the world and we respect them,\u201d the coach "
            "said.\n\n\u201cThey are one of the best teams in the world right now, so we will need "
            "our best game on Sunday,\u201d the captain said later.")},
      10);
  EXPECT_TRUE(marked(out[0]).empty());
  const auto m = marked(out[1]);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0], later_quote);
  EXPECT_EQ(m[1], "It is they who must pull back its units, and pull them back right away, today.");
  EXPECT_EQ(of_id(out[1], 0), "q1");
  // Two quotes sharing a stock phrase ("one of the best teams in the world") are different quotes.
  EXPECT_TRUE(marked(out[2]).empty());
}

// Drop mode: the entries of the result, as (text, kept) pairs, checking kept spans against the
// text.
std::vector<std::pair<std::string, bool>> dropped_entries(const Article& a) {
  std::vector<std::pair<std::string, bool>> out;
  const newspipe::text::OffsetMap map(a.text);
  for (const Value& d : a.results.find("dedup")->find("duplicates")->as_array()) {
    const bool kept = d.find("kept") != nullptr && d.find("kept")->as_bool();
    EXPECT_EQ(d.find("start") != nullptr, kept) << "only a kept repeat has a span";
    if (kept) {
      const auto b = map.to_byte(static_cast<std::size_t>(d.find("start")->as_int()));
      const auto e = map.to_byte(static_cast<std::size_t>(d.find("end")->as_int()));
      EXPECT_EQ(a.text.substr(b, e - b), d.find("text")->as_string());
    }
    out.emplace_back(d.find("text")->as_string(), kept);
  }
  return out;
}

TEST(DedupStage, DropModeLeavesNoBrokenSentenceAroundARepeatedQuotation) {
  FakeContext ctx("dedup");
  dedup::Settings s = mark_settings();
  s.mode = dedup::Mode::Drop;
  dedup::DedupStage stage(s, ctx);
  const std::string quote = "We will reopen the old bridge before the winter comes";
  auto out = run_batches(
      stage, ctx,
      {make("d1", "", "The mayor spoke at the town hall. She said: \u201c" + quote + ".\u201d"),
       // The quotation is a small part of a sentence that is otherwise new: the sentence stays.
       make("d2", "",
            "Crews worked through the night on the crossing, where the mayor had promised \"" +
                quote + "\" to the residents of both banks.\n\nTraffic is diverted meanwhile."),
       // The quotation is most of its sentence: the sentence goes, with its "he said".
       make("d3", "",
            "Engineers inspected the piers on Friday.\n\n\u201c" + quote +
                ",\u201d the deputy mayor told reporters. Traffic is diverted meanwhile.")},
      10);
  EXPECT_TRUE(dropped_entries(out[0]).empty());
  EXPECT_EQ(out[1].text,
            "Crews worked through the night on the crossing, where the mayor had promised \"" +
                quote + "\" to the residents of both banks.\n\nTraffic is diverted meanwhile.");
  using Entries = std::vector<std::pair<std::string, bool>>;
  EXPECT_EQ(dropped_entries(out[1]), (Entries{{quote, true}}));
  EXPECT_EQ(of_id(out[1], 0), "d1");
  EXPECT_EQ(out[2].text,
            "Engineers inspected the piers on Friday.\n\nTraffic is diverted meanwhile.");
  EXPECT_EQ(dropped_entries(out[2]),
            (Entries{{"\u201c" + quote + ",\u201d the deputy mayor told reporters.", false}}));
}

TEST(DedupStage, KeptQuotationIsPlacedInTheTextLeftAfterRemovals) {
  FakeContext ctx("dedup");
  dedup::Settings s = mark_settings();
  s.mode = dedup::Mode::Drop;
  dedup::DedupStage stage(s, ctx);
  const std::string repeated = "Shipping lines said it would take a week to clear the backlog.";
  const std::string quote = "the toughest winter for the harbour in thirty years";
  auto out = run_batches(
      stage, ctx,
      {make("k1", "", repeated + " The harbour master called it \u201c" + quote + ".\u201d"),
       make("k2", "",
            repeated + " Pilots at the \u00e9cluse called the season \u201c" + quote +
                "\u201d when they met on Monday.")},
      10);
  const std::string expected = "Pilots at the \u00e9cluse called the season \u201c" + quote +
                               "\u201d when they met on Monday.";
  EXPECT_EQ(out[1].text, expected);
  using Entries = std::vector<std::pair<std::string, bool>>;
  EXPECT_EQ(dropped_entries(out[1]), (Entries{{repeated, false}, {quote, true}}));
}

TEST(DedupStage, ParagraphUnitAndAParagraphLargerThanAnArenaBlock) {
  FakeContext ctx("dedup");
  dedup::Settings s = mark_settings();
  s.unit = dedup::Unit::Paragraph;
  dedup::DedupStage stage(s, ctx);
  std::string huge;
  for (int i = 0; huge.size() < (5u << 20); ++i) huge += "Word" + std::to_string(i) + " is here. ";
  huge.pop_back();
  const std::string para = "The port reopened on Monday after a week of repairs to the quay.";
  auto out = run_batches(
      stage, ctx,
      {make("p1", "", huge + "\n\n" + para),
       make("p2", "", "A new opening paragraph for this story.\n\n" + para), make("p3", "", huge)},
      10);
  EXPECT_EQ(marked(out[1]), std::vector<std::string>{para});
  EXPECT_EQ(marked(out[2]).size(), 1u);
  EXPECT_EQ(out[2].results.find("dedup")->find("duplicate_of")->as_string(), "p1");
}

TEST(DedupStage, TypoCopyAndRewrappedParagraphAreRepeats) {
  FakeContext ctx("dedup");
  dedup::DedupStage stage(mark_settings(), ctx);
  const std::string para =
      "The regional council approved a budget of 4.2 million crowns for the new library, which "
      "will open in the old customs house next spring.";
  const std::string wrapped =
      "The regional council approved a budget of 4.2 million crowns for the new\nlibrary, which "
      "will open in the old customs house next spring.";
  const std::string typo =
      "The regional councl approved a budget of 4.2 million crowns for the new libary, which "
      "will open in the old custmos house next spring.";
  auto out = run_batches(stage, ctx,
                         {make("s", "", "Opening lines of the source story today.\n\n" + para),
                          make("w", "", "A different opening line for this one.\n\n" + wrapped),
                          make("t", "", "Yet another opening line, unrelated.\n\n" + typo)},
                         10);
  EXPECT_EQ(marked(out[1]), std::vector<std::string>{wrapped});
  EXPECT_EQ(marked(out[2]), std::vector<std::string>{typo});
}

TEST(DedupStage, HardNegativesAreNotRepeats) {
  FakeContext ctx("dedup");
  dedup::DedupStage stage(mark_settings(), ctx);
  auto out = run_batches(
      stage, ctx,
      {make("n1", "", "The mayor said in a statement that the bridge would reopen on Monday."),
       make("n2", "", "The union said in a statement that its members would strike on Friday."),
       make("b1", "", "Shr 16 cts vs 11 cts\n\nNet 1,888,000 vs 1,307,000 on revenue of 7.3 mln"),
       make("b2", "", "Shr 42 cts vs 38 cts\n\nNet 2,713,912 vs 1,402,696 on revenue of 9.9 mln"),
       make("h1", "", "He said. She said. They agreed."),
       make("h2", "", "He said. She said. They agreed.")},
      10);
  for (const auto& a : out) EXPECT_TRUE(marked(a).empty()) << a.id;
}

TEST(DedupStage, HeadlineRepeatedAsFirstLineAndPullQuoteWithinTheArticle) {
  FakeContext ctx("dedup");
  dedup::DedupStage stage(mark_settings(), ctx);
  const std::string quote = "\"We will rebuild every school that the flood destroyed,\" she said.";
  auto out = run_batches(
      stage, ctx,
      {make("x", "Flood waters recede in river valley",
            "Flood waters recede in river valley\n\nResidents returned home on Sunday. " + quote +
                " Crews cleared the roads.\n\n" + quote)},
      1);
  const auto m = marked(out[0]);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0], "Flood waters recede in river valley");
  EXPECT_EQ(m[1], quote);
  EXPECT_EQ(of_id(out[0], 0), "x");
  EXPECT_TRUE(out[0].results.find("dedup")->find("duplicate_of")->is_null());
}

std::vector<Article> corpus() {
  return {make("c1", "Port strike ends",
               "Dock workers ended their strike after nine days of talks with the port authority. "
               "The deal raises wages by four percent over two years.\n\n"
               "Shipping lines said it would take a week to clear the backlog of containers."),
          make("c2", "Strike over",
               "Shipping lines said it would take a week to clear the backlog of containers.\n\n"
               "Exporters of fruit had warned of heavy losses during the stoppage."),
          make("c3", "Dock deal",
               "Dock workers ended their strike after nine days of talks with the port "
               "authority. The deal raises wages by 4 per cent over two years.\n\n"
               "Shipping lines said it would take a week to clear the backlog of containers."),
          make("c4", "Fruit exporters relieved",
               "Exporters of fruit had warned of heavy losses during the stoppage. Growers in "
               "the south said the harvest was mostly saved.")};
}

TEST(DedupStage, WholeDuplicateArticleIsNamedAndDroppedInDropMode) {
  FakeContext ctx("dedup");
  dedup::Settings s = mark_settings();
  s.mode = dedup::Mode::Drop;
  dedup::DedupStage stage(s, ctx);
  auto out = run_batches(stage, ctx, corpus(), 10);
  EXPECT_FALSE(out[0].dropped);
  EXPECT_FALSE(out[1].dropped);  // half of it repeats c1, half is new
  EXPECT_EQ(out[1].text, "Exporters of fruit had warned of heavy losses during the stoppage.");
  const Value& d1 = out[1].results.find("dedup")->find("duplicates")->as_array()[0];
  EXPECT_EQ(d1.find("start"), nullptr);
  EXPECT_EQ(d1.find("text")->as_string(),
            "Shipping lines said it would take a week to clear the backlog of containers.");
  EXPECT_TRUE(out[2].dropped);
  EXPECT_EQ(out[2].drop_reason, "duplicate");
  EXPECT_EQ(out[2].results.find("dedup")->find("duplicate_of")->as_string(), "c1");
  // Dropped whole, it keeps its text for the audit file; its repeats point into that text.
  EXPECT_EQ(out[2].text, corpus()[2].text);
  EXPECT_EQ(dropped_entries(out[2]).size(), 3u);
  for (const auto& [text, kept] : dropped_entries(out[2])) EXPECT_TRUE(kept) << text;
  EXPECT_EQ(out[3].text, "Growers in the south said the harvest was mostly saved.");
  EXPECT_EQ(ctx.counters["duplicate_articles"], 1);
}

TEST(DedupStage, MarkModeNamesTheWholeDuplicateButKeepsIt) {
  FakeContext ctx("dedup");
  dedup::DedupStage stage(mark_settings(), ctx);
  auto out = run_batches(stage, ctx, corpus(), 10);
  EXPECT_FALSE(out[2].dropped);
  EXPECT_EQ(out[2].results.find("dedup")->find("duplicate_of")->as_string(), "c1");
  EXPECT_EQ(marked(out[2]).size(), 3u);
  EXPECT_EQ(out[2].text, corpus()[2].text);
}

class ThreadedContext : public FakeContext {
 public:
  using FakeContext::FakeContext;
  unsigned threads() const override { return 4; }
  void parallel_for(std::size_t n, const std::function<void(std::size_t)>& fn) override {
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> pool;
    for (int t = 0; t < 4; ++t)
      pool.emplace_back([&] {
        for (std::size_t i; (i = next++) < n;) fn(i);
      });
    for (auto& th : pool) th.join();
  }
};

TEST(DedupStage, BatchBoundariesAndThreadCountChangeNothing) {
  FakeContext one("dedup");
  dedup::DedupStage a(mark_settings(), one);
  const auto whole = run_batches(a, one, corpus(), 100);
  ThreadedContext many("dedup");
  dedup::DedupStage b(mark_settings(), many);
  const auto split = run_batches(b, many, corpus(), 1);
  ASSERT_EQ(whole.size(), split.size());
  for (std::size_t i = 0; i < whole.size(); ++i) EXPECT_EQ(whole[i].results, split[i].results);
  EXPECT_EQ(marked(split[3]).size(), 1u);  // c4 repeats c2 from an earlier batch
}

TEST(DedupStage, ScopesCanBeTurnedOff) {
  FakeContext ctx("dedup");
  dedup::Settings s = mark_settings();
  s.across_run = false;
  dedup::DedupStage stage(s, ctx);
  auto out = run_batches(
      stage, ctx,
      {make("h", "Flood waters recede in river valley",
            "Flood waters recede in river valley\n\nResidents returned home on Sunday morning."),
       make("i", "", "Residents returned home on Sunday morning.")},
      10);
  EXPECT_EQ(marked(out[0]).size(), 1u);  // within the article: still on
  EXPECT_TRUE(marked(out[1]).empty());

  FakeContext ctx2("dedup");
  s = mark_settings();
  s.within_article = false;
  dedup::DedupStage stage2(s, ctx2);
  out = run_batches(
      stage2, ctx2,
      {make("h", "Flood waters recede in river valley",
            "Flood waters recede in river valley\n\nResidents returned home on Sunday morning."),
       make("i", "", "Residents returned home on Sunday morning.")},
      10);
  EXPECT_TRUE(marked(out[0]).empty());
  EXPECT_EQ(marked(out[1]).size(), 1u);
}

}  // namespace
