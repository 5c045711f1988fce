// Project: export as a package and merge a package by UUID.
//
// Merge rule per entity (same UUID on both sides, L local, R incoming):
// - R unknown here: insert it (a tombstone too, so later merges know it).
// - R newer than L: R replaces L. It is a conflict when L was edited here
//   since it was last shared (L.base != L.updated) and R was not based on
//   L's version (R.base != L.updated).
// - L newer than R: L stays. A conflict when R was edited there since it was
//   shared and L was not based on R; L then records R as seen (base = R's
//   time) so merging the same package again reports nothing new.
// - Same time, different content: the larger content wins (both sides pick
//   the same), reported as a conflict.
// Recordings are matched by fingerprint, reviewers by name and participants
// by role + alias when their UUIDs differ (two people who each started a
// project of the same recording); tags and ratings follow the mapping.
#include "audit_chain.hpp"
#include "project_impl.hpp"
#include "spiegel/store/codebook_json.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace spiegel::store {

namespace {

auto key(const Recording &r) {
  return std::tie(r.path, r.relativePath, r.fingerprint, r.duration, r.title, r.recordedOn, r.retainUntil,
                  r.deletionRequestedOn, r.deleted);
}
auto key(const Participant &p) {
  return std::tie(p.role, p.alias, p.colour, p.kind, p.birthYear, p.ageBand, p.custodians, p.custodySource,
                  p.custodyCheckedOn, p.deleted);
}
auto key(const Consent &c) {
  return std::tie(c.recording, c.person, c.party, c.purpose, c.state, c.givenOn, c.recordedBy, c.faceVisible,
                  c.audience, c.expires, c.evidence, c.withdrawnOn, c.deleted);
}
auto key(const Reviewer &r) { return std::tie(r.name, r.profile, r.role, r.colour, r.gold, r.deleted); }
auto key(const Annotation &a) {
  return std::tie(a.recording, a.reviewer, a.start, a.end, a.element, a.indicator, a.valence, a.participants, a.note,
                  a.agreedBy, a.createdAt, a.deleted);
}
auto key(const Rating &r) {
  return std::tie(r.recording, r.reviewer, r.subject, r.element, r.value, r.rationale, r.agreedBy, r.deleted);
}
auto key(const CodingRound &r) {
  return std::tie(r.recording, r.blind, r.members, r.startedBy, r.startedByName, r.startedAt, r.deleted);
}
auto key(const Reveal &r) { return std::tie(r.round, r.profile, r.reviewer, r.at, r.deleted); }
auto key(const Thread &t) {
  return std::tie(t.recording, t.tag, t.start, t.end, t.resolved, t.createdBy, t.createdAt, t.deleted);
}
auto key(const Comment &c) { return std::tie(c.thread, c.parent, c.author, c.text, c.createdAt, c.deleted); }
auto key(const annotate::RecallSession &r) {
  return std::tie(r.recording, r.title, r.purpose, r.method, r.createdBy, r.heldOn, r.lessons, r.technical,
                  r.normative, r.personal, r.minutes, r.createdAt, r.deleted);
}
auto key(const annotate::RecallMoment &m) {
  return std::tie(m.session, m.rank, m.kind, m.tag, m.start, m.end, m.preRoll, m.postRoll, m.prompt, m.createdAt,
                  m.deleted);
}
auto key(const annotate::RecallPause &p) {
  return std::tie(p.session, p.moment, p.at, p.by, p.prompt, p.answer, p.forLater, p.audio, p.createdAt, p.deleted);
}

enum class Action { Insert, Replace, Keep, MarkSeen, Nothing };

template <class T>
Action decide(const Synced<T> *local, const Synced<T> &in, const char *kind, MergeReport &report) {
  const T &r = in.value;
  if (local == nullptr) {
    if (!r.deleted)
      ++report.added;
    return Action::Insert;
  }
  const T &l = local->value;
  const auto conflict = [&](bool incomingWon) {
    report.conflicts.push_back({kind, l.id, incomingWon, l.updatedAt, r.updatedAt});
  };
  const auto countReplace = [&] {
    if (r.deleted && !l.deleted)
      ++report.deleted;
    else
      ++report.updated;
  };
  if (r.updatedAt == l.updatedAt) {
    if (key(l) == key(r)) {
      ++report.unchanged;
      return local->baseAt == l.updatedAt ? Action::Nothing : Action::MarkSeen;
    }
    const bool incomingWins = key(l) < key(r);
    conflict(incomingWins);
    if (!incomingWins) {
      ++report.unchanged;
      return Action::Nothing;
    }
    countReplace();
    return Action::Replace;
  }
  if (r.updatedAt > l.updatedAt) {
    if (local->baseAt != l.updatedAt && in.baseAt != l.updatedAt)
      conflict(true);
    countReplace();
    return Action::Replace;
  }
  ++report.unchanged;
  if (in.baseAt != r.updatedAt && local->baseAt != r.updatedAt) {
    conflict(false);
    return Action::MarkSeen;
  }
  return Action::Nothing;
}

template <class T> std::unordered_map<Uuid, Synced<T>> byId(std::vector<Synced<T>> rows) {
  std::unordered_map<Uuid, Synced<T>> out;
  out.reserve(rows.size());
  for (auto &r : rows) {
    auto id = r.value.id;
    out.emplace(std::move(id), std::move(r));
  }
  return out;
}

// Applies the decision for one entity.
template <class T>
void apply(sql::Database &db, const char *table, Action action, const Synced<T> *local, const Synced<T> &in) {
  switch (action) {
  case Action::Insert:
  case Action::Replace: upsert(db, Synced<T>{in.value, in.value.updatedAt}); break;
  case Action::MarkSeen: {
    const std::string sqlText = std::string("UPDATE ") + table + " SET base_at = ?1 WHERE id = ?2";
    sql::Statement st(db, sqlText);
    const auto seen = local->baseAt == local->value.updatedAt || local->value.updatedAt == in.value.updatedAt
                          ? local->value.updatedAt
                          : in.value.updatedAt;
    st.bind(1, seen).bind(2, local->value.id).run();
    break;
  }
  case Action::Keep:
  case Action::Nothing: break;
  }
}

std::string mapId(const std::unordered_map<Uuid, Uuid> &map, const Uuid &id) {
  const auto it = map.find(id);
  return it == map.end() ? id : it->second;
}

} // namespace

Package Project::exportPackage() const {
  Package p;
  p.project = info();
  p.exportedAt = nowMillis();
  {
    sql::Statement st(m->db, "SELECT updated_at, base_at FROM codebook LIMIT 1");
    if (st.step())
      p.codebook = SyncedCodebook{m->codebook(), st.integer(0), st.integer(1)};
  }
  p.recordings = readAll<Recording>(m->db);
  p.participants = readAll<Participant>(m->db);
  p.reviewers = readAll<Reviewer>(m->db);
  p.annotations = readAll<Annotation>(m->db);
  p.ratings = readAll<Rating>(m->db);
  p.rounds = readAll<CodingRound>(m->db);
  p.reveals = readAll<Reveal>(m->db);
  p.threads = readAll<Thread>(m->db);
  p.comments = readAll<Comment>(m->db);
  p.consents = readAll<Consent>(m->db);
  p.recallSessions = readAll<annotate::RecallSession>(m->db);
  p.recallMoments = readAll<annotate::RecallMoment>(m->db);
  p.recallPauses = readAll<annotate::RecallPause>(m->db);
  p.audit = audit();
  return p;
}

namespace {
struct Merger {
  Project::Impl &impl;
  const std::string &source;
  MergeReport report;
  std::unordered_map<Uuid, Uuid> idMap; // incoming id → local id of the same thing

  void codebook(const std::optional<SyncedCodebook> &in) {
    if (!in)
      return;
    sql::Statement st(impl.db, "SELECT id, updated_at, base_at FROM codebook LIMIT 1");
    const bool have = st.step();
    const std::string localId = have ? st.text(0) : std::string();
    const UnixMillis localAt = have ? st.integer(1) : 0, localBase = have ? st.integer(2) : 0;
    if (have && localId != in->codebook.id) {
      report.conflicts.push_back({"codebook", in->codebook.id, false, localAt, in->updatedAt});
      return;
    }
    if (have && in->updatedAt <= localAt)
      return;
    if (have && impl.codebook() == in->codebook)
      return; // the same codebook, copied into each project when it was made
    if (have && localBase != localAt && in->baseAt != localAt)
      report.conflicts.push_back({"codebook", localId, true, localAt, in->updatedAt});
    impl.db.exec("DELETE FROM codebook");
    sql::Statement ins(impl.db, "INSERT INTO codebook (id, version, json, updated_at, base_at) VALUES (?1, ?2, ?3, ?4, ?4)");
    ins.bind(1, in->codebook.id).bind(2, in->codebook.version).bind(3, codebookToJson(in->codebook));
    ins.bind(4, in->updatedAt).run();
    impl.codebookCache.reset();
  }

  // Merges one kind of entity; `match` finds a local twin with another id.
  template <class T, class Match, class Fix>
  void kind(const char *name, const std::vector<Synced<T>> &incoming, Match match, Fix fix) {
    auto local = byId(readAll<T>(impl.db));
    for (std::size_t i = 0; i < incoming.size(); ++i) {
      Synced<T> in = incoming[i];
      fix(in.value, i);
      const Synced<T> *l = nullptr;
      if (auto it = local.find(in.value.id); it != local.end()) {
        l = &it->second;
      } else if (auto twin = match(local, in.value)) {
        idMap[in.value.id] = *twin;
        continue;
      }
      apply(impl.db, rowSql<T>().table.c_str(), decide(l, in, name, report), l, in);
    }
  }
};

template <class T, class Pred>
std::optional<Uuid> findTwin(const std::unordered_map<Uuid, Synced<T>> &local, Pred pred) {
  for (const auto &[id, s] : local)
    if (!s.value.deleted && pred(s.value))
      return id;
  return std::nullopt;
}
} // namespace

namespace {
// One package into the project, inside the caller's transaction; its own
// audit entry. Throws StoreError naming `source` for a refused entry.
MergeReport mergeOne(Project::Impl *m, const Package &incoming, const std::string &source, const std::string &action) {
  {
    Merger mg{*m, source, {}, {}};
    mg.codebook(incoming.codebook);
    const auto noFix = [](auto &, std::size_t) {};
    mg.kind<Recording>("recording", incoming.recordings,
                       [](const auto &local, const Recording &r) {
                         return r.fingerprint.empty() || r.deleted
                                    ? std::nullopt
                                    : findTwin(local, [&](const Recording &l) { return l.fingerprint == r.fingerprint; });
                       },
                       noFix);
    mg.kind<Reviewer>("reviewer", incoming.reviewers,
                      [](const auto &local, const Reviewer &r) {
                        // The same person is the same profile. Rows known only
                        // by name (from before profiles) still meet by name, as
                        // they did then; a name never joins a profile's row.
                        return r.deleted ? std::nullopt : findTwin(local, [&](const Reviewer &l) {
                          return r.profile.empty() ? l.profile.empty() && l.name == r.name
                                                   : l.profile == r.profile;
                        });
                      },
                      noFix);
    // Custodians name participants listed before them (parents are added
    // before their children); one listed later keeps its incoming id.
    mg.kind<Participant>("participant", incoming.participants,
                         [](const auto &local, const Participant &p) {
                           return p.deleted ? std::nullopt : findTwin(local, [&](const Participant &l) {
                             return l.role == p.role && l.alias == p.alias;
                           });
                         },
                         [&](Participant &p, std::size_t) {
                           for (auto &c : p.custodians)
                             c = mapId(mg.idMap, c);
                         });
    // Tags and ratings are checked against what is now in the project; the
    // error names the package and the entry.
    const Context ctx = m->context();
    const auto where = [&](const char *list, std::size_t i, const StoreError &e) {
      return StoreError(ErrorCode::BadValue, source, e.what(),
                        std::string(list) + "[" + std::to_string(i) + "]." + e.field());
    };
    const auto noTwin = [](const auto &, const auto &) { return std::optional<Uuid>(); };
    mg.kind<Annotation>("annotation", incoming.annotations, noTwin,
                        [&](Annotation &a, std::size_t i) {
                          a.recording = mapId(mg.idMap, a.recording);
                          a.reviewer = mapId(mg.idMap, a.reviewer);
                          for (auto &p : a.participants)
                            p = mapId(mg.idMap, p);
                          for (auto &who : a.agreedBy)
                            who = mapId(mg.idMap, who);
                          if (a.deleted && ctx.recordings.contains(a.recording))
                            return;
                          try {
                            validateTag(a, ctx, source);
                          } catch (const StoreError &e) {
                            throw where("annotations", i, e);
                          }
                        });
    mg.kind<Rating>("rating", incoming.ratings, noTwin, [&](Rating &r, std::size_t i) {
      r.recording = mapId(mg.idMap, r.recording);
      r.reviewer = mapId(mg.idMap, r.reviewer);
      r.subject = mapId(mg.idMap, r.subject);
      for (auto &who : r.agreedBy)
        who = mapId(mg.idMap, who);
      if (r.deleted && ctx.recordings.contains(r.recording))
        return;
      try {
        validateRatingValue(r, ctx, source);
      } catch (const StoreError &e) {
        throw where("ratings", i, e);
      }
    });
    // Rounds keep their ids on every copy of the group's project. A reveal
    // is never taken back: an incoming tombstone is read as live, and a
    // second reveal of one profile in one round (made on another copy) is
    // the same reveal.
    mg.kind<CodingRound>("round", incoming.rounds, noTwin, [&](CodingRound &r, std::size_t i) {
      r.recording = mapId(mg.idMap, r.recording);
      if (!r.deleted && !ctx.recordings.contains(r.recording))
        throw StoreError(ErrorCode::BadValue, source, "no such recording", "rounds[" + std::to_string(i) + "].recording");
    });
    const auto rounds = readAll<CodingRound>(m->db);
    mg.kind<Reveal>("reveal", incoming.reveals,
                    [](const auto &local, const Reveal &r) {
                      return findTwin(local, [&](const Reveal &l) { return l.round == r.round && l.profile == r.profile; });
                    },
                    [&](Reveal &r, std::size_t i) {
                      r.deleted = false;
                      r.reviewer = mapId(mg.idMap, r.reviewer);
                      const bool known = std::any_of(rounds.begin(), rounds.end(), [&](const auto &c) { return c.value.id == r.round; });
                      if (!known)
                        throw StoreError(ErrorCode::BadValue, source, "no such round", "reveals[" + std::to_string(i) + "].round");
                    });
    // Threads and comments keep their ids on every copy (like tags); the
    // reviewer rows they name are mapped like a tag's reviewer. Checked
    // against what is in the project after the tags have been merged.
    const Context after = m->context();
    mg.kind<Thread>("thread", incoming.threads, noTwin, [&](Thread &t, std::size_t i) {
      t.recording = mapId(mg.idMap, t.recording);
      t.createdBy = mapId(mg.idMap, t.createdBy);
      if (t.deleted && after.recordings.contains(t.recording))
        return;
      try {
        validateThread(m->db, t, after, source);
      } catch (const StoreError &e) {
        throw where("threads", i, e);
      }
    });
    mg.kind<Comment>("comment", incoming.comments, noTwin, [&](Comment &c, std::size_t i) {
      c.author = mapId(mg.idMap, c.author);
      try {
        validateCommentRefs(m->db, c, after, source);
      } catch (const StoreError &e) {
        throw where("comments", i, e);
      }
    });
    // Consent records keep their ids on every copy; the people and the
    // recording they name are mapped like a tag's.
    mg.kind<Consent>("consent", incoming.consents, noTwin, [&](Consent &c, std::size_t i) {
      c.recording = mapId(mg.idMap, c.recording);
      c.person = mapId(mg.idMap, c.person);
      c.party = mapId(mg.idMap, c.party);
      try {
        validateConsent(c, after, source);
      } catch (const StoreError &e) {
        throw where("consents", i, e);
      }
    });
    // Recall sessions, their moments and pauses keep their ids on every
    // copy; the recording and reviewer rows they name are mapped.
    mg.kind<annotate::RecallSession>("recall session", incoming.recallSessions, noTwin,
                                     [&](annotate::RecallSession &r, std::size_t i) {
                                       r.recording = mapId(mg.idMap, r.recording);
                                       r.createdBy = mapId(mg.idMap, r.createdBy);
                                       try {
                                         validateRecallSession(r, after, source);
                                       } catch (const StoreError &e) {
                                         throw where("recall_sessions", i, e);
                                       }
                                     });
    mg.kind<annotate::RecallMoment>("recall moment", incoming.recallMoments, noTwin,
                                    [&](annotate::RecallMoment &rm, std::size_t i) {
                                      try {
                                        validateRecallMoment(m->db, rm, after, source);
                                      } catch (const StoreError &e) {
                                        throw where("recall_moments", i, e);
                                      }
                                    });
    mg.kind<annotate::RecallPause>("recall pause", incoming.recallPauses, noTwin,
                                   [&](annotate::RecallPause &rp, std::size_t i) {
                                     try {
                                       validateRecallPause(m->db, rp, source);
                                     } catch (const StoreError &e) {
                                       throw where("recall_pauses", i, e);
                                     }
                                   });
    {
      // The colleague's entries join this log's chain (a log of its own
      // file is verified there); those already here are skipped.
      auto &known = m->db.cached("SELECT 1 FROM audit WHERE id = ?1");
      for (const auto &e : incoming.audit) {
        known.reset();
        known.bind(1, e.id);
        const bool here = known.step();
        known.reset();
        if (!here)
          appendAudit(m->db, e);
      }
    }
    const auto &r = mg.report;
    m->audit(action, source,
             "added " + std::to_string(r.added) + ", updated " + std::to_string(r.updated) + ", deleted " +
                 std::to_string(r.deleted) + ", conflicts " + std::to_string(r.conflicts.size()));
    return mg.report;
  }
}

void addUp(MergeReport &total, const MergeReport &r) {
  total.added += r.added;
  total.updated += r.updated;
  total.deleted += r.deleted;
  total.unchanged += r.unchanged;
  total.conflicts.insert(total.conflicts.end(), r.conflicts.begin(), r.conflicts.end());
}
} // namespace

MergeReport Project::merge(const Package &incoming, const std::string &source, const std::string &action) {
  return m->write([&] { return mergeOne(m.get(), incoming, source, action); });
}

MergeAllReport Project::mergeAll(std::span<const IncomingPackage> incoming, const std::string &action) {
  return m->write([&] {
    MergeAllReport out;
    out.files.reserve(incoming.size());
    for (const auto &in : incoming) {
      out.files.push_back(mergeOne(m.get(), in.package, in.source, action));
      addUp(out.total, out.files.back());
    }
    return out;
  });
}

} // namespace spiegel::store
