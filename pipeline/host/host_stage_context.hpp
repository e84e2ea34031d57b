// The StageContext the host gives each stage: its logger, counters, state folder and threads.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "logging.hpp"
#include "newspipe/context.hpp"
#include "thread_pool.hpp"

namespace newspipe::host {

class HostStageContext : public StageContext {
 public:
  HostStageContext(std::string stage_name, std::string run_id, std::filesystem::path state_root,
                   ThreadPool& pool);

  const std::string& stage_name() const override { return name_; }
  const std::string& run_id() const override { return run_id_; }
  Logger& log() override { return logger_; }
  void count(std::string_view counter, std::int64_t delta = 1) override;
  const std::filesystem::path& state_dir() override;
  unsigned threads() const override { return pool_.size(); }
  void parallel_for(std::size_t n, const std::function<void(std::size_t)>& fn) override {
    pool_.parallel_for(n, fn);
  }

  /// The counters so far, sorted by name (for the report).
  std::map<std::string, std::int64_t> counters() const;

 private:
  std::string name_;
  std::string run_id_;
  std::filesystem::path state_root_;
  std::filesystem::path state_dir_;
  ThreadPool& pool_;
  SdkLogger logger_;
  mutable std::mutex mu_;
  std::map<std::string, std::int64_t, std::less<>> counters_;
};

}  // namespace newspipe::host
