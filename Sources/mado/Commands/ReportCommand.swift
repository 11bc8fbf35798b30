import Foundation
import MadoCore

/// `mado report`: response and resolution figures over a period, from the recorded segments.
enum ReportCommand {
    static func run(_ words: [String]) throws -> Int32 {
        let arguments = try Arguments(words, valued: Commands.commonValued.union(["since", "until", "by"]), flags: ["json", "csv"])
        if arguments.has("json") && arguments.has("csv") {
            throw Arguments.UsageError(description: "Choose one of --json and --csv.")
        }
        var grouping: ReportGrouping?
        if let by = arguments["by"] {
            guard let parsed = ReportGrouping(rawValue: by) else {
                throw Arguments.UsageError(description: "--by takes channel, agent, day or tag, not '\(by)'.")
            }
            grouping = parsed
        }
        let config = try Config.load()
        let hours = try BusinessHours(config: config)
        let store = try Commands.openStore(arguments)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = hours.timeZone
        let tomorrow = calendar.startOfDay(for: calendar.startOfDay(for: store.clock()).addingTimeInterval(36 * 3600))
        let until = try arguments["until"].map { try date($0, option: "until", calendar: calendar) } ?? tomorrow
        let since = try arguments["since"].map { try date($0, option: "since", calendar: calendar) } ?? until.addingTimeInterval(-30 * 86400)
        guard since < until else { throw Arguments.UsageError(description: "--since must come before --until.") }
        if arguments.has("csv") {
            print(ReportCSV.render(try store.reportSegments(since: since, until: until, withTags: true), hours: hours))
            return 0
        }
        let report = try ReportBuilder(store: store, hours: hours).build(ReportRequest(since: since, until: until, grouping: grouping))
        if arguments.has("json") {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            print("{\n  \"report\" : " + ListCommand.indent(String(decoding: try encoder.encode(report), as: UTF8.self)).dropFirst(2) + "\n}")
            return 0
        }
        let ascii = ProcessInfo.processInfo.environment["MADO_ASCII"] == "1"
        print(ReportText.render(report, timeZone: hours.timeZone, ascii: ascii))
        return 0
    }

    /// "2026-11-01" (the start of that day in the business-hours time zone) or "2026-11-01 09:30".
    static func date(_ text: String, option: String, calendar: Calendar) throws -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = calendar.timeZone
        for format in ["yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        throw Arguments.UsageError(description: "--\(option) takes a date like 2026-11-01 or 2026-11-01 09:30, not '\(text)'.")
    }
}
