// Splitting normalised text into tidy lines and blocks (runs of lines without a blank between).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace newspipe::clean {

struct TextLine {
  std::string_view text;  ///< trimmed, inner runs of spaces folded to one; never empty
  std::size_t block = 0;  ///< lines with the same block number have no blank line between them
};

/// Lines of `text` with white space tidied; blank lines are dropped and start a new block.
/// `storage` receives the tidied text that the views point into.
std::vector<TextLine> split_lines(std::string_view text, std::string& storage);
/// The same into `lines` (cleared first), reusing its capacity.
void split_lines(std::string_view text, std::string& storage, std::vector<TextLine>& lines);

}  // namespace newspipe::clean
