// newspipe SDK: what the host hands a stage — its logger, counters, state folder and threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace newspipe {

/// Severity of a log line. The host maps these onto its logging backend.
enum class LogLevel { Trace, Debug, Info, Warn, Error };

/// A stage's logger: lines are prefixed with the stage's name and go where the host's log goes.
/// Thread-safe. Format the message yourself; the SDK exposes no formatting library.
class Logger {
 public:
  virtual ~Logger() = default;
  virtual void log(LogLevel level, std::string_view message) = 0;
  /// Whether a line of this level would be written (skip building expensive messages).
  virtual bool enabled(LogLevel level) const = 0;

  void debug(std::string_view m) { log(LogLevel::Debug, m); }
  void info(std::string_view m) { log(LogLevel::Info, m); }
  void warn(std::string_view m) { log(LogLevel::Warn, m); }
  void error(std::string_view m) { log(LogLevel::Error, m); }
};

/// The host's services for one stage. One context per stage, alive as long as the stage.
class StageContext {
 public:
  virtual ~StageContext() = default;

  /// The stage's name in the config (its key in the output and the report).
  virtual const std::string& stage_name() const = 0;
  /// The id of this run (also written into report.json), e.g. to record where a passage was seen.
  virtual const std::string& run_id() const = 0;
  /// The stage's logger.
  virtual Logger& log() = 0;
  /// Adds `delta` to the named counter; counters appear in report.json under the stage.
  /// Thread-safe.
  virtual void count(std::string_view counter, std::int64_t delta = 1) = 0;
  /// The stage's own folder for state kept across runs (`<state.path>/<stage name>`), created
  /// on first call. Throws std::runtime_error when it cannot be created.
  virtual const std::filesystem::path& state_dir() = 0;
  /// How many threads `parallel_for` may use.
  virtual unsigned threads() const = 0;
  /// Calls `fn(i)` for every i in [0, n), spread over the pipeline's threads, in no particular
  /// order; returns when all are done. If `fn` throws, the calls not yet started are skipped and
  /// the first exception is rethrown here.
  virtual void parallel_for(std::size_t n, const std::function<void(std::size_t)>& fn) = 0;
};

}  // namespace newspipe
