#include "article_reader.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <simdjson.h>
#include <cstring>
#include <filesystem>

#include "json_writer.hpp"
#include "line_reader.hpp"
#include "newspipe/text/utf8.hpp"

namespace newspipe::host {

namespace od = simdjson::ondemand;

namespace {

std::string_view trim_ws(std::string_view s) {
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// The value's JSON text, verbatim: nested objects and arrays whole, scalars as their token.
simdjson::error_code raw_value(od::value& v, std::string_view& out) {
  od::json_type t;
  if (auto err = v.type().get(t)) return err;
  if (t == od::json_type::object) {
    od::object o;
    if (auto err = v.get_object().get(o)) return err;
    return o.raw_json().get(out);
  }
  if (t == od::json_type::array) {
    od::array a;
    if (auto err = v.get_array().get(a)) return err;
    return a.raw_json().get(out);
  }
  out = trim_ws(v.raw_json_token());
  // Scalars are only validated when read; read them so a bad literal is caught here.
  switch (t) {
    case od::json_type::string: {
      std::string_view s;
      return v.get_string().get(s);
    }
    case od::json_type::number: {
      od::number n;
      return v.get_number().get(n);
    }
    case od::json_type::boolean: {
      bool b;
      return v.get_bool().get(b);
    }
    default: {
      bool is_null = false;
      if (auto err = v.is_null().get(is_null)) return err;
      return is_null ? simdjson::SUCCESS : simdjson::INCORRECT_TYPE;
    }
  }
}

std::string json_error(simdjson::error_code e) {
  if (e == simdjson::UTF8_ERROR) return "invalid UTF-8";
  return std::string("invalid JSON (") + simdjson::error_message(e) + ")";
}

}  // namespace

std::string parse_jsonl_record(std::string_view line, Article& a, void* parser_ptr) {
  auto& parser = *static_cast<od::parser*>(parser_ptr);
  od::document doc;
  auto err = parser.iterate(line.data(), line.size(), line.size() + LineReader::kPadding).get(doc);
  if (err) return json_error(err);
  od::object obj;
  if ((err = doc.get_object().get(obj))) {
    return err == simdjson::INCORRECT_TYPE ? "not a JSON object" : json_error(err);
  }
  bool has_text = false;
  a.extra_fields.clear();
  for (auto field : obj) {
    std::string_view key;
    if ((err = field.unescaped_key().get(key))) return json_error(err);
    od::value v;
    if ((err = field.value().get(v))) return json_error(err);
    if (key == "text" || key == "title" || key == "id") {
      od::json_type t;
      if ((err = v.type().get(t))) return json_error(err);
      std::string_view s;
      if (t == od::json_type::string) {
        if ((err = v.get_string().get(s))) return json_error(err);
      } else if (key == "id" && t == od::json_type::number) {
        s = trim_ws(v.raw_json_token());  // numeric ids are common; keep their digits
      } else if (key == "title" && t == od::json_type::null) {
        s = {};
      } else {
        return "field \"" + std::string(key) + "\" is not a string";
      }
      if (key == "text") {
        a.text.assign(s);
        has_text = true;
      } else if (key == "title") {
        a.title.assign(s);
      } else {
        a.id.assign(s);
      }
      continue;
    }
    std::string_view raw;
    if ((err = raw_value(v, raw))) return json_error(err);
    if (!a.extra_fields.empty()) a.extra_fields.push_back(',');
    append_json_string(a.extra_fields, key);
    a.extra_fields.push_back(':');
    a.extra_fields.append(raw);
  }
  // current_location() errs once the document is fully consumed: anything else is trailing text.
  if (!doc.current_location().error()) return "invalid JSON (text after the object)";
  if (!has_text) return "no \"text\" field";
  return {};
}

struct ArticleReader::Impl {
  std::vector<InputFile> files;
  std::size_t max_bytes;
  std::size_t index = 0;
  std::unique_ptr<LineReader> lines;
  od::parser parser;
  std::uint64_t done_bytes = 0;  // of files already finished

  // Opens the current file, a JSONL one (text files are read whole in next()).
  bool open_current(std::string& failure) {
    const InputFile& f = files[index];
    int fd = 0;  // stdin
    if (f.path != "-") {
      fd = ::open(f.path.c_str(), O_RDONLY | O_CLOEXEC);
      if (fd < 0) {
        failure = "cannot open input " + f.path + ": " + std::strerror(errno);
        return false;
      }
    }
    lines = std::make_unique<LineReader>(fd, max_bytes);
    return true;
  }
};

ArticleReader::ArticleReader(std::vector<InputFile> files, std::size_t max_record_bytes)
    : impl_(std::make_unique<Impl>()) {
  for (const auto& f : files) total_bytes_ += f.size;
  impl_->files = std::move(files);
  impl_->max_bytes = max_record_bytes;
  // A parser sized for the largest record up front: no reallocation mid-run.
  if (impl_->parser.allocate(std::max<std::size_t>(max_record_bytes, 1 << 16)) !=
      simdjson::SUCCESS) {
    throw std::bad_alloc();
  }
}

ArticleReader::~ArticleReader() = default;

std::uint64_t ArticleReader::bytes_read() const {
  return impl_->done_bytes + (impl_->lines ? impl_->lines->bytes_read() : 0);
}

namespace {
std::string file_stem(const std::string& path) {
  return path == "-" ? std::string("stdin") : std::filesystem::path(path).stem().string();
}

// A .txt article: the first non-empty line is the title, the rest the text.
std::string read_text_file(const InputFile& f, std::size_t max_bytes, Article& a,
                           std::string& raw) {
  const int fd = ::open(f.path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::string("cannot open: ") + std::strerror(errno);
  raw.clear();
  char buf[1 << 16];
  ssize_t n;
  std::uint64_t total = 0;
  while ((n = ::read(fd, buf, sizeof buf)) > 0) {
    total += static_cast<std::uint64_t>(n);
    if (raw.size() < max_bytes) raw.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  if (n < 0) return std::string("read error: ") + std::strerror(errno);
  if (total > max_bytes) {
    raw.resize(4096);
    return "record of " + std::to_string(total) + " bytes is over the limit of " +
           std::to_string(max_bytes) + " ([input] max_record_bytes)";
  }
  if (!text::is_valid_utf8(raw)) return "invalid UTF-8";
  std::string_view s = raw;
  while (!s.empty()) {
    const auto nl = s.find('\n');
    std::string_view first = s.substr(0, nl);
    s = nl == std::string_view::npos ? std::string_view() : s.substr(nl + 1);
    if (trim_ws(first).find_first_not_of(" \t") != std::string_view::npos) {
      first = trim_ws(first);
      first.remove_prefix(first.find_first_not_of(" \t"));
      a.title.assign(first);
      break;
    }
  }
  while (!s.empty() && (s.front() == '\n' || s.front() == '\r')) s.remove_prefix(1);
  a.text.assign(trim_ws(s));
  if (a.text.empty()) return "no text after the title";
  return {};
}
}  // namespace

ArticleReader::Status ArticleReader::next(Article& a, BadRecord& bad) {
  Impl& im = *impl_;
  for (;;) {
    if (im.index >= im.files.size()) return Status::End;
    if (!im.lines && im.files[im.index].format == InputFormat::Jsonl) {
      if (!im.open_current(failure_)) return Status::Failed;
      continue;
    }
    const InputFile& f = im.files[im.index];
    a = Article{};
    if (f.format == InputFormat::Text) {
      std::string raw;
      std::string reason = read_text_file(f, im.max_bytes, a, raw);
      ++im.index;
      im.done_bytes += f.size;
      a.source = f.path;
      a.line = 1;
      a.id = file_stem(f.path);
      if (!reason.empty()) {
        bad = {f.path, 1, std::move(reason), std::move(raw)};
        return Status::Bad;
      }
      return Status::Article;
    }
    std::string_view line;
    switch (im.lines->next(line)) {
      case LineReader::Status::End:
        im.done_bytes += im.lines->bytes_read();
        im.lines.reset();
        ++im.index;
        continue;
      case LineReader::Status::IoError:
        failure_ = "cannot read input " + f.path + ": " + im.lines->io_error();
        return Status::Failed;
      case LineReader::Status::TooLong:
        bad = {f.path, im.lines->line_number(),
               "record of " + std::to_string(im.lines->too_long_bytes()) +
                   " bytes is over the limit of " + std::to_string(im.max_bytes) +
                   " ([input] max_record_bytes); its first bytes are kept",
               std::string(line)};
        return Status::Bad;
      case LineReader::Status::Line:
        break;
    }
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;  // blank lines
    std::string reason = parse_jsonl_record(line, a, &im.parser);
    a.source = f.path;
    a.line = im.lines->line_number();
    if (!reason.empty()) {
      std::string raw(line);
      if (!text::is_valid_utf8(raw)) {
        // Keep the bytes without breaking the quarantine file's own UTF-8: escape what is invalid.
        std::string fixed;
        for (std::size_t p = 0; p < raw.size();) {
          const std::size_t b = p;
          char32_t cp = text::decode_utf8(raw, p);
          if (cp == 0xFFFD && p - b == 1) {
            static constexpr char kHex[] = "0123456789ABCDEF";
            const auto c = static_cast<unsigned char>(raw[b]);
            fixed += "\\x";
            fixed += kHex[c >> 4];
            fixed += kHex[c & 0xF];
          } else {
            fixed.append(raw, b, p - b);
          }
        }
        raw = std::move(fixed);
      }
      bad = {f.path, a.line, std::move(reason), std::move(raw)};
      return Status::Bad;
    }
    if (a.id.empty()) a.id = file_stem(f.path) + ":" + std::to_string(a.line);
    return Status::Article;
  }
}

}  // namespace newspipe::host
