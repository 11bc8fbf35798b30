import Foundation

/// `mado report --csv`: one row per conversation segment with every timestamp, for a spreadsheet.
public enum ReportCSV {
    public static let header = ["segment", "conversation", "channel", "first_response_agent", "tags", "started_at", "first_response_at",
                                "closed_at", "replies", "reopened", "closed_without_reply", "first_response_seconds",
                                "first_response_business_seconds", "resolution_seconds", "resolution_business_seconds",
                                "csat_asked_at", "csat_rating"]

    public static func render(_ records: [SegmentRecord], hours: BusinessHours) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = hours.timeZone
        func time(_ seconds: Int64?) -> String { seconds.map { formatter.string(from: Date(unixSeconds: $0)) } ?? "" }
        func business(_ from: Int64, _ to: Int64?) -> String {
            to.map { String(Int(hours.businessSeconds(from: Date(unixSeconds: from), to: Date(unixSeconds: $0)))) } ?? ""
        }
        var lines = [header.joined(separator: ",")]
        for record in records {
            let s = record.segment
            let resolvedAt = s.replies > 0 ? s.closedAt : nil
            let fields = [String(s.id ?? 0), String(s.conversationID), record.channel.rawValue, record.agentLogin ?? "",
                          record.tags.joined(separator: " "), time(s.startedAt), time(s.firstResponseAt), time(s.closedAt),
                          String(s.replies), s.reopened ? "1" : "0", s.closedAt != nil && s.replies == 0 ? "1" : "0",
                          s.firstResponseAt.map { String($0 - s.startedAt) } ?? "", business(s.startedAt, s.firstResponseAt),
                          resolvedAt.map { String($0 - s.startedAt) } ?? "", business(s.startedAt, resolvedAt),
                          time(s.csatAskedAt), record.rating.map(String.init) ?? ""]
            lines.append(fields.map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    /// Quoted when it holds a comma, quote or line break (tags are agents' words).
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
