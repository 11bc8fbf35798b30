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
    /// closed in it, and those still open across it (the backlog). Read from the segments table
    /// only, never from the messages.
    public func reportSegments(since: Date, until: Date, withTags: Bool = false) throws -> [SegmentRecord] {
        let tags = withTags
            ? "(SELECT group_concat(t.name, char(10)) FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.conversation_id = s.conversation_id)"
            : "NULL"
        return try db.rows("""
            SELECT s.id, s.conversation_id, s.started_at, s.first_response_at, s.first_response_agent_id, s.closed_at, s.replies,
                   s.reopened, s.csat_asked_at, s.channel, a.login, r.rating, \(tags)
            FROM segments s
            LEFT JOIN agents a ON a.id = s.first_response_agent_id
            LEFT JOIN csat_ratings r ON r.segment_id = s.id
            WHERE s.started_at < ? AND (s.closed_at IS NULL OR s.closed_at >= ?)
            ORDER BY s.started_at, s.id
            """, [.date(until), .date(since)]) { row in
            SegmentRecord(segment: Store.segment(row), channel: try row.channel(9, table: "segments"), agentLogin: row.optionalText(10),
                          tags: row.optionalText(12).map { $0.split(separator: "\n").map(String.init) } ?? [],
                          rating: row.optionalInt(11).map(Int.init))
        }
    }

    /// Customers' and people's messages (not automatic ones, not notes) sent in [since, until),
    /// per key: channel; agent (the writer of a reply, the conversation's assignee for a customer's
    /// message); day (local days, `utcOffset` seconds east of UTC); tag; or "" for the whole period.
    public func messageVolumes(since: Date, until: Date, grouping: ReportGrouping?, utcOffset: Int = 0) throws -> [MessageVolume] {
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
            let name = row.text(0)
            var volume = volumes[name] ?? MessageVolume(key: name, incoming: 0, outgoing: 0)
            if row.text(1) == "in" { volume.incoming += Int(row.int(2)) } else { volume.outgoing += Int(row.int(2)) }
            volumes[name] = volume
        }
        return volumes.values.sorted { $0.key < $1.key }
    }
}
