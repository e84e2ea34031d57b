// The host's logging: spdlog to stderr (and optionally a rotating file), one named logger per
// stage so that SPDLOG_LEVEL=info,dedup=debug works per stage.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "newspipe/context.hpp"

namespace spdlog {
class logger;
}

namespace newspipe::host {

struct LogSettings {
  std::string level = "info";  ///< trace|debug|info|warn|error|off
  std::string file;            ///< empty: stderr only
  std::size_t max_size_mb = 50;
  std::size_t max_files = 5;
};

/// Sets up the default logger "newspipe". `flag_level` (from --log-level) wins over SPDLOG_LEVEL,
/// which wins over the config's level. Returns an error message when the log file cannot be opened.
std::optional<std::string> configure_logging(const LogSettings& settings,
                                             const std::optional<std::string>& flag_level);

/// A logger for one stage, sharing the default logger's sinks.
std::shared_ptr<spdlog::logger> stage_logger(const std::string& stage_name);

/// Adapts an spdlog logger to the SDK's Logger interface.
class SdkLogger : public Logger {
 public:
  explicit SdkLogger(std::shared_ptr<spdlog::logger> logger) : logger_(std::move(logger)) {}
  void log(LogLevel level, std::string_view message) override;
  bool enabled(LogLevel level) const override;

 private:
  std::shared_ptr<spdlog::logger> logger_;
};

}  // namespace newspipe::host
