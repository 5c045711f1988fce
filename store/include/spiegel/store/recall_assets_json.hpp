#pragma once
// Reading the recall prompt bank and the intervision method templates
// (formats: docs/formats.md, "Recall prompt bank" and "Intervision methods").
//
//   auto bank = spiegel::store::loadPromptBank(assetsDir / "recall/prompts.json");
//   auto methods = spiegel::store::loadMethods(assetsDir / "recall/methods.json");
//
// Errors as for the codebook (codebook_json.hpp): StoreError(BadPackage)
// whose file() is the source name and whose field() is the JSON path at
// fault, e.g. "prompts[3].text.nl". Unlike the codebook, every text needs
// both languages: a lead is read out to a person, and one in the other
// language is no lead. The store does not know where assets live.
#include <filesystem>
#include <string>
#include <string_view>

#include "spiegel/annotate/recall_assets.hpp"

namespace spiegel::store {

// The JSON format versions this build reads (the newest of each).
inline constexpr int kPromptBankFormatVersion = 1;
inline constexpr int kMethodsFormatVersion = 1;

// Reads and validates a prompt bank. Throws StoreError: NotFound when there
// is no file, Io when it cannot be read, BadPackage when the content is wrong.
[[nodiscard]] annotate::PromptBank loadPromptBank(const std::filesystem::path &path);
// Parses prompt bank JSON text; sourceName is used in errors.
[[nodiscard]] annotate::PromptBank parsePromptBank(std::string_view text, const std::string &sourceName);

// Reads and validates a file of intervision method templates: the shipped
// one or an organisation's own (combine them with MethodSet::add).
[[nodiscard]] annotate::MethodSet loadMethods(const std::filesystem::path &path);
[[nodiscard]] annotate::MethodSet parseMethods(std::string_view text, const std::string &sourceName);

} // namespace spiegel::store
