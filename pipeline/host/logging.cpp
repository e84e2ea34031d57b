#include "logging.hpp"

#include <spdlog/cfg/env.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdlib>

namespace newspipe::host {

namespace {
// ISO time, level, logger (= stage) name. Set on the registry, so every stage logger shares it.
constexpr const char* kPattern = "%Y-%m-%dT%H:%M:%S.%e %^%l%$ [%n] %v";

spdlog::level::level_enum to_spd(LogLevel l) {
  switch (l) {
    case LogLevel::Trace:
      return spdlog::level::trace;
    case LogLevel::Debug:
      return spdlog::level::debug;
    case LogLevel::Info:
      return spdlog::level::info;
    case LogLevel::Warn:
      return spdlog::level::warn;
    case LogLevel::Error:
      return spdlog::level::err;
  }
  return spdlog::level::info;
}
}  // namespace

std::optional<std::string> configure_logging(const LogSettings& settings,
                                             const std::optional<std::string>& flag_level) {
  std::vector<spdlog::sink_ptr> sinks;
  sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
  if (!settings.file.empty()) {
    try {
      sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
          settings.file, settings.max_size_mb * 1024 * 1024, settings.max_files));
    } catch (const spdlog::spdlog_ex& e) {
      return "cannot open the log file " + settings.file + ": " + e.what() +
             "; check [log] file in the config";
    }
  }
  spdlog::drop_all();
  auto logger = std::make_shared<spdlog::logger>("newspipe", sinks.begin(), sinks.end());
  spdlog::set_default_logger(logger);
  spdlog::set_pattern(kPattern);
  spdlog::set_level(spdlog::level::from_str(settings.level));
  if (flag_level) {
    spdlog::set_level(spdlog::level::from_str(*flag_level));
  } else if (std::getenv("SPDLOG_LEVEL")) {
    spdlog::cfg::load_env_levels();
  }
  return std::nullopt;
}

std::shared_ptr<spdlog::logger> stage_logger(const std::string& stage_name) {
  if (auto existing = spdlog::get(stage_name)) return existing;
  auto base = spdlog::default_logger();
  auto logger =
      std::make_shared<spdlog::logger>(stage_name, base->sinks().begin(), base->sinks().end());
  logger->set_level(base->level());
  // Registering applies the shared pattern and any per-logger level from SPDLOG_LEVEL
  // (e.g. dedup=debug).
  spdlog::initialize_logger(logger);
  return logger;
}

void SdkLogger::log(LogLevel level, std::string_view message) {
  logger_->log(to_spd(level), "{}", message);
}

bool SdkLogger::enabled(LogLevel level) const { return logger_->should_log(to_spd(level)); }

}  // namespace newspipe::host
