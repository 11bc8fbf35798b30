import Foundation

/// Works out a report from the recorded segments (never from every message): each figure is
/// credited to its own moment — received when the segment started, a response when it left, a
/// resolution when the segment closed — and to that moment's row.
public struct ReportBuilder {
    public let store: Store
    public let hours: BusinessHours

    public init(store: Store, hours: BusinessHours) {
        self.store = store
        self.hours = hours
    }

    public func build(_ request: ReportRequest) throws -> Report {
        let since = request.since.unixSeconds, until = request.until.unixSeconds
        let clock = BusinessClock(hours)
        var rows: [String: Accumulator] = [:]
        var total = Accumulator()
        var behind: [ReportFigure: [Int64]] = [:]
        let lists = request.listsConversations
        func note(_ figure: ReportFigure, _ record: SegmentRecord, at moment: Int64) {
            guard lists && moment >= since && moment < until else { return }
            behind[figure, default: []].append(record.segment.conversationID)
        }
        func credit(_ record: SegmentRecord, at moment: Int64, _ change: (inout Accumulator) -> Void) {
            guard moment >= since && moment < until else { return }
            change(&total)
            guard let grouping = request.grouping else { return }
            for key in keys(record, grouping: grouping, at: moment, clock: clock) { change(&rows[key, default: Accumulator()]) }
        }
        // The backlog needs every start and close; starts arrive in order.
        var starts: [Int64] = [], closes: [Int64] = []
        try store.forEachReportSegment(since: request.since, until: request.until, withTags: request.grouping == .tag) { record in
            let segment = record.segment
            starts.append(segment.startedAt)
            if let closed = segment.closedAt { closes.append(closed) }
            credit(record, at: segment.startedAt) { $0.row.received += 1 }
            note(.received, record, at: segment.startedAt)
            // Times are worked out only for what counts in the period (the clock is the costly part).
            if let response = segment.firstResponseAt, response >= since && response < until {
                let wall = Double(response - segment.startedAt)
                let business = clock.seconds(from: segment.startedAt, to: response)
                credit(record, at: response) {
                    $0.row.replied += 1
                    $0.responseWall.append(wall)
                    $0.responseBusiness.append(business)
                }
                note(.replied, record, at: response)
                note(.firstResponse(bucket: ReportFigure.bucket(of: business)), record, at: response)
            }
            if let closed = segment.closedAt, closed >= since && closed < until {
                let wall = Double(closed - segment.startedAt)
                let business = segment.replies > 0
                    ? clock.seconds(from: segment.startedAt, to: closed) : 0
                credit(record, at: closed) {
                    $0.row.closed += 1
                    if segment.reopened { $0.row.reopened += 1 }
                    if segment.replies == 0 {
                        $0.row.closedWithoutReply += 1
                    } else {
                        $0.row.resolved += 1
                        if segment.replies == 1 { $0.row.resolvedOnFirstReply += 1 }
                        $0.resolutionWall.append(wall)
                        $0.resolutionBusiness.append(business)
                    }
                    if segment.csatAskedAt != nil { $0.row.csat.asked += 1 }
                    if let rating = record.rating { $0.row.csat.add(rating) }
                }
                if segment.replies == 0 {
                    note(.closedWithoutReply, record, at: closed)
                } else {
                    note(.resolved, record, at: closed)
                    note(.resolution(bucket: ReportFigure.bucket(of: business)), record, at: closed)
                    if segment.replies == 1 { note(.resolvedOnFirstReply, record, at: closed) }
                }
                if segment.reopened { note(.reopened, record, at: closed) }
                if record.rating != nil { note(.rated, record, at: closed) }
            }
            // Open at the end of the period: the last mark of the backlog.
            if segment.startedAt < until && (segment.closedAt ?? until) >= until { note(.backlog, record, at: until - 1) }
        }
        let offset = hours.timeZone.secondsFromGMT(for: request.since)
        for volume in try store.messageVolumes(since: request.since, until: request.until, grouping: request.grouping, utcOffset: offset) {
            let key = request.grouping == .day ? clock.dayName(Int64(volume.key) ?? 0) : volume.key.isEmpty ? "-" : volume.key
            for target in request.grouping == nil ? [nil] : [key] as [String?] {
                func add(_ accumulator: inout Accumulator) {
                    accumulator.row.messagesIn += volume.incoming
                    accumulator.row.messagesOut += volume.outgoing
                }
                if let target { add(&rows[target, default: Accumulator()]) } else { add(&total) }
            }
            if request.grouping != nil && request.grouping != .tag {
                total.row.messagesIn += volume.incoming
                total.row.messagesOut += volume.outgoing
            }
        }
        if request.grouping == .tag {
            // A message under two tags counts once in the total.
            for volume in try store.messageVolumes(since: request.since, until: request.until, grouping: nil) {
                total.row.messagesIn += volume.incoming
                total.row.messagesOut += volume.outgoing
            }
        }
        closes.sort()
        let backlog = backlogDays(starts: starts, closes: closes, since: request.since, until: request.until)
        if request.grouping == .day {
            for day in backlog { rows[day.day, default: Accumulator()].row.backlog = day.open }
        }
        var finished = rows.map { key, accumulator in accumulator.finished(key: key) }
        finished.sort { $0.key < $1.key }
        return Report(since: request.since, until: request.until, grouping: request.grouping, total: total.finished(key: "total"),
                      rows: finished, backlog: backlog, conversations: behind.mapValues(Self.once))
    }

    /// Each conversation once, where it first appears (a reopened one has two segments).
    static func once(_ ids: [Int64]) -> [Int64] {
        var seen = Set<Int64>()
        return ids.filter { seen.insert($0).inserted }
    }

    /// The rows a figure of this segment at `moment` belongs to.
    func keys(_ record: SegmentRecord, grouping: ReportGrouping, at moment: Int64, clock: BusinessClock) -> [String] {
        switch grouping {
        case .channel: return [record.channel.rawValue]
        case .agent: return [record.agentLogin ?? "-"]
        case .day: return [clock.dayName(clock.day(moment))]
        case .tag: return record.tags.isEmpty ? ["-"] : record.tags
        }
    }


    /// Segments open at the end of each local day of the period: one sweep over sorted starts and closes.
    func backlogDays(starts: [Int64], closes: [Int64], since: Date, until: Date) -> [BacklogDay] {
        var result: [BacklogDay] = []
        var startIndex = 0, closeIndex = 0
        var day = hours.calendar.startOfDay(for: since)
        while day < until {
            let next = hours.calendar.startOfDay(for: day.addingTimeInterval(86400 + 12 * 3600))
            let end = min(next, until).unixSeconds
            while startIndex < starts.count && starts[startIndex] < end { startIndex += 1 }
            while closeIndex < closes.count && closes[closeIndex] < end { closeIndex += 1 }
            result.append(BacklogDay(day: hours.dayKey(day), open: startIndex - closeIndex))
            day = next
        }
        return result
    }

    struct Accumulator {
        var row = ReportRow(key: "")
        var responseWall: [Double] = []
        var responseBusiness: [Double] = []
        var resolutionWall: [Double] = []
        var resolutionBusiness: [Double] = []

        func finished(key: String) -> ReportRow {
            var result = row
            result.key = key
            result.firstResponse = MeasuredTime(wall: responseWall, business: responseBusiness)
            result.resolution = MeasuredTime(wall: resolutionWall, business: resolutionBusiness)
            result.finish()
            return result
        }
    }
}
