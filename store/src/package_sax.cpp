#include "package_sax.hpp"

#include <bitset>

namespace spiegel::store {

using nlohmann::json;

std::string lineColumn(const std::string &text, std::size_t byte) {
  std::size_t line = 1, col = 1;
  for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(col);
}

namespace {

enum Field { kId, kRecording, kReviewer, kStart, kEnd, kElement, kIndicator, kValence, kParticipants, kNote,
             kAgreedBy, kCreated, kUpdated, kBase, kDeleted, kUnknown, kFieldCount };

Field fieldOf(std::string_view k) {
  static constexpr std::string_view kNames[] = {"id", "recording", "reviewer", "start_us", "end_us", "element",
                                                "indicator", "valence", "participants", "note", "agreed_by",
                                                "created_at", "updated_at", "base_at", "deleted"};
  for (std::size_t i = 0; i < std::size(kNames); ++i)
    if (kNames[i] == k)
      return static_cast<Field>(i);
  return kUnknown;
}

class Handler {
public:
  Handler(const std::string &text, const std::string &source) : m_text(text), m_source(source) {}

  SaxResult result;
  // Set when a syntax error was seen (nlohmann reports it through parse_error()).
  std::string syntaxAt;

  // --- generic tree for everything outside the annotations list
  bool null() { return scalar(nullptr); }
  bool boolean(bool v) { return scalar(v); }
  bool number_integer(json::number_integer_t v) { return scalar(v); }
  bool number_unsigned(json::number_unsigned_t v) { return scalar(v); }
  bool number_float(json::number_float_t v, const std::string &) { return scalar(v); }
  bool string(std::string &v) { return scalar(std::move(v)); }
  bool binary(json::binary_t &) { return scalar(nullptr); }

  bool start_object(std::size_t) {
    if (m_mode == Mode::List) {
      m_mode = Mode::Tag;
      m_tag = {};
      m_seen.reset();
      return true;
    }
    if (m_mode != Mode::Tree)
      return fail("expected a value");
    push(json::object());
    return true;
  }
  bool end_object() {
    if (m_mode == Mode::Tag) {
      finishTag();
      m_mode = Mode::List;
      return true;
    }
    pop();
    return true;
  }
  bool start_array(std::size_t) {
    if (m_mode == Mode::Tree && m_stack.size() == 1 && m_key == "annotations") {
      m_mode = Mode::List;
      return true;
    }
    if (m_mode == Mode::Tag && (m_field == kParticipants || m_field == kAgreedBy)) {
      m_mode = Mode::Ids;
      m_ids = m_field == kParticipants ? &m_tag.value.participants : &m_tag.value.agreedBy;
      m_seen.set(m_field);
      return true;
    }
    if (m_mode != Mode::Tree)
      return fail("expected a value");
    push(json::array());
    return true;
  }
  bool end_array() {
    if (m_mode == Mode::List) {
      m_mode = Mode::Tree;
      m_key.clear();
      return true;
    }
    if (m_mode == Mode::Ids) {
      m_mode = Mode::Tag;
      return true;
    }
    pop();
    return true;
  }
  bool key(std::string &k) {
    if (m_mode == Mode::Tag)
      m_field = fieldOf(k);
    else
      m_key = std::move(k);
    return true;
  }
  bool parse_error(std::size_t byte, const std::string &, const nlohmann::detail::exception &) {
    syntaxAt = lineColumn(m_text, byte == 0 ? 0 : byte - 1);
    return false;
  }

private:
  enum class Mode { Tree, List, Tag, Ids }; // Ids: a tag's list of ids (participants, agreed_by)

  const std::string &m_text, &m_source;
  Mode m_mode = Mode::Tree;
  std::vector<json *> m_stack;  // open containers of the tree
  std::string m_key;            // pending key in the tree
  Field m_field = kUnknown;     // pending key in a tag
  Synced<Annotation> m_tag;
  std::vector<Uuid> *m_ids = nullptr; // the list Mode::Ids fills
  std::bitset<kFieldCount> m_seen;

  [[nodiscard]] std::string at(const char *field) const {
    return "annotations[" + std::to_string(result.annotations.size()) + "]" + (*field != '\0' ? "." : "") + field;
  }
  bool fail(const char *what) {
    throw StoreError(ErrorCode::BadPackage, m_source, what,
                     m_mode == Mode::Tree ? m_key : at(m_mode == Mode::List ? "" : fieldName()));
  }
  [[nodiscard]] const char *fieldName() const {
    static constexpr const char *kNames[] = {"id", "recording", "reviewer", "start_us", "end_us", "element",
                                             "indicator", "valence", "participants", "note", "agreed_by",
                                             "created_at", "updated_at", "base_at", "deleted", "?"};
    return kNames[m_field];
  }

  void push(json value) {
    if (m_stack.empty()) {
      result.rest = std::move(value);
      m_stack.push_back(&result.rest);
      return;
    }
    json &top = *m_stack.back();
    json *slot = top.is_array() ? &top.emplace_back(std::move(value)) : &(top[m_key] = std::move(value));
    m_stack.push_back(slot);
  }
  void pop() { m_stack.pop_back(); }

  template <class V> bool scalar(V &&v) {
    switch (m_mode) {
    case Mode::Tree:
      if (m_stack.empty())
        result.rest = json(std::forward<V>(v));
      else if (m_stack.back()->is_array())
        m_stack.back()->emplace_back(std::forward<V>(v));
      else
        (*m_stack.back())[m_key] = json(std::forward<V>(v));
      return true;
    case Mode::List: return fail("expected an object");
    case Mode::Ids:
      if constexpr (std::is_same_v<std::decay_t<V>, std::string>)
        m_ids->push_back(std::forward<V>(v));
      else
        return fail("expected a list of ids");
      return true;
    case Mode::Tag: tagValue(std::forward<V>(v)); return true;
    }
    return true;
  }

  template <class V> void tagValue(V &&v) {
    using T = std::decay_t<V>;
    constexpr bool isText = std::is_same_v<T, std::string>;
    constexpr bool isInt = std::is_same_v<T, json::number_integer_t> || std::is_same_v<T, json::number_unsigned_t>;
    constexpr bool isNull = std::is_same_v<T, std::nullptr_t>;
    auto &a = m_tag.value;
    const auto text = [&](std::string &out, bool nullable) {
      if constexpr (isText)
        out = std::forward<V>(v);
      else if (!(nullable && isNull))
        fail("expected text");
    };
    const auto integer = [&]() -> std::int64_t {
      if constexpr (isInt)
        return static_cast<std::int64_t>(v);
      else
        fail("expected a whole number");
      return 0;
    };
    if (m_field != kUnknown)
      m_seen.set(m_field);
    switch (m_field) {
    case kId: text(a.id, false); break;
    case kRecording: text(a.recording, false); break;
    case kReviewer: text(a.reviewer, true); break;
    case kStart: a.start = integer(); break;
    case kEnd: a.end = integer(); break;
    case kElement: text(a.element, false); break;
    case kIndicator: {
      std::string s;
      text(s, true);
      if (!s.empty())
        a.indicator = std::move(s);
      break;
    }
    case kValence: {
      std::string s;
      text(s, true);
      if (!s.empty() && s != "positive" && s != "negative")
        fail("expected \"positive\" or \"negative\"");
      a.valence = s == "negative" ? annotate::Valence::Negative : annotate::Valence::Positive;
      break;
    }
    case kParticipants:
    case kAgreedBy: fail("expected a list of ids"); break;
    case kNote: text(a.note, true); break;
    case kCreated: a.createdAt = integer(); break;
    case kUpdated: a.updatedAt = integer(); break;
    case kBase: m_tag.baseAt = integer(); break;
    case kDeleted:
      if constexpr (std::is_same_v<T, bool>)
        a.deleted = v;
      else
        fail("expected true or false");
      break;
    case kUnknown:
    case kFieldCount: break;
    }
  }

  void finishTag() {
    for (Field f : {kId, kRecording, kStart, kElement, kUpdated})
      if (!m_seen.test(f)) {
        m_field = f;
        fail("missing field");
      }
    if (m_tag.value.id.empty() || m_tag.value.recording.empty()) {
      m_field = m_tag.value.id.empty() ? kId : kRecording;
      fail("empty id");
    }
    if (!m_seen.test(kEnd))
      m_tag.value.end = m_tag.value.start;
    result.annotations.push_back(std::move(m_tag));
  }
};

} // namespace

SaxResult parsePackageSax(const std::string &text, const std::string &sourceName) {
  Handler h(text, sourceName);
  const bool ok = json::sax_parse(text, &h);
  if (!ok)
    throw StoreError(ErrorCode::BadPackage, sourceName, "not valid JSON", h.syntaxAt.empty() ? "line 1, column 1" : h.syntaxAt);
  return std::move(h.result);
}

} // namespace spiegel::store
