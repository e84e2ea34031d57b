#include "batch_runner.hpp"

#include <sys/resource.h>

#include <chrono>
#include <ctime>
#include <optional>

#include "article_json.hpp"
#include "article_reader.hpp"
#include "atomic_file.hpp"
#include "json_writer.hpp"
#include "progress_line.hpp"

#include <spdlog/spdlog.h>

namespace newspipe::host {

namespace {

double cpu_seconds() {
  rusage ru{};
  ::getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
         static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

std::string bad_record_json(const BadRecord& bad) {
  std::string out = "{\"source\":";
  append_json_string(out, bad.source);
  out += ",\"line\":" + std::to_string(bad.line) + ",\"reason\":";
  append_json_string(out, bad.reason);
  out += ",\"raw\":";
  append_json_string(out, bad.raw);
  out += "}\n";
  return out;
}

// A record that a stage failed on: the article as it entered the failing stage, so nothing is lost.
std::string failed_article_json(const Article& a, const std::string& stage) {
  std::string out = "{\"source\":";
  append_json_string(out, a.source);
  out += ",\"line\":" + std::to_string(a.line) + ",\"id\":";
  append_json_string(out, a.id);
  out += ",\"stage\":";
  append_json_string(out, stage);
  out += ",\"reason\":";
  append_json_string(out, a.failure);
  out += ",\"record\":";
  append_article_json(out, a);
  out += "}\n";
  return out;
}

}  // namespace

std::string utc_timestamp() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  ::gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

BatchRunner::BatchRunner(const PipelineConfig& cfg, std::vector<PipelineStage>& stages,
                         std::string run_id, const std::atomic<bool>* stop)
    : cfg_(cfg), stages_(stages), run_id_(std::move(run_id)), stop_(stop) {}

RunSummary BatchRunner::run(std::vector<InputFile> inputs) {
  RunSummary s;
  s.run_id = run_id_;
  s.started = utc_timestamp();
  s.stages.resize(stages_.size());
  const auto t0 = std::chrono::steady_clock::now();
  auto fail = [&](std::string why) -> RunSummary& {
    s.failed = true;
    s.failure = std::move(why);
    s.finished = utc_timestamp();
    s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return s;
  };

  auto out = AtomicFile::create(cfg_.output_path);
  if (!out) return fail(out.error().message);
  auto quarantine = AtomicFile::create(cfg_.quarantine_path);
  if (!quarantine) return fail(quarantine.error().message);
  std::optional<AtomicFile> dropped;
  if (!cfg_.dropped_path.empty()) {
    auto d = AtomicFile::create(cfg_.dropped_path);
    if (!d) return fail(d.error().message);
    dropped.emplace(std::move(d.value()));
  }

  ArticleReader reader(std::move(inputs), cfg_.max_record_bytes);
  ProgressLine progress;
  const bool fail_fast = cfg_.on_error == OnError::Fail;
  std::uint64_t next_index = 0;
  std::string line_buf;
  Batch batch;
  bool input_done = false;

  while (!input_done) {
    if (stop_ && stop_->load())
      return fail("stopped by a signal; the outputs were left as they were");
    // Fill one batch. Bad records go to the quarantine as they are met, in input order.
    batch.articles.clear();
    batch.first_index = next_index;
    while (batch.articles.size() < cfg_.batch_size) {
      Article a;
      BadRecord bad;
      const auto st = reader.next(a, bad);
      if (st == ArticleReader::Status::End) {
        input_done = true;
        break;
      }
      if (st == ArticleReader::Status::Failed) return fail(reader.failure());
      ++s.read;
      if (st == ArticleReader::Status::Bad) {
        if (fail_fast) {
          return fail(bad.source + ":" + std::to_string(bad.line) + ": " + bad.reason +
                      " (on_error = \"fail\" stops the run at the first bad record)");
        }
        spdlog::warn("{}:{}: quarantined: {}", bad.source, bad.line, bad.reason);
        quarantine->write(bad_record_json(bad));
        ++s.quarantined;
        continue;
      }
      batch.articles.push_back(std::move(a));
    }
    next_index += batch.articles.size();
    if (batch.articles.empty()) continue;

    for (std::size_t i = 0; i < stages_.size(); ++i) {
      PipelineStage& ps = stages_[i];
      StageStats& st = s.stages[i];
      st.articles_in += batch.articles.size();
      const auto w0 = std::chrono::steady_clock::now();
      const double c0 = cpu_seconds();
      try {
        ps.stage->process_batch(batch, *ps.context);
      } catch (const std::exception& e) {
        for (Article& a : batch.articles) a.fail(e.what());
      } catch (...) {
        for (Article& a : batch.articles) a.fail("unknown exception");
      }
      st.wall_seconds +=
          std::chrono::duration<double>(std::chrono::steady_clock::now() - w0).count();
      st.cpu_seconds += cpu_seconds() - c0;
      // Take failed and dropped articles out of the batch; later stages never see them.
      std::size_t keep = 0;
      for (std::size_t k = 0; k < batch.articles.size(); ++k) {
        Article& a = batch.articles[k];
        if (a.failed) {
          ++st.failed;
          if (fail_fast) {
            return fail(a.source + ":" + std::to_string(a.line) + ": stage '" + ps.config.name +
                        "' failed on article '" + a.id + "': " + a.failure +
                        " (on_error = \"fail\" stops the run)");
          }
          spdlog::warn("{}:{}: stage '{}' failed on article '{}': {}; quarantined", a.source,
                       a.line, ps.config.name, a.id, a.failure);
          quarantine->write(failed_article_json(a, ps.config.name));
          ++s.quarantined;
          continue;
        }
        if (a.dropped) {
          ++st.dropped;
          ++s.dropped;
          if (dropped) {
            line_buf.clear();
            append_article_json(line_buf, a);
            line_buf.push_back('\n');
            dropped->write(line_buf);
          }
          continue;
        }
        if (keep != k) batch.articles[keep] = std::move(a);
        ++keep;
      }
      batch.articles.resize(keep);
    }

    line_buf.clear();
    for (const Article& a : batch.articles) {
      append_article_json(line_buf, a);
      line_buf.push_back('\n');
    }
    out->write(line_buf);
    s.written += batch.articles.size();
    progress.update(s.read, reader.bytes_read(), reader.total_bytes());
  }
  progress.finish();
  s.bytes_read = reader.bytes_read();

  // Commit: quarantine and dropped first, the main output last, so that a crash in between never
  // leaves a new output without the record of what it left out.
  if (Status st = quarantine->commit(); !st) return fail(st.error().message);
  if (dropped) {
    if (Status st = dropped->commit(); !st) return fail(st.error().message);
  }
  if (Status st = out->commit(); !st) return fail(st.error().message);
  for (std::size_t i = 0; i < stages_.size(); ++i) {
    PipelineStage& ps = stages_[i];
    const auto f0 = std::chrono::steady_clock::now();
    try {
      ps.stage->finish(*ps.context);
      s.stages[i].finish_seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - f0).count();
    } catch (const std::exception& e) {
      return fail("stage '" + ps.config.name + "' failed to finish: " + e.what() +
                  " (the output was written; the stage's state may not include this run)");
    }
  }
  s.finished = utc_timestamp();
  s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return s;
}

}  // namespace newspipe::host
