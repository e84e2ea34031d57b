#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "dedup_stage.hpp"
#include "fake_context.hpp"
#include "history_index.hpp"
#include "key_filter.hpp"
#include "settings.hpp"

namespace {

namespace fs = std::filesystem;
using newspipe::Article;
using newspipe::Batch;
using newspipe::Value;
using newspipe::testing::FakeContext;

class StateFolder : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("dedup-test-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }
  fs::path root_;
};

Article make(std::string id, std::string text) {
  Article a;
  a.id = std::move(id);
  a.text = std::move(text);
  return a;
}

std::vector<Article> night() {
  return {make("n-1",
               "The observatory recorded the brightest comet in twenty years on Friday night.\n\n"
               "Astronomers asked the public to report sightings through the new website."),
          make("n-2",
               "Farmers in the valley began the grape harvest two weeks earlier than usual.\n\n"
               "A warm spring and a dry summer were blamed for the early start.")};
}

dedup::Settings history_settings() {
  dedup::Settings s;
  s.mode = dedup::Mode::Mark;
  return s;
}

// Runs one night through a fresh stage; `finish` says whether the run completes.
std::vector<Article> run_night(const fs::path& root, const std::string& run_id,
                               std::vector<Article> articles, const dedup::Settings& s,
                               bool finish = true) {
  FakeContext ctx("dedup", root, run_id);
  dedup::DedupStage stage(s, ctx);
  Batch batch;
  batch.articles = std::move(articles);
  stage.process_batch(batch, ctx);
  if (finish) stage.finish(ctx);
  return std::move(batch.articles);
}

std::size_t repeats(const Article& a) {
  return a.results.find("dedup")->find("duplicates")->as_array().size();
}

TEST_F(StateFolder, SecondRunFindsEveryPassageOfTheFirst) {
  auto first = run_night(root_, "run-1", night(), history_settings());
  for (const auto& a : first) EXPECT_EQ(repeats(a), 0u);
  auto second = run_night(root_, "run-2", night(), history_settings());
  for (const auto& a : second) {
    ASSERT_EQ(repeats(a), 2u) << a.id;
    for (const Value& d : a.results.find("dedup")->find("duplicates")->as_array()) {
      EXPECT_EQ(d.find("of")->find("id")->as_string(), a.id);
      EXPECT_EQ(d.find("of")->find("run")->as_string(), "run-1");
    }
    EXPECT_EQ(a.results.find("dedup")->find("duplicate_of")->as_string(), a.id);
  }
}

TEST_F(StateFolder, EditedCopyOnALaterNightIsFound) {
  run_night(root_, "run-1", night(), history_settings());
  auto second = run_night(
      root_, "run-2",
      {make("m-1",
            "An unrelated first paragraph about the city council budget vote.\n\n"
            "Farmers in the valley started the grape harvest two weeks earlier than usual.")},
      history_settings());
  ASSERT_EQ(repeats(second[0]), 1u);
  EXPECT_EQ(second[0]
                .results.find("dedup")
                ->find("duplicates")
                ->as_array()[0]
                .find("of")
                ->find("id")
                ->as_string(),
            "n-2");
}

TEST_F(StateFolder, ReadOnlyRunLeavesTheIndexAsItWas) {
  dedup::Settings ro = history_settings();
  ro.read_only = true;
  run_night(root_, "run-1", night(), ro);
  auto second = run_night(root_, "run-2", night(), history_settings());
  for (const auto& a : second) EXPECT_EQ(repeats(a), 0u);
  // The index written by run-2 is consulted by a read-only run-3 and stays as it was.
  auto third = run_night(root_, "run-3", night(), ro);
  for (const auto& a : third) EXPECT_EQ(repeats(a), 2u);
  std::string error;
  auto index = dedup::HistoryIndex::open(root_ / "dedup" / "passages.sqlite", true, error);
  ASSERT_TRUE(index) << error;
  EXPECT_EQ(index->passage_count(), 4);
}

TEST_F(StateFolder, ARunThatNeverFinishesRecordsNothing) {
  run_night(root_, "run-1", night(), history_settings(), /*finish=*/false);
  auto second = run_night(root_, "run-2", night(), history_settings());
  for (const auto& a : second) EXPECT_EQ(repeats(a), 0u);
}

TEST_F(StateFolder, KilledInTheMiddleOfWritingThenAGoodRun) {
  run_night(root_, "run-1", night(), history_settings());
  const fs::path file = root_ / "dedup" / "passages.sqlite";
  // A child process starts writing a run's passages and dies before committing.
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    sqlite3* db = nullptr;
    sqlite3_open(file.c_str(), &db);
    sqlite3_exec(db,
                 "BEGIN IMMEDIATE; INSERT INTO runs (run_id, day, first_passage) VALUES "
                 "('killed', 0, 100); INSERT INTO passages (id, fingerprint, run, article, text) "
                 "SELECT id + 1000, fingerprint + 1, run, 'ghost', text FROM passages;",
                 nullptr, nullptr, nullptr);
    ::_exit(0);  // no COMMIT, no close: as if killed
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  auto good = run_night(root_, "run-3",
                        {make("g-1",
                              "Volunteers planted four hundred oak trees along the river bank on "
                              "Saturday.")},
                        history_settings());
  EXPECT_EQ(repeats(good[0]), 0u);
  auto check = run_night(root_, "run-4", night(), history_settings());
  for (const auto& a : check) EXPECT_EQ(repeats(a), 2u);

  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
  auto scalar = [&](const char* sql) {
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
    std::string v;
    if (sqlite3_step(st) == SQLITE_ROW)
      v = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    return v;
  };
  EXPECT_EQ(scalar("PRAGMA integrity_check"), "ok");
  EXPECT_EQ(scalar("SELECT count(*) FROM passages WHERE article = 'ghost'"), "0");
  EXPECT_EQ(scalar("SELECT count(*) FROM runs WHERE run_id = 'killed'"), "0");
  EXPECT_EQ(scalar("SELECT count(*) FROM passages"), "5");  // run-1: 4, run-3: 1, run-4: none new
  sqlite3_close(db);
}

TEST_F(StateFolder, RetentionForgetsOldRuns) {
  std::string error;
  auto index = dedup::HistoryIndex::open(root_ / "passages.sqlite", false, error);
  ASSERT_TRUE(index) << error;
  dedup::BandKeys keys{};
  keys.fill(7);
  std::vector<dedup::NewPassage> old_run = {{11, keys, "old", "an old passage of text"}};
  std::vector<dedup::NewPassage> new_run = {{22, keys, "new", "a new passage of text"}};
  ASSERT_FALSE(index->commit("r-old", 1000, old_run, 30));
  ASSERT_FALSE(index->commit("r-mid", 1020, {}, 30));
  EXPECT_TRUE(index->find_exact(11));  // 20 days later: still inside the window
  ASSERT_FALSE(index->commit("r-new", 1040, new_run, 30));
  EXPECT_FALSE(index->find_exact(11));  // 40 days later: forgotten
  ASSERT_TRUE(index->find_exact(22));
  EXPECT_EQ(index->find_exact(22)->run, "r-new");
  std::vector<std::int64_t> c;
  index->candidates(keys, 8, c);
  EXPECT_EQ(c.size(), 1u);  // the old passage's band keys went with it
  EXPECT_EQ(index->passage_count(), 1);
}

TEST_F(StateFolder, RetentionZeroKeepsEverything) {
  std::string error;
  auto index = dedup::HistoryIndex::open(root_ / "passages.sqlite", false, error);
  ASSERT_TRUE(index) << error;
  dedup::BandKeys keys{};
  ASSERT_FALSE(index->commit("r1", 1, {{11, keys, "a", "some passage text here"}}, 0));
  ASSERT_FALSE(index->commit("r2", 5000, {{22, keys, "b", "other passage text here"}}, 0));
  EXPECT_TRUE(index->find_exact(11));
}

// Runs bringing more keys than the filter has room for (the first run's filter is sized for an
// empty index): the filter saved after each commit must still hold every key of every run.
TEST_F(StateFolder, FilterOutgrownByARunHoldsEveryKey) {
  const fs::path file = root_ / "passages.sqlite";
  std::string error;
  auto index = dedup::HistoryIndex::open(file, false, error);
  ASSERT_TRUE(index) << error;
  std::vector<std::uint64_t> all_keys;
  std::uint64_t next = 1;
  for (int run = 0; run < 3; ++run) {
    std::vector<std::string> texts;
    std::vector<dedup::NewPassage> passages;
    for (int i = 0; i < 3000; ++i) texts.push_back("passage " + std::to_string(next + i));
    for (int i = 0; i < 3000; ++i, ++next) {
      dedup::BandKeys keys;
      for (auto& k : keys)
        k = (next * 7 + static_cast<std::uint64_t>(&k - keys.data())) * 0x9e3779b97f4a7c15ULL;
      const std::uint64_t fingerprint = next * 0xc2b2ae3d27d4eb4fULL;
      all_keys.push_back(fingerprint);
      all_keys.insert(all_keys.end(), keys.begin(), keys.end());
      passages.push_back({fingerprint, keys, "a", texts[static_cast<std::size_t>(i)], {}});
    }
    ASSERT_FALSE(index->commit("run-" + std::to_string(run), 1, passages, 0));
    const auto filter = dedup::KeyFilter::load(file.string() + ".filter");
    ASSERT_TRUE(filter);
    for (std::uint64_t key : all_keys) ASSERT_TRUE(filter->may_contain(key)) << "run " << run;
  }
  EXPECT_TRUE(index->find_exact(1 * 0xc2b2ae3d27d4eb4fULL));
  EXPECT_TRUE(index->find_exact((next - 1) * 0xc2b2ae3d27d4eb4fULL));
}

TEST_F(StateFolder, ReadOnlyOpenOfAMissingIndexIsEmpty) {
  std::string error;
  auto index = dedup::HistoryIndex::open(root_ / "none.sqlite", true, error);
  ASSERT_TRUE(index) << error;
  EXPECT_FALSE(index->find_exact(1));
  EXPECT_FALSE(fs::exists(root_ / "none.sqlite"));
}

}  // namespace

namespace {

std::vector<Article> other_night() {
  return {make("o-1",
               "The city library will stay open until midnight during the exam weeks.\n\n"
               "Students had collected four thousand signatures for the longer hours.")};
}

std::size_t total_repeats(const std::vector<Article>& articles) {
  std::size_t n = 0;
  for (const auto& a : articles) n += repeats(a);
  return n;
}

TEST(KeyFilter, HoldsEveryKeyAddedAndRulesOutMostOthers) {
  dedup::KeyFilter f(10000);
  for (std::uint64_t k = 1; k <= 10000; ++k) f.add(k * 0x9e3779b97f4a7c15ULL);
  for (std::uint64_t k = 1; k <= 10000; ++k) EXPECT_TRUE(f.may_contain(k * 0x9e3779b97f4a7c15ULL));
  int false_positives = 0;
  for (std::uint64_t k = 1; k <= 10000; ++k) false_positives += f.may_contain(k * 31 + 7);
  EXPECT_LT(false_positives, 500);  // about 1 % expected at this load
}

TEST_F(StateFolder, FilterFollowsTheIndexAndAStaleOneIsRebuilt) {
  const fs::path filter = root_ / "dedup" / "passages.sqlite.filter";
  run_night(root_, "run-1", night(), history_settings());
  ASSERT_TRUE(fs::exists(filter));
  {
    std::string error;
    auto index = dedup::HistoryIndex::open(root_ / "dedup" / "passages.sqlite", true, error);
    ASSERT_TRUE(index) << error;
    EXPECT_TRUE(index->filtered());
  }
  fs::copy_file(filter, root_ / "after-run-1.filter");
  run_night(root_, "run-2", other_night(), history_settings());
  // As if run-2 had been killed after committing the index but before replacing the filter: the
  // old filter does not know run-2's passages, and must not hide them.
  fs::copy_file(root_ / "after-run-1.filter", filter, fs::copy_options::overwrite_existing);
  dedup::Settings ro = history_settings();
  ro.read_only = true;
  EXPECT_EQ(total_repeats(run_night(root_, "run-3", other_night(), ro)), 2u);
  EXPECT_EQ(total_repeats(run_night(root_, "run-3", night(), ro)), 4u);
  // A damaged filter file is not trusted either.
  { std::ofstream(filter, std::ios::trunc) << "not a filter"; }
  EXPECT_EQ(total_repeats(run_night(root_, "run-4", other_night(), history_settings())), 2u);
  EXPECT_EQ(total_repeats(run_night(root_, "run-5", night(), ro)), 4u);
}

}  // namespace
