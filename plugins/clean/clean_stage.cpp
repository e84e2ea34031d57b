#include "clean_stage.hpp"

#include <string>

namespace newspipe::clean {

CleanStage::CleanStage(const Options& options, StageContext& /*ctx*/)
    : cleaner_(config_from_options(options)) {}

Value result_value(const CleanResult& r, bool list_lines) {
  Value out = Value::object();
  Value lines = Value::array();
  if (list_lines) {
    for (const RemovedLine& l : r.removed) {
      Value e = Value::object();
      e["text"] = l.text;
      e["reason"] = std::string(rule_group_name(l.group));
      e["rule"] = l.rule;
      lines.push_back(std::move(e));
    }
  }
  if (r.kept_whole) {
    out["removed"] = Value::array();
    out["withheld"] = std::move(lines);
  } else {
    out["removed"] = std::move(lines);
  }
  out["lines_removed"] = r.kept_whole ? 0 : static_cast<long long>(r.removed.size());
  out["chars_removed"] = static_cast<long long>(r.removed_chars);
  out["kept_whole"] = r.kept_whole;
  Value n = Value::object();
  n["html_tags"] = static_cast<long long>(r.normalize.html_tags);
  n["html_entities"] = static_cast<long long>(r.normalize.html_entities);
  n["invisible"] = static_cast<long long>(r.normalize.invisible);
  n["invalid_utf8"] = static_cast<long long>(r.normalize.invalid_utf8);
  out["normalised"] = std::move(n);
  return out;
}

void CleanStage::process_article(Article& article, StageContext& ctx) {
  CleanResult r = cleaner_.clean(article.text);
  article.text = std::move(r.text);
  article.result(ctx.stage_name()) = result_value(r, cleaner_.config().report_removed);
  if (r.kept_whole) {
    ctx.count("kept_whole");
    ctx.log().warn("article " + article.id + ": rules would remove " +
                   std::to_string(r.removed.size()) + " lines, over max_removed_share; kept whole");
  } else if (!r.removed.empty()) {
    ctx.count("lines_removed", static_cast<std::int64_t>(r.removed.size()));
  }
  if (r.normalize.invalid_utf8 > 0) ctx.count("invalid_utf8", r.normalize.invalid_utf8);
}

}  // namespace newspipe::clean
