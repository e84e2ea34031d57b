#include "history_index.hpp"

#include <sqlite3.h>

#include <algorithm>

namespace dedup {

namespace {

constexpr int kSchemaVersion = 1;

std::string layout_tag() {
  return "v" + std::to_string(kSchemaVersion) + " bins=" + std::to_string(kBins) +
         " rows=" + std::to_string(kRowsPerBand);
}

bool exec(sqlite3* db, const char* sql, std::string& error) {
  char* msg = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
    error = msg ? msg : sqlite3_errmsg(db);
    sqlite3_free(msg);
    return false;
  }
  return true;
}

struct Statement {
  sqlite3_stmt* st = nullptr;
  ~Statement() { sqlite3_finalize(st); }
};

// SQLite integers are signed: store the 64-bit hashes bit for bit.
inline sqlite3_int64 as_sql(std::uint64_t v) { return static_cast<sqlite3_int64>(v); }

const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY,
  run_id TEXT NOT NULL UNIQUE,
  day INTEGER NOT NULL,
  first_passage INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS passages (
  id INTEGER PRIMARY KEY,
  fingerprint INTEGER NOT NULL,
  run INTEGER NOT NULL,
  article TEXT NOT NULL,
  text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS passages_by_fingerprint ON passages (fingerprint, id);
CREATE TABLE IF NOT EXISTS band_keys (
  key INTEGER NOT NULL,
  passage INTEGER NOT NULL,
  PRIMARY KEY (key, passage)) WITHOUT ROWID;
)sql";

}  // namespace

HistoryIndex::~HistoryIndex() {
  sqlite3_finalize(find_fp_);
  sqlite3_finalize(find_key_);
  sqlite3_finalize(find_bands_);
  sqlite3_finalize(get_passage_);
  if (db_) sqlite3_close(db_);
}

std::unique_ptr<HistoryIndex> HistoryIndex::open(const std::filesystem::path& file, bool read_only,
                                                 std::string& error) {
  std::unique_ptr<HistoryIndex> index(new HistoryIndex());
  index->read_only_ = read_only;
  std::error_code ec;
  if (read_only && !std::filesystem::exists(file, ec)) return index;  // nothing seen yet
  const int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (sqlite3_open_v2(file.c_str(), &index->db_, flags, nullptr) != SQLITE_OK) {
    error = "cannot open the dedup index " + file.string() + ": " +
            (index->db_ ? sqlite3_errmsg(index->db_) : "out of memory");
    return nullptr;
  }
  sqlite3_busy_timeout(index->db_, 10000);
  sqlite3* db = index->db_;
  // WAL: a reader never blocks on the nightly writer, and a killed writer's partial transaction
  // is simply never seen. synchronous=NORMAL is still atomic and consistent in WAL mode.
  if (!read_only) {
    if (!exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", error) ||
        !exec(db, kSchema, error)) {
      error = "cannot set up the dedup index " + file.string() + ": " + error;
      return nullptr;
    }
  }
  exec(db, "PRAGMA cache_size=-65536;", error);  // 64 MiB of page cache
  // Refuse an index written with another signature layout: its band keys would never match.
  {
    Statement st;
    if (sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key='layout'", -1, &st.st, nullptr) !=
        SQLITE_OK) {
      error = "the dedup index " + file.string() + " is not readable: " + sqlite3_errmsg(db);
      return nullptr;
    }
    if (sqlite3_step(st.st) == SQLITE_ROW) {
      const std::string stored = reinterpret_cast<const char*>(sqlite3_column_text(st.st, 0));
      if (stored != layout_tag()) {
        error = "the dedup index " + file.string() + " has layout '" + stored +
                "' but this plugin writes '" + layout_tag() +
                "': move the file away to start a new index";
        return nullptr;
      }
    } else if (!read_only) {
      const std::string sql = "INSERT INTO meta VALUES ('layout', '" + layout_tag() + "')";
      if (!exec(db, sql.c_str(), error)) return nullptr;
    }
  }
  if (!index->prepare_statements(error)) {
    error = "the dedup index " + file.string() + " is not usable: " + error;
    return nullptr;
  }
  index->filter_file_ = file.string() + ".filter";
  index->open_filter();
  return index;
}

std::optional<IndexStamp> HistoryIndex::read_stamp() {
  Statement st;
  if (sqlite3_prepare_v2(db_,
                         "SELECT coalesce(min(id), 0), coalesce(max(id), 0), "
                         "(SELECT coalesce(max(id), 0) FROM runs) FROM passages",
                         -1, &st.st, nullptr) != SQLITE_OK ||
      sqlite3_step(st.st) != SQLITE_ROW)
    return std::nullopt;
  return IndexStamp{sqlite3_column_int64(st.st, 0), sqlite3_column_int64(st.st, 1),
                    sqlite3_column_int64(st.st, 2)};
}

void HistoryIndex::open_filter() {
  filter_.reset();
  const auto stamp = read_stamp();
  if (!stamp) return;
  if (auto f = KeyFilter::load(filter_file_); f && f->stamp == *stamp) {
    filter_ = std::move(f);
    return;
  }
  if (build_filter(0) && !read_only_) filter_->save(filter_file_);
}

bool HistoryIndex::build_filter(std::uint64_t extra_capacity) {
  filter_.reset();
  // One snapshot for the stamp and the keys.
  std::string ignored;
  const bool own_transaction = !reading_ && exec(db_, "BEGIN DEFERRED", ignored);
  auto done = [&](bool ok) {
    if (own_transaction) exec(db_, "COMMIT", ignored);
    if (!ok) filter_.reset();
    return ok;
  };
  const auto stamp = read_stamp();
  if (!stamp) return done(false);
  std::uint64_t keys = 0;
  {
    Statement st;
    if (sqlite3_prepare_v2(db_,
                           "SELECT (SELECT count(*) FROM passages) + "
                           "(SELECT count(*) FROM band_keys)",
                           -1, &st.st, nullptr) != SQLITE_OK ||
        sqlite3_step(st.st) != SQLITE_ROW)
      return done(false);
    keys = static_cast<std::uint64_t>(sqlite3_column_int64(st.st, 0));
  }
  // Room for growth: the filter is extended at each commit and rebuilt once it is full.
  filter_.emplace(2 * (keys + extra_capacity));
  filter_->stamp = *stamp;
  for (const char* sql : {"SELECT fingerprint FROM passages", "SELECT key FROM band_keys"}) {
    Statement st;
    if (sqlite3_prepare_v2(db_, sql, -1, &st.st, nullptr) != SQLITE_OK) return done(false);
    int rc;
    while ((rc = sqlite3_step(st.st)) == SQLITE_ROW)
      filter_->add(static_cast<std::uint64_t>(sqlite3_column_int64(st.st, 0)));
    if (rc != SQLITE_DONE) return done(false);
  }
  return done(true);
}

bool HistoryIndex::prepare_statements(std::string& error) {
  const char* fp_sql =
      "SELECT p.id, p.article, r.run_id, p.text FROM passages p JOIN runs r ON r.id = p.run "
      "WHERE p.fingerprint = ? ORDER BY p.id LIMIT 1";
  const char* key_sql = "SELECT passage FROM band_keys WHERE key = ? ORDER BY passage DESC LIMIT ?";
  // All bands of a passage in one statement: one trip through SQLite's VM instead of one per band.
  std::string bands_sql = "SELECT passage FROM band_keys WHERE key IN (?";
  for (int b = 1; b < kBands; ++b) bands_sql += ",?";
  bands_sql += ") LIMIT ?";
  const char* get_sql =
      "SELECT p.id, p.article, r.run_id, p.text FROM passages p JOIN runs r ON r.id = p.run "
      "WHERE p.id = ?";
  if (sqlite3_prepare_v2(db_, fp_sql, -1, &find_fp_, nullptr) != SQLITE_OK ||
      sqlite3_prepare_v2(db_, key_sql, -1, &find_key_, nullptr) != SQLITE_OK ||
      sqlite3_prepare_v2(db_, bands_sql.c_str(), -1, &find_bands_, nullptr) != SQLITE_OK ||
      sqlite3_prepare_v2(db_, get_sql, -1, &get_passage_, nullptr) != SQLITE_OK) {
    error = sqlite3_errmsg(db_);
    return false;
  }
  return true;
}

std::optional<HistoryPassage> HistoryIndex::read_passage(sqlite3_stmt* st) {
  std::optional<HistoryPassage> out;
  if (sqlite3_step(st) == SQLITE_ROW) {
    HistoryPassage p;
    p.id = sqlite3_column_int64(st, 0);
    p.article = reinterpret_cast<const char*>(sqlite3_column_text(st, 1));
    p.run = reinterpret_cast<const char*>(sqlite3_column_text(st, 2));
    p.text = reinterpret_cast<const char*>(sqlite3_column_text(st, 3));
    out = std::move(p);
  }
  sqlite3_reset(st);
  return out;
}

std::optional<HistoryPassage> HistoryIndex::find_exact(std::uint64_t fingerprint) {
  if (!db_ || !may_contain(fingerprint)) return std::nullopt;
  sqlite3_bind_int64(find_fp_, 1, as_sql(fingerprint));
  return read_passage(find_fp_);
}

std::optional<HistoryPassage> HistoryIndex::passage(std::int64_t id) {
  if (!db_) return std::nullopt;
  sqlite3_bind_int64(get_passage_, 1, id);
  return read_passage(get_passage_);
}

void HistoryIndex::candidates(std::span<const std::uint64_t> keys, int per_key,
                              std::vector<std::int64_t>& out) {
  out.clear();
  if (!db_) return;
  for (std::uint64_t key : keys) {
    if (key == kNoBand || !may_contain(key)) continue;
    sqlite3_bind_int64(find_key_, 1, as_sql(key));
    sqlite3_bind_int(find_key_, 2, per_key);
    while (sqlite3_step(find_key_) == SQLITE_ROW) out.push_back(sqlite3_column_int64(find_key_, 0));
    sqlite3_reset(find_key_);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

void HistoryIndex::begin_reading() {
  if (!db_ || reading_) return;
  std::string ignored;
  reading_ = exec(db_, "BEGIN DEFERRED", ignored);
}

void HistoryIndex::end_reading() {
  if (!db_ || !reading_) return;
  std::string ignored;
  exec(db_, "COMMIT", ignored);
  reading_ = false;
}

void HistoryIndex::band_candidates(const BandKeys& keys, int limit,
                                   std::vector<std::int64_t>& out) {
  out.clear();
  if (!db_) return;
  // Only the keys the filter cannot rule out are asked for (a ruled-out key is bound as kNoBand,
  // which is never stored); with none left, SQLite is not asked at all.
  bool any = false;
  for (int b = 0; b < kBands; ++b) {
    const bool ask = keys[b] != kNoBand && may_contain(keys[b]);
    any = any || ask;
    sqlite3_bind_int64(find_bands_, b + 1, as_sql(ask ? keys[b] : kNoBand));
  }
  if (!any) return;
  sqlite3_bind_int(find_bands_, kBands + 1, limit);
  while (sqlite3_step(find_bands_) == SQLITE_ROW)
    out.push_back(sqlite3_column_int64(find_bands_, 0));
  sqlite3_reset(find_bands_);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

std::int64_t HistoryIndex::passage_count() {
  if (!db_) return 0;
  Statement st;
  if (sqlite3_prepare_v2(db_, "SELECT count(*) FROM passages", -1, &st.st, nullptr) != SQLITE_OK)
    return 0;
  return sqlite3_step(st.st) == SQLITE_ROW ? sqlite3_column_int64(st.st, 0) : 0;
}

std::optional<std::string> HistoryIndex::commit(std::string_view run_id, std::int64_t day,
                                                const std::vector<NewPassage>& passages,
                                                std::int64_t retention_days) {
  if (!db_ || read_only_) return "the dedup index is open read-only";
  end_reading();
  std::string error;
  if (!exec(db_, "BEGIN IMMEDIATE", error)) return "cannot start writing the dedup index: " + error;
  auto fail = [&](const std::string& what) -> std::optional<std::string> {
    std::string ignored;
    exec(db_, "ROLLBACK", ignored);
    return what + ": " + sqlite3_errmsg(db_);
  };
  // The filter can be extended only if it describes the index as this transaction finds it.
  const auto stamp_before = read_stamp();
  const bool filter_in_step = filter_ && stamp_before && filter_->stamp == *stamp_before;
  std::uint64_t added = 0;
  for (const NewPassage& p : passages) added += 1 + (p.runs.empty() ? kBands : p.runs.size());
  // A filter without room for this run's keys (the first run's, sized for an empty index) is
  // rebuilt now, from the index as this transaction finds it, and the run's keys are added after
  // the commit as for any other run: rebuilt after the commit, it read back every key just written.
  const bool filter_ready =
      (filter_in_step && filter_->count() + added <= filter_->capacity()) || build_filter(added);
  std::int64_t first_passage = 1;
  {
    Statement st;
    if (sqlite3_prepare_v2(db_, "SELECT coalesce(max(id), 0) + 1 FROM passages", -1, &st.st,
                           nullptr) != SQLITE_OK ||
        sqlite3_step(st.st) != SQLITE_ROW)
      return fail("cannot read the dedup index");
    first_passage = sqlite3_column_int64(st.st, 0);
  }
  std::int64_t run_row = 0;
  {
    Statement ins, sel;
    if (sqlite3_prepare_v2(
            db_, "INSERT OR IGNORE INTO runs (run_id, day, first_passage) VALUES (?, ?, ?)", -1,
            &ins.st, nullptr) != SQLITE_OK)
      return fail("cannot record the run in the dedup index");
    sqlite3_bind_text(ins.st, 1, run_id.data(), static_cast<int>(run_id.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(ins.st, 2, day);
    sqlite3_bind_int64(ins.st, 3, first_passage);
    if (sqlite3_step(ins.st) != SQLITE_DONE)
      return fail("cannot record the run in the dedup index");
    if (sqlite3_prepare_v2(db_, "SELECT id FROM runs WHERE run_id = ?", -1, &sel.st, nullptr) !=
        SQLITE_OK)
      return fail("cannot record the run in the dedup index");
    sqlite3_bind_text(sel.st, 1, run_id.data(), static_cast<int>(run_id.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(sel.st) != SQLITE_ROW) return fail("cannot record the run in the dedup index");
    run_row = sqlite3_column_int64(sel.st, 0);
  }
  {
    Statement ins_p, ins_k;
    if (sqlite3_prepare_v2(db_,
                           "INSERT INTO passages (id, fingerprint, run, article, text) "
                           "VALUES (?, ?, ?, ?, ?)",
                           -1, &ins_p.st, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(db_, "INSERT OR IGNORE INTO band_keys (key, passage) VALUES (?, ?)", -1,
                           &ins_k.st, nullptr) != SQLITE_OK)
      return fail("cannot write the dedup index");
    std::int64_t id = first_passage;
    std::vector<std::pair<std::uint64_t, std::int64_t>> band_rows;
    band_rows.reserve(passages.size() * kBands);
    // Ids are given in fingerprint order (any order within one run will do for retention), so
    // that the fingerprint index too is filled in order.
    std::vector<std::uint32_t> order(passages.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
      return as_sql(passages[a].fingerprint) < as_sql(passages[b].fingerprint);
    });
    for (std::uint32_t index : order) {
      const NewPassage& p = passages[index];
      sqlite3_bind_int64(ins_p.st, 1, id);
      sqlite3_bind_int64(ins_p.st, 2, as_sql(p.fingerprint));
      sqlite3_bind_int64(ins_p.st, 3, run_row);
      sqlite3_bind_text(ins_p.st, 4, p.article.data(), static_cast<int>(p.article.size()),
                        SQLITE_STATIC);
      sqlite3_bind_text(ins_p.st, 5, p.text.data(), static_cast<int>(p.text.size()), SQLITE_STATIC);
      if (sqlite3_step(ins_p.st) != SQLITE_DONE) return fail("cannot write the dedup index");
      sqlite3_reset(ins_p.st);
      const std::span<const std::uint64_t> keys =
          p.runs.empty() ? std::span<const std::uint64_t>(p.keys) : p.runs;
      for (std::uint64_t key : keys) {
        if (key != kNoBand) band_rows.emplace_back(key, id);
      }
      ++id;
    }
    // In key order the B-tree is filled page by page instead of at random places: a night's
    // commit touches each page once.
    std::sort(band_rows.begin(), band_rows.end(), [](const auto& a, const auto& b) {
      return as_sql(a.first) != as_sql(b.first) ? as_sql(a.first) < as_sql(b.first)
                                                : a.second < b.second;
    });
    for (const auto& [key, passage] : band_rows) {
      sqlite3_bind_int64(ins_k.st, 1, as_sql(key));
      sqlite3_bind_int64(ins_k.st, 2, passage);
      if (sqlite3_step(ins_k.st) != SQLITE_DONE) return fail("cannot write the dedup index");
      sqlite3_reset(ins_k.st);
    }
  }
  if (retention_days > 0) {
    // Runs are appended in time order, so everything older than the retention window is a prefix
    // of the passage ids: one range delete per table.
    Statement st;
    if (sqlite3_prepare_v2(db_, "SELECT coalesce(min(first_passage), 0) FROM runs WHERE day >= ?",
                           -1, &st.st, nullptr) != SQLITE_OK)
      return fail("cannot apply the retention window");
    sqlite3_bind_int64(st.st, 1, day - retention_days);
    if (sqlite3_step(st.st) != SQLITE_ROW) return fail("cannot apply the retention window");
    const std::int64_t keep_from = sqlite3_column_int64(st.st, 0);
    if (keep_from > 1) {
      Statement has_old;
      sqlite3_prepare_v2(db_, "SELECT 1 FROM passages WHERE id < ? LIMIT 1", -1, &has_old.st,
                         nullptr);
      sqlite3_bind_int64(has_old.st, 1, keep_from);
      if (sqlite3_step(has_old.st) == SQLITE_ROW) {
        for (const char* sql :
             {"DELETE FROM passages WHERE id < ?", "DELETE FROM band_keys WHERE passage < ?"}) {
          Statement del;
          if (sqlite3_prepare_v2(db_, sql, -1, &del.st, nullptr) != SQLITE_OK)
            return fail("cannot apply the retention window");
          sqlite3_bind_int64(del.st, 1, keep_from);
          if (sqlite3_step(del.st) != SQLITE_DONE) return fail("cannot apply the retention window");
        }
      }
      Statement del_runs;
      sqlite3_prepare_v2(db_, "DELETE FROM runs WHERE day < ?", -1, &del_runs.st, nullptr);
      sqlite3_bind_int64(del_runs.st, 1, day - retention_days);
      if (sqlite3_step(del_runs.st) != SQLITE_DONE)
        return fail("cannot apply the retention window");
    }
  }
  if (!exec(db_, "COMMIT", error)) return fail("cannot commit the dedup index");
  // The filter follows the index only after the index is safely committed: a run killed before
  // the rename leaves a filter whose stamp no longer matches, and the next open rebuilds it.
  // Passages the retention window deleted stay in the filter as harmless false positives.
  const auto stamp_after = read_stamp();
  if (filter_ready && stamp_after) {
    for (const NewPassage& p : passages) {
      filter_->add(p.fingerprint);
      for (std::uint64_t key : p.runs.empty() ? std::span<const std::uint64_t>(p.keys) : p.runs) {
        if (key != kNoBand) filter_->add(key);
      }
    }
    filter_->stamp = *stamp_after;
  } else {
    build_filter(added);
  }
  if (filter_) filter_->save(filter_file_);  // a failed save leaves a stale stamp: rebuilt later
  return std::nullopt;
}

}  // namespace dedup
