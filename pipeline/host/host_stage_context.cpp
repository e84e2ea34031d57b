#include "host_stage_context.hpp"

#include <stdexcept>

namespace newspipe::host {

HostStageContext::HostStageContext(std::string stage_name, std::string run_id,
                                   std::filesystem::path state_root, ThreadPool& pool)
    : name_(std::move(stage_name)),
      run_id_(std::move(run_id)),
      state_root_(std::move(state_root)),
      pool_(pool),
      logger_(stage_logger(name_)) {}

void HostStageContext::count(std::string_view counter, std::int64_t delta) {
  std::lock_guard lock(mu_);
  auto it = counters_.find(counter);
  if (it == counters_.end()) it = counters_.emplace(std::string(counter), 0).first;
  it->second += delta;
}

const std::filesystem::path& HostStageContext::state_dir() {
  std::lock_guard lock(mu_);
  if (state_dir_.empty()) {
    const auto dir = state_root_ / name_;
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) {
      throw std::runtime_error("cannot create the state folder " + dir.string() + ": " +
                               ec.message() + "; check [state] path");
    }
    state_dir_ = dir;
  }
  return state_dir_;
}

std::map<std::string, std::int64_t> HostStageContext::counters() const {
  std::lock_guard lock(mu_);
  return {counters_.begin(), counters_.end()};
}

}  // namespace newspipe::host
