import Foundation

/// A segment with what reports group it by.
public struct SegmentRecord: Sendable, Equatable {
    public var segment: Segment
    public var channel: Channel
    /// Login of the agent whose reply was the first response.
    public var agentLogin: String?
    public var tags: [String]
    public var rating: Int?
}

/// Messages in and out under one report key.
public struct MessageVolume: Sendable, Equatable {
    public var key: String
    public var incoming: Int
    public var outgoing: Int
}

extension Store {
    /// Every segment a report over [since, until) needs: those that started, were answered or
    /// closed in it, and those still open across it (the backlog). Read from the covering index
    /// `segments_report` only (never from the messages); agents' logins and ratings are looked up
    /// in small dictionaries rather than joined row by row.
    public func reportSegments(since: Date, until: Date, withTags: Bool = false) throws -> [SegmentRecord] {
        var records: [SegmentRecord] = []
        try forEachReportSegment(since: since, until: until, withTags: withTags) { records.append($0) }
        return records
    }

    /// The same segments one at a time, in start order, without keeping them all in memory.
    public func forEachReportSegment(since: Date, until: Date, withTags: Bool = false, _ body: (SegmentRecord) throws -> Void) throws {
        // Every conversation's tags in one pass, rather than one look-up per segment.
        var tagsOf: [Int64: [String]] = [:]
        if withTags {
            var names: [Int64: String] = [:]
            try db.query("SELECT id, name FROM tags", []) { names[$0.int(0)] = $0.text(1) }
            try db.query("SELECT conversation_id, tag_id FROM conversation_tags", []) { row in
                if let name = names[row.int(1)] { tagsOf[row.int(0), default: []].append(name) }
            }
        }
        var logins: [Int64: String] = [:]
        try db.query("SELECT id, login FROM agents", []) { logins[$0.int(0)] = $0.text(1) }
        var ratings: [Int64: Int] = [:]
        try db.query("SELECT segment_id, rating FROM csat_ratings", []) { ratings[$0.int(0)] = Int($0.int(1)) }
        var channels: [String: Channel] = [:]
        try db.query("""
            SELECT s.id, s.conversation_id, s.started_at, s.first_response_at, s.first_response_agent_id, s.closed_at, s.replies,
                   s.reopened, s.csat_asked_at, s.channel
            FROM segments s INDEXED BY segments_report
            WHERE s.started_at < ? AND (s.closed_at IS NULL OR s.closed_at >= ?)
            ORDER BY s.started_at
            """, [.date(until), .date(since)]) { row in
            let segment = Store.segment(row)
            // Each name is checked once (an unknown channel is refused, as everywhere it is read).
            let name = row.text(9)
            let channel: Channel
            if let known = channels[name] {
                channel = known
            } else {
                channel = try row.channel(9, table: "segments")
                channels[name] = channel
            }
            try body(SegmentRecord(segment: segment, channel: channel, agentLogin: segment.firstResponseAgentID.flatMap { logins[$0] },
                                   tags: withTags ? tagsOf[segment.conversationID] ?? [] : [],
                                   rating: ratings.isEmpty ? nil : segment.id.flatMap { ratings[$0] }))
        }
    }

    /// Quarter hours of `message_counts` (see Schema.reportSpeed).
    static let messageBucket: Int64 = 900

    /// Customers' and people's messages (not automatic ones, not notes) sent in [since, until),
    /// per key: channel; agent (the writer of a reply, the conversation's assignee for a customer's
    /// message); day (local days, `utcOffset` seconds east of UTC); tag; or "" for the whole period.
    ///
    /// The whole period, channels and days add up the per-quarter-hour counts the triggers keep,
    /// and read single messages only for the part of a quarter hour at either end. Agents and tags
    /// add up per-day counts that triggers also move when an assignee or a tag changes.
    public func messageVolumes(since: Date, until: Date, grouping: ReportGrouping?, utcOffset: Int = 0) throws -> [MessageVolume] {
        let bucket = Store.messageBucket
        let from = since.unixSeconds, to = until.unixSeconds
        let firstWhole = (from + bucket - 1).floorDiv(bucket), endWhole = to.floorDiv(bucket)
        if let grouping, grouping == .agent || grouping == .tag {
            return try messageVolumesByAgentOrTag(since: since, until: until, grouping: grouping)
        }
        let countable = from >= 0 && (grouping == nil || grouping == .channel || (grouping == .day && Int64(utcOffset) % bucket == 0))
        guard countable && firstWhole < endWhole else { return try messageVolumesFromMessages(since: since, until: until, grouping: grouping, utcOffset: utcOffset) }
        let key: (String) -> String
        var bindings: [SQLValue] = []
        switch grouping {
        case .channel?: key = { _ in "channel" }
        case .day?:
            key = { "CAST((\($0) + ?) / 86400 AS TEXT)" }
            bindings.append(.int(Int64(utcOffset)))
        default: key = { _ in "''" }
        }
        // Whole quarter hours from the counts, the parts at either end from the messages; no
        // GROUP BY for the whole period (a sort of every bucket would cost more than the sum).
        let groupBy = grouping == nil ? "" : "GROUP BY 1"
        var volumes: [String: MessageVolume] = [:]
        let add: (Row) -> Void = { row in
            let name = row.text(0)
            var volume = volumes[name] ?? MessageVolume(key: name, incoming: 0, outgoing: 0)
            volume.incoming += Int(row.int(1))
            volume.outgoing += Int(row.int(2))
            volumes[name] = volume
        }
        try db.query("""
            SELECT \(key("bucket * \(bucket)")), sum(iif(direction = 'in', count, 0)), sum(iif(direction = 'out', count, 0))
            FROM message_counts WHERE bucket >= ? AND bucket < ? \(groupBy)
            """, bindings + [.int(firstWhole), .int(endWhole)], row: add)
        try db.query("""
            SELECT \(key("sent_at")), count(*) FILTER (WHERE direction = 'in'), count(*) FILTER (WHERE direction = 'out') FROM messages
            WHERE ((sent_at >= ? AND sent_at < ?) OR (sent_at >= ? AND sent_at < ?)) AND direction IN ('in', 'out') AND auto = 0 \(groupBy)
            """, bindings + [.int(from), .int(firstWhole * bucket), .int(endWhole * bucket), .int(to)], row: add)
        return volumes.values.filter { $0.incoming != 0 || $0.outgoing != 0 }.sorted { $0.key < $1.key }
    }

    /// Per agent or tag: whole UTC days from `message_counts_agent` / `message_counts_tag` (see
    /// Schema.reportCountsByAgentTag), the parts of a day at either end from the messages.
    func messageVolumesByAgentOrTag(since: Date, until: Date, grouping: ReportGrouping) throws -> [MessageVolume] {
        let day: Int64 = 86400
        let from = since.unixSeconds, to = until.unixSeconds
        let firstWhole = (from + day - 1).floorDiv(day), endWhole = to.floorDiv(day)
        guard from >= 0 && firstWhole < endWhole else {
            return try messageVolumesFromMessages(since: since, until: until, grouping: grouping)
        }
        let counts = grouping == .agent
            ? """
              SELECT coalesce(a.login, ''), k.direction, sum(k.count) FROM message_counts_agent k LEFT JOIN agents a ON a.id = k.agent_id
              WHERE k.day >= ? AND k.day < ? GROUP BY k.agent_id, k.direction
              """
            : """
              SELECT t.name, k.direction, sum(k.count) FROM message_counts_tag k JOIN tags t ON t.id = k.tag_id
              WHERE k.day >= ? AND k.day < ? GROUP BY k.tag_id, k.direction
              """
        var volumes: [String: MessageVolume] = [:]
        try db.query(counts, [.int(firstWhole), .int(endWhole)]) { Store.addVolume($0, to: &volumes) }
        for (start, end) in [(from, firstWhole * day), (endWhole * day, to)] where start < end {
            for part in try messageVolumesFromMessages(since: Date(unixSeconds: start), until: Date(unixSeconds: end), grouping: grouping) {
                var volume = volumes[part.key] ?? MessageVolume(key: part.key, incoming: 0, outgoing: 0)
                volume.incoming += part.incoming
                volume.outgoing += part.outgoing
                volumes[part.key] = volume
            }
        }
        return volumes.values.filter { $0.incoming != 0 || $0.outgoing != 0 }.sorted { $0.key < $1.key }
    }

    /// The same figures counted from the messages themselves, through the covering index on the send time.
    func messageVolumesFromMessages(since: Date, until: Date, grouping: ReportGrouping?, utcOffset: Int = 0) throws -> [MessageVolume] {
        let key: String
        var joins = ""
        var bindings: [SQLValue] = []
        switch grouping {
        case nil: key = "''"
        case .channel?: key = "m.channel"
        case .agent?:
            key = "coalesce(a.login, aa.login, '')"
            joins = """
                LEFT JOIN agents a ON a.id = m.agent_id
                LEFT JOIN conversations c ON c.id = m.conversation_id LEFT JOIN agents aa ON aa.id = c.assignee_id
                """
        case .day?:
            key = "CAST((m.sent_at + ?) / 86400 AS TEXT)"
            bindings.append(.int(Int64(utcOffset)))
        case .tag?:
            key = "t.name"
            joins = "JOIN conversation_tags ct ON ct.conversation_id = m.conversation_id JOIN tags t ON t.id = ct.tag_id"
        }
        var volumes: [String: MessageVolume] = [:]
        try db.query("""
            SELECT \(key), m.direction, count(*) FROM messages m \(joins)
            WHERE m.sent_at >= ? AND m.sent_at < ? AND m.direction IN ('in', 'out') AND m.auto = 0
            GROUP BY 1, 2
            """, bindings + [.date(since), .date(until)]) { row in
            Store.addVolume(row, to: &volumes)
        }
        return volumes.values.sorted { $0.key < $1.key }
    }

    /// One (key, direction, count) row into the volumes by key.
    static func addVolume(_ row: Row, to volumes: inout [String: MessageVolume]) {
        let name = row.text(0)
        var volume = volumes[name] ?? MessageVolume(key: name, incoming: 0, outgoing: 0)
        if row.text(1) == "in" { volume.incoming += Int(row.int(2)) } else { volume.outgoing += Int(row.int(2)) }
        volumes[name] = volume
    }
}

extension Int64 {
    /// Division rounding toward negative infinity (times before 1970 too).
    func floorDiv(_ divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
